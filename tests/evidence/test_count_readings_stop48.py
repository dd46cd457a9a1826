"""Counts read in stop 48 (issue 9), on sentences written for these tests (no article text): a
figure a sentence opens with after "from" is the whole the parts that follow come out of, as
after "of" ("From 240 hostages taken, 105 were freed")."""

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
