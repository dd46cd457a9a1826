"""One run of the compiled kernel, at its two ends: its state at the snapshot and its outcome.

:func:`accord.simulate.kernel.simulate_chunk` runs every row of its inputs day by day; before
the first day it sets the run's state from what the run drew (:func:`start_run`: its random
stream, fallbacks, weights and red lines, the stocks, the event clocks, whether a zone of
agreement exists at the start) and after the last it writes the run's row of the outcome
matrices (:func:`record_run`, the columns :data:`OUTCOME_COLUMNS` and
:data:`CATEGORY_COLUMNS`). Both read and write the working arrays by name
(:class:`accord.simulate.inputs.Work`); the day loop keeps the run's scalars in its own locals.
Like the kernel's other pieces they are compiled without a CPython wrapper
(``accord._jit.INNER``).
"""

from __future__ import annotations

import numpy as np
from numba import njit

from accord._jit import INNER, compile_once_per_types
from accord.simulate.people import HELD, POOL_OUT, RELEASED, REMAINS_HELD, RETURNED
from accord.simulate.phases import EV_DEATH, refresh
from accord.simulate.valuation import eligible, zone_exists

# columns of the per-run outcome matrix
OUTCOME_COLUMNS = (
    "first_deal_day",
    "first_package",
    "first_fate",
    "deals",
    "collapses",
    "held_released",
    "remains_released",
    "pool_released",
    "pause_days",
    "held_died",
    "held_rescued",
    "held_remaining",
    "remains_held",
    "zone_at_start",
    "zone_open_day",
    "opened_by",
)
# columns of the per-run, per-category matrix of the held stock (runs x categories x 4)
CATEGORY_COLUMNS = ("released", "died", "rescued", "remaining")
FATE_IN_FORCE = -1  # the first deal is still being carried out at the horizon
FATE_COMPLETED = 0  # fate b >= 1: collapsed at boundary b (after phase b)


@njit(**INNER)
def start_run(r, draws, model, work, outputs, timed, factions):
    """Set run ``r``'s state at the snapshot from its row of ``draws``; seeds its random stream.

    Returns ``(n_elig, zone0, risk_max, p_start, p_end)``: how many candidates cross no red line
    held, whether a zone of agreement exists at the start, the most a day's pressures raise the
    risk to the held stock (deaths arrive at up to ``risk_max`` times their rate, thinned to
    the day's risk) and the daily chances that an interim state starts and breaks down.
    """
    W = draws.W
    d0 = draws.d0
    yield0 = draws.yield0
    possible_held = draws.possible_held
    press_risk = draws.press_risk
    ev_rate = draws.ev_rate
    pool0 = draws.pool0
    ev_kind = model.ev_kind
    K, P, J = model.V.shape
    L = model.possible_party.shape[0]
    E = ev_kind.shape[0]
    Q = model.press_party.shape[0]
    C = model.held0.shape[0]
    CP = model.pool_out.shape[2]
    out_dyn = outputs.out_dyn
    np.random.seed(draws.seeds[r])
    for p in range(P):
        work.d[p] = d0[r, p]
        work.rho[p] = yield0[r, p]
        work.locked[p] = work.rho[p] > 0.0
        work.aspiration[p] = 1.0
        work.last_offer[p] = -1
        for j in range(J):
            work.w[p, j] = W[r, p, j]
    # stated red lines; the run's X adds the possible ones it holds
    for k in range(K):
        for p in range(P):
            work.X[k, p] = model.X[k, p]
    for ell in range(L):
        if possible_held[r, ell] > 0.0:
            p = model.possible_party[ell]
            for k in range(K):
                work.X[k, p] += model.XP[k, ell]
    for q in range(work.contrib.shape[0]):
        work.contrib[q] = 0.0
    if factions is not None:
        for f in range(factions.fac_party.shape[0]):
            work.votes[f] = factions.fac_votes0[r, f]
            work.ffb[f] = factions.fac_fb0[r, f]
            work.blocking[f] = False
    for i in range(out_dyn.shape[1]):
        out_dyn[r, i] = -1
    p_start = 0.0
    p_end = 0.0
    if timed is not None:
        if timed.has_interim[0] != 0:
            p_start = 1.0 - np.exp(-timed.interim_start[r])
            p_end = 1.0 - np.exp(-timed.interim_end[r])
    for p in range(P):
        work.interim_applied[p] = 0.0
    for q in range(Q):
        work.moved[q] = 0.0
    refresh(work.w, model.V, model.D, work.U_final, work.S)
    n_elig = eligible(work.X, work.locked, work.elig)
    zone0 = zone_exists(
        work.U_final,
        work.S,
        work.X,
        work.locked,
        work.d,
        draws.penalty[r],
        model.guarantee,
        draws.temperature[r],
        work.vbuf,
        work.cbuf,
        work.elig,
        n_elig,
    )
    # pressures may raise the risk to the held stock: deaths arrive at up to `risk_max` times their rate,
    # thinned to the risk of the day (no extra draw without such a pressure)
    risk_max = 1.0
    for q in range(Q):
        risk_max += max(0.0, press_risk[r, q])
    for e in range(E):
        rate = ev_rate[r, e] * (risk_max if ev_kind[e] == EV_DEATH else 1.0)
        work.next_ev[e] = np.random.exponential(1.0 / rate) if rate > 0 else np.inf
    work.ledger[:] = 0
    work.ledger[HELD] = model.held_total0
    work.ledger[REMAINS_HELD] = model.remains0
    for c in range(CP):
        work.pool_left[c] = pool0[r, c]
        work.deal_pool[c] = 0
    for c in range(C):
        work.held[c] = model.held0[c]
        work.cat_released[c] = 0
        work.cat_died[c] = 0
        work.cat_rescued[c] = 0
        work.deal_released[c] = 0
    return n_elig, zone0, risk_max, p_start, p_end


@njit(**INNER)
def record_run(
    r,
    work,
    outputs,
    interim_days,
    first_day,
    first_pkg,
    first_fate,
    deals,
    collapses,
    pause_days,
    died,
    rescued,
    zone0,
    zone_day,
    opened_by,
):
    """Write run ``r``'s outcome (its scalars at the horizon, its stocks) to ``outputs``."""
    out = outputs.out
    out_cat = outputs.out_cat
    outputs.out_dyn[r, 0] = interim_days
    out[r, 0] = first_day
    out[r, 1] = first_pkg
    out[r, 2] = first_fate if first_day >= 0 else FATE_IN_FORCE
    out[r, 3] = deals
    out[r, 4] = collapses
    out[r, 5] = work.ledger[RELEASED]
    out[r, 6] = work.ledger[RETURNED]
    out[r, 7] = work.ledger[POOL_OUT]
    out[r, 8] = pause_days
    out[r, 9] = died
    out[r, 10] = rescued
    out[r, 11] = work.ledger[HELD]
    out[r, 12] = work.ledger[REMAINS_HELD]
    out[r, 13] = 1 if zone0 else 0
    out[r, 14] = zone_day
    out[r, 15] = opened_by
    for c in range(work.held.shape[0]):
        out_cat[r, c, 0] = work.cat_released[c]
        out_cat[r, c, 1] = work.cat_died[c]
        out_cat[r, c, 2] = work.cat_rescued[c]
        out_cat[r, c, 3] = work.held[c]


compile_once_per_types(globals())  # accord._jit: constants at kernel calls make no extra compiles
