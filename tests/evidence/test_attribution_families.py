"""Attribution by family of construction, PARC style (cue, source and content apart), on
sentences written for these tests with invented people (issue 9: attribution that holds on
unseen news). Gold convention (../shared/gold/README.md, "Reported positions"): the actor holds
the position, the speaker is the source that states it; unnamed officials of a party keep the
party as actor with their description as speaker; ``None`` when the party speaks as a whole.

Each case asserts the claim's (actor, issue, stance) and its speaker."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document

DAY = "2024-06-03"
WITHDRAWAL = ("hamas", "withdrawal", "demand")
REJECT = ("israel", "ceasefire", "reject")
ACCEPT = ("hamas", "ceasefire", "accept")


def speakers(text: str) -> dict[tuple[str, str, str], str | None]:
    ex = extract_document(Document(name="t.txt", text=text, published=DAY))
    out: dict[tuple[str, str, str], str | None] = {}
    for c in ex.claims:
        out.setdefault((c.actor, c.issue, c.stance), c.speaker)
    return out


def check(text: str, key: tuple[str, str, str], speaker: str | None) -> None:
    got = speakers(text)
    assert key in got, (key, got)
    assert got[key] == speaker, (key, got[key], speaker)


def cases(*rows: tuple[str, tuple[str, str, str], str | None]) -> object:
    return pytest.mark.parametrize(("text", "key", "speaker"), list(rows))


# --- verb cues: before, after and inverted; the addressee is no source


@cases(
    (
        "Hazem Kordel, a Hamas official, said the group demanded a full withdrawal.",
        WITHDRAWAL,
        "Hazem Kordel",
    ),
    (
        "The group demands a full withdrawal, Hamas official Hazem Kordel said.",
        WITHDRAWAL,
        "Hazem Kordel",
    ),
    (
        "The group demands a full withdrawal, insisted Hamas official Hazem Kordel.",
        WITHDRAWAL,
        "Hazem Kordel",
    ),
    (
        "Hamas official Hazem Kordel has told Al Jazeera that the group demands a full withdrawal.",
        WITHDRAWAL,
        "Hazem Kordel",
    ),
    (
        "Israel rejected a permanent ceasefire, Tomas Verin, Israel's chief negotiator, told "
        "Channel 12.",
        REJECT,
        "Tomas Verin",
    ),
)
def test_verb_cues(text: str, key: tuple[str, str, str], speaker: str | None) -> None:
    check(text, key, speaker)


# --- noun cues: the statement, remarks or interview is the channel, not the source


@cases(
    (
        "In a statement, Hamas official Hazem Kordel said the group demanded a full withdrawal.",
        WITHDRAWAL,
        "Hazem Kordel",
    ),
    (
        "Hamas official Hazem Kordel, in an interview with Reuters, said the group demanded a full withdrawal.",
        WITHDRAWAL,
        "Hazem Kordel",
    ),
    (
        "In remarks to reporters, Hamas official Hazem Kordel said the group demanded a full withdrawal.",
        WITHDRAWAL,
        "Hazem Kordel",
    ),
    (
        "In a televised speech, Hamas leader Hazem Kordel demanded a full withdrawal.",
        WITHDRAWAL,
        "Hazem Kordel",
    ),
    ("“We demand a full withdrawal,” Hamas said in a statement.", WITHDRAWAL, None),
)
def test_noun_cues(text: str, key: tuple[str, str, str], speaker: str | None) -> None:
    check(text, key, speaker)


# --- "according to": the source of the whole clause


@cases(
    (
        "According to Hamas official Hazem Kordel, the group demanded a full withdrawal.",
        WITHDRAWAL,
        "Hazem Kordel",
    ),
    (
        "Hamas demands a full withdrawal, according to a statement from the group's media office.",
        WITHDRAWAL,
        "Hamas's media office",
    ),
    (
        "According to a statement from Hamas, the group demanded a full withdrawal.",
        WITHDRAWAL,
        None,
    ),
    # a person after "according to" is a source, not a place ("to Cairo")
    (
        "Israel rejected a permanent ceasefire, according to Tomas Verin, a spokesman for the "
        "Israeli government.",
        REJECT,
        "Tomas Verin",
    ),
)
def test_according_to(text: str, key: tuple[str, str, str], speaker: str | None) -> None:
    check(text, key, speaker)


# --- a unit or a spokesperson speaking for a person or a party


@cases(
    # a named spokesperson in apposition to the description speaks, for the party of the one
    # they speak for
    (
        "A spokesman for Hamas, Hazem Kordel, said the group demanded a full withdrawal.",
        WITHDRAWAL,
        "Hazem Kordel",
    ),
    (
        "A spokesperson for Netanyahu, Tomas Verin, said Israel rejected a permanent ceasefire.",
        REJECT,
        "Tomas Verin",
    ),
    (
        "Speaking to reporters, Netanyahu's spokesman Tomas Verin said Israel rejected a permanent ceasefire.",
        REJECT,
        "Tomas Verin",
    ),
    (
        "Israel rejected a permanent ceasefire, Netanyahu's spokesman said.",
        REJECT,
        "Benjamin Netanyahu's spokesman",
    ),
    (
        "Hamas demanded a full withdrawal, the group's media office said.",
        WITHDRAWAL,
        "Hamas's media office",
    ),
    (
        "“Israel will not agree to a permanent ceasefire,” the Prime Minister's Office said in a statement.",
        REJECT,
        "Prime Minister's office",
    ),
    # a name beside a description of no party's unit, and a description inside a unit
    (
        "The head of the Israeli negotiating team, Tomas Verin, said Israel rejected a permanent "
        "ceasefire.",
        REJECT,
        "Tomas Verin",
    ),
    (
        "Israel rejected a permanent ceasefire, a source in Netanyahu's office said.",
        REJECT,
        "a source in Netanyahu's office",
    ),
)
def test_offices_and_spokespeople(
    text: str, key: tuple[str, str, str], speaker: str | None
) -> None:
    check(text, key, speaker)


# --- "it said" / "they said": the source the sentence before introduced


@cases(
    (
        "Netanyahu's office spoke on Monday. Israel would not agree to a permanent ceasefire, it said.",
        REJECT,
        "Benjamin Netanyahu's office",
    ),
    ("Hamas spoke on Monday. The group demands a full withdrawal, it said.", WITHDRAWAL, None),
    (
        "The Qatari foreign ministry said talks would resume. It added that Hamas had accepted the proposal.",
        ACCEPT,
        "Qatar's foreign ministry",
    ),
    (
        "Two Israeli officials met the mediators on Monday. Israel would not agree to a permanent ceasefire, they said.",
        REJECT,
        "two Israeli officials",
    ),
)
def test_it_and_they(text: str, key: tuple[str, str, str], speaker: str | None) -> None:
    check(text, key, speaker)


# --- unnamed officials of a party: the party holds, the description speaks


@cases(
    (
        "An Israeli official, speaking on condition of anonymity, said Israel rejected a permanent ceasefire.",
        REJECT,
        "an Israeli official",
    ),
    (
        "A senior official in Hamas said the group demanded a full withdrawal.",
        WITHDRAWAL,
        "a senior official in Hamas",
    ),
    (
        "Sources familiar with the talks said Hamas demanded a full withdrawal.",
        WITHDRAWAL,
        "sources familiar with the talks",
    ),
    (
        "A source close to Hamas said the group demanded a full withdrawal.",
        WITHDRAWAL,
        "a source close to Hamas",
    ),
    (
        "One Israeli official said Israel rejected a permanent ceasefire.",
        REJECT,
        "one Israeli official",
    ),
    (
        "Israel's Channel 12 reported, citing an Israeli official, that Israel rejected a permanent ceasefire.",
        REJECT,
        "an Israeli official",
    ),
)
def test_unnamed_officials(text: str, key: tuple[str, str, str], speaker: str | None) -> None:
    check(text, key, speaker)


# --- "X, which ..., said": the clause describes the source, the party speaks as a whole


@cases(
    (
        "Hamas, which has run the territory since 2007, said it demanded a full withdrawal.",
        WITHDRAWAL,
        None,
    ),
    (
        "Israel, which launched the offensive in October, said it rejected a permanent ceasefire.",
        REJECT,
        None,
    ),
)
def test_source_with_a_relative_clause(
    text: str, key: tuple[str, str, str], speaker: str | None
) -> None:
    check(text, key, speaker)


# --- "he/she said": the nearest compatible source, described or named


@cases(
    (
        "Mrs. Lena Ostrova met Amir Dalani, an Israeli negotiator, on Monday. He said Israel "
        "rejected a permanent ceasefire.",
        REJECT,
        "Amir Dalani",
    ),
    (
        "Amir Dalani met Mrs. Lena Ostrova, an Israeli negotiator, on Monday. She said Israel "
        "rejected a permanent ceasefire.",
        REJECT,
        "Lena Ostrova",
    ),
)
def test_pronoun_sources_of_gender(
    text: str, key: tuple[str, str, str], speaker: str | None
) -> None:
    check(text, key, speaker)


@cases(
    (
        "A Hamas representative met the mediators on Monday. The group demands a full withdrawal, he said.",
        WITHDRAWAL,
        "a Hamas representative",
    ),
    (
        "Last Thursday, a Hamas representative spoke to reporters. The group demands a full withdrawal, he said.",
        WITHDRAWAL,
        "a Hamas representative",
    ),
    (
        "Lena Ostrova, Israel's chief negotiator, met Amir Dalani on Monday. She said Israel rejected a permanent ceasefire.",
        REJECT,
        "Lena Ostrova",
    ),
    (
        "A spokesperson for Hamas, Hazem Kordel, said talks had stalled.\n\nThe group demands a "
        "full withdrawal, he said.",
        WITHDRAWAL,
        "Hazem Kordel",
    ),
)
def test_pronoun_sources(text: str, key: tuple[str, str, str], speaker: str | None) -> None:
    check(text, key, speaker)


@cases(
    # "the official" refers back to the person named before with that description
    (
        "Hamas official Hazem Kordel spoke in Doha. The group demands a full withdrawal, the "
        "official said.",
        WITHDRAWAL,
        "Hazem Kordel",
    ),
    (
        "Hazem Kordel, a Hamas official, said talks had stalled. The group demands a full "
        "withdrawal, the Hamas official said.",
        WITHDRAWAL,
        "Hazem Kordel",
    ),
    (
        "A Hamas official said talks had stalled. The group demands a full withdrawal, the "
        "official said.",
        WITHDRAWAL,
        "a Hamas official",
    ),
)
def test_descriptions_refer_back(text: str, key: tuple[str, str, str], speaker: str | None) -> None:
    check(text, key, speaker)


# --- nested reports: the source states, the holder holds


@cases(
    (
        "Tomas Verin told mediators that Hamas had demanded a full withdrawal.",
        WITHDRAWAL,
        "Tomas Verin",
    ),
    (
        "Netanyahu told the envoy that Hamas had accepted the ceasefire proposal.",
        ACCEPT,
        "Benjamin Netanyahu",
    ),
    (
        "Egyptian sources told Al-Ahram that Hamas had accepted the ceasefire proposal.",
        ACCEPT,
        "Egyptian sources",
    ),
    # the clause's own subject holds the position; the office that reports it states it
    (
        "Netanyahu's office said he rejected a permanent ceasefire.",
        REJECT,
        "Benjamin Netanyahu's office",
    ),
)
def test_nested_reports(text: str, key: tuple[str, str, str], speaker: str | None) -> None:
    check(text, key, speaker)


# --- a quote whose speaker is in the neighbouring sentence


@cases(
    (
        "Hazem Kordel, a Hamas official, spoke to reporters on Monday. “We demand a full withdrawal of the occupation forces.”",
        WITHDRAWAL,
        "Hazem Kordel",
    ),
    (
        "Hazem Kordel, a Hamas official, spoke to reporters on Monday.\n\n“We demand a full withdrawal of the occupation forces.”",
        WITHDRAWAL,
        "Hazem Kordel",
    ),
    (
        "On Monday, a Hamas official spoke to reporters. “We demand a full withdrawal of the occupation forces.”",
        WITHDRAWAL,
        "a Hamas official",
    ),
    (
        "“We demand a full withdrawal of the occupation forces.” Hamas official Hazem Kordel said so on Monday.",
        WITHDRAWAL,
        "Hazem Kordel",
    ),
)
def test_quote_speaker_next_door(text: str, key: tuple[str, str, str], speaker: str | None) -> None:
    check(text, key, speaker)


# --- a title of no party: the official of the party the sentence is about


@cases(
    (
        "Israel will not agree to a permanent ceasefire, the prime minister said on Monday.",
        REJECT,
        "Benjamin Netanyahu",
    ),
    (
        "Israel will not agree to a permanent ceasefire, Israel's prime minister said on Monday.",
        REJECT,
        "Benjamin Netanyahu",
    ),
)
def test_titles(text: str, key: tuple[str, str, str], speaker: str | None) -> None:
    check(text, key, speaker)


# --- a headline's source before a colon, over the sentence's own cue


@cases(
    ("Hamas official: Hamas demands a full withdrawal", WITHDRAWAL, "Hamas official"),
    ("Hazem Kordel: Hamas demands a full withdrawal", WITHDRAWAL, "Hazem Kordel"),
    (
        "Netanyahu's office: Israel rejects a permanent ceasefire",
        REJECT,
        "Benjamin Netanyahu's office",
    ),
)
def test_headline_sources(text: str, key: tuple[str, str, str], speaker: str | None) -> None:
    check(text, key, speaker)


@cases(
    (
        "“We demand a full withdrawal of the occupation forces.”\n\nHamas official Hazem Kordel "
        "made the remarks in Doha on Monday.",
        WITHDRAWAL,
        "Hazem Kordel",
    ),
)
def test_quote_owned_by_the_remarks_after(
    text: str, key: tuple[str, str, str], speaker: str | None
) -> None:
    check(text, key, speaker)
