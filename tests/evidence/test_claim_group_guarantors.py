"""Mediators named as a group ("the mediators would guarantee ...") commit inside a tabled
package like mediators named one by one (issue 9, claims recall). Invented sentences."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


def test_the_mediators_guaranteeing_inside_a_package_offer_guarantees() -> None:
    got = claims(
        "The United States put forward a proposal for a truce. The mediators would guarantee "
        "that the calm holds as long as the talks go on."
    )
    assert {
        ("egypt", "security_guarantees", "offer"),
        ("qatar", "security_guarantees", "offer"),
        ("united_states", "security_guarantees", "offer"),
    } <= got


def test_the_mediators_refusing_to_guarantee_offer_nothing() -> None:
    got = claims(
        "The United States put forward a proposal for a truce. The mediators would not "
        "guarantee that the calm holds as long as the talks go on."
    )
    assert ("egypt", "security_guarantees", "offer") not in got
