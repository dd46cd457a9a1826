"""Ratification inside each party: does a package survive the party's factions?

Each :class:`~accord.model.Faction` values a package with its own weights (the
party's value shapes and the same defection-risk valuation), its own red
lines (or the party's) and its own fallback. It *accepts* a package when no
red line of its own is crossed and its expected utility reaches its fallback.
Then, for the party ``P`` it belongs to:

- a ``veto`` faction that rejects blocks ratification: constraint ``P.faction``;
- ``vote`` factions hold shares of the decision; the leadership holds the rest
  and votes for what it signs: the package needs more than half
  (constraint ``P.majority``);
- every faction that rejects costs the leadership its ``audience_cost``:
  ``U'_P = U_P − Σ_f cost_f · [f rejects]``, and P's fallback is checked on U'.

These constraints join the red lines and fallbacks in the violation bit-mask,
so the zone, the solutions and the deadlock diagnosis (which names a blocking
faction as a minimal relaxation) need no special case; ``--relax P.faction``
removes a faction (the "what if it walks out" question).

>>> from accord.scenarios import load_scenario
>>> from accord.analysis.compile import compile_scenario
>>> c = compile_scenario(load_scenario("labour-2026-03"))
>>> c.extra_constraints  # the example declares no factions
[]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from accord.analysis.compile import CompiledScenario, compile_scenario
from accord.analysis.space import FALLBACK_TOLERANCE, PackageSpace, enumerate_packages
from accord.model import Faction, PhasedAgreement, Scenario


@dataclass
class FactionView:
    """One faction's verdict on the whole grid: accepts (N,) and its expected utility (N,)."""

    faction: Faction
    accepts: np.ndarray
    utility: np.ndarray


def faction_scenario(scenario: Scenario, faction: Faction) -> Scenario:
    """The scenario as ``faction`` sees it: its weights, red lines and fallback for its party."""
    positions = []
    for pos in scenario.positions:
        if pos.party != faction.party:
            positions.append(pos)
            continue
        w = faction.weights.get(pos.issue)
        update: dict[str, Any] = {
            "weight": w
            if w is not None
            else pos.weight.model_copy(update={"value": 0.0, "sources": [], "assumption": None})
        }
        if faction.red_lines is not None:
            update["red_line"] = faction.red_lines.get(pos.issue)
            if update["red_line"] is None:
                update["red_line_applies_if"] = None
        positions.append(pos.model_copy(update=update))
    fallbacks = [
        f.model_copy(update={"utility": faction.fallback}) if f.party == faction.party else f
        for f in scenario.fallbacks
    ]
    return scenario.model_copy(
        update={"positions": positions, "fallbacks": fallbacks, "factions": [], "mediators": []}
    )


def _own_bits(cf: CompiledScenario, party: str) -> int:
    p = cf.parties.index(party)
    mask = 1 << cf.fallback_bit(p)
    for rl in cf.red_lines:
        if rl.party == party:
            mask |= 1 << rl.bit
    return mask


def faction_views(c: CompiledScenario) -> list[FactionView]:
    """Every active (not relaxed) faction's verdict on every package of the grid."""
    out = []
    for f in c.scenario.factions:
        if f"{f.party}.{f.id}" in c.relaxed:
            continue
        cf = compile_scenario(faction_scenario(c.scenario, f))
        space = enumerate_packages(cf)
        p = cf.parties.index(f.party)
        accepts = (space.violations() & np.int64(_own_bits(cf, f.party))) == 0
        out.append(FactionView(f, accepts, space.expected()[:, p]))
    return out


def apply_factions(
    c: CompiledScenario, space: PackageSpace, U: np.ndarray, violations: np.ndarray
) -> tuple[np.ndarray, np.ndarray, list[FactionView]]:
    """Utilities net of audience costs and violations with the ratification constraints."""
    views = faction_views(c)
    if not views:
        return U, violations, views
    U = U.copy()
    v = violations.copy()
    for p, party in enumerate(c.parties):
        mine = [fv for fv in views if fv.faction.party == party]
        if not mine:
            continue
        for fv in mine:
            if fv.faction.audience_cost is not None:
                U[:, p] -= fv.faction.audience_cost.value * ~fv.accepts
        if f"{party}.fallback" not in c.relaxed:
            bit = np.int64(1 << c.fallback_bit(p))
            below = U[:, p] < c.fallback[p] - FALLBACK_TOLERANCE
            v = (v & ~bit) | np.where(below, bit, np.int64(0))
        for fv in mine:
            name = f"{party}.{fv.faction.id}"
            if name in c.extra_constraints:
                v |= np.where(fv.accepts, 0, 1 << c.constraint_bit(name)).astype(np.int64)
        voters = [
            (fv.faction.votes.value, fv.accepts)
            for fv in mine
            if fv.faction.votes is not None and fv.faction.say == "vote"
        ]
        if voters and f"{party}.majority" in c.extra_constraints:
            # the leadership holds the votes no faction holds, and votes for what it signs
            support = np.full(len(U), 1.0 - sum(w for w, _ in voters))
            for w, accepts in voters:
                support += w * accepts
            v |= np.where(support > 0.5, 0, 1 << c.constraint_bit(f"{party}.majority")).astype(
                np.int64
            )
    return U, v, views


def screen(
    c: CompiledScenario, space: PackageSpace
) -> tuple[np.ndarray, np.ndarray, list[FactionView]]:
    """Every package's expected utilities and constraint violations, ratification included.

    The zone of agreement is ``violations == 0``; this is the one place that
    defines it (red lines, fallbacks, factions' vetoes and majorities, audience costs).
    """
    return apply_factions(c, space, space.expected(), space.violations())


def proposal_ratification(c: CompiledScenario, proposal: PhasedAgreement) -> dict[str, Any]:
    """Each faction's verdict on a tabled proposal: accepts, its utility, its fallback."""
    from accord.analysis.proposals import evaluate_proposal

    out: dict[str, Any] = {}
    for f in c.scenario.factions:
        if f"{f.party}.{f.id}" in c.relaxed:
            continue
        cf = compile_scenario(faction_scenario(c.scenario, f))
        verdict = evaluate_proposal(cf, proposal).parties[f.party]
        crossed = verdict.crossed
        accepts = verdict.acceptable
        out.setdefault(f.party, []).append(
            {
                "faction": f.id,
                "name": f.name,
                "say": f.say.value,
                "accepts": bool(accepts),
                "expected_utility": round(float(verdict.expected_utility), 6),
                "fallback": f.fallback.value,
                "red_lines_crossed": crossed,
            }
        )
    return out


def package_ratification(views: list[FactionView], index: int) -> dict[str, list[dict[str, Any]]]:
    """Each faction's verdict on grid package ``index``."""
    out: dict[str, list[dict[str, Any]]] = {}
    for fv in views:
        f = fv.faction
        out.setdefault(f.party, []).append(
            {
                "faction": f.id,
                "name": f.name,
                "say": f.say.value,
                "accepts": bool(fv.accepts[index]),
                "expected_utility": round(float(fv.utility[index]), 6),
                "fallback": f.fallback.value,
            }
        )
    return out
