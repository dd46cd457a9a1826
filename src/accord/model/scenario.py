"""A scenario: one negotiation at one date, with everything the engines need.

Validation happens in two layers. Each object checks itself (pydantic).
:meth:`Scenario.problems` then checks the whole (:mod:`accord.model.consistency`):
references to unknown parties or issues, red lines outside an issue's range,
weights that do not sum to one, missing fallbacks. Each problem carries the path
of the field at fault so that the YAML loader can name the line.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field, model_validator

from accord.model.agreement import PhasedAgreement, PhaseTemplate, Terms
from accord.model.base import Strict
from accord.model.consistency import Problem, ScenarioInconsistent, scenario_problems
from accord.model.dynamics import Dynamics
from accord.model.evidence import Evidenced, SourceRef
from accord.model.faction import Faction, MediatorStake
from accord.model.issue import Issue
from accord.model.ledger import LedgerEntry
from accord.model.party import Party, Role
from accord.model.position import Fallback, Position
from accord.model.tracked import Tracked


class SourceDocument(Strict):
    """A cited document and when it was published: a date, or a range when the text gives none."""

    doc: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    published_note: str | None = None
    published_earliest: dt.date | None = Field(
        default=None,
        description="for an undated document: the earliest date it can have been published",
    )
    published_latest: dt.date | None = Field(
        default=None,
        description="for an undated document: the latest date it can have been published",
    )

    @model_validator(mode="after")
    def _ordered_range(self) -> SourceDocument:
        lo, hi = self.published_earliest, self.published_latest
        if lo is not None and hi is not None and lo > hi:
            raise ValueError(f"published_earliest ({lo}) is after published_latest ({hi})")
        return self


class RecordedDeal(Strict):
    """A deal signed before the snapshot (for the backtest's constant-hazard baseline)."""

    date: dt.date
    description: str
    sources: list[SourceRef] = Field(default_factory=list)


class Record(Strict):
    """What was seen before the snapshot: the deals signed between ``since`` and the snapshot's date."""

    since: dt.date = Field(
        description="start of the observed record (e.g. the start of the conflict)"
    )
    deals: list[RecordedDeal] = Field(default_factory=list)


class IssueRef(Strict):
    """A count (or level) of one issue, optionally of one category of a count issue."""

    issue: str
    category: str | None = None


class LinkageKind(StrEnum):
    ratio = "ratio"  # numerator >= at_least x denominator (and <= at_most x denominator)
    requires = "requires"  # when one issue reaches a value, another must reach its value
    order = "order"  # one issue is delivered in full before another's delivery starts


class Linkage(Strict):
    """A constraint tying issues together: a package breaking it would not be tabled by anyone."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    kind: LinkageKind
    description: str
    numerator: IssueRef | None = Field(default=None, description="ratio: what is given in exchange")
    denominator: IssueRef | None = Field(default=None, description="ratio: what it is given for")
    at_least: Evidenced | None = Field(
        default=None, description="ratio: at least this many per unit"
    )
    at_most: Evidenced | None = Field(default=None, description="ratio: at most this many per unit")
    when: dict[str, str | float | int] | None = Field(
        default=None, description="requires: issue -> value"
    )
    then: dict[str, str | float | int] | None = Field(
        default=None, description="requires: issue -> value"
    )
    first: IssueRef | None = Field(
        default=None, description="order: what is delivered in full first"
    )
    later: IssueRef | None = Field(
        default=None, description="order: what starts to be delivered only after that"
    )
    same_phase: bool = Field(
        default=False,
        description="order: true when 'later' may start in the phase that completes 'first'",
    )
    sources: list[SourceRef] = Field(default_factory=list)
    assumption: str | None = Field(
        default=None, description="why the linkage is assumed, without sources"
    )

    @model_validator(mode="after")
    def _complete(self) -> Linkage:
        if self.kind is LinkageKind.ratio and (
            self.numerator is None
            or self.denominator is None
            or (self.at_least is None and self.at_most is None)
        ):
            raise ValueError("a ratio linkage needs numerator, denominator and at_least or at_most")
        if self.kind is LinkageKind.requires and (
            not self.when or not self.then or len(self.when) != 1 or len(self.then) != 1
        ):
            raise ValueError("a requires linkage needs one issue under 'when' and one under 'then'")
        if self.kind is LinkageKind.order and (self.first is None or self.later is None):
            raise ValueError("an order linkage needs 'first' and 'later'")
        if not self.sources and not self.assumption and self.kind is not LinkageKind.ratio:
            raise ValueError(
                "a linkage needs 'sources' or an 'assumption' saying why it is assumed"
            )
        return self


class Commitment(Strict):
    """How phase-boundary defection is modelled (see docs/model.md)."""

    temperature: Evidenced = Field(
        description="noise of the honour-or-walk choice, in utility units; 0 = deterministic"
    )
    guarantee_issue: str | None = Field(
        default=None, description="ordinal issue whose level sets the guarantor penalty"
    )
    penalty_by_level: dict[str, Evidenced] = Field(default_factory=dict)


class Disagreement(StrEnum):
    """The point bargaining solutions measure gains from.

    ``fallback``: each party's fallback as stated. ``genius``: the larger of
    the fallback and the party's worst utility over all packages, as GENIUS and
    NegMAS measure it (a fallback below every package changes nothing).
    """

    fallback = "fallback"
    genius = "genius"


class Scenario(Strict):
    """One negotiation at one date."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_\-]*$")
    title: str
    date: dt.date
    description: str = ""
    sources: list[SourceDocument] = Field(default_factory=list)
    parties: list[Party] = Field(min_length=2)
    issues: list[Issue] = Field(min_length=1)
    status_quo: Terms
    positions: list[Position]
    fallbacks: list[Fallback]
    commitment: Commitment
    phase_templates: list[PhaseTemplate] = Field(min_length=1)
    proposals: list[PhasedAgreement] = Field(default_factory=list)
    ledger: list[LedgerEntry] = Field(default_factory=list)
    dynamics: Dynamics = Field(default_factory=Dynamics)
    tracked: Tracked = Field(
        default_factory=Tracked,
        description="what the forecast follows over time: stocks of people or items, and a pause",
    )
    record: Record | None = Field(
        default=None, description="deals signed before the snapshot, for baselines"
    )
    disagreement: Disagreement = Field(
        default=Disagreement.fallback,
        description="disagreement point of the bargaining solutions: 'fallback' (as stated) or "
        "'genius' (max of fallback and worst utility, GENIUS/NegMAS)",
    )
    factions: list[Faction] = Field(
        default_factory=list, description="groups inside a party whose consent or objection matters"
    )
    mediators: list[MediatorStake] = Field(
        default_factory=list, description="mediators' stakes in the outcome and their levers"
    )
    linkages: list[Linkage] = Field(
        default_factory=list, description="constraints every tabled package meets"
    )

    @model_validator(mode="after")
    def _consistent(self) -> Scenario:
        problems = self.problems()
        if problems:
            raise ScenarioInconsistent(problems)
        return self

    # -- look-ups -------------------------------------------------------------
    def party(self, party_id: str) -> Party:
        for p in self.parties:
            if p.id == party_id:
                return p
        raise KeyError(party_id)

    def issue(self, issue_id: str) -> Issue:
        for i in self.issues:
            if i.id == issue_id:
                return i
        raise KeyError(issue_id)

    @property
    def belligerents(self) -> list[Party]:
        return [p for p in self.parties if p.role is Role.belligerent]

    def position(self, party_id: str, issue_id: str) -> Position | None:
        for pos in self.positions:
            if pos.party == party_id and pos.issue == issue_id:
                return pos
        return None

    def fallback(self, party_id: str) -> Fallback:
        for f in self.fallbacks:
            if f.party == party_id:
                return f
        raise KeyError(party_id)

    def proposal(self, proposal_id: str) -> PhasedAgreement:
        for p in self.proposals:
            if p.id == proposal_id:
                return p
        raise KeyError(proposal_id)

    # -- whole-scenario checks ------------------------------------------------
    def problems(self) -> list[Problem]:
        """Every cross-reference and range problem, each with the path of its field
        (:func:`accord.model.consistency.scenario_problems`)."""
        return scenario_problems(self)
