"""Mediators' levers in a forecast: the lever chosen in analyze acts in every run (levers.py)."""

from __future__ import annotations

import json
from typing import Any

from sim_scenarios import GUARANTEE, _a, labour_dispute, mediated, pressure

from accord.analysis import analyze
from accord.model import Scenario
from accord.scenarios import load_scenario
from accord.simulate import ForecastConfig, forecast
from accord.simulate.space import compile_space


def run(s: Scenario, levers: bool = True, **config: Any) -> dict[str, Any]:
    given: dict[str, Any] = {"runs": 1000, "horizon": 180, "seed": 4, "chunk_size": 500}
    cfg = ForecastConfig(**{**given, **config}, levers=levers)
    d = forecast(cfg, scenario=s, workers=1).to_dict()
    d.pop("code_version")
    return d


def test_a_guarantee_lever_that_makes_phases_credible_raises_the_chance_of_a_deal() -> None:
    # fallbacks so high that without a guarantee no phased package is worth signing; analyze's
    # arbiter therefore chooses its guarantee, and the forecast's deals carry it
    s = mediated(labour_dispute(fallback=0.63, penalty=0.6, temperature=0.1), [GUARANTEE])
    chosen = analyze(s).to_dict()["mediation"][0]["chosen"]
    assert chosen["lever"] == "guarantee_phase_two" and chosen["zone_size"] > 0
    with_lever, without = run(s), run(s, levers=False)
    assert with_lever["summary"]["p_deal_by_horizon"] > 0.9
    assert without["summary"]["p_deal_by_horizon"] < 0.05
    assert with_lever["summary"]["terms"]["by_issue"]["security_guarantees"] == {"arbiter": 1.0}
    m = with_lever["summary"]["mediation"]
    assert m["pulled"][0]["lever"] == "guarantee_phase_two" and m["guarantee_up_to"] == "arbiter"
    assert without["summary"]["mediation"] == {
        "levers_applied": False,
        "pulled": [],
        "guarantee_up_to": "none",
    }


def test_without_a_guarantee_lever_no_candidate_carries_a_guarantee() -> None:
    s = labour_dispute(fallback=0.3, penalty=0.6, temperature=0.1)
    free = compile_space(s)
    capped = compile_space(mediated(s, []))
    assert (free.guarantee > 0).any()  # no stakes: any level, as before
    assert (capped.guarantee == 0).all()  # stakes and no guarantee lever: the status quo's


def test_a_pressure_lever_lowers_the_targets_fallback_in_every_run() -> None:
    s = mediated(labour_dispute(fallback=0.65), [pressure()])
    assert analyze(s).to_dict()["mediation"][0]["chosen"]["lever"] == "lean_on_employer"
    with_lever, without = run(s), run(s, levers=False)
    assert with_lever["summary"]["p_deal_by_horizon"] > without["summary"]["p_deal_by_horizon"]
    lever = next(p for p in with_lever["parameters"] if p["name"].startswith("lever."))
    assert lever["name"] == "lever.arbiter.lean_on_employer"
    assert (lever["low"], lever["high"]) == (0.5, 0.6)  # drawn per run from its range
    # at no effect the lever changes nothing: every other draw is the run's without levers
    idle = run(s, overrides={"lever.arbiter.lean_on_employer": 0.0})
    for d in (idle, without):
        d["config"].pop("levers"), d["config"].pop("overrides")
        d["summary"].pop("mediation"), d["summary"].pop("set_values")
        d["summary"].pop("sensitivity", None)
        d.pop("parameters")
    assert json.dumps(idle, sort_keys=True) == json.dumps(without, sort_keys=True)


def test_the_levers_fall_counts_towards_the_red_lines_yield() -> None:
    # the employer holds a wage red line of 3 until its fallback has fallen by 0.1; the lever
    # lowers it by 0.5-0.6 from day 0, so the line yields at once and deals go above it
    data = labour_dispute().model_dump(mode="json")
    for pos in data["positions"]:
        if pos["party"] == "employer" and pos["issue"] == "wage":
            pos["red_line"] = 3
    data["fallbacks"][0]["utility"] = _a(0.4)
    data["fallbacks"][1]["utility"] = _a(0.9)
    data["dynamics"]["red_line_yield"] = _a(0.1)
    s = mediated(Scenario.model_validate(data), [pressure()])
    assert analyze(s).to_dict()["mediation"][0]["chosen"]["lever"] == "lean_on_employer"
    with_lever, without = run(s), run(s, levers=False)
    assert without["summary"]["p_deal_by_horizon"] == 0.0
    wages = with_lever["summary"]["terms"]["by_issue"]["wage"]
    assert with_lever["summary"]["p_deal_by_horizon"] > 0.9 and all(float(w) > 3 for w in wages)


def test_aid_acts_as_the_same_fall_of_the_targets_fallback() -> None:
    by_pressure = run(mediated(labour_dispute(fallback=0.65), [pressure()]))
    by_aid = run(mediated(labour_dispute(fallback=0.65), [pressure("aid")]))
    assert by_aid["summary"]["mediation"]["pulled"][0]["kind"] == "aid"
    assert by_aid["summary"]["p_deal_by_horizon"] == by_pressure["summary"]["p_deal_by_horizon"]
    assert by_aid["summary"]["milestones"] == by_pressure["summary"]["milestones"]


def test_a_lever_analyze_does_not_choose_is_not_pulled() -> None:
    # it costs more than the deal is worth to the mediator
    s = mediated(labour_dispute(fallback=0.65), [pressure(cost=1.5)])
    assert analyze(s).to_dict()["mediation"][0]["chosen"]["lever"] is None
    d = run(s)
    assert d["summary"]["mediation"]["pulled"] == []
    assert not any(p["name"].startswith("lever.") for p in d["parameters"])


def test_scenarios_without_levers_pulled_forecast_as_without_the_switch() -> None:
    # no stakes at all, and stakes without a lever or guarantee issue (gaza-2023-12): the
    # switch changes nothing, and a scenario without stakes reports no mediation
    for s in (labour_dispute(fallback=0.3), load_scenario("gaza-2023-12")):
        on, off = run(s, horizon=60), run(s, levers=False, horizon=60)
        assert on["summary"].get("mediation", {}).get("pulled", []) == []
        for d in (on, off):
            d["config"].pop("levers")
            d["summary"].pop("mediation", None)
        assert json.dumps(on, sort_keys=True) == json.dumps(off, sort_keys=True)
    assert "mediation" not in run(labour_dispute(fallback=0.3), horizon=30)["summary"]


def test_the_same_seed_gives_the_same_numbers_on_any_number_of_workers() -> None:
    s = mediated(labour_dispute(fallback=0.65), [pressure()])
    cfg = ForecastConfig(runs=1200, horizon=120, seed=9, chunk_size=300)
    one = forecast(cfg, scenario=s, workers=1).to_dict()
    two = forecast(cfg, scenario=s, workers=2).to_dict()
    assert one["summary"]["mediation"]["pulled"]
    assert json.dumps(one, sort_keys=True) == json.dumps(two, sort_keys=True)


def test_the_cli_says_which_lever_acted_and_runs_without_them(tmp_path) -> None:
    from typer.testing import CliRunner

    from accord.cli import app

    path = tmp_path / "mediated.yaml"
    s = mediated(labour_dispute(fallback=0.65), [pressure()])
    path.write_text(json.dumps(s.model_dump(mode="json")))  # JSON is YAML
    args = ["forecast", str(path), "--runs", "300", "--horizon", "60", "--workers", "1"]
    on = CliRunner().invoke(app, [*args, "--no-store"])
    assert on.exit_code == 0, on.output
    assert "arbiter pulls 'lean_on_employer' (pressure on employer, effect 0.5 – 0.6)" in on.stdout
    off = CliRunner().invoke(app, [*args, "--no-store", "--no-levers"])
    assert off.exit_code == 0, off.output
    assert "mediators' levers off (--no-levers); guarantees up to 'none'" in off.stdout
