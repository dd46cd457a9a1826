"""Possible red lines: limits the sources do not state, held in a run with their chance."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError
from sim_scenarios import labour_dispute

from accord.analysis import analyze
from accord.model import Scenario
from accord.simulate import ForecastConfig, forecast
from accord.simulate.parameters import parameter_table


def _with_lines(chance: float = 0.5) -> Scenario:
    """The wide-zone wage dispute with two incompatible possible limits on the wage."""
    data = labour_dispute().model_dump(mode="json")
    limits = {"union": 8, "employer": 3}  # the union asks at least 8, the employer pays at most 3
    for pos in data["positions"]:
        if pos["issue"] == "wage":
            pos["possible_red_line"] = {
                "level": limits[pos["party"]],
                "chance": {
                    "value": chance,
                    "assumption": {"low": chance, "high": chance, "reason": "test: invented"},
                },
            }
    return Scenario.model_validate(data)


def _run(sc: Scenario, runs: int = 600, **overrides: float):
    return forecast(
        ForecastConfig(runs=runs, horizon=60, seed=5, chunk_size=300, overrides=overrides),
        scenario=sc,
        workers=1,
    )


def test_a_possible_red_line_needs_no_stated_one_and_a_chance_in_0_1() -> None:
    data = _with_lines().model_dump(mode="json")
    data["positions"][0]["red_line"] = 5
    with pytest.raises(ValidationError, match="possible_red_line"):
        Scenario.model_validate(data)
    data = _with_lines().model_dump(mode="json")
    data["positions"][0]["possible_red_line"]["chance"] = {
        "value": 1.2,
        "assumption": {"low": 0.5, "high": 1.5, "reason": "test"},
    }
    with pytest.raises(ValidationError, match=r"\[0, 1\]"):
        Scenario.model_validate(data)


def test_each_run_holds_a_possible_red_line_with_its_chance() -> None:
    sc = _with_lines(0.5)
    names = [p.name for p in parameter_table(sc).parameters if p.name.startswith("possible")]
    assert "possible_red_line.union.wage.draw" in names
    assert "possible_red_line.employer.wage.chance" in names
    # analyze uses nominal values and stated red lines only: the zone is as without the lines
    assert analyze(sc).packages == analyze(labour_dispute()).packages
    both = _run(
        sc,
        **{"possible_red_line.union.wage.draw": 0.0, "possible_red_line.employer.wage.draw": 0.0},
    )
    assert both.summary["zone"]["at_start"] == 0.0 and both.summary["p_deal_by_horizon"] == 0.0
    neither = _run(
        sc,
        **{"possible_red_line.union.wage.draw": 1.0, "possible_red_line.employer.wage.draw": 1.0},
    )
    plain = _run(labour_dispute())
    assert neither.summary["zone"]["at_start"] == 1.0
    assert neither.summary["p_deal_by_horizon"] == plain.summary["p_deal_by_horizon"]
    # each held in half the runs: no zone where both are held, about a quarter of them
    drawn = _run(sc, runs=1200)
    assert 0.15 < 1.0 - drawn.summary["zone"]["at_start"] < 0.35


def test_a_scenario_without_possible_red_lines_forecasts_as_before() -> None:
    """The lines' draws come from the second stream: other parameters draw as they did."""
    sc = _with_lines(0.0)  # never held
    a, b = _run(sc), _run(labour_dispute())
    for key in ("curve", "outcomes", "zone", "terms"):
        assert json.dumps(a.summary[key], sort_keys=True) == json.dumps(
            b.summary[key], sort_keys=True
        )
