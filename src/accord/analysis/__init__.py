"""Utilities, red lines, agreement space, bargaining solutions, deadlock diagnosis.

Entry points: :func:`analyze` (everything, as the CLI shows it; in ``run.py``),
:func:`compile_scenario` (arrays), :func:`evaluate_proposal` and
:func:`evaluate_phases` (one package), :func:`enumerate_packages` (the grid).

Importing the package is light: the entry points load on first use (PEP 562), so a
caller that needs one module (``accord validate`` reads ``budget.py`` only) does not
load NumPy's grids, the compiled Pareto search and Numba. No submodule may be named
like an entry point: importing ``accord.analysis.<name>`` sets the package attribute
``<name>`` to that module, which would shadow the function (tests/analysis/test_package.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from accord._lazy import lazy_names

if TYPE_CHECKING:
    from accord.analysis.commitment import PhaseValuation, honour_probability, value_phases
    from accord.analysis.compile import CompiledScenario, compile_scenario
    from accord.analysis.proposals import ProposalEvaluation, evaluate_phases, evaluate_proposal
    from accord.analysis.run import Analysis, analyze, package_view
    from accord.analysis.space import PackageSpace, enumerate_packages

_LAZY = {
    "Analysis": "run",
    "analyze": "run",
    "package_view": "run",
    "PhaseValuation": "commitment",
    "honour_probability": "commitment",
    "value_phases": "commitment",
    "CompiledScenario": "compile",
    "compile_scenario": "compile",
    "ProposalEvaluation": "proposals",
    "evaluate_phases": "proposals",
    "evaluate_proposal": "proposals",
    "PackageSpace": "space",
    "enumerate_packages": "space",
}


# mypy reads the names from the imports above; without a module __getattr__ in its view,
# a name the package does not export is still an error there
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())


__all__ = [
    "Analysis",
    "CompiledScenario",
    "PackageSpace",
    "PhaseValuation",
    "ProposalEvaluation",
    "analyze",
    "compile_scenario",
    "enumerate_packages",
    "evaluate_phases",
    "evaluate_proposal",
    "honour_probability",
    "package_view",
    "value_phases",
]
