"""A negation covers every act of a disjunction it opens (issue 9, multi-position statements):
"will not A or B", "would neither A nor B" refuse both. Invented sentences."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


@pytest.mark.parametrize(
    "text",
    [
        "Israel said it would not end the war or withdraw its troops.",
        "Israel said it would neither end the war nor withdraw from Gaza.",
    ],
)
def test_a_negated_disjunction_refuses_each_act(text: str) -> None:
    got = claims(text)
    assert {("israel", "ceasefire", "reject"), ("israel", "withdrawal", "reject")} <= got
    assert ("israel", "ceasefire", "accept") not in got


def test_a_negated_list_refuses_each_item() -> None:
    got = claims("Israel will not allow aid in, release prisoners or withdraw.")
    assert {
        ("israel", "humanitarian_aid", "reject"),
        ("israel", "prisoner_release", "reject"),
        ("israel", "withdrawal", "reject"),
    } <= got


def test_a_negation_does_not_cross_but() -> None:
    got = claims("Hamas will not release the hostages but will return the bodies.")
    assert ("hamas", "hostage_release", "reject") in got
    assert ("hamas", "bodies_return", "reject") not in got
