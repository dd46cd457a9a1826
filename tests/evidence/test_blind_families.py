"""Event and count families found on text written blind to the rules (issue 9): sentences
whose words look like a happening or a figure but report neither. A source described by the
talks it follows ("an official involved in the talks") holds no talks; a denial ("rejected
the charge", "denied breaching the terms") is neither a rejection nor an accusation; a single
person a report is attributed to ("one official said") is no count. Invented sentences with
made-up places and parties."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def extract(text: str):  # type: ignore[no-untyped-def]
    return extract_document(Document(name="t.txt", text=text, published="2025-02-10"))


def types(text: str) -> list[str]:
    return [e.type for e in extract(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "An official from Norvania involved in the talks said the gap was narrow.",
        "Two people briefed on the negotiations said the Norvanian side had moved.",
        "A diplomat with knowledge of the talks said a text was ready.",
    ],
)
def test_a_source_described_by_the_talks_holds_none(text: str) -> None:
    assert "talks" not in types(text)


def test_talks_held_are_still_talks() -> None:
    assert "talks" in types("Norvanian and Vellan negotiators held talks in Pelmo on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "A Vellan official rejected the charge on Tuesday.",
        "The Vellan government dismissed the accusations as baseless.",
    ],
)
def test_rejecting_a_charge_is_no_rejection(text: str) -> None:
    assert "rejection" not in types(text)


def test_rejecting_an_offer_is_a_rejection() -> None:
    assert "rejection" in types("The Vellan government rejected the proposal on Tuesday.")


@pytest.mark.parametrize(
    "text",
    [
        "The Vellan army denied breaching any of the terms.",
        "Norvania denied violating the truce in Pelmo.",
    ],
)
def test_denying_a_breach_is_no_accusation(text: str) -> None:
    assert "accusation" not in types(text)


def test_charging_a_breach_is_an_accusation() -> None:
    assert "accusation" in types("Norvania accused Vella of breaching the truce.")


@pytest.mark.parametrize(
    "text",
    [
        "One Norvanian official told reporters the deal was close.",
        "One senior source said the text was ready.",
        "The delay was deliberate, one diplomat said.",
    ],
)
def test_one_source_is_no_count(text: str) -> None:
    assert extract(text).counts == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("One Vellan official was killed in the strike on Pelmo.", 1),
        ("Norvania freed one captive on Sunday.", 1),
    ],
)
def test_one_person_the_news_is_about_is_counted(text: str, value: int) -> None:
    assert [c.value for c in extract(text).counts] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Norvania has not said publicly what it agreed to.",
        "The group asked the envoys for a plan to carry out what had already been agreed in May.",
    ],
)
def test_what_was_agreed_describes_a_deal(text: str) -> None:
    assert "acceptance" not in types(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "The region awaits a response to the killing of a Vellan commander in Pelmo.",
            "military_operation",
        ),
        ("The draft was put together by Vellan mediators last week.", "proposal"),
        ("The Norvanian leader's 12-point plan was debated in Pelmo on Monday.", "proposal"),
        ("Vellan and Norvanian envoys worked through the night to settle the dispute.", "talks"),
        ("Pelmo round ends without a deal", "talks"),
    ],
)
def test_happenings_in_other_words(text: str, etype: str) -> None:
    assert etype in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Norvania's plan to attack Pelmo was leaked.",
        "Witnesses described mass killings and torture in the camps.",
        "A new round of voting ends on Sunday.",
    ],
)
def test_no_happening_of_those_kinds(text: str) -> None:
    assert not {"proposal", "military_operation", "talks"} & set(types(text))


def test_ending_a_standoff_ends_no_truce() -> None:
    text = (
        "Vella handed four captives to the envoys on Saturday, ending a standoff of several "
        "hours that had threatened the second day of the truce in Pelmo, sources said."
    )
    assert not {"ceasefire_end", "threat"} & set(types(text))
    assert "release" in types(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The truce ended on Sunday.", "ceasefire_end"),
        ("Vella threatened to resume strikes on Pelmo.", "threat"),
        ("Norvania threatened Vella with strikes.", "threat"),
    ],
)
def test_truces_ending_and_threats_made(text: str, etype: str) -> None:
    assert etype in types(text)


LIST = """Vella weighs a new offer

Mediators gave Vella a draft on Monday. The terms, as described by two officials:

- A first stage of 30 days in which Vella releases at least 20 captives.
- A second stage would open talks on a lasting calm.

Vella released four captives in Pelmo on Sunday."""


def test_a_list_of_terms_holds_no_happenings() -> None:
    found = [(e.type, e.evidence.text[:5]) for e in extract(LIST).events]
    assert found == [("release", "Vella")]


def test_a_list_of_what_happened_keeps_its_events() -> None:
    text = LIST.replace("The terms, as described by two officials:", "On the ground:").replace(
        "A first stage of 30 days in which Vella releases", "Vella released"
    )
    assert [e.type for e in extract(text).events].count("release") == 2


def _parse(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str]):  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    from accord.evidence.nlp import nlp

    return Doc(nlp().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


@pytest.mark.parametrize(
    ("dep", "tag"),
    [("conj", "VBN"), ("ccomp", "VBN"), ("conj", "VBD")],
)
def test_a_participle_of_holding_read_as_a_verb_describes_the_people(dep: str, tag: str) -> None:
    # "Norvania freed 900 Vellans detained since May", with "detained" misread as a verb of
    # its own: the people are still the ones freed
    from accord.evidence.count_roles import _reduced_relative

    doc = _parse(
        ["Norvania", "freed", "900", "Vellans", "detained", "since", "May"],
        [1, 1, 3, 4, 1, 4, 5],
        ["nsubj", "ROOT", "nummod", "nsubj", dep, "prep", "pobj"],
        ["NNP", "VBD", "CD", "NNPS", tag, "IN", "NNP"],
        ["PROPN", "VERB", "NUM", "PROPN", "VERB", "ADP", "PROPN"],
    )
    assert _reduced_relative(doc[3], doc[4])


def test_a_second_clause_with_its_own_object_is_no_participle() -> None:
    from accord.evidence.count_roles import _reduced_relative

    doc = _parse(
        ["Norvania", "freed", "40", "and", "Vella", "detained", "30"],
        [1, 1, 1, 1, 5, 1, 5],
        ["nsubj", "ROOT", "dobj", "cc", "nsubj", "conj", "dobj"],
        ["NNP", "VBD", "CD", "CC", "NNP", "VBD", "CD"],
        ["PROPN", "VERB", "NUM", "CCONJ", "PROPN", "VERB", "NUM"],
    )
    assert not _reduced_relative(doc[4], doc[5])


@pytest.mark.parametrize(
    "text",
    [
        "Residents worked to settle into new homes in Pelmo.",
        "Engineers worked through the night to settle the bill.",
    ],
)
def test_working_at_no_dispute_is_no_talks(text: str) -> None:
    assert "talks" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the Vellan leader said the army would go into Pelmo with or without a deal.",
        "Vella said its troops would launch an offensive on Pelmo.",
    ],
)
def test_an_operation_a_party_announces_is_a_threat(text: str) -> None:
    assert "threat" in types(text)
    assert "military_operation" not in types(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The army will go into Pelmo next week.", []),
        ("The minister said troops had entered Pelmo.", ["military_operation"]),
    ],
)
def test_operations_planned_unannounced_or_done(text: str, found: list[str]) -> None:
    assert types(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('The three envoys said a framework agreement was "now on the table".', True),
        ("The Vellan offer is still on the table.", True),
        ("All options are on the table, the minister said.", False),
        ("No deal is on the table.", False),
    ],
)
def test_a_package_on_the_table_is_tabled(text: str, found: bool) -> None:
    assert ("proposal" in types(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A Vellan delegation left Pelmo on Monday with a new proposal in hand.", True),
        ("The delegation left without comment.", False),
    ],
)
def test_a_delegation_leaving_a_venue_held_talks(text: str, found: bool) -> None:
    assert ("talks" in types(text)) is found
