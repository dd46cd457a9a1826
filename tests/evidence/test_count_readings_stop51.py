"""Counts read in more of the ways news sets them out (issue 9, stop 51): a part after a
whole the sentence opens with keeps its reading when a source's estimate stands between
("Of the 59 hostages still held, Israel believes around 21 are alive"). Sentences written
for these tests (no article text)."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def counts(text: str) -> set[tuple[str, int]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-04-01"))
    return {(n.quantity, n.value) for n in ex.counts}


@pytest.mark.parametrize("source", ["Israel believes", "officials say", "the army estimates"])
def test_a_part_after_a_sources_estimate_keeps_its_status(source: str) -> None:
    got = counts(f"Of the 59 hostages still in Gaza, {source} around 21 are alive.")
    assert ("hostages_held_living", 21) in got
