"""Retaliation vowed for what a party did, and other options weighed in quotation marks,
are threats (issue 9, stop 43), on sentences written for these tests (no article text);
letting people pass somewhere is none."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def types(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-22"))
    return [e.type for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        'Netanyahu\'s office called the images "shocking" and said Israel "will not let this '
        'pass".',
        'Israel "will not let it pass in silence", the office said.',
        'The office said the "shocking scenes" will not pass without a response.',
        'Israel said the scenes "will not be passed over in silence."',
        "The minister warned that the attack would not go unanswered.",
        'Netanyahu said Israel would consider "alternative options" to bring the hostages home.',
    ],
)
def test_retaliation_vowed_is_a_threat(text: str) -> None:
    assert "threat" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Israel would not let them pass through the checkpoint, officials said.",
        "The crossing will not let trucks pass into the north.",
    ],
)
def test_letting_people_pass_somewhere_is_no_threat(text: str) -> None:
    assert "threat" not in types(text)
