"""Events read in stop 47 (issue 9), on sentences written for these tests (no article text):
people taken are an act of force; a decision to go on with an operation is the operation going
on (a decision to start one is not yet one); control taken "on" or "over" a place is an
operation; a round "with the mediators" is talks."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def events(text: str) -> list[tuple[str, str | None, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-05-08"))
    return [(e.type, e.location, e.mode) for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "Hostages seized in the raid: 240",
        "Around 200 civilians were taken from the border towns that morning.",
    ],
)
def test_people_taken_are_an_operation(text: str) -> None:
    assert [t for t, _loc, _m in events(text)] == ["military_operation"], events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the talks had taken place in a calm atmosphere.",
        "Two soldiers were taken to hospital after the crash.",
    ],
)
def test_other_takings_are_no_operation(text: str) -> None:
    assert "military_operation" not in [t for t, _loc, _m in events(text)], events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The security cabinet decided to press on with the offensive in Khan Younis.",
        "The cabinet voted to continue the ground operation in Khan Younis.",
    ],
)
def test_deciding_to_go_on_with_an_operation_is_the_operation(text: str) -> None:
    assert ("military_operation", "Khan Younis", "actual") in events(text), events(text)


def test_deciding_to_start_an_operation_is_not_yet_one() -> None:
    got = events("The security cabinet decided to launch an offensive in Khan Younis.")
    assert ("military_operation", "Khan Younis", "actual") not in got, got


def test_control_taken_on_a_place_is_an_operation() -> None:
    got = events("Israeli troops took control on the Gaza side of the Kerem Shalom crossing.")
    assert [t for t, _loc, _m in got] == ["military_operation"], got


def test_a_round_with_the_mediators_is_talks() -> None:
    got = events("The envoy was in Doha on Monday for a new round with the mediators.")
    assert ("talks", "Doha") in [(t, loc) for t, loc, _m in got], got


@pytest.mark.parametrize(
    "text",
    [
        "When the guns went quiet across the strip on Friday, crowds gathered.",
        "Two months after the guns mostly fell silent, the talks stalled.",
    ],
)
def test_guns_falling_silent_start_a_truce(text: str) -> None:
    assert "ceasefire_start" in [t for t, _loc, _m in events(text)], events(text)


def test_a_decision_under_a_condition_stays_a_condition() -> None:
    got = events(
        "If the cabinet voted to approve the deal on Friday, the truce would begin Sunday."
    )
    assert ("acceptance", None, "actual") not in got, got
