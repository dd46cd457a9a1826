"""Forecast runs in the store: recorded with seed and code version, listed, resumed."""

from __future__ import annotations

import json

import pytest

from accord.errors import NotFoundError
from accord.scenarios import load_scenario
from accord.services.forecasts import forecast, resume
from accord.simulate import ForecastConfig, RunInterrupted
from accord.store.runs import RunStore


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))


def _comparable(f) -> str:
    d = f.to_dict()
    d.pop("run_id")
    return json.dumps(d, sort_keys=True)


def test_a_finished_run_is_stored_with_seed_config_version_and_results() -> None:
    f = forecast(ForecastConfig(runs=300, horizon=40, seed=4, chunk_size=100), workers=1)
    row = RunStore().get(f.run_id)
    assert row["status"] == "done"
    assert row["seed"] == 4 and row["config"]["runs"] == 300
    assert row["code_version"].startswith("0.")
    assert row["finished_chunks"] == row["n_chunks"] == 3
    assert row["summary"]["summary"]["p_deal_by_horizon"] == f.summary["p_deal_by_horizon"]
    assert [r["id"] for r in RunStore().list()] == [f.run_id]


def test_an_interrupted_run_resumes_from_its_finished_chunks_to_the_same_forecast() -> None:
    cfg = ForecastConfig(runs=500, horizon=60, seed=9, chunk_size=100)
    scenario = load_scenario("gaza-2025-03")
    with pytest.raises(RunInterrupted, match="--resume"):
        forecast(cfg, scenario=scenario, workers=1, stop_after=2)
    row = RunStore().list()[0]
    assert row["status"] == "interrupted" and row["finished_chunks"] == 2
    computed: list[int] = []
    resumed = resume(row["id"], workers=1, progress=lambda done, total: computed.append(done))
    assert computed[0] == 2  # the two stored chunks were not recomputed
    assert resumed.resumed_chunks == 2
    assert RunStore().get(row["id"])["status"] == "done"
    fresh = forecast(cfg, scenario=scenario, workers=1, store=False)
    assert _comparable(resumed) == _comparable(fresh)


def test_an_unknown_run_is_a_clear_error() -> None:
    with pytest.raises(NotFoundError, match="accord runs"):
        RunStore().get("nope")
