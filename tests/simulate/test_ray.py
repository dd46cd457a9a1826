"""The Ray backend gives exactly the local forecast, on a real local Ray cluster."""

from __future__ import annotations

import json

import pytest

from accord.scenarios import load_scenario
from accord.services.forecasts import forecast
from accord.simulate import ForecastConfig

ray = pytest.importorskip("ray")
pytestmark = pytest.mark.slow  # starts a local Ray cluster: about a minute on 2 cores


@pytest.fixture(scope="module")
def cluster():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def _json(f) -> str:
    d = f.to_dict()
    d.pop("run_id")
    return json.dumps(d, sort_keys=True)


def test_ray_and_local_backends_give_identical_forecasts(cluster) -> None:
    scenario = load_scenario("gaza-2025-03")
    cfg = ForecastConfig(runs=1000, horizon=90, seed=21, chunk_size=250)
    local = forecast(cfg, scenario=scenario, workers=1, store=False)
    on_ray = forecast(cfg, scenario=scenario, backend="ray", store=False)
    assert _json(local) == _json(on_ray)


def test_ray_runs_are_stored_and_resumable_like_local_ones(cluster) -> None:
    from accord.services.forecasts import resume
    from accord.simulate import RunInterrupted

    cfg = ForecastConfig(runs=600, horizon=60, seed=5, chunk_size=200)
    with pytest.raises(RunInterrupted):
        forecast(cfg, backend="ray", stop_after=1)
    from accord.store.runs import RunStore

    run_id = RunStore().list()[0]["id"]
    resumed = resume(run_id, backend="ray")
    fresh = forecast(cfg, workers=2, store=False)
    assert _json(resumed) == _json(fresh)


def test_ray_gives_the_local_forecast_when_a_mediator_pulls_a_lever(cluster) -> None:
    from sim_scenarios import labour_dispute, mediated, pressure

    scenario = mediated(labour_dispute(fallback=0.65), [pressure()])
    cfg = ForecastConfig(runs=1000, horizon=120, seed=8, chunk_size=250)
    local = forecast(cfg, scenario=scenario, workers=1, store=False)
    on_ray = forecast(cfg, scenario=scenario, backend="ray", store=False)
    assert local.summary["mediation"]["pulled"][0]["lever"] == "lean_on_employer"
    assert _json(local) == _json(on_ray)
