"""The dead named as such are the return of bodies, not a release of captives (issue 9, stop
34), on phrases written for these tests (no article text)."""

from __future__ import annotations

import pytest

from accord.evidence.cues import issue_mentions
from accord.evidence.extract import extract_document
from accord.evidence.types import Document


@pytest.mark.parametrize(
    "text",
    [
        "the return of the dead",
        "the return of deceased hostages",
        "Hamas must hand over the slain captives",
    ],
)
def test_the_dead_are_bodies(text: str) -> None:
    assert [m[0] for m in issue_mentions(text)] == ["bodies_return"]


def test_the_living_and_the_dead_are_both() -> None:
    got = {m[0] for m in issue_mentions("the release of the living and the dead")}
    assert got == {"hostage_release", "bodies_return"}


def test_an_accuser_asks_for_the_return_of_the_dead() -> None:
    ex = extract_document(
        Document(
            name="t.txt",
            text="Israel has accused Hamas of stalling on the return of the dead.",
            published="2025-10-20",
        )
    )
    assert ("israel", "bodies_return", "demand") in {
        (c.actor, c.issue, c.stance) for c in ex.claims
    }


def test_dead_people_as_the_subject_of_their_return_return_bodies() -> None:
    from accord.evidence.cues import issue_mentions

    for text in (
        "The dead hostages were handed over on Thursday.",
        "In phase three the remains of dead hostages are returned.",
    ):
        found = {m[0] for m in issue_mentions(text)}
        assert found == {"bodies_return"}, text
