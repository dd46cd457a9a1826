"""The full analysis of a scenario: proposals, agreement space, solutions, diagnosis, recommendation.

>>> from accord.scenarios import load_scenario
>>> a = analyze(load_scenario("gaza-2025-03"))
>>> a.zone_size == 0 and a.diagnosis is not None
True
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from accord.analysis.compile import CompiledScenario, compile_scenario
from accord.analysis.diagnosis import Conflict, Relaxation, minimal_relaxations, red_line_conflicts
from accord.analysis.proposals import ProposalEvaluation, evaluate_phases, evaluate_proposal
from accord.analysis.solutions import solve_all
from accord.analysis.space import FALLBACK_TOLERANCE, PackageSpace, enumerate_packages
from accord.analysis.values import describe_raw
from accord.model import Issue, IssueKind, Scenario

SOLUTION_NAMES = ("nash", "kalai_smorodinsky", "egalitarian", "utilitarian")
FRONTIER_POINTS = 400  # frontier points kept in the result for plots


@dataclass
class PackageView:
    """One package of the grid, in the scenario's terms, with its valuation."""

    index: int
    template: str
    phases: list[dict[str, Any]]
    evaluation: ProposalEvaluation

    def to_dict(self) -> dict[str, Any]:
        ev = self.evaluation.to_dict()
        return {
            "template": self.template,
            "phases": ev["phases"],
            "parties": ev["parties"],
            "completion_probability": ev["completion_probability"],
        }


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

    @property
    def zone_exists(self) -> bool:
        return self.zone_size > 0

    def to_dict(self) -> dict[str, Any]:
        s = self.scenario
        parties = self.compiled.parties
        return {
            "scenario": {"id": s.id, "title": s.title, "date": s.date.isoformat()},
            "parties": parties,
            "fallbacks": {p: float(f) for p, f in zip(parties, self.compiled.fallback, strict=True)},
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
            "conflicts": [{"issue": c.issue, "red_lines": c.red_lines} for c in self.conflicts],
            "diagnosis": None
            if self.diagnosis is None
            else [
                {
                    "relax": list(r.constraints),
                    "packages_opened": r.packages,
                    "package": v.to_dict(),
                    "concessions": _concessions(r, v),
                }
                for r, v in zip(self.diagnosis, self.diagnosis_packages, strict=True)
            ],
            "recommendation": self.recommendation,
            "seconds": round(self.seconds, 4),
        }


def _points(U: np.ndarray, parties: list[str]) -> list[dict[str, float]]:
    return [{p: round(float(u), 6) for p, u in zip(parties, row, strict=True)} for row in U]


def _concessions(r: Relaxation, view: PackageView) -> list[str]:
    """Who gives what up, in neutral words."""
    out = []
    for name in r.constraints:
        party, what = name.split(".", 1)
        verdict = view.evaluation.parties[party]
        if what == "fallback":
            out.append(
                f"{party} would accept an expected utility of {verdict.expected_utility:.3f}, "
                f"below its fallback of {verdict.fallback:.3f}"
            )
        else:
            line = verdict.red_lines[what]
            out.append(f"{party} would accept {what} = {line['value']} (its stated red line: {line['red_line']})")
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
    U = space.expected()
    violations = space.violations()
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
    if zone_size:
        # the zone admits packages within float error below a fallback; so must the solver
        sol = solve_all(U, c.fallback - FALLBACK_TOLERANCE, zone, clamp=False)
        zone_frontier = U[sol.frontier]
        zone_frontier = zone_frontier[np.argsort(zone_frontier[:, 0], kind="stable")]
        for name in SOLUTION_NAMES:
            idx = getattr(sol, name)
            solutions[name] = package_view(space, int(idx)) if idx is not None else None

    diagnosis = None
    diagnosis_views: list[PackageView] = []
    if not zone_size:
        keep = np.flatnonzero(coherent)
        diagnosis = [replace(r, package=int(keep[r.package]))
                     for r in minimal_relaxations(c, violations[keep], U[keep])]
        diagnosis_views = [package_view(space, r.package) for r in diagnosis]

    recommendation = _recommend(c, solutions, diagnosis, diagnosis_views)
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
    )


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
