"""A ministry's portfolio is no place: "according to the Health Ministry in X" placed the
dead in "Health". Invented sentences; the place is the ministry's town, or none."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def places(text: str) -> set[str | None]:
    ex = extract_document(Document("a.txt", "Report\n\n" + text + "\n"))
    return {e.location for e in ex.events if e.type == "military_operation"}


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
