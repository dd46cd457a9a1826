"""The pieces of one simulated day that the kernel's day loop calls, compiled with Numba.

:func:`accord.simulate.kernel.simulate_chunk` runs each run day by day; before the
red lines and the rounds of talks, a day brings what happens outside the talks:

* :func:`outside_today`: the scheduled outside events due that day and an interim state
  starting or breaking down (only for a scenario that declares them);
* :func:`pressures_today`: the pressures moving fallbacks and weights (while no pause is in
  force), saturating at their limits and costing whoever applies them;
* :func:`events_today`: the stochastic events arriving on their exponential clocks (deaths
  among the held stock, thinned by the day's risk; rescues, strikes on leaders, a
  mediator's change of stance, escalation).

Each takes the run's arrays (:mod:`accord.simulate.inputs`) and returns the run's scalars it
changed; the kernel keeps them in its own locals. Like the other helpers they are compiled
without a CPython wrapper (``accord._jit.INNER``).
"""

from __future__ import annotations

import numpy as np
from numba import njit

from accord._jit import INNER, compile_once_per_types
from accord.simulate.people import HELD, REMAINS_HELD, _shift_leverage, _take
from accord.simulate.phases import EV_DEATH, EV_LEADER, EV_MEDIATOR, EV_RESCUE, NEGOTIATING
from accord.simulate.ratify import (
    LOG_INTERIM,
    LOG_SCHEDULED,
    interim_change,
    move_factions,
    shift_fallbacks,
)
from accord.simulate.valuation import LOG_EVENT, eligible, log_row


@njit(**INNER)
def outside_today(
    t,
    r,
    status,
    in_interim,
    n_barred,
    n_elig,
    n_log,
    p_start,
    p_end,
    model,
    work,
    timed,
    factions,
    log_i,
    log_f,
):
    """Day ``t``'s scheduled outside events and an interim state starting or breaking down.

    Returns ``(in_interim, n_barred, n_elig, n_log)``. ``factions`` is ``None`` for a
    scenario without factions (its code is dropped before typing), as is ``log_i`` with no
    transcript asked.
    """
    sched_day = timed.sched_day
    sched_on = timed.sched_on
    sched_shift = timed.sched_shift
    sched_fvotes = timed.sched_fvotes
    sched_ffb = timed.sched_ffb
    sched_interim = timed.sched_interim
    interim_shift = timed.interim_shift
    SE = sched_day.shape[0]
    interim_on = timed.has_interim[0] != 0
    Q = model.press_party.shape[0]
    E = model.ev_kind.shape[0]
    # --- scheduled outside events due today (decided before the run: no draw here)
    for se in range(SE):
        if sched_day[se] == t and sched_on[r, se] != 0:
            work.contrib[Q + E + se] += shift_fallbacks(r, se, work.d, sched_shift)
            if factions is not None:
                move_factions(r, se, 1.0, work.votes, work.ffb, sched_fvotes, sched_ffb)
                if n_barred > 0:  # factions moved: packages they blocked may pass now
                    n_elig = eligible(work.X, work.locked, work.elig)
                    n_barred = 0
            if log_i is not None:  # a transcript asked (else no code)
                n_log = log_row(log_i, log_f, n_log, t, LOG_SCHEDULED, -1, se, 0, 0.0, 0.0)
            if sched_interim[se] == 1 and not in_interim and status == NEGOTIATING:
                in_interim = True
                work.contrib[Q + E + SE] += interim_change(
                    r, True, work.d, interim_shift, work.interim_applied
                )
                if log_i is not None:  # a transcript asked (else no code)
                    n_log = log_row(log_i, log_f, n_log, t, LOG_INTERIM, -1, se, 1, 0.0, 0.0)
            elif sched_interim[se] == 2 and in_interim:
                in_interim = False
                work.contrib[Q + E + SE] += interim_change(
                    r, False, work.d, interim_shift, work.interim_applied
                )
                if log_i is not None:  # a transcript asked (else no code)
                    n_log = log_row(log_i, log_f, n_log, t, LOG_INTERIM, -1, se, 0, 0.0, 0.0)
    # --- an interim state starts or breaks down (only while no deal is being carried out)
    if interim_on and status == NEGOTIATING:
        if in_interim:
            if np.random.random() < p_end:
                in_interim = False
                work.contrib[Q + E + SE] += interim_change(
                    r, False, work.d, interim_shift, work.interim_applied
                )
                if log_i is not None:  # a transcript asked (else no code)
                    n_log = log_row(log_i, log_f, n_log, t, LOG_INTERIM, -1, -1, 0, 0.0, 0.0)
        elif p_start > 0.0 and np.random.random() < p_start:
            in_interim = True
            work.contrib[Q + E + SE] += interim_change(
                r, True, work.d, interim_shift, work.interim_applied
            )
            if log_i is not None:  # a transcript asked (else no code)
                n_log = log_row(log_i, log_f, n_log, t, LOG_INTERIM, -1, -1, 1, 0.0, 0.0)
    return in_interim, n_barred, n_elig, n_log


@njit(**INNER)
def pressures_today(r, draws, model, d, w, moved, contrib, dirty):
    """One day of the pressures on run ``r``; returns ``dirty``, set once a weight moved."""
    press_rate = draws.press_rate
    press_limit = draws.press_limit
    press_cost = draws.press_cost
    press_applier = model.press_applier
    press_party = model.press_party
    press_kind = model.press_kind
    press_issue = model.press_issue
    Q = press_party.shape[0]
    J = model.V.shape[2]
    for q in range(Q):
        p = press_party[q]
        # saturating: the step shrinks as the total moved approaches the limit
        rate = press_rate[r, q] * max(0.0, 1.0 - moved[q] / press_limit[r, q])
        a = press_applier[q]
        if a >= 0 and press_cost[r, q] != 0.0:  # applying it costs the applier
            before = d[a]
            d[a] = min(1.0, max(0.0, d[a] - press_cost[r, q]))
            contrib[q] += abs(d[a] - before)
        if press_kind[q] == 0:
            before = d[p]
            d[p] = min(1.0, max(0.0, d[p] + rate))
            moved[q] += abs(d[p] - before)
            contrib[q] += abs(d[p] - before)
        else:
            i = press_issue[q]
            before = w[p, i]
            w[p, i] = max(0.0, w[p, i] + rate)
            moved[q] += abs(w[p, i] - before)
            contrib[q] += abs(w[p, i] - before)
            tot = 0.0
            for j in range(J):
                tot += w[p, j]
            if tot > 0:
                for j in range(J):
                    w[p, j] /= tot
            dirty = True
    return dirty


@njit(**INNER)
def events_today(
    t,
    r,
    in_pause,
    risk_max,
    died,
    rescued,
    n_barred,
    n_elig,
    n_log,
    draws,
    model,
    work,
    factions,
    log_i,
    log_f,
):
    """The stochastic events of day ``t`` that arrive before its end.

    Returns ``(died, rescued, n_barred, n_elig, n_log)``. Deaths arrive at up to ``risk_max``
    times their rate and are thinned to the day's risk (no pressure acts during a pause).
    """
    ev_rate = draws.ev_rate
    ev_mag = draws.ev_mag
    ev_shift = draws.ev_shift
    press_risk = draws.press_risk
    ev_kind = model.ev_kind
    ev_party = model.ev_party
    held_total0 = model.held_total0
    if factions is not None:
        ev_fvotes = factions.ev_fvotes
        ev_ffb = factions.ev_ffb
    P = model.V.shape[1]
    E = ev_kind.shape[0]
    Q = model.press_party.shape[0]
    for e in range(E):
        while work.next_ev[e] < t + 1.0:
            work.next_ev[e] += np.random.exponential(
                1.0 / (ev_rate[r, e] * (risk_max if ev_kind[e] == EV_DEATH else 1.0))
            )
            kind = ev_kind[e]
            applied = False
            alive = work.ledger[HELD]
            risk_now = 1.0
            if kind == EV_DEATH and risk_max > 1.0 and not in_pause:
                for q in range(Q):
                    risk_now += max(0.0, press_risk[r, q])
            if kind == EV_DEATH and risk_max > 1.0 and np.random.random() * risk_max >= risk_now:
                pass  # thinned: at today's risk this death does not happen
            elif kind == EV_DEATH:
                if alive > 0 and np.random.random() * held_total0 < alive:
                    size = _take(work.held, min(alive, max(1, int(ev_mag[r, e]))), work.cat_died)
                    work.ledger[HELD] -= size
                    work.ledger[REMAINS_HELD] += size
                    died += size
                    _shift_leverage(work.d, ev_shift[r, e], size, work.contrib, Q + e)
                    applied = True
            elif kind == EV_RESCUE:
                if alive > 0 and not in_pause:
                    size = _take(work.held, min(alive, max(0, int(ev_mag[r, e]))), work.cat_rescued)
                    work.ledger[HELD] -= size
                    rescued += size
                    _shift_leverage(work.d, ev_shift[r, e], size, work.contrib, Q + e)
                    applied = size > 0
            elif kind == EV_LEADER:
                if not in_pause and ev_party[e] >= 0:
                    p = ev_party[e]
                    before = work.rho[p]
                    work.rho[p] = max(0.0, work.rho[p] * ev_mag[r, e])
                    work.contrib[Q + e] += abs(work.rho[p] - before)
                    applied = True
            elif kind == EV_MEDIATOR:
                if ev_party[e] >= 0:
                    p = ev_party[e]
                    before = work.d[p]
                    work.d[p] = min(1.0, max(0.0, work.d[p] + ev_mag[r, e]))
                    work.contrib[Q + e] += abs(work.d[p] - before)
                    applied = True
            elif not in_pause:  # escalation
                for p in range(P):
                    if ev_party[e] < 0 or ev_party[e] == p:
                        before = work.d[p]
                        work.d[p] = min(1.0, max(0.0, work.d[p] + ev_mag[r, e]))
                        work.contrib[Q + e] += abs(work.d[p] - before)
                applied = True
            if factions is not None:
                if applied:
                    move_factions(
                        r,
                        e,
                        size if kind <= EV_RESCUE else 1.0,
                        work.votes,
                        work.ffb,
                        ev_fvotes,
                        ev_ffb,
                    )
                    if n_barred > 0:
                        n_elig = eligible(work.X, work.locked, work.elig)
                        n_barred = 0
            if applied:
                if log_i is not None:  # a transcript asked (else no code)
                    n_log = log_row(
                        log_i,
                        log_f,
                        n_log,
                        t,
                        LOG_EVENT,
                        ev_party[e],
                        e,
                        kind,
                        ev_mag[r, e],
                        0.0,
                    )
    return died, rescued, n_barred, n_elig, n_log


compile_once_per_types(globals())  # accord._jit: constants at kernel calls make no extra compiles
