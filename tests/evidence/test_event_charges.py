"""Accusations and conditional refusals the event rules under-read (issue 9, unseen news:
accusations found 13 of 30, threats 10 of 29): a party charged with obstructing, sabotaging or
going back on a deal by a source that says so; a charge stated under a verb that can also ask
("insists that X bears the blame"); a conditional refusal in a sentence with no event word.
Invented sentences only."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def types(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-10"))
    return [e.type for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said Israel was obstructing the deal.",
        "Israel said Hamas had reneged on the deal.",
        "Hamas said Israel was trying to sabotage the agreement.",
        "Israel said Hamas backtracked on the terms.",
        "Egypt faulted Israel for the collapse of the talks.",
        "Israel insists that Hamas bears sole responsibility for the crisis.",
        "Hamas insisted that Israel had violated the truce.",
    ],
)
def test_a_charge_a_party_states_is_an_accusation(text: str) -> None:
    assert "accusation" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        # the text's own narration charges no one
        "Israel reneged on the deal on Monday.",
        "Israel obstructed the deal on Monday.",
        # a denial
        "Hamas said Israel had not violated the truce.",
        # a demand under a verb that can ask
        "Israel insists that Hamas release the captives.",
        # obstructing something that is no deal
        "Hamas said the rubble was obstructing the road.",
    ],
)
def test_no_accusation(text: str) -> None:
    assert "accusation" not in types(text)


def test_a_conditional_refusal_without_event_words_is_a_threat() -> None:
    assert "threat" in types(
        "Israel said it will not send a team to Pelmo until Hamas gives a list."
    )


def test_two_threats_of_clauses_of_their_own_are_two_events() -> None:
    text = (
        "Trump responded that if all captives were not back by noon, war would resume, and "
        "Netanyahu warned that the army would resume fighting unless Hamas freed them by the "
        "deadline."
    )
    assert types(text).count("threat") == 2


def test_a_threat_a_verb_reports_is_one_event() -> None:
    text = "Netanyahu warned that the army would resume fighting unless Hamas freed them."
    assert types(text).count("threat") == 1


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # a party's source telling that the other party's act killed the held
        (
            "A spokesman for Hamas said that ten of the captives were killed in Israeli shelling.",
            True,
        ),
        ("Hamas said Israeli strikes killed three captives.", True),
        # its own act, people who are not held, or a teller who is no party: no accusation
        ("Israel said its troops had mistakenly killed three captives.", False),
        ("Hamas said Israeli strikes killed three fighters.", False),
        ("The health ministry said Israeli strikes killed 40 captives.", False),
    ],
)
def test_the_held_killed_by_the_other_party_is_an_accusation(text: str, accused: bool) -> None:
    assert ("accusation" in types(text)) is accused


@pytest.mark.parametrize(
    "text",
    [
        "The militia warned Ruritania against new conditions.",
        "An official of the militia called that a new set of conditions.",
        "The envoy said the militia was not acting in good faith.",
        "A senior official said the group is dragging its feet.",
    ],
)
def test_conditions_added_and_bad_faith_are_charges(text: str) -> None:
    """Stop 35: conditions charged as added to a deal, and bad faith, are accusations."""
    assert "accusation" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Bordurian spokesman called the raid a grave violation of the truce.",
        "Israel called the delay a blatant breach of the accord.",
    ],
)
def test_a_deed_named_a_violation_is_an_accusation(text: str) -> None:
    assert "accusation" in types(text)


def test_a_proposal_named_a_trap_is_no_accusation() -> None:
    assert "accusation" not in types("Hamas called the proposal a trap.")
