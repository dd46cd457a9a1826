"""Events read in stop 49 (issue 9), on sentences written for these tests (no article text):
a release begun ("began to release", "has started to release") has happened, one a modal puts
ahead ("will begin to release") has not; "let N prisoners go" is a release."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def releases(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2023-11-24"))
    return [e.mode for e in ex.events if e.type == "release"]


@pytest.mark.parametrize(
    "text",
    [
        "Israel began to release 39 Palestinian prisoners.",
        "The prison service has started to release 39 Palestinian prisoners.",
        "Israel has let 150 Palestinian prisoners go.",
    ],
)
def test_a_release_under_way_happened(text: str) -> None:
    assert releases(text) == ["actual"]


def test_a_release_a_modal_puts_ahead_is_planned() -> None:
    assert releases("Israel will begin to release prisoners next week.") == ["planned"]


def operations(text: str) -> list[str | None]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-01-20"))
    return [e.date for e in ex.events if e.type == "military_operation"]


@pytest.mark.parametrize(
    "text",
    [
        "They are among the 251 people taken on October 7, 2023.",
        "Hamas took 251 hostages on October 7, 2023.",
        "All three were seized from their homes on October 7, 2023.",
    ],
)
def test_the_taking_of_people_told_with_its_day_or_figure_is_an_operation(text: str) -> None:
    assert operations(text) == ["2023-10-07"]


def test_people_carried_to_safety_were_not_taken() -> None:
    assert operations("The Red Cross took the hostages to Israel.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mediators have put a new offer on the table.",
        "Hamas said it had offered to hand over seven women and children.",
    ],
)
def test_an_offer_put_on_the_table_or_an_act_offered_is_a_proposal(text: str) -> None:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-05-06"))
    assert [e.type for e in ex.events] == ["proposal"]


def test_offered_condolences_are_no_proposal() -> None:
    ex = extract_document(
        Document(name="t.txt", text="The ministry offered condolences.", published="2024-05-06")
    )
    assert not any(e.type == "proposal" for e in ex.events)


@pytest.mark.parametrize(
    "text",
    [
        'The envoy called the reply "totally unacceptable" within hours.',
        'The office called the Hamas version "far from Israel\'s necessary requirements".',
    ],
)
def test_a_package_judged_unacceptable_is_rejected(text: str) -> None:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-02-08"))
    assert [e.type for e in ex.events] == ["rejection"]
