"""Talks a party is only ready to hold, and talks that frame a term to come, are no talks
held (issue 9, stop 43), on sentences written for these tests (no article text); talks
narrated as the time of something else, and talks agreed or scheduled, still are."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def types(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return [e.type for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "The Alder movement said it was ready to begin negotiations on the next stage.",
        "A Vale official said the government remained ready to negotiate the second stage.",
        "The Alder spokesman said the group was ready to keep negotiating.",
        "Marrow said the capital was ready to host further talks on extending the pause.",
        "The Alder leaders said they were willing to meet the envoys.",
    ],
)
def test_talks_a_party_is_ready_to_hold_are_no_event(text: str) -> None:
    assert "talks" not in types(text)
    assert "meeting" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Alder wants a written promise that Vale will not resume the shelling while the talks "
        "continue.",
        "Vale officials said the pressure on the valley would continue while talks go on.",
        "The guarantors said any further talks would be held in the capital.",
    ],
)
def test_talks_framing_a_term_to_come_are_no_event(text: str) -> None:
    assert "talks" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "While talks went on in Marrow on Monday, the shelling of the valley continued.",
        "While quiet negotiations intensify over a new deal, protests grow in the capital.",
        "Vale agreed to send a delegation to Marrow for talks.",
        "Talks will resume in Marrow on Sunday, the mediators said.",
    ],
)
def test_talks_narrated_agreed_or_scheduled_are_events(text: str) -> None:
    assert "talks" in types(text)
