"""Calibration to the record: draws inconsistent with the standstill before the snapshot are dropped."""

from __future__ import annotations

import json

from sim_scenarios import labour_dispute

from accord.model import Scenario
from accord.simulate import ForecastConfig, forecast


def _dispute(date: str) -> Scenario:
    press = [
        {
            "id": "squeeze",
            "description": "test",
            "target_party": "union",
            "rate_per_day": {
                "value": -0.005,
                "assumption": {"low": -0.02, "high": 0.0, "reason": "test"},
            },
        }
    ]
    data = labour_dispute(fallback=0.75, pressures=press).model_dump(mode="json")
    data["record"] = {
        "since": "2023-01-01",
        "deals": [{"date": "2023-06-01", "description": "an invented deal"}],
    }
    data["date"] = date
    return Scenario.model_validate(data)


def _run(sc: Scenario, calibrate: bool, workers: int = 1):
    return forecast(
        ForecastConfig(runs=1200, horizon=200, seed=4, calibrate=calibrate, chunk_size=400),
        scenario=sc,
        workers=workers,
    )


def test_a_long_standstill_keeps_slow_draws_and_delays_the_deal() -> None:
    sc = _dispute("2023-10-01")  # 2023-06-01 to 2023-10-01: 122 days without a deal
    plain, calibrated = _run(sc, False), _run(sc, True)
    assert plain.summary["calibration"] == {"applied": False}
    cal = calibrated.summary["calibration"]
    assert cal["applied"] and cal["standstill_days"] == 122 and cal["runs_drawn"] == 1200
    assert (
        0 < cal["runs_kept"] < 1200
        and calibrated.summary["effective_sample_size"] == cal["runs_kept"]
    )
    # a fast squeeze would have opened a zone within the standstill: the record moves the rate towards 0
    top = cal["moved"][0]
    assert (
        top["parameter"] == "pressure.squeeze"
        and top["shift"] > 0.1
        and top["mean_kept"] > top["mean_drawn"]
    )
    day = 60
    assert (
        calibrated.summary["curve"][day - 1]["p_deal"] < plain.summary["curve"][day - 1]["p_deal"]
    )


def test_calibrated_forecasts_are_the_same_for_any_worker_count() -> None:
    sc = _dispute("2023-10-01")
    one, two = _run(sc, True, 1), _run(sc, True, 2)
    assert json.dumps(one.to_dict(), sort_keys=True) == json.dumps(two.to_dict(), sort_keys=True)
