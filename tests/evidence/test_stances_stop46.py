"""Claims and threats read in stop 46. Invented texts.

- "did not commit to any truce", "has not yet committed itself to a withdrawal": a refusal;
  "is committed to a truce" stays an aim, "remains committed to the agreement" an acceptance;
- "will continue to work for a full truce", "is working towards a truce": what the effort is
  for is sought (a demand of whoever works for it); working for an organisation is not;
- force announced ("will act against X with increasing military strength"), the war said to
  come back ("would return to its offensive once the pause ends") and a right to go back to
  fighting kept, refusals held to a bar ("without", "while X remains", "no more ... until")
  and halts kept until a demand is met: threat events; a past strike "with full force" is none;
- "with the aim of" a truce seeks it; a refusal "while X remains" is a condition and asks for
  the state's end; "hand back" and "give back" release what they name;
- obligations unmet in any tense are accusations; an envoy meeting a family is a meeting; a
  deal's listed term with a day of its own is scheduled; a ledger or timeline below a plan's
  terms is none of them;
- attribution: a plan's listed terms take the lead-in's source, a quote keeps its own unknown
  source, "its officials" speak for the organisation before, a state's formal name is no
  person, "he" after a title subject is the office's holder, a speaker ends at a colon.
"""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def _extract(text: str, published: str = "2024-11-27") -> object:
    return extract_document(Document("a.txt", text, published=published))


def _claims(sentence: str) -> set[tuple[str, str, str]]:
    return {(c.actor, c.issue, c.stance) for c in _extract("News\n\n" + sentence + "\n").claims}


@pytest.mark.parametrize(
    ("sentence", "issue"),
    [
        ("Israel did not commit to any ceasefire, officials said.", "ceasefire"),
        ("Israel has not committed to a ceasefire, officials said.", "ceasefire"),
        ("Israel has not yet committed itself to a withdrawal, officials said.", "withdrawal"),
    ],
)
def test_a_commitment_denied_is_a_refusal(sentence: str, issue: str) -> None:
    assert _claims(sentence) == {("israel", issue, "reject")}


def test_a_commitment_stated_is_not_a_refusal() -> None:
    assert _claims("Israel is committed to a ceasefire, officials said.") == {
        ("israel", "ceasefire", "demand")
    }


def test_working_for_a_truce_seeks_it() -> None:
    assert _claims("Qatar said it will continue to work for a full ceasefire.") == {
        ("qatar", "ceasefire", "demand")
    }
    assert _claims("Egypt is working towards a ceasefire, its foreign minister said.") == {
        ("egypt", "ceasefire", "demand")
    }


def test_working_for_an_organisation_seeks_nothing() -> None:
    assert _claims("He worked for the Red Cross in Gaza before the war.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        '"From now on, Israel will act against Hamas with increasing military strength," the'
        " office said.",
        'Gallant said the army would go back to its campaign "with full force".',
        "Gallant said the army would return to its offensive once the pause ends.",
        "Netanyahu said Israel keeps the right to go back to fighting if the talks fail.",
        # a refusal held to a bar, a halt kept until a demand is met
        "Hamas said it will not free the last abductees without a full Israeli withdrawal.",
        "Hamas said it will not free the last abductees while Israeli troops remain in Vale.",
        "The office said no more would be freed until the ceremonies stop.",
        "Alder will hold back the release of 110 inmates until it gets those assurances.",
        "Qatar has told both sides it will stop mediating a truce until they show seriousness.",
        "The office said fighting would not stop until Vale supplied the names of the women.",
    ],
)
def test_force_or_war_announced_and_refusals_held_to_a_bar_are_threats(sentence: str) -> None:
    assert "threat" in [e.type for e in _extract("News\n\n" + sentence + "\n").events]


def test_force_used_is_no_threat() -> None:
    events = _extract("News\n\nThe army struck with full force on Tuesday.\n").events
    assert "threat" not in [e.type for e in events]


def test_an_envoy_meeting_a_family_is_a_meeting() -> None:
    events = _extract("News\n\nThe US envoy met Alexander's family in Vale on Monday.\n").events
    assert [e.type for e in events] == ["meeting"]


def test_a_past_refusal_while_something_lasted_is_no_threat() -> None:
    events = _extract(
        "News\n\nHamas did not free the abductees while the fighting continued.\n"
    ).events
    assert "threat" not in [e.type for e in events]


def test_a_plans_terms_listed_after_a_sourced_lead_in_take_its_source() -> None:
    text = (
        "Explainer\n\n"
        "The president on Friday went public with what he called an Israeli proposal to end"
        " the war. Here is what the plan contains, according to the White House.\n\n"
        "Phase one\n"
        "- A full and complete ceasefire.\n"
        "- Israeli forces would pull out of all populated areas of Gaza.\n"
        "- Remains of some abductees would be handed back to their families.\n"
    )
    listed = [c for c in _extract(text).claims if c.evidence.text.startswith("- ")]
    assert listed and all(c.actor == "israel" for c in listed)
    assert {c.speaker for c in listed} == {"White House"}


LEDGER_AFTER_PLAN = (
    "Explainer\n\n"
    "The president laid out what he called an Israeli proposal to end the war.\n\n"
    "Phase one\n"
    "- A full and complete ceasefire.\n"
    "- Abductees to be freed in phase one: 33\n\n"
    "Key numbers\n"
    "Hostages taken on October 7: 251\n"
    "Hostages released in the November truce: 105\n"
    "- 24 November 2023: a four-day pause begins.\n"
)


def test_a_ledger_or_timeline_below_a_plans_terms_is_no_term() -> None:
    claims = _extract(LEDGER_AFTER_PLAN, "2024-06-03").claims
    lines = {c.evidence.text for c in claims}
    assert "Hostages released in the November truce: 105" not in lines
    assert "- 24 November 2023: a four-day pause begins." not in lines
    assert any(c.evidence.text.startswith("- Abductees to be freed") for c in claims)


def test_a_quote_with_its_own_unknown_source_is_not_given_someone_named_before() -> None:
    text = (
        "News\n\nBlinken met leaders in Tel Aviv on Thursday.\n\n"
        '"Israel will not permit a ceasefire without the release of our abductees," the'
        " committee said.\n"
    )
    ex = _extract(text)
    assert [q.speaker for q in ex.quotes if q.direct] == [None]
    assert all(c.speaker != "Antony Blinken" for c in ex.claims)


def test_a_quote_said_by_a_pronoun_still_finds_its_speaker() -> None:
    text = (
        "News\n\nAntony Blinken spoke to reporters in Tel Aviv on Thursday.\n\n"
        '"There is a lot of work still to do on the truce," he said.\n'
    )
    assert [q.speaker for q in _extract(text).quotes if q.direct] == ["Antony Blinken"]


def test_talks_kept_up_with_the_aim_of_a_truce_seek_it() -> None:
    assert _claims(
        "Qatar's foreign ministry said negotiations with both sides were continuing with the aim"
        " of getting back to the pause."
    ) == {("qatar", "ceasefire", "demand")}


def test_its_officials_speak_for_the_organisation_named_before() -> None:
    text = (
        "News\n\nHamas has rejected the offer. Its officials say any agreement must end the war"
        " and lead to a full withdrawal.\n"
    )
    claims = _extract(text).claims
    said = {(c.actor, c.issue, c.stance, c.speaker) for c in claims}
    # (stop 49: the pronoun is written as the party it stands for)
    assert ("hamas", "withdrawal", "demand", "Hamas's officials") in said
    assert ("hamas", "ceasefire", "reject", None) in said  # the party's own act, unsourced
    assert not any(c.actor == "unattributed" for c in claims)


def test_a_term_with_a_day_of_its_own_is_scheduled() -> None:
    text = (
        "News\n\nDoha - Qatar announces that the two parties have reached an agreement.\n\n"
        "Key points of the agreement:\n"
        "1. The ceasefire will take effect on Sunday, 19 January 2025.\n"
        "2. During the first phase, 33 abductees will be freed.\n"
    )
    events = _extract(text, "2025-01-15").events
    assert [(e.type, e.date, e.mode) for e in events if e.type != "acceptance"] == [
        ("ceasefire_start", "2025-01-19", "planned")
    ]


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        (
            'The office says Hamas "did not meet its obligation to free all the women".',
            "accusation",
        ),
        ("The army said Hamas had not honoured its commitments.", "accusation"),
        (
            "He said that Israeli troops have been ordered to prepare an operation in Vale.",
            "threat",
        ),
    ],
)
def test_obligations_unmet_and_troops_told_to_prepare(sentence: str, etype: str) -> None:
    assert etype in [e.type for e in _extract("News\n\n" + sentence + "\n").events]


def test_the_fighters_one_side_holds_are_its_prisoners_and_remains_handed_back() -> None:
    said = _claims(
        'Netanyahu said Israel "will not withdraw the IDF from Vale and we will not release'
        ' thousands of terrorists".'
    )
    assert ("israel", "prisoner_release", "reject") in said
    assert _claims("Israel demanded that Hamas give back the remains.") == {
        ("israel", "bodies_return", "demand")
    }


def test_efforts_whose_aim_the_parser_hangs_as_a_relative_clause_seek_it() -> None:
    said = _claims(
        "Qatar's foreign ministry says mediators are continuing contacts to restore the pause."
    )
    assert ("qatar", "ceasefire", "demand") in said


def test_a_states_formal_name_is_no_person() -> None:
    text = (
        "News\n\nThe State of Qatar, the Arab Republic of Egypt and the United States of America"
        " announce that the two parties have reached an agreement on a ceasefire.\n"
    )
    ex = _extract(text, "2025-01-15")
    assert "Arab Republic" not in {c.speaker for c in ex.claims}
    assert {m.actor for m in ex.mentions} >= {"qatar", "united_states"}


def test_he_after_a_title_subject_is_the_office_holder_not_a_name_before() -> None:
    text = (
        "News\n\nThe families marched for Hersh Goldberg-Polin.\n\n"
        "On Monday night the prime minister stood with a map and explained why the corridor"
        " matters. Israel, he said, will not leave the border strip between Gaza and Egypt.\n"
    )
    claims = _extract(text, "2024-09-03").claims
    assert {c.speaker for c in claims if c.issue == "withdrawal"} == {"Benjamin Netanyahu"}


def test_a_refusal_while_a_state_lasts_is_a_condition_and_asks_for_its_end() -> None:
    said = _claims(
        "An Alder official said Israel would not commit to ending the war while Hamas remains in"
        " power in Vale."
    )
    assert ("israel", "ceasefire", "condition") in said
    assert ("israel", "hamas_rule", "demand") in said
    assert ("israel", "ceasefire", "reject") not in said
    assert _claims(
        "Hamas said it will not give up its weapons while the occupation continues."
    ) == {("hamas", "hamas_rule", "condition")}


def test_a_ledger_line_of_remains_to_be_returned_is_planned() -> None:
    text = "The numbers\nTaken on October 7, 2023: 251\nDeceased abductees to be returned: 28\n"
    counts = _extract(text, "2025-10-20").counts
    assert ("bodies_returned", 28, "planned") in [(c.quantity, c.value, c.mode) for c in counts]


def test_a_source_before_a_colon_does_not_take_the_list_after_it() -> None:
    text = (
        "News\n\n08:30 - What Hamas asked for, according to a draft seen by news agencies and"
        " confirmed by two officials: a ceasefire of 135 days in three stages of 45 days,"
        " withdrawal of Israeli troops from the whole Gaza Strip.\n"
    )
    assert {c.speaker for c in _extract(text, "2024-02-08").claims} == {"two officials"}


def test_she_after_a_title_subject_is_not_given_an_office_holder_of_no_known_gender() -> None:
    text = (
        "News\n\nThe families marched for Hersh Goldberg-Polin.\n\n"
        "On Monday night the prime minister stood with a map and explained why the corridor"
        " matters. Israel, she said, will not leave the border strip between Gaza and Egypt.\n"
    )
    speakers = {c.speaker for c in _extract(text, "2024-09-03").claims if c.issue == "withdrawal"}
    assert "Benjamin Netanyahu" not in speakers
