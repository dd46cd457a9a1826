"""The ``tracked`` section: what a forecast follows over time, checked in plain words, and the
old flagship-only keys refused with the new one named."""

from __future__ import annotations

import copy

import pytest
from scenario_checks import problems

from accord.errors import ScenarioError
from accord.model import Stock, StockKind
from accord.scenarios import builtin_paths, load_scenario, parse_scenario

EXAMPLE = "labour-2026-03"


@pytest.fixture(scope="module")
def labour() -> dict:
    return load_scenario(EXAMPLE).model_dump(mode="json", exclude_none=True)


def test_the_example_declares_its_stock_and_pause_in_its_own_words():
    t = load_scenario(EXAMPLE).tracked
    (staff,) = t.stocks
    assert staff.kind is StockKind.pool and staff.issue == "reinstatement"
    assert staff.words() == {"released": "dismissed staff reinstated"}
    assert t.pause is not None and t.pause.issue == "strike_suspended"


def test_default_words_come_from_the_stock_name():
    s = Stock(id="crew", kind="held", issue="crew_release", name="crew members")
    assert s.words() == {
        "released": "crew members released",
        "died": "crew members who died",
        "rescued": "crew members rescued",
        "remaining": "crew members still held",
    }


def test_a_stock_on_an_unknown_or_non_count_issue_is_located(labour):
    data = copy.deepcopy(labour)
    data["tracked"]["stocks"].append(
        {"id": "pay", "kind": "held", "issue": "wage_rise", "name": "x"}
    )
    data["tracked"]["stocks"].append({"id": "pay", "kind": "held", "issue": "nope", "name": "y"})
    assert problems(data) == [
        "tracked.stocks.1.issue: issue 'wage_rise' is not a count issue",
        "tracked.stocks.2.id: stock id 'pay' is used twice",
        "tracked.stocks.2.kind: a scenario tracks at most one stock of kind 'held'",
        "tracked.stocks.2.issue: unknown issue 'nope'",
    ]


def test_start_from_must_name_a_ledger_quantity_and_words_fit_the_kind(labour):
    data = copy.deepcopy(labour)
    data["tracked"]["stocks"][0]["start_from"] = "staff_dismissed"
    data["tracked"]["stocks"][0]["died"] = "staff who died"
    assert problems(data) == [
        "tracked.stocks.0.start_from: no ledger entry has quantity 'staff_dismissed'",
        "tracked.stocks.0.died: only a held stock reports 'died'",
    ]


def test_a_pause_needs_a_level_of_an_ordinal_or_boolean_issue(labour):
    data = copy.deepcopy(labour)
    data["tracked"]["pause"]["lasting_from"] = "forever"
    assert problems(data) == [
        "tracked.pause.lasting_from: 'forever' is not a level of 'strike_suspended' (no, yes)"
    ]
    data["tracked"]["pause"] = {"issue": "wage_rise"}
    assert problems(data) == ["tracked.pause.issue: issue 'wage_rise' is not ordinal or boolean"]


def test_death_and_rescue_events_need_a_held_stock(labour):
    data = copy.deepcopy(labour)
    data["dynamics"]["events"].append(
        {
            "id": "injury",
            "kind": "death",
            "description": "an invented event",
            "rate_per_day": {
                "value": 0.01,
                "assumption": {"low": 0, "high": 0.02, "reason": "invented"},
            },
        }
    )
    k = len(data["dynamics"]["events"]) - 1
    assert problems(data) == [
        f"dynamics.events.{k}.kind: a 'death' event acts on the held stock: declare one in "
        "tracked.stocks (kind: held)"
    ]


def test_the_old_pressure_key_is_refused_and_the_new_one_is_listed():
    text = builtin_paths()[EXAMPLE].read_text(encoding="utf-8")
    old = "      target_party: union\n"
    assert old in text
    bad = text.replace(
        old,
        old + '      hostage_risk: {value: 0.5, assumption: {low: 0, high: 1, reason: "old"}}\n',
        1,
    )
    with pytest.raises(ScenarioError) as info:
        parse_scenario(bad, "old.yaml")
    (problem,) = info.value.problems
    assert "hostage_risk: unknown field" in problem and "risk_to_held" in problem
