"""Scheduled outside events, the interim state, factions in ratification and time preference.

Each test can fail: a scheduled event with probability 0 must leave the forecast exactly as it
was; with probability 1 and an effect that opens the zone it must raise P(deal) after its date
only; an interim state must pause the pressures; a faction whose votes move past half blocks
ratification from that day and stops when they fall back; impatient parties settle earlier.
"""

from __future__ import annotations

import datetime as dt

from sim_scenarios import labour_dispute

from accord.model import Scenario
from accord.simulate import ForecastConfig, forecast

START = dt.date(2024, 1, 1)  # labour_dispute's snapshot date


def _a(value: float, low: float | None = None, high: float | None = None) -> dict:
    low = value if low is None else low
    high = value if high is None else high
    return {"value": value, "assumption": {"low": low, "high": high, "reason": "test value"}}


def _stuck(**dynamics) -> Scenario:
    """No zone at the start (both fallbacks 0.8); whatever opens one comes from ``dynamics``."""
    data = labour_dispute(fallback=0.8).model_dump(mode="json")
    data["dynamics"].update(dynamics)
    return Scenario.model_validate(data)


def _election(prob: float, day: int = 40, shift: float = -0.5) -> dict:
    return {
        "id": "election",
        "description": "a vote that weakens both sides' hand",
        "date": (START + dt.timedelta(days=day)).isoformat(),
        "probability": _a(prob),
        "fallback_shift": {"union": _a(shift), "employer": _a(shift)},
        "assumption": "test",
    }


def _run(sc: Scenario, runs: int = 600, horizon: int = 120, seed: int = 5, **kw):
    return forecast(
        ForecastConfig(runs=runs, horizon=horizon, seed=seed, **kw),
        scenario=sc,
        workers=1,
    ).summary


def _p(summary: dict, day: int) -> float:
    return summary["curve"][day - 1]["p_deal"]


def test_a_scheduled_event_with_probability_zero_changes_nothing() -> None:
    base, zero = _run(_stuck()), _run(_stuck(scheduled=[_election(0.0)]))
    assert base["curve"] == zero["curve"] and base["outcomes"] == zero["outcomes"]
    assert zero["scheduled"] == [{"id": "election", "date": "2024-02-10", "took_place": 0.0}]


def test_a_certain_event_that_opens_the_zone_raises_p_deal_after_its_date_only() -> None:
    base, sure = _run(_stuck()), _run(_stuck(scheduled=[_election(1.0)]))
    assert sure["scheduled"][0]["took_place"] == 1.0
    assert _p(sure, 39) == _p(base, 39)  # the day before its date: nothing has changed
    assert _p(base, 120) < 0.05 and _p(sure, 120) > 0.9
    assert "scheduled.election" in sure["zone"]["opened_by"]
    half = _run(_stuck(scheduled=[_election(0.5)]))
    assert 0.35 < half["scheduled"][0]["took_place"] < 0.65
    assert _p(base, 120) < _p(half, 120) < _p(sure, 120)


SQUEEZE = {
    "id": "squeeze",
    "description": "test",
    "target_party": "union",
    "rate_per_day": _a(-0.01),
}
INTERIM = {
    "description": "an informal pause",
    "start_rate_per_day": _a(0.0),
    "end_rate_per_day": _a(0.0),
    "fallback_shift": {"union": _a(0.05)},
}


def _interim_start(day: int) -> dict:
    return {
        "id": "pause_called",
        "description": "both sides stop",
        "date": (START + dt.timedelta(days=day)).isoformat(),
        "probability": _a(1.0),
        "interim": "start",
        "assumption": "test",
    }


def test_a_interim_pauses_the_pressures_and_is_counted() -> None:
    squeeze = _run(_stuck(pressures=[SQUEEZE]))
    paused = _run(_stuck(pressures=[SQUEEZE], interim=INTERIM, scheduled=[_interim_start(5)]))
    assert _p(squeeze, 120) > 0.5 and _p(paused, 120) < 0.05
    assert paused["interim"]["share_of_runs"] == 1.0
    assert paused["interim"]["days"]["p50"] >= 110
    # an interim state that starts at random but breaks down at once now and then lets the squeeze resume
    random = dict(INTERIM, start_rate_per_day=_a(0.05), end_rate_per_day=_a(0.05))
    flicker = _run(_stuck(pressures=[SQUEEZE], interim=random))
    assert 0 < flicker["interim"]["days"]["mean"] < 110 and _p(flicker, 120) < _p(squeeze, 120)


def _with_members(votes: float, scheduled: list, squeezed: bool = False) -> Scenario:
    """A wide zone (or, squeezed, none until a pressure opens one); the union's members (a vote
    faction) reject every package."""
    data = (_stuck(pressures=[SQUEEZE]) if squeezed else labour_dispute(fallback=0.1)).model_dump(
        mode="json"
    )
    data["factions"] = [
        {
            "id": "members",
            "party": "union",
            "name": "the members",
            "say": "vote",
            "votes": _a(votes),
            "weights": {"wage": _a(1.0)},
            "fallback": _a(1.0),
            "assumption": "test",
        }
    ]
    data["dynamics"]["scheduled"] = scheduled
    if not squeezed:
        data["dynamics"]["round_days"] = _a(30)
    return Scenario.model_validate(data)


def _vote(day: int, shift: float) -> dict:
    return {
        "id": f"ballot_{day}",
        "description": "a ballot changes the members' weight",
        "date": (START + dt.timedelta(days=day)).isoformat(),
        "probability": _a(1.0),
        "faction_shift": [{"faction": "union.members", "votes": _a(shift)}],
        "assumption": "test",
    }


def test_a_faction_whose_votes_pass_half_blocks_ratification_from_that_day() -> None:
    small = _run(_with_members(0.3, []), horizon=200)
    assert _p(small, 1) > 0.9 and small["factions"][0]["blocked"] == 0.0
    grown = _run(_with_members(0.6, []), horizon=200)
    assert _p(grown, 200) == 0.0 and grown["factions"][0]["blocked"] == 1.0
    # no zone until a squeeze opens one; a ballot on day 5 gives the members 0.6 of the votes
    squeezed = _run(_with_members(0.3, [], squeezed=True))
    assert _p(squeezed, 5) == 0.0 and _p(squeezed, 120) > 0.5
    moves = _run(_with_members(0.3, [_vote(5, 0.3)], squeezed=True))
    m = moves["factions"][0]
    assert _p(moves, 120) == 0.0 and m["blocked"] >= _p(squeezed, 120) - 0.05
    assert m["first_blocked_median_date"] >= "2024-01-06" and m["stopped_blocking"] == 0.0
    # rounds on days 0, 30, 60, ...: the members block until a ballot on day 100 cuts their votes
    flips = _run(_with_members(0.6, [_vote(100, -0.3)]), horizon=200)
    f = flips["factions"][0]
    assert f["faction"] == "union.members" and f["blocked"] == 1.0
    assert f["first_blocked_median_date"] == "2024-01-02"  # day 0's round, dated the day after
    assert f["stopped_blocking"] > 0.9 and f["stopped_median_date"] >= "2024-04-10"
    assert _p(flips, 100) == 0.0 and _p(flips, 200) > 0.9


def test_impatient_parties_settle_earlier_and_a_factor_of_one_changes_nothing() -> None:
    sc = _stuck(pressures=[SQUEEZE])
    data = sc.model_dump(mode="json")
    for p in data["parties"]:
        if p["role"] == "belligerent":
            p["discount_factor"] = 0.5
    impatient = _run(Scenario.model_validate(data))
    patient = _run(sc)
    assert _p(impatient, 10) > _p(patient, 10) + 0.3
    for p in data["parties"]:
        p["discount_factor"] = 1.0
    assert _run(Scenario.model_validate(data))["curve"] == patient["curve"]


def test_the_transcript_names_the_event_the_interim_and_the_blocking_faction() -> None:
    from accord.simulate.negotiate import negotiate

    sc = _stuck(pressures=[SQUEEZE], interim=INTERIM, scheduled=[_interim_start(5)])
    steps = negotiate(sc, horizon=30, seed=1).steps
    assert any(s.action == "scheduled event" and "pause called" in s.why for s in steps)
    assert any(
        s.action == "interim state" and s.why.startswith("an interim state begins") for s in steps
    )
    blocked = negotiate(_with_members(0.6, []), horizon=40, seed=1).steps
    assert any(s.action == "blocked by a faction" and s.actor == "union.members" for s in blocked)
    assert not any(s.action == "signed" for s in blocked)


def test_an_event_due_after_the_horizon_is_not_counted_as_taking_place() -> None:
    late = _run(_stuck(scheduled=[_election(1.0, day=200)]), runs=100)
    assert late["scheduled"][0]["took_place"] == 0.0 and _p(late, 120) < 0.05


def test_the_same_seed_gives_the_same_forecast_on_any_worker_count() -> None:
    import json

    sc = _stuck(
        pressures=[SQUEEZE],
        interim=dict(INTERIM, start_rate_per_day=_a(0.02, 0.0, 0.05), end_rate_per_day=_a(0.1)),
        scheduled=[_election(0.5, day=60)],
    )

    def run(workers: int) -> str:
        f = forecast(
            ForecastConfig(runs=900, horizon=120, seed=9, chunk_size=300),
            scenario=sc,
            workers=workers,
        )
        return json.dumps(f.to_dict(), sort_keys=True)

    assert run(1) == run(2)
