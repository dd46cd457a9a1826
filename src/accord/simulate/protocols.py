"""Negotiation protocols: one registry, each protocol one round function, compiled with Numba.

The forecast's kernel (:mod:`accord.simulate.kernel`) runs one round of talks
every ``round_days`` while a run is negotiating. It packs what a round sees in
two structures, :class:`RoundInputs` (the run's arrays, built once per chunk,
so a round costs no packing) and :class:`RoundState` (the round's numbers),
and calls the protocol the forecast was asked for through :func:`play_round`.
A protocol is a Numba function ``round(x: RoundInputs, s: RoundState, n_log)
-> (signed package or -1, whether a zone of agreement exists now, new log
length)``, registered with a line in :data:`REGISTRY`; ``--protocol`` and :class:`~accord.simulate.ForecastConfig`
accept every registered name, and ``tests/simulate/test_protocol_contract.py``
runs its contract on every entry (see ``docs/extending.md``).

**Mediated single negotiating text** (``mediated``). The mediator reads
each party's fallback with noise ``sigma`` and tables, among the candidates
crossing no red line still held, the package that maximises the product of
perceived gains in expected utility (:func:`expected_values`, the commitment
model of :mod:`accord.analysis.commitment`) over those fallbacks: the Nash
bargaining solution of what it perceives. With no package it believes both
would accept, it tables nothing that round. Each party knows its own expected
utility and accepts when it exceeds its current fallback.

**Alternating offers** (``alternating``). Parties take turns; the
offerer proposes, among all candidates, the one it values least that still
meets its aspiration (:mod:`accord.simulate.strategies`, paced by the
bargaining deadline, not the forecast horizon), and every other party accepts
when its noisy reading meets its own aspiration at that time and the package
beats its fallback. Packages crossing a red line still held are valued
``LOCKED`` by everyone (stated red lines are public). With ``sigma = 0`` and
fixed fallbacks this is NegMAS's stacked alternating offers protocol with its
time-based negotiators (checked by ``benchmarks/bench_forecast.py``).

Both append to a transcript log when it has room (``log_row``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
from numba import njit, types
from numba.core.imputils import lower_builtin
from numba.core.typing.templates import AbstractTemplate, infer_global, signature
from numba.extending import overload

from accord._jit import INNER, OPTIONS, ConstantType, compile_once_per_types
from accord.simulate.valuation import (
    EPS,
    GAIN,
    LOCKED,
    LOG_ACCEPT,
    LOG_COMPLETE,
    LOG_DEFECT,
    LOG_EVENT,
    LOG_HONOUR,
    LOG_NO_TEXT,
    LOG_OFFER,
    LOG_PHASE,
    LOG_REJECT,
    LOG_SIGNED,
    LOG_TABLED,
    LOG_YIELD,
    LOG_ZONE,
    _barred,
    _level,
    _logistic,
    all_values,
    argsort_desc,
    ascending,
    eligible,
    expected_values,
    log_row,
    threshold,
    value_range,
    worst_in,
    worst_in_scan,
    zone_exists,
)

__all__ = [
    "EPS",
    "GAIN",
    "LOCKED",
    "LOG_ACCEPT",
    "LOG_COMPLETE",
    "LOG_DEFECT",
    "LOG_EVENT",
    "LOG_HONOUR",
    "LOG_NO_TEXT",
    "LOG_OFFER",
    "LOG_PHASE",
    "LOG_REJECT",
    "LOG_SIGNED",
    "LOG_TABLED",
    "LOG_YIELD",
    "LOG_ZONE",
    "PROTOCOLS",
    "REGISTRY",
    "Protocol",
    "RoundInputs",
    "RoundState",
    "_logistic",
    "all_values",
    "alternating",
    "argsort_desc",
    "ascending",
    "eligible",
    "expected_values",
    "log_row",
    "mediated",
    "play_round",
    "protocol_code",
    "threshold",
    "value_range",
    "worst_in",
    "worst_in_scan",
    "zone_exists",
]


class RoundInputs(NamedTuple):
    """The arrays one round of talks sees: the run's state, its scratch space, the transcript.

    Built once per chunk of runs (the kernel updates the arrays in place), so a round costs no
    packing. A protocol may update its state (``aspiration``, ``last_offer``, ``seen_d``) and
    the scratch arrays, and must leave the others as they are.
    """

    U_final: np.ndarray  # (K, P) each party's value of each candidate's final terms
    S: np.ndarray  # (K, B, P) value a party keeps if the deal collapses after boundary b
    X: np.ndarray  # (K, P) red lines of party p the candidate crosses
    locked: np.ndarray  # (P,) whether party p still holds its stated red lines
    d: np.ndarray  # (P,) fallbacks today
    penalty: np.ndarray  # (runs, G) the guarantee's penalty per guarantee level: row RoundState.run
    guarantee: np.ndarray  # (K,) guarantee level of each candidate
    elig: np.ndarray  # (K,) candidates crossing no red line still held: the first RoundState.n_elig
    exps: np.ndarray  # (P,) time-based strategy exponents
    reactive: np.ndarray  # (P,) reactive strategies (tit for tat)
    aspiration: np.ndarray  # (P,) state: reactive strategies' aspiration
    last_offer: np.ndarray  # (P,) state: each party's last offer, -1 for none
    seen_d: np.ndarray  # (P,) scratch: fallbacks as a mediator perceives them
    v: np.ndarray  # (P,) scratch
    c: np.ndarray  # (P,) scratch
    U_eff: np.ndarray  # (K, P) scratch: expected value of signing each candidate
    umin: np.ndarray  # (P,) scratch
    umax: np.ndarray  # (P,) scratch
    log_i: np.ndarray  # (capacity, 5) transcript rows (log_row)
    log_f: np.ndarray  # (capacity, 2)


class RoundState(NamedTuple):
    """The numbers of one round: the day, the run and its drawn constants."""

    t: int  # day of the round
    turn: int  # rounds played so far in this run
    run: int  # row of the run in the chunk (its penalty row)
    rd: int  # days between rounds
    deadline: int  # days to the bargaining deadline (time-based strategies)
    temperature: float  # commitment temperature
    sigma: float  # perception noise
    n_elig: int  # candidates crossing no red line still held


@njit(**INNER)
def mediated(x, s, n_log):
    """The mediated single negotiating text, one round (see the module's docstring):
    ``(signed package or -1, whether a zone exists now, log length)``.

    Only the ``s.n_elig`` candidates in ``x.elig`` (crossing no red line still held) can be
    tabled. One function (no inlined helper): the first forecast types and compiles it once.
    """
    t = s.t
    U_final = x.U_final
    S = x.S
    X = x.X
    locked = x.locked
    d = x.d
    pen_row = x.penalty[s.run]
    guarantee = x.guarantee
    seen_d = x.seen_d
    v = x.v
    c = x.c
    elig = x.elig
    floor = x.umin  # scratch: no allocation in compiled code
    P = U_final.shape[1]
    for p in range(P):
        seen_d[p] = d[p] + s.sigma * np.random.normal(0.0, 1.0)
        floor[p] = min(d[p], seen_d[p])
    # The Nash product of positive gains is largest on the efficient frontier, so a
    # scan of all candidates finds the frontier's best without sorting per run.
    best = -1
    best_v = -1.0
    zone = False
    for i in range(s.n_elig):
        k = elig[i]
        if _barred(k, X, locked, U_final, S, d, floor):
            continue
        expected_values(k, U_final, S, d, pen_row[guarantee[k]], s.temperature, v, c)
        prod = 1.0
        ok = True
        inside = True
        for p in range(P):
            if v[p] < d[p] + GAIN:
                inside = False
            g = v[p] - seen_d[p]
            if g <= 0.0:
                ok = False
            prod *= g
        zone = zone or inside
        if ok and prod > best_v:
            best_v = prod
            best = k
    if best < 0:
        return -1, zone, log_row(x.log_i, x.log_f, n_log, t, LOG_NO_TEXT, -1, -1, 0, 0.0, 0.0)
    n_log = log_row(x.log_i, x.log_f, n_log, t, LOG_TABLED, -1, best, 0, best_v, 0.0)
    expected_values(best, U_final, S, d, pen_row[guarantee[best]], s.temperature, v, c)
    agreed = True
    for p in range(P):  # each party knows its own expected value; only the mediator misreads
        ok = v[p] >= d[p] + GAIN
        n_log = log_row(
            x.log_i, x.log_f, n_log, t, LOG_ACCEPT if ok else LOG_REJECT, p, best, 0, v[p], d[p]
        )
        agreed = agreed and ok
    return (best if agreed else -1), zone, n_log


@njit(**INNER)
def alternating(x, s, n_log):
    """Alternating offers, one turn: the commitment-adjusted values of every candidate, then
    an offer and the other parties' answers (see the module's docstring)."""
    U = x.U_eff
    umin = x.umin
    umax = x.umax
    d = x.d
    exps = x.exps
    reactive = x.reactive
    aspiration = x.aspiration
    last_offer = x.last_offer
    t = s.t
    deadline = s.deadline
    all_values(
        x.U_final,
        x.S,
        d,
        x.penalty[s.run],
        x.guarantee,
        s.temperature,
        U,
        x.v,
        x.c,
        x.elig,
        s.n_elig,
    )
    value_range(U, umin, umax)
    K, P = U.shape
    zone_now = False
    for k in range(K):
        ok = True
        for p in range(P):
            if U[k, p] < d[p] + GAIN:
                ok = False
                break
        if ok:
            zone_now = True
            break
    o = s.turn % P
    tau = min(1.0, t / deadline)  # past the deadline aspirations stay at their floor
    # NegMAS scales aspirations between max(worst, reserved value) and the best: the low end
    # overwrites umin (scratch, recomputed every round; no allocation in compiled code)
    lo = umin
    hi = umax
    for p in range(P):
        lo[p] = min(umax[p], max(umin[p], d[p]))
    thr = threshold(lo[o], hi[o], _level(o, tau, exps, reactive, aspiration))
    offer = worst_in_scan(U[:, o], thr)
    n_log = log_row(x.log_i, x.log_f, n_log, t, LOG_OFFER, o, offer, 0, U[offer, o], thr)
    # at least the linear pace: aspiration reaches the fallback by the deadline
    step = P / (P - 1.0) * s.rd / deadline
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
        reading = U[offer, q] + s.sigma * np.random.normal(0.0, 1.0)
        ok = (
            reading >= need and U[offer, q] >= d[q] + GAIN
        )  # never below its fallback or across a held red line
        n_log = log_row(
            x.log_i, x.log_f, n_log, t, LOG_ACCEPT if ok else LOG_REJECT, q, offer, 0, reading, need
        )
        agreed = agreed and ok
    return (offer if agreed else -1), zone_now, n_log


@dataclass(frozen=True)
class Protocol:
    """A registered negotiation protocol."""

    name: str  # the --protocol value and the JSON's config.protocol
    round: Any  # Numba function (x: RoundInputs, s: RoundState, n_log) -> (signed, zone, n_log)
    description: str
    strategies: bool = False  # whether --strategy (time-based or reactive concession) applies


# The registry: one line per protocol (its position is its code in the compiled kernel).
REGISTRY: tuple[Protocol, ...] = (
    Protocol(
        "mediated",
        mediated,
        "a mediator tables the Nash package of the fallbacks it perceives; each party accepts "
        "when its expected value beats its fallback",
    ),
    Protocol(
        "alternating",
        alternating,
        "parties take turns offering the package they value least above their aspiration "
        "(NegMAS's stacked alternating offers)",
        strategies=True,
    ),
)
PROTOCOLS: dict[str, Protocol] = {p.name: p for p in REGISTRY}
ROUNDS = tuple(p.round for p in REGISTRY)


def protocol_code(name: str) -> int:
    """The registry position of protocol ``name`` (what the compiled kernel is given)."""
    return [p.name for p in REGISTRY].index(name)


def play_round(code, x, s, n_log):
    """One round of the registered protocol number ``code``: ``(signed or -1, zone now, n_log)``.

    In Python it calls the entry. In compiled code, the kernel gives ``code`` as a
    :class:`~accord._jit.Constant` (its type says which protocol): the call is a direct call to
    that protocol's round function, and only that protocol is compiled (and cached) for the
    forecast. Given a plain integer, it is a chain of ``if code == i`` over the registry,
    generated when the caller is compiled (Numba ``overload``): each entry a direct call, never
    one through a function pointer.
    """
    return REGISTRY[code].round(x, s, n_log)


@overload(play_round, inline="always", jit_options=OPTIONS)
def _play_round_chain(code, x, s, n_log):
    if not isinstance(code, types.Integer):
        return None  # a Constant: _PlayOne below
    lines = ["def play(code, x, s, n_log):"]
    for i in range(len(ROUNDS)):
        lines.append(f"    if code == {i}:\n        return round_{i}(x, s, n_log)")
    lines.append("    return -1, False, n_log")
    namespace: dict[str, Any] = {f"round_{i}": fn for i, fn in enumerate(ROUNDS)}
    exec("\n".join(lines), namespace)  # noqa: S102 - code built from the registry's size only
    return namespace["play"]


@infer_global(play_round)
class _PlayOne(AbstractTemplate):
    """``play_round(Constant(i), x, s, n_log)``: typed as protocol i's round function itself.

    No wrapper function is compiled around it (an ``overload`` would be compiled on its own
    before being inlined): the call is lowered straight to a call of the protocol's compiled
    round (:func:`_lower_play_one`).
    """

    def generic(self, args: tuple[Any, ...], kws: dict[str, Any]) -> Any:
        if kws or len(args) != 4 or not isinstance(args[0], ConstantType):
            return None
        inner = types.Dispatcher(ROUNDS[args[0].value]).get_call_type(self.context, args[1:], {})
        if inner is None:
            return None
        return signature(inner.return_type, args[0], *inner.args)


@lower_builtin(play_round, ConstantType, types.Any, types.Any, types.Any)
def _lower_play_one(context: Any, builder: Any, sig: Any, args: Any) -> Any:
    fn = types.Dispatcher(ROUNDS[sig.args[0].value])
    call = context.get_function(fn, signature(sig.return_type, *sig.args[1:]))
    return call(builder, args[1:])


compile_once_per_types(globals())  # accord._jit: constants at kernel calls make no extra compiles
