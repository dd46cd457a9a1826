"""Modes of events read from the clause (issue 9, fifth pass), from invented news sentences:
an obligation ("must be returned", "has to release") is demanded and logs no happening; talks
that are the subject of a verb of planning ("talks are expected to resume") are scheduled;
verbs that were missing from the classes (reconvening, backing or welcoming a proposal)."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def events(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-10"))
    return [(e.type, e.mode) for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "The White House said the hostages must be returned by Saturday.",
        "Hamas has to release the hostages before the deadline.",
        "The talks must continue, Egypt said.",
    ],
)
def test_an_obligation_is_no_happening(text: str) -> None:
    assert not [e for e in events(text) if e[0] in ("release", "talks")]


@pytest.mark.parametrize(
    "text",
    [
        "Talks are expected to resume on Thursday.",
        "A final round of negotiations is planned in Cairo before the end of next week.",
        "Negotiators will reconvene in Cairo next week.",
    ],
)
def test_scheduled_talks_are_planned(text: str) -> None:
    assert ("talks", "planned") in events(text)


def test_a_past_release_stays_actual() -> None:
    assert ("release", "actual") in events("Hamas released three hostages on Saturday.")


@pytest.mark.parametrize("text", ["Hamas welcomed the proposal.", "Hamas has backed the plan."])
def test_backing_a_proposal_is_an_acceptance(text: str) -> None:
    assert ("acceptance", "actual") in events(text)


def test_welcoming_a_readiness_is_no_acceptance() -> None:
    got = events("The premier welcomed Egypt's readiness to facilitate an agreement.")
    assert ("acceptance", "actual") not in got


def event_actors(text: str) -> list[list[str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-10"))
    return [e.actors for e in ex.events]


def test_the_mediators_as_a_group_are_the_event_s_actors() -> None:
    (actors,) = event_actors("The mediators presented a bridging proposal to both sides.")
    assert set(actors) == {"qatar", "egypt", "united_states"}


def test_mediators_qualified_by_parties_are_only_those() -> None:
    (actors,) = event_actors("Qatari and Egyptian mediators presented a new proposal.")
    assert "united_states" not in actors


def test_offering_a_plan_is_a_proposal() -> None:
    assert ("proposal", "actual") in events("Egypt offered a new plan on Sunday.")


def test_convening_a_round_is_scheduled_talks_and_a_cabinet_convened_is_a_meeting() -> None:
    assert ("talks", "planned") in events(
        "Mediators are set to convene a final round in Cairo next week."
    )
    # a cabinet sitting is a meeting (the development gold's "Cabinet meeting"), not talks
    assert events("The security cabinet convened on Sunday.") == [("meeting", "actual")]


def test_the_intelligence_agency_stands_for_its_state() -> None:
    (actors,) = event_actors("The CIA director traveled to Doha to meet Qatar's prime minister.")
    assert "united_states" in actors


@pytest.mark.parametrize(
    "text",
    [
        "Hamas charged that Israel had failed to honour its commitments.",
        "Hamas held Netanyahu responsible for the lives of the hostages.",
    ],
)
def test_more_ways_of_accusing(text: str) -> None:
    assert ("accusation", "actual") in events(text)


def test_a_truce_that_held_accuses_no_one() -> None:
    assert not events("The truce held for two weeks, but no one was responsible for the delay.")


def test_a_vote_to_approve_is_the_approval_but_a_vote_to_release_is_not_a_release() -> None:
    assert ("acceptance", "actual") in events("The security cabinet voted to approve the deal.")
    assert ("release", "actual") not in events("The cabinet voted on Friday to free 50 prisoners.")


def test_talks_that_would_not_resume_are_rejected_but_a_war_that_would_not_resume_is_not() -> None:
    assert "rejection" in [
        t for t, _m in events("Hamas said talks would not resume until the strikes stop.")
    ]
    assert "rejection" not in [
        t for t, _m in events("Hamas wants guarantees that Israel would not resume the war.")
    ]


def test_accepting_under_within_or_upon_is_a_time_to_come_not_an_acceptance() -> None:
    for text in (
        "Within 72 hours of Israel publicly accepting the deal, all hostages are to be returned.",
        "Upon Hamas signing the agreement, the hostages will be freed.",
    ):
        ex = extract_document(Document(name="t.txt", text=text, published="2025-09-30"))
        assert not [c for c in ex.claims if c.stance == "accept" and c.mode == "actual"], text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The group has only three days to respond, the envoy told reporters.", "threat"),
        ("The government reserved the right to resume the fighting if talks fail.", "threat"),
        ("Egypt was in close contact with both parties, its spokesman said.", "talks"),
        ("The envoy said he would try to bridge the remaining gaps this week.", "talks"),
        ("The premier called the group's counterproposal delusional.", "rejection"),
        ("The delegation left for Vienna on Tuesday evening.", "talks"),
        ("The government said it would send a negotiating team to Vienna.", "talks"),
        ("The emirate suspended its role as a mediator.", "threat"),
        ("Under the deal brokered by the emirate, the group is to free ten people.", "talks"),
        ("The agreement is set to take effect on Sunday morning.", "ceasefire_start"),
        ("The delay ended through the emirate's contacts with both sides.", "talks"),
    ],
)
def test_general_usage_deadlines_contacts_and_dismissals(text: str, kind: str) -> None:
    assert kind in [t for t, _m in events(text)]
