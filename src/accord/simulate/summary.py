"""From merged chunk histograms to the forecast a reader sees.

Everything here is computed from integer counts, so the summary of a
forecast is a pure function of its seed and configuration.

* P(first deal by day t) with a 95% Wilson interval (Monte Carlo error of the
  estimate; parameter uncertainty is already inside the estimate, since every
  run draws its own parameters).
* Distributions (mean and 5/50/95th percentiles) over the horizon of what
  the scenario tracks (``tracked``): each stock released, the days its pause
  is in force, and of the held stock those who died, were rescued or are
  still held (keys ``<stock>_<measure>``, words in ``outcome_words``); and,
  per category of the held stock (``outcomes_by_category``), the same four.
* The first deal's fate: carried out, collapsed at which boundary, or still
  being carried out at the horizon.
* Sensitivity: for every parameter that varies, P(deal by the horizon) among
  the runs that drew it in its lowest and highest fifth (the tornado), and the
  first-order index ``eta^2 = Var(E[deal | decile]) / Var(deal)``.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import numpy as np

from accord.model import StockKind
from accord.simulate.chunk_stats import SENSITIVITY_BINS, ChunkStats
from accord.simulate.run import CATEGORY_COLUMNS
from accord.simulate.space import ForecastSpace, measures

Z95 = 1.959963984540054
MILESTONES = (7, 30, 60, 90, 180, 365, 730)


def wilson(k: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """95% Wilson score interval for k successes in n trials.

    >>> lo, hi = wilson(np.array([50]), 100)
    >>> round(float(lo[0]), 3), round(float(hi[0]), 3)
    (0.404, 0.596)
    """
    p = k / n
    denom = 1 + Z95**2 / n
    centre = (p + Z95**2 / (2 * n)) / denom
    half = Z95 * np.sqrt(p * (1 - p) / n + Z95**2 / (4 * n * n)) / denom
    return np.clip(centre - half, 0, 1), np.clip(centre + half, 0, 1)


def distribution(hist: np.ndarray) -> dict[str, float]:
    n = int(hist.sum())
    if n == 0:
        return {"mean": 0.0, "p5": 0, "p50": 0, "p95": 0}
    x = np.arange(len(hist))
    cdf = np.cumsum(hist)

    def q(f: float) -> int:
        return int(np.searchsorted(cdf, math.ceil(f * n)))

    return {
        "mean": round(float((x * hist).sum()) / n, 3),
        "p5": q(0.05),
        "p50": q(0.5),
        "p95": q(0.95),
    }


def summarise(
    stats: ChunkStats,
    space: ForecastSpace,
    horizon: int,
    varying: list[Any],
    dynamics: list[str] | None = None,
) -> dict[str, Any]:
    n = stats.n
    h = stats.hist
    start = space.scenario.date
    deals = np.cumsum(h["deal_day"][:horizon])
    p = deals / n
    lo, hi = wilson(deals, n)
    curve = [
        {
            "day": t + 1,
            "date": (start + dt.timedelta(days=t + 1)).isoformat(),
            "p_deal": round(float(p[t]), 6),
            "low": round(float(lo[t]), 6),
            "high": round(float(hi[t]), 6),
        }
        for t in range(horizon)
    ]
    milestones = [curve[d - 1] for d in MILESTONES if d <= horizon]
    if not milestones or milestones[-1]["day"] != horizon:
        milestones.append(curve[horizon - 1])
    n_deal = int(deals[-1])
    median = int(np.searchsorted(deals, math.ceil(n / 2))) + 1 if n_deal * 2 >= n else None

    phases = [ph.name for ph in space.template.phases]
    fate = h["fate"]
    implementation = {
        "deals": n_deal,
        "completed": _share(fate[0], n_deal),
        "collapsed": _share(fate[1:-1].sum(), n_deal),
        "collapsed_after_phase": {
            phases[b - 1]: _share(fate[b], n_deal) for b in range(1, len(phases))
        },
        "in_force_at_horizon": _share(fate[-1], n_deal),
        "runs_with_a_collapse": _share(n - h["collapses"][0], n),
    }
    packages = h["package"]
    top = np.argsort(-packages, kind="stable")[:5]
    top_terms = [
        {
            "share_of_deals": _share(packages[k], n_deal),
            "terms": space.terms(int(k)),
            "phases": space.phase_terms(int(k)),
            **_nearest(space, int(k)),
        }
        for k in top
        if packages[k] > 0
    ]
    nearest: dict[str, float] = {}
    if space.proposal_ids:
        closest = space.proposal_distance.argmin(axis=1)
        for i, pid in enumerate(space.proposal_ids):
            nearest[pid] = _share(packages[closest == i].sum(), n_deal)
    by_issue: dict[str, dict[str, float]] = {}
    for j, g in enumerate(space.compiled.grids):
        counts: dict[str, int] = {}
        for k in np.flatnonzero(packages):
            label = _term_label(g.describe(int(space.options[k, j])))
            counts[label] = counts.get(label, 0) + int(packages[k])
        by_issue[g.issue.id] = {
            lab: _share(c, n_deal) for lab, c in sorted(counts.items(), key=lambda x: -x[1])
        }
    tracked = measures(space.scenario)
    outcomes = {m.key: distribution(h[m.hist]) for m in tracked if m.hist in h}
    words = {
        m.key: {"label": m.label, "unit": m.unit, "measure": m.hist} for m in tracked if m.hist in h
    }
    by_category: dict[str, dict[str, Any]] = {}
    cats = list(space.categories)
    held = space.scenario.tracked.stock(StockKind.held)
    if held is not None and all(f"held_category_{key}" in h for key in CATEGORY_COLUMNS):
        for c, cat in enumerate(cats):
            entry: dict[str, Any] = {"held_at_start": int(space.held0[c])}
            for key in CATEGORY_COLUMNS:
                entry[key] = distribution(h[f"held_category_{key}"].reshape(len(cats), -1)[c])
            by_category[cat] = entry
    at_start = {}
    for stock in space.scenario.tracked.stocks:
        if stock.kind is StockKind.held:
            at_start[stock.id] = space.held_total0
        elif stock.kind is StockKind.remains:
            at_start[stock.id] = space.remains0
    return {
        "runs": n,
        "horizon_days": horizon,
        "start": start.isoformat(),
        "p_deal_by_horizon": round(float(p[-1]), 6),
        "p_deal_band": [round(float(lo[-1]), 6), round(float(hi[-1]), 6)],
        "median_days_to_deal": median,
        "milestones": milestones,
        "curve": curve,
        "outcomes": outcomes,
        "outcome_words": words,
        "outcomes_by_category": by_category,
        "held_at_start": at_start,
        "implementation": implementation,
        "template": space.template.id,
        "terms": {
            "top_packages": top_terms,
            "by_issue": by_issue,
            "closest_tabled_proposal": nearest,
        },
        "zone": zone_summary(stats, space, horizon, dynamics or []),
        "sensitivity": sensitivity(stats, varying),
        "histograms": {
            m.key: h[m.hist].tolist()
            for m in tracked
            if m.hist in ("held_released", "remains_released", "pause_days") and m.hist in h
        },
    }


def zone_summary(
    stats: ChunkStats, space: ForecastSpace, horizon: int, dynamics: list[str]
) -> dict[str, Any]:
    """Share of runs with a zone of agreement at the snapshot; where there was none, which dynamic
    opened one (the one that had moved the parties' values most by then) and on which day."""
    h = stats.hist
    n = stats.n
    if "zone_at_start" not in h:  # a run stored before zones were tracked
        return {}
    opened = h["zone_opened"].reshape(-1, horizon + 1)
    start = space.scenario.date
    by: dict[str, dict[str, Any]] = {}
    names = ["(no single dynamic)", *dynamics]
    for i in np.argsort(-opened.sum(axis=1), kind="stable"):
        count = int(opened[i].sum())
        if count == 0:
            continue
        day = int(np.searchsorted(np.cumsum(opened[i]), math.ceil(count / 2)))
        by[names[i]] = {
            "share_of_runs": _share(count, n),
            "median_day": day,
            "median_date": (start + dt.timedelta(days=day)).isoformat(),
        }
    return {
        "at_start": _share(int(h["zone_at_start"][1]), n),
        "opened": _share(int(opened.sum()), n),
        "opened_by": by,
    }


def _nearest(space: ForecastSpace, k: int) -> dict[str, Any]:
    if not space.proposal_ids:
        return {}
    i = int(space.proposal_distance[k].argmin())
    return {
        "closest_tabled_proposal": space.proposal_ids[i],
        "distance_to_it": round(float(space.proposal_distance[k, i]), 4),
    }


def _term_label(value: object) -> str:
    """A term as text: a count by category reads ``2000 general, 112 senior``, not a dict."""
    if isinstance(value, dict):
        return ", ".join(f"{n:g} {cat}" for cat, n in value.items())
    return str(value)


def _share(k: float | int, n: int) -> float:
    return round(float(k) / n, 6) if n else 0.0


def sensitivity(stats: ChunkStats, varying: list[Any]) -> list[dict[str, Any]]:
    B = SENSITIVITY_BINS
    nb = stats.hist["sens_n"].reshape(-1, B)
    db = stats.hist["sens_deal"].reshape(-1, B)
    n = stats.n
    p = db.sum(axis=1)[0] / n if len(nb) else 0.0
    out = []
    for i, prm in enumerate(varying):
        low_n, high_n = nb[i, :2].sum(), nb[i, -2:].sum()
        p_low = db[i, :2].sum() / low_n if low_n else p
        p_high = db[i, -2:].sum() / high_n if high_n else p
        with np.errstate(invalid="ignore", divide="ignore"):
            pb = np.where(nb[i] > 0, db[i] / np.maximum(nb[i], 1), p)
        var = p * (1 - p)
        eta2 = float((nb[i] * (pb - p) ** 2).sum() / (n * var)) if var > 0 else 0.0
        out.append(
            {
                "parameter": prm.name,
                "origin": prm.origin,
                "low": prm.low,
                "high": prm.high,
                "p_deal_low": round(float(p_low), 6),
                "p_deal_high": round(float(p_high), 6),
                "swing": round(float(p_high - p_low), 6),
                "first_order_index": round(eta2, 6),
            }
        )
    out.sort(key=lambda r: (-abs(r["swing"]), r["parameter"]))
    return out
