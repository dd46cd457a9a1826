"""Pieces of the compiled kernel (:mod:`accord.simulate.kernel`): the run's states and event
codes, the values of the candidate packages under a run's weights (:func:`refresh`) and the
chance each party honours a phase boundary (:func:`_honour_chances`, with backward induction
over the later boundaries, as in :mod:`accord.analysis.commitment`).

They are compiled functions of their own (not inlined into the kernel): the kernel's own
function stays smaller, and Numba's and LLVM's compile time grows faster than the size of
the function compiled (the first forecast after an install compiles it all).
"""

from __future__ import annotations

from numba import njit

from accord._jit import INNER, compile_once_per_types
from accord.simulate.valuation import _logistic

NEGOTIATING, IMPLEMENTING, DONE = 0, 1, 2
EV_DEATH, EV_RESCUE, EV_LEADER, EV_MEDIATOR, EV_ESCALATION = 0, 1, 2, 3, 4
EVENT_CODES = {
    "death": EV_DEATH,
    "rescue": EV_RESCUE,
    "leader_strike": EV_LEADER,
    "mediator_shift": EV_MEDIATOR,
    "escalation": EV_ESCALATION,
}


@njit(**INNER, inline="always")
def _utilities(w, V, U_final):
    K, P, J = V.shape
    for k in range(K):
        for p in range(P):
            s = 0.0
            for j in range(J):
                s += w[p, j] * V[k, p, j]
            U_final[k, p] = s


@njit(**INNER, inline="always")
def _delivered_values(w, D, S):
    """``S[k, b, p]``: weighted irreversible value party p keeps if package k collapses after phase b."""
    K, B, P, J = D.shape
    for k in range(K):
        for b in range(B):
            for p in range(P):
                s = 0.0
                for j in range(J):
                    s += w[p, j] * D[k, b, p, j]
                S[k, b, p] = s


@njit(**INNER)
def _honour_chances(k, b, w, d, pen, temperature, U_final, D, out, v, c):
    """Chance each party honours boundary b, with backward induction over later ones.

    ``v`` and ``c`` are work arrays of P values (overwritten).
    """
    P = U_final.shape[1]
    B = D.shape[1]
    J = D.shape[3]
    for p in range(P):
        v[p] = U_final[k, p]
    for bb in range(B - 1, b - 1, -1):
        proceed = 1.0
        for p in range(P):
            s = d[p]
            for j in range(J):
                s += w[p, j] * D[k, bb, p, j]
            s = min(1.0, max(0.0, s))  # the collapse value within the scale (collapse_value)
            c[p] = s
            h = _logistic(v[p] - (s - pen), temperature)
            out[p] = h
            proceed *= h
        if bb > b:
            for p in range(P):
                v[p] = proceed * v[p] + (1.0 - proceed) * c[p]


@njit(**INNER)
def refresh(w, V, D, U_final, S):
    _utilities(w, V, U_final)
    _delivered_values(w, D, S)


compile_once_per_types(globals())  # accord._jit: constants at kernel calls make no extra compiles
