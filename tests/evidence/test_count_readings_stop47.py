"""Counts read in stop 47 (issue 9), on sentences written for these tests (no article text):
"remains" as the verb after a counted noun is no noun of the dead; people "held captive" who
were handed over were released (a parse repair)."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.nlp import parse_selected
from accord.evidence.types import Document


def counts(text: str) -> set[tuple[str, int]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-01-27"))
    return {(n.quantity, int(n.value)) for n in ex.counts}


@pytest.mark.parametrize(
    ("text", "value"),
    [("Around 90 hostages remains in Gaza, officials said.", 90), ("One hostage remains.", 1)],
)
def test_remains_as_a_verb_counts_no_bodies(text: str, value: int) -> None:
    got = counts(text)
    assert ("bodies_returned", value) not in got and ("other", value) in got, got


def test_people_held_captive_then_handed_over_were_released() -> None:
    text = "Four Thai workers held captive in Gaza were handed to the Red Cross on Friday."
    (doc,) = parse_selected([text], lambda s: True)
    handed = next(t for t in doc if t.text == "handed")
    assert handed.dep_ == "ROOT", [(t.text, t.dep_, t.head.text) for t in doc]
    assert ("hostages_released", 4) in counts(text)


def test_people_who_held_captives_and_were_paid_keep_their_verbs() -> None:
    (doc,) = parse_selected(
        ["The gunmen held three captives and were paid a ransom."], lambda s: True
    )
    assert next(t for t in doc if t.text == "held").dep_ == "ROOT"
