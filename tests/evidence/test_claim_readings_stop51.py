"""Claims read in more of the ways news sets them out (issue 9, stop 51): a party asked to
accept a package ("X laid out a plan to end the war, and urged Y to take it") is the
urger's demand for the package, also where the sentence names issues of the package's own.
Sentences written for these tests (no article text)."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def stances(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-02"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


@pytest.mark.parametrize(
    "ask",
    ["urged Hamas to take it", "called on Hamas to accept it", "urging Hamas to take the deal"],
)
def test_urging_a_party_to_accept_a_package_demands_it(ask: str) -> None:
    got = stances(
        f"President Joe Biden on Friday laid out what he called an Israeli proposal to end the "
        f"fighting, and {ask}."
    )
    assert ("united_states", "ceasefire", "demand") in got
    assert ("israel", "ceasefire", "offer") in got


def test_urging_not_to_accept_is_no_demand() -> None:
    got = stances(
        "The minister set out his objections to the plan to end the fighting, and urged the "
        "cabinet not to accept it."
    )
    assert ("israel", "ceasefire", "demand") not in got


def test_going_back_to_fighting_if_terms_are_breached_is_a_threat() -> None:
    got = stances(
        'Defence Minister Israel Katz warned that Israel will go back to fighting "with full '
        'force" if Hamas breaches the terms.'
    )
    assert ("israel", "ceasefire", "threat") in got


def test_bodies_that_must_come_back_are_asked_for() -> None:
    got = stances("Prime Minister Benjamin Netanyahu's office said all 28 bodies must come back.")
    assert ("israel", "bodies_return", "demand") in got


def test_refusing_a_deal_that_lacks_an_issue_sets_it_as_a_condition() -> None:
    # a conditional refusal (../shared/news/README.md): refusing what lacks X requires X
    got = stances(
        "Al-Hayya said the movement will not sign any agreement that does not end the war."
    )
    assert ("hamas", "ceasefire", "condition") in got
    assert ("hamas", "ceasefire", "reject") not in got


def test_a_right_to_resume_fighting_in_quotation_marks_is_a_threat() -> None:
    got = stances('Netanyahu said Israel "reserves the right" to resume fighting if talks fail.')
    assert ("israel", "ceasefire", "threat") in got


def test_an_aside_between_the_one_told_and_the_act_keeps_the_demand() -> None:
    got = stances(
        "On Wednesday Donald Trump told Hamas, in capital letters, to release all of the "
        "hostages now."
    )
    assert ("united_states", "hostage_release", "demand") in got


@pytest.mark.parametrize("verb", ["ends", "will end"])
def test_a_war_that_ends_only_when_asks_for_the_when(verb: str) -> None:
    got = stances(f"Israel's government says the war {verb} only when Hamas is disarmed.")
    assert ("israel", "ceasefire", "condition") in got
    assert ("israel", "hamas_rule", "demand") in got
    assert not any(actor == "hamas" for actor, _i, _s in got)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar urged Israel to start negotiations without delay.",
        "Qatar urged Israel to open negotiations with Hamas.",
    ],
)
def test_talks_a_party_is_urged_to_open_are_sought(text: str) -> None:
    assert ("qatar", "ceasefire", "demand") in stances(text)
