"""Faults of the extraction from general causes, each checked on invented sentences: a month or
a weekday read as a place, a party's armed force as the doer of an event, a participle that
describes people read as a happening, spellings of one word read alike, number ranges.

Places are made up; the parties are the vocabulary's actors (``data/actors.yaml``) so that the
doer can be checked."""

from __future__ import annotations

from types import SimpleNamespace as T

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.names import proper_names
from accord.evidence.types import Document, Extraction


def extract(text: str) -> Extraction:
    return extract_document(Document(name="t.txt", text=text, published="2025-02-10"))


# 1. months and weekdays are never places


def _tokens(words: list[tuple[str, str]]) -> list[T]:
    out, at = [], 0
    for w, tag in words:
        out.append(T(text=w, tag_=tag, idx=at, whitespace_=" "))
        at += len(w) + 1
    return out


@pytest.mark.parametrize("word", ["July", "March", "Sunday", "Sept."])
def test_a_calendar_word_after_a_locative_is_no_place(word: str) -> None:
    toks = _tokens([("agreed", "VBD"), ("to", "IN"), ("the", "DT"), (word, "NNP"), ("2", "CD")])
    assert proper_names(toks) == []


def test_a_place_after_a_locative_is_still_one() -> None:
    toks = _tokens([("talks", "NNS"), ("in", "IN"), ("the", "DT"), ("Pelmo", "NNP")])
    assert [(n.text, n.kind) for n in proper_names(toks)] == [("Pelmo", "place")]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas agreed to the July 2 text on Monday.",
        "Talks resumed in the July 2 round, officials said.",
        "Negotiators met again in the Sunday session.",
    ],
)
def test_an_event_is_not_placed_in_a_month(text: str) -> None:
    ex = extract(text)
    assert ex.events
    assert all(e.location is None for e in ex.events)


def test_an_event_takes_the_place_and_not_the_month() -> None:
    (event,) = [e for e in extract("Talks resumed in March in Pelmo.").events]
    assert event.location == "Pelmo"


# 2. a party's adjective on a noun of armed force names the doer


@pytest.mark.parametrize(
    "text",
    [
        "Israeli warplanes struck a house in Pelmo on Friday.",
        "Israeli tanks shelled the outskirts of Pelmo on Monday.",
        "Israeli drones hit a car in Pelmo on Sunday.",
        "Israeli fighter jets bombed a depot in Pelmo overnight.",
        "Israeli tanks and drones pounded Pelmo on Monday.",
        "Israeli gunboats shelled the coast near Pelmo on Sunday.",
    ],
)
def test_armed_force_of_a_party_is_the_doer(text: str) -> None:
    ops = [e for e in extract(text).events if e.type == "military_operation"]
    assert ops and all(e.actors == ["israel"] for e in ops)


def test_armed_force_of_no_party_names_no_doer() -> None:
    ops = [e for e in extract("Tanks shelled the outskirts of Pelmo on Monday.").events]
    assert ops and all(e.actors == [] for e in ops)


def test_a_party_adjective_on_another_noun_is_no_doer() -> None:
    text = "Warplanes struck a Ruritanian convoy near Pelmo on Friday."
    ops = [e for e in extract(text).events if e.type == "military_operation"]
    assert ops and all("israel" not in e.actors for e in ops)


# 3. a participle that describes people reports no happening


@pytest.mark.parametrize(
    "text",
    [
        "The freed hostages were taken to hospital on Sunday.",
        "Freed hostages were taken to hospital in Pelmo on Sunday.",
        "Relatives of released prisoners gathered in Pelmo on Monday.",
        "The released prisoners arrived in Pelmo on Monday.",
    ],
)
def test_an_attributive_participle_is_no_release(text: str) -> None:
    assert not [e for e in extract(text).events if e.type == "release"]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas freed four hostages in Pelmo on Sunday.",
        "Four hostages were freed in Pelmo on Sunday.",
        "Israel released 30 prisoners on Monday.",
    ],
)
def test_a_release_told_with_its_verb_is_still_one(text: str) -> None:
    assert [e for e in extract(text).events if e.type == "release"]
