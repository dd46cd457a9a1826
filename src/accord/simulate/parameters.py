"""The uncertain parameters of a forecast and how each run draws them.

Every number the forecast uses is a :class:`Parameter` with a nominal value
and a ``[low, high]`` range. Numbers from the scenario keep their evidence:
an :class:`~accord.model.Evidenced` with an assumption contributes its
assumption range, one with sources only is held at its value. Where the
scenario says nothing (how far a fallback must fall before red lines yield,
days between rounds, phase length, perception noise) the engine supplies a
stated default assumption, marked ``origin="engine"`` in every result. The
engine adds no events or pressures of its own: a run's dynamics are the
scenario's.

Each run draws ``u ~ U(0, 1)`` per parameter and sets ``low + u (high - low)``;
the ``u`` draws are kept for the sensitivity analysis.

>>> from accord.scenarios import load_scenario
>>> table = parameter_table(load_scenario("labour-2026-03"))
>>> table.get("fallback.union").origin, table.get("round_days").origin
('scenario', 'scenario')
>>> [p.name for p in table.parameters if p.origin == "engine"]  # the built-ins state every constant
[]
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from accord.errors import InputError
from accord.model import EventKind, Evidenced, Scenario

ENGINE = "engine"
SCENARIO = "scenario"
DRAW = "draw."  # the name of a draw shared by assumptions (Assumption.drawn_with) starts so


@dataclass(frozen=True)
class Parameter:
    """One uncertain number: where it acts (``target``), its range and its origin."""

    name: str
    target: tuple  # ("weight", p, j) | ("fallback", p) | ("event_rate", e) | ...
    nominal: float
    low: float
    high: float
    origin: str  # "scenario" or "engine"
    reason: str = ""
    integer: bool = False
    # 1: drawn from the chunk's second stream (accord.simulate.outside), 2: its third (levers)
    stream: int = 0
    # drawn with others (Assumption.drawn_with): placed by the run's draw of parameter draw.TIE
    tie: str | None = None
    tie_reversed: bool = False

    @property
    def varies(self) -> bool:
        return self.high > self.low

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "nominal": self.nominal,
            "low": self.low,
            "high": self.high,
            "origin": self.origin,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class EventSpec:
    """A stochastic event as the kernel sees it (kind code, affected party index)."""

    id: str
    kind: str
    party: int  # -1 when it affects no single party


@dataclass(frozen=True)
class PressureSpec:
    id: str
    party: int
    kind: int  # 0 = fallback, 1 = weight
    issue: int  # -1 for fallback pressures
    applier: int = -1  # belligerent paying the pressure's cost, -1 for none


@dataclass
class ParameterTable:
    parameters: list[Parameter]
    parties: list[str]
    issues: list[str]
    events: list[EventSpec]
    pressures: list[PressureSpec]
    guarantee_levels: list[str]
    # accord.simulate.outside: scheduled events, belligerents' factions, whether an interim state is declared
    scheduled: list[Any] = field(default_factory=list)
    factions: list[Any] = field(default_factory=list)
    interim: bool = False
    discount: tuple[float, ...] = ()  # each belligerent's discount factor (Party.discount_factor)
    # possible red lines (Position.possible_red_line), in this order: (party index, issue id)
    possible: list[tuple[int, str]] = field(default_factory=list)

    def get(self, name: str) -> Parameter:
        for p in self.parameters:
            if p.name == name:
                return p
        raise KeyError(name)

    @property
    def varying(self) -> list[int]:
        """The parameters drawn on their own (one drawn with others is its draw's)."""
        return [i for i, p in enumerate(self.parameters) if p.varies and p.tie is None]

    def draw(
        self,
        rng: np.random.Generator,
        n: int,
        rng2: np.random.Generator | None = None,
        rng3: np.random.Generator | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """``(u, values)``, both ``(n, len(parameters))``; constant parameters get u = 0.5.

        Parameters of ``stream`` 1 are drawn from ``rng2`` and those of ``stream`` 2 (mediators'
        levers, accord.simulate.levers) from ``rng3`` (so adding them leaves the draws of the
        others as they were), or after the others from the stream before without one."""
        q = len(self.parameters)
        stream = np.array([p.stream for p in self.parameters], dtype=np.int64)
        u = np.empty((n, q))
        u[:, stream == 0] = rng.random((n, int((stream == 0).sum())))
        for s, gen in ((1, rng2 or rng), (2, rng3 or rng2 or rng)):
            if (stream == s).any():
                u[:, stream == s] = gen.random((n, int((stream == s).sum())))
        low = np.array([p.low for p in self.parameters])
        high = np.array([p.high for p in self.parameters])
        const = high <= low
        u[:, const] = 0.5
        values = low + u * (high - low)
        lead = {p.name: i for i, p in enumerate(self.parameters) if p.target[0] == "draw"}
        for i, p in enumerate(self.parameters):
            if p.tie is not None and not const[i]:  # a parameter fixed by --set stays fixed
                at = np.clip(values[:, lead[f"{DRAW}{p.tie}"]], 0.0, 1.0)
                u[:, i] = 1.0 - at if p.tie_reversed else at
                values[:, i] = low[i] + u[:, i] * (high[i] - low[i])
        for i, p in enumerate(self.parameters):
            if p.integer:
                values[:, i] = np.rint(values[:, i])
        return u, values

    def nominal(self) -> np.ndarray:
        return np.array([p.nominal for p in self.parameters])


def _from(
    name: str, target: tuple, ev: Evidenced, reason: str = "", integer: bool = False
) -> Parameter:
    if ev.assumption is not None:
        return Parameter(
            name,
            target,
            ev.value,
            ev.assumption.low,
            ev.assumption.high,
            SCENARIO,
            ev.assumption.reason,
            integer,
            tie=ev.assumption.drawn_with,
            tie_reversed=ev.assumption.drawn_reversed,
        )
    return Parameter(
        name, target, ev.value, ev.value, ev.value, SCENARIO, reason or "from sources", integer
    )


def _engine(
    name: str,
    target: tuple,
    nominal: float,
    low: float,
    high: float,
    reason: str,
    integer: bool = False,
) -> Parameter:
    return Parameter(name, target, nominal, low, high, ENGINE, reason, integer)


# Engine defaults for what a scenario leaves unsaid. Each is an assumption with a
# range, reported with every forecast (origin "engine"), and rests on no event:
# a scenario that knows better states its own, with a dated reason.
RED_LINE_YIELD = (
    0.15,
    0.05,
    0.3,
    "a party is assumed to give up its stated red lines only after its no-deal "
    "value has fallen well below its value at the snapshot; no source measures how far",
)
ROUND_DAYS = (7.0, 3.0, 14.0, "rounds of talks assumed about weekly")
PHASE_DAYS = (42.0, 21.0, 60.0, "phases of a deal assumed to last three to eight weeks")
PERCEPTION_NOISE = (
    0.05,
    0.02,
    0.1,
    "mediators assumed to misread each side's no-deal value by a few points",
)


def parameter_table(scenario: Scenario) -> ParameterTable:
    """Every number the forecast draws, scenario first, then engine defaults."""
    parties = [p.id for p in scenario.belligerents]
    issues = [i.id for i in scenario.issues]
    params: list[Parameter] = []
    for pos in scenario.positions:
        if pos.party in parties:
            params.append(
                _from(
                    f"weight.{pos.party}.{pos.issue}",
                    ("weight", parties.index(pos.party), issues.index(pos.issue)),
                    pos.weight,
                )
            )
    for p, pid in enumerate(parties):
        params.append(_from(f"fallback.{pid}", ("fallback", p), scenario.fallback(pid).utility))
    cm = scenario.commitment
    params.append(_from("commitment.temperature", ("temperature",), cm.temperature))
    levels: list[str] = []
    if cm.guarantee_issue is not None:
        levels = scenario.issue(cm.guarantee_issue).ordered_levels
        for g, lv in enumerate(levels):
            params.append(_from(f"penalty.{lv}", ("penalty", g), cm.penalty_by_level[lv]))
    for issue in scenario.issues:
        for c, cat in enumerate(issue.categories or []):
            params.append(
                _from(
                    f"max.{issue.id}.{cat.id}", ("category_max", issue.id, c), cat.max, integer=True
                )
            )
    dyn = scenario.dynamics
    if dyn.red_line_cost is not None:
        raise InputError(
            f"scenario {scenario.id}: dynamics.red_line_cost is no longer used; state "
            "dynamics.red_line_yield instead (see docs/forecast.md)"
        )
    for key, default, integer in (
        ("perception_noise", PERCEPTION_NOISE, False),
        ("round_days", ROUND_DAYS, True),
        ("phase_days", PHASE_DAYS, True),
    ):
        ev = getattr(dyn, key)
        params.append(
            _from(key, (key if key != "perception_noise" else "noise",), ev, integer=integer)
            if ev is not None
            else _engine(
                key, (key if key != "perception_noise" else "noise",), *default, integer=integer
            )
        )
    for p, pid in enumerate(parties):
        if dyn.red_line_yield is not None:
            params.append(_from(f"red_line_yield.{pid}", ("red_line_yield", p), dyn.red_line_yield))
        else:
            params.append(_engine(f"red_line_yield.{pid}", ("red_line_yield", p), *RED_LINE_YIELD))

    pressures: list[PressureSpec] = []
    for pr in dyn.pressures:
        if pr.target_party not in parties:
            continue
        kind = 0 if pr.target.value == "fallback" else 1
        issue_index = issues.index(pr.issue) if (kind == 1 and pr.issue in issues) else -1
        applier = parties.index(pr.applied_by) if pr.applied_by in parties else -1
        pressures.append(
            PressureSpec(pr.id, parties.index(pr.target_party), kind, issue_index, applier)
        )
        q = len(pressures) - 1
        params.append(_from(f"pressure.{pr.id}", ("pressure", q), pr.rate_per_day))
        if pr.limit is not None:
            params.append(_from(f"pressure.{pr.id}.limit", ("pressure_limit", q), pr.limit))
        if pr.risk_to_held is not None:
            params.append(
                _from(f"pressure.{pr.id}.risk_to_held", ("pressure_risk", q), pr.risk_to_held)
            )
        if pr.cost_per_day is not None and applier >= 0:
            params.append(_from(f"pressure.{pr.id}.cost", ("pressure_cost", q), pr.cost_per_day))

    events: list[EventSpec] = []
    for ev in dyn.events:
        party = parties.index(ev.affects) if ev.affects in parties else -1
        events.append(EventSpec(ev.id, ev.kind.value, party))
        e = len(events) - 1
        params.append(_from(f"event.{ev.id}.rate", ("event_rate", e), ev.rate_per_day))
        for pid, shift in ev.fallback_shift.items():
            if pid in parties and ev.kind in (EventKind.death, EventKind.rescue):
                params.append(
                    _from(
                        f"event.{ev.id}.shift.{pid}", ("event_shift", e, parties.index(pid)), shift
                    )
                )
        mag = ev.magnitude
        if mag is not None:
            params.append(
                _from(
                    f"event.{ev.id}.magnitude",
                    ("event_magnitude", e),
                    mag,
                    integer=ev.kind in (EventKind.death, EventKind.rescue),
                )
            )
        else:
            m = _default_magnitude(ev.kind)
            params.append(
                _engine(
                    f"event.{ev.id}.magnitude",
                    ("event_magnitude", e),
                    m,
                    m,
                    m,
                    "default size of this kind of event",
                )
            )
    possible, drawn = possible_red_line_parameters(scenario, parties)
    params += drawn
    from accord.simulate.outside import outside_parameters

    extra, scheduled, factions, interim = outside_parameters(scenario, parties, len(events))
    return ParameterTable(
        tied_draws(params + extra),
        parties,
        issues,
        events,
        pressures,
        levels,
        scheduled=scheduled,
        factions=factions,
        interim=interim,
        discount=tuple(scenario.party(p).discount_factor for p in parties),
        possible=possible,
    )


def tied_draws(params: list[Parameter]) -> list[Parameter]:
    """``params`` and, after them, one ``draw.NAME`` per name of assumptions drawn together
    (``Assumption.drawn_with``): a point of [0, 1] per run that places each of them in its range.
    The names a scenario does not use add nothing, so its draws stay as they were."""
    names = list(dict.fromkeys(p.tie for p in params if p.tie is not None))
    draws = [
        Parameter(
            f"{DRAW}{name}",
            ("draw", k),
            0.5,
            0.0,
            1.0,
            SCENARIO,
            f"one draw for the assumptions drawn with '{name}': each at the same point of its range",
        )
        for k, name in enumerate(names)
    ]
    return params + draws


def possible_red_line_parameters(
    scenario: Scenario, parties: list[str]
) -> tuple[list[tuple[int, str]], list[Parameter]]:
    """Each possible red line's chance (its range) and the run's uniform draw: the run holds the
    line when the draw falls below the chance (``--set possible_red_line.P.I.draw=0`` forces it,
    ``=1`` rules it out). Both come from the chunk's second stream, so a scenario without
    possible red lines draws as before."""
    possible: list[tuple[int, str]] = []
    params: list[Parameter] = []
    for pos in scenario.positions:
        prl = pos.possible_red_line
        if prl is None or pos.party not in parties:
            continue
        ell = len(possible)
        possible.append((parties.index(pos.party), pos.issue))
        name = f"possible_red_line.{pos.party}.{pos.issue}"
        chance = _from(f"{name}.chance", ("possible_chance", ell), prl.chance)
        params.append(replace(chance, stream=1))
        params.append(
            Parameter(
                f"{name}.draw",
                ("possible_draw", ell),
                0.5,
                0.0,
                1.0,
                SCENARIO,
                "whether the run holds the possible red line: it does when this draw is below "
                "its chance",
                stream=1,
            )
        )
    return possible, params


def _default_magnitude(kind: EventKind) -> float:
    return {
        EventKind.death: 1.0,
        EventKind.rescue: 1.0,
        EventKind.leader_strike: 0.8,
        EventKind.mediator_shift: -0.03,
        EventKind.escalation: -0.02,
    }[kind]


def dynamic_names(table: ParameterTable) -> list[str]:
    """Names of the dynamics in the kernel's order (pressures, events, scheduled events, the
    interim state): what can open a zone."""
    return (
        [f"pressure.{q.id}" for q in table.pressures]
        + [f"event.{e.id}" for e in table.events]
        + [f"scheduled.{s.id}" for s in table.scheduled]
        + (["interim"] if table.interim else [])
    )
