"""The compiled kernel's inputs and outputs, packed in a few named structures.

:func:`accord.simulate.kernel.simulate_chunk` takes five of them instead of
dozens of arrays: what each run drew (:class:`Draws`, one row per run), what
every run shares (:class:`Model`: the candidate packages, the tracked stocks,
the dynamics' shapes, the strategies), how to run (:class:`Settings`), its
working arrays (:class:`Work`) and where results go (:class:`Outputs`); the
scheduled events, interim state and factions come as
:class:`accord.simulate.outside.Outside` or ``None``. They are plain ``NamedTuple``
classes, which Numba compiles to structs: reading a field costs nothing at run time.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from accord._jit import Constant


class Draws(NamedTuple):
    """Per run (rows), what it drew from the parameter ranges and its random seed."""

    seeds: np.ndarray  # (n,) int64 seed of the run's own random stream
    W: np.ndarray  # (n, P, J) issue weights
    d0: np.ndarray  # (n, P) fallbacks at the snapshot
    yield0: np.ndarray  # (n, P) red-line yield
    temperature: np.ndarray  # (n,) commitment temperature
    penalty: np.ndarray  # (n, G) guarantee penalty per guarantee level
    sigma: np.ndarray  # (n,) perception noise
    round_days: np.ndarray  # (n,)
    phase_days: np.ndarray  # (n,)
    pool_scale: np.ndarray  # (n, C) drawn / nominal maximum per pool category
    pool0: np.ndarray  # (n, C) int64 pool stock per category
    press_rate: np.ndarray  # (n, Q)
    press_limit: np.ndarray  # (n, Q)
    press_cost: np.ndarray  # (n, Q)
    press_risk: np.ndarray  # (n, Q) risk to the held stock while the pressure acts
    ev_rate: np.ndarray  # (n, E)
    ev_mag: np.ndarray  # (n, E)
    ev_shift: np.ndarray  # (n, E, P) fallback shift per person (death and rescue events)
    possible_held: np.ndarray  # (n, L) 1 where the run holds possible red line l, else 0


class Model(NamedTuple):
    """What every run shares: candidate packages, tracked stocks, dynamics, strategies."""

    V: np.ndarray  # (K, P, J) value of each candidate's final terms, unweighted
    X: np.ndarray  # (K, P) red lines of party p the candidate crosses
    D: np.ndarray  # (K, B, P, J) irreversible value delivered by boundary b
    held_out: np.ndarray  # (K, M, C) held stock released by the end of phase m, per category
    remains_out: np.ndarray  # (K, M) remains stock returned by the end of phase m
    pool_out: np.ndarray  # (K, M, C) pool stock released by the end of phase m (nominal)
    pause: np.ndarray  # (K, M) pause level in force during phase m
    guarantee: np.ndarray  # (K,) guarantee level of each candidate
    held0: np.ndarray  # (C,) held stock per category at the start
    held_total0: int
    remains0: int
    pause_lasting: int  # pause level from which it outlasts a completed deal
    press_applier: np.ndarray  # (Q,) party paying the pressure's cost, -1 for none
    press_party: np.ndarray  # (Q,) party whose fallback or weight moves
    press_kind: np.ndarray  # (Q,) 0 fallback, 1 weight
    press_issue: np.ndarray  # (Q,) issue of a weight pressure, -1 otherwise
    ev_kind: np.ndarray  # (E,) event kind code (kernel.EVENT_CODES)
    ev_party: np.ndarray  # (E,) affected party, -1 for none
    strat_exp: np.ndarray  # (P,) time-based strategy exponents
    strat_reactive: np.ndarray  # (P,) bool: reactive strategy
    disc: np.ndarray  # (P,) discount factors (time preference; 1 for none)
    XP: np.ndarray  # (K, L) 1 where the candidate crosses possible red line l
    possible_party: np.ndarray  # (L,) int64 party holding possible red line l


class Settings(NamedTuple):
    horizon: int  # days simulated
    # the protocol's index in the registry (accord.simulate.protocols), as a Constant: the compiled
    # kernel sees it in its type, so it is compiled (and cached) once per protocol used, with
    # only that protocol's round in it
    protocol: Constant
    deadline: int  # alternating offers: days to the bargaining deadline


class Outputs(NamedTuple):
    out: np.ndarray  # (n, len(OUTCOME_COLUMNS)) int64
    out_cat: np.ndarray  # (n, C, len(CATEGORY_COLUMNS)) int64, the held stock per category
    out_dyn: np.ndarray  # (n, 1 + 2F) int64: days of the interim state, faction block/unblock days


class Work(NamedTuple):
    """The kernel's working arrays, by name, allocated here (NumPy) rather than in compiled code.

    Numba compiles its own implementation of ``np.empty``/``np.zeros``/``np.full`` for every
    shape and dtype a kernel allocates, so allocating inside the kernel cost a dozen extra
    compiles on a first run. The kernel resets them per run where it matters; every compiled
    function reads them by these names (``work.d``), so no function has to know where an
    array sits.
    """

    U_final: np.ndarray  # (K, P) utility of each candidate's final terms
    U_eff: np.ndarray  # (K, P) commitment-adjusted
    X: np.ndarray  # (K, P) red lines (stated and, held in the run, possible) of party p crossed
    S: np.ndarray  # (K, B, P) weighted irreversible value kept after a collapse at boundary b
    w: np.ndarray  # (P, J) the run's issue weights
    # per party (P,)
    seen_d: np.ndarray  # fallbacks as perceived
    d: np.ndarray  # the run's fallbacks
    rho: np.ndarray  # red-line yield
    dd: np.ndarray  # a faction's view of the fallbacks (accord.simulate.ratify)
    d_keep: np.ndarray  # the fallbacks while a round weighs them discounted
    interim_applied: np.ndarray  # what the interim state moved each fallback by
    vbuf: np.ndarray
    cbuf: np.ndarray
    honour: np.ndarray  # chance each party honours a boundary
    hv: np.ndarray  # backward induction's values (phases._honour_chances)
    hc: np.ndarray  # and collapse values
    umin: np.ndarray
    umax: np.ndarray
    aspiration: np.ndarray
    locked: np.ndarray  # (P,) bool: red lines still held
    elig: np.ndarray  # (K,) int64 eligible candidates
    last_offer: np.ndarray  # (P,) int64
    contrib: np.ndarray  # (dynamics,) how much each dynamic moved values
    moved: np.ndarray  # (Q,) total moved by each pressure
    next_ev: np.ndarray  # (E,) time of each event's next arrival
    # per faction (F,)
    votes: np.ndarray  # votes
    ffb: np.ndarray  # fallbacks
    faccept: np.ndarray  # bool: accepts the package
    blocking: np.ndarray  # bool: blocking
    uf: np.ndarray  # (1, P)
    sf: np.ndarray  # (1, B, P)
    ledger: np.ndarray  # (8,) int64 (accord.simulate.people)
    # held stock per category (C,) int64
    held: np.ndarray
    cat_released: np.ndarray
    cat_died: np.ndarray
    cat_rescued: np.ndarray
    deal_released: np.ndarray
    # pool stock per category (CP,) int64
    pool_left: np.ndarray
    deal_pool: np.ndarray


def work_arrays(model: Model, n_dynamics: int, n_factions: int) -> Work:
    """Fresh working arrays for :func:`accord.simulate.kernel.simulate_chunk` on ``model``."""
    K, P, J = model.V.shape
    B = model.D.shape[1]
    C = model.held0.shape[0]
    CP = model.pool_out.shape[2]
    E = model.ev_kind.shape[0]
    Q = model.press_party.shape[0]
    F = n_factions
    i64 = np.int64
    return Work(
        U_final=np.zeros((K, P)),
        U_eff=np.zeros((K, P)),
        X=np.zeros((K, P)),
        S=np.zeros((K, B, P)),
        w=np.zeros((P, J)),
        seen_d=np.zeros(P),
        d=np.zeros(P),
        rho=np.zeros(P),
        dd=np.zeros(P),
        d_keep=np.zeros(P),
        interim_applied=np.zeros(P),
        vbuf=np.zeros(P),
        cbuf=np.zeros(P),
        honour=np.zeros(P),
        hv=np.zeros(P),
        hc=np.zeros(P),
        umin=np.zeros(P),
        umax=np.zeros(P),
        aspiration=np.zeros(P),
        locked=np.zeros(P, np.bool_),
        elig=np.zeros(K, i64),
        last_offer=np.full(P, -1, i64),
        contrib=np.zeros(n_dynamics),
        moved=np.zeros(Q),
        next_ev=np.zeros(E),
        votes=np.zeros(F),
        ffb=np.zeros(F),
        faccept=np.zeros(F, np.bool_),
        blocking=np.zeros(F, np.bool_),
        uf=np.zeros((1, P)),
        sf=np.zeros((1, B, P)),
        ledger=np.zeros(8, i64),
        held=np.zeros(C, i64),
        cat_released=np.zeros(C, i64),
        cat_died=np.zeros(C, i64),
        cat_rescued=np.zeros(C, i64),
        deal_released=np.zeros(C, i64),
        pool_left=np.zeros(CP, i64),
        deal_pool=np.zeros(CP, i64),
    )
