"""A full date inside a fact box's label is a day the text looks back on, not its own (issue 9,
stop 34), on a text written for this test (no article text)."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document

TEXT = (
    "Truce deal: what we know\n\n"
    "Qatar's prime minister announced on Wednesday night that the two sides had agreed to a "
    "truce.\n\n"
    "FACT BOX\n"
    "Hostages taken on October 7, 2023: 251\n"
    "Still held: 98\n"
)


def test_a_labelled_figures_date_does_not_date_the_text() -> None:
    got = extract_document(Document(name="t.txt", text=TEXT, published=None)).published
    assert got.date != "2023-10-11"
    assert got.earliest is not None and got.earliest >= "2023-10-07"
