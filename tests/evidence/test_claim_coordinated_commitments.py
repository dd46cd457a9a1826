"""A party saying it will deliver several things commits to each (issue 9, multi-position
statements): "will free A, return B and hand over C" shares one subject and one "will".
Invented sentences."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


def test_each_coordinated_delivery_is_accepted() -> None:
    got = claims(
        "Hamas said it would release the hostages, return the bodies and hand over power in Gaza."
    )
    assert {
        ("hamas", "hostage_release", "accept"),
        ("hamas", "bodies_return", "accept"),
        ("hamas", "hamas_rule", "accept"),
    } <= got


def test_a_conjunct_with_its_own_subject_is_its_own_clause() -> None:
    got = claims("Hamas said it would release the hostages and Israel returned the bodies.")
    assert ("hamas", "bodies_return", "accept") not in got
