"""An acceptance narrowed to a deal described after it ("will only accept a deal in which X"):
the holder sets a condition and asks for the terms, and the text reports a conditional refusal
(a threat event, as the shared annotation reads "no X until Y"); the terms are not done.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document

DAY = "2025-08-20"


def read(text: str) -> tuple[set[tuple[str, str, str]], list[str]]:
    ex = extract_document(Document(name="t.txt", text=text, published=DAY))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}, [e.type for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "Government officials said Israel will only accept a deal in which all the captives "
        "are released at once.",
        "Israel would only agree to an agreement that frees all the hostages in one stage, a "
        "minister said on Tuesday.",
        "The cabinet repeated that Israel will now accept only a deal that returns all 40 "
        "hostages at once.",
    ],
)
def test_terms_asked_for_and_a_conditional_refusal(text: str) -> None:
    claims, events = read(text)
    assert ("israel", "hostage_release", "demand") in claims, claims
    assert ("israel", "ceasefire", "condition") in claims, claims
    assert not {c for c in claims if c[2] == "accept"}, claims
    assert "threat" in events and "release" not in events and "acceptance" not in events, events


@pytest.mark.parametrize(
    "text",
    [
        "Israel only agreed to a safe corridor for the handover on Monday.",  # past: accepted
        "Hamas would only accept the July version it had already agreed to.",  # no terms
    ],
)
def test_not_a_condition(text: str) -> None:
    claims, events = read(text)
    assert not {c for c in claims if c[2] == "condition"}, claims
    assert "threat" not in events, events
