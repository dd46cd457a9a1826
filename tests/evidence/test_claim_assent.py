"""Asking a party to assent where nothing is named to assent to (issue 9, claims recall): a
demand for the deal on the table. Sentences written for these tests (no article text)."""

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
        "Qatar called on Israel to sign.",
        "Qatar urged Hamas to accept it.",
        "Qatar pressed the cabinet to convene at once and to approve.",
        "Qatar hopes both sides will agree soon.",
    ],
)
def test_asking_for_bare_assent_demands_the_deal(text: str) -> None:
    assert ("qatar", "ceasefire", "demand") in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar asked whether Hamas would sign.",
        "Qatar urged Hamas not to accept it.",
        "Qatar urged Hamas to accept responsibility.",
        "Qatar urged Hamas to reject it.",
    ],
)
def test_no_demand_for_the_deal_without_bare_assent(text: str) -> None:
    assert ("qatar", "ceasefire", "demand") not in claims(text)
