"""Parts a verb of inclusion lists take the side its subject names (issue 9, stop 35): "the
freed inmates included 69 women" counts released inmates, not released captives. Sentences
written for the test."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def counts(text: str) -> list[tuple[str, float]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-01-21"))
    return [(c.quantity, c.value) for c in ex.counts]


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("The released prisoners included 69 women and 21 minors.", "prisoners_released"),
        ("The freed hostages included two children.", "hostages_released"),
    ],
)
def test_parts_take_the_side_of_the_whole(text: str, quantity: str) -> None:
    assert {q for q, _v in counts(text)} == {quantity}
