"""Utilities, red lines, agreement space, bargaining solutions, deadlock diagnosis.

Entry points: :func:`analyze` (everything, as the CLI shows it),
:func:`compile_scenario` (arrays), :func:`evaluate_proposal` and
:func:`evaluate_phases` (one package), :func:`enumerate_packages` (the grid).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from accord.analysis.analyze import Analysis, analyze, package_view
    from accord.analysis.commitment import PhaseValuation, honour_probability, value_phases
    from accord.analysis.compile import CompiledScenario, compile_scenario
    from accord.analysis.proposals import ProposalEvaluation, evaluate_phases, evaluate_proposal
    from accord.analysis.space import PackageSpace, enumerate_packages

_LAZY = {
    "Analysis": "analyze",
    "analyze": "analyze",
    "package_view": "analyze",
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


def __getattr__(name: str) -> Any:
    """The entry points, imported on first use (PEP 562): importing one module of the
    package (``accord.analysis.budget`` for ``accord validate``) does not load the compiled
    Pareto search and Numba."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    globals()[name] = value
    return value


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
