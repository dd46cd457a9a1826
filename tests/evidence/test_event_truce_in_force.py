"""A truce entering into force, or said to be in force, starts it (issue 9, stop 36), on
sentences written for these tests (no article text); a law or a rule in force starts no
truce."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def types(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-01-27"))
    return [e.type for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire entered into force yesterday at 11.15 local time.",
        "The truce is now in force.",
        "Ceasefire entered in force",
    ],
)
def test_a_truce_in_force(text: str) -> None:
    assert "ceasefire_start" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The new tax law entered into force on Monday.",
        "Emergency rules are in force in the port town.",
    ],
)
def test_no_truce(text: str) -> None:
    assert "ceasefire_start" not in types(text)
