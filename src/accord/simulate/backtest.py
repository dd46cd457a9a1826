"""Replay snapshots: what the model forecast from each date, and, given outcomes, how well.

Each forecast uses only what its snapshot knew (``accord validate`` rejects a
snapshot citing a later source). The realised course of events is not part of
accord: with an outcomes file of the user's (:mod:`accord.simulate.scoring`)
the forecasts are scored, beside the flat-50 % and constant-hazard baselines.
"""

from __future__ import annotations

from typing import Any

from accord.errors import AccordError
from accord.model import Scenario
from accord.scenarios import builtin_paths, load_scenario
from accord.simulate.config import ForecastConfig
from accord.simulate.forecast import RunLog, forecast
from accord.simulate.scoring import Outcomes, other_outcomes, outcome, score, settled_events


def backtest(
    runs: int = 2000,
    horizon: int = 365,
    seed: int = 0,
    protocol: str = "mediated",
    backend: str = "local",
    workers: int | None = None,
    address: str | None = None,
    record: RunLog | None = None,
    scenarios: list[str] | None = None,
    outcomes: Outcomes | None = None,
    calibrate: bool = False,
    replay: str = "back",
    red_line_clock: str = "stated",
) -> list[dict[str, Any]]:
    """One row per snapshot (the built-ins unless ``scenarios`` names ids or files), oldest first.

    With ``outcomes`` each row also holds its settled events (``events``) and, when the outcomes
    cover the horizon, the collapse and people-returned comparison (``observed``). With
    ``record`` each forecast is recorded there (the run store, from the caller).
    """
    snapshots: list[tuple[Any, str, Scenario]] = []
    for ref in scenarios or list(builtin_paths()):
        sc = load_scenario(ref)
        snapshots.append((sc.date, sc.id, sc))
    rows: list[dict[str, Any]] = []
    for date, sid, sc in sorted(snapshots, key=lambda x: (x[0], x[1])):
        cfg = ForecastConfig(
            scenario=sid,
            runs=runs,
            horizon=horizon,
            seed=seed,
            protocol=protocol,
            calibrate=calibrate,
            replay=replay,
            red_line_clock=red_line_clock,
        )
        try:
            f = forecast(
                cfg, scenario=sc, backend=backend, workers=workers, address=address, runs=record
            )
        except AccordError as exc:
            rows.append({"scenario": sid, "date": date.isoformat(), "error": str(exc)})
            continue
        s = f.summary
        held = outcome(s, "held_released")
        row = {
            "scenario": sid,
            "date": date.isoformat(),
            "title": sc.title,
            "run_id": f.run_id,
            "milestones": [
                {k: m[k] for k in ("day", "date", "p_deal", "low", "high")} for m in s["milestones"]
            ],
            "p_deal_by_horizon": s["p_deal_by_horizon"],
            "median_days_to_deal": s["median_days_to_deal"],
            "held_released": held[1] if held else None,
            "held_label": s["outcome_words"][held[0]]["label"] if held else None,
            "pause_days": (outcome(s, "pause_days") or (None, None))[1],
            "completed_share_of_deals": s["implementation"]["completed"],
            "most_sensitive": [r["parameter"] for r in s["sensitivity"][:3]],
            "zone": s.get("zone", {}),
            "calibration": s.get("calibration", {}),
        }
        if outcomes is not None:
            row["events"] = settled_events(sc, s["curve"], outcomes)
            row["observed"] = other_outcomes(sc, s, outcomes)
        rows.append(row)
    return rows


def backtest_scores(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Scores over every settled event of every snapshot (see :func:`accord.simulate.scoring.score`)."""
    return score([e for r in rows for e in r.get("events", [])])
