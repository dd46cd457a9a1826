"""Batches of bilateral stacked-alternating-offers negotiations with time-based strategies.

This is NegMAS's ``SAOMechanism`` with its ``BoulwareTBNegotiator``,
``LinearTBNegotiator`` and ``ConcederTBNegotiator`` (deterministic, time-only)
rewritten over arrays: outcome ``k`` is worth ``U[k, p]`` to party ``p``; at
step ``s`` of ``n_steps`` the relative time is ``(s + 1) / (n_steps + 1)``;
within a step party 0 then party 1 act: each accepts the standing offer when
it reaches its aspiration, otherwise offers the outcome it values least among
those reaching it (:func:`accord.simulate.protocols.worst_in`). Aspirations
are scaled between ``max(worst utility, reserve)`` and the best utility, less
NegMAS's tolerance of 1e-4 (:func:`accord.simulate.protocols.threshold`).

The forecasting engine uses the same offer and acceptance rules inside its
daily loop; this module exists to run many independent negotiations fast
(benchmarks, tournaments) and to check parity with NegMAS.

Cost: the outcomes are sorted once per party for the whole batch; each
negotiation then reads its aspiration range from the ends of the sorted
order and finds every offer by bisection, so it costs O(steps * log K), not
O(K) -- the same per negotiation at 10^3 or 10^7 outcomes.

Ties (``ties``): among outcomes of equal value a party offers, by default
(``"high-index"``), the one with the highest index. ``"negmas"`` is NegMAS's
rule: its presorted inverse utility sorts the rational outcomes (at or above
the reserve) with NumPy's default, unstable ``argsort`` and offers the first
of the tied ones in that order; accord sorts the same subset the same way,
so agreements are NegMAS's on exact ties too (one sort per distinct reserve).
Without exact ties -- utilities apart by as little as 10^-7 -- both rules
give NegMAS's agreements.
``tol > 0`` is a tolerance: an outcome within ``tol`` below the aspiration
counts as reaching it, both for accepting and for choosing an offer (NegMAS's
inverse utility clamps to outcomes within its ``eps`` of a range).

>>> import numpy as np
>>> U = np.array([[1.0, 0.0], [0.7, 0.6], [0.4, 0.8], [0.0, 1.0]])
>>> agreement, step = sao_batch(U, np.zeros((1, 2)), np.array([[1.0, 1.0]]), np.array([20]))
>>> int(agreement[0]) in (1, 2)
True
"""

from __future__ import annotations

import numpy as np
from numba import njit

from accord._jit import compile_once_per_types
from accord.errors import InputError
from accord.simulate.protocols import threshold


@njit(cache=True)
def _first_at_least(vals, lo):
    """First position of the ascending ``vals`` at or above ``lo`` (``len(vals)`` if none)."""
    a, b = 0, vals.shape[0]
    while a < b:
        m = (a + b) // 2
        if vals[m] >= lo:
            b = m
        else:
            a = m + 1
    return a


@njit(cache=True)
def _offer(vals, order, need):
    """:func:`accord.simulate.protocols.worst_in` on the sorted values: same pick, ties included."""
    pos = _first_at_least(vals, need)
    if pos == vals.shape[0]:
        pos = _first_at_least(vals, vals[vals.shape[0] - 1])
    return order[pos]


@njit(cache=True)
def _sao_one(U, asc, vals, r0, r1, e0, e1, n_steps, tol):
    K = U.shape[0]
    lo = np.empty(2)
    hi = np.empty(2)
    reserve = (r0, r1)
    for p in range(2):
        # the ends of the sorted order: O(1), not a scan of the K outcomes
        lo[p] = max(vals[p, 0], reserve[p])
        hi[p] = vals[p, K - 1]
    exps = (e0, e1)
    current = -1
    accepted = 0
    for step in range(n_steps):
        t = (step + 1.0) / (n_steps + 1.0)
        for p in range(2):
            need = threshold(lo[p], hi[p], 1.0 - t ** exps[p]) - tol
            if current >= 0 and need <= U[current, p] <= hi[p] + 1e-4:
                accepted += 1
                if accepted == 2:
                    return current, step
                continue
            current = _offer(vals[p], asc[p], need)
            accepted = 1
    return -1, n_steps


def _orders(U, reserve, ties):
    """Per party: outcome indices by value ascending, and the values in that order."""
    K = U.shape[0]
    asc = np.empty((2, K), np.int64)
    vals = np.empty((2, K))
    for p in range(2):
        u = U[:, p]
        if ties == "negmas":
            # NegMAS's presorted inverse utility: NumPy's default argsort of the rational
            # outcomes (those at or above the reserve), in outcome order; the irrational ones
            # lie below every aspiration and are never offered
            rational = np.flatnonzero(u >= reserve[p])
            irrational = np.flatnonzero(u < reserve[p])
            asc[p] = np.concatenate(
                [irrational[np.argsort(u[irrational])], rational[np.argsort(u[rational])]]
            )
        else:
            # values ascending, ties by the higher index first: the reverse of a stable
            # sort of the negated values
            asc[p] = np.argsort(-u, kind="stable")[::-1]
        vals[p] = u[asc[p]]  # contiguous: each bisection reads one array, not U at random
    return asc, vals


def sao_batch(U, reserve, exps, n_steps, tol=0.0, ties="high-index"):
    """Agreement index (-1 for none) and step for each of ``len(n_steps)`` negotiations.

    ``U`` is the ``(K, 2)`` domain shared by the batch; ``reserve`` and
    ``exps`` (aspiration exponents) are ``(n, 2)``; ``tol`` is the tolerance
    and ``ties`` the tie rule (``"high-index"`` or ``"negmas"``), see the
    module docstring.
    """
    if ties not in ("high-index", "negmas"):
        raise InputError(f"ties must be 'high-index' or 'negmas', got {ties!r}")
    U = np.ascontiguousarray(U, dtype=np.float64)
    reserve = np.ascontiguousarray(reserve, dtype=np.float64)
    exps = np.ascontiguousarray(exps, dtype=np.float64)
    n_steps = np.ascontiguousarray(n_steps, dtype=np.int64)
    if ties == "high-index":
        # one sort per party for the whole batch
        asc, vals = _orders(U, reserve[0] if len(reserve) else np.zeros(2), ties)
        return _sao_many(U, asc, vals, reserve, exps, n_steps, float(tol))
    # NegMAS's order depends on which outcomes are rational: one sort per distinct reserve
    agreement = np.full(len(n_steps), -1, np.int64)
    steps = np.zeros(len(n_steps), np.int64)
    keys, group = np.unique(reserve, axis=0, return_inverse=True)
    for g, key in enumerate(keys):
        idx = np.flatnonzero(group.ravel() == g)
        asc, vals = _orders(U, key, ties)
        a, s = _sao_many(U, asc, vals, reserve[idx], exps[idx], n_steps[idx], float(tol))
        agreement[idx] = a
        steps[idx] = s
    return agreement, steps


@njit(cache=True)
def _sao_many(U, asc, vals, reserve, exps, n_steps, tol):
    n = n_steps.shape[0]
    agreement = np.full(n, -1, np.int64)
    steps = np.zeros(n, np.int64)
    for i in range(n):
        a, s = _sao_one(
            U, asc, vals, reserve[i, 0], reserve[i, 1], exps[i, 0], exps[i, 1], n_steps[i], tol
        )
        agreement[i] = a
        steps[i] = s
    return agreement, steps


compile_once_per_types(globals())  # accord._jit: constants at kernel calls make no extra compiles
