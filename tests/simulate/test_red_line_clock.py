"""The red lines' clock under ``--calibrate --replay back``: from when a red line's yield counts."""

from __future__ import annotations

import json

import numpy as np
import pytest
from sim_scenarios import labour_dispute

from accord.errors import AccordError
from accord.model import Scenario
from accord.simulate import ForecastConfig, forecast
from accord.simulate.parameters import parameter_table
from accord.simulate.replay import red_line_ages, replay


def _dispute(stated: str | None, rate: float = -0.002) -> Scenario:
    """The union holds a red line on the wage (nothing below 10, more than the employer can give
    above its value of no agreement of 0.65); the union's own is 0.4. The line is stated in an invented source published on
    ``stated`` (None: an assumption, no source); the union's value of no agreement erodes at
    ``rate`` a day; no deal since 2023-06-01, snapshot 2023-10-01 (122 days)."""
    press = [
        {
            "id": "squeeze",
            "description": "test",
            "target_party": "union",
            "rate_per_day": {
                "value": rate,
                "assumption": {"low": rate, "high": rate, "reason": "test"},
            },
        }
    ]
    data = labour_dispute(fallback=0.4, pressures=press).model_dump(mode="json")
    data["record"] = {
        "since": "2023-01-01",
        "deals": [{"date": "2023-06-01", "description": "an invented deal"}],
    }
    data["date"] = "2023-10-01"
    employer = next(f for f in data["fallbacks"] if f["party"] == "employer")
    employer["utility"] = {
        "value": 0.65,
        "assumption": {"low": 0.65, "high": 0.65, "reason": "test"},
    }
    data["dynamics"] = {
        **data["dynamics"],
        "red_line_yield": {"value": 0.2, "assumption": {"low": 0.2, "high": 0.2, "reason": "test"}},
    }
    union_wage = next(p for p in data["positions"] if (p["party"], p["issue"]) == ("union", "wage"))
    union_wage["red_line"] = 10
    if stated is not None:
        text = "The union said it would not settle for less than ten."
        data["sources"] = [{"doc": "note.txt", "published": stated}]
        union_wage["evidence"] = [{"doc": "note.txt", "start": 0, "end": len(text), "quote": text}]
        del union_wage["assumption"]
    return Scenario.model_validate(data)


def test_the_age_of_a_red_line_is_the_days_since_its_latest_dated_statement() -> None:
    parties = ["union", "employer", "arbiter"]
    assert list(red_line_ages(_dispute("2023-08-02"), parties, 122)) == [60, 0, 0]
    assert list(red_line_ages(_dispute("2023-01-15"), parties, 122)) == [
        122,
        0,
        0,
    ]  # the standstill
    assert list(red_line_ages(_dispute(None), parties, 122)) == [
        0,
        0,
        0,
    ]  # undated: as of the snapshot


def test_the_stated_clock_counts_the_fall_since_the_statement_and_drops_lines_already_yielded() -> (
    None
):
    sc = _dispute("2023-08-02")  # 60 days before the snapshot
    table = parameter_table(sc)
    cols = {p.name: i for i, p in enumerate(table.parameters)}
    values = np.array([[p.nominal for p in table.parameters]] * 2)
    values[:, cols["pressure.squeeze"]] = [-0.002, -0.004]  # 0.12 or 0.24 fallen in 60 days
    lines = np.array([[True, False, False]] * 2)
    ages = red_line_ages(sc, list(table.parties), 122)
    past = replay(table, values, "back", 122, "stated", lines, ages)
    y = cols["red_line_yield.union"]
    assert past.forecast[0, y] == pytest.approx(0.2 - 0.12)  # the rest of the yield
    assert list(past.possible) == [True, False]  # 0.24 > 0.2: it would have yielded already
    snap = replay(table, values, "back", 122, "snapshot", lines, ages)
    assert snap.forecast is values and list(snap.possible) == [True, True]
    whole = replay(table, values, "back", 122, "standstill", lines, ages)
    assert list(whole.possible) == [False, False]  # 122 days at 0.002: 0.244 > 0.2
    assert replay(table, values, "forward", 122, "stated", lines, ages).forecast is values


def _run(sc: Scenario, **config):
    return forecast(
        ForecastConfig(runs=400, horizon=200, seed=3, calibrate=True, chunk_size=200, **config),
        scenario=sc,
    )


def test_an_old_red_line_yields_sooner_than_one_stated_at_the_snapshot() -> None:
    old, fresh = _run(_dispute("2023-08-02")), _run(_dispute("2023-10-01"))
    assert old.summary["calibration"]["red_line_clock"] == "stated"
    curve = lambda f: [row["p_deal"] for row in f.summary["curve"]]  # noqa: E731
    first = lambda c: next((d for d, p in enumerate(c, 1) if p > 0.5), None)  # noqa: E731
    assert first(curve(old)) is not None and first(curve(fresh)) is not None
    assert first(curve(old)) < first(curve(fresh))
    # counted from the snapshot, the old statement forecasts like the fresh one
    assert curve(_run(_dispute("2023-08-02"), red_line_clock="snapshot")) == curve(fresh)
    # counted from the standstill's start, the line would have yielded before the snapshot
    with pytest.raises(AccordError, match="no draw is consistent"):
        _run(_dispute("2023-08-02"), red_line_clock="standstill")


def test_a_calibrated_run_stored_before_the_clock_could_be_chosen_resumes_from_the_snapshot() -> (
    None
):
    old = ForecastConfig(calibrate=True).to_dict()
    del old["red_line_clock"]
    assert ForecastConfig.from_dict(old).red_line_clock == "snapshot"
    assert ForecastConfig.from_dict(ForecastConfig().to_dict()).red_line_clock == "stated"


def test_the_cli_runs_each_clock_and_refuses_an_unknown_one(tmp_path) -> None:
    from ruamel.yaml import YAML
    from typer.testing import CliRunner

    from accord.cli import app

    path = tmp_path / "dispute.yaml"
    YAML(typ="safe", pure=True).dump(_dispute("2023-08-02").model_dump(mode="json"), path)
    base = ["forecast", str(path), "--runs", "200", "--horizon", "120", "--workers", "1"]
    base += ["--no-store", "--calibrate", "--format", "json"]
    r = CliRunner().invoke(app, [*base, "--red-line-clock", "snapshot"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["summary"]["calibration"]["red_line_clock"] == "snapshot"
    table = [a for a in base if a not in ("--format", "json")]
    r = CliRunner().invoke(app, [*table, "--red-line-clock", "standstill"], env={"COLUMNS": "200"})
    assert r.exit_code != 0 and "no draw is consistent" in r.output  # yielded before the snapshot
    r = CliRunner().invoke(app, [*table, "--red-line-clock", "snapshot"], env={"COLUMNS": "200"})
    assert "standstill (red lines' yield counted from the snapshot) had no deal" in r.stdout
    r = CliRunner().invoke(app, [*base, "--red-line-clock", "yesterday"])
    assert (
        r.exit_code != 0
        and "--red-line-clock must be one of stated, standstill, snapshot" in r.output
    )
