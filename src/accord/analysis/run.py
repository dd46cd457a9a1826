"""The full analysis of a scenario: proposals, agreement space, solutions, diagnosis, recommendation.

>>> from accord.scenarios import load_scenario
>>> a = analyze(load_scenario("labour-2026-03"))
>>> a.zone_size > 0 and a.diagnosis is None and a.recommendation is not None
True
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from accord.analysis import bargaining
from accord.analysis.compile import CompiledScenario, compile_scenario
from accord.analysis.diagnosis import Conflict, Relaxation, minimal_relaxations, red_line_conflicts
from accord.analysis.factions import (
    FactionView,
    package_ratification,
    proposal_ratification,
    screen,
)
from accord.analysis.mediation import MediationOption, mediation_plans
from accord.analysis.proposals import ProposalEvaluation, evaluate_phases, evaluate_proposal
from accord.analysis.solutions import solve_all
from accord.analysis.space import FALLBACK_TOLERANCE, PackageSpace, enumerate_packages
from accord.analysis.values import describe_raw
from accord.model import Disagreement, Issue, IssueKind, Scenario

DISAGREEMENT_RULES = {
    Disagreement.fallback: "each party's fallback as stated",
    Disagreement.genius: "max(fallback, worst utility over all packages) per party (GENIUS/NegMAS)",
}
SOLUTION_NAMES = tuple(bargaining.SOLUTIONS)  # the registry (analysis/bargaining.py), in its order
FRONTIER_POINTS = 400  # frontier points kept in the result for plots


@dataclass
class PackageView:
    """One package of the grid, in the scenario's terms, with its valuation."""

    index: int
    template: str
    phases: list[dict[str, Any]]
    evaluation: ProposalEvaluation
    ratification: dict[str, list[dict[str, Any]]] | None = None  # party -> factions' verdicts

    def to_dict(self) -> dict[str, Any]:
        ev = self.evaluation.to_dict()
        out = {
            "template": self.template,
            "phases": ev["phases"],
            "parties": ev["parties"],
            "completion_probability": ev["completion_probability"],
        }
        if self.ratification is not None:
            out["ratification"] = self.ratification
        return out


@dataclass
class Analysis:
    scenario: Scenario
    compiled: CompiledScenario
    packages: int
    zone_size: int
    proposals: list[ProposalEvaluation]
    solutions: dict[str, PackageView | None]
    frontier: np.ndarray  # (k, P) utilities of the Pareto frontier over all packages
    zone_frontier: np.ndarray  # (k, P) frontier of the zone
    conflicts: list[Conflict]
    diagnosis: list[Relaxation] | None
    diagnosis_packages: list[PackageView]
    recommendation: dict[str, Any] | None
    seconds: float
    relaxed: tuple[str, ...] = field(default_factory=tuple)
    disagreement: np.ndarray | None = None  # the point gains were measured from
    ratification: dict[str, dict[str, Any]] = field(default_factory=dict)  # proposal -> verdicts
    mediation: list[dict[str, Any]] = field(default_factory=list)  # mediators' plans

    @property
    def zone_exists(self) -> bool:
        return self.zone_size > 0

    def to_dict(self) -> dict[str, Any]:
        s = self.scenario
        parties = self.compiled.parties
        return {
            "scenario": {"id": s.id, "title": s.title, "date": s.date.isoformat()},
            "parties": parties,
            "fallbacks": {
                p: float(f) for p, f in zip(parties, self.compiled.fallback, strict=True)
            },
            "disagreement": {
                "convention": s.disagreement.value,
                "rule": DISAGREEMENT_RULES[s.disagreement],
                "point": None
                if self.disagreement is None
                else {p: float(v) for p, v in zip(parties, self.disagreement, strict=True)},
            },
            "discount_factors": {p.id: p.discount_factor for p in s.parties if p.id in parties},
            "relaxed": list(self.relaxed),
            "proposals": [p.to_dict() for p in self.proposals],
            "agreement_space": {
                "packages": self.packages,
                "zone_exists": self.zone_exists,
                "zone_size": self.zone_size,
                "zone_share": self.zone_size / self.packages if self.packages else 0.0,
                "frontier": _points(self.frontier, parties),
                "zone_frontier": _points(self.zone_frontier, parties),
            },
            "solutions": {k: (v.to_dict() if v else None) for k, v in self.solutions.items()},
            "solution_labels": {k: bargaining.label(k) for k in self.solutions},
            "conflicts": [{"issue": c.issue, "red_lines": c.red_lines} for c in self.conflicts],
            "diagnosis": None
            if self.diagnosis is None
            else [
                {
                    "relax": list(r.constraints),
                    "packages_opened": r.packages,
                    "package": v.to_dict(),
                    "concessions": _concessions(self.scenario, r, v),
                }
                for r, v in zip(self.diagnosis, self.diagnosis_packages, strict=True)
            ],
            "recommendation": self.recommendation,
            "ratification": self.ratification,
            "mediation": self.mediation,
            "seconds": round(self.seconds, 4),
        }


def _points(U: np.ndarray, parties: list[str]) -> list[dict[str, float]]:
    return [{p: round(float(u), 6) for p, u in zip(parties, row, strict=True)} for row in U]


def _concessions(scenario: Scenario, r: Relaxation, view: PackageView) -> list[str]:
    """Who gives what up, in neutral words."""
    out = []
    factions = {(f.party, f.id): f for f in scenario.factions}
    for name in r.constraints:
        party, what = name.split(".", 1)
        verdict = view.evaluation.parties[party]
        if what == "majority":
            out.append(f"{party}'s leadership would sign without a majority of its factions")
        elif (party, what) in factions:
            out.append(
                f"{party}'s leadership would sign over the objection of "
                f"{factions[(party, what)].name}, which holds a veto"
            )
        elif what == "fallback":
            out.append(
                f"{party} would accept an expected utility of {verdict.expected_utility:.3f}, "
                f"below its fallback of {verdict.fallback:.3f}"
            )
        else:
            line = verdict.red_lines[what]
            out.append(
                f"{party} would accept {what} = {line['value']} (its stated red line: {line['red_line']})"
            )
    return out


def package_view(space: PackageSpace, index: int) -> PackageView:
    """Phases and evaluation of grid package ``index``."""
    c = space.compiled
    template, options = space.locate(index)
    final = [g.raw[o] for g, o in zip(c.grids, options, strict=True)]
    phases = []
    for k, ph in enumerate(template.phases):
        terms = {}
        for j, g in enumerate(c.grids):
            terms[g.issue.id] = _term(g.issue, c.cumulative(template, k, j, np.asarray(final[j])))
        phases.append({"name": ph.name, "terms": terms})
    ev = evaluate_phases(c, phases, id=f"package_{index}", title=template.title)
    return PackageView(index=index, template=template.id, phases=phases, evaluation=ev)


def _term(issue: Issue, raw: np.ndarray) -> Any:
    """A grid value as a phase term that evaluates to exactly that value."""
    if issue.kind is IssueKind.count:
        ids = [cat.id for cat in issue.categories or []]
        return {cid: float(v) for cid, v in zip(ids, np.atleast_1d(raw), strict=True)}
    if issue.kind is IssueKind.continuous:
        # the exact grid value: describe_raw rounds for display, which would value
        # a different package from the one found on the grid
        return float(raw)
    return describe_raw(issue, raw)


def _thin(U: np.ndarray, k: int) -> np.ndarray:
    if len(U) <= k:
        return U
    order = np.argsort(U[:, 0], kind="stable")
    pick = np.unique(np.linspace(0, len(U) - 1, k).round().astype(int))
    return U[order][pick]


def analyze(scenario: Scenario, relax: list[str] | tuple[str, ...] = ()) -> Analysis:
    """Analyse ``scenario``; ``relax`` lifts red lines (``party.issue``) or fallbacks (``party.fallback``)."""
    t0 = time.perf_counter()
    c = compile_scenario(scenario, relax)
    space = enumerate_packages(c)
    U, violations, factions = screen(c, space)
    # packages breaking a declared linkage (accord.analysis.linkage) are never in the zone nor recommended
    coherent = space.coherent()
    zone = (violations == 0) & coherent
    zone_size = int(np.count_nonzero(zone))
    proposals = [evaluate_proposal(c, p) for p in scenario.proposals]

    all_front = solve_all(U, c.fallback, coherent, clamp=False).frontier
    frontier = U[all_front]
    frontier = frontier[np.argsort(frontier[:, 0], kind="stable")]
    solutions: dict[str, PackageView | None] = {k: None for k in SOLUTION_NAMES}
    zone_frontier = np.empty((0, len(c.parties)))
    d = c.fallback
    if scenario.disagreement is Disagreement.genius and len(U):
        d = np.maximum(c.fallback, U.min(axis=0))
    if zone_size:
        # the zone admits packages within float error below a fallback; so must the solver
        mask: np.ndarray | None = zone
        if scenario.disagreement is Disagreement.genius:
            # with no red lines the zone is just "at or above the fallback": search every
            # package, as GENIUS and NegMAS do (the ideal point of KS is over all of them),
            # and measure gains from d exactly, as they do
            if np.array_equal(zone, (U >= c.fallback - FALLBACK_TOLERANCE).all(axis=1)):
                mask = None
            sol = solve_all(U, d, mask, clamp=False)
        else:
            sol = solve_all(U, c.fallback - FALLBACK_TOLERANCE, zone, clamp=False)
        zone_frontier = U[sol.frontier if mask is not None else sol.rational_frontier]
        zone_frontier = zone_frontier[np.argsort(zone_frontier[:, 0], kind="stable")]
        found = bargaining.solve(sol.problem)  # every registered solution on the same frontier
        for name in SOLUTION_NAMES:
            idx = found.get(name)
            solutions[name] = _view(space, factions, int(idx)) if idx is not None else None

    diagnosis = None
    diagnosis_views: list[PackageView] = []
    if not zone_size:
        keep = np.flatnonzero(coherent)
        diagnosis = [
            replace(r, package=int(keep[r.package]))
            for r in minimal_relaxations(c, violations[keep], U[keep])
        ]
        diagnosis_views = [_view(space, factions, r.package) for r in diagnosis]

    recommendation = _recommend(c, solutions, diagnosis, diagnosis_views)
    plans = mediation_plans(c, space, U, violations, coherent)
    mediation = [
        {
            "mediator": best.mediator,
            "chosen": best.to_dict(),
            "options": [o.to_dict() for o in options],
        }
        for best, options in plans
    ]
    recommendation = _mediated(recommendation, [b for b, _ in plans], space, factions)
    return Analysis(
        scenario=scenario,
        compiled=c,
        packages=space.size,
        zone_size=zone_size,
        proposals=proposals,
        solutions=solutions,
        frontier=_thin(frontier, FRONTIER_POINTS),
        zone_frontier=_thin(zone_frontier, FRONTIER_POINTS),
        conflicts=red_line_conflicts(c),
        diagnosis=diagnosis,
        diagnosis_packages=diagnosis_views,
        recommendation=recommendation,
        seconds=time.perf_counter() - t0,
        relaxed=tuple(relax),
        disagreement=np.asarray(d, dtype=float),
        ratification={p.id: proposal_ratification(c, p) for p in scenario.proposals}
        if factions
        else {},
        mediation=mediation,
    )


def _mediated(
    recommendation: dict[str, Any] | None,
    plans: list[MediationOption],
    space: PackageSpace,
    factions: list[FactionView],
) -> dict[str, Any] | None:
    """With mediators' stakes declared: the package of the mediator plan that gains most."""
    feasible = [p for p in plans if p.package is not None]
    if not feasible:
        return recommendation
    best = max(feasible, key=lambda p: p.gain)
    assert best.package is not None
    view = _view(space, factions, best.package)
    how = (
        "without pulling a lever"
        if best.lever is None
        else f"using its lever '{best.lever.id}' ({best.lever.kind.value})"
    )
    return {
        "basis": f"the Nash package of the zone {best.mediator} can reach {how}",
        "requires_relaxing": [],
        "package": view.to_dict(),
        "gain_over_fallback": {p: round(v.gain, 6) for p, v in view.evaluation.parties.items()},
        "mediator": {"party": best.mediator, **best.to_dict()},
    }


def _view(space: PackageSpace, factions: list[FactionView], index: int) -> PackageView:
    view = package_view(space, index)
    if factions:
        view.ratification = package_ratification(factions, index)
    return view


def _recommend(
    c: CompiledScenario,
    solutions: dict[str, PackageView | None],
    diagnosis: list[Relaxation] | None,
    views: list[PackageView],
) -> dict[str, Any] | None:
    """The package a neutral mediator would table: the Nash solution, or the best opening."""
    if solutions.get("nash") is not None:
        view = solutions["nash"]
        assert view is not None
        basis = "Nash bargaining solution within the zone of agreement"
        requires: list[str] = []
    elif diagnosis:
        view = views[0]
        basis = "no zone exists; the package opened by the smallest relaxation, best for the worse-off party"
        requires = list(diagnosis[0].constraints)
    else:
        return None
    return {
        "basis": basis,
        "requires_relaxing": requires,
        "package": view.to_dict(),
        "gain_over_fallback": {p: round(v.gain, 6) for p, v in view.evaluation.parties.items()},
    }
