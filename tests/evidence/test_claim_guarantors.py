"""Guarantors of a deal (stop 41), on sentences written for these tests: those who sign "as
guarantors of the agreement" are no parties to it, so a deal taken up in the next sentence
("the truce took effect") is the parties' own, not the guarantors'; and a pledge to guarantee
in the future is offered, also inside a deal the text reads in ("A, B and C will act as
guarantors"), while a guarantee told as given inside a deal stays a term accepted."""

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


def test_those_who_signed_as_guarantors_accept_the_guarantee_not_the_deal() -> None:
    # (stop 43) a signing as guarantors, in the past, is a guarantee accepted by every signer
    # named beside the first, and the deal they guarantee is not theirs to accept
    text = "Trump, Sisi and Erdogan signed a document as guarantors of the ceasefire on Monday."
    ex = extract_document(Document(name="t.txt", text=text, published="2025-10-14"))
    got = {(c.actor, c.issue, c.stance) for c in ex.claims}
    for party in ("united_states", "egypt", "turkey"):
        assert (party, "security_guarantees", "accept") in got, got
        assert (party, "ceasefire", "accept") not in got, got


def test_parties_signing_a_deal_still_accept_it() -> None:
    text = "Israel and Hamas signed the agreement in Sharm el-Sheikh on Thursday."
    ex = extract_document(Document(name="t.txt", text=text, published="2025-10-10"))
    got = {(c.actor, c.issue, c.stance) for c in ex.claims}
    assert {("israel", "ceasefire", "accept"), ("hamas", "ceasefire", "accept")} <= got, got
    assert not {c for c in got if c[1] == "security_guarantees"}, got
