"""Whole-scenario cross-checks: each problem carries the path of the field at fault."""

from __future__ import annotations

import copy

import pytest
from pydantic import ValidationError
from scenario_checks import problems

from accord.model import Scenario
from accord.scenarios import load_scenario


@pytest.fixture(scope="module")
def flagship() -> dict:
    return load_scenario("gaza-2025-03").model_dump()


def test_a_scenario_survives_a_round_trip_through_plain_data(flagship):
    assert Scenario.model_validate(flagship) == load_scenario("gaza-2025-03")


def test_a_red_line_outside_the_issue_is_located(flagship):
    data = copy.deepcopy(flagship)
    k = next(
        i
        for i, p in enumerate(data["positions"])
        if p["party"] == "hamas" and p["issue"] == "ceasefire"
    )
    data["positions"][k]["red_line"] = "armistice"
    assert problems(data) == [
        f"positions.{k}.red_line: 'armistice' is not a level of issue 'ceasefire' "
        "(levels: none, pause, phased, permanent)"
    ]


def test_weights_must_sum_to_one_per_party(flagship):
    data = copy.deepcopy(flagship)
    data["positions"][0]["weight"]["value"] = 0.2  # israel, was 0.30
    assert problems(data) == [
        "positions.0.weight: the weights of 'israel' sum to 0.9000; they must sum to 1"
    ]


def test_every_belligerent_needs_a_fallback(flagship):
    data = copy.deepcopy(flagship)
    data["fallbacks"] = [f for f in data["fallbacks"] if f["party"] != "hamas"]
    assert problems(data) == ["fallbacks: belligerent 'hamas' has no fallback"]


def test_a_negotiation_needs_two_belligerents(flagship):
    data = copy.deepcopy(flagship)
    data["parties"][1]["role"] = "mediator"  # hamas
    assert "parties: a negotiation needs at least two belligerents" in problems(data)


def test_duplicate_ids_are_rejected(flagship):
    data = copy.deepcopy(flagship)
    data["parties"].append(copy.deepcopy(data["parties"][0]))
    assert f"parties.{len(data['parties']) - 1}.id: duplicate id 'israel'" in problems(data)


def test_a_second_position_on_the_same_issue_is_rejected(flagship):
    data = copy.deepcopy(flagship)
    data["positions"].append(copy.deepcopy(data["positions"][0]))
    found = problems(data)
    n = len(data["positions"]) - 1
    assert f"positions.{n}: second position of 'israel' on 'hostage_release'" in found


def test_proposal_terms_must_be_values_of_their_issue(flagship):
    data = copy.deepcopy(flagship)
    data["proposals"][0]["phases"][0]["terms"]["hostage_release"] = 99
    assert problems(data) == [
        "proposals.0.phases.0.terms.hostage_release: 99 is outside the range of issue "
        "'hostage_release' [0, 24]"
    ]


def test_a_guarantee_issue_needs_a_penalty_for_every_level(flagship):
    data = copy.deepcopy(flagship)
    del data["commitment"]["penalty_by_level"]["international_force"]
    assert problems(data) == [
        "commitment.penalty_by_level: give a penalty for each level of 'security_guarantees': "
        "none, mediator_guarantee, international_force"
    ]


def test_a_conditional_red_line_on_an_unknown_issue_is_rejected(flagship):
    data = copy.deepcopy(flagship)
    k = next(i for i, p in enumerate(data["positions"]) if p.get("red_line_applies_if"))
    data["positions"][k]["red_line_applies_if"] = {"truce": "permanent"}
    assert any(
        p.startswith(f"positions.{k}.red_line_applies_if.truce: unknown issue 'truce'")
        for p in problems(data)
    )


def test_a_proposal_needs_evidence_or_an_assumption(flagship):
    data = copy.deepcopy(flagship)
    data["proposals"][0]["evidence"] = []
    data["proposals"][0]["assumption"] = None
    with pytest.raises(ValidationError, match="a proposal needs 'evidence' or an 'assumption'"):
        Scenario.model_validate(data)


def test_unknown_top_level_keys_are_rejected(flagship):
    data = copy.deepcopy(flagship)
    data["mediatiors"] = []
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Scenario.model_validate(data)
