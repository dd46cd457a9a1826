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

Cost: an offer depends only on the aspiration it must reach, and every
aspiration of every negotiation in the batch is known before the first step
(time, exponents, reserve and each party's best and worst value fix it). So,
for the default tie rule, the batch makes one pass over the K outcomes per
party, putting each outcome in the bucket between two consecutive
aspirations, and reads every offer from the buckets: O(K + T) for T
distinct aspirations, no sort of the outcomes; each negotiation then costs
O(steps), the same at 10^3 or 10^7 outcomes. When the outcomes are fewer
than twice the batch's steps, one sort and bisection are cheaper and give the
same offers (a test checks both ways agree). The ``"negmas"`` tie rule sorts
once per distinct reserve (NegMAS's order needs it) and finds offers by
bisection.

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


def _planned(U, reserve, exps, n_steps, tol):
    """The default tie rule without a sort: every aspiration of the batch is known in
    advance, so one pass over the outcomes per party finds every offer (:func:`_offers_for`)."""
    if len(n_steps) == 0 or U.shape[0] == 0:
        return np.full(len(n_steps), -1, np.int64), np.zeros(len(n_steps), np.int64)
    low, hi = _extremes(U)
    lo = np.maximum(low[None, :], reserve)
    needs = _needs(lo, hi, exps, n_steps, tol)
    offers = np.empty(needs.shape, np.int64)
    for p in range(2):
        levels, where = np.unique(needs[:, :, p], return_inverse=True)
        picks = _offers_for(U[:, p], levels, low[p], hi[p])
        offers[:, :, p] = picks[where.reshape(needs.shape[:2])]
    return _sao_planned(U, hi, needs, offers, n_steps)


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
        if U.shape[0] <= 2 * int(n_steps.sum()):
            # few outcomes for the batch's steps: one sort is cheaper than listing aspirations
            asc, vals = _orders(U, np.zeros(2), ties)
            return _sao_many(U, asc, vals, reserve, exps, n_steps, float(tol))
        return _planned(U, reserve, exps, n_steps, float(tol))
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


@njit(cache=True)
def _extremes(U):
    """Each party's lowest and highest value, in one pass (NumPy's column reductions are slower)."""
    low = U[0].copy()
    high = U[0].copy()
    for k in range(1, U.shape[0]):
        for p in range(2):
            x = U[k, p]
            if x < low[p]:
                low[p] = x
            elif x > high[p]:
                high[p] = x
    return low, high


@njit(cache=True)
def _needs(lo, hi, exps, n_steps, tol):
    """Every aspiration of every negotiation: ``(n, max steps, 2)``, as ``_sao_one`` computes it."""
    n = n_steps.shape[0]
    most = 0
    for i in range(n):
        most = max(most, n_steps[i])
    out = np.zeros((n, max(most, 1), 2))
    for i in range(n):
        for step in range(n_steps[i]):
            t = (step + 1.0) / (n_steps[i] + 1.0)
            for p in range(2):
                out[i, step, p] = threshold(lo[i, p], hi[p], 1.0 - t ** exps[i, p]) - tol
    return out


@njit(cache=True)
def _offers_for(u, levels, u_min, u_max):
    """For each of the ascending ``levels``: the outcome ``_offer`` picks, in one pass over ``u``.

    The least value at or above the level, ties to the highest index; above every
    value, the best outcome (ties to the highest index). Outcome ``k`` falls in bucket
    ``b`` = the number of levels at or below ``u[k]``; buckets hold increasing values,
    so a level's offer is the least outcome of the first non-empty bucket above it.
    ``b`` is found by bisection among the few levels near ``u[k]`` (a table over
    equal-width bins of ``[u_min, u_max]`` says which): O(K + T) for K outcomes and T
    levels, with no sort of the outcomes.
    """
    T = levels.shape[0]
    M = min(1 << 16, 4 * T + 1)  # bins
    width = (u_max - u_min) / M
    inv = 1.0 / width if width > 0 else 0.0
    # below[b]: the number of levels below bin b's lower edge (below[M] = all of them)
    below = np.empty(M + 1, np.int32)
    j = 0
    for b in range(M):
        edge = u_min + b * width
        while j < T and levels[j] < edge:
            j += 1
        below[b] = j
    below[M] = T
    best = np.full(T + 1, -1, np.int64)
    best_value = np.full(T + 1, np.inf)
    top = 0
    top_value = -np.inf
    for k in range(u.shape[0]):
        x = u[k]
        if x >= top_value:  # ties: the later (higher) index wins
            top = k
            top_value = x
        b = min(max(int((x - u_min) * inv), 0), M - 1)
        # x lies in bins b-1 .. b+1 whatever the rounding: search those levels only
        a = below[max(b - 1, 0)]
        hi = below[min(b + 3, M)]
        while a < hi:  # levels[:a] <= x < levels[a:]
            m = (a + hi) >> 1
            if levels[m] <= x:
                a = m + 1
            else:
                hi = m
        if x <= best_value[a]:  # ties: the later (higher) index wins
            best_value[a] = x
            best[a] = k
    out = np.empty(T, np.int64)
    cur = top
    for j in range(T - 1, -1, -1):
        if best[j + 1] >= 0:
            cur = best[j + 1]
        out[j] = cur
    return out


@njit(cache=True)
def _sao_planned(U, hi, needs, offers, n_steps):
    n = n_steps.shape[0]
    agreement = np.full(n, -1, np.int64)
    steps = np.full(n, 0, np.int64)
    for i in range(n):
        current = -1
        accepted = 0
        steps[i] = n_steps[i]
        for step in range(n_steps[i]):
            done = False
            for p in range(2):
                need = needs[i, step, p]
                if current >= 0 and need <= U[current, p] <= hi[p] + 1e-4:
                    accepted += 1
                    if accepted == 2:
                        done = True
                        break
                    continue
                current = offers[i, step, p]
                accepted = 1
            if done:
                agreement[i] = current
                steps[i] = step
                break
    return agreement, steps


compile_once_per_types(globals())  # accord._jit: constants at kernel calls make no extra compiles
