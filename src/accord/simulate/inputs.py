"""The compiled kernel's inputs and outputs, packed in a few named structures.

:func:`accord.simulate.kernel.simulate_chunk` takes four of them instead of
dozens of arrays: what each run drew (:class:`Draws`, one row per run), what
every run shares (:class:`Model`: the candidate packages, the tracked stocks,
the dynamics' shapes, the strategies), how to run (:class:`Settings`) and
where results go (:class:`Outputs`). They are plain ``NamedTuple`` classes,
which Numba compiles to structs: reading a field costs nothing at run time.
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
    # the transcript, or None for none (the Monte Carlo: the kernel is then compiled without it)
    log_i: np.ndarray | None  # (capacity, 5) int64 transcript rows
    log_f: np.ndarray | None  # (capacity, 2) transcript values
