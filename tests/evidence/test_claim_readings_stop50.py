"""Deal terms read in more of the ways news sets them out (issue 9, stop 50): "Under the first
phase, ..." (a stage named by its rank alone) opens the terms of the deal the text is about;
a range ("between 990 and 1,650 prisoners") names its people like a single figure; the
reporter of "the terms as described by the mediators" does not table them. Sentences
written for these tests (no article text)."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def stances(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-01-16"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


@pytest.mark.parametrize("stage", ["first phase", "second stage", "final phase"])
def test_a_stage_named_by_its_rank_opens_the_deals_terms(stage: str) -> None:
    got = stances(f"Under the {stage}, Hamas will hand over 12 hostages, a diplomat said.")
    assert ("hamas", "hostage_release", "accept") in got


def test_a_stage_of_a_named_package_is_not_taken_for_a_deal() -> None:
    got = stances("Under the first phase of the Qatari plan, Hamas would free 12 hostages.")
    assert ("hamas", "hostage_release", "accept") not in got


@pytest.mark.parametrize("low,high", [("700", "1,200"), ("990", "1,650")])
def test_a_range_of_prisoners_names_the_release(low: str, high: str) -> None:
    got = stances(
        f"Under the deal, Israel will free between {low} and {high} Palestinian prisoners."
    )
    assert ("israel", "prisoner_release", "accept") in got


def test_terms_as_described_by_the_mediators_are_not_their_package() -> None:
    got = stances(
        "Egypt announced on Monday that Israel and Hamas had reached an agreement. Here are "
        "the main terms as described by the mediators.\n\n- Hamas will free 20 hostages."
    )
    assert ("hamas", "hostage_release", "accept") in got
    assert not {("egypt", "hostage_release", "offer"), ("qatar", "ceasefire", "offer")} & got


@pytest.mark.parametrize("verb", ["obliges", "commits", "binds"])
def test_a_deal_that_binds_a_party_to_an_act_gives_its_term(verb: str) -> None:
    got = stances(f"The deal {verb} Hamas to return the bodies of 12 hostages.")
    assert ("hamas", "bodies_return", "accept") in got


def test_mediators_holding_talks_give_no_guarantee() -> None:
    got = stances(
        "Under the deal, Hamas will free 20 hostages. Qatar, Egypt and the United States will "
        "continue technical talks in Doha this week, officials said."
    )
    assert not any(issue == "security_guarantees" for _a, issue, _s in got)


def test_a_hyphenated_name_is_the_whole_speaker() -> None:
    ex = extract_document(
        Document(
            name="t.txt",
            text="Israel's far-right National Security Minister Itamar Ben-Gvir said aid should "
            "be halted until all the bodies were returned.",
            published="2025-02-20",
        )
    )
    assert ex.claims and {c.speaker for c in ex.claims} == {"Itamar Ben-Gvir"}


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister said Israeli troops must stay in the Philadelphi corridor.",
        "Israeli officials insist on keeping control of the Philadelphi corridor.",
        "Israel said the army would go on holding the Netzarim corridor.",
    ],
)
def test_forces_kept_where_they_are_refuse_the_withdrawal(text: str) -> None:
    assert ("israel", "withdrawal", "reject") in stances(text)


def test_goods_stopped_from_entering_is_the_aid_refused() -> None:
    got = stances("Israel has stopped all goods from entering the Strip.")
    assert ("israel", "humanitarian_aid", "reject") in got


@pytest.mark.parametrize(
    "text",
    [
        '"The weapons of the resistance are a red line," a Hamas official said.',
        'A Hamas official said handing over weapons was "out of the question".',
    ],
)
def test_weapons_kept_refuse_disarmament(text: str) -> None:
    assert ("hamas", "hamas_rule", "reject") in stances(text)


def test_a_consequence_the_subject_will_have_to_pay_is_the_speakers_threat() -> None:
    got = stances(
        'The US president told reporters that Hamas will have "hell to pay" if it is not '
        "giving up weapons soon."
    )
    assert ("united_states", "hamas_rule", "threat") in got
    assert ("hamas", "hamas_rule", "threat") not in got


def test_a_threat_with_a_longer_adverbial_is_read() -> None:
    got = stances(
        'The office said Israel "will from now on act against Hamas with increasing military '
        'strength".'
    )
    assert ("israel", "ceasefire", "threat") in got


def test_a_deal_within_reach_said_by_a_mediator_is_its_aim() -> None:
    got = stances('The US secretary of state said an agreement is "still within reach".')
    assert ("united_states", "ceasefire", "demand") in got


def test_a_deal_within_reach_on_a_condition_is_the_sources_condition() -> None:
    got = stances("Hamas said a deal is within reach if Israel stops adding conditions.")
    assert ("hamas", "ceasefire", "condition") in got


def test_according_to_the_framework_keeps_the_package_tabled() -> None:
    got = stances(
        "Egypt and Qatar presented a new framework to the two sides on Monday. According to "
        "the framework, around 35 hostages will be freed in exchange for Palestinian prisoners."
    )
    assert {("egypt", "hostage_release", "offer"), ("qatar", "prisoner_release", "offer")} <= got


def test_he_after_an_unnamed_source_in_the_same_sentence_is_that_source() -> None:
    ex = extract_document(
        Document(
            name="t.txt",
            text="Majed al-Ansari, the Qatari spokesman, said the pause would go on. An Israeli "
            "government spokesman said Israel will welcome any extension, but he warned that "
            "the military operation will resume when the pause is over.",
            published="2023-11-27",
        )
    )
    israel = [c for c in ex.claims if c.actor == "israel"]
    assert israel and {c.speaker for c in israel} == {"an Israeli government spokesman"}


@pytest.mark.parametrize(
    "text",
    [
        "Israel proposed extending the first phase. Hamas called it an attempt to evade the "
        "agreement.",
        "Hamas calls the envoy's scheme an attempt to dodge the signed agreement.",
    ],
)
def test_a_package_called_a_way_out_of_the_deal_is_rejected(text: str) -> None:
    assert ("hamas", "ceasefire", "reject") in stances(text)


@pytest.mark.parametrize(
    "text",
    [
        "Netanyahu decided to overturn the ceasefire deal.",
        "Israel scrapped the ceasefire agreement on Tuesday.",
        "Israel tore up the truce agreement.",
    ],
)
def test_a_deal_let_go_of_is_rejected(text: str) -> None:
    assert ("israel", "ceasefire", "reject") in stances(text)


def test_a_deal_not_let_go_of_is_not_rejected() -> None:
    assert ("israel", "ceasefire", "reject") not in stances(
        "Israel said it would not abandon the deal."
    )


def test_a_warning_naming_nothing_backs_the_demand_just_before() -> None:
    got = stances(
        "The US president demanded that Hamas release all the hostages by Saturday noon. "
        '"If not, there will be hell to pay," he warned.'
    )
    assert ("united_states", "hostage_release", "threat") in got


def test_a_warning_naming_nothing_takes_no_issue_from_another_party() -> None:
    got = stances(
        "Hamas said it would release three hostages on Saturday. Netanyahu warned of consequences."
    )
    assert not any(stance == "threat" for _a, _i, stance in got)


def test_a_charge_of_not_pressing_is_no_warning() -> None:
    got = stances(
        "Qatar demanded a permanent ceasefire. Israeli officials accused Qatar of not "
        "pressing Hamas hard enough."
    )
    assert ("qatar", "ceasefire", "threat") not in got


@pytest.mark.parametrize(
    "text",
    [
        "The US president said his goal was to keep the pause going as long as hostages kept "
        "coming out.",
        "A US official said Washington wanted the pause to run as long as hostages kept coming out.",
    ],
)
def test_how_long_a_wished_pause_should_last_is_no_condition(text: str) -> None:
    got = stances(text)
    assert ("united_states", "ceasefire", "demand") in got
    assert ("united_states", "ceasefire", "condition") not in got


def test_a_pause_that_can_last_as_long_as_something_happens_is_conditioned() -> None:
    got = stances("Israel said the pause could continue as long as hostages kept coming out.")
    assert ("israel", "ceasefire", "condition") in got


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said Netanyahu had rejected the proposal.",
        "Netanyahu rejected the proposal, Hamas said.",
    ],
)
def test_a_person_s_position_reported_by_another_party_is_spoken_by_that_party(
    text: str,
) -> None:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-03-18"))
    israel = [c for c in ex.claims if c.actor == "israel"]
    assert israel and {c.speaker for c in israel} == {"Hamas"}
