"""Talks that "have yet to start" are scheduled, not owed, and a threat stated by a condition
alone is read even when the sentence has no word of an event (issue 9, unseen news: talks due
to begin and threats "by force" were missed). Invented sentences only."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def events(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-10"))
    return [(e.type, e.mode) for e in ex.events]


def test_talks_that_have_yet_to_start_are_scheduled() -> None:
    text = "Talks on a second stage, which were due to begin this month, have yet to start."
    assert ("talks", "planned") in events(text)


def test_a_release_that_has_yet_to_come_did_not_happen() -> None:
    assert events("The captives have yet to be released.") == []


def test_talks_a_party_has_to_hold_are_no_event() -> None:
    # "has to" without "yet" is still a duty
    assert not [
        e for e in events("Ruritania has to negotiate with the militia.") if e[0] == "talks"
    ]


def test_a_threat_in_a_sentence_without_event_words() -> None:
    text = "Israel said that if the tunnels could not be closed by agreement, they would be closed by force."
    assert ("threat", "actual") in events(text)


def test_a_forecast_without_a_party_is_no_threat() -> None:
    text = "Analysts said that if the tunnels are not closed, the region will suffer."
    assert ("threat", "actual") not in events(text)
