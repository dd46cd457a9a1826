"""Positions of several parties at once (issue 9, claims recall), on sentences written for
these tests (no article text): officials of coordinated parties speak for each party."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


def test_leaders_of_coordinated_parties_hold_for_each_party() -> None:
    got = claims(
        "In a joint statement the leaders of Egypt, Qatar and the United States said envoys "
        "would meet next week hoping to conclude an agreement."
    )
    assert {
        ("egypt", "ceasefire", "demand"),
        ("qatar", "ceasefire", "demand"),
        ("united_states", "ceasefire", "demand"),
    } <= got


def test_officials_from_two_parties_hold_for_both() -> None:
    got = claims(
        "Senior officials from Egypt and Qatar said envoys would meet next week hoping to "
        "conclude an agreement."
    )
    assert {("egypt", "ceasefire", "demand"), ("qatar", "ceasefire", "demand")} <= got


def test_officials_of_one_party_hold_for_that_party_alone() -> None:
    got = claims(
        "The foreign minister of Egypt said envoys would meet in Qatar next week hoping to "
        "conclude an agreement."
    )
    assert ("egypt", "ceasefire", "demand") in got
    assert ("qatar", "ceasefire", "demand") not in got


def test_they_naming_a_coordinated_subject_holds_for_each_member() -> None:
    got = claims(
        "Qatar and Egypt met the negotiators on Monday. They said they would keep pushing for "
        "a ceasefire."
    )
    assert {("qatar", "ceasefire", "demand"), ("egypt", "ceasefire", "demand")} <= got


def test_they_in_a_second_reported_clause_holds_for_each_member() -> None:
    got = claims(
        "Qatar and Egypt said that the talks were difficult and that they would keep pushing "
        "for a deal."
    )
    assert {("qatar", "ceasefire", "demand"), ("egypt", "ceasefire", "demand")} <= got


def test_it_after_a_coordination_names_one_party() -> None:
    got = claims("Egypt and Qatar hosted the envoys. Qatar said it would keep pushing for a deal.")
    assert ("qatar", "ceasefire", "demand") in got
    assert ("egypt", "ceasefire", "demand") not in got
