"""The page and the report show a forecast in the scenario's own words (its ``tracked``
section), never the flagship's: the labour example's stored run, read as the workbench and
the report read it."""

from __future__ import annotations

import json
import re

from accord.report.forecast_views import run_view
from accord.report.html import build_report
from accord.scenarios import load_scenario
from accord.services.forecasts import forecast
from accord.simulate import ForecastConfig

FLAGSHIP_WORDS = re.compile(
    r"hostage|prisoner|captiv|gaza|hamas|israel|\bidf\b|qatar|egypt|ceasefire|rafah|bodies|"
    r"rescue|\btruce",
    re.I,
)
EXAMPLE = "labour-2026-03"


def test_the_workbench_and_the_report_use_the_scenario_words(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path))
    scenario = load_scenario(EXAMPLE)
    f = forecast(ForecastConfig(scenario=EXAMPLE, runs=400, horizon=90, seed=3), workers=1)
    view = run_view(f.run_id)
    assert view["labels"]["outcomes"] == {
        "staff_released": "dismissed staff reinstated",
        "strike_suspended_days": "days with the strike suspended",
    }
    assert view["labels"]["units"] == {"staff_released": "staff", "strike_suspended_days": "days"}
    figures = json.dumps(view["figures"])
    assert "dismissed staff" in figures
    assert not FLAGSHIP_WORDS.search(json.dumps(view))
    html = build_report(scenario, include_store=True)
    assert "dismissed staff reinstated" in html and "days with the strike suspended" in html
