"""The registry of bargaining solutions: every solution the analysis, plots and page show.

Each entry names a function of a :class:`~accord.analysis.solutions.BargainingProblem`
(returning a row of its utilities, or None), the label readers see and the
Plotly marker symbol the figures draw. :func:`accord.analysis.analyze` computes
every entry; the figures (page, report and PNG files) and the workbench read
labels and symbols from here. Adding a solution is one function and one line in
:data:`REGISTRY`; the contract test (``tests/analysis/test_bargaining_registry.py``)
then checks it: a frontier package or None, Pareto-efficient, individually
rational if it says so, unchanged by relabelling the parties if it says so,
deterministic. ``docs/extending.md`` walks through an example.

>>> [s.name for s in REGISTRY]
['nash', 'kalai_smorodinsky', 'egalitarian', 'utilitarian']
>>> SOLUTIONS["nash"].label
'Nash'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from accord.analysis.solutions import (
    BargainingProblem,
    egalitarian,
    kalai_smorodinsky,
    nash,
    utilitarian,
)

SolutionFunction = Callable[[BargainingProblem], "int | None"]


@dataclass(frozen=True)
class BargainingSolution:
    """One registered solution.

    ``symbol`` is a Plotly marker symbol (the page, the report and the PNG files).
    ``rational``: the package gives every party at least its disagreement
    value. ``symmetric``: relabelling the parties cannot change the package.
    """

    name: str
    label: str
    symbol: str
    find: SolutionFunction
    description: str
    rational: bool = True
    symmetric: bool = True


REGISTRY: tuple[BargainingSolution, ...] = (
    BargainingSolution(
        "nash", "Nash", "star", nash, "maximises the product of gains over the fallbacks"
    ),
    BargainingSolution(
        "kalai_smorodinsky",
        "Kalai–Smorodinsky",
        "diamond",
        kalai_smorodinsky,
        "makes the gains relative to each party's best possible gain as equal as possible",
    ),
    BargainingSolution(
        "egalitarian",
        "egalitarian",
        "square",
        egalitarian,
        "maximises the smallest gain over the fallbacks",
    ),
    BargainingSolution(
        "utilitarian",
        "utilitarian",
        "triangle-up",
        utilitarian,
        "maximises the sum of utilities on the Pareto frontier",
        rational=False,
    ),
)

SOLUTIONS: dict[str, BargainingSolution] = {s.name: s for s in REGISTRY}


def solve(problem: BargainingProblem | None) -> dict[str, int | None]:
    """Every registered solution of ``problem``, by name, in registry order (all None without one)."""
    return {s.name: (s.find(problem) if problem is not None else None) for s in REGISTRY}


def label(name: str) -> str:
    """The label of solution ``name`` (the name itself when it is not registered)."""
    found = next((s for s in REGISTRY if s.name == name), None)
    return found.label if found else name
