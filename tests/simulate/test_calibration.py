"""Calibration to the record: draws inconsistent with the standstill before the snapshot are dropped."""

from __future__ import annotations

import json

import numpy as np
import pytest
from sim_scenarios import labour_dispute

from accord.errors import AccordError, InputError
from accord.model import Scenario
from accord.simulate import ForecastConfig, forecast


def _dispute(date: str, fallback: float = 0.75) -> Scenario:
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
    data = labour_dispute(fallback=fallback, pressures=press).model_dump(mode="json")
    data["record"] = {
        "since": "2023-01-01",
        "deals": [{"date": "2023-06-01", "description": "an invented deal"}],
    }
    data["date"] = date
    return Scenario.model_validate(data)


def _run(sc: Scenario, calibrate: bool, workers: int = 1, **config):
    return forecast(
        ForecastConfig(
            runs=1200, horizon=200, seed=4, calibrate=calibrate, chunk_size=400, **config
        ),
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


def _answered(verdict: str | None) -> Scenario:
    """Wide fallback ranges and one middling proposal, with the union's reported answer."""
    data = labour_dispute(fallback=0.5).model_dump(mode="json")
    for fb in data["fallbacks"]:
        fb["utility"] = {
            "value": 0.5,
            "assumption": {"low": 0.05, "high": 0.95, "reason": "test: wide"},
        }
    prop = {
        "id": "middle",
        "title": "a middling offer",
        "tabled_by": ["arbiter"],
        "phases": [{"name": "all", "terms": {"wage": 5, "back_pay": 4, "strike_ends": "yes"}}],
        "assumption": "test",
    }
    if verdict is not None:
        prop["responses"] = {"union": "turned it down flat"}
        prop["verdicts"] = {"union": verdict}
    data["proposals"] = [prop]
    return Scenario.model_validate(data)


def test_a_reported_rejection_keeps_the_draws_that_would_reject_and_moves_the_fallback() -> None:
    plain = _run(_answered("reject"), False)
    cal = _run(_answered("reject"), True)
    c = cal.summary["calibration"]
    assert c["applied"] and c["standstill_days"] == 0 and 0 < c["runs_kept"] < 1200
    (r,) = c["responses"]
    assert r["read_as"] == "reject" and r["chance_kept"] > r["chance_drawn"]
    top = c["moved"][0]
    assert top["parameter"] == "fallback.union" and top["mean_kept"] > top["mean_drawn"] + 0.05
    assert cal.summary["effective_sample_size"] == c["runs_kept"]
    day = 30
    assert cal.summary["curve"][day - 1]["p_deal"] < plain.summary["curve"][day - 1]["p_deal"]
    # an acceptance moves it the other way
    acc = _run(_answered("accept"), True).summary["calibration"]["moved"]
    union = next(m for m in acc if m["parameter"] == "fallback.union")
    assert union["mean_kept"] < union["mean_drawn"]


def test_without_responses_or_standstill_calibration_changes_nothing() -> None:
    sc = _answered(None)
    plain, cal = _run(sc, False), _run(sc, True)
    assert cal.summary["calibration"] == {"applied": False}
    assert plain.summary["curve"] == cal.summary["curve"]


def test_free_wording_is_read_only_when_it_is_one_verdict_word() -> None:
    from accord.simulate.calibration import read_response

    assert read_response("Rejected") == "reject" and read_response("accepts.") == "accept"
    assert read_response("supports the other proposal instead") is None


def test_a_still_replay_tests_the_snapshot_state_not_the_pace() -> None:
    """With the pressures held still, the standstill says only that the snapshot's state had no
    deal: here no draw has a zone at the snapshot, so every draw is kept and the pace is not
    moved (the forward replay moves it towards 0: the test above)."""
    sc = _dispute("2023-10-01")
    plain = _run(sc, False)
    still = forecast(
        ForecastConfig(
            runs=1200, horizon=200, seed=4, calibrate=True, chunk_size=400, replay="still"
        ),
        scenario=sc,
        workers=1,
    )
    cal = still.summary["calibration"]
    assert cal["applied"] and cal["replay"] == "still" and cal["runs_kept"] == 1200
    assert all(abs(m["shift"]) < 0.02 for m in cal["moved"])
    assert still.summary["curve"] == plain.summary["curve"]
    with pytest.raises(InputError, match="--replay"):
        ForecastConfig(calibrate=True, replay="backwards")


def test_the_back_replay_bounds_the_pace_without_forbidding_a_deal_within_the_standstill() -> None:
    """From a value of no agreement of 0.55 a squeeze opens a zone within weeks. Replayed forward
    from the snapshot, a kept draw is one whose squeeze opens none within the 122 days, so the
    forecast has no deal for months by construction; replayed back (the default), the squeeze only
    has to have started from a value in [0, 1] 122 days before, and deals within the standstill's
    length stay possible."""
    sc = _dispute("2023-10-01", fallback=0.55)
    back, forward = _run(sc, True), _run(sc, True, replay="forward")
    cal = back.summary["calibration"]
    assert cal["replay"] == "back" and 0 < cal["runs_kept"] < 1200
    squeeze = next(m for m in cal["moved"] if m["parameter"] == "pressure.squeeze")
    assert squeeze["mean_kept"] > squeeze["mean_drawn"] + 0.002  # slower: 0.55 + 122 |r| <= 1
    day = 60
    assert forward.summary["curve"][day - 1]["p_deal"] < 0.05
    assert back.summary["curve"][day - 1]["p_deal"] > 0.3


def test_a_pace_that_needs_a_past_value_of_no_agreement_beyond_one_is_ruled_out() -> None:
    sc = _dispute("2023-10-01", fallback=0.55)
    with pytest.raises(AccordError, match="no draw is consistent"):
        _run(sc, True, overrides={"pressure.squeeze": -0.02})  # 0.55 + 122 x 0.02 > 1
    slow = _run(sc, True, overrides={"pressure.squeeze": -0.001})  # from 0.672: no zone on the way
    assert slow.summary["calibration"]["runs_kept"] == 1200


def test_the_back_replay_moves_fallbacks_back_by_the_saturating_pace_and_holds_red_lines() -> None:
    from accord.simulate.parameters import parameter_table
    from accord.simulate.replay import HELD, movement, replay

    rate, limit = np.array([-0.01, -0.01, 0.0]), np.array([np.inf, 0.2, 0.2])
    moved = movement(rate, limit, 50)
    assert moved[0] == pytest.approx(0.5) and moved[2] == 0.0
    assert moved[1] == pytest.approx(0.2 * (1 - (1 - 0.01 / 0.2) ** 50))  # the kernel's step
    table = parameter_table(_dispute("2023-10-01", fallback=0.55))
    cols = {p.name: i for i, p in enumerate(table.parameters)}
    values = np.array([[p.nominal for p in table.parameters]] * 2)
    values[:, cols["pressure.squeeze"]] = [-0.001, -0.01]
    past = replay(table, values, "back", 100)
    assert past.values[0, cols["fallback.union"]] == pytest.approx(0.65)
    assert list(past.possible) == [True, False]  # 0.55 + 1.0 lies beyond 1
    assert (past.values[:, cols["red_line_yield.union"]] == HELD).all()
    assert replay(table, values, "forward", 100).values is values


def test_a_calibrated_run_stored_before_the_replay_could_be_chosen_resumes_forward() -> None:
    old = ForecastConfig(calibrate=True).to_dict()
    del old["replay"]
    assert ForecastConfig.from_dict(old).replay == "forward"
    assert ForecastConfig.from_dict(ForecastConfig().to_dict()).replay == "back"
