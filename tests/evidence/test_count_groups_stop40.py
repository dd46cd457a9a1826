"""Counts (issue 9, stop 40): the parts of a freed group named in the next sentence ("The group
included 13 Israelis") were freed with it; people set "against" a counted exchange are freed in
it ("three hostages home against 183 prisoners"); an age after "the oldest of them" is no count
(sentences written for these tests, no article text)."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def counts(text: str) -> dict[int, str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2023-11-25"))
    return {c.value: c.quantity for c in ex.counts}


def test_the_parts_of_a_freed_group_were_freed() -> None:
    got = counts(
        "The armed group freed 26 hostages on Friday. The first group included 14 Ruritanians "
        "and 12 Bordurian farm workers."
    )
    assert got[26] == "hostages_released"
    assert got[14] == "hostages_released"
    assert got[12] == "hostages_released"


def test_people_against_a_counted_exchange_are_freed() -> None:
    got = counts("On Sunday, four more hostages are set to go home, against 120 prisoners.")
    assert got[120] == "prisoners_released"


def test_a_group_that_fought_against_people_frees_no_one() -> None:
    assert counts("The unit fought against 200 fighters.").get(200) != "prisoners_released"


def test_an_age_is_no_count() -> None:
    got = counts("The group freed 11 hostages, the oldest of them 84. The youngest was 3.")
    assert 84 not in got and 3 not in got
    assert got[11] == "hostages_released"


def test_people_asked_for_are_a_demanded_release() -> None:
    ex = extract_document(
        Document(
            name="t.txt",
            text="In its answer the group asked for 900 inmates, 300 of them serving life terms.",
            published="2024-03-01",
        )
    )
    got = {c.value: (c.quantity, c.mode) for c in ex.counts}
    assert got[900] == ("prisoners_released", "demanded")


def test_troops_called_for_are_no_release() -> None:
    got = counts("The army called for 300 reservists.")
    assert got.get(300) != "prisoners_released"


@pytest.mark.parametrize(
    ("text", "quantity", "value"),
    [
        # people freed "from" a jail are of the jailed side, whoever frees them
        (
            "The prison service said 24 women had been freed from two prisons.",
            "prisoners_released",
            24,
        ),
        # a part "among them" of people named without a figure right before it: theirs
        (
            "Hamas would return 18 bodies, and Israel would release inmates, among them 125 "
            "serving life sentences.",
            "prisoners_released",
            125,
        ),
        # ... not of a noun that is the figure's own ("the bodies of 28 dead captives")
        (
            "Hamas agreed to return the bodies of 28 dead captives, of which 16 have now been "
            "delivered.",
            "bodies_returned",
            16,
        ),
        # the whole of a part "due out" is planned to be freed; the part that "remains" is held
        ("Of the 33 hostages due out in the first phase, 26 remain.", "hostages_released", 33),
        # people of the held side "coming out" are released, as held captives are
        ("That means 20 more Israeli women should come out on Tuesday.", "hostages_released", 20),
    ],
)
def test_stop41_sides_and_releases(text: str, quantity: str, value: int) -> None:
    ex = extract_document(Document(name="t.txt", text=text, published="2023-11-27"))
    assert (quantity, value) in {(c.quantity, c.value) for c in ex.counts}, ex.counts
