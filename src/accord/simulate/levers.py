"""Mediators' levers in a forecast: the lever each mediator chooses in ``analyze``, pulled from day 0.

A scenario's mediator stakes (``mediators``, docs/stakeholders.md) act in a forecast as they do in
:func:`accord.analysis.analyze`, through the kernel's existing inputs:

- each mediator decides once, at the snapshot, on the scenario's nominal values: the option (no
  lever, or one lever) that :func:`accord.analysis.mediation.mediation_plans` chooses is the lever
  it pulls in every run, from day 0;
- ``pressure``: the target's fallback at the snapshot falls by the lever's ``effect``;
  ``suspend``: every belligerent's does; ``aid`` (the target's value of any agreement rises by
  ``effect``) acts as the same fall of the target's fallback, since signing, honouring and walking
  away all compare an agreement's value with the fallback. The effect is drawn per run from its
  range (parameter ``lever.<mediator>.<lever>``, on the chunk's third random stream, so the other
  draws are those of the same forecast without levers); the fall counts towards a red line's
  yield, as any fall of a fallback since the snapshot does (``analyze`` has no yield);
- guarantees: with stakes declared, a package may use the scenario's guarantee issue
  (``commitment.guarantee_issue``) only up to the status quo level, or up to the level of a
  ``guarantee`` lever a mediator pulls; packages above it are never candidates. Honouring a
  phase then uses the penalty of the package's own guarantee level, as before.

Levers of different mediators add up (``analyze`` plans each mediator alone). Without mediator
stakes nothing here applies and the forecast is unchanged; ``levers=False``
(``accord forecast --no-levers``) is every mediator's "no lever" option.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import numpy as np

from accord.model import Lever, LeverKind, Scenario
from accord.simulate.parameters import SCENARIO, Parameter, ParameterTable

LEVER = "lever."  # the name of a lever's effect parameter starts so


@dataclass(frozen=True)
class Pulled:
    """A lever a mediator pulls in the forecast, and the gain ``analyze`` found for it."""

    mediator: str
    lever: Lever
    gain: float

    def to_dict(self) -> dict[str, Any]:
        lv = self.lever
        out: dict[str, Any] = {
            "mediator": self.mediator,
            "lever": lv.id,
            "kind": lv.kind.value,
            "target": lv.target if lv.kind in (LeverKind.pressure, LeverKind.aid) else None,
            "level": lv.level if lv.kind is LeverKind.guarantee else None,
            "cost": lv.cost.value,
            "mediator_gain": round(self.gain, 6),
        }
        if lv.effect is not None and lv.kind is not LeverKind.guarantee:
            a = lv.effect.assumption
            low, high = (a.low, a.high) if a is not None else (lv.effect.value, lv.effect.value)
            out["effect"] = {"nominal": lv.effect.value, "low": low, "high": high}
        return out


def chosen_levers(scenario: Scenario) -> list[Pulled]:
    """The lever each mediator with a declared stake chooses in ``analyze`` (none: not listed)."""
    if not any(m.levers for m in scenario.mediators):
        return []  # every mediator's only option is no lever: nothing to screen
    return list(_chosen_cached(scenario.model_dump_json()))


@lru_cache(maxsize=8)
def _chosen_cached(scenario_json: str) -> tuple[Pulled, ...]:
    """Screens the whole grid, as ``analyze`` does (cached: every phase template shares it)."""
    scenario = Scenario.model_validate_json(scenario_json)
    from accord.analysis.compile import compile_scenario
    from accord.analysis.factions import screen
    from accord.analysis.mediation import mediation_plans
    from accord.analysis.space import enumerate_packages

    c = compile_scenario(scenario)
    space = enumerate_packages(c)
    U, violations, _ = screen(c, space)
    plans = mediation_plans(c, space, U, violations, space.coherent())
    return tuple(Pulled(b.mediator, b.lever, b.gain) for b, _ in plans if b.lever is not None)


def guarantee_cap(scenario: Scenario, pulled: list[Pulled]) -> int | None:
    """The highest option of the guarantee issue a package may use, or None for no limit.

    With mediator stakes declared: the status quo level, raised to the level of each
    ``guarantee`` lever pulled (as :func:`accord.analysis.mediation.mediation_plans` allows).
    """
    gid = scenario.commitment.guarantee_issue
    if not scenario.mediators or gid is None:
        return None
    levels = scenario.issue(gid).ordered_levels
    cap = levels.index(str(scenario.status_quo[gid]))
    for p in pulled:
        if p.lever.kind is LeverKind.guarantee and p.lever.level in levels:
            cap = max(cap, levels.index(p.lever.level))
    return cap


def lever_parameters(table: ParameterTable, pulled: list[Pulled]) -> ParameterTable:
    """``table`` with one parameter per lever pulled that moves fallbacks: its effect, target
    ``("lever", p)`` (``p`` the belligerent whose fallback falls, -1 for every belligerent)."""
    ties = {p.tie for p in table.parameters if p.tie is not None}
    params: list[Parameter] = []
    for pull in pulled:
        lv = pull.lever
        if lv.effect is None or lv.kind is LeverKind.guarantee:
            continue
        if lv.kind is LeverKind.suspend:
            party = -1
        elif lv.target in table.parties:
            party = table.parties.index(lv.target)
        else:
            continue  # a target that is no belligerent moves no fallback (as in analyze)
        ev = lv.effect
        a = ev.assumption
        low, high = (a.low, a.high) if a is not None else (ev.value, ev.value)
        tie = a.drawn_with if a is not None and a.drawn_with in ties else None
        params.append(
            Parameter(
                f"{LEVER}{pull.mediator}.{lv.id}",
                ("lever", party),
                ev.value,
                low,
                high,
                SCENARIO,
                a.reason if a is not None else "from sources",
                stream=2,
                tie=tie,
                tie_reversed=bool(a is not None and a.drawn_reversed and tie is not None),
            )
        )
    if not params:
        return table
    return replace(table, parameters=table.parameters + params)


def lever_falls(table: ParameterTable, values: np.ndarray) -> np.ndarray | None:
    """(n, P) how far each run's levers lower each belligerent's fallback at the snapshot, or
    None when no lever moves one."""
    cols = [(i, p.target[1]) for i, p in enumerate(table.parameters) if p.target[0] == "lever"]
    if not cols:
        return None
    fall = np.zeros((values.shape[0], len(table.parties)))
    for i, party in cols:
        if party < 0:
            fall += values[:, i : i + 1]
        else:
            fall[:, party] += values[:, i]
    return fall
