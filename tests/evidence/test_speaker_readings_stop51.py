"""Speakers read in more of the ways news sets them out (issue 9, stop 51): a speaker set off
by a participle the parser hung the name on ("X, arriving in Y on Monday, said ..."); the
lines of a package's terms stated by whoever set them out, even when the presenter's own
party holds them; the lines after a lead-in ending in a colon stated by the lead-in's source
unless a line names its own; a list read whole adds no second stance to what its lines gave; the person whose
package it is ("X's proposal", "the plan drafted by X") states its terms.
Sentences written for these tests (no article text)."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def speakers(text: str) -> dict[tuple[str, str, str], str | None]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-02"))
    return {(c.actor, c.issue, c.stance): c.speaker for c in ex.claims}


def test_a_speaker_the_parser_gave_to_a_participle_speaks_the_report() -> None:
    # the sentence before changes how the parser hangs the name: on the participle
    got = speakers(
        "The army chief and the intelligence chief met the Qatari prime minister in Doha this "
        "week to explore a broader deal, a source briefed on the talks said.\n\n"
        "US Secretary of State Antony Blinken, arriving in Israel on Thursday, said Washington "
        "wanted the pause to go on so that more hostages could come home."
    )
    assert got[("united_states", "ceasefire", "demand")] == "Antony Blinken"


def test_the_lines_of_a_package_are_stated_by_its_presenter() -> None:
    got = speakers(
        "President Joe Biden on Friday laid out what he called an Israeli proposal to end the "
        'fighting. "It is time for this war to end," Biden said.\n\nStage one\n'
        "- A full ceasefire would take effect.\n"
        "- Israeli forces would pull back from populated areas of Gaza.\n"
    )
    lines = {k: v for k, v in got.items() if k[1] in ("ceasefire", "withdrawal")}
    assert lines and all(v == "Joe Biden" for v in lines.values())


def test_the_lines_after_a_lead_in_are_stated_by_its_source() -> None:
    got = speakers(
        "Qatar's foreign ministry said on Sunday that the parties had agreed the "
        "following steps:\n- Hamas will hand over three hostages before Friday.\n"
        "- Israel will allow the displaced to return to the north from Monday.\n"
    )
    assert got[("hamas", "hostage_release", "accept")] == "Qatar's foreign ministry"
    assert got[("israel", "displaced_return", "accept")] == "Qatar's foreign ministry"


def test_a_line_that_names_its_own_source_keeps_it() -> None:
    got = speakers(
        "Officials in Washington gave this account of where the parties stand:\n"
        "- Hamas said it will hand over the administration of Gaza.\n"
        "- Israel will allow 600 aid trucks a day into the Strip.\n"
    )
    assert got.get(("hamas", "hamas_rule", "offer")) != "Officials in Washington"


def test_a_list_read_whole_adds_no_second_stance_to_what_its_lines_gave() -> None:
    # the lead-in and its lines read as one sentence take the lines for the lead-in's
    # package; a line's own reading (a deal's term, accepted) is the one kept
    got = speakers(
        "Key points of the agreement, as set out by the mediators:\n"
        "1. The truce will begin on Sunday, 19 January.\n"
        "2. In return, Palestinian prisoners will be freed; for each woman soldier freed, "
        "Israel will free 50 prisoners.\n"
        "3. 600 aid trucks will be let into Gaza daily.\n"
    )
    assert ("israel", "prisoner_release", "accept") in got
    assert ("israel", "prisoner_release", "offer") not in got
    assert ("israel", "humanitarian_aid", "offer") not in got


@pytest.mark.parametrize(
    "text",
    [
        "The latest is the proposal of US envoy Steve Witkoff: a 60-day truce in Gaza.",
        "Witkoff's proposal, put to the sides in Doha, would extend the truce into April.",
        "Under the framework drafted by US envoy Steve Witkoff, the truce would last 60 days.",
        "Witkoff had proposed in early March that the truce be extended into April.",
    ],
)
def test_the_person_who_put_a_package_forward_states_its_terms(text: str) -> None:
    got = speakers(text)
    assert got[("united_states", "ceasefire", "offer")] == "Steve Witkoff"


def test_a_package_of_no_person_has_no_speaker_of_its_own() -> None:
    got = speakers("The US proposal would extend the truce into April.")
    assert got[("united_states", "ceasefire", "offer")] is None


def test_a_title_with_a_name_in_apposition_is_that_person() -> None:
    # a person the gazetteer does not know keeps the party the possessive names
    got = speakers(
        "Hamas called the move a breach of the signed deal. Its spokesman Karim Fadel said "
        "the movement rejects any extension of the truce in the old format."
    )
    assert got[("hamas", "ceasefire", "reject")] == "Karim Fadel"


def test_a_named_body_holding_a_position_states_it() -> None:
    # as "the Forum said it wants ..." would make it; a party named as itself has none
    got = speakers(
        "The Hostages and Missing Families Forum wants every remaining captive released "
        "at once. Hamas wants all prisoners released."
    )
    assert got[("hostage_families", "hostage_release", "demand")] == (
        "Hostages and Missing Families Forum"
    )
    assert got[("hamas", "prisoner_release", "demand")] is None


def test_a_live_pages_time_stamp_is_no_part_of_the_source() -> None:
    got = speakers("14:20 A Hamas statement welcomed the deal to end the war.")
    assert got[("hamas", "ceasefire", "accept")] == "a Hamas statement"


def test_an_owners_own_office_is_the_office() -> None:
    got = speakers(
        "Israeli Prime Minister Benjamin Netanyahu spoke on Sunday. The prime minister's own "
        "office insists that the war will not end until Hamas is destroyed."
    )
    # (the office as the text names it: its holder's name is not given to it anywhere)
    assert got[("israel", "hamas_rule", "demand")] == "prime minister's office"


@pytest.mark.parametrize(
    "owner", ["Israeli Prime Minister Benjamin Netanyahu office", "Netanyahu office"]
)
def test_an_office_named_without_a_possessive_is_its_owners(owner: str) -> None:
    got = speakers(f"{owner} said Israel will not withdraw from the corridor.")
    assert got[("israel", "withdrawal", "reject")] == "Benjamin Netanyahu's office"


def test_a_person_a_relative_clause_describes_states_its_position() -> None:
    got = speakers(
        "The talks were attended by Steve Witkoff, who has demanded the release of all hostages."
    )
    assert got[("united_states", "hostage_release", "demand")] == "Steve Witkoff"


def test_a_headlines_name_the_tagger_took_for_a_noun_still_speaks() -> None:
    got = speakers(
        "Trump warns of 'hell to pay' if hostages not freed before inauguration\n\n"
        "WASHINGTON - President-elect Donald Trump said on Monday there would be hell to pay."
    )
    assert got[("united_states", "hostage_release", "threat")] == "Donald Trump"


def test_a_report_set_off_inside_the_sentence_it_tells_covers_it() -> None:
    got = speakers(
        "Washington wants a pause of at least six weeks, a US official said, during which "
        "the wounded would be freed first."
    )
    assert got[("united_states", "ceasefire", "demand")] == "a US official"


def test_a_unit_named_by_a_proper_name_of_no_known_party_speaks_under_it() -> None:
    got = speakers(
        "In return, Israel is expected to release 90 women, the Palestinian Prisoners' Media "
        "Office said."
    )
    assert got[("israel", "prisoner_release", "accept")] == "Palestinian Prisoners' Media Office"


def test_his_office_is_the_office_of_the_one_person_named_just_before() -> None:
    got = speakers(
        'Prime Minister Benjamin Netanyahu last week dismissed the terms as "delusional". His '
        "office said on Tuesday that Israel would not agree to free thousands of prisoners."
    )
    assert got[("israel", "prisoner_release", "reject")] == "Benjamin Netanyahu's office"


def test_his_office_after_two_people_is_its_own_sentences_first() -> None:
    got = speakers(
        "Benjamin Netanyahu told Joe Biden in a call that Israel would return to the war once the "
        "pause ends, his office said."
    )
    assert "Joe Biden's office" not in got.values()
