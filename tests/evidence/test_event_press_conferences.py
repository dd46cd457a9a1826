"""A press conference is a meeting only when held together ("a joint press conference with
X"); one speaker's briefing is none (issue 9, stop 35). Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def types(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-12"))
    return [e.type for e in ex.events]


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        (
            "Speaking at a joint press conference with the Alder foreign minister, she said more.",
            True,
        ),
        (
            "The minister, speaking at a press conference in the capital, said the plan worked.",
            False,
        ),
        (
            "The premier told a press conference on Saturday that nothing would stop the army.",
            False,
        ),
    ],
)
def test_a_press_conference_held_together(text: str, meeting: bool) -> None:
    assert ("meeting" in types(text)) is meeting
