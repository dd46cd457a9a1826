"""accord scenarios <-> NegMAS outcome spaces and utility functions.

Needs the optional extra ``accord[negmas]``. An accord scenario becomes a
NegMAS :class:`negmas.inout.Scenario`: one categorical issue per accord issue
(its options on accord's search grid), and per belligerent a
``LinearAdditiveUtilityFunction`` with a table per issue and the fallback as
reserved value, so NegMAS agents negotiate over exactly the packages accord
analyses (single-phase: final terms). Outcomes are tuples of option labels,
enumerated by NegMAS in the same order as accord's utility arrays.

Back: a NegMAS scenario with finite issues and linear additive utility
functions becomes an accord scenario through the same value tables as a
GENIUS import (value tables above 1 are scaled by their maximum, as GENIUS does).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from accord._optional import require
from accord.errors import InteropError
from accord.interop.convert import genius_to_scenario, scenario_to_genius
from accord.interop.genius import WEIGHT_TOLERANCE, GeniusDomain, GeniusIssue, GeniusProfile
from accord.model import Scenario


def _negmas() -> Any:
    return require("negmas", extra="negmas")


def genius_to_negmas(
    domain: GeniusDomain, profiles: Sequence[GeniusProfile], name: str | None = None
):
    """A NegMAS scenario with the same outcomes and utilities as the value tables."""
    for prof in profiles:
        if not isinstance(prof, GeniusProfile):
            raise InteropError(
                f"{prof.source}: a non-additive profile (hyper-rectangles or a cost-based price "
                "issue) has no NegMAS linear-additive equivalent"
            )
    _negmas()
    from negmas import make_issue, make_os
    from negmas.inout import Scenario as NegmasScenario
    from negmas.preferences import LinearAdditiveUtilityFunction
    from negmas.preferences.value_fun import TableFun

    issues = [make_issue(list(i.labels), name=i.name) for i in domain.issues]
    os = make_os(issues, name=name or domain.name)
    ufuns = tuple(
        LinearAdditiveUtilityFunction(
            values=[
                TableFun(dict(zip(i.labels, (float(v) for v in table), strict=True)))
                for i, table in zip(domain.issues, prof.values, strict=True)
            ],
            weights=[float(w) for w in prof.weights],
            outcome_space=os,
            reserved_value=float(prof.reservation),
            name=prof.name,
        )
        for prof in profiles
    )
    return NegmasScenario(outcome_space=os, ufuns=ufuns, name=name or domain.name)


def to_negmas(scenario: Scenario):
    """The scenario's belligerents and search grid as a NegMAS scenario (single phase)."""
    domain, profiles, _ = scenario_to_genius(scenario)
    return genius_to_negmas(domain, profiles, name=scenario.id)


def negmas_to_genius(nscenario: Any) -> tuple[GeniusDomain, list[GeniusProfile]]:
    """Value tables of a NegMAS scenario with finite issues and linear additive ufuns."""
    _negmas()
    from negmas.preferences import LinearAdditiveUtilityFunction

    name = getattr(nscenario, "name", None) or "negmas"
    issues = []
    for k, issue in enumerate(nscenario.outcome_space.issues, start=1):
        if not issue.is_finite():
            raise InteropError(
                f"NegMAS issue '{issue.name}' is continuous; discretise it first "
                "(outcome_space.to_discrete(n))"
            )
        values = list(issue.all)
        labels = tuple(str(v) for v in values)
        if len(set(labels)) != len(labels):
            raise InteropError(f"NegMAS issue '{issue.name}': values do not have distinct names")
        issues.append(
            (GeniusIssue(name=issue.name, index=k, kind="discrete", labels=labels), values)
        )
    domain = GeniusDomain(
        name=name, source=f"NegMAS scenario '{name}'", issues=tuple(i for i, _ in issues)
    )
    profiles = []
    for p, ufun in enumerate(nscenario.ufuns):
        uname = ufun.name or f"ufun{p + 1}"
        if not isinstance(ufun, LinearAdditiveUtilityFunction):
            raise InteropError(
                f"NegMAS ufun '{uname}' is a {type(ufun).__name__}; only "
                "LinearAdditiveUtilityFunction can become accord positions"
            )
        if getattr(ufun, "_bias", 0.0):
            raise InteropError(f"NegMAS ufun '{uname}' has a bias; accord utilities have none")
        tables, notes = [], []
        for (gi, values), fun in zip(issues, ufun.values, strict=True):
            table = np.array([float(fun(v)) for v in values])
            if table.min() < 0:
                raise InteropError(f"NegMAS ufun '{uname}': negative values on issue '{gi.name}'")
            if table.max() > 1.0:
                notes.append(f"values of '{gi.name}' scaled by their maximum {table.max():g}")
                table = table / table.max()
            tables.append(table)
        weights = np.array([float(w) for w in ufun.weights])
        if abs(weights.sum() - 1.0) > WEIGHT_TOLERANCE or (weights < 0).any():
            raise InteropError(
                f"NegMAS ufun '{uname}': weights {weights.round(4).tolist()} must be "
                "non-negative and sum to 1"
            )
        rv = ufun.reserved_value
        rv = 0.0 if rv is None or not np.isfinite(rv) else float(rv)
        profiles.append(
            GeniusProfile(
                name=uname,
                source=f"NegMAS ufun '{uname}'",
                weights=weights,
                values=tuple(tables),
                reservation=rv,
                notes=tuple(notes),
            )
        )
    return domain, profiles


def from_negmas(nscenario: Any, **kwargs: Any) -> Scenario:
    """An accord scenario from a NegMAS scenario (see :func:`negmas_to_genius`)."""
    domain, profiles = negmas_to_genius(nscenario)
    return genius_to_scenario(domain, profiles, **kwargs)


NEGMAS_NEGOTIATORS = (
    "AspirationNegotiator",
    "BoulwareTBNegotiator",
    "LinearTBNegotiator",
    "ConcederTBNegotiator",
    "NaiveTitForTatNegotiator",
    "RandomNegotiator",
)


def run_negmas(
    scenario: Scenario,
    negotiators: Sequence[str] = ("BoulwareTBNegotiator", "ConcederTBNegotiator"),
    *,
    n_steps: int = 100,
    seed: int = 0,
) -> dict[str, Any]:
    """Run NegMAS's own negotiators on an accord scenario with NegMAS's ``SAOMechanism``.

    ``negotiators`` names one NegMAS negotiator class per belligerent (from
    :data:`NEGMAS_NEGOTIATORS`). Returns the agreement (labels per issue, or
    ``None``), the step it was reached at and each party's utility of it --
    undiscounted and discounted to that time with the party's discount factor.
    ``seed`` seeds Python's and NumPy's generators, which NegMAS's random
    negotiators draw from.
    """
    negmas = _negmas()
    import random

    from negmas.sao import SAOMechanism

    ns = to_negmas(scenario)
    parties = [p for p in scenario.parties if p.id in {u.name for u in ns.ufuns}]
    if len(negotiators) != len(ns.ufuns):
        raise InteropError(
            f"give one NegMAS negotiator per belligerent ({len(ns.ufuns)}), got {len(negotiators)}"
        )
    unknown = [n for n in negotiators if n not in NEGMAS_NEGOTIATORS]
    if unknown:
        raise InteropError(
            f"unknown NegMAS negotiators {unknown}; choose from {', '.join(NEGMAS_NEGOTIATORS)}"
        )
    random.seed(seed)
    np.random.seed(seed)  # noqa: NPY002 -- NegMAS draws from the global generators
    m = SAOMechanism(outcome_space=ns.outcome_space, n_steps=n_steps)
    for name, ufun in zip(negotiators, ns.ufuns, strict=True):
        m.add(getattr(negmas.sao, name)(name=ufun.name), ufun=ufun)
    m.run()
    agreement = m.agreement
    issues = [i.name for i in ns.outcome_space.issues]
    t = m.state.relative_time
    by_id = {p.id: p for p in parties}
    utils = {}
    for u in ns.ufuns:
        val = float(u(agreement)) if agreement is not None else float(u.reserved_value)
        d = by_id[u.name].discount_factor if u.name in by_id else 1.0
        utils[u.name] = {
            "utility": val,
            "discounted": val * d ** (t if agreement is not None else 1.0),
        }
    return {
        "negotiators": dict(zip([u.name for u in ns.ufuns], negotiators, strict=True)),
        "agreement": None
        if agreement is None
        else dict(zip(issues, map(str, agreement), strict=True)),
        "step": int(m.state.step),
        "relative_time": float(t),
        "utilities": utils,
    }
