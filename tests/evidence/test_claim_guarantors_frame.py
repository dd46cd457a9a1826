"""Those who sign "as guarantors of the agreement" are no parties to it: a deal taken up in
the next sentence ("the truce took effect") is the parties' own, not the guarantors'.
Sentences written for these tests."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def test_guarantors_signing_open_no_deal_of_their_own() -> None:
    text = (
        "Hamas and Israel agreed on Thursday to the first phase of the plan.\n\n"
        "On Monday, the leaders of Egypt, Qatar and Turkey signed a document as guarantors "
        "of the agreement. The truce took effect on Friday."
    )
    ex = extract_document(Document(name="t.txt", text=text, published="2025-10-13"))
    took = [c for c in ex.claims if c.evidence.quote.startswith("The truce took effect")]
    assert not {c.actor for c in took} & {"egypt", "qatar", "turkey"}, took
