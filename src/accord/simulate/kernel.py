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
day loop (the states above, the rounds of talks, a deal's phases); a run's state at the
snapshot, set from its draws, and its outcome row at the horizon are in
:mod:`accord.simulate.run`, the day's pieces outside the talks (scheduled events, the interim
state, pressures, stochastic events) in :mod:`accord.simulate.day`, and the factions'
ratification of a signed package in :mod:`accord.simulate.ratify`.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from accord._jit import JIT, compile_once_per_types
from accord.simulate.day import events_today, outside_today, pressures_today
from accord.simulate.people import DEAL_RELEASED, DEAL_RETURNED, _deliver
from accord.simulate.phases import (  # noqa: F401  (EVENT_CODES, _honour_chances: re-exported)
    DONE,
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
)
from accord.simulate.ratify import interim_change, ratify_signed
from accord.simulate.run import FATE_COMPLETED, FATE_IN_FORCE, record_run, start_run


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
    d0 = draws.d0
    temperature = draws.temperature
    penalty = draws.penalty
    sigma = draws.sigma
    round_days = draws.round_days
    phase_days = draws.phase_days
    pool_scale = draws.pool_scale
    V = model.V
    D = model.D
    guarantee = model.guarantee
    held_out = model.held_out
    remains_out = model.remains_out
    pool_out = model.pool_out
    pause = model.pause
    pause_lasting = model.pause_lasting
    strat_exp = model.strat_exp
    strat_reactive = model.strat_reactive
    disc = model.disc
    horizon = settings.horizon
    protocol = settings.protocol
    deadline = settings.deadline
    SE = 0
    if timed is not None:
        interim_shift = timed.interim_shift
        SE = timed.sched_day.shape[0]
    n = draws.seeds.shape[0]
    P = V.shape[1]
    M = held_out.shape[1]
    E = model.ev_kind.shape[0]
    Q = model.press_party.shape[0]
    C = model.held0.shape[0]
    CP = pool_out.shape[2]
    NDYN = work.contrib.shape[0]  # pressures, events, scheduled, the interim
    # the working arrays the day loop reads (accord.simulate.inputs.Work)
    U_final = work.U_final
    X = work.X
    w = work.w
    locked = work.locked
    elig = work.elig
    contrib = work.contrib
    ledger = work.ledger
    d = work.d
    rho = work.rho
    d_keep = work.d_keep
    interim_applied = work.interim_applied
    honour = work.honour
    held = work.held
    cat_released = work.cat_released
    deal_released = work.deal_released
    pool_left = work.pool_left
    deal_pool = work.deal_pool
    disc_on = False
    for p in range(P):
        if disc[p] < 1.0:
            disc_on = True
    n_log = 0
    # what every round of talks sees, packed once: the kernel updates these arrays in place
    rounds = RoundInputs(
        U_final,
        work.S,
        X,
        locked,
        d,
        penalty,
        guarantee,
        elig,
        strat_exp,
        strat_reactive,
        work.aspiration,
        work.last_offer,
        work.seen_d,
        work.vbuf,
        work.cbuf,
        work.U_eff,
        work.umin,
        work.umax,
        log_i,
        log_f,
    )
    for r in range(n):
        n_elig, zone0, risk_max, p_start, p_end = start_run(
            r, draws, model, work, outputs, timed, factions
        )
        in_interim = False
        interim_days = 0
        n_barred = 0  # packages taken out of the eligible list after a faction blocked them
        zone_open = zone0
        zone_day = -1
        opened_by = -1
        dirty = False
        status = NEGOTIATING
        next_round = 0
        turn = 0
        k_cur = -1
        m_cur = 0
        next_boundary = 0
        pause_level = 0
        pause_until = -1
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
                dirty = pressures_today(r, draws, model, d, w, work.moved, contrib, dirty)
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
                refresh(w, V, D, U_final, work.S)
                dirty = False
            # --- a phase boundary of the deal being carried out
            if status == IMPLEMENTING and t >= next_boundary:
                pen = penalty[r, guarantee[k_cur]]
                _honour_chances(
                    k_cur, m_cur, w, d, pen, temperature[r], U_final, D, honour, work.hv, work.hc
                )
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
        record_run(
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
        )
    return n_log


compile_once_per_types(globals())  # accord._jit: constants at kernel calls make no extra compiles
