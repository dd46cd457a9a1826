"""Negotiation protocols, one round at a time, compiled with Numba.

**Mediated single negotiating text** (``mediated_round``). The mediator reads
each party's fallback with noise ``sigma`` and tables, among the efficient
candidates, the package that maximises the product of perceived gains over
those fallbacks (the Nash bargaining solution of what it perceives); with no
package it believes both would accept, it tables nothing that round. Each
party reads the tabled package's value with its own noise and accepts when
that reading reaches its current fallback. Values here include the red-line
cost: signing a package that crosses a party's red line costs it
``red_line_cost`` per line crossed.

**Alternating offers** (``alternating_round``). Parties take turns; the
offerer proposes, among all candidates, the one it values least that still
meets its aspiration (:mod:`accord.simulate.strategies`), and every other
party accepts when its noisy reading meets its own aspiration at that time.
With ``sigma = 0`` and fixed fallbacks this is NegMAS's stacked alternating
offers protocol with its time-based negotiators (checked by
``benchmarks/bench_forecast.py``).

Both append to a transcript log when it has room (``log_row``).
"""

from __future__ import annotations

import numpy as np
from numba import njit

MEDIATED, ALTERNATING = 0, 1
PROTOCOLS = {"mediated": MEDIATED, "alternating": ALTERNATING}
EPS = 1e-4  # NegMAS's default tolerance around an aspiration level

(LOG_TABLED, LOG_NO_TEXT, LOG_ACCEPT, LOG_REJECT, LOG_OFFER, LOG_SIGNED, LOG_HONOUR, LOG_DEFECT,
 LOG_COMPLETE, LOG_EVENT, LOG_PHASE) = range(11)


@njit(cache=True)
def log_row(log_i, log_f, n, day, code, actor, item, extra, a, b):
    """Append one transcript row when the log has room; returns the new length."""
    if n < log_i.shape[0]:
        log_i[n, 0] = day
        log_i[n, 1] = code
        log_i[n, 2] = actor
        log_i[n, 3] = item
        log_i[n, 4] = extra
        log_f[n, 0] = a
        log_f[n, 1] = b
        return n + 1
    return n


@njit(cache=True)
def efficient_frontier(U, out):
    """Indices of candidates no other weakly dominates (two parties); all of them otherwise."""
    K, P = U.shape
    if P != 2:
        for k in range(K):
            out[k] = k
        return K
    key = np.empty(K)
    for k in range(K):
        key[k] = -U[k, 0]
    order = np.argsort(key, kind="mergesort")
    best = -np.inf
    nf = 0
    i = 0
    while i < K:
        # a group of equal first values: only its best second value can be efficient
        g_end = i + 1
        top = U[order[i], 1]
        while g_end < K and U[order[g_end], 0] == U[order[i], 0]:
            top = max(top, U[order[g_end], 1])
            g_end += 1
        if top > best:
            pick = -1
            for g in range(i, g_end):
                k = order[g]
                if U[k, 1] == top and (pick < 0 or k < pick):
                    pick = k
            out[nf] = pick
            nf += 1
            best = top
        i = g_end
    return nf


@njit(cache=True)
def mediated_round(t, U, frontier, nf, d, sigma, log_i, log_f, n_log):
    P = U.shape[1]
    seen_d = np.empty(P)
    for p in range(P):
        seen_d[p] = d[p] + sigma * np.random.normal(0.0, 1.0)
    best = -1
    best_v = -1.0
    for f in range(nf):
        k = frontier[f]
        prod = 1.0
        ok = True
        for p in range(P):
            g = U[k, p] - seen_d[p]
            if g <= 0.0:
                ok = False
                break
            prod *= g
        if ok and prod > best_v:
            best_v = prod
            best = k
    if best < 0:
        return -1, log_row(log_i, log_f, n_log, t, LOG_NO_TEXT, -1, -1, 0, 0.0, 0.0)
    n_log = log_row(log_i, log_f, n_log, t, LOG_TABLED, -1, best, 0, best_v, 0.0)
    agreed = True
    for p in range(P):
        reading = U[best, p] + sigma * np.random.normal(0.0, 1.0)
        ok = reading >= d[p]
        n_log = log_row(log_i, log_f, n_log, t, LOG_ACCEPT if ok else LOG_REJECT, p, best, 0, reading, d[p])
        agreed = agreed and ok
    return (best if agreed else -1), n_log


@njit(cache=True)
def threshold(u_lo, u_hi, level):
    """NegMAS's scaled aspiration: ``lo + level (hi - lo) - EPS``, kept in ``[lo, hi]``."""
    x = (u_hi - u_lo) * level + u_lo - EPS
    return max(u_lo, min(u_hi, x))


@njit(cache=True)
def worst_in(u, lo):
    """The candidate with the lowest value at or above ``lo`` (first index on ties); best if none."""
    pick = -1
    for k in range(u.shape[0]):
        if u[k] >= lo and (pick < 0 or u[k] < u[pick]):
            pick = k
    if pick < 0:
        pick = 0
        for k in range(u.shape[0]):
            if u[k] > u[pick]:
                pick = k
    return pick


@njit(cache=True)
def _level(p, tau, exps, reactive, aspiration):
    if reactive[p]:
        return aspiration[p]
    return 1.0 - tau ** exps[p]


@njit(cache=True)
def value_range(U, umin, umax):
    """Each party's worst and best candidate value (the ends of its aspiration scale)."""
    K, P = U.shape
    for p in range(P):
        umin[p] = np.inf
        umax[p] = -np.inf
        for k in range(K):
            umin[p] = min(umin[p], U[k, p])
            umax[p] = max(umax[p], U[k, p])


@njit(cache=True)
def alternating_round(t, horizon, turn, U, umin, umax, d, sigma, exps, reactive, aspiration,
                      last_offer, rd, log_i, log_f, n_log):
    K, P = U.shape
    o = turn % P
    tau = min(1.0, t / horizon)
    lo = np.empty(P)
    hi = np.empty(P)
    for p in range(P):
        # NegMAS scales aspirations between max(worst, reserved value) and the best
        lo[p] = min(umax[p], max(umin[p], d[p]))
        hi[p] = umax[p]
    thr = threshold(lo[o], hi[o], _level(o, tau, exps, reactive, aspiration))
    offer = worst_in(U[:, o], thr)
    n_log = log_row(log_i, log_f, n_log, t, LOG_OFFER, o, offer, 0, U[offer, o], thr)
    step = 0.5 * rd / horizon
    for q in range(P):
        if q != o and reactive[q]:
            conceded = 0.0
            if last_offer[o] >= 0 and hi[q] > lo[q]:
                conceded = (U[offer, q] - U[last_offer[o], q]) / (hi[q] - lo[q])
            aspiration[q] = max(0.0, aspiration[q] - max(conceded, step))
    last_offer[o] = offer
    agreed = True
    for q in range(P):
        if q == o:
            continue
        need = threshold(lo[q], hi[q], _level(q, tau, exps, reactive, aspiration))
        reading = U[offer, q] + sigma * np.random.normal(0.0, 1.0)
        ok = reading >= need
        n_log = log_row(log_i, log_f, n_log, t, LOG_ACCEPT if ok else LOG_REJECT, q, offer, 0, reading, need)
        agreed = agreed and ok
    return (offer if agreed else -1), n_log
