"""The Pareto frontier of a utility array: the candidate outcomes no other candidate dominates.

``U`` is a float array of shape ``(n_outcomes, n_parties)`` (one row of utilities per
outcome) and ``mask`` an optional boolean array restricting the candidates (e.g. to outcomes
no red line excludes); outcomes outside it are never on the frontier and never dominate. An
outcome is on the frontier when no other candidate weakly dominates it (is ``>=`` in every
column and ``>`` in one). Rows with identical utilities do not dominate each other, so
duplicates are all kept (NegMAS keeps one of them; compare frontiers by utility vector).
The bargaining solutions (:mod:`accord.analysis.solutions`) are searched on it.

Two parties use an ``O(n log n)`` sort-and-sweep in NumPy after an ``O(n)`` binned
pre-filter (a first column equal on every candidate needs neither: the rows best on the
second are the frontier); more parties use a sort-filter skyline compiled with Numba
(dominance is checked against the frontier found so far, stopping at the first dominator).
The two-party path stays NumPy: loading even a cached Numba function costs a fresh process
about 0.5 s CPU, more than the frontier of the largest built-in grid.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from accord.errors import InputError

__all__ = ["check_mask", "check_utilities", "pareto_mask"]


def check_utilities(U: np.ndarray) -> np.ndarray:
    U = np.asarray(U, dtype=np.float64)
    if U.ndim != 2:
        raise InputError(
            f"utilities must be a 2-D array (n_outcomes, n_parties); got shape {U.shape}"
        )
    if U.shape[1] < 1:
        raise InputError("utilities need at least one party column")
    if U.size and not np.isfinite(U).all():
        rows = np.flatnonzero(~np.isfinite(U).all(axis=1))[:5].tolist()
        raise InputError(
            f"utilities contain NaN or infinite values (rows {rows}); "
            "exclude such outcomes with `mask` instead"
        )
    return U


def check_mask(mask: np.ndarray | None, n: int) -> np.ndarray:
    if mask is None:
        return np.ones(n, dtype=bool)
    m = np.asarray(mask)
    if m.shape != (n,) or m.dtype != np.bool_:
        raise InputError(
            f"mask must be a boolean array of shape ({n},); got {m.dtype} array of shape {m.shape}"
        )
    return m


def _bin_survivors(u0: np.ndarray, u1: np.ndarray, nbins: int) -> np.ndarray:
    """Drop rows beaten by a row in a higher u0 bin (higher bin => strictly larger u0).

    NumPy, not Numba: as fast on the flagship's grid and nothing to compile on a first run.

    >>> _bin_survivors(np.array([0.0, 0.5, 1.0]), np.array([1.0, 0.2, 0.5]), 16).tolist()
    [True, False, True]
    """
    keep = np.ones(u0.shape[0], dtype=np.bool_)
    if u0.shape[0] == 0:
        return keep
    lo, hi = u0.min(), u0.max()
    if not hi > lo:
        return keep
    with np.errstate(over="ignore", divide="ignore"):
        scale = nbins / (hi - lo)
    if not (np.isfinite(scale) and scale > 0):  # subnormal or overflowing range: no filter
        return keep
    bins = ((u0 - lo) * scale).astype(np.int32)  # monotone in u0; int32 converts far faster
    np.minimum(bins, nbins, out=bins)
    best = np.full(nbins + 1, -np.inf)
    np.maximum.at(best, bins, u1)
    # above[k]: the best u1 in any bin strictly above k
    above = np.r_[np.maximum.accumulate(best[::-1])[::-1][1:], -np.inf]
    return u1 > above[bins]


def _pareto_two(u0: np.ndarray, u1: np.ndarray) -> np.ndarray:
    """Non-dominated flags for two columns (sort by u0 descending, sweep u1).

    >>> _pareto_two(np.array([0.5, 0.5, 0.5]), np.array([0.2, 0.7, 0.7])).tolist()
    [False, True, True]
    """
    if u0.size and u0.min() == u0.max():
        # one u0 for every row (e.g. all rows excluded and set to one value): the rows best
        # on u1 are the frontier, duplicates included; no bin can filter, so no sort either
        return u1 == u1.max()
    # O(n) pre-filter: a row is dominated when a row with a strictly larger u0 (a higher
    # bin) is at least as good on u1. Only the survivors, near the frontier, are sorted;
    # a frontier row always survives, so the sweep below stays exact.
    nbins = int(min(max(len(u0) // 64, 16), 1 << 16))
    alive = np.flatnonzero(_bin_survivors(u0, u1, nbins))
    if alive.size == 0:  # cannot happen (frontier rows survive); guards reduceat below
        alive = np.arange(len(u0))
    v0, v1 = u0[alive], u1[alive]
    order = np.argsort(-v0)  # order within equal-u0 groups does not matter below
    s0, s1 = v0[order], v1[order]
    new_group = np.r_[True, s0[1:] != s0[:-1]]
    starts = np.flatnonzero(new_group)
    group = np.cumsum(new_group) - 1
    group_best = np.maximum.reduceat(s1, starts)
    # best u1 among all rows with a strictly larger u0 (exclusive running max over groups)
    better_before = np.r_[-np.inf, np.maximum.accumulate(group_best)[:-1]]
    gb = group_best[group]
    keep_sorted = (s1 == gb) & (gb > better_before[group])
    keep = np.zeros(len(u0), dtype=bool)
    keep[alive[order[keep_sorted]]] = True
    return keep


@njit(cache=True)
def _skyline_sorted(P: np.ndarray) -> np.ndarray:  # pragma: no cover - compiled
    n, k = P.shape
    keep = np.zeros(n, dtype=np.bool_)
    # frontier rows copied contiguously: the inner scan then reads memory in order
    front = np.empty((n, k), dtype=P.dtype)
    m = 0
    for i in range(n):
        dominated = False
        for j in range(m):
            ge = True
            gt = False
            for c in range(k):
                a = front[j, c]
                b = P[i, c]
                if a < b:
                    ge = False
                    break
                if a > b:
                    gt = True
            if ge and gt:
                dominated = True
                break
        if not dominated:
            keep[i] = True
            for c in range(k):
                front[m, c] = P[i, c]
            m += 1
    return keep


def _pareto_many(C: np.ndarray) -> np.ndarray:
    """Non-dominated flags for three or more columns (sort-filter skyline)."""
    # A dominator has a sum >= the dominated row's (float addition is monotone) and,
    # on equal sums, is lexicographically larger: sorting by (sum, columns) descending
    # puts every dominator before the rows it dominates.
    total = C.sum(axis=1)
    best = C[int(np.argmax(total))]
    # O(n) pre-filter: drop rows the largest-sum row dominates
    alive = np.flatnonzero((C > best).any(axis=1) | (C == best).all(axis=1))
    A = C[alive]
    keys = [-A[:, c] for c in range(A.shape[1] - 1, -1, -1)] + [-total[alive]]
    order = np.lexsort(keys)
    keep_sorted = _skyline_sorted(np.ascontiguousarray(A[order]))
    keep = np.zeros(len(C), dtype=bool)
    keep[alive[order[keep_sorted]]] = True
    return keep


def pareto_mask(U: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
    """Flag the candidate outcomes that no other candidate weakly dominates.

    Outcomes outside ``mask`` are never on the frontier and never dominate.

    >>> U = np.array([[1.0, 0.0], [0.0, 1.0], [0.5, 0.5], [0.4, 0.4], [0.5, 0.5]])
    >>> pareto_mask(U).tolist()
    [True, True, True, False, True]
    >>> pareto_mask(U, mask=np.array([True, True, False, True, False])).tolist()
    [True, True, False, True, False]
    """
    U = check_utilities(U)
    m = check_mask(mask, len(U))
    every = bool(m.all())
    idx = None if every else np.flatnonzero(m)
    C = U if every else U[idx]
    if len(C) == 0:
        return np.zeros(len(U), dtype=bool)
    if C.shape[1] == 1:
        keep = C[:, 0] == C[:, 0].max()
    elif C.shape[1] == 2:
        # column views, not copies: copying two tall columns costs more than reading them strided
        keep = _pareto_two(C[:, 0], C[:, 1])
    else:
        keep = _pareto_many(C)
    if idx is None:
        return keep
    out = np.zeros(len(U), dtype=bool)
    out[idx[keep]] = True
    return out
