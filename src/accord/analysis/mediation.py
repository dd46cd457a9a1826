"""Mediators with interests: which lever, if any, a mediator should pull, and what it gains.

A :class:`~accord.model.MediatorStake` values a signed agreement at
``deal_value`` and failed talks at ``failure_value``; each lever costs it
``cost``. When a scenario declares mediator stakes, a guarantee of later
phases above the status quo level is only available through a mediator's
``guarantee`` lever (at most its ``level``), so the mediator's plan accounts
for what it can actually guarantee. For each mediator and each option (no
lever, or one lever) the grid is re-screened:

- ``guarantee``: packages may use the guarantee issue up to the lever's level;
- ``pressure``: the target's fallback falls by ``effect``;
- ``aid``: the target's utility of any agreement rises by ``effect``;
- ``suspend``: every belligerent's fallback falls by ``effect`` (no talks, no
  relief);

then the Nash package of the resulting zone (if any) is the package it would
table, and its gain is ``deal_value − failure_value − cost`` when a zone
exists, ``−cost`` when none does. The plan chosen maximises that gain (the
cheaper option on ties).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from accord.analysis.compile import CompiledScenario
from accord.analysis.space import FALLBACK_TOLERANCE, PackageSpace
from accord.model import Lever, LeverKind, MediatorStake


@dataclass
class MediationOption:
    """One option of one mediator: the lever (or none), the zone it leaves, the package, the gain."""

    mediator: str
    lever: Lever | None
    zone_size: int
    package: int | None
    gain: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "lever": self.lever.id if self.lever else None,
            "kind": self.lever.kind.value if self.lever else None,
            "cost": self.lever.cost.value if self.lever else 0.0,
            "zone_size": self.zone_size,
            "mediator_gain": round(self.gain, 6),
        }


def guarantee_options(c: CompiledScenario, space: PackageSpace) -> np.ndarray | None:
    """(N,) the guarantee issue's option index of every package, or None without one."""
    j = c.guarantee_index
    if j is None:
        return None
    stride = int(np.prod(space.shape[j + 1 :], dtype=np.int64))
    per_block = (np.arange(int(np.prod(space.shape)), dtype=np.int64) // stride) % space.shape[j]
    return np.concatenate([per_block for _ in space.blocks])


def _screen(
    c: CompiledScenario, U: np.ndarray, violations: np.ndarray, fallback: np.ndarray
) -> np.ndarray:
    """Violations with every party's fallback bit recomputed against ``fallback``."""
    v = violations.copy()
    for p, party in enumerate(c.parties):
        if f"{party}.fallback" in c.relaxed:
            continue
        bit = np.int64(1 << c.fallback_bit(p))
        below = U[:, p] < fallback[p] - FALLBACK_TOLERANCE
        v = (v & ~bit) | np.where(below, bit, np.int64(0))
    return v


def _nash(U: np.ndarray, fallback: np.ndarray, zone: np.ndarray) -> int | None:
    idx = np.flatnonzero(zone)
    if idx.size == 0:
        return None
    gains = np.clip(U[idx] - fallback, 0.0, None)
    return int(idx[int(np.argmax(np.prod(gains, axis=1)))])


def _option(
    c: CompiledScenario,
    stake: MediatorStake,
    lever: Lever | None,
    U: np.ndarray,
    violations: np.ndarray,
    g_opt: np.ndarray | None,
    sq_level: int,
    coherent: np.ndarray | None = None,
) -> MediationOption:
    U_l = U
    fallback = c.fallback.copy()
    allowed_level = sq_level
    if lever is not None:
        effect = lever.effect.value if lever.effect is not None else 0.0
        if lever.kind is LeverKind.guarantee and c.guarantee_index is not None and lever.level:
            levels = c.grids[c.guarantee_index].issue.ordered_levels
            allowed_level = max(sq_level, levels.index(lever.level))
        elif lever.kind is LeverKind.pressure and lever.target in c.parties:
            fallback[c.parties.index(lever.target)] -= effect
        elif lever.kind is LeverKind.aid and lever.target in c.parties:
            U_l = U.copy()
            U_l[:, c.parties.index(lever.target)] += effect
        elif lever.kind is LeverKind.suspend:
            fallback -= effect
    v = _screen(c, U_l, violations, fallback)
    zone = v == 0
    if coherent is not None:
        zone &= coherent  # declared linkages hold
    if g_opt is not None:
        zone &= g_opt <= allowed_level
    package = _nash(U_l, fallback, zone)
    cost = lever.cost.value if lever is not None else 0.0
    gain = (
        (stake.deal_value.value - stake.failure_value.value - cost)
        if package is not None
        else -cost
    )
    gain = gain + 0.0  # no negative zero in reports
    return MediationOption(stake.party, lever, int(np.count_nonzero(zone)), package, gain)


def mediation_plans(
    c: CompiledScenario,
    space: PackageSpace,
    U: np.ndarray,
    violations: np.ndarray,
    coherent: np.ndarray | None = None,
) -> list[tuple[MediationOption, list[MediationOption]]]:
    """For each mediator with a declared stake: its best option and all options considered."""
    stakes = c.scenario.mediators
    if not stakes:
        return []
    g_opt = guarantee_options(c, space)
    sq_level = 0
    if c.guarantee_index is not None:
        issue = c.grids[c.guarantee_index].issue
        sq_level = issue.ordered_levels.index(str(c.scenario.status_quo[issue.id]))
    plans = []
    for stake in stakes:
        options = [
            _option(c, stake, lever, U, violations, g_opt, sq_level, coherent)
            for lever in [None, *stake.levers]
        ]
        best = max(options, key=lambda o: (o.gain, -(o.lever.cost.value if o.lever else 0.0)))
        plans.append((best, options))
    return plans
