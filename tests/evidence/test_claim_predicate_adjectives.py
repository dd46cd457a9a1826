"""Wanting a deal said with a predicate adjective (issue 9, stop 34), on sentences written for
these tests (no article text): "remains committed to", "keen on", "eager to", "interested in",
and their negations."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def keys(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


@pytest.mark.parametrize(
    "text",
    [
        "Israel remains committed to a deal, Netanyahu said.",
        "Netanyahu's office said Israel remained committed to reaching a deal.",
        "Israel said it remained keen on an agreement.",
        "Israel said it was interested in a deal.",
        "Israel is eager to reach an agreement, its foreign minister said.",
    ],
)
def test_a_predicate_adjective_of_wanting_demands_the_deal(text: str) -> None:
    assert ("israel", "ceasefire", "demand") in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said it was not committed to a deal.",
        "Hamas said it was not interested in any deal.",
        "Hamas said it remained keen, and on Monday it rejected a deal.",
    ],
)
def test_negated_or_unrelated_adjectives_demand_nothing(text: str) -> None:
    assert ("hamas", "ceasefire", "demand") not in keys(text)
