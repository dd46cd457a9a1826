"""A party told as undoing or blocking a deal, or as not meeting its obligations, is
accused (issue 9, stop 43), on sentences written for these tests (no article text); in the
text's own voice, or of things that are no deal, no one is."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def types(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-03-18"))
    return [e.type for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said in a statement that Israel had decided to overturn the truce agreement.",
        "Netanyahu insisted that Hamas alone was blocking a deal.",
        'The envoy said the talks were off because Hamas was "not meeting its obligations".',
        "A Hamas official said Israel was not honouring its commitments under the deal.",
        "Hamas accused Israel of tearing up the truce agreement.",
    ],
)
def test_a_deal_undone_or_obligations_unmet_is_an_accusation(text: str) -> None:
    assert "accusation" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Troops blocked the road to the north on Sunday.",
        "The court overturned the ruling on Monday.",
    ],
)
def test_no_deal_no_accusation(text: str) -> None:
    assert "accusation" not in types(text)
