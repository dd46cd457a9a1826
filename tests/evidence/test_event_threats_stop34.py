"""Threats read in stop 34 (issue 9), on sentences written for these tests (no article text):
forces told to prepare, the war kept up until a condition is met, leaving a coalition over a
deal, a dated participle on people ("seized on October 7"); a goal pursued ("until
achieving its goals") and an undated participle are none."""

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
        "Netanyahu said he had instructed the military to prepare to operate in Rafah.",
        "Netanyahu orders army to prepare for Rafah",
        "Netanyahu said the war would continue until Hamas is destroyed.",
        'Israel would keep fighting until "total victory", Netanyahu said.',
        "Ben-Gvir said his party would quit the government if the deal is approved.",
    ],
)
def test_a_threat(text: str) -> None:
    assert "threat" in types(text)


def test_a_war_aim_pursued_is_no_threat() -> None:
    assert "threat" not in types("The war will continue until achieving its goals, he said.")


@pytest.mark.parametrize(
    "text",
    [
        "Of the 251 people seized on October 7, 47 remain in Gaza.",
        "Of the 120 people abducted on October 7, 40 are dead.",
    ],
)
def test_a_dated_participle_on_people_tells_the_happening(text: str) -> None:
    assert "military_operation" in types(text)


def test_an_undated_participle_on_people_describes_them() -> None:
    assert "military_operation" not in types("Of the people abducted, 40 are dead.")
