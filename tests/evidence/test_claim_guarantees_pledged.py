"""A pledge to guarantee in the future is offered, also inside a deal the text reads in ("A,
B and C will act as guarantors"); a guarantee told as given inside a deal stays a term
accepted. Sentences written for these tests."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def test_a_pledge_to_guarantee_inside_a_deal_is_offered() -> None:
    text = (
        "Israel and Hamas agreed on Wednesday to a six-week truce in Gaza.\n\n"
        "Qatar, Egypt and the United States said in a joint statement that they would monitor "
        "implementation and act as guarantors."
    )
    ex = extract_document(Document(name="t.txt", text=text, published="2025-01-16"))
    got = {(c.actor, c.issue, c.stance) for c in ex.claims}
    for party in ("qatar", "egypt", "united_states"):
        assert (party, "security_guarantees", "offer") in got, got
        assert (party, "security_guarantees", "accept") not in got, got
