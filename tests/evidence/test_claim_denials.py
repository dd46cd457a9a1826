"""Denying one's own assent is a rejection (issue 9, claims recall): "denied agreeing to X",
"denied that it had agreed to X". Invented sentences."""

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
        "Israel denied agreeing to a truce on Tuesday.",
        "Israel denied that it had agreed to a truce.",
    ],
)
def test_a_denied_assent_is_a_rejection(text: str) -> None:
    got = claims(text)
    assert ("israel", "ceasefire", "reject") in got
    assert ("israel", "ceasefire", "accept") not in got


def test_an_assent_in_progress_is_an_acceptance() -> None:
    assert ("israel", "ceasefire", "accept") in claims("Israel is agreeing to a truce.")
