"""Utilities, red lines, agreement space, bargaining solutions, deadlock diagnosis.

Entry points: :func:`analyze` (everything, as the CLI shows it),
:func:`compile_scenario` (arrays), :func:`evaluate_proposal` and
:func:`evaluate_phases` (one package), :func:`enumerate_packages` (the grid).
"""

from accord.analysis.analyze import Analysis, analyze, package_view
from accord.analysis.commitment import PhaseValuation, honour_probability, value_phases
from accord.analysis.compile import CompiledScenario, compile_scenario
from accord.analysis.proposals import ProposalEvaluation, evaluate_phases, evaluate_proposal
from accord.analysis.space import PackageSpace, enumerate_packages

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
