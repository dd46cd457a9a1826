"""A party's package named by its owner is a proposal event (issue 9, stop 34), on sentences
written for these tests (no article text): "Trump's Gaza plan", "Egypt's reconstruction plan",
"the Paris framework"; a plan with a purpose of its own is none."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def types(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-03-06"))
    return [e.type for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said it studied Trump's Gaza plan on Monday.",
        "Egypt's reconstruction plan for Gaza was backed by Arab leaders.",
        "Hamas said it was studying the Paris framework.",
    ],
)
def test_an_owned_package_is_a_proposal(text: str) -> None:
    assert "proposal" in types(text)


def test_an_owned_plan_with_its_own_purpose_is_no_proposal() -> None:
    assert "proposal" not in types("Israel's plan to invade Rafah was condemned, officials said.")
