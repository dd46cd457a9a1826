"""Monte Carlo over chunks of runs: draw parameters, run the kernel, count outcomes.

A forecast of N runs is cut into chunks of a fixed size. Chunk ``c`` draws
everything from ``np.random.SeedSequence(seed, spawn_key=(c,))``: its
parameter draws, and one 63-bit seed per run for the kernel's own stream.
A chunk's result is a set of integer histograms (:class:`ChunkStats`);
merging adds them, which is exact and order-free, so any backend and any
number of workers give the same forecast for the same seed.

>>> from accord.simulate.config import ForecastConfig
>>> from accord.scenarios import load_scenario
>>> task = build_task(load_scenario("labour-2026-03"), ForecastConfig(runs=64, horizon=30))
>>> run_chunk(task, 0).n
64
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, replace
from typing import Any

import numpy as np

from accord._jit import Constant
from accord.errors import InputError
from accord.model import Scenario, StockKind
from accord.simulate.calibration import ResponseRecord, keep_by_responses, response_record
from accord.simulate.chunk_stats import COL, ChunkStats, summarise_chunk
from accord.simulate.config import ForecastConfig
from accord.simulate.inputs import Draws, Model, Outputs, Settings, work_arrays
from accord.simulate.kernel import EVENT_CODES, simulate_chunk
from accord.simulate.levers import lever_falls
from accord.simulate.outside import faction_crossed, outside_inputs, outside_struct
from accord.simulate.parameters import Parameter, ParameterTable, dynamic_names
from accord.simulate.protocols import protocol_code
from accord.simulate.replay import red_line_ages, replay
from accord.simulate.run import CATEGORY_COLUMNS, OUTCOME_COLUMNS
from accord.simulate.space import NO_PAUSE, ForecastSpace, compile_space
from accord.simulate.strategies import parse_strategies


@dataclass
class ChunkTask:
    """Everything a worker needs for any chunk: plain arrays, no scenario objects."""

    config: ForecastConfig
    table: ParameterTable
    V: np.ndarray
    X: np.ndarray
    D: np.ndarray
    held: np.ndarray  # (K, M, C) of the held stock released by the end of phase m
    remains: np.ndarray  # (K, M)
    pool: np.ndarray  # (K, M, C) at nominal category maxima
    pause: np.ndarray  # (K, M) pause level in force
    guarantee: np.ndarray
    pool_nominal: np.ndarray  # nominal maximum per pool category
    held_total0: int
    remains0: int
    strat_exp: np.ndarray
    strat_reactive: np.ndarray
    held0: np.ndarray = field(
        default_factory=lambda: np.zeros(1, dtype=np.int64)
    )  # (C,) held per category
    categories: list[str] = field(default_factory=lambda: ["all"])
    pool_issue: str | None = None  # the pool stock's issue (its category maxima are drawn)
    pause_lasting: int = NO_PAUSE
    standstill: int = 0  # days without a deal before the snapshot (from the scenario's record)
    # (P,) days from each party's latest cited statement of its red lines to the snapshot
    stated: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    responses: ResponseRecord | None = None  # responses to tabled proposals (with --calibrate)
    fac_x: np.ndarray = field(
        default_factory=lambda: np.zeros((0, 0), dtype=np.bool_)
    )  # (K, F) candidates crossing a red line each faction holds (accord.simulate.outside)
    XP: np.ndarray = field(
        default_factory=lambda: np.zeros((0, 0))
    )  # (K, L) candidates crossing each possible red line (ParameterTable.possible)

    @property
    def shape(self) -> dict[str, int]:
        return {
            "candidates": int(self.V.shape[0]),
            "phases": int(self.held.shape[1]),
            "held0": self.held_total0,
            "remains0": self.remains0,
            "pool_max": self.pool_max,
        }

    def writable(self) -> ChunkTask:
        """With every array writable: Ray's object store hands out read-only ones, which Numba
        types apart (a second compile of the kernel in each fresh worker)."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        fixed: dict[str, Any] = {
            k: a.copy()
            for k, a in values.items()
            if isinstance(a, np.ndarray) and not a.flags.writeable
        }
        return replace(self, **fixed) if fixed else self

    @property
    def pool_max(self) -> int:
        hi = [
            p.high
            for p in self.table.parameters
            if p.target[0] == "category_max" and p.target[1] == self.pool_issue
        ]
        return int(sum(hi)) if hi else 0


def apply_overrides(table: ParameterTable, overrides: dict[str, float]) -> ParameterTable:
    """Fix named parameters at a value (a what-if); unknown names and negative rates are errors."""
    if not overrides:
        return table
    names = {p.name for p in table.parameters}
    params: list[Parameter] = []
    for name in overrides:
        if name not in names:
            raise InputError(f"unknown parameter '{name}'; parameters: {', '.join(sorted(names))}")
    for p in table.parameters:
        if p.name in overrides:
            v = float(overrides[p.name])
            if not math.isfinite(v):
                raise InputError(f"parameter '{p.name}' must be a finite number (got {v})")
            if (
                p.target[0]
                in (
                    "event_rate",
                    "noise",
                    "temperature",
                    "round_days",
                    "phase_days",
                    "pressure_limit",
                    "pressure_risk",
                    "red_line_yield",
                    "penalty",
                    "weight",
                    "category_max",
                )
                and v < 0
            ):
                raise InputError(f"parameter '{p.name}' cannot be negative (got {v})")
            if p.target[0] in ("sched_prob", "sched_draw", "fac_votes", "draw") and not 0 <= v <= 1:
                raise InputError(f"parameter '{p.name}' lies in [0, 1] (got {v})")
            if p.target[0] in ("interim_start", "interim_end", "fac_cost") and v < 0:
                raise InputError(f"parameter '{p.name}' cannot be negative (got {v})")
            if p.target[0] in ("round_days", "phase_days") and v < 1:
                raise InputError(f"parameter '{p.name}' must be at least 1 day (got {v})")
            p = replace(p, nominal=v, low=v, high=v, reason="fixed by the user")
        params.append(p)
    return replace(table, parameters=params)


def build_task(
    scenario: Scenario, config: ForecastConfig, space: ForecastSpace | None = None
) -> ChunkTask:
    space = space or compile_space(scenario, config.template, config.max_candidates, config.levers)
    table = apply_overrides(space.table, config.overrides)
    for p in table.parameters:
        if p.target[0] == "event_rate" and p.low < 0:
            raise InputError(f"the rate of event '{p.name}' cannot be negative ({p.low})")
    strategies = parse_strategies(config.strategy, table.parties)
    pool_stock = scenario.tracked.stock(StockKind.pool)
    pool_issue = pool_stock.issue if pool_stock is not None else None
    if pool_issue is not None:
        nominal = np.array([c.max.value for c in scenario.issue(pool_issue).categories or []])
    else:
        nominal = np.ones(1)
    return ChunkTask(
        config=config,
        table=table,
        V=space.values,
        X=space.crossed,
        D=space.delivered,
        held=space.held,
        remains=space.remains,
        pool=space.pool,
        pause=space.pause,
        guarantee=space.guarantee,
        pool_nominal=nominal,
        held_total0=space.held_total0,
        remains0=space.remains0,
        pool_issue=pool_issue,
        pause_lasting=space.pause_lasting,
        held0=np.asarray(space.held0, dtype=np.int64),
        categories=list(space.categories),
        standstill=standstill_days(scenario),
        stated=red_line_ages(scenario, list(table.parties), standstill_days(scenario)),
        responses=response_record(
            space.compiled,
            {
                p.name.split(".", 1)[1]: p.low
                for p in table.parameters
                if p.target[0] == "red_line_yield"
            },
            table.possible,
        )
        if config.calibrate
        else None,
        fac_x=faction_crossed(scenario, table.factions, space.options),
        XP=space.possible,
        strat_exp=np.array([s.exponent for s in strategies]),
        strat_reactive=np.array([s.reactive for s in strategies]),
    )


def standstill_days(scenario: Scenario) -> int:
    """Days from the last deal of the scenario's record (or its start) to the snapshot; 0 without a record."""
    rec = scenario.record
    if rec is None:
        return 0
    last = max([d.date for d in rec.deals if d.date <= scenario.date] + [rec.since])
    return max(0, (scenario.date - last).days)


def chunk_rng(seed: int, chunk: int, stream: int = 0) -> np.random.Generator:
    """Chunk ``chunk``'s generator; ``stream`` 1 is a second, independent one (outside.py)."""
    key = (chunk,) if stream == 0 else (chunk, stream)
    return np.random.Generator(np.random.PCG64(np.random.SeedSequence(seed, spawn_key=key)))


def kernel_inputs(
    task: ChunkTask, values: np.ndarray, levers: bool = True
) -> dict[str, np.ndarray]:
    """Per-run kernel arrays from an ``(n, n_parameters)`` matrix of drawn values.

    ``levers``: the mediators' levers lower the fallbacks at the snapshot (accord.simulate.levers);
    a replay of the days before the snapshot runs without them."""
    t = task.table
    n = values.shape[0]
    P, J = len(t.parties), len(t.issues)
    W = np.zeros((n, P, J))
    d0 = np.zeros((n, P))
    rho = np.zeros((n, P))
    temperature = np.zeros(n)
    penalty = np.zeros((n, max(1, len(t.guarantee_levels))))
    sigma = np.zeros(n)
    round_days = np.ones(n)
    phase_days = np.ones(n)
    scale = np.ones((n, task.pool.shape[2]))
    pool = np.full((n, task.pool.shape[2]), np.iinfo(np.int64).max // 4, dtype=np.int64)
    press = np.zeros((n, len(t.pressures)))
    press_limit = np.full((n, len(t.pressures)), np.inf)
    press_cost = np.zeros((n, len(t.pressures)))
    press_risk = np.zeros((n, len(t.pressures)))
    ev_rate = np.zeros((n, len(t.events)))
    ev_mag = np.zeros((n, len(t.events)))
    ev_shift = np.zeros((n, len(t.events), P))
    L = len(t.possible)
    chance = np.zeros((n, L))
    draw = np.ones((n, L))
    for i, p in enumerate(t.parameters):
        col = values[:, i]
        kind = p.target[0]
        if kind == "weight":
            W[:, p.target[1], p.target[2]] = col
        elif kind == "fallback":
            d0[:, p.target[1]] = col
        elif kind == "red_line_yield":
            rho[:, p.target[1]] = col
        elif kind == "temperature":
            temperature[:] = col
        elif kind == "penalty":
            penalty[:, p.target[1]] = col
        elif kind == "noise":
            sigma[:] = col
        elif kind == "round_days":
            round_days[:] = col
        elif kind == "phase_days":
            phase_days[:] = col
        elif kind == "category_max" and p.target[1] == task.pool_issue:
            c = p.target[2]
            scale[:, c] = col / task.pool_nominal[c] if task.pool_nominal[c] > 0 else 0.0
            pool[:, c] = np.rint(col).astype(np.int64)  # what this category's pool can release
        elif kind == "pressure":
            press[:, p.target[1]] = col
        elif kind == "pressure_limit":
            press_limit[:, p.target[1]] = np.abs(col)
        elif kind == "pressure_cost":
            press_cost[:, p.target[1]] = col
        elif kind == "pressure_risk":
            press_risk[:, p.target[1]] = col
        elif kind == "event_rate":
            ev_rate[:, p.target[1]] = col
        elif kind == "event_magnitude":
            ev_mag[:, p.target[1]] = col
        elif kind == "event_shift":
            ev_shift[:, p.target[1], p.target[2]] = col
        elif kind == "possible_chance":
            chance[:, p.target[1]] = col
        elif kind == "possible_draw":
            draw[:, p.target[1]] = col
    W /= np.maximum(W.sum(axis=2, keepdims=True), 1e-12)
    fall = lever_falls(t, values) if levers else None
    if fall is not None:  # the levers' fall counts towards the red lines' yield, as any fall does
        lowered = np.clip(d0 - fall, 0.0, 1.0)
        rho = rho - (d0 - lowered)
        d0 = lowered
    return dict(
        W=W,
        d0=d0,
        yield0=rho,
        temperature=temperature,
        penalty=penalty,
        sigma=sigma,
        round_days=round_days,
        phase_days=phase_days,
        pool_scale=scale,
        pool0=pool,
        press_rate=press,
        press_limit=press_limit,
        press_cost=press_cost,
        press_risk=press_risk,
        ev_rate=ev_rate,
        ev_mag=ev_mag,
        ev_shift=ev_shift,
        possible_held=(draw < chance).astype(np.float64),  # held when the draw is below the chance
    )


def run_kernel(
    task: ChunkTask,
    seeds: np.ndarray,
    values: np.ndarray,
    log_capacity: int = 0,
    out_cat: np.ndarray | None = None,
    horizon: int | None = None,
    out_dyn: np.ndarray | None = None,
    scheduled: bool = True,
    levers: bool = True,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """Run the kernel on drawn values; returns (outcomes, log_i, log_f, log length).

    ``scheduled`` and ``levers``: False for a replay of the days before the snapshot.

    ``out_cat``, if given (``(runs, categories, len(CATEGORY_COLUMNS))`` int64), receives the
    held stock released, died, rescued and still held, per category.
    """
    t = task.table
    if out_cat is None:
        out_cat = np.zeros((len(seeds), len(task.held0), len(CATEGORY_COLUMNS)), dtype=np.int64)
    x = kernel_inputs(task, values, levers)
    if out_dyn is None:
        out_dyn = np.zeros((len(seeds), 1 + 2 * len(t.factions)), dtype=np.int64)
    out = np.zeros((len(seeds), len(OUTCOME_COLUMNS)), dtype=np.int64)
    log_i = np.zeros((log_capacity, 5), dtype=np.int64)
    log_f = np.zeros((log_capacity, 2))
    draws = Draws(seeds=seeds, **x)
    outside = outside_struct(t, values, task.fac_x, out_dyn, scheduled)
    model = Model(
        V=task.V,
        X=task.X,
        D=task.D,
        held_out=task.held,
        remains_out=task.remains,
        pool_out=task.pool,
        pause=task.pause,
        guarantee=task.guarantee,
        held0=task.held0,
        held_total0=int(task.held_total0),
        remains0=int(task.remains0),
        pause_lasting=int(task.pause_lasting),
        press_applier=np.array([q.applier for q in t.pressures], dtype=np.int64),
        press_party=np.array([q.party for q in t.pressures], dtype=np.int64),
        press_kind=np.array([q.kind for q in t.pressures], dtype=np.int64),
        press_issue=np.array([q.issue for q in t.pressures], dtype=np.int64),
        ev_kind=np.array([EVENT_CODES[e.kind] for e in t.events], dtype=np.int64),
        ev_party=np.array([e.party for e in t.events], dtype=np.int64),
        strat_exp=task.strat_exp,
        strat_reactive=task.strat_reactive,
        disc=outside.disc,
        XP=task.XP if task.XP.shape[0] == task.X.shape[0] else np.zeros((task.X.shape[0], 0)),
        possible_party=np.array([p for p, _ in t.possible], dtype=np.int64),
    )
    settings = Settings(
        horizon=int(horizon or task.config.horizon),
        protocol=Constant(protocol_code(task.config.protocol)),  # one compiled kernel per protocol
        deadline=int(task.config.bargaining_deadline),
    )
    outputs = Outputs(out, out_cat, out_dyn)
    # a dynamic the scenario does not declare is given as None: the kernel is compiled without it
    timed = outside if len(t.scheduled) or t.interim else None
    factions = outside if len(t.factions) else None
    work = work_arrays(model, len(dynamic_names(t)), len(t.factions))
    # no transcript asked: None, and the kernel is compiled without its transcript code
    logs = (log_i, log_f) if log_capacity > 0 else (None, None)
    n_log = simulate_chunk(draws, model, settings, work, outputs, timed, factions, *logs)
    return out, log_i, log_f, int(n_log)


def red_lines_held(task: ChunkTask, values: np.ndarray) -> np.ndarray:
    """(n, P) True where the party holds a red line some candidate crosses in the run: a stated
    one, or a possible one the run's draw holds."""
    t = task.table
    n, P = values.shape[0], len(t.parties)
    stated = np.asarray(task.X).any(axis=0).reshape(-1)[:P]
    held = np.broadcast_to(stated, (n, P)).copy()
    if t.possible and task.XP.shape[0] == task.X.shape[0]:
        chance, draw = np.zeros((n, len(t.possible))), np.ones((n, len(t.possible)))
        for i, p in enumerate(t.parameters):
            if p.target[0] == "possible_chance":
                chance[:, p.target[1]] = values[:, i]
            elif p.target[0] == "possible_draw":
                draw[:, p.target[1]] = values[:, i]
        for ell, (party, _issue) in enumerate(t.possible):
            if task.XP[:, ell].any():
                held[:, party] |= draw[:, ell] < chance[:, ell]
    return held


def run_chunk(task: ChunkTask, chunk: int) -> ChunkStats:
    """Draw and simulate chunk ``chunk`` of the forecast; the result depends on nothing else."""
    task = task.writable()
    n = task.config.chunk_runs(chunk)
    rng = chunk_rng(task.config.seed, chunk)
    rng2 = chunk_rng(task.config.seed, chunk, stream=1)  # accord.simulate.outside's draws
    rng3 = chunk_rng(task.config.seed, chunk, stream=2)  # the mediators' levers (levers.py)
    u, values = task.table.draw(rng, n, rng2, rng3)
    seeds = rng.integers(0, 2**63 - 1, size=n, dtype=np.int64)
    out_cat = np.zeros((n, len(task.held0), len(CATEGORY_COLUMNS)), dtype=np.int64)
    out_dyn = np.zeros((n, 1 + 2 * len(task.table.factions)), dtype=np.int64)
    calibrating = task.config.calibrate and task.standstill > 0
    past = (
        replay(
            task.table,
            values,
            task.config.replay,
            task.standstill,
            task.config.red_line_clock,
            red_lines_held(task, values),
            task.stated,
        )
        if calibrating
        else None
    )
    forecast_values = past.forecast if past is not None else values
    out, _, _, _ = run_kernel(task, seeds, forecast_values, out_cat=out_cat, out_dyn=out_dyn)
    on = (
        outside_inputs(task.table, values)["sched_on"]
        if task.table.scheduled
        else np.zeros((n, 0), dtype=np.int64)
    )
    if not (task.config.calibrate and (task.standstill > 0 or task.responses is not None)):
        return summarise_chunk(task, out, u, out_cat, out_dyn, on)
    # Calibration to the record (ABC rejection): each draw also replays, on its own random stream,
    # a pseudo-history as long as the standstill observed before the snapshot; a draw is kept only
    # when that replay, like the record, has no deal. Its forecast comes from the first stream.
    keep = np.ones(n, dtype=bool)
    if past is not None:
        history_seeds = rng.integers(0, 2**63 - 1, size=n, dtype=np.int64)
        history, _, _, _ = run_kernel(
            task,
            history_seeds,
            past.values,
            horizon=task.standstill,
            scheduled=False,
            levers=False,
        )
        keep = (history[:, COL["first_deal_day"]] < 0) & past.possible
    kept_standstill = int(keep.sum())
    chances = None
    if task.responses is not None:  # and with the reported responses to tabled proposals
        by_responses, chances = keep_by_responses(
            task.responses, kernel_inputs(task, values, levers=False), rng
        )
        keep &= by_responses
    stats = summarise_chunk(task, out[keep], u[keep], out_cat[keep], out_dyn[keep], on[keep])
    stats.hist["drawn"] = np.array([n], dtype=np.int64)
    stats.hist["kept_standstill"] = np.array([kept_standstill], dtype=np.int64)
    if chances is not None:
        stats.hist["resp_drawn"] = np.rint(chances.sum(axis=0) * 1e6).astype(np.int64)
        stats.hist["resp_kept"] = np.rint(chances[keep].sum(axis=0) * 1e6).astype(np.int64)
    varying = task.table.varying
    stats.hist["drawn_u_sum"] = np.rint(u[:, varying].sum(axis=0) * 1000).astype(np.int64)
    return stats
