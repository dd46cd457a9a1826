"""A clock time ("10:00", "13:20") is no number of people: a live blog's stamp and a statement
labelled with its hour had given counts of 0 and 20. Invented texts."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.numbers import find_numbers
from accord.evidence.types import Document


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Spokesperson (statement, 10:00): 50 trucks", [50]),
        ("at 10:30 a.m. 13 abductees crossed", [13]),
        ("13 abductees crossed at 9:15", [13]),
        ("Label: 50", [50]),  # a fact box's colon and space: the figure is read
    ],
)
def test_clock_times_are_no_numbers(text: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(text)] == values


def test_a_live_blogs_stamp_gives_no_count() -> None:
    text = (
        "Live\n\n13:20 Families of those still held rallied again outside the ministry.\n\n"
        "14:00 Buses carrying 39 prisoners left the jail, officials said.\n"
    )
    ex = extract_document(Document("a.txt", text))
    assert sorted(c.value for c in ex.counts) == [39]


def test_a_part_of_a_figure_of_things_keeps_its_label() -> None:
    """ "600 trucks a day, including 50 carrying fuel": the 50 are trucks, not a blank label."""
    ex = extract_document(
        Document("a.txt", "Aid\n\nThe deal says 600 trucks a day, including 50 carrying fuel.\n")
    )
    assert sorted((c.value, c.label) for c in ex.counts) == [(50, "trucks"), (600, "trucks")]
