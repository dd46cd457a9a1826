"""Names the place reader took for an event's place: a ministry's portfolio ("according to
the Health Ministry in X" placed the dead in "Health"), people counted by a plural name
("killed 70 Xians"), a body ("the X Committee"); and a place's name cut to its last word
("the Alder Vale crossing" gave "Vale"). Invented sentences."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def places(text: str, etype: str = "military_operation") -> set[str | None]:
    ex = extract_document(Document("a.txt", "Report\n\n" + text + "\n"))
    return {e.location for e in ex.events if e.type == etype}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than 900 people have been killed, according to the Health Ministry in Vale.",
            {"Vale"},
        ),
        ("At least 40 people were killed in the strikes, the Ministry of Health said.", {None}),
        ("The Vale Health Ministry said 40 people were killed in the strikes.", {"Vale"}),
        # the town of an authority is still the place of the dead it counts
        ("Vale's health ministry said 40 people were killed.", {"Vale"}),
    ],
)
def test_a_ministrys_portfolio_is_no_place(text: str, expected: set[str | None]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        (
            "The strikes killed about 70 Valerians, local officials said.",
            "military_operation",
            {None},
        ),
        (
            "The strikes killed about 70 people in Vale, local officials said.",
            "military_operation",
            {"Vale"},
        ),
        (
            "The three were handed over to the International Committee of the Red Cross.",
            "release",
            {None},
        ),
        ("The bodies were handed over at the Alder Vale crossing.", "release", {"Alder Vale"}),
    ],
)
def test_people_bodies_and_whole_names(text: str, etype: str, expected: set[str | None]) -> None:
    assert places(text, etype) == expected
