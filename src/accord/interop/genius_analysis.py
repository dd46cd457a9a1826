"""Bargaining analysis of a GENIUS domain in GENIUS's own terms.

:func:`analyse_genius` reads a domain and its profiles exactly as GENIUS does
and computes the Pareto frontier and the Nash, Kalai-Smorodinsky, egalitarian
and utilitarian points with NegMAS's definitions and its convention for the
disagreement point: ``max(reservation value, worst utility)`` per party.

Linear additive profiles, and non-linear ones small enough to list, are
evaluated on every outcome; larger non-linear (hyper-rectangle) profiles get
their exact frontier from :func:`accord.interop.genius_nonlinear.rectangle_frontier`.
A ``pareto.xml`` beside the files (GENIUS's reference frontier) is compared
point by point with the frontier found.

>>> from accord.interop import analyse_genius  # doctest: +SKIP
>>> a = analyse_genius("Laptop-C-domain.xml", ["Laptop-C-prof1.xml", "Laptop-C-prof2.xml"])  # doctest: +SKIP
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from accord.analysis.discount import utility_at
from accord.analysis.solutions import solve_all
from accord.errors import InteropError
from accord.interop.genius import GeniusDomain, GeniusProfile, read_domain, utilities
from accord.interop.genius_folder import GeniusSet, read_pareto
from accord.interop.genius_nonlinear import MAX_ENUMERATED, RectangleProfile, rectangle_frontier
from accord.interop.genius_profile import read_profile
from accord.interop.genius_reference import (
    ReferencePoint,
    check_listed,
    check_rectangles,
    summary,
)

SOLUTIONS = ("nash", "kalai_smorodinsky", "egalitarian", "utilitarian")
CONVENTION = "max(reservation value, worst utility) per party (GENIUS/NegMAS)"
REFERENCE_TOLERANCE = 1e-6
MAX_LISTED = 50_000_000  # linear profiles: outcomes evaluated one by one at most  # pareto.xml prints single-precision floats


@dataclass
class GeniusAnalysis:
    name: str
    domain: GeniusDomain
    profiles: list[Any]
    method: str
    disagreement: np.ndarray
    frontier: np.ndarray  # (k, P) utilities of the Pareto frontier
    frontier_outcomes: list[tuple[str, ...]]
    solutions: dict[str, int | None]  # index into frontier
    reference: dict[str, int] | None = None
    reference_points: list[ReferencePoint] | None = None  # with check_reference=True
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def parties(self) -> list[str]:
        return [p.name for p in self.profiles]

    def to_dict(self) -> dict[str, Any]:
        parties = self.parties
        sols: dict[str, dict[str, object] | None] = {}
        for k, i in self.solutions.items():
            if i is None:
                sols[k] = None
                continue
            u = self.frontier[i]
            late = utility_at(
                u[None, :], np.array([p.discount_factor for p in self.profiles]), 1.0
            )[0]
            sols[k] = {
                "outcome": dict(
                    zip(
                        (x.name for x in self.domain.issues), self.frontier_outcomes[i], strict=True
                    )
                ),
                "utilities": {p: float(v) for p, v in zip(parties, u, strict=True)},
                "utilities_at_deadline": {p: float(v) for p, v in zip(parties, late, strict=True)},
            }
        return {
            "name": self.name,
            "domain": self.domain.source,
            "profiles": [p.source for p in self.profiles],
            "issues": len(self.domain.issues),
            "outcomes": self.domain.n_outcomes,
            "method": self.method,
            "disagreement": {
                "convention": "genius",
                "rule": CONVENTION,
                "point": {p: float(v) for p, v in zip(parties, self.disagreement, strict=True)},
            },
            "reservation_values": {p.name: float(p.reservation) for p in self.profiles},
            "discount_factors": {p.name: p.discount_factor for p in self.profiles},
            "frontier_points": len(self.frontier),
            "solutions": sols,
            "reference_frontier": self.reference,
            "reference_check": None
            if self.reference_points is None
            else {
                "summary": summary(self.reference_points),
                "points": [
                    p.to_dict([i.name for i in self.domain.issues]) for p in self.reference_points
                ],
            },
            "notes": self.notes,
            "warnings": self.warnings,
            "seconds": round(self.seconds, 4),
        }


def compare_reference(frontier: np.ndarray, reference: np.ndarray) -> dict[str, int]:
    """How GENIUS's reference points relate to a frontier: on it, strictly below it, or not."""
    tol = REFERENCE_TOLERANCE
    on = below = above = 0
    for r in reference:
        if (np.abs(frontier - r) <= tol).all(axis=1).any():
            on += 1
        elif (frontier >= r - tol).all(axis=1).any():
            below += 1
        else:
            above += 1
    return {"points": len(reference), "on_frontier": on, "dominated": below, "not_dominated": above}


def analyse_genius(
    domain_path: str | Path,
    profile_paths: Sequence[str | Path],
    *,
    pareto: str | Path | np.ndarray | None = None,
    real_levels: int = 11,
    name: str | None = None,
    check_reference: bool = False,
) -> GeniusAnalysis:
    """Frontier and bargaining solutions of a GENIUS domain, with GENIUS's numbers.

    ``check_reference``: check GENIUS's reference frontier (``pareto``) point by
    point -- realised by an outcome, on the frontier or dominated by a witness
    (:mod:`accord.interop.genius_reference`).
    """
    t0 = time.perf_counter()
    domain = read_domain(domain_path, real_levels=real_levels)
    profiles = [read_profile(p, domain) for p in profile_paths]
    notes = list(domain.notes)
    warnings: list[str] = []
    for p in profiles:
        notes += [n for n in p.notes if n not in notes]
        warnings += list(p.warnings)
    reserved = np.array([p.reservation for p in profiles], dtype=float)
    nonlinear = any(isinstance(p, RectangleProfile) for p in profiles)
    if not nonlinear and domain.n_outcomes > MAX_LISTED:
        raise InteropError(
            f"{domain.source}: {domain.n_outcomes:,} outcomes are more than the {MAX_LISTED:,} "
            "this analysis lists; import it as a scenario (its analysis has its own budget)"
        )
    rect = None
    if not nonlinear or domain.n_outcomes <= MAX_ENUMERATED:
        U = utilities(domain, profiles)
        s = solve_all(U, reserved)  # clamp: gains from max(reserved, worst)
        front = s.frontier
        F = U[front]
        pick = {k: getattr(s, k) for k in SOLUTIONS}
        solutions = {
            k: (int(np.searchsorted(front, i)) if i is not None else None) for k, i in pick.items()
        }
        outcomes = [domain.outcome(int(i)) for i in front]
        d = s.disagreement
        method = f"every outcome evaluated ({domain.n_outcomes:,})"
    else:
        if not all(isinstance(p, RectangleProfile) for p in profiles):
            raise InteropError(
                f"{domain.source}: {domain.n_outcomes:.3g} outcomes with a mix of linear and "
                "non-linear profiles: too many to list, and the exact frontier needs "
                "hyper-rectangle profiles on both sides"
            )
        fr = rect = rectangle_frontier(domain, profiles)  # type: ignore[arg-type]
        F = fr.points
        d = np.maximum(reserved, fr.worst)
        s = solve_all(F, d, clamp=False)
        solutions = {k: getattr(s, k) for k in SOLUTIONS}
        outcomes = [
            tuple(i.labels[int(v)] for i, v in zip(domain.issues, x, strict=True))
            for x in fr.outcomes
        ]
        method = (
            f"exact integer program over {domain.n_outcomes:.3g} outcomes "
            f"({fr.solves} solves, frontier re-evaluated outcome by outcome)"
        )
    reference = None
    points = None
    if pareto is not None:
        ref = pareto if isinstance(pareto, np.ndarray) else read_pareto(pareto)[0]
        if ref is not None:
            reference = compare_reference(F, ref)
            if check_reference and ref.shape[1] == len(profiles):
                if rect is not None:
                    points = check_rectangles(domain, profiles, ref, rect.outcomes)  # type: ignore[arg-type]
                else:
                    points = check_listed(domain, U, front, ref)
    return GeniusAnalysis(
        name=name or domain.name,
        domain=domain,
        profiles=profiles,
        method=method,
        disagreement=np.asarray(d, dtype=float),
        frontier=F,
        frontier_outcomes=outcomes,
        solutions=solutions,
        reference=reference,
        reference_points=points,
        notes=notes,
        warnings=warnings,
        seconds=time.perf_counter() - t0,
    )


def analyse_genius_set(
    gset: GeniusSet, *, real_levels: int = 11, check_reference: bool = False
) -> GeniusAnalysis:
    """:func:`analyse_genius` of one set found by :func:`~accord.interop.find_genius_sets`."""
    a = analyse_genius(
        gset.domain,
        gset.profiles,
        pareto=gset.pareto,
        real_levels=real_levels,
        name=gset.name,
        check_reference=check_reference,
    )
    a.notes += list(gset.notes)
    return a


__all__ = [
    "GeniusAnalysis",
    "GeniusProfile",
    "analyse_genius",
    "analyse_genius_set",
    "compare_reference",
]
