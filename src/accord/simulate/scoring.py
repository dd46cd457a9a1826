"""Score forecasts against what happened: Brier and log scores, reliability, and two baselines.

The outcomes are the user's (a YAML or JSON file, format in docs/forecast.md);
none is part of accord. For each snapshot and each checkpoint ``d`` days after
its date, the event "a first deal is signed within ``d`` days" is scored when it
is settled: it happened, or the outcomes were observed at least until the
checkpoint. Each forecast probability is set beside two baselines computed from
the snapshot's own pre-snapshot record (``record:`` in the scenario):

* **flat**: 50 % for every event;
* **constant hazard**: deals arrive at the rate seen before the snapshot,
  ``lambda = (deals + 1/2) / days observed`` (half a deal added so a record
  without a deal still gives a small rate), and ``P(deal within d) = 1 - exp(-lambda d)``.

>>> round(hazard_probability(1, 74, 30), 3), round(hazard_probability(0, 100, 30), 3)
(0.456, 0.139)
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import Field, model_validator

from accord.errors import InputError
from accord.files import parse, read_text, validate
from accord.model import Scenario
from accord.model.base import Strict

CHECKPOINTS = (30, 90, 180, 365)
LOG_FLOOR = 1e-3  # probabilities are clipped to [0.001, 0.999] for the log score
RELIABILITY_BINS = 5
DIFFERENCE_RESAMPLES = 2000  # snapshot resamples for the interval of a Brier difference


class ReturnedPeople(Strict):
    date: dt.date
    living: int = Field(
        ge=0, description="released alive from the held stock (tracked.stocks, kind held) that day"
    )


class Outcomes(Strict):
    """What happened after the snapshots, as the user records it."""

    observed_until: dt.date = Field(description="the outcomes are complete up to this date")
    deals: list[dt.date] = Field(
        default_factory=list, description="dates on which a deal was signed"
    )
    collapses: list[dt.date] = Field(
        default_factory=list, description="dates on which a deal collapsed"
    )
    returned: list[ReturnedPeople] = Field(default_factory=list)

    @model_validator(mode="after")
    def _observed(self) -> Outcomes:
        late = [
            d
            for d in [*self.deals, *self.collapses, *(r.date for r in self.returned)]
            if d > self.observed_until
        ]
        if late:
            raise ValueError(f"{late[0]} is after observed_until ({self.observed_until})")
        return self

    def first_deal_after(self, start: dt.date) -> dt.date | None:
        later = sorted(d for d in self.deals if d > start)
        return later[0] if later else None


def load_outcomes(path: str | Path) -> Outcomes:
    """Read an outcomes file (YAML or JSON); every problem is an :class:`InputError` saying what to fix."""
    from accord.scenarios.loader import check_yaml_budget

    path = Path(path)
    if not path.is_file():
        raise InputError(f"--outcomes: no file {path}")
    name = f"--outcomes: {path}"
    text = read_text(path, "the outcomes file")
    if path.suffix.lower() != ".json":
        check_yaml_budget(text, str(path))  # no alias bombs, bounded size and nesting
    data = parse(text, name, json_text=path.suffix.lower() == ".json")
    if not isinstance(data, dict):
        raise InputError(
            f"--outcomes: {path} must hold a mapping with observed_until, deals, collapses, returned"
        )
    return validate(Outcomes, data, name, hint=" (see docs/forecast.md, 'Backtest')")


def hazard_probability(deals: int, days: int, within: int) -> float:
    """P(a deal within ``within`` days) at the rate ``(deals + 1/2) / days`` seen before."""
    rate = (deals + 0.5) / max(days, 1)
    return 1.0 - math.exp(-rate * within)


def baseline_hazard(scenario: Scenario, within: int) -> float | None:
    """Constant-hazard probability from the scenario's record; ``None`` without a record."""
    rec = scenario.record
    if rec is None:
        return None
    deals = sum(1 for d in rec.deals if rec.since <= d.date <= scenario.date)
    return hazard_probability(deals, (scenario.date - rec.since).days, within)


def brier(p: float, y: int) -> float:
    return (p - y) ** 2


def log_score(p: float, y: int) -> float:
    """Negative log likelihood (lower is better), with p clipped to [0.001, 0.999]."""
    q = min(max(p, LOG_FLOOR), 1 - LOG_FLOOR)
    return -math.log(q if y else 1 - q)


def settled_events(
    scenario: Scenario,
    curve: list[dict[str, Any]],
    outcomes: Outcomes,
    checkpoints: tuple[int, ...] = CHECKPOINTS,
) -> list[dict[str, Any]]:
    """One row per settled "first deal within d days" event: forecast, baselines, outcome."""
    first = outcomes.first_deal_after(scenario.date)
    rows = []
    for d in checkpoints:
        if d > len(curve):
            continue
        end = scenario.date + dt.timedelta(days=d)
        happened = first is not None and first <= end
        if not happened and outcomes.observed_until < end:
            continue  # not settled yet
        hazard = baseline_hazard(scenario, d)
        rows.append(
            {
                "scenario": scenario.id,
                "event": f"first deal within {d} days",
                "days": d,
                "by": end.isoformat(),
                "outcome": int(happened),
                "forecast": curve[d - 1]["p_deal"],
                "flat": 0.5,
                "hazard": hazard,
            }
        )
    return rows


def outcome(summary: dict[str, Any], measure: str) -> tuple[str, dict[str, Any]] | None:
    """``(key, distribution)`` of a measure (e.g. ``held_released``) in a summary, or None when
    the scenario does not track it."""
    for key, words in summary.get("outcome_words", {}).items():
        if words.get("measure") == measure and key in summary.get("outcomes", {}):
            return key, summary["outcomes"][key]
    return None


def other_outcomes(
    scenario: Scenario, summary: dict[str, Any], outcomes: Outcomes
) -> dict[str, Any]:
    """Collapse and the held stock released over the horizon, when the outcomes cover it."""
    horizon = summary["horizon_days"]
    end = scenario.date + dt.timedelta(days=horizon)
    if outcomes.observed_until < end:
        return {}
    collapsed = int(any(scenario.date < d <= end for d in outcomes.collapses))
    p_collapse = summary["implementation"]["runs_with_a_collapse"]
    returned = sum(r.living for r in outcomes.returned if scenario.date < r.date <= end)
    out: dict[str, Any] = {
        "collapse": {
            "forecast": p_collapse,
            "outcome": collapsed,
            "brier": round(brier(p_collapse, collapsed), 6),
        }
    }
    found = outcome(summary, "held_released")
    if found is not None:
        key, lr = found
        out["held_released"] = {
            "key": key,
            "label": summary["outcome_words"][key]["label"],
            "forecast_mean": lr["mean"],
            "interval_5_95": [lr["p5"], lr["p95"]],
            "outcome": returned,
            "inside_interval": lr["p5"] <= returned <= lr["p95"],
            "absolute_error": round(abs(lr["mean"] - returned), 3),
        }
    return out


def score(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Mean Brier and log scores of the forecast and the baselines, and the reliability table."""
    if not events:
        return {"events": 0}
    out: dict[str, Any] = {"events": len(events)}
    for key in ("forecast", "flat", "hazard"):
        rows = [e for e in events if e[key] is not None]
        if rows:
            out[key] = {
                "brier": round(sum(brier(e[key], e["outcome"]) for e in rows) / len(rows), 6),
                "log": round(sum(log_score(e[key], e["outcome"]) for e in rows) / len(rows), 6),
                "events": len(rows),
            }
    out["reliability"] = {
        key: reliability([e for e in events if e[key] is not None], key)
        for key in ("forecast", "hazard")
    }
    out["versus"] = {
        key: d for key in ("flat", "hazard") if (d := brier_difference(events, key)) is not None
    }
    return out


def brier_difference(
    events: list[dict[str, Any]],
    baseline: str,
    resamples: int = DIFFERENCE_RESAMPLES,
    seed: int = 0,
) -> dict[str, Any] | None:
    """Mean Brier score of the forecast minus the baseline's (negative: the forecast is better),
    with a 95 % interval from resampling whole snapshots.

    A snapshot's events (deal within 30, 90, 180, 365 days) share one outcome path, so they
    are drawn together: the interval says how much the difference depends on which snapshots
    were scored. ``share_better``: the share of resamples in which the forecast scores better.
    None when no event has the baseline.

    >>> ev = [{"scenario": s, "outcome": y, "forecast": 0.9 * y + 0.05, "flat": 0.5, "hazard": None}
    ...       for s, y in (("a", 1), ("b", 0), ("c", 1))]
    >>> d = brier_difference(ev, "flat")
    >>> d["difference"], d["snapshots"], d["share_better"]
    (-0.2475, 3, 1.0)
    """
    rows = [e for e in events if e.get(baseline) is not None]
    if not rows:
        return None
    groups: dict[str, list[float]] = {}
    for e in rows:
        diff = brier(e["forecast"], e["outcome"]) - brier(e[baseline], e["outcome"])
        groups.setdefault(str(e.get("scenario", "")), []).append(diff)
    sums = np.array([sum(g) for g in groups.values()])
    counts = np.array([len(g) for g in groups.values()], dtype=float)
    point = float(sums.sum() / counts.sum())
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(sums), size=(resamples, len(sums)))
    drawn = sums[picks].sum(axis=1) / counts[picks].sum(axis=1)
    low, high = np.percentile(drawn, [2.5, 97.5])
    return {
        "difference": round(point, 6),
        "low": round(float(low), 6),
        "high": round(float(high), 6),
        "share_better": round(float((drawn < 0).mean()), 4),
        "snapshots": len(sums),
        "events": len(rows),
        "resamples": resamples,
        "seed": seed,
    }


def reliability(
    events: list[dict[str, Any]], key: str, bins: int = RELIABILITY_BINS
) -> list[dict[str, Any]]:
    """Events grouped by forecast probability: mean forecast against observed frequency per bin."""
    table = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [e for e in events if lo <= e[key] < hi or (b == bins - 1 and e[key] == 1.0)]
        if inside:
            table.append(
                {
                    "bin": f"{lo:.1f}-{hi:.1f}",
                    "events": len(inside),
                    "mean_forecast": round(sum(e[key] for e in inside) / len(inside), 4),
                    "observed": round(sum(e["outcome"] for e in inside) / len(inside), 4),
                }
            )
    return table
