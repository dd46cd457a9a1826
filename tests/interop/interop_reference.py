"""Shared helpers for the interop tests and ``make_reference.py``.

NegMAS's GENIUS reader uses discrete evaluations as written, while GENIUS
itself divides them by the issue's largest evaluation when one exceeds 1
(``EvaluatorDiscrete``). :func:`negmas_scenario` loads the files with NegMAS's
own reader and applies that one GENIUS rule to its value tables, so NegMAS
and accord evaluate the same profiles.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

REFERENCE = Path(__file__).resolve().parent / "data" / "negmas_reference.json"


def shared_dir() -> Path:
    env = os.environ.get("ACCORD_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2].parent / "shared"


def domain_folders() -> list[Path]:
    base = shared_dir() / "domains"
    # Only folders that hold a domain directly: ``anac/`` is a collection of
    # competition years, read by the ANAC tests, not a domain of its own.
    if not base.is_dir():
        return []
    return sorted(p for p in base.iterdir() if p.is_dir() and any(p.glob("*.xml")))


def all_domain_folders() -> list[Path]:
    """Every folder under ``shared/domains`` that holds XML files, the ANAC years included."""
    base = shared_dir() / "domains"
    if not base.is_dir():
        return []
    return sorted({p.parent for p in base.rglob("*.xml")})


def negmas_scenario(domain_file: Path, profile_files: list[Path]):
    """NegMAS's own reading of the files, with GENIUS's scaling of discrete evaluations."""
    from negmas.inout import Scenario
    from negmas.preferences import LinearAdditiveUtilityFunction
    from negmas.preferences.value_fun import TableFun

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # undiscounted: frontier and solutions do not depend on time (and NegMAS keeps the
        # reservation value only on the undiscounted ufun)
        s = Scenario.from_genius_files(domain_file, profile_files, ignore_discount=True)
    ufuns = []
    for u in s.ufuns:
        values = []
        for fun in u.values:
            if isinstance(fun, TableFun) and max(fun.mapping.values()) > 1.0:
                top = max(fun.mapping.values())
                fun = TableFun({k: v / top for k, v in fun.mapping.items()})
            values.append(fun)
        ufuns.append(
            LinearAdditiveUtilityFunction(
                values=values,
                weights=list(u.weights),
                outcome_space=s.outcome_space,
                reserved_value=u.reserved_value,
                name=u.name,
            )
        )
    return Scenario(outcome_space=s.outcome_space, ufuns=tuple(ufuns), name=s.name)


def negmas_solutions(ns) -> dict:
    """Frontier, Nash, KS and egalitarian ('kalai') points as NegMAS computes them.

    Frontier entries are ``[outcome_index, u_1, ..., u_n]``; the solution lists
    hold the utility vectors of every point NegMAS returns (ties included).
    """
    from negmas.preferences.ops import kalai_points, ks_points, nash_points, pareto_frontier

    outcomes = list(ns.outcome_space.enumerate_or_sample())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ranges = [u.minmax(ns.outcome_space, above_reserve=False) for u in ns.ufuns]
        utils, idx = pareto_frontier(ns.ufuns, outcomes, sort_by_welfare=True)
        out = {
            "n_outcomes": len(outcomes),
            "reserved": [float(u.reserved_value) for u in ns.ufuns],
            "frontier": [[int(i), *map(float, u)] for i, u in zip(idx, utils, strict=True)],
        }
        for key, fn in (
            ("nash", nash_points),
            ("kalai_smorodinsky", ks_points),
            ("egalitarian", kalai_points),
        ):
            out[key] = [list(map(float, p)) for p, _ in fn(ns.ufuns, utils, ranges=ranges)]
    return out


def folder_params() -> list:
    """The top-level shared domain folders as pytest parameters (skipped when absent)."""
    import pytest

    return [pytest.param(p, id=p.name) for p in domain_folders()] or [
        pytest.param(None, marks=pytest.mark.skip(reason="shared GENIUS domains not found"))
    ]
