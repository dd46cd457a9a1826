"""Guarantees given and received, and a zone given up (issue 9, stop 34), on sentences written
for these tests (no article text)."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def keys(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-10-11"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


def test_guarantees_received_from_parties_are_their_offer() -> None:
    got = keys(
        "Hamas said it had received guarantees from the mediators and the US that the war was over."
    )
    assert {
        ("qatar", "security_guarantees", "offer"),
        ("egypt", "security_guarantees", "offer"),
    } <= got
    assert ("united_states", "security_guarantees", "offer") in got


def test_a_past_guarantee_of_a_clause_is_an_offer() -> None:
    assert ("united_states", "security_guarantees", "offer") in keys(
        "The US guaranteed that the war would not resume."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hamas demanded guarantees from the US.",
        "Hamas said it had not received guarantees from the US.",
    ],
)
def test_guarantees_asked_for_or_not_received_are_no_offer(text: str) -> None:
    assert ("united_states", "security_guarantees", "offer") not in keys(text)


def test_a_zone_not_given_up_rejects_withdrawal() -> None:
    assert ("israel", "withdrawal", "reject") in keys(
        "Israel has said it will not give up the so-called Morag corridor."
    )
