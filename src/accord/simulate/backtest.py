"""Replay the built-in snapshots: what the model forecast from each date.

The forecasts are those the model gives *with only the information in each
snapshot*; the realised course of events is not part of the corpus, so
scoring against it is left to the reader (docs/forecast.md).
"""

from __future__ import annotations

from typing import Any

from accord.errors import AccordError
from accord.scenarios import builtin_paths, load_scenario
from accord.simulate.config import ForecastConfig
from accord.simulate.forecast import forecast


def backtest(runs: int = 2000, horizon: int = 365, seed: int = 0, protocol: str = "mediated",
             backend: str = "local", workers: int | None = None, address: str | None = None,
             store: bool = False) -> list[dict[str, Any]]:
    """One row per built-in snapshot, oldest first."""
    rows: list[dict[str, Any]] = []
    snapshots = []
    for sid, path in builtin_paths().items():
        sc = load_scenario(path)
        snapshots.append((sc.date, sid, sc))
    for date, sid, sc in sorted(snapshots, key=lambda x: (x[0], x[1])):
        cfg = ForecastConfig(scenario=sid, runs=runs, horizon=horizon, seed=seed, protocol=protocol)
        try:
            f = forecast(cfg, scenario=sc, backend=backend, workers=workers, address=address, store=store)
        except AccordError as exc:
            rows.append({"scenario": sid, "date": date.isoformat(), "error": str(exc)})
            continue
        s = f.summary
        rows.append({
            "scenario": sid,
            "date": date.isoformat(),
            "title": sc.title,
            "run_id": f.run_id,
            "milestones": [{k: m[k] for k in ("day", "date", "p_deal", "low", "high")} for m in s["milestones"]],
            "p_deal_by_horizon": s["p_deal_by_horizon"],
            "median_days_to_deal": s["median_days_to_deal"],
            "living_returned": s["outcomes"]["living_returned"],
            "ceasefire_days": s["outcomes"]["ceasefire_days"],
            "completed_share_of_deals": s["implementation"]["completed"],
            "most_sensitive": [r["parameter"] for r in s["sensitivity"][:3]],
        })
    return rows
