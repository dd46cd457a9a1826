"""Figures that go on with the people of the sentence before, and figures measured out
(stop 45). Invented texts.

- "The remaining 111 had been detained in the war", after a release of inmates: who the rest
  of the freed are, so they are freed too (the sentence had not even been parsed);
- "Seven of the inmates were deported": sent abroad on their release, a release;
- "ten sets of remains": the remains are counted, not the sets;
- "13 bodies of abductees are still in X", "28 bodies are in X": held there, not returned;
- "33 came home, eight of them in coffins": the eight are the dead returned;
- "Among them are 18 inmates serving life terms", "The group is said to include 13 ...":
  the parts a next sentence lists share what befell the figure before;
- ", 24 of them are believed to be alive" after a figure of those held, "97 of those seized
  ... are still in X": parts of those held, with their own status.
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


def test_remains_said_to_be_somewhere_are_held_there() -> None:
    text = "Thirteen bodies of abductees are still in Vale. The council says 28 bodies are in Vale."
    assert _counts(text) == [(13, "hostages_held_dead"), (28, "hostages_held_dead")]


def test_remains_handed_over_are_returned() -> None:
    assert _counts("The militia handed over 4 bodies in Vale on Monday.") == [
        (4, "bodies_returned")
    ]


def test_a_part_in_coffins_is_of_the_dead() -> None:
    text = "In the first phase 33 abductees came home, eight of them in coffins."
    assert (8, "bodies_returned") in _counts(text)


def test_the_parts_a_next_sentence_lists_share_the_release() -> None:
    text = (
        "Alder freed 183 inmates on Saturday. Among them are 18 inmates who are serving life"
        " terms and 111 persons detained after the war began."
    )
    counts = _counts(text)
    assert (18, "prisoners_released") in counts and (111, "prisoners_released") in counts


def test_a_group_said_to_include_parts_goes_on_with_them() -> None:
    text = "The militia freed 17 abductees on Sunday. The group is said to include 13 Israelis."
    assert (13, "hostages_released") in _counts(text)


def test_a_part_of_those_held_in_a_later_sentence_keeps_its_status() -> None:
    text = (
        "Fifty-nine abductees are still held in Vale. According to the council, 24 of them"
        " are believed to be alive."
    )
    assert (24, "hostages_held_living") in _counts(text)


def test_of_those_seized_names_the_people_held() -> None:
    text = "Ninety-seven of those seized in the raid are still in Vale, and 33 of them are dead."
    counts = _counts(text)
    assert (97, "other") in counts and (33, "hostages_held_dead") in counts
