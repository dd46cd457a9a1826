"""Backtest with outcomes: made-up outcomes on made-up scenarios (no real outcome is in the repository)."""

from __future__ import annotations

import datetime as dt
import json
import math

import pytest
import yaml
from png_checks import assert_chart_png
from sim_scenarios import labour_dispute
from typer.testing import CliRunner

from accord.cli.app import app
from accord.errors import InputError
from accord.simulate.scoring import (
    Outcomes,
    baseline_hazard,
    brier,
    brier_difference,
    load_outcomes,
    log_score,
    score,
    settled_events,
)

runner = CliRunner()


def _dispute(date: dt.date, fallback: float = 0.1, deals: tuple[str, ...] = ("2023-06-01",)):
    data = labour_dispute(fallback=fallback).model_dump(mode="json")
    data.update(
        id=f"labour-{date.isoformat()}",
        date=date.isoformat(),
        record={
            "since": "2023-01-01",
            "deals": [{"date": d, "description": "an invented earlier deal"} for d in deals],
        },
    )
    return type(labour_dispute()).model_validate(data)


def _curve(p: float, days: int = 365) -> list[dict]:
    return [{"day": t + 1, "p_deal": p} for t in range(days)]


def test_only_settled_events_are_scored() -> None:
    sc = _dispute(dt.date(2024, 1, 1))
    out = Outcomes(observed_until=dt.date(2024, 5, 1), deals=[dt.date(2024, 3, 15)])
    rows = settled_events(sc, _curve(0.7), out)
    assert [(r["days"], r["outcome"]) for r in rows] == [(30, 0), (90, 1), (180, 1), (365, 1)]
    # without the deal, only the checkpoints the outcomes reach are settled
    rows = settled_events(sc, _curve(0.7), Outcomes(observed_until=dt.date(2024, 5, 1)))
    assert [(r["days"], r["outcome"]) for r in rows] == [(30, 0), (90, 0)]


def test_the_constant_hazard_comes_from_the_record_before_the_snapshot() -> None:
    sc = _dispute(dt.date(2024, 1, 1), deals=("2023-03-01", "2023-09-01"))
    rate = 2.5 / 365  # two deals in 2023 and half a deal added
    assert baseline_hazard(sc, 30) == pytest.approx(1 - math.exp(-rate * 30))
    assert baseline_hazard(labour_dispute(), 30) is None  # no record, no baseline


def test_scores_of_perfect_flat_and_wrong_forecasts() -> None:
    events = [
        {"outcome": y, "forecast": float(y), "flat": 0.5, "hazard": 1.0 - y} for y in (0, 1, 1, 0)
    ]
    s = score(events)
    assert (
        s["forecast"]["brier"] == 0.0 and s["flat"]["brier"] == 0.25 and s["hazard"]["brier"] == 1.0
    )
    assert s["forecast"]["log"] < s["flat"]["log"] < s["hazard"]["log"]
    assert brier(0.2, 1) == pytest.approx(0.64) and log_score(0.0, 1) == pytest.approx(
        6.907755, abs=1e-6
    )
    table = s["reliability"]["forecast"]
    assert [(b["events"], b["observed"]) for b in table] == [(2, 0.0), (2, 1.0)]


def _events(forecasts: dict[str, tuple[float, int]]) -> list[dict]:
    """Four checkpoints per invented snapshot, all with one forecast and outcome."""
    return [
        {"scenario": s, "days": d, "outcome": y, "forecast": p, "flat": 0.5, "hazard": 0.3}
        for s, (p, y) in forecasts.items()
        for d in (30, 90, 180, 365)
    ]


def test_the_brier_difference_resamples_whole_snapshots() -> None:
    ev = _events({"a": (0.9, 1), "b": (0.1, 0), "c": (0.8, 1), "d": (0.7, 0)})
    d = brier_difference(ev, "flat")
    mean = sum(brier(e["forecast"], e["outcome"]) - 0.25 for e in ev) / len(ev)
    assert d["difference"] == pytest.approx(mean, abs=1e-6) and d["snapshots"] == 4
    assert d["low"] <= d["difference"] <= d["high"] and 0 < d["share_better"] < 1
    assert brier_difference(ev, "flat", seed=3) == brier_difference(ev, "flat", seed=3)
    # one snapshot: every resample is that snapshot, so the interval is the point
    one = brier_difference(_events({"a": (0.9, 1)}), "hazard")
    assert one["low"] == one["high"] == one["difference"] and one["share_better"] == 1.0
    # a forecast better on every snapshot is better in every resample
    assert brier_difference(_events({"a": (0.9, 1), "b": (0.2, 0)}), "flat")["share_better"] == 1.0
    assert brier_difference([{**e, "hazard": None} for e in ev], "hazard") is None
    assert set(score(ev)["versus"]) == {"flat", "hazard"}


def test_backtest_cli_scores_snapshots_against_an_outcomes_file(tmp_path) -> None:
    paths = []
    for date, fallback in ((dt.date(2024, 1, 1), 0.1), (dt.date(2024, 6, 1), 0.75)):
        p = tmp_path / f"s{date.month}.yaml"
        p.write_text(
            yaml.safe_dump(_dispute(date, fallback).model_dump(mode="json", exclude_none=True))
        )
        paths.append(str(p))
    outcomes = tmp_path / "outcomes.yaml"
    outcomes.write_text(
        yaml.safe_dump(
            {
                "observed_until": "2025-12-31",
                "deals": ["2024-01-20"],
                "collapses": [],
                "returned": [{"date": "2024-01-20", "living": 0}],
            }
        )
    )
    png = tmp_path / "reliability.png"
    r = runner.invoke(
        app,
        [
            "backtest",
            *paths,
            "--outcomes",
            str(outcomes),
            "--runs",
            "200",
            "--workers",
            "1",
            "--format",
            "json",
            "--plot",
            str(png),
        ],
    )
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert [s["scenario"] for s in data["snapshots"]] == ["labour-2024-01-01", "labour-2024-06-01"]
    first, second = (s["events"] for s in data["snapshots"])
    assert [e["outcome"] for e in first] == [1, 1, 1, 1] and [e["outcome"] for e in second] == [
        0,
        0,
        0,
        0,
    ]
    scores = data["scores"]
    assert scores["events"] == 8 and set(scores) >= {"forecast", "flat", "hazard", "reliability"}
    assert scores["flat"]["brier"] == 0.25
    assert scores["versus"]["flat"]["snapshots"] == 2 and scores["versus"]["flat"]["difference"] < 0
    # an open zone signs at once, and a scenario with no zone and no dynamics never does: a perfect score here
    assert scores["forecast"]["brier"] < 0.01 < scores["hazard"]["brier"]
    assert_chart_png(png, size=(1400, 1040))  # 700 x 520 at scale 2
    r = runner.invoke(
        app, ["backtest", paths[0], "--outcomes", str(outcomes), "--runs", "200", "--workers", "1"]
    )
    assert r.exit_code == 0 and "constant hazard" in r.stdout and "Reliability" in r.stdout
    assert "accord forecast minus constant hazard:" in r.stdout and "resampling the 1" in r.stdout
    assert all(
        len(line) <= 80 for line in r.stdout.splitlines() if "│" in line or "━" in line
    )  # tables fit


def test_a_malformed_outcomes_file_is_a_clear_error(tmp_path) -> None:
    bad = tmp_path / "o.yaml"
    bad.write_text("observed_until: 2024-01-01\ndeals: [2024-02-01]\n")
    with pytest.raises(InputError, match="after observed_until"):
        load_outcomes(bad)
    r = runner.invoke(app, ["backtest", "--outcomes", str(tmp_path / "missing.yaml")])
    assert r.exit_code != 0 and "no file" in r.output and "Traceback" not in r.output
