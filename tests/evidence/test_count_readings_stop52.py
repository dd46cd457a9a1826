"""Counts read in more of the ways news sets them out (issue 9, stop 52): a part written "from
them" as non-native English has it for "of them", a part of released inmates past a source
("According to a list, 60 of them are women"), and a figure whose noun is left out after
people taken ("About 200 people were seized. Since Friday, 50 have been freed"). Sentences
written for these tests (no article text)."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def counts(text: str) -> set[tuple[str, int]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-02-20"))
    return {(n.quantity, n.value) for n in ex.counts}


def test_a_part_from_them_breaks_down_the_figure_before() -> None:
    got = counts("Israel says some 120 hostages remain in Gaza, from them 31 are believed dead.")
    assert ("hostages_held_dead", 31) in got


def test_a_part_of_released_inmates_past_a_source() -> None:
    got = counts(
        "The prison service said 80 Palestinian prisoners were released on Sunday. According "
        "to a list the group published, 60 of them are women and 20 are minors."
    )
    assert {("prisoners_released", 60), ("prisoners_released", 20)} <= got


def test_a_figure_without_its_noun_after_people_taken() -> None:
    got = counts(
        "About 200 people were seized in the attack. Since Friday, 50 have been freed, of whom "
        "30 are Israelis."
    )
    assert {("hostages_released", 50), ("hostages_released", 30)} <= got
