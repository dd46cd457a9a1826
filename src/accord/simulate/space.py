"""The packages a simulated negotiation can table, compiled once into arrays.

The full agreement space of the flagship has over half a million packages;
a Monte Carlo run needs only those that can be efficient for *some* draw of
the uncertain weights. The compiler draws a fixed set of weight vectors
inside the assumption ranges (a fixed internal seed, so every backend sees the
same space), takes for each the Pareto frontier over the whole grid and the
frontier among packages crossing no red line
(:func:`accord.analysis.frontier.pareto_mask`), and keeps the packages found
most often, at most ``max_candidates``.

For those ``K`` candidates it stores, per belligerent ``p`` and issue ``j``,
the *unweighted* value of the final terms ``values[k, p, j]``, the value
delivered by each phase on issues that cannot be undone
``delivered[k, b, p, j]`` (relative to the status quo, as in
:mod:`accord.analysis.commitment`), the count of red lines crossed, and what
each phase delivers of the stocks the scenario tracks (``tracked``: held,
remains, pool) and the level of its pause issue. A run then weighs these with
its own drawn weights: no Python object is touched per run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from accord.analysis import CompiledScenario, compile_scenario
from accord.analysis.frontier import pareto_mask
from accord.analysis.linkage import coherent_mask
from accord.analysis.space import outer_sum, red_line_violations
from accord.errors import InputError
from accord.model import IssueKind, PhaseTemplate, Scenario, StockKind
from accord.simulate.levers import Pulled, chosen_levers, guarantee_cap, lever_parameters
from accord.simulate.parameters import ParameterTable, parameter_table

NO_PAUSE = 1 << 30  # pause level from which a pause outlasts a deal, when nothing does
SPACE_SEED = 20231007  # fixed: the candidate set must not depend on the run's seed
WEIGHT_SAMPLES = 12


@dataclass
class ForecastSpace:
    scenario: Scenario
    compiled: CompiledScenario
    table: ParameterTable
    template: PhaseTemplate
    options: np.ndarray  # (K, J) option index per issue
    values: np.ndarray  # (K, P, J) value of the final terms, unweighted
    crossed: np.ndarray  # (K, P) red lines of party p the package crosses
    delivered: np.ndarray  # (K, B, P, J) irreversible value delivered by boundary b
    held: np.ndarray  # (K, M, C) of the held stock's category c released by the end of phase m
    remains: np.ndarray  # (K, M) of the remains stock returned by the end of phase m
    pool: np.ndarray  # (K, M, C) of the pool stock, per category, at nominal category maxima
    pause: np.ndarray  # (K, M) level of the pause issue in force during phase m (0: none)
    guarantee: np.ndarray  # (K,) guarantee level index (0 without a guarantee issue)
    held_total0: int  # held stock at the start (sum over its categories)
    remains0: int  # remains stock at the start
    pause_lasting: int = NO_PAUSE  # pause level from which it outlasts a completed deal
    categories: list[str] = field(default_factory=lambda: ["all"])  # the held stock's categories
    held0: np.ndarray = field(
        default_factory=lambda: np.zeros(1, dtype=np.int64)
    )  # (C,) held at start, per category
    proposal_ids: list[str] = field(default_factory=list)
    proposal_distance: np.ndarray = field(
        default_factory=lambda: np.zeros((0, 0))
    )  # (K, n_proposals)
    possible: np.ndarray = field(
        default_factory=lambda: np.zeros((0, 0))
    )  # (K, L) 1 where the package crosses possible red line l (ParameterTable.possible)
    levers: list[Pulled] = field(default_factory=list)  # mediators' levers pulled (levers.py)
    guarantee_cap: int | None = None  # highest guarantee option a candidate may use, None: any

    def mediation(self, applied: bool) -> dict[str, Any]:
        """What the mediators do in the forecast (for the summary); empty without stakes."""
        sc = self.scenario
        if not sc.mediators:
            return {}
        gid = sc.commitment.guarantee_issue
        return {
            "levers_applied": applied,
            "pulled": [p.to_dict() for p in self.levers],
            "guarantee_up_to": sc.issue(gid).ordered_levels[self.guarantee_cap]
            if gid is not None and self.guarantee_cap is not None
            else None,
        }

    @property
    def size(self) -> int:
        return int(self.options.shape[0])

    @property
    def n_phases(self) -> int:
        return len(self.template.phases)

    def terms(self, k: int) -> dict[str, object]:
        """Final terms of candidate ``k`` in the scenario's words."""
        return {
            g.issue.id: g.describe(int(o))
            for g, o in zip(self.compiled.grids, self.options[k], strict=True)
        }

    def phase_terms(self, k: int) -> list[dict[str, object]]:
        from accord.analysis import values as V

        c = self.compiled
        out = []
        for m in range(self.n_phases):
            state: dict[str, object] = {}
            for j, g in enumerate(c.grids):
                raw = c.cumulative(self.template, m, j, g.raw[int(self.options[k, j])])
                state[g.issue.id] = V.describe_raw(g.issue, raw)
            out.append(state)
        return out


@dataclass(frozen=True)
class Measure:
    """One outcome a forecast reports: its key in the summary, the kernel's histogram, words, unit."""

    key: str
    hist: str
    label: str
    unit: str


def measures(scenario: Scenario) -> list[Measure]:
    """The outcomes of the stocks and pause the scenario tracks, in the scenario's words.

    Keys are ``<stock id>_<measure>`` and ``<pause issue>_days``; nothing else is reported.
    """
    tracked = scenario.tracked
    by_kind = {s.kind: s for s in tracked.stocks}
    out: list[Measure] = []

    def add(kind: StockKind, measure: str) -> None:
        stock = by_kind.get(kind)
        if stock is not None:
            out.append(
                Measure(
                    f"{stock.id}_{measure}",
                    f"{kind.value}_{measure}",
                    stock.words()[measure],
                    stock.unit,
                )
            )

    add(StockKind.held, "released")
    add(StockKind.remains, "released")
    add(StockKind.pool, "released")
    if tracked.pause is not None:
        issue = scenario.issue(tracked.pause.issue)
        label = tracked.pause.words(issue.name or issue.id.replace("_", " "))
        out.append(Measure(f"{issue.id}_days", "pause_days", label, "days"))
    for m in ("died", "rescued", "remaining"):
        add(StockKind.held, m)
    return out


def pick_template(scenario: Scenario, template: str | None) -> PhaseTemplate:
    """The named phase template, or by default the first with more than one phase."""
    ids = [t.id for t in scenario.phase_templates]
    if template is not None:
        for t in scenario.phase_templates:
            if t.id == template:
                return t
        raise InputError(
            f"no phase template '{template}' in scenario {scenario.id}; choose from {', '.join(ids)}"
        )
    for t in scenario.phase_templates:
        if len(t.phases) > 1:
            return t
    return scenario.phase_templates[0]


def _ledger(scenario: Scenario, quantity: str) -> float | None:
    latest = None
    for e in scenario.ledger:
        if e.quantity == quantity and (
            latest is None or (e.as_of and latest.as_of and e.as_of >= latest.as_of)
        ):
            latest = e
    return None if latest is None else latest.count.value


def stock_start(scenario: Scenario, kind: StockKind) -> int:
    """The tracked stock of this kind at the snapshot: its ``start``, else the latest ledger count
    of its ``start_from``, else its issue's maximum (0 when the scenario tracks no such stock)."""
    stock = scenario.tracked.stock(kind)
    if stock is None:
        return 0
    if stock.start is not None:
        return int(stock.start.value)
    from_ledger = _ledger(scenario, stock.start_from) if stock.start_from else None
    if from_ledger is not None:
        return int(from_ledger)
    return int(scenario.issue(stock.issue).upper)


def _apportion(total: int, weights: list[float]) -> np.ndarray:
    """Split ``total`` in proportion to ``weights`` (largest remainders, ties to the first).

    >>> _apportion(130, [20, 80, 30]).tolist(), _apportion(10, [1, 1, 1]).tolist()
    ([20, 80, 30], [4, 3, 3])
    """
    w = np.maximum(np.asarray(weights, dtype=float), 0.0)
    if total <= 0 or w.sum() <= 0:
        out = np.zeros(len(w), dtype=np.int64)
        if total > 0:
            out[0] = total
        return out
    exact = total * w / w.sum()
    out = np.floor(exact).astype(np.int64)
    order = np.lexsort((np.arange(len(w)), -(exact - out)))
    out[order[: total - int(out.sum())]] += 1
    return out


def held_categories(scenario: Scenario, total: int) -> tuple[list[str], np.ndarray]:
    """The held stock's categories and the number of each held at the start.

    Each category starts at its maximum on the stock's issue (``Category.max.value``); when the
    stock starts from another total (``start`` or ``start_from``), that total is shared out in
    proportion to the maxima, so the total held is the declared one whatever the categories.
    A scenario without a held stock has one category, ``all``, holding nobody.
    """
    stock = scenario.tracked.stock(StockKind.held)
    cats = scenario.issue(stock.issue).categories or [] if stock is not None else []
    if not cats:
        return ["all"], np.array([total], dtype=np.int64)
    maxima = [float(c.max.value) for c in cats]
    held = np.rint(maxima).astype(np.int64)
    if int(held.sum()) != total:
        held = _apportion(total, maxima)
    return [c.id for c in cats], held


def compile_space(
    scenario: Scenario, template: str | None = None, max_candidates: int = 384, levers: bool = True
) -> ForecastSpace:
    """Candidate packages and their arrays (cached per scenario and template).

    ``levers``: the mediators pull the levers they choose in ``analyze``
    (:mod:`accord.simulate.levers`); without, none (each mediator's "no lever" option)."""
    return _compile_cached(scenario.model_dump_json(), template, max_candidates, levers)


@lru_cache(maxsize=8)
def _compile_cached(
    scenario_json: str, template: str | None, max_candidates: int, levers: bool = True
) -> ForecastSpace:
    scenario = Scenario.model_validate_json(scenario_json)
    return _compile(scenario, pick_template(scenario, template), max_candidates, levers)


def _position(c: CompiledScenario, j: int, raw: np.ndarray) -> np.ndarray:
    """Raw values of issue j on a common 0-1 scale (counts and ranges by share, levels by rank)."""
    issue = c.grids[j].issue
    raw = np.asarray(raw, dtype=float)
    x = raw.sum(axis=-1) if issue.kind is IssueKind.count else raw
    lo, hi = issue.lower, issue.upper
    return (x - lo) / (hi - lo) if hi > lo else np.zeros_like(x)


def _proposal_distance(c: CompiledScenario, options: np.ndarray) -> tuple[list[str], np.ndarray]:
    """Mean distance, over issues on a 0-1 scale, between each candidate and each tabled proposal's final terms."""
    from accord.analysis import values as V

    sc = c.scenario
    cand = np.stack([_position(c, j, g.raw[options[:, j]]) for j, g in enumerate(c.grids)], axis=1)
    ids, cols = [], []
    for prop in sc.proposals:
        state = prop.final_terms({g.issue.id: sc.status_quo[g.issue.id] for g in c.grids})
        final = np.array(
            [
                float(_position(c, j, V.as_raw(g.issue, state[g.issue.id])))
                for j, g in enumerate(c.grids)
            ]
        )
        ids.append(prop.id)
        cols.append(np.abs(cand - final).mean(axis=1))
    return ids, (np.stack(cols, axis=1) if cols else np.zeros((len(options), 0)))


def _crossed(c: CompiledScenario) -> np.ndarray:
    """(N, P) red lines each party sees crossed, over the whole grid (conditional ones included)."""
    violations = red_line_violations(c)
    out = np.zeros((violations.shape[0], len(c.parties)))
    for rl in c.red_lines:
        out[:, c.parties.index(rl.party)] += (violations >> np.int64(rl.bit)) & 1
    return out


def _possible_crossed(scenario: Scenario, table: ParameterTable) -> np.ndarray:
    """(N, L) over the whole grid: 1 where a package crosses possible red line l, the line
    read as a stated one (:func:`accord.analysis.values.red_line_ok`)."""
    if not table.possible:
        return np.zeros((0, 0))
    wanted = {(table.parties[p], iid) for p, iid in table.possible}
    positions = [
        pos.model_copy(update={"red_line": pos.possible_red_line.level, "possible_red_line": None})
        if pos.possible_red_line is not None and (pos.party, pos.issue) in wanted
        else pos.model_copy(update={"red_line": None, "red_line_applies_if": None})
        for pos in scenario.positions
    ]
    c = compile_scenario(scenario.model_copy(update={"positions": positions}))
    violations = red_line_violations(c)
    bit = {(rl.party, rl.issue): rl.bit for rl in c.red_lines}
    out = np.zeros((violations.shape[0], len(table.possible)))
    for ell, (p, iid) in enumerate(table.possible):
        out[:, ell] = (violations >> np.int64(bit[(table.parties[p], iid)])) & 1
    return out


def _compile(
    scenario: Scenario, template: PhaseTemplate, max_candidates: int, levers: bool = True
) -> ForecastSpace:
    c = compile_scenario(scenario)
    pulled = chosen_levers(scenario) if levers else []
    table = lever_parameters(parameter_table(scenario), pulled)
    P, J = len(c.parties), len(c.grids)
    unweighted = [[c.value(p, j, g.raw) for j, g in enumerate(c.grids)] for p in range(P)]
    crossed_grid = _crossed(c)
    frequency = np.zeros(crossed_grid.shape[0], dtype=np.int32)
    rng = np.random.default_rng(SPACE_SEED)
    w_lo = np.zeros((P, J))
    w_hi = np.zeros((P, J))
    for prm in table.parameters:
        if prm.target[0] == "weight":
            w_lo[prm.target[1], prm.target[2]] = prm.low
            w_hi[prm.target[1], prm.target[2]] = prm.high
    crosses_any = crossed_grid.sum(axis=1) > 0
    possible_grid = _possible_crossed(scenario, table)
    # with possible red lines, also the packages crossing none, stated or possible
    crosses_possible = crosses_any | (possible_grid.sum(axis=1) > 0) if table.possible else None
    # packages breaking a declared linkage (delivery order: under this template) are never candidates
    coherent = coherent_mask(c, template)
    cap = guarantee_cap(scenario, pulled)
    if cap is not None and c.guarantee_index is not None:
        # with mediator stakes, a guarantee above the status quo only through a lever pulled
        shape = tuple(g.size for g in c.grids)
        j = c.guarantee_index
        stride = int(np.prod(shape[j + 1 :], dtype=np.int64))
        level = (np.arange(coherent.shape[0], dtype=np.int64) // stride) % shape[j]
        coherent = coherent & (level <= cap)
    for s in range(WEIGHT_SAMPLES + 1):
        if s == 0:
            w = c.weights
        else:
            w = w_lo + rng.random((P, J)) * (w_hi - w_lo)
            w = w / np.maximum(w.sum(axis=1, keepdims=True), 1e-12)
        U = np.stack(
            [outer_sum([w[p, j] * unweighted[p][j] for j in range(J)]) for p in range(P)], axis=1
        )
        # efficient overall (red lines given up) and efficient among packages crossing no red line
        U = np.where(coherent[:, None], U, -1.0)
        held = np.where(crosses_any[:, None], -1.0, U)
        found_here = (pareto_mask(U) | (pareto_mask(held) & ~crosses_any)) & coherent
        if crosses_possible is not None:
            strict = np.where(crosses_possible[:, None], -1.0, U)
            found_here |= pareto_mask(strict) & ~crosses_possible & coherent
        frequency += found_here.astype(np.int32) * (WEIGHT_SAMPLES + 1 if s == 0 else 1)
    found = np.flatnonzero(frequency)
    order = np.lexsort((found, -frequency[found]))  # most often efficient first, then grid order
    chosen = np.sort(found[order[:max_candidates]])
    shape = tuple(g.size for g in c.grids)
    options = np.stack(np.unravel_index(chosen, shape), axis=1)
    K = len(chosen)
    M = len(template.phases)
    values = np.empty((K, P, J))
    for p in range(P):
        for j in range(J):
            values[:, p, j] = unweighted[p][j][options[:, j]]
    crossed = crossed_grid[chosen]
    irreversible = [j for j, g in enumerate(c.grids) if not g.issue.reversible]
    delivered = np.zeros((K, max(M - 1, 0), P, J))
    for b in range(M - 1):
        for j in irreversible:
            raw = c.cumulative(template, b, j, c.grids[j].raw[options[:, j]])
            for p in range(P):
                delivered[:, b, p, j] = c.value(p, j, raw) - c.status_value[p, j]
    ids = c.issue_ids

    def per_phase_by_category(issue_id: str | None) -> np.ndarray:
        """(K, M, C) cumulative count of each category by the end of phase m."""
        if issue_id is None or issue_id not in ids:
            return np.zeros((K, M, 1))
        j = ids.index(issue_id)
        raw = c.grids[j].raw[options[:, j]]
        return np.stack(
            [np.rint(c.cumulative(template, m, j, raw)).reshape(K, -1) for m in range(M)], axis=1
        )

    tracked = scenario.tracked

    def issue_of(kind: StockKind) -> str | None:
        stock = tracked.stock(kind)
        return None if stock is None else stock.issue

    pool = per_phase_by_category(issue_of(StockKind.pool))
    pause_lasting = NO_PAUSE
    if tracked.pause is not None:
        j = ids.index(tracked.pause.issue)
        raw = c.grids[j].raw[options[:, j]]
        pause = np.stack([c.cumulative(template, m, j, raw) for m in range(M)], axis=1).astype(
            np.int64
        )
        levels = c.grids[j].issue.ordered_levels
        lasting = tracked.pause.lasting_from
        pause_lasting = levels.index(lasting) if lasting is not None else len(levels) - 1
    else:
        pause = np.zeros((K, M), dtype=np.int64)
    guarantee = (
        options[:, c.guarantee_index].astype(np.int64)
        if c.guarantee_index is not None
        else np.zeros(K, dtype=np.int64)
    )
    held_total0 = stock_start(scenario, StockKind.held)
    categories, held0 = held_categories(scenario, held_total0)
    held = per_phase_by_category(issue_of(StockKind.held))
    if held.shape[2] != len(categories):  # no held stock: one category
        held = held.sum(axis=2, keepdims=True)
    ids_p, dist = _proposal_distance(c, options)
    return ForecastSpace(
        proposal_ids=ids_p,
        proposal_distance=dist,
        scenario=scenario,
        compiled=c,
        table=table,
        template=template,
        options=options,
        values=values,
        crossed=crossed,
        delivered=delivered,
        held=held,
        remains=per_phase_by_category(issue_of(StockKind.remains)).sum(axis=2),
        pool=pool,
        pause=pause,
        guarantee=guarantee,
        held_total0=held_total0,
        remains0=stock_start(scenario, StockKind.remains),
        pause_lasting=pause_lasting,
        categories=categories,
        held0=held0,
        possible=possible_grid[chosen] if table.possible else np.zeros((K, 0)),
        levers=pulled,
        guarantee_cap=cap,
    )
