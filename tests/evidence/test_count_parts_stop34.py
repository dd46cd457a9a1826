"""Counts typed by their role in constructions read in stop 34 (issue 9), on sentences written
for these tests (no article text): a life status negated a few words before it, "more"
tagged as an adverb, a running total misparsed as a clause, a clause set free under a
copula, a later item of a breakdown, the status a part shares with its whole, the people a
release leaves held."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def counts(text: str) -> set[tuple[str, int]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-10-20"))
    return {(c.quantity, int(c.value)) for c in ex.counts}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Officials say at least 35 of the hostages would not be alive anymore.",
            ("hostages_held_dead", 35),
        ),
        (
            "Hamas handed over the remains of two more deceased hostages on Tuesday.",
            ("bodies_returned", 2),
        ),
        (
            "Hamas handed over two bodies, the army said, bringing to 15 the number of bodies "
            "returned since the truce began.",
            ("bodies_returned", 15),
        ),
        (
            "Under the deal 50 prisoners are to go free for each soldier.",
            ("prisoners_released", 50),
        ),
        (
            "Israel would free about 2,000 prisoners, among them 250 serving life terms and some "
            "1,700 Gazans detained during the war.",
            ("prisoners_released", 1700),
        ),
        (
            "Hamas freed 13 Israelis on Friday. Among them were eight children and five women.",
            ("hostages_released", 8),
        ),
        (
            "Of the 28 deceased hostages that were to be returned, eight have now been handed back.",
            ("bodies_returned", 8),
        ),
        ("The release leaves 58 hostages in Gaza, 23 of them alive.", ("hostages_held_living", 23)),
        ("Israel let 39 prisoners walk out of Ofer prison.", ("prisoners_released", 39)),
        (
            "Israel said 39 prisoners — six women and 33 minors — would be freed once the "
            "hostages were confirmed to be in Israeli hands.",
            ("prisoners_released", 33),
        ),
        (
            "Hamas freed 24 hostages (13 Israelis and 10 Thais) on Friday.",
            ("hostages_released", 10),
        ),
        ("On Sunday 50 prisoners left Ofer prison.", ("prisoners_released", 50)),
        (
            "The remains of two more hostages were handed over, which would bring to 15 the "
            "number of deceased hostages returned since the truce began.",
            ("bodies_returned", 15),
        ),
        (
            "Fact box\nHostages taken: 251\nReturned: 33 (25 living, 8 bodies)\n"
            "Still held: 59 (24 believed alive)\n",
            ("hostages_held_living", 24),
        ),
        (
            "Fact box\nHostages taken: 251\nReturned: 33 (25 living, 8 bodies)\n",
            ("bodies_returned", 8),
        ),
    ],
)
def test_the_role_of_the_count(text: str, want: tuple[str, int]) -> None:
    assert want in counts(text)


def test_a_release_does_not_type_the_people_it_leaves() -> None:
    assert ("hostages_released", 58) not in counts(
        "The release leaves 58 hostages in Gaza, 23 of them alive."
    )


def test_a_line_after_a_breakdown_takes_the_group_outside_its_brackets() -> None:
    got = counts(
        "Fact box\nHostages taken: 251\nReturned: 33 (25 living, 8 bodies)\nStill held: 59\n"
    )
    assert ("hostages_held_dead", 59) not in got


def test_people_leaving_a_place_are_not_held_there() -> None:
    assert ("other", 3) in counts("The army said 3 hostages left the area on Sunday.")
    assert not {q for q, _v in counts("The army said 3 hostages left the area.")} & {
        "hostages_held_living",
        "hostages_held_dead",
    }


def test_a_living_status_without_negation_stays_living() -> None:
    assert ("hostages_held_living", 24) in counts(
        "Of the 59 hostages, 24 are believed to be alive."
    )


def test_a_box_figure_with_a_long_breakdown_in_brackets_is_the_lines() -> None:
    # (stop 43) the figure of a box line keeps its role when the brackets after it run long
    got = counts(
        "Hostages freed in the truce: 105 (81 Alderians, 23 from the islands, one other)\n"
    )
    assert ("hostages_released", 105) in got, got


def test_a_label_with_prose_after_its_figure_is_no_box_line() -> None:
    got = counts("Note: 105 people (officials say) were seen in the square on Monday.\n")
    assert ("hostages_released", 105) not in got, got
