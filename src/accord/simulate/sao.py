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

Ties: among outcomes of equal value a party offers the one with the highest
index, as NegMAS's presorted inverse utility does when its sort keeps ties in
order (NegMAS's sort is not stable, so on exact ties the two may differ).
``tol > 0`` is NegMAS's tolerance rule: an outcome within ``tol`` below the
aspiration counts as reaching it, both for accepting and for choosing an
offer (NegMAS's ``worst_in`` searches ``[lo - eps, hi + 2 eps]``), which makes
outcomes that differ by less than ``tol`` interchangeable.

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
from accord.simulate.protocols import ascending, threshold, worst_in


@njit(cache=True)
def _sao_one(U, asc, r0, r1, e0, e1, n_steps, tol):
    K = U.shape[0]
    lo = np.empty(2)
    hi = np.empty(2)
    reserve = (r0, r1)
    for p in range(2):
        # the ends of the sorted order: O(1), not a scan of the K outcomes
        lo[p] = max(U[asc[p, 0], p], reserve[p])
        hi[p] = U[asc[p, K - 1], p]
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
            current = worst_in(U[:, p], asc[p], need)
            accepted = 1
    return -1, n_steps


@njit(cache=True)
def sao_batch(U, reserve, exps, n_steps, tol=0.0):
    """Agreement index (-1 for none) and step for each of ``len(n_steps)`` negotiations.

    ``U`` is the ``(K, 2)`` domain shared by the batch; ``reserve`` and
    ``exps`` (aspiration exponents) are ``(n, 2)``; ``tol`` is the tolerance
    rule (0: exact, see the module docstring).
    """
    n = n_steps.shape[0]
    agreement = np.full(n, -1, np.int64)
    steps = np.zeros(n, np.int64)
    K = U.shape[0]
    asc = np.empty((2, K), np.int64)
    ascending(U, asc, np.empty(K), np.empty(K, np.int64))
    for i in range(n):
        a, s = _sao_one(
            U, asc, reserve[i, 0], reserve[i, 1], exps[i, 0], exps[i, 1], n_steps[i], tol
        )
        agreement[i] = a
        steps[i] = s
    return agreement, steps


compile_once_per_types(globals())  # accord._jit: constants at kernel calls make no extra compiles
