"""Positions whose issue is named by a phrase rather than an issue noun (issue 9, stop 47), on
sentences written for these tests (no article text): a minister quitting the government over a
deal refuses it; "time for the war to end" asks for its end; restraint, flexibility and the
next phase are the truce's; a go-between in touch with both sides works for the deal; a truce
"will continue" is kept up by its parties; a war kept up until its aims are met refuses its end;
the group's governing and its capabilities are its rule."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims_of(text: str) -> list:
    return extract_document(Document(name="t.txt", text=text, published="2025-01-20")).claims


def claims(text: str) -> set[tuple[str, str, str]]:
    return {(c.actor, c.issue, c.stance) for c in claims_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Smotrich warned on Sunday that he would topple the coalition if fighting is not resumed.",
        "Ben-Gvir said his party will quit the government should the agreement pass.",
        "Two ministers threatened to bring down Netanyahu's government if the deal went ahead.",
    ],
)
def test_quitting_the_government_over_a_deal_refuses_it(text: str) -> None:
    assert ("israel", "ceasefire", "reject") in claims(text)


def test_leaving_the_government_for_another_reason_refuses_nothing() -> None:
    got = claims("Smotrich said he would leave the government next year to run for mayor.")
    assert ("israel", "ceasefire", "reject") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        '"It is time for this terrible war to end," Biden told reporters.',
        "Harris said the time has come for the fighting to stop.",
    ],
)
def test_time_for_the_war_to_end_asks_for_its_end(text: str) -> None:
    assert ("united_states", "ceasefire", "demand") in claims(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Egypt urged the utmost restraint from both sides.", "egypt"),
        ("Qatar called on the two parties to show more flexibility.", "qatar"),
        ("Qatar wants the parties to proceed to the next stage without delay.", "qatar"),
        ("Egyptian officials remain in close contact with both sides, Cairo said.", "egypt"),
    ],
)
def test_restraint_flexibility_next_stage_and_contact_are_the_truce(text: str, actor: str) -> None:
    assert (actor, "ceasefire", "demand") in claims(text)


def test_a_truce_between_two_parties_that_will_continue_is_accepted_by_both() -> None:
    got = claims("The truce between Israel and Hamas will continue for two more days, Qatar said.")
    assert {("israel", "ceasefire", "accept"), ("hamas", "ceasefire", "accept")} <= got, got


def test_a_truce_that_continued_or_will_not_continue_is_no_acceptance() -> None:
    got = claims("The truce between Israel and Hamas will not continue, Qatar said.")
    assert ("hamas", "ceasefire", "accept") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        'Netanyahu said: "We will fight on until all of our war goals are met."',
        "Israel will not end this war without achieving every one of its goals, Katz said.",
    ],
)
def test_a_war_kept_up_until_its_aims_are_met_refuses_its_end(text: str) -> None:
    assert ("israel", "ceasefire", "reject") in claims(text)


def test_the_groups_capabilities_are_its_rule() -> None:
    got = claims("Gallant demanded the destruction of Hamas's military and governing capabilities.")
    assert ("israel", "hamas_rule", "demand") in got, got


def test_one_soldier_set_free_is_the_hostages_release() -> None:
    got = claims(
        "Hamas said it had agreed to a new proposal from mediators to free Amos Levi, "
        "a 20-year-old Israeli soldier."
    )
    assert ("hamas", "hostage_release", "accept") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Israel held back the 400 Palestinian prisoners due to leave Ketziot on Saturday.",
        "Israel is withholding the detainees, a spokesman said.",
    ],
)
def test_holding_back_prisoners_refuses_their_release(text: str) -> None:
    assert ("israel", "prisoner_release", "reject") in claims(text)


def test_force_kept_in_reserve_threatens_the_truce() -> None:
    got = claims(
        "Katz said Israel reserves the right to go back to fighting if the talks collapse."
    )
    assert ("israel", "ceasefire", "threat") in got, got


def test_whom_a_call_addresses_is_not_the_caller() -> None:
    got = claims("The ministry called on Israel to exercise maximum restraint.")
    assert ("israel", "ceasefire", "demand") not in got, got
    got = claims("Egypt called on Israel to exercise maximum restraint.")
    assert ("egypt", "ceasefire", "demand") in got, got


def test_sources_described_by_what_they_know_hold_no_position() -> None:
    got = claims(
        "Under the outline, the guns would fall silent for a month while 40 hostages are freed "
        "in return for prisoners, two diplomats familiar with the text said."
    )
    assert not {c for c in got if c[0] == "unattributed"}, got


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Hamas said it will release 12 more on Sunday.", ("hamas", "hostage_release", "accept")),
        ("Israel said it would free the rest next week.", ("israel", "prisoner_release", "accept")),
    ],
)
def test_people_named_by_no_noun_are_the_reporters_own_release(
    text: str, claim: tuple[str, str, str]
) -> None:
    assert claim in claims(text)


@pytest.mark.parametrize("pronoun", ["it", "that", "that offer"])
def test_turning_down_with_the_object_between_rejects(pronoun: str) -> None:
    got = claims(f"Qatar proposed a 60-day truce. Hamas turned {pronoun} down.")
    assert ("hamas", "ceasefire", "reject") in got, got


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Jordan called for an immediate ceasefire.", ("unattributed", "ceasefire", "demand")),
        ("The UN Security Council endorsed the plan.", ("unattributed", "ceasefire", "accept")),
        (
            "Pakistan urged the mediators to press Israel to let food into the Strip.",
            ("unattributed", "humanitarian_aid", "demand"),
        ),
    ],
)
def test_a_named_holder_of_no_party_is_unattributed(text: str, claim: tuple[str, str, str]) -> None:
    got = claims(text)
    assert claim in got and not {c for c in got if c[0] == "israel"}, got
    assert {c.speaker for c in claims_of(text) if c.actor == "unattributed"} != {None}


def test_outsiders_come_from_the_vocabulary_file() -> None:
    from accord.evidence import vocab

    assert "Security Council" in vocab.actors().outsiders


def test_a_party_supposed_to_free_people_is_their_releaser() -> None:
    got = claims("Hamas was supposed to release eight people on Thursday.")
    assert ("hamas", "hostage_release", "accept") in got, got


def test_people_due_to_be_freed_under_terms_are_their_release() -> None:
    got = claims(
        "Israel and Hamas agreed on a truce last week. Under the terms, four living hostages "
        "are due to be freed on Sunday, and Israel is to release 120 prisoners."
    )
    assert ("hamas", "hostage_release", "accept") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Egypt will not accept any Israeli presence at the Kerem Shalom crossing.",
        "Egypt would never allow Israeli forces along its border.",
    ],
)
def test_refusing_the_others_presence_asks_for_their_withdrawal(text: str) -> None:
    assert ("egypt", "withdrawal", "demand") in claims(text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ('A Hamas spokesman said its weapons are "not up for negotiation".', "reject"),
        ("Hamas said the arms remain a red line until a state is established.", "condition"),
    ],
)
def test_weapons_off_the_table_or_a_red_line_are_the_groups_rule(text: str, stance: str) -> None:
    assert ("hamas", "hamas_rule", stance) in claims(text)


def test_a_release_a_party_is_expected_to_make_is_its_term() -> None:
    got = claims("Israel is expected to release 90 Palestinian prisoners on Sunday.")
    assert ("israel", "prisoner_release", "accept") in got, got
    assert not claims("Hamas is expected to study the proposal.")
