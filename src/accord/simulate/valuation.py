"""What every negotiation protocol shares, compiled with Numba: valuing packages, the transcript.

The commitment-adjusted value of signing a package (:func:`expected_values`,
the model of :mod:`accord.analysis.commitment` for one package), which
candidates a party's held red lines leave (:func:`eligible`), whether a zone of
agreement exists (:func:`zone_exists`), NegMAS's aspiration scale
(:func:`threshold`, :func:`worst_in`) and the transcript writer
(:func:`log_row`). The protocols themselves and their registry are in
:mod:`accord.simulate.protocols`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
from numba import njit, types
from numba.extending import overload

from accord._jit import INNER, OPTIONS, compile_once_per_types

KERNEL_SOURCES = (
    "valuation.py",
    "protocols.py",
    "kernel.py",
    "day.py",
    "people.py",
    "phases.py",
    "sao.py",
    "ratify.py",
    "run.py",
)


def _drop_stale_numba_cache() -> None:
    """Numba's on-disk cache checks only the file defining a function, not the
    files it calls into; these kernels call across several files, so a change to
    any of them drops every cached kernel here (before any is loaded)."""
    here = Path(__file__).parent
    try:
        digest = hashlib.sha256(
            b"".join((here / f).read_bytes() for f in KERNEL_SOURCES)
        ).hexdigest()
        cache = here / "__pycache__"
        stamp = cache / "accord-kernels.sha256"
        if stamp.is_file() and stamp.read_text() == digest:
            return
        for source in KERNEL_SOURCES:
            for f in cache.glob(f"{Path(source).stem}.*.nb?"):
                f.unlink(missing_ok=True)
        cache.mkdir(exist_ok=True)
        stamp.write_text(digest)
    except OSError:  # a read-only install: its cache cannot go stale either
        return


_drop_stale_numba_cache()

EPS = 1e-4  # NegMAS's default tolerance around an aspiration level

(
    LOG_TABLED,
    LOG_NO_TEXT,
    LOG_ACCEPT,
    LOG_REJECT,
    LOG_OFFER,
    LOG_SIGNED,
    LOG_HONOUR,
    LOG_DEFECT,
    LOG_COMPLETE,
    LOG_EVENT,
    LOG_PHASE,
    LOG_YIELD,
    LOG_ZONE,
) = range(13)
LOCKED = -1.0  # value of a package crossing a red line its party still holds: below any fallback
# A party signs only for a gain over its fallback above float noise: a package both sides expect to
# collapse at once is worth its fallback to within 1e-16 and is no agreement.
GAIN = 1e-9


def _append_row(log_i, log_f, n, day, code, actor, item, extra, a, b):
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


def log_row(log_i, log_f, n, day, code, actor, item, extra, a, b):
    """Append one transcript row when the log has room; returns the new length.

    Without a transcript (``log_i`` and ``log_f`` are ``None``: the Monte Carlo) it does
    nothing, and in compiled code it compiles to nothing (see the ``overload`` below).
    """
    if log_i is None:
        return n
    return _append_row(log_i, log_f, n, day, code, actor, item, extra, a, b)


@overload(log_row, jit_options=OPTIONS)
def _log_row_compiled(log_i, log_f, n, day, code, actor, item, extra, a, b):
    if isinstance(log_i, types.NoneType):  # no transcript asked: no code at all

        def no_row(log_i, log_f, n, day, code, actor, item, extra, a, b):
            return n

        return no_row
    return _append_row


@njit(**INNER)
def argsort_desc(key, order, work):
    """Stable bottom-up merge sort of indices by ``key`` descending (ties: lower index first).

    Preallocated ``order`` and ``work`` (length of ``key``): no allocation per call,
    which matters when it runs once per simulated negotiation.
    """
    n = key.shape[0]
    for i in range(n):
        order[i] = i
    width = 1
    src = order
    dst = work
    in_order = True
    while width < n:
        for lo in range(0, n, 2 * width):
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i, j, k = lo, mid, lo
            while i < mid and j < hi:
                if key[src[j]] > key[src[i]]:
                    dst[k] = src[j]
                    j += 1
                else:
                    dst[k] = src[i]
                    i += 1
                k += 1
            while i < mid:
                dst[k] = src[i]
                i += 1
                k += 1
            while j < hi:
                dst[k] = src[j]
                j += 1
                k += 1
        src, dst = dst, src
        in_order = not in_order
        width *= 2
    if not in_order:
        for i in range(n):
            order[i] = work[i]


@njit(**INNER, inline="always")
def _logistic(gap, temperature):
    if temperature <= 0.0:
        return 1.0 if gap >= 0.0 else 0.0
    return 0.5 * (1.0 + np.tanh(gap / (2.0 * temperature)))


@njit(**INNER)
def expected_values(k, U_final, S, d, pen, temperature, v, c):
    """Each party's expected utility of signing package k, into ``v``.

    The commitment model of :func:`accord.analysis.commitment.value_phases` for one package:
    backward over the boundaries, a party honours with the logistic chance of the rest of the
    deal beating walking away (``d + S[k, b]`` within [0, 1], less the guarantee's penalty); the value at a
    boundary is the proceed-weighted mix of going on and collapsing.
    """
    P = U_final.shape[1]
    for p in range(P):
        v[p] = U_final[k, p]
    for b in range(S.shape[1] - 1, -1, -1):
        proceed = 1.0
        for p in range(P):
            c[p] = min(1.0, max(0.0, d[p] + S[k, b, p]))  # analysis.commitment.collapse_value
            proceed *= _logistic(v[p] - (c[p] - pen), temperature)
        for p in range(P):
            v[p] = proceed * v[p] + (1.0 - proceed) * c[p]


@njit(**INNER)
def _barred(k, X, locked, U_final, S, d, floor):
    """True when package k cannot reach ``floor`` for some party (a held red line, or a value bound)."""
    P = U_final.shape[1]
    for p in range(P):
        if X[k, p] > 0 and locked[p]:
            return True
        hi = U_final[k, p]  # the expected value mixes the final value and the collapse values
        for b in range(S.shape[1]):
            hi = max(hi, min(1.0, max(0.0, d[p] + S[k, b, p])))
        if hi < floor[p]:
            return True
    return False


@njit(**INNER)
def eligible(X, locked, out):
    """Candidates crossing no red line still held, into ``out``; returns how many."""
    K, P = X.shape
    n = 0
    for k in range(K):
        ok = True
        for p in range(P):
            if X[k, p] > 0 and locked[p]:
                ok = False
                break
        if ok:
            out[n] = k
            n += 1
    return n


@njit(**INNER)
def all_values(U_final, S, d, pen_row, guarantee, temperature, U_eff, v, c, elig, n_elig):
    """Expected utility of signing each package; ``LOCKED`` for every party where it crosses a red
    line still held (stated red lines are public: nobody offers or accepts such a package).

    Only the ``n_elig`` candidates in ``elig`` (:func:`eligible`) are valued.
    """
    K, P = U_final.shape
    for k in range(K):
        for p in range(P):
            U_eff[k, p] = LOCKED
    for i in range(n_elig):
        k = elig[i]
        expected_values(k, U_final, S, d, pen_row[guarantee[k]], temperature, v, c)
        for p in range(P):
            U_eff[k, p] = v[p]


@njit(**INNER)
def zone_exists(U_final, S, X, locked, d, pen_row, guarantee, temperature, v, c, elig, n_elig):
    """Whether some package crosses no red line still held and gives every party its fallback.

    Only the ``n_elig`` candidates listed in ``elig`` (:func:`eligible`) are examined.
    """
    P = U_final.shape[1]
    for i in range(n_elig):
        k = elig[i]
        if _barred(k, X, locked, U_final, S, d, d):
            continue
        expected_values(k, U_final, S, d, pen_row[guarantee[k]], temperature, v, c)
        ok = True
        for p in range(P):
            if v[p] < d[p] + GAIN:
                ok = False
                break
        if ok:
            return True
    return False


@njit(**INNER)
def threshold(u_lo, u_hi, level):
    """NegMAS's scaled aspiration: ``lo + level (hi - lo) - EPS``, kept in ``[lo, hi]``."""
    x = (u_hi - u_lo) * level + u_lo - EPS
    return max(u_lo, min(u_hi, x))


@njit(**INNER)
def _first_at_least(u, asc, lo):
    a, b = 0, asc.shape[0]
    while a < b:
        m = (a + b) // 2
        if u[asc[m]] >= lo:
            b = m
        else:
            a = m + 1
    return a


@njit(**INNER)
def worst_in_scan(u, lo):
    """:func:`worst_in` by a linear scan, for when values change too often to keep them sorted."""
    pick = -1
    for k in range(u.shape[0]):
        if u[k] >= lo and (pick < 0 or u[k] <= u[pick]):
            pick = k
    if pick < 0:
        pick = 0
        for k in range(u.shape[0]):
            if u[k] >= u[pick]:
                pick = k
    return pick


@njit(**INNER)
def worst_in(u, asc, lo):
    """The candidate with the lowest value at or above ``lo``; the best if none.

    Ties go to the highest index, as NegMAS's presorted inverse utility returns
    them. ``asc`` orders the candidates by value ascending, ties by descending
    index (:func:`ascending`); the search is a bisection.
    """
    pos = _first_at_least(u, asc, lo)
    if pos == asc.shape[0]:
        pos = _first_at_least(u, asc, u[asc[asc.shape[0] - 1]])
    return asc[pos]


@njit(**INNER)
def ascending(U, asc, key, work):
    """For each party p, ``asc[p]``: candidates by value ascending, ties by higher index first."""
    K, P = U.shape
    for p in range(P):
        for k in range(K):
            key[k] = U[k, p]
        argsort_desc(key, asc[p], work)  # descending, ties by lower index first
        for i in range(K // 2):
            a = asc[p, i]
            asc[p, i] = asc[p, K - 1 - i]
            asc[p, K - 1 - i] = a


@njit(**INNER)
def _level(p, tau, exps, reactive, aspiration):
    if reactive[p]:
        return aspiration[p]
    return 1.0 - tau ** exps[p]


@njit(**INNER)
def value_range(U, umin, umax):
    """Each party's worst and best candidate value (the ends of its aspiration scale)."""
    K, P = U.shape
    for p in range(P):
        umin[p] = np.inf
        umax[p] = -np.inf
        for k in range(K):
            umin[p] = min(umin[p], U[k, p])
            umax[p] = max(umax[p], U[k, p])


compile_once_per_types(globals())  # accord._jit: constants at kernel calls make no extra compiles
