"""A possessive pronoun belongs to its own clause's subject, and a commitment to a package is
holding to it (issue 9, stop 34), on sentences written for these tests (no article text)."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def keys(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-11"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


def test_his_is_the_reported_clauses_subject() -> None:
    got = keys("Blinken said Netanyahu had repeated his demand for the release of the hostages.")
    assert ("israel", "hostage_release", "demand") in got
    assert ("united_states", "hostage_release", "demand") not in got


def test_a_commitment_to_a_package_accepts_it() -> None:
    got = keys("Blinken said that Netanyahu had reaffirmed his commitment to the proposal.")
    assert ("israel", "ceasefire", "accept") in got


def test_a_commitment_to_an_issue_still_demands_it() -> None:
    assert ("qatar", "ceasefire", "demand") in keys(
        "Qatar reaffirmed its commitment to a permanent ceasefire."
    )
