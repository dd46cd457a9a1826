"""Events that survive paraphrase (issue 9, events on unseen news): a happening told with
another verb of its class (PLOVER/CAMEO sense), in the passive, as a noun or as scheduled keeps
its type, mode and agent. Invented sentences; places are made up, the parties are the
vocabulary's actors (``data/actors.yaml``) so that the agent can be checked."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def events(text: str) -> list[tuple[str, str, frozenset[str]]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-10"))
    return [(e.type, e.mode, frozenset(e.actors)) for e in ex.events]


def has(text: str, etype: str, mode: str, agent: str | None) -> bool:
    return any(
        t == etype and m == mode and (agent is None or agent in who) for t, m, who in events(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hamas set free four captives in Pelmo on Saturday.",
        "Four captives were set free by Hamas on Saturday.",
        "Hamas carried out the release of four captives on Saturday.",
        "Hamas completed the freeing of four captives on Saturday.",
    ],
)
def test_a_release_in_other_words(text: str) -> None:
    assert has(text, "release", "actual", "hamas")


@pytest.mark.parametrize(
    "text",
    [
        "Israeli forces hit a house in Pelmo on Friday.",
        "Israeli troops pounded the outskirts of Pelmo overnight.",
        "Israeli troops extracted two captives from Pelmo on Monday.",
        "Israeli troops recovered two captives alive in Pelmo on Monday.",
        "Eight people were slain in an Israeli strike on Pelmo on Friday.",
    ],
)
def test_a_strike_or_rescue_in_other_words(text: str) -> None:
    assert has(text, "military_operation", "actual", "israel")


def test_a_hit_that_is_no_strike() -> None:
    got = events("The talks hit a snag in Valdoria on Friday.")
    assert not [e for e in got if e[0] == "military_operation"]


@pytest.mark.parametrize(
    "text",
    [
        "Egypt floated a two-day truce on Sunday.",
        "Egypt announced a new proposal on Sunday.",
    ],
)
def test_a_proposal_floated_or_announced(text: str) -> None:
    assert has(text, "proposal", "actual", "egypt")


@pytest.mark.parametrize(
    "text",
    [
        "Negotiators from Israel and Hamas are scheduled to meet in Valdoria next Monday.",
        "Negotiators representing Israel and Hamas are set to meet in Valdoria next week.",
        "A diplomat said negotiators from Israel and Hamas are due to meet in Valdoria on Monday.",
    ],
)
def test_negotiators_scheduled_to_meet_are_planned_talks(text: str) -> None:
    assert has(text, "talks", "planned", "hamas")


def test_sitting_down_with_a_counterpart_is_a_meeting() -> None:
    text = "The Egyptian president sat down with the Qatari emir in Valdoria on Tuesday."
    assert has(text, "meeting", "actual", "egypt")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The truce kicked in on Sunday morning.", "ceasefire_start"),
        ("The truce ran out on Saturday.", "ceasefire_end"),
    ],
)
def test_a_truce_starting_or_ending_in_other_words(text: str, etype: str) -> None:
    assert has(text, etype, "actual", None)


def test_time_running_out_ends_no_truce() -> None:
    assert not [e for e in events("Time is running out for the families.") if "ceasefire" in e[0]]


def test_a_plan_in_the_past_perfect_is_no_event() -> None:
    text = "The truce, which began on Friday, had been due to run out on Monday."
    got = [e[0] for e in events(text)]
    assert "ceasefire_end" not in got and "ceasefire_start" in got
    assert has("The truce is due to run out on Monday.", "ceasefire_end", "planned", None)


@pytest.mark.parametrize(
    "text",
    [
        "Shelling of eastern Pelmo by Israeli troops continued on Monday.",
        "Smoke rose over the town during shelling by Israeli troops on Monday.",
    ],
)
def test_an_ing_noun_read_as_a_verb_form_is_still_the_strike(text: str) -> None:
    assert has(text, "military_operation", "actual", "israel")


def test_a_gerund_with_its_own_object_is_a_clause_not_a_strike() -> None:
    assert not events("Shelling the town would be a mistake, the minister said.")


@pytest.mark.parametrize(
    ("text", "etype", "agent"),
    [
        ("Hamas has handed four captives to the Red Cross.", "release", "hamas"),
        ("Hamas fired rockets at Pelmo on Friday.", "military_operation", "hamas"),
        ("Israeli troops pushed into Pelmo on Friday.", "military_operation", "israel"),
        ("Israeli forces advanced into Pelmo on Friday.", "military_operation", "israel"),
        ("Egyptian mediators have been shuttling between the two sides.", "talks", "egypt"),
        ("Egypt came up with a new proposal on Sunday.", "proposal", "egypt"),
        ("Hamas said yes to the proposal on Monday.", "acceptance", "hamas"),
        ("Israel gave the green light to the plan on Monday.", "acceptance", "israel"),
        ("Hamas said no to the proposal on Monday.", "rejection", "hamas"),
    ],
)
def test_other_verbs_and_phrases_of_a_class(text: str, etype: str, agent: str) -> None:
    assert has(text, etype, "actual", agent)


@pytest.mark.parametrize(
    "text",
    [
        "The company moved into a new office in Pelmo.",
        "The minister handed the letter to his counterpart.",
        "The spokesman fired back at critics on Sunday.",
        "Families gathered in the square on Saturday.",
    ],
)
def test_the_same_verbs_in_other_senses_are_no_events(text: str) -> None:
    assert not events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said no deal had been reached.",
        "The two sides reached no agreement in Valdoria.",
        "No captives were freed on Saturday.",
    ],
)
def test_no_object_means_nothing_happened(text: str) -> None:
    assert not events(text)


def test_a_truce_that_came_to_an_end() -> None:
    assert has("The truce came to an end on Saturday.", "ceasefire_end", "actual", None)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting raged in Pelmo on Sunday, Israeli officials said.",
        "Israeli troops clashed with gunmen in Pelmo on Sunday.",
        "Israeli forces rolled into eastern Pelmo on Tuesday.",
        "Israeli forces took control of the Pelmo crossing on Tuesday.",
        "Israeli troops encircled Pelmo.",
        "Israeli troops entered Pelmo on Tuesday.",
        "The Israeli army said its troops were operating in eastern Pelmo.",
        "Israeli forces targeted a car in Pelmo.",
    ],
)
def test_ground_fighting_in_other_words(text: str) -> None:
    assert has(text, "military_operation", "actual", "israel")


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders clashed over the terms of the deal.",
        "Families of the missing entered the parliament building.",
        "The crossing will operate from Sunday under the deal.",
    ],
)
def test_ground_fighting_verbs_in_other_senses(text: str) -> None:
    assert not [e for e in events(text) if e[0] == "military_operation"]


def test_a_verb_whose_subject_is_another_events_noun_is_that_noun_s_event() -> None:
    got = [e[0] for e in events("Talks aimed at ending the fighting resumed in Valdoria.")]
    assert got == ["talks"]


def test_captives_let_go_are_released_and_workers_let_go_are_not() -> None:
    assert has("Hamas let go of four captives on Saturday.", "release", "actual", "hamas")
    assert not events("Forty workers were let go by the company on Friday.")
