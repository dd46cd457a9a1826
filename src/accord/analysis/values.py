"""Value functions and red lines of one party on one issue, evaluated on arrays.

An issue value is represented as a NumPy array ``raw``: for ordinal and
boolean issues the level index, for continuous issues the quantity, for
count issues one column per category (``raw[..., c]`` people of category c).
Every function here takes a batch of values and returns a batch of results,
so the same code serves the agreement-space grid and single proposals.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from accord.model import Issue, IssueKind, Position
from accord.model.position import SHAPE_EXPONENT


def category_max(issue: Issue) -> np.ndarray:
    return np.array([c.max.value for c in issue.categories or []], dtype=float)


def _closeness(x: np.ndarray, ideal: float, lo: float, hi: float) -> np.ndarray:
    span = max(ideal - lo, hi - ideal)
    if span <= 0:
        return np.ones_like(x, dtype=float)
    return np.clip(1.0 - np.abs(x - ideal) / span, 0.0, 1.0)


def _count_share(issue: Issue, pos: Position | None, raw: np.ndarray) -> np.ndarray:
    """Category-weighted share of the maximum, in [0, 1]."""
    cats = issue.categories or []
    weights = np.array(
        [(pos.category_weights or {}).get(c.id, 1.0) if pos else 1.0 for c in cats], dtype=float
    )
    denom = float(np.dot(weights, category_max(issue)))
    if denom <= 0:
        return np.zeros(raw.shape[:-1])
    return (raw @ weights) / denom


def _ideal_share(issue: Issue, ideal: object) -> float:
    total = issue.upper
    if ideal == "max":
        return 1.0
    if ideal == "min":
        return 0.0
    if isinstance(ideal, dict):
        return float(sum(ideal.values())) / total if total else 0.0
    return float(ideal) / total if total else 0.0  # type: ignore[arg-type]


def value(issue: Issue, pos: Position | None, raw: np.ndarray) -> np.ndarray:
    """The party's value in [0, 1] of each issue value in ``raw`` (0 when it has no position)."""
    raw = np.asarray(raw, dtype=float)
    batch = raw.shape[:-1] if issue.kind is IssueKind.count else raw.shape
    if pos is None:
        return np.zeros(batch)
    exponent = SHAPE_EXPONENT[pos.shape]
    if issue.kind in (IssueKind.ordinal, IssueKind.boolean):
        levels = issue.ordered_levels
        if pos.values is not None:
            table = np.array([pos.values[lv] for lv in levels], dtype=float)
            return table[np.clip(np.rint(raw).astype(int), 0, len(levels) - 1)]
        c = _closeness(raw, issue.to_number(pos.ideal), 0.0, float(len(levels) - 1))
    elif issue.kind is IssueKind.continuous:
        c = _closeness(raw, issue.to_number(pos.ideal), issue.lower, issue.upper)
    else:
        c = _closeness(_count_share(issue, pos, raw), _ideal_share(issue, pos.ideal), 0.0, 1.0)
    return c**exponent


def as_raw(issue: Issue, term: object) -> np.ndarray:
    """One scenario term (level name, number, 'min'/'max' or per-category dict) as a raw value."""
    if issue.kind is IssueKind.count:
        cmax = category_max(issue)
        if isinstance(term, dict):
            return _category_counts(issue, term, cmax)
        total = issue.to_number(term)  # type: ignore[arg-type]
        # a total without a breakdown is spread in proportion to what is available
        return cmax * (total / cmax.sum()) if cmax.sum() > 0 else np.zeros_like(cmax)
    return np.array(issue.to_number(term))  # type: ignore[arg-type]


def _category_counts(issue: Issue, term: dict[Any, Any], cmax: np.ndarray) -> np.ndarray:
    """Per-category counts as a raw value: known categories, each a finite number in [0, max].

    A missing category counts 0. The same rule as a total's range check, per category:
    ``{"living": 25}`` of 24 is refused, not evaluated.
    """
    ids = [c.id for c in issue.categories or []]
    unknown = [str(k)[:40] for k in term if k not in ids]
    if unknown:
        raise ValueError(
            f"unknown categor{'y' if len(unknown) == 1 else 'ies'} {', '.join(unknown[:5])} of "
            f"issue '{issue.id}' (categories: {', '.join(ids)})"
        )
    out = []
    for cid, high in zip(ids, cmax, strict=True):
        given = term.get(cid, 0.0)
        try:
            if isinstance(given, bool):
                raise TypeError
            number = float(given)
        except (TypeError, ValueError):
            raise ValueError(
                f"category '{cid}' of issue '{issue.id}': {str(given)[:40]!r} is not a number"
            ) from None
        if not math.isfinite(number):
            raise ValueError(
                f"category '{cid}' of issue '{issue.id}': {number} is not a finite number"
            )
        if not -1e-9 <= number <= high + 1e-9:
            raise ValueError(
                f"category '{cid}' of issue '{issue.id}': {number:g} is outside [0, {high:g}]"
            )
        out.append(number)
    return np.array(out, dtype=float)


def red_line_ok(issue: Issue, pos: Position | None, raw: np.ndarray) -> np.ndarray:
    """True where ``raw`` respects the party's red line on the issue (always, without one)."""
    raw = np.asarray(raw, dtype=float)
    batch = raw.shape[:-1] if issue.kind is IssueKind.count else raw.shape
    if pos is None or pos.red_line is None:
        return np.ones(batch, dtype=bool)
    if issue.kind is IssueKind.count:
        ideal_share = _ideal_share(issue, pos.ideal)
        if isinstance(pos.red_line, dict):
            ok = np.ones(batch, dtype=bool)
            ids = [c.id for c in issue.categories or []]
            cmax = category_max(issue)
            for cid, r in pos.red_line.items():
                c = ids.index(cid)
                ok &= _on_ideal_side(
                    raw[..., c], float(r), ideal_share, float(r) / cmax[c] if cmax[c] else 0.0
                )
            return ok
        r = issue.to_number(pos.red_line)
        return _on_ideal_side(
            raw.sum(axis=-1), r, ideal_share, r / issue.upper if issue.upper else 0.0
        )
    threshold = value(issue, pos, as_raw(issue, pos.red_line))
    return value(issue, pos, raw) >= threshold - 1e-9


def _on_ideal_side(x: np.ndarray, r: float, ideal_share: float, r_share: float) -> np.ndarray:
    """Counts at or beyond red line ``r`` in the direction of the ideal (exactly r if they coincide)."""
    if ideal_share > r_share:
        return x >= r - 1e-9
    if ideal_share < r_share:
        return x <= r + 1e-9
    return np.abs(x - r) <= 1e-9


def describe_raw(issue: Issue, raw: np.ndarray) -> str | dict[str, float]:
    """A raw value back in the scenario's terms (level name, number or per-category dict)."""
    if issue.kind is IssueKind.count:
        ids = [c.id for c in issue.categories or []]
        if len(ids) == 1:
            return _num(float(raw[0]))  # type: ignore[return-value]
        return {cid: _num(float(v)) for cid, v in zip(ids, raw, strict=True)}
    if issue.kind in (IssueKind.ordinal, IssueKind.boolean):
        return issue.ordered_levels[int(round(float(raw)))]
    return _num(float(raw))  # type: ignore[return-value]


def _num(x: float) -> float:
    return int(x) if float(x).is_integer() else round(x, 2)  # type: ignore[return-value]
