"""Being open to something offers it; not being opposed to it too (issue 9, stance words).
Invented sentences."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


@pytest.mark.parametrize(
    "text",
    ["Hamas said it was open to a long-term truce.", "Hamas said it was not opposed to a truce."],
)
def test_openness_offers(text: str) -> None:
    got = claims(text)
    assert ("hamas", "ceasefire", "offer") in got
    assert ("hamas", "ceasefire", "reject") not in got


def test_opposition_rejects() -> None:
    assert ("hamas", "ceasefire", "reject") in claims("Hamas said it opposed a short truce.")


def test_terms_open_to_negotiation_offer_nothing() -> None:
    got = claims("Hamas said the terms of the truce would be open to negotiation.")
    assert ("hamas", "ceasefire", "offer") not in got
