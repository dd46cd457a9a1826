"""Faults of the extraction from general causes, each checked on invented sentences: a month or
a weekday read as a place, a party's armed force as the doer of an event, a participle that
describes people read as a happening, spellings of one word read alike, number ranges.

Places are made up; the parties are the vocabulary's actors (``data/actors.yaml``) so that the
doer can be checked."""

from __future__ import annotations

import re
from types import SimpleNamespace as T

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.names import proper_names
from accord.evidence.reading import reading_copy
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
        "The released prisoners rested in Pelmo on Monday.",
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


# 4. one word in several spellings is read as one


def _spellings() -> dict[str, list[str]]:
    from accord.evidence import vocab

    return vocab.verbs().spellings


def _word_lists(node: object) -> list[list[str]]:
    if isinstance(node, dict):
        return [x for v in node.values() for x in _word_lists(v)]
    if isinstance(node, list):
        words = [w for w in node if isinstance(w, str)]
        return [words, *(x for v in node if not isinstance(v, str) for x in _word_lists(v))]
    return []


@pytest.mark.parametrize("name", ["verbs.yaml", "count_nouns.yaml", "framing.yaml", "actors.yaml"])
def test_every_word_list_holds_each_hyphenated_spelling(name: str) -> None:
    import yaml

    from accord.evidence.vocab import DATA

    data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    missing = []
    for words in _word_lists(data):
        for word, forms in _spellings().items():
            if word in words:
                missing += [(word, f, words[:4]) for f in forms if "-" in f and f not in words]
    assert missing == []


def test_every_pattern_naming_a_word_names_its_hyphenated_spelling() -> None:
    from accord.evidence.vocab import DATA

    bad = []
    for path in sorted(DATA.glob("*.yaml")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "\\b" not in line:
                continue  # a regular expression
            for word, forms in _spellings().items():
                for form in (f for f in forms if "-" in f):
                    loose = re.escape(form).replace(r"\-", "-?")
                    if re.search(rf"(?<![\w?-]){word}\b", line) and not re.search(
                        rf"{re.escape(form)}|{re.escape(loose)}", line
                    ):
                        bad.append(f"{path.name}:{n}")
    assert bad == []


@pytest.mark.parametrize(
    "text",
    [
        "Hamas rejected the {} proposal on Monday.",
        "Israel said it accepted the {} with Hamas.",
        "The {} took effect in Pelmo on Sunday.",
        "Hamas accepts Egypt, Qatar {} proposal, Israel rejects",
        "Hamas said it would agree to a {} if Israel withdrew.",
        "Mediators in Pelmo discussed a {} on Tuesday.",
        "The {} collapsed on Friday after Israeli strikes.",
    ],
)
@pytest.mark.parametrize("spelling", ["cease-fire", "cease fire", "Cease-Fire", "Cease Fire"])
def test_a_spelling_reads_as_the_word(text: str, spelling: str) -> None:
    def keys(ex: Extraction) -> list[tuple[object, ...]]:
        out: list[tuple[object, ...]] = [(c.actor, c.issue, c.stance, c.mode) for c in ex.claims]
        out += [(e.type, e.mode, e.date, tuple(e.actors)) for e in ex.events]
        out += [(c.quantity, c.value) for c in ex.counts]
        return sorted(out, key=repr)

    word = "Ceasefire" if spelling[0].isupper() else "ceasefire"
    assert keys(extract(text.format(spelling))) == keys(extract(text.format(word)))


def test_the_spelling_is_tagged_as_the_word() -> None:
    from accord.evidence.nlp import parse_selected

    def tags(text: str) -> list[tuple[str, str]]:
        (doc,) = parse_selected([reading_copy(text)], lambda s: True)
        return [(t.tag_, t.dep_) for t in doc]

    said = "The unions rejected the {} proposal on Monday."
    assert tags(said.format("cease-fire")) == tags(said.format("ceasefire"))
    assert tags(said.format("cease fire")) == tags(said.format("ceasefire"))


def test_the_reading_copy_writes_a_spaced_spelling_hyphenated() -> None:
    text = "A Cease fire began. Talks on a cease fire, and to cease firing."
    read = reading_copy(text)
    assert len(read) == len(text)
    assert read == "A Cease-fire began. Talks on a cease-fire, and to cease firing."


def test_a_spelling_keeps_the_original_words_in_the_evidence() -> None:
    text = "Hamas rejected the cease fire proposal on Monday."
    ex = extract(text)
    assert ex.claims and all(c.evidence.quote in text for c in ex.claims)
    assert any("cease fire" in c.evidence.quote for c in ex.claims)


# 5. a range of numbers is one figure: its lower bound, approximate


def _counts(text: str) -> list[tuple[str, int, bool, str]]:
    return [(c.quantity, c.value, c.approx, c.evidence.quote) for c in extract(text).counts]


@pytest.mark.parametrize(
    "text,span",
    [
        ("Hamas said it would free between 30 and 40 hostages.", "between 30 and 40 hostages"),
        ("Hamas said it would free 30-40 hostages.", "30-40 hostages"),
        ("Hamas said it would free 30–40 hostages.", "30–40 hostages"),
        ("Hamas said it would free 30 to 40 hostages.", "30 to 40 hostages"),
        ("Hamas said it would free thirty to forty hostages.", "thirty to forty hostages"),
        ("Hamas said it would free thirty or forty hostages.", "thirty or forty hostages"),
    ],
)
def test_a_range_is_one_approximate_count_of_its_lower_bound(text: str, span: str) -> None:
    assert _counts(text) == [("hostages_released", 30, True, span)]


def test_a_hedged_range_keeps_its_hedge_in_the_evidence() -> None:
    assert _counts("Hamas said it would free some 30 to 40 hostages.") == [
        ("hostages_released", 30, True, "some 30 to 40 hostages")
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a change, not a range: the figure it came to
        ("The number of hostages freed rose from 30 to 40 on Sunday.", 40),
        # years and ages are no range of people
        ("Between 2014 and 2015, 40 hostages were freed.", 40),
        ("Israel freed 40 prisoners aged between 20 and 60.", 40),
    ],
)
def test_no_range(text: str, expected: int) -> None:
    assert expected in [v for _q, v, _a, _s in _counts(text)]
    assert all(not s.startswith(("from", "Between", "between")) for _q, _v, _a, s in _counts(text))


def test_a_schedule_line_is_no_range() -> None:
    text = "The group would free 8 hostages over two weeks.\n* Week 1 – four hostages"
    assert ("hostages_released", 4, False, "four hostages") in _counts(text)
