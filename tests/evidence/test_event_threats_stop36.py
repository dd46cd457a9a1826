"""Force kept up until a condition is met, or the fighting said to come back, is a threat
(issue 9, stop 36), on sentences written for these tests (no article text); the same verbs
on talks, or a goal pursued ("until achieving"), are not."""

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
        "Ruritania would press on with its campaign until the militia is disbanded.",
        "The army says it will keep striking the port until then.",
        "The military would keep up pressure until the captives are home.",
        "Officials said the offensive will resume once the pause expires.",
    ],
)
def test_force_kept_up_or_resumed_is_a_threat(text: str) -> None:
    assert "threat" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Talks will resume next week in the capital.",
        "The envoy would keep up the talks until a deal is reached.",
        "The army will press on until achieving its goals.",
    ],
)
def test_no_threat(text: str) -> None:
    assert "threat" not in types(text)
