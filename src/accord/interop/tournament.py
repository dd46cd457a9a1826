"""A small tournament of accord's time-based strategies over a folder of GENIUS domains.

Every domain found under the folder (variants included) with linear additive
profiles is negotiated by every ordered pair of strategies, in both role
orders for every pair of profiles, with stacked alternating offers
(:func:`accord.simulate.sao.sao_batch`, NegMAS's ``SAOMechanism`` rules) up to
a deadline of ``n_steps`` rounds. Scores are GENIUS's: the agreement's utility
discounted to the time it was reached, ``u * d ** t`` with ``t`` the relative
time, or the reservation value discounted to the deadline (``t = 1``) when
there is none. The strategies are deterministic, so the tournament is too.

>>> from accord.interop.tournament import run_tournament  # doctest: +SKIP
>>> run_tournament("anac/y2012").table()  # doctest: +SKIP
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from accord.analysis.discount import utility_at
from accord.errors import InputError, InteropError
from accord.interop.genius import read_domain, utilities
from accord.interop.genius_folder import find_genius_sets
from accord.interop.genius_nonlinear import RectangleProfile
from accord.interop.genius_profile import read_profile

TIME_BASED = ("boulware", "linear", "conceder")
MAX_OUTCOMES = 10_000_000


@dataclass
class TournamentResult:
    strategies: list[str]
    n_steps: int
    tolerance: float
    domains: list[str]
    negotiations: int
    scores: dict[str, dict[str, float]]  # strategy -> {"utility", "agreements", "welfare"}
    per_domain: list[dict[str, Any]]
    skipped: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "strategies": self.strategies,
            "n_steps": self.n_steps,
            "tolerance": self.tolerance,
            "domains": self.domains,
            "negotiations": self.negotiations,
            "scores": self.scores,
            "per_domain": self.per_domain,
            "skipped": self.skipped,
        }


def _domain_sets(folder: Path):
    folders = sorted({p.parent for p in folder.rglob("*.xml")}) if folder.is_dir() else []
    if not folders:
        raise InputError(f"{folder}: no GENIUS domain files found under this folder")
    for f in folders:
        try:
            yield f, find_genius_sets(f), None
        except InteropError as exc:
            yield f, [], str(exc)


def run_tournament(
    folder: str | Path,
    strategies: Sequence[str] = TIME_BASED,
    *,
    n_steps: int = 100,
    tolerance: float = 0.0,
    ties: str = "high-index",
) -> TournamentResult:
    """Every pair of ``strategies`` on every domain under ``folder`` (see the module docstring)."""
    from accord.simulate.sao import sao_batch
    from accord.simulate.strategies import STRATEGIES

    folder = Path(folder)
    unknown = [s for s in strategies if s not in TIME_BASED]
    if unknown:
        raise InputError(
            f"unknown or non-time-based strategies {unknown}; choose from {', '.join(TIME_BASED)}"
        )
    if n_steps < 1:
        raise InputError(f"--steps must be at least 1, got {n_steps}")
    if not 0.0 <= tolerance < 0.1:
        raise InputError(f"--tolerance must lie in [0, 0.1), got {tolerance}")
    strategies = list(dict.fromkeys(strategies))
    exps = {s: STRATEGIES[s].exponent for s in strategies}
    totals = {s: np.zeros(3) for s in strategies}  # utility, agreements, welfare
    counts = dict.fromkeys(strategies, 0)
    per_domain: list[dict[str, Any]] = []
    skipped: list[str] = []
    names: list[str] = []
    n_total = 0
    for f, sets, error in _domain_sets(folder):
        if error:
            skipped.append(f"{f.name}: {error}")
            continue
        for s in sets:
            label = f"{f.relative_to(folder) if f != folder else f.name}:{s.domain.stem}"
            domain = read_domain(s.domain)
            profiles = [read_profile(p, domain) for p in s.profiles]
            if any(isinstance(p, RectangleProfile) for p in profiles):
                skipped.append(
                    f"{label}: non-linear profiles over {domain.n_outcomes:.3g} outcomes "
                    "(alternating offers need the outcomes listed)"
                )
                continue
            if domain.n_outcomes > MAX_OUTCOMES:
                skipped.append(f"{label}: {domain.n_outcomes:.3g} outcomes")
                continue
            U_all = utilities(domain, profiles)
            names.append(label)
            cases = [
                (i, j, a, b)
                for i, j in itertools.permutations(range(len(profiles)), 2)
                for a in strategies
                for b in strategies
            ]
            dom_scores: dict[str, list[float]] = {s_: [] for s_ in strategies}
            for i, j in itertools.permutations(range(len(profiles)), 2):
                U = np.ascontiguousarray(U_all[:, [i, j]])
                pair = [(a, b) for a in strategies for b in strategies]
                reserve = np.array([[profiles[i].reservation, profiles[j].reservation]] * len(pair))
                ex = np.array([[exps[a], exps[b]] for a, b in pair])
                steps = np.full(len(pair), n_steps, dtype=np.int64)
                agreement, at = sao_batch(U, reserve, ex, steps, tolerance, ties)
                disc = np.array([profiles[i].discount_factor, profiles[j].discount_factor])
                for (a, b), k, st in zip(pair, agreement, at, strict=True):
                    if k >= 0:
                        got = utility_at(U[k], disc, (st + 1.0) / (n_steps + 1.0))
                    else:
                        got = utility_at(reserve[0], disc, 1.0)  # reservation at the deadline
                    for who, side in ((a, 0), (b, 1)):
                        totals[who] += (got[side], float(k >= 0), float(got.sum()))
                        counts[who] += 1
                        dom_scores[who].append(float(got[side]))
            n_total += len(cases)
            per_domain.append(
                {
                    "domain": label,
                    "outcomes": domain.n_outcomes,
                    "negotiations": len(cases),
                    "mean_utility": {k: float(np.mean(v)) for k, v in dom_scores.items()},
                }
            )
    if not names:
        raise InputError(f"{folder}: no domain the tournament can run on ({'; '.join(skipped)})")
    scores = {
        s: {
            "utility": float(totals[s][0] / counts[s]),
            "agreements": float(totals[s][1] / counts[s]),
            "welfare": float(totals[s][2] / counts[s]),
        }
        for s in strategies
    }
    return TournamentResult(
        strategies=strategies,
        n_steps=n_steps,
        tolerance=tolerance,
        domains=names,
        negotiations=n_total,
        scores=scores,
        per_domain=per_domain,
        skipped=skipped,
    )
