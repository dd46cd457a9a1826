"""GENIUS's reference frontier (``pareto.xml``) checked point by point.

``pareto.xml`` lists utility pairs only, no outcomes. For each pair the check
answers two questions:

* **realised** -- does some outcome have exactly these utilities under
  accord's reading of the profiles? For hyper-rectangle profiles the pair is
  turned back into integer totals (``u * maxutility``: ANAC 2014's utilities
  are integers divided by ``maxutility``, and a printed single-precision value
  gives the integer back unambiguously) and an outcome with those totals is
  looked for: first among the exact frontier's outcomes and the outcomes one
  issue away from them or from the pairs realised before (evaluated in
  batches), then by an integer program; for listed domains the outcomes are
  searched. A realised pair means the file's number is one accord's reading
  produces.
* **status** -- ``on_frontier`` (the exact frontier has the pair),
  ``dominated`` (a frontier outcome is at least as good for both and better
  for one: that outcome is the **witness**, its utilities recomputed with
  GENIUS's formula outcome by outcome, not taken from the solver) or
  ``beyond`` (nothing on the frontier is as good: the frontier would not be
  exact).

Every pair realised, none beyond, and some dominated proves the reference is
not the exact frontier: it lists real outcomes, some of which others beat.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from accord.interop.genius import GeniusDomain
from accord.interop.genius_nonlinear import RectangleProfile, _Program

TOLERANCE = 1e-6  # pareto.xml prints single-precision floats
INTEGRAL = 1e-3  # |u * maxutility - round(.)| below this: an integer total


@dataclass(frozen=True)
class ReferencePoint:
    reference: tuple[float, ...]  # the pair as written in pareto.xml
    status: str  # "on_frontier" | "dominated" | "beyond"
    realised: tuple[str, ...] | None  # labels of an outcome with exactly these utilities
    realised_utilities: tuple[float, ...] | None
    witness: tuple[str, ...] | None  # labels of a frontier outcome strictly dominating it
    witness_utilities: tuple[float, ...] | None

    def to_dict(self, issues: list[str]) -> dict[str, Any]:
        def named(labels):
            return None if labels is None else dict(zip(issues, labels, strict=True))

        return {
            "reference": list(self.reference),
            "status": self.status,
            "realised": self.realised is not None,
            "realised_by": named(self.realised),
            "realised_utilities": self.realised_utilities,
            "witness": named(self.witness),
            "witness_utilities": self.witness_utilities,
        }


def _status(frontier: np.ndarray, r: np.ndarray) -> tuple[str, int | None]:
    if (np.abs(frontier - r) <= TOLERANCE).all(axis=1).any():
        return "on_frontier", None
    better = (frontier >= r - TOLERANCE).all(axis=1) & (frontier > r + TOLERANCE).any(axis=1)
    if better.any():
        # the witness gaining most in total over the reference point
        k = int(np.argmax(np.where(better, (frontier - r).sum(axis=1), -np.inf)))
        return "dominated", k
    return "beyond", None


def _labels(domain: GeniusDomain, levels) -> tuple[str, ...]:
    return tuple(i.labels[int(v)] for i, v in zip(domain.issues, levels, strict=True))


def _near(domain: GeniusDomain, outcomes: np.ndarray) -> np.ndarray:
    """``outcomes`` (level indices, one row each), then every outcome one issue away from one."""
    base = outcomes.reshape(-1, len(domain.issues))
    rows = [base]
    for j, size in enumerate(domain.shape):
        for v in range(size):
            moved = base[base[:, j] != v].copy()
            moved[:, j] = v
            rows.append(moved)
    return np.concatenate(rows)


def _raw_totals(profiles: list[RectangleProfile], outcomes: np.ndarray) -> np.ndarray:
    """Each profile's total before the division (``RectangleProfile.raw``) for many outcomes:
    the same rectangles added in the same order, so the same floats."""
    out = np.zeros((len(outcomes), len(profiles)))
    for k, p in enumerate(profiles):
        for rect in p.rectangles:
            inside = np.ones(len(outcomes), dtype=bool)
            for j, lo, hi in rect.bounds:
                inside &= (outcomes[:, j] >= lo) & (outcomes[:, j] <= hi)
            out[:, k] += np.where(inside != rect.exclusive, rect.value, 0.0)
    return out


def check_rectangles(
    domain: GeniusDomain,
    profiles: list[RectangleProfile],
    reference: np.ndarray,
    frontier_outcomes: np.ndarray,
) -> list[ReferencePoint]:
    """The check for two hyper-rectangle profiles, given the exact frontier's outcomes."""
    prog = _Program(domain, profiles)
    cap = np.array([p.max_utility for p in profiles])

    def utils(levels) -> np.ndarray:  # GENIUS's formula, outcome by outcome
        return np.array([p.utility(np.asarray(levels)) for p in profiles])

    frontier = np.array([utils(x) for x in frontier_outcomes])
    # reference points come from a search near the frontier: most are realised by a frontier
    # outcome, or one a single issue away from it or from a point realised before, found
    # without an integer program
    near = _near(domain, np.asarray(frontier_outcomes, dtype=int))
    raw = _raw_totals(profiles, near)
    out = []
    for r in np.asarray(reference, dtype=float):
        totals = r * cap
        whole = np.round(totals)
        realised = None
        if np.abs(totals - whole).max() < INTEGRAL:
            at_least = r >= 1.0
            hit = np.flatnonzero(((raw == whole) | (at_least & (raw >= whole))).all(axis=1))
            if len(hit):
                realised = near[hit[0]]
            else:
                realised = prog.realise(whole, at_least=at_least)
            if realised is not None:  # the next point is often a step away from this one
                step = _near(domain, np.asarray(realised, dtype=int)[None, :])
                near = np.concatenate([near, step])
                raw = np.concatenate([raw, _raw_totals(profiles, step)])
        status, k = _status(frontier, r)
        out.append(
            ReferencePoint(
                reference=tuple(float(x) for x in r),
                status=status,
                realised=None if realised is None else _labels(domain, realised),
                realised_utilities=None
                if realised is None
                else tuple(float(x) for x in utils(realised)),
                witness=None if k is None else _labels(domain, frontier_outcomes[k]),
                witness_utilities=None if k is None else tuple(float(x) for x in frontier[k]),
            )
        )
    return out


def check_listed(
    domain: GeniusDomain, U: np.ndarray, front: np.ndarray, reference: np.ndarray
) -> list[ReferencePoint]:
    """The check for a domain whose outcomes were all evaluated (``U``, frontier rows ``front``)."""
    F = U[front]
    out = []
    for r in np.asarray(reference, dtype=float):
        hit = np.flatnonzero((np.abs(U - r) <= TOLERANCE).all(axis=1))
        status, k = _status(F, r)
        out.append(
            ReferencePoint(
                reference=tuple(float(x) for x in r),
                status=status,
                realised=domain.outcome(int(hit[0])) if len(hit) else None,
                realised_utilities=tuple(float(x) for x in U[hit[0]]) if len(hit) else None,
                witness=None if k is None else domain.outcome(int(front[k])),
                witness_utilities=None if k is None else tuple(float(x) for x in F[k]),
            )
        )
    return out


def summary(points: list[ReferencePoint]) -> dict[str, Any]:
    n = len(points)
    counts = {s: sum(p.status == s for p in points) for s in ("on_frontier", "dominated", "beyond")}
    realised = sum(p.realised is not None for p in points)
    if counts["beyond"]:
        verdict = "accord's frontier is not exact: reference points lie beyond it"
    elif counts["on_frontier"] == n:
        verdict = "reference frontier reproduced"
    elif realised == n:
        verdict = (
            "reference frontier dominated: every point is an outcome accord's reading "
            f"reproduces, and {counts['dominated']} are strictly dominated by verified witnesses"
        )
    else:
        verdict = (
            f"reference frontier dominated ({counts['dominated']} points, with witnesses); "
            f"{n - realised} points are no outcome's utilities under accord's reading"
        )
    return {"points": n, **counts, "realised": realised, "verdict": verdict}


__all__ = ["ReferencePoint", "check_listed", "check_rectangles", "summary"]
