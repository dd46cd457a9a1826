"""Mediators' packages, aims, urging and guarantees (issue 9, claims recall on unseen text):
the owner of a proposal noun, a mediator urging both sides, mediators working to close the
gaps, endorsements and guarantees. Invented sentences."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


def test_mediators_from_named_parties_are_those_parties_only() -> None:
    got = claims("Envoys from Qatar and Egypt have tabled a fresh truce plan.")
    assert {("qatar", "ceasefire", "offer"), ("egypt", "ceasefire", "offer")} <= got
    assert ("united_states", "ceasefire", "offer") not in got
    got = claims("Mediators from Egypt and Qatar put forward a new proposal on Sunday.")
    assert {("qatar", "ceasefire", "offer"), ("egypt", "ceasefire", "offer")} <= got
    assert ("united_states", "ceasefire", "offer") not in got


def test_a_party_pledging_to_guarantee_offers_guarantees() -> None:
    got = claims("Qatar and Egypt would guarantee that the lull holds while the talks go on.")
    assert {
        ("qatar", "security_guarantees", "offer"),
        ("egypt", "security_guarantees", "offer"),
    } <= got
    got = claims("The mediators pledged on Friday to guarantee the calm.")
    assert ("united_states", "security_guarantees", "offer") in got


def test_a_guarantee_refused_or_asked_for_is_no_offer() -> None:
    assert ("egypt", "security_guarantees", "offer") not in claims(
        "Egypt would not guarantee the calm beyond the first week."
    )
    got = claims("Hamas demanded that the mediators guarantee the calm.")
    assert ("qatar", "security_guarantees", "offer") not in got
    assert ("hamas", "security_guarantees", "demand") in got
