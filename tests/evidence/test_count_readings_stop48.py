"""Counts read in stop 48 (issue 9), on sentences written for these tests (no article text): a
figure a sentence opens with after "from" is the whole the parts that follow come out of, as
after "of" ("From 240 hostages taken, 105 were freed"); people said to be taken are the held
that a later bare figure counts ("251 people were dragged into X ... Only 117 have come home")."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def counts(text: str) -> set[tuple[str, int]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-11-15"))
    return {(n.quantity, int(n.value)) for n in ex.counts}


@pytest.mark.parametrize("opener", ["From", "Of"])
def test_the_whole_a_sentence_opens_with_is_taken_not_released(opener: str) -> None:
    got = counts(f"{opener} 240 hostages who were taken on October 7, some 105 were freed.")
    assert ("hostages_taken", 240) in got, got
    assert ("hostages_released", 105) in got, got
    assert ("hostages_released", 240) not in got, got


def test_people_taken_are_the_held_a_later_bare_figure_counts() -> None:
    got = counts(
        "Of the 251 people dragged into Gaza on October 7, 101 are still there. Only 117 have "
        "come home alive; the army has brought out just eight in rescue missions."
    )
    assert ("hostages_released", 117) in got, got
    assert ("hostages_rescued", 8) in got, got
