"""Threats read in stop 35 (issue 9), on sentences written for these tests (no article text):
an operation made ready or its day fixed (a threat, and no operation under way), and what
comes if a demand is not met ("hell to pay", "the hard way", "alternative options")."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def types(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-02-08"))
    return [e.type for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "Preparations for a wider offensive in the port town continue.",
        "Premier orders Alder preparations",
        "The premier said that a date had been set for the assault on Alder.",
    ],
)
def test_an_operation_readied_is_a_threat_not_an_operation(text: str) -> None:
    found = types(text)
    assert "threat" in found
    assert "military_operation" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The envoy promised hell to pay if the captives were not freed.",
        "The premier said the militia would be disarmed the easy way or the hard way.",
        "Vale would now consider alternative options to bring the captives home.",
    ],
)
def test_what_comes_if_a_demand_is_not_met(text: str) -> None:
    assert "threat" in types(text)


def test_an_operation_under_way_stays_one() -> None:
    assert "military_operation" in types("Troops launched an offensive on Alder on Monday.")


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("The army chief said a deal will only come as a result of military pressure.", True),
        ("‘Only military pressure’ will free the captives, says army chief", True),
        ("Military pressure, he argued, was a necessary condition for the release.", False),
        ("The office said the release was secured thanks to military pressure.", False),
    ],
)
def test_military_pressure_is_a_threat_only_as_what_will_bring_an_outcome(
    text: str, threat: bool
) -> None:
    assert ("threat" in types(text)) is threat
