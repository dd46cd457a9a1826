"""Attribution with cue, source and content kept apart (docs/evidence/attribution.md).

Sentences written for the tests: the public actors and officials of the gazetteer, invented
wording. Each test is one construction; most read the sources of sentences directly, a few
the speaker of a claim.
"""

from __future__ import annotations

from accord.evidence.actors import find_mentions
from accord.evidence.extract import _sentences, extract_document, wants_parse
from accord.evidence.gazetteer import Gazetteer
from accord.evidence.nlp import parse_selected
from accord.evidence.speech import attribute_sentences
from accord.evidence.types import Document

DAY = "2024-01-10"  # inside the terms of the officials named below


def _speakers(text: str, published: str | None = DAY) -> list[str | None]:
    """The speaker each sentence's report names (a person, a unit, a description)."""
    (doc,) = parse_selected([text], wants_parse)
    index = find_mentions(text, doc, "t.txt", Gazetteer.shared())
    index.published = published
    sents = _sentences(doc, text)
    atts, _quotes = attribute_sentences(text, sents, index, "t.txt")
    return [None if a is None else a.speaker or a.description for a in atts]


def _claims(text: str) -> set[tuple[str, str, str, str | None]]:
    ex = extract_document(Document(name="t.txt", text=text, published=DAY))
    return {(c.actor, c.issue, c.stance, c.speaker) for c in ex.claims}


def test_a_source_after_what_it_reports_is_the_outer_source() -> None:
    # the party's own report sits inside its office's: the office is the speaker
    got = _speakers(
        "Israel said on Monday it accepts a pause in the fighting, the prime minister's office "
        "said in a message to reporters."
    )
    assert got == ["prime minister's office"]


def test_a_unit_of_a_party_is_named_with_the_party() -> None:
    assert _speakers("Egypt wants the crossing opened at once, its foreign ministry said.") == [
        "Egypt's foreign ministry"
    ]
    assert _speakers("Qatar's foreign ministry said the envoys would meet again.") == [
        "Qatar's foreign ministry"
    ]


def test_a_statement_speaks_for_its_owner_and_is_referred_back_to() -> None:
    got = _speakers(
        "A statement from Qatar's foreign ministry said both delegations had arrived.\n"
        "Talks would resume at dawn, the statement added."
    )
    assert got == ["Qatar's foreign ministry", "Qatar's foreign ministry"]


def test_the_sources_refer_back_to_the_sources_described_before() -> None:
    got = _speakers(
        "The envoys will meet again next week, according to people close to the mediation.\n"
        "Both delegations asked for more time, the people said."
    )
    assert got == ["people close to the mediation", "people close to the mediation"]


def test_a_title_names_the_official_of_that_party() -> None:
    # no one named before: the holder of the title on the publication day
    assert _speakers("The talks went well, the US president told donors.") == ["Joe Biden"]
    assert _speakers("The talks went well, the US president told donors.", None) == [None]
    # an abbreviated title in a headline after a colon
    assert _speakers("Envoys to meet in two days: Qatari PM\n\nThe date is not fixed.") == [
        "Mohammed bin Abdulrahman Al Thani",
        None,
    ]


def test_a_person_holding_the_position_is_its_speaker() -> None:
    got = _claims("Defense Minister Yoav Gallant rejected any pause in the fighting, aides said.")
    assert ("israel", "ceasefire", "reject", "Yoav Gallant") in got


def test_unnamed_officials_of_a_party_speak_for_it() -> None:
    got = _claims("A senior Hamas official said the group rejects any pause in the fighting.")
    assert ("hamas", "ceasefire", "reject", "a senior Hamas official") in got


def test_a_report_of_a_plan_carries_on_into_the_sentences_that_continue_it() -> None:
    got = _speakers(
        "Antony Blinken outlined the plan on Tuesday.\n\n"
        "The first stage would last a month. Both sides would then meet in a third country.\n\n"
        "Shops in the capital stayed open."
    )
    assert got == ["Antony Blinken", "Antony Blinken", "Antony Blinken", None]


def test_a_report_of_what_is_does_not_carry_on() -> None:
    got = _speakers(
        "“The roads are open,” Antony Blinken told reporters.\n\nThat could change within days."
    )
    assert got == ["Antony Blinken", None]


def test_a_sentence_between_two_reports_of_one_source_is_theirs() -> None:
    got = _speakers(
        "The envoys arrived late, according to diplomats briefed on the visit.\n"
        "Each side wants guarantees first.\n"
        "No date is set, the diplomats said."
    )
    assert got[1] == "diplomats briefed on the visit"


def test_a_pronoun_skips_people_named_only_in_a_caption() -> None:
    got = _speakers(
        "Herzi Halevi said the army would keep up its pressure.\n"
        "Anna Varga and Herzi Halevi at a base near the border in March.\n"
        "“We will press on,” he said."
    )
    assert got[-1] == "Herzi Halevi"


def test_an_infinitive_after_continue_is_no_report() -> None:
    assert _speakers("The White House continues to back the demand for a pause.") == [None]


def test_a_source_before_its_verb_counts_whatever_the_parse() -> None:
    got = _speakers(
        'On Friday, a Hamas negotiator informed Radio Monte Carlo that talks were "stalled", '
        "pending new guarantees."
    )
    assert got == ["a Hamas negotiator"]


def test_a_quote_after_a_sentence_ending_in_a_colon_is_its_source() -> None:
    got = _speakers(
        "Israel Katz said on Sunday:\n\n“No one crosses until the list arrives.”\n\n"
        "The crossing stayed shut."
    )
    assert got == ["Israel Katz", "Israel Katz", None]


def test_a_title_spelled_another_way_names_the_same_official() -> None:
    assert _speakers("The talks stalled, the defence minister said.", "2025-01-10") == [
        "Israel Katz"
    ]
    # several parties have a foreign minister: no name
    assert _speakers("The talks stalled, the foreign minister said.", "2025-01-10") == [None]


def test_an_office_of_a_person_and_a_person_quoted_by_a_medium() -> None:
    assert _speakers("The office of Benjamin Netanyahu said the envoys would leave.") == [
        "Benjamin Netanyahu's office"
    ]
    assert _speakers("A local paper quoted Antony Blinken as saying the envoys would leave.") == [
        "Antony Blinken"
    ]


def test_a_report_inside_a_relative_clause_does_not_stop_the_sources_report() -> None:
    got = _speakers(
        "The envoys arrived late, according to diplomats briefed on the visit.\n"
        "Each side wants the names of the people that the other side says were killed.\n"
        "No date is set, the diplomats said."
    )
    assert got[1] == "diplomats briefed on the visit"


def test_it_is_the_organisation_last_named_as_a_subject() -> None:
    text = "Hamas accused Israel of breaking the truce on Sunday.\nIt said the next exchange would wait."
    (doc,) = parse_selected([text], wants_parse)
    index = find_mentions(text, doc, "t.txt", Gazetteer.shared())
    atts, _q = attribute_sentences(text, _sentences(doc, text), index, "t.txt")
    assert atts[1] is not None and atts[1].actor == "hamas" and atts[1].speaker is None


def test_the_agent_of_a_passive_report_is_its_source() -> None:
    assert _speakers("The pause was announced by Qatar's foreign ministry on Tuesday.") == [
        "Qatar's foreign ministry"
    ]


def test_every_sentence_of_a_quotation_takes_its_speaker() -> None:
    got = _speakers(
        "Antony Blinken repeated his position, stating, “The offer stands. Nothing has "
        "changed since Friday.”"
    )
    assert got == ["Antony Blinken", "Antony Blinken"]


def test_with_a_person_set_off_before_saying_the_person_speaks() -> None:
    # "..., with X — a description — saying ...": X is the participle's subject
    got = _speakers(
        "Hamas rejected the proposal on Monday, with Osama Hamdan — a member of its political "
        "bureau — saying the group would never disarm."
    )
    assert got == ["Osama Hamdan"]
