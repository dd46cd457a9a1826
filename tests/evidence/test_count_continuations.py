"""Figures that go on with the people of the sentence before, and figures measured out
(stop 45). Invented texts.

- "The remaining 111 had been detained in the war", after a release of inmates: who the rest
  of the freed are, so they are freed too (the sentence had not even been parsed);
- "Seven of the inmates were deported": sent abroad on their release, a release;
- "ten sets of remains": the remains are counted, not the sets.
"""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def _counts(text: str) -> list[tuple[int, str]]:
    ex = extract_document(Document("a.txt", "News\n\n" + text + "\n", published="2025-03-10"))
    return sorted((c.value, c.quantity) for c in ex.counts)


def test_the_remaining_part_of_a_release_is_released() -> None:
    text = (
        "Alder freed 183 inmates on Saturday. 18 of them were serving life terms. The remaining"
        " 111 had been detained in Vale during the war."
    )
    assert (111, "prisoners_released") in _counts(text)


def test_the_remaining_held_are_not_made_freed() -> None:
    text = "Alder freed 183 inmates on Saturday. The other 20 are still held in Vale."
    assert (20, "prisoners_released") not in _counts(text)


def test_inmates_deported_are_released() -> None:
    text = "Alder freed 183 inmates on Saturday. Seven of the inmates were deported to Dunmore."
    assert (7, "prisoners_released") in _counts(text)


def test_sets_of_remains_count_the_remains() -> None:
    assert _counts("The militia has handed over ten sets of remains since Monday.") == [
        (10, "bodies_returned")
    ]
