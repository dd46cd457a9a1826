"""Commitments given and received (issue 9, claims recall): "assurances from X that ..." is X's
offer of what the assurance says, whoever receives it (a commitment wanted is no offer); shelter and machinery let in are aid.
Invented sentences."""

from __future__ import annotations

from accord.evidence.cues import issue_mentions
from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


def test_assurances_received_are_the_givers_offer() -> None:
    got = claims(
        "The group said it would go ahead after receiving assurances from Egypt and Qatar that "
        "more fuel would be allowed in."
    )
    assert {("egypt", "humanitarian_aid", "offer"), ("qatar", "humanitarian_aid", "offer")} <= got


def test_a_pledge_received_from_one_party_is_that_partys() -> None:
    got = claims("Hamas received a pledge from Qatar that fuel deliveries would increase.")
    assert ("qatar", "humanitarian_aid", "offer") in got
    assert ("hamas", "humanitarian_aid", "offer") not in got


def test_assurances_wanted_are_no_offer() -> None:
    got = claims("Hamas wants assurances that more food would be allowed into the territory.")
    assert ("hamas", "humanitarian_aid", "offer") not in got


def test_shelter_and_machinery_let_in_or_blocked_are_aid() -> None:
    for text in (
        "Caravans and heavy machinery would be allowed into the territory.",
        "The army was accused of blocking tents at the crossing.",
    ):
        assert [m[0] for m in issue_mentions(text)] == ["humanitarian_aid"], text


def test_tents_where_people_live_are_no_aid() -> None:
    assert issue_mentions("Thousands of families still live in tents along the coast.") == ()
