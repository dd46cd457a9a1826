"""The report shows what the CLI prints about a run's scheduled events, interim state,
factions, calibration to the record and mediators' levers, in the same words (``fmt.forecast_notes``), and only
when the run has them."""

from __future__ import annotations

import datetime as dt

from accord.model import Scenario
from accord.report.fmt import forecast_notes
from accord.report.forecast_views import run_view
from accord.report.html import build_report
from accord.scenarios import load_scenario
from accord.services.forecasts import forecast
from accord.simulate import ForecastConfig


def _assumed(value: float) -> dict:
    return {"value": value, "assumption": {"low": value, "high": value, "reason": "test value"}}


def _with_outside_events() -> Scenario:
    """The 2023-12 snapshot (two factions) with a scheduled event that starts an interim state."""
    sc = load_scenario("gaza-2023-12")
    data = sc.model_dump(mode="json")
    data["dynamics"]["interim"] = {
        "description": "an informal pause",
        "start_rate_per_day": _assumed(0.0),
        "end_rate_per_day": _assumed(0.02),
    }
    data["dynamics"].setdefault("scheduled", []).append(
        {
            "id": "pause_called",
            "description": "both sides stop",
            "date": (sc.date + dt.timedelta(days=10)).isoformat(),
            "probability": _assumed(0.5),
            "interim": "start",
            "assumption": "test",
        }
    )
    return Scenario.model_validate(data)


def test_the_report_and_the_page_word_the_runs_outside_events_like_the_cli(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path))
    sc = _with_outside_events()
    f = forecast(
        ForecastConfig(scenario=sc.id, runs=600, horizon=90, seed=2, calibrate=True),
        scenario=sc,
        workers=1,
    )
    s = f.summary
    assert s["scheduled"][0]["id"] == "pause_called" and 0.3 < s["scheduled"][0]["took_place"] < 0.7
    assert s["interim"]["share_of_runs"] > 0 and len(s["factions"]) == 2
    notes = forecast_notes(s)
    assert notes["scheduled"][0].startswith("scheduled pause_called (")
    assert notes["interim"][0].startswith("interim state in ")
    assert [line.split(":")[0] for line in notes["factions"]] == [
        "faction israel.families_movement",
        "faction israel.casualty_concern",
    ]
    html = build_report(sc, include_store=True)
    for line in notes["sample"] + notes["scheduled"] + notes["interim"] + notes["factions"]:
        assert line in html, line
    assert "Scheduled events, interim state and factions" in html
    # calibrated to the snapshot's standstill before its date
    assert "Calibration to the record" in html
    assert notes["calibration"][0].startswith("calibrated to the record: kept ")
    assert notes["calibration"][0] in html
    # the page gets the same sentences with the run
    assert run_view(f.run_id)["notes"] == notes


def test_a_run_without_them_shows_only_its_sample_size():
    s = {
        "runs": 300,
        "effective_sample_size": 300.0,
        "runs_drawn": 300,
        "calibration": {"applied": False},
    }
    notes = forecast_notes(s)
    assert notes["sample"] == ["effective sample size 300 of 300 runs"]
    assert not (notes["calibration"] or notes["scheduled"] or notes["interim"] or notes["factions"])
    assert notes["mediation"] == []  # no mediator stakes: no line


def test_the_report_says_the_mediators_levers_were_off_like_the_cli(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path))
    sc = load_scenario("gaza-2025-03")  # mediator stakes; no lever pulled at the snapshot
    f = forecast(
        ForecastConfig(scenario=sc.id, runs=300, horizon=30, seed=1, levers=False),
        scenario=sc,
        workers=1,
    )
    notes = forecast_notes(f.summary)
    assert notes["mediation"] == ["mediators' levers off (--no-levers); guarantees up to 'none'"]
    html = build_report(sc, include_store=True)
    assert "<h3>Mediators' levers</h3>" in html
    assert notes["mediation"][0].replace("'", "&#39;") in html  # the same sentence, escaped
    assert run_view(f.run_id)["notes"] == notes
