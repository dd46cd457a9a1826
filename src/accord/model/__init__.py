"""Pure data: parties, issues, positions, proposals, phased agreements, scenarios.

Nothing here reads or writes files; see :mod:`accord.scenarios` for loading.
"""

from accord.model.agreement import (
    Guarantor,
    Phase,
    PhasedAgreement,
    PhaseTemplate,
    TemplatePhase,
    Terms,
)
from accord.model.dynamics import Dynamics, EventKind, Pressure, PressureTarget, StochasticEvent
from accord.model.evidence import Assumption, Evidenced, SourceRef, assumed
from accord.model.faction import Faction, Lever, LeverKind, MediatorStake, Say
from accord.model.issue import Category, Issue, IssueKind
from accord.model.ledger import LedgerEntry
from accord.model.party import Party, Role
from accord.model.position import Fallback, Position, PossibleRedLine, Shape
from accord.model.scenario import (
    Commitment,
    Disagreement,
    Problem,
    Scenario,
    ScenarioInconsistent,
    SourceDocument,
)
from accord.model.schedule import FactionShift, Interim, InterimChange, ScheduledEvent
from accord.model.tracked import Pause, Stock, StockKind, Tracked

__all__ = [
    "Assumption",
    "Category",
    "Commitment",
    "Disagreement",
    "Dynamics",
    "EventKind",
    "Evidenced",
    "Faction",
    "FactionShift",
    "Fallback",
    "Guarantor",
    "Issue",
    "IssueKind",
    "LedgerEntry",
    "Lever",
    "LeverKind",
    "MediatorStake",
    "Party",
    "Pause",
    "Phase",
    "Say",
    "PhaseTemplate",
    "PhasedAgreement",
    "Position",
    "PossibleRedLine",
    "Pressure",
    "PressureTarget",
    "Problem",
    "Role",
    "Scenario",
    "ScenarioInconsistent",
    "ScheduledEvent",
    "Shape",
    "SourceDocument",
    "SourceRef",
    "StochasticEvent",
    "Stock",
    "StockKind",
    "TemplatePhase",
    "Terms",
    "Interim",
    "InterimChange",
    "Tracked",
    "assumed",
]
