"""The compiled core: one chunk of runs, day by day, in Numba.

Every run is a row of the input arrays (its drawn weights, fallbacks, rates,
and its own random seed); the run's state lives in a few local scalars and
small arrays. A run goes through three states:

* ``NEGOTIATING``: every ``round_days`` the protocol runs one round
  (:mod:`accord.simulate.protocols`: the registered protocol's round function, given the
  run's arrays packed once in a ``RoundInputs`` and the round's numbers in a ``RoundState``) on the packages' commitment-adjusted
  expected utilities; a round may end in a signed package. A party's stated
  red lines hold until its fallback has fallen by its ``red_line_yield`` since
  the snapshot; the run records whether a zone of agreement existed at the
  start and, if not, the day one opened and the dynamic that had moved values
  most by then;
* ``IMPLEMENTING``: the package is carried out phase by phase; at each phase
  boundary every party honours or walks away (logistic choice, as in
  :mod:`accord.analysis.commitment`, with backward induction over the
  remaining boundaries at the current fallbacks). A walk-out collapses the
  deal: reversible terms revert, fighting and talks resume;
* ``DONE``: every phase has been carried out.

The stocks are those the scenario tracks (``tracked``, :mod:`accord.model.tracked`).
Each day, while no pause is in force, pressures move fallbacks (and weights),
saturating at their limits and costing whoever applies them; stochastic events
arrive on exponential clocks (Poisson processes): deaths among the held stock
(thinned by the share still held), rescues, strikes on leaders, a mediator's
change of stance, escalation. The pool stock is counted per category:
successive deals never release more than it holds.

The held stock is counted by category (``held``, from ``held0``): a deal releases
each category as its package lists it, and deaths and rescues fall on the
categories in proportion to those held (:mod:`accord.simulate.people`). The totals in the
ledger are the sums over categories.

The same code writes a transcript when given a log with capacity
(``accord negotiate``) and nothing otherwise (Monte Carlo). What a scenario does not
declare is not compiled: scheduled events and the interim state (``timed``) and
factions come as ``None`` and their code is dropped before typing; the working arrays
come allocated (:class:`accord.simulate.inputs.Work`); the run's values and the
honour choice at a boundary are in :mod:`accord.simulate.phases`. This module holds the
run's setup and its day loop (the states above, the rounds of talks, a deal's phases); the
day's pieces outside the talks (scheduled events, the interim state, pressures, stochastic
events) are in :mod:`accord.simulate.day`, and the factions' ratification of a signed
package in :mod:`accord.simulate.ratify`.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from accord._jit import JIT, compile_once_per_types
from accord.simulate.day import events_today, outside_today, pressures_today
from accord.simulate.people import (
    DEAL_RELEASED,
    DEAL_RETURNED,
    HELD,
    POOL_OUT,
    RELEASED,
    REMAINS_HELD,
    RETURNED,
    _deliver,
)
from accord.simulate.phases import (  # noqa: F401  (EVENT_CODES, _honour_chances: re-exported)
    DONE,
    EV_DEATH,
    EVENT_CODES,
    IMPLEMENTING,
    NEGOTIATING,
    _honour_chances,
    refresh,
)
from accord.simulate.protocols import (
    LOG_COMPLETE,
    LOG_DEFECT,
    LOG_HONOUR,
    LOG_PHASE,
    LOG_SIGNED,
    LOG_YIELD,
    LOG_ZONE,
    RoundInputs,
    RoundState,
    eligible,
    log_row,
    play_round,
    zone_exists,
)
from accord.simulate.ratify import interim_change, ratify_signed

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


@njit(**JIT)
def simulate_chunk(draws, model, settings, work, outputs, timed, factions, log_i, log_f):
    """Run every row of ``draws`` (:mod:`accord.simulate.inputs`); returns the transcript's length.

    Results go to ``outputs``; the rounds of talks are the registered protocol's
    (``settings.protocol``, :func:`accord.simulate.protocols.play_round`). ``timed`` and
    ``factions`` are the same :class:`accord.simulate.outside.Outside` when the scenario
    declares scheduled events or an interim state (``timed``) or factions, and ``None``
    otherwise: Numba drops the code under ``if timed is not None`` (``factions``) before it
    types the kernel, so a scenario without them compiles none of it.
    """
    seeds = draws.seeds
    W = draws.W
    d0 = draws.d0
    yield0 = draws.yield0
    temperature = draws.temperature
    penalty = draws.penalty
    sigma = draws.sigma
    round_days = draws.round_days
    phase_days = draws.phase_days
    pool_scale = draws.pool_scale
    pool0 = draws.pool0
    press_risk = draws.press_risk
    ev_rate = draws.ev_rate
    possible_held = draws.possible_held
    V = model.V
    X0 = model.X  # stated red lines; the run's X adds the possible ones it holds
    XP = model.XP
    possible_party = model.possible_party
    D = model.D
    guarantee = model.guarantee
    held_out = model.held_out
    remains_out = model.remains_out
    pool_out = model.pool_out
    pause = model.pause
    held0 = model.held0
    held_total0 = model.held_total0
    remains0 = model.remains0
    pause_lasting = model.pause_lasting
    press_party = model.press_party
    ev_kind = model.ev_kind
    strat_exp = model.strat_exp
    strat_reactive = model.strat_reactive
    horizon = settings.horizon
    protocol = settings.protocol
    deadline = settings.deadline
    out = outputs.out
    out_cat = outputs.out_cat
    disc = model.disc
    out_dyn = outputs.out_dyn
    SE = 0
    interim_on = False
    if timed is not None:
        sched_day = timed.sched_day
        interim_start = timed.interim_start
        interim_end = timed.interim_end
        interim_shift = timed.interim_shift
        SE = sched_day.shape[0]
        interim_on = timed.has_interim[0] != 0
    F = 0
    if factions is not None:
        fac_party = factions.fac_party
        fac_votes0 = factions.fac_votes0
        fac_fb0 = factions.fac_fb0
        F = fac_party.shape[0]
    n = seeds.shape[0]
    K, P, J = V.shape
    M = held_out.shape[1]
    E = ev_kind.shape[0]
    Q = press_party.shape[0]
    # the work arrays (accord.simulate.inputs.Work)
    U_final = work.U_final
    U_eff = work.U_eff
    X = work.X
    L = possible_party.shape[0]
    S = work.S
    w = work.w
    locked = work.locked
    elig = work.elig
    last_offer = work.last_offer
    contrib = work.contrib
    moved = work.moved
    next_ev = work.next_ev
    ledger = work.ledger
    votes = work.votes
    ffb = work.ffb
    blocking = work.blocking
    seen_d = work.seen_d
    d = work.d
    rho = work.rho
    d_keep = work.d_keep
    interim_applied = work.interim_applied
    vbuf = work.vbuf
    cbuf = work.cbuf
    honour = work.honour
    hv = work.hv
    hc = work.hc
    umin = work.umin
    umax = work.umax
    aspiration = work.aspiration
    held = work.held
    cat_released = work.cat_released
    cat_died = work.cat_died
    cat_rescued = work.cat_rescued
    deal_released = work.deal_released
    pool_left = work.pool_left
    deal_pool = work.deal_pool
    NDYN = contrib.shape[0]  # pressures, events, scheduled, the interim
    disc_on = False
    for p in range(P):
        if disc[p] < 1.0:
            disc_on = True
    C = held0.shape[0]
    CP = pool_out.shape[2]
    n_log = 0
    # what every round of talks sees, packed once: the kernel updates these arrays in place
    rounds = RoundInputs(
        U_final,
        S,
        X,
        locked,
        d,
        penalty,
        guarantee,
        elig,
        strat_exp,
        strat_reactive,
        aspiration,
        last_offer,
        seen_d,
        vbuf,
        cbuf,
        U_eff,
        umin,
        umax,
        log_i,
        log_f,
    )
    for r in range(n):
        np.random.seed(seeds[r])
        for p in range(P):
            d[p] = d0[r, p]
            rho[p] = yield0[r, p]
            locked[p] = rho[p] > 0.0
            aspiration[p] = 1.0
            last_offer[p] = -1
            for j in range(J):
                w[p, j] = W[r, p, j]
        for k in range(K):
            for p in range(P):
                X[k, p] = X0[k, p]
        for ell in range(L):
            if possible_held[r, ell] > 0.0:
                p = possible_party[ell]
                for k in range(K):
                    X[k, p] += XP[k, ell]
        for q in range(NDYN):
            contrib[q] = 0.0
        if factions is not None:
            for f in range(F):
                votes[f] = fac_votes0[r, f]
                ffb[f] = fac_fb0[r, f]
                blocking[f] = False
        for i in range(out_dyn.shape[1]):
            out_dyn[r, i] = -1
        in_interim = False
        interim_days = 0
        n_barred = 0  # packages taken out of the eligible list after a faction blocked them
        p_start = 0.0
        p_end = 0.0
        if timed is not None:
            if interim_on:
                p_start = 1.0 - np.exp(-interim_start[r])
                p_end = 1.0 - np.exp(-interim_end[r])
        for p in range(P):
            interim_applied[p] = 0.0
        for q in range(Q):
            moved[q] = 0.0
        refresh(w, V, D, U_final, S)
        pen_row = penalty[r]
        n_elig = eligible(X, locked, elig)
        zone0 = zone_exists(
            U_final, S, X, locked, d, pen_row, guarantee, temperature[r], vbuf, cbuf, elig, n_elig
        )
        zone_open = zone0
        zone_day = -1
        opened_by = -1
        dirty = False
        # pressures may raise the risk to the held stock: deaths arrive at up to `risk_max` times their rate,
        # thinned to the risk of the day (no extra draw without such a pressure)
        risk_max = 1.0
        for q in range(Q):
            risk_max += max(0.0, press_risk[r, q])
        for e in range(E):
            rate = ev_rate[r, e] * (risk_max if ev_kind[e] == EV_DEATH else 1.0)
            next_ev[e] = np.random.exponential(1.0 / rate) if rate > 0 else np.inf
        status = NEGOTIATING
        next_round = 0
        turn = 0
        k_cur = -1
        m_cur = 0
        next_boundary = 0
        pause_level = 0
        pause_until = -1
        ledger[:] = 0
        ledger[HELD] = held_total0
        ledger[REMAINS_HELD] = remains0
        for c in range(CP):
            pool_left[c] = pool0[r, c]
            deal_pool[c] = 0
        for c in range(C):
            held[c] = held0[c]
            cat_released[c] = 0
            cat_died[c] = 0
            cat_rescued[c] = 0
            deal_released[c] = 0
        died = 0
        rescued = 0
        pause_days = 0
        deals = 0
        collapses = 0
        first_day = -1
        first_pkg = -1
        first_fate = FATE_IN_FORCE
        rd = max(1, int(round_days[r]))
        pd = max(1, int(phase_days[r]))
        for t in range(horizon):
            if timed is not None:  # scheduled events or an interim state declared
                in_interim, n_barred, n_elig, n_log = outside_today(
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
                )
            in_pause = (
                in_interim
                or (status == IMPLEMENTING and pause_level >= 1)
                or (status == DONE and t < pause_until)
            )
            # --- pressures (only while fighting goes on)
            if not in_pause:
                dirty = pressures_today(r, draws, model, d, w, moved, contrib, dirty)
            # --- stochastic events
            died, rescued, n_barred, n_elig, n_log = events_today(
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
            )
            # --- a party gives up its stated red lines once its no-deal value has fallen far enough
            for p in range(P):
                if locked[p] and d0[r, p] - d[p] >= rho[p]:
                    locked[p] = False
                    n_elig = eligible(X, locked, elig)
                    if log_i is not None:  # a transcript asked (else no code)
                        n_log = log_row(
                            log_i, log_f, n_log, t, LOG_YIELD, p, -1, 0, d[p], d0[r, p] - d[p]
                        )
            if dirty and status != DONE:
                refresh(w, V, D, U_final, S)
                dirty = False
            # --- a phase boundary of the deal being carried out
            if status == IMPLEMENTING and t >= next_boundary:
                pen = penalty[r, guarantee[k_cur]]
                _honour_chances(k_cur, m_cur, w, d, pen, temperature[r], U_final, D, honour, hv, hc)
                kept = True
                for p in range(P):
                    ok = np.random.random() < honour[p]
                    if log_i is not None:  # a transcript asked (else no code)
                        n_log = log_row(
                            log_i,
                            log_f,
                            n_log,
                            t,
                            LOG_HONOUR if ok else LOG_DEFECT,
                            p,
                            k_cur,
                            m_cur + 1,
                            honour[p],
                            d[p],
                        )
                    kept = kept and ok
                if kept:
                    m_cur += 1
                    _deliver(
                        ledger,
                        held,
                        cat_released,
                        deal_released,
                        k_cur,
                        m_cur,
                        held_out,
                        remains_out,
                        pool_out,
                        pool_scale[r],
                        pool_left,
                        deal_pool,
                    )
                    pause_level = pause[k_cur, m_cur]
                    if m_cur == M - 1:
                        status = DONE
                        pause_until = (
                            horizon
                            if pause_level >= pause_lasting
                            else (t + pd if pause_level >= 1 else -1)
                        )
                        if deals == 1:
                            first_fate = FATE_COMPLETED
                        if log_i is not None:  # a transcript asked (else no code)
                            n_log = log_row(
                                log_i, log_f, n_log, t, LOG_COMPLETE, -1, k_cur, m_cur, 0.0, 0.0
                            )
                    else:
                        next_boundary = t + pd
                        if log_i is not None:  # a transcript asked (else no code)
                            n_log = log_row(
                                log_i, log_f, n_log, t, LOG_PHASE, -1, k_cur, m_cur, 0.0, 0.0
                            )
                else:
                    collapses += 1
                    if deals == 1:
                        first_fate = m_cur + 1
                    status = NEGOTIATING
                    pause_level = 0
                    next_round = t + rd
            # --- time preference: each round weighs packages against d * f ** (1 - tau)
            swapped = disc_on and status == NEGOTIATING and t >= next_round
            if swapped:
                tau = min(1.0, t / deadline)
                for p in range(P):
                    d_keep[p] = d[p]
                    d[p] = d[p] * disc[p] ** (1.0 - tau)
            # --- a round of talks
            if status == NEGOTIATING and t >= next_round:
                state = RoundState(t, turn, r, rd, deadline, temperature[r], sigma[r], n_elig)
                signed, zone_now, n_log = play_round(protocol, rounds, state, n_log)
                turn += 1
                if zone_now and not zone_open:
                    zone_open = True
                    zone_day = t
                    best_c = 0.0
                    for q in range(NDYN):
                        if contrib[q] > best_c:
                            best_c = contrib[q]
                            opened_by = q
                    if log_i is not None:  # a transcript asked (else no code)
                        n_log = log_row(
                            log_i, log_f, n_log, t, LOG_ZONE, -1, opened_by, 0, best_c, 0.0
                        )
                if factions is not None and signed >= 0:
                    signed, n_elig, n_barred, n_log = ratify_signed(
                        t,
                        r,
                        signed,
                        n_elig,
                        n_barred,
                        n_log,
                        draws,
                        model,
                        work,
                        outputs,
                        factions,
                        log_i,
                        log_f,
                    )
                if timed is not None:
                    if signed >= 0 and in_interim:  # a signed deal replaces the interim
                        in_interim = False
                        contrib[Q + E + SE] += interim_change(
                            r, False, d, interim_shift, interim_applied
                        )
                if signed >= 0:
                    k_cur = signed
                    deals += 1
                    if deals == 1:
                        first_day = t
                        first_pkg = signed
                    if log_i is not None:  # a transcript asked (else no code)
                        n_log = log_row(log_i, log_f, n_log, t, LOG_SIGNED, -1, k_cur, 0, 0.0, 0.0)
                    m_cur = 0
                    ledger[DEAL_RELEASED] = 0
                    for c in range(C):
                        deal_released[c] = 0
                    ledger[DEAL_RETURNED] = 0
                    for c in range(CP):
                        deal_pool[c] = 0
                    _deliver(
                        ledger,
                        held,
                        cat_released,
                        deal_released,
                        k_cur,
                        0,
                        held_out,
                        remains_out,
                        pool_out,
                        pool_scale[r],
                        pool_left,
                        deal_pool,
                    )
                    pause_level = pause[k_cur, 0]
                    if M == 1:
                        status = DONE
                        pause_until = (
                            horizon
                            if pause_level >= pause_lasting
                            else (t + pd if pause_level >= 1 else -1)
                        )
                        if deals == 1:
                            first_fate = FATE_COMPLETED
                    else:
                        status = IMPLEMENTING
                        next_boundary = t + pd
                else:
                    next_round = t + rd
            if swapped:
                for p in range(P):
                    d[p] = d_keep[p]
            if in_interim:
                interim_days += 1
            in_pause = (status == IMPLEMENTING and pause_level >= 1) or (
                status == DONE and t < pause_until
            )
            if in_pause:
                pause_days += 1
        out_dyn[r, 0] = interim_days
        out[r, 0] = first_day
        out[r, 1] = first_pkg
        out[r, 2] = first_fate if first_day >= 0 else FATE_IN_FORCE
        out[r, 3] = deals
        out[r, 4] = collapses
        out[r, 5] = ledger[RELEASED]
        out[r, 6] = ledger[RETURNED]
        out[r, 7] = ledger[POOL_OUT]
        out[r, 8] = pause_days
        out[r, 9] = died
        out[r, 10] = rescued
        out[r, 11] = ledger[HELD]
        out[r, 12] = ledger[REMAINS_HELD]
        out[r, 13] = 1 if zone0 else 0
        out[r, 14] = zone_day
        out[r, 15] = opened_by
        for c in range(C):
            out_cat[r, c, 0] = cat_released[c]
            out_cat[r, c, 1] = cat_died[c]
            out_cat[r, c, 2] = cat_rescued[c]
            out_cat[r, c, 3] = held[c]
    return n_log


compile_once_per_types(globals())  # accord._jit: constants at kernel calls make no extra compiles
