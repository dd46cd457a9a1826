"""Counts and verb forms (issue 9, stop 36): a verb ending in a stressed
syllable doubles its last consonant ("transferred", "submitted"), which the forms built from
the base word must include, or "were transferred to the Red Cross" reads as no release."""

from __future__ import annotations

import pytest

from accord.evidence import vocab
from accord.evidence.count_vocab import inflections
from accord.evidence.extract import extract_document
from accord.evidence.types import Document


@pytest.mark.parametrize(
    ("verb", "form"),
    [("transfer", "transferred"), ("submit", "submitted"), ("control", "controlled")],
)
def test_doubled_forms(verb: str, form: str) -> None:
    assert form in vocab.verb_forms(verb)
    assert form in inflections(verb)


def test_plain_forms_stay() -> None:
    assert {"offered", "happened", "visited"} <= (
        vocab.verb_forms("offer") | vocab.verb_forms("happen") | vocab.verb_forms("visit")
    )


def test_people_transferred_are_released() -> None:
    text = "The remaining 13 living captives were transferred to the aid agency on Monday."
    ex = extract_document(Document(name="t.txt", text=text, published="2025-10-13"))
    assert [(c.quantity, c.value) for c in ex.counts] == [("hostages_released", 13)]


def test_people_let_go_are_released() -> None:
    text = "A few hours later, Vale let 39 Ruritanian prisoners go from its jails."
    ex = extract_document(Document(name="t.txt", text=text, published="2025-10-13"))
    assert [(c.quantity, c.value) for c in ex.counts] == [("prisoners_released", 39)]


def test_people_detained_in_a_release_breakdown_are_released() -> None:
    """A bare number after a released figure, with a participle of holding, says who the
    freed are ("250 serving life and 1,700 detained since the war"), not that they are held;
    with a verb of its own it is read on its own."""
    text = (
        "About 2,000 Ruritanian prisoners to be released: 250 serving life sentences and 1,700 "
        "detained in Vell since October."
    )
    ex = extract_document(Document(name="t.txt", text=text, published="2025-10-13"))
    assert ("prisoners_released", 1700) in [(c.quantity, c.value) for c in ex.counts]


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("All 20 living captives back in Vell", "hostages_released"),
        ("The 13 captives are now home with their families.", "hostages_released"),
        ("The 13 captives are still held in tunnels.", "other"),
    ],
)
def test_captives_said_to_be_back_are_released(text: str, quantity: str) -> None:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-10-13"))
    assert [c.quantity for c in ex.counts] == [quantity]


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("In the first stage 33 captives came out of Vell, 25 of them alive.", "hostages_released"),
        ("Three captives came out of hiding, the army said.", "other"),
    ],
)
def test_captives_coming_out_are_released(text: str, quantity: str) -> None:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-10-13"))
    assert [c.quantity for c in ex.counts][0] == quantity


def test_displaced_people_returning_are_no_exchange() -> None:
    text = "The deal allows the return of around 150,000 displaced persons to the north."
    ex = extract_document(Document(name="t.txt", text=text, published="2025-10-13"))
    assert [c.quantity for c in ex.counts] == ["other"]
