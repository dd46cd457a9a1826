"""A scenario: one negotiation at one date, with everything the engines need.

Validation happens in two layers. Each object checks itself (pydantic).
:meth:`Scenario.problems` then checks the whole: references to unknown
parties or issues, red lines outside an issue's range, weights that do not
sum to one, missing fallbacks. Each problem carries the path of the field at
fault so that the YAML loader can name the line.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from pydantic import Field, model_validator

from accord.model.agreement import PhasedAgreement, PhaseTemplate, Terms
from accord.model.base import Strict
from accord.model.dynamics import Dynamics
from accord.model.evidence import Evidenced, SourceRef
from accord.model.faction import RESERVED_FACTION_IDS, Faction, LeverKind, MediatorStake, Say
from accord.model.issue import Issue, IssueKind
from accord.model.ledger import LedgerEntry
from accord.model.party import Party, Role
from accord.model.position import Fallback, Position
from accord.model.schedule import schedule_problems
from accord.model.tracked import Tracked, tracked_problems

WEIGHT_TOLERANCE = 1e-3


@dataclass(frozen=True)
class Problem:
    """One inconsistency: ``path`` locates the field (e.g. ``('positions', 3, 'red_line')``)."""

    path: tuple[str | int, ...]
    message: str

    def __str__(self) -> str:
        return f"{'.'.join(str(p) for p in self.path)}: {self.message}"


class ScenarioInconsistent(ValueError):
    """Raised by validation when :meth:`Scenario.problems` is not empty."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


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
        """Every cross-reference and range problem, each with the path of its field."""
        out: list[Problem] = []
        party_ids = [p.id for p in self.parties]
        issues = {i.id: i for i in self.issues}
        _duplicates(out, "parties", party_ids)
        _duplicates(out, "issues", [i.id for i in self.issues])
        pset = set(party_ids)

        def party_ref(path: tuple[str | int, ...], pid: str | None) -> None:
            if pid is not None and pid not in pset:
                out.append(
                    Problem(path, f"unknown party '{pid}' (parties: {', '.join(party_ids)})")
                )

        def issue_ref(path: tuple[str | int, ...], iid: str) -> Issue | None:
            if iid not in issues:
                out.append(Problem(path, f"unknown issue '{iid}' (issues: {', '.join(issues)})"))
                return None
            return issues[iid]

        for k, p in enumerate(self.parties):
            party_ref(("parties", k, "represents"), p.represents)
        for k, i in enumerate(self.issues):
            party_ref(("issues", k, "delivered_by"), i.delivered_by)

        # status quo covers every issue with a valid value
        for iid in issues:
            if iid not in self.status_quo:
                out.append(Problem(("status_quo",), f"missing the status quo of issue '{iid}'"))
        for iid, value in self.status_quo.items():
            issue = issue_ref(("status_quo", iid), iid)
            if issue is not None:
                _check_value(out, ("status_quo", iid), issue, value)

        # positions
        seen: set[tuple[str, str]] = set()
        weight_sums: dict[str, float] = {}
        for k, pos in enumerate(self.positions):
            party_ref(("positions", k, "party"), pos.party)
            issue = issue_ref(("positions", k, "issue"), pos.issue)
            if (pos.party, pos.issue) in seen:
                out.append(
                    Problem(("positions", k), f"second position of '{pos.party}' on '{pos.issue}'")
                )
            seen.add((pos.party, pos.issue))
            weight_sums[pos.party] = weight_sums.get(pos.party, 0.0) + pos.weight.value
            if pos.weight.value < 0:
                out.append(Problem(("positions", k, "weight"), "a weight cannot be negative"))
            if issue is None:
                continue
            _check_value(out, ("positions", k, "ideal"), issue, pos.ideal)
            if pos.red_line is not None:
                _check_value(out, ("positions", k, "red_line"), issue, pos.red_line)
            for cond_issue, level in (pos.red_line_applies_if or {}).items():
                ci = issue_ref(("positions", k, "red_line_applies_if", cond_issue), cond_issue)
                if ci is not None:
                    if ci.id == issue.id:
                        out.append(
                            Problem(
                                ("positions", k, "red_line_applies_if"),
                                "a red line cannot be conditional on its own issue",
                            )
                        )
                    else:
                        _check_value(
                            out, ("positions", k, "red_line_applies_if", cond_issue), ci, level
                        )
            if pos.values is not None:
                if issue.kind not in (IssueKind.ordinal, IssueKind.boolean):
                    out.append(
                        Problem(
                            ("positions", k, "values"),
                            "'values' tables are for ordinal or boolean issues",
                        )
                    )
                elif set(pos.values) != set(issue.ordered_levels):
                    out.append(
                        Problem(
                            ("positions", k, "values"),
                            f"give a value for each level of '{issue.id}' exactly: {', '.join(issue.ordered_levels)}",
                        )
                    )
            if pos.category_weights is not None:
                cats = {c.id for c in issue.categories or []}
                extra = set(pos.category_weights) - cats
                if issue.kind is not IssueKind.count or extra:
                    out.append(
                        Problem(
                            ("positions", k, "category_weights"),
                            f"unknown categories {sorted(extra)} (categories: {', '.join(sorted(cats))})"
                            if extra
                            else "'category_weights' are for count issues",
                        )
                    )
        for party_id, total in weight_sums.items():
            if party_id in pset and not math.isclose(total, 1.0, abs_tol=WEIGHT_TOLERANCE):
                idx = next(k for k, p in enumerate(self.positions) if p.party == party_id)
                out.append(
                    Problem(
                        ("positions", idx, "weight"),
                        f"the weights of '{party_id}' sum to {total:.4f}; they must sum to 1",
                    )
                )

        # every belligerent has positions and a fallback
        fb_parties = [f.party for f in self.fallbacks]
        for k, f in enumerate(self.fallbacks):
            party_ref(("fallbacks", k, "party"), f.party)
            if not 0.0 <= f.utility.value <= 1.0:
                out.append(
                    Problem(("fallbacks", k, "utility"), "a fallback utility lies in [0, 1]")
                )
        for p in self.belligerents:
            if p.id not in weight_sums:
                out.append(Problem(("positions",), f"belligerent '{p.id}' has no positions"))
            if p.id not in fb_parties:
                out.append(Problem(("fallbacks",), f"belligerent '{p.id}' has no fallback"))
        if len(self.belligerents) < 2:
            out.append(Problem(("parties",), "a negotiation needs at least two belligerents"))

        # commitment
        c = self.commitment
        if c.temperature.value < 0:
            out.append(Problem(("commitment", "temperature"), "the temperature cannot be negative"))
        if c.guarantee_issue is not None:
            gi = issue_ref(("commitment", "guarantee_issue"), c.guarantee_issue)
            if gi is not None:
                if gi.kind not in (IssueKind.ordinal, IssueKind.boolean):
                    out.append(
                        Problem(
                            ("commitment", "guarantee_issue"), "must be an ordinal or boolean issue"
                        )
                    )
                elif set(c.penalty_by_level) != set(gi.ordered_levels):
                    out.append(
                        Problem(
                            ("commitment", "penalty_by_level"),
                            f"give a penalty for each level of '{gi.id}': {', '.join(gi.ordered_levels)}",
                        )
                    )

        # phase templates
        _duplicates(out, "phase_templates", [t.id for t in self.phase_templates])
        for k, t in enumerate(self.phase_templates):
            for m, ph in enumerate(t.phases):
                for iid, d in ph.delivery.items():
                    issue = issue_ref(("phase_templates", k, "phases", m, "delivery", iid), iid)
                    if issue is None:
                        continue
                    path = ("phase_templates", k, "phases", m, "delivery", iid)
                    if issue.is_numeric and not isinstance(d, float | int):
                        out.append(Problem(path, "a numeric issue takes a share in [0, 1]"))
                    if not issue.is_numeric and (
                        not isinstance(d, str) or d not in issue.ordered_levels
                    ):
                        out.append(
                            Problem(
                                path, f"give a level cap: one of {', '.join(issue.ordered_levels)}"
                            )
                        )

        # proposals
        _duplicates(out, "proposals", [p.id for p in self.proposals])
        for k, prop in enumerate(self.proposals):
            for j, pid in enumerate(prop.tabled_by):
                party_ref(("proposals", k, "tabled_by", j), pid)
            for pid in prop.responses:
                party_ref(("proposals", k, "responses", pid), pid)
            for pid in prop.verdicts:
                party_ref(("proposals", k, "verdicts", pid), pid)
            for j, g in enumerate(prop.guarantors):
                party_ref(("proposals", k, "guarantors", j, "party"), g.party)
                for pid in g.applies_to or []:
                    party_ref(("proposals", k, "guarantors", j, "applies_to"), pid)
            for m, phase in enumerate(prop.phases):
                for iid, value in phase.terms.items():
                    issue = issue_ref(("proposals", k, "phases", m, "terms", iid), iid)
                    if issue is not None:
                        _check_value(out, ("proposals", k, "phases", m, "terms", iid), issue, value)
                for pid, items in (phase.obligations or {}).items():
                    party_ref(("proposals", k, "phases", m, "obligations", pid), pid)
                    for iid in items:
                        issue_ref(("proposals", k, "phases", m, "obligations", pid), iid)

        # dynamics
        for k, pr in enumerate(self.dynamics.pressures):
            party_ref(("dynamics", "pressures", k, "target_party"), pr.target_party)
            party_ref(("dynamics", "pressures", k, "applied_by"), pr.applied_by)
            if pr.issue is not None:
                issue_ref(("dynamics", "pressures", k, "issue"), pr.issue)
        for k, ev in enumerate(self.dynamics.events):
            party_ref(("dynamics", "events", k, "affects"), ev.affects)
            for pid in ev.fallback_shift:
                party_ref(("dynamics", "events", k, "fallback_shift", pid), pid)
            if ev.rate_per_day.value < 0 or ev.rate_per_day.low < 0:
                out.append(
                    Problem(("dynamics", "events", k, "rate_per_day"), "a rate cannot be negative")
                )
        out.extend(
            Problem(where, message)
            for where, message in tracked_problems(
                self.tracked,
                {i.id: (i.kind.value, i.ordered_levels) for i in self.issues},
                {e.quantity for e in self.ledger},
                [ev.kind.value for ev in self.dynamics.events],
            )
        )
        _stakeholder_problems(self, out, party_ref, issue_ref)
        schedule_problems(self, lambda path, msg: out.append(Problem(path, msg)), party_ref)
        # linkages
        _duplicates(out, "linkages", [lk.id for lk in self.linkages])
        for k, lk in enumerate(self.linkages):
            for name in ("numerator", "denominator", "first", "later"):
                ref = getattr(lk, name)
                if ref is None:
                    continue
                issue = issue_ref(("linkages", k, name, "issue"), ref.issue)
                if (
                    issue is not None
                    and ref.category is not None
                    and ref.category not in {c.id for c in issue.categories or []}
                ):
                    out.append(
                        Problem(
                            ("linkages", k, name, "category"),
                            f"unknown category '{ref.category}' of '{issue.id}'",
                        )
                    )
            for name in ("when", "then"):
                for iid, value in (getattr(lk, name) or {}).items():
                    issue = issue_ref(("linkages", k, name, iid), iid)
                    if issue is not None:
                        _check_value(out, ("linkages", k, name, iid), issue, value)
        return out


def _stakeholder_problems(
    s: Scenario,
    out: list[Problem],
    party_ref: Callable[[tuple[str | int, ...], str | None], None],
    issue_ref: Callable[[tuple[str | int, ...], str], Issue | None],
) -> None:
    """Factions and mediator stakes: known parties and issues, weights and votes that add up."""
    belligerents = {p.id for p in s.belligerents}
    issue_ids = {i.id for i in s.issues}
    seen: set[tuple[str, str]] = set()
    votes: dict[str, float] = {}
    for k, f in enumerate(s.factions):
        party_ref(("factions", k, "party"), f.party)
        if f.party not in belligerents:
            out.append(
                Problem(
                    ("factions", k, "party"), f"factions belong to a belligerent, not '{f.party}'"
                )
            )
        if (f.party, f.id) in seen:
            out.append(Problem(("factions", k, "id"), f"duplicate faction '{f.id}' of '{f.party}'"))
        seen.add((f.party, f.id))
        if f.id in RESERVED_FACTION_IDS or f.id in issue_ids:
            out.append(
                Problem(
                    ("factions", k, "id"), f"'{f.id}' is taken (an issue id or a reserved word)"
                )
            )
        for iid, w in f.weights.items():
            if (
                issue_ref(("factions", k, "weights", iid), iid) is not None
                and s.position(f.party, iid) is None
            ):
                out.append(
                    Problem(
                        ("factions", k, "weights", iid),
                        f"'{f.party}' has no position on '{iid}': a faction weighs its party's issues",
                    )
                )
            if w.value < 0:
                out.append(Problem(("factions", k, "weights", iid), "a weight cannot be negative"))
        total = sum(w.value for w in f.weights.values())
        if not math.isclose(total, 1.0, abs_tol=WEIGHT_TOLERANCE):
            out.append(
                Problem(
                    ("factions", k, "weights"),
                    f"the weights sum to {total:.4f}; they must sum to 1",
                )
            )
        for iid, level in (f.red_lines or {}).items():
            issue = issue_ref(("factions", k, "red_lines", iid), iid)
            if issue is not None:
                _check_value(out, ("factions", k, "red_lines", iid), issue, level)
        if not 0.0 <= f.fallback.value <= 1.0:
            out.append(Problem(("factions", k, "fallback"), "a fallback utility lies in [0, 1]"))
        if f.say is Say.vote:
            if f.votes is None or not 0.0 < f.votes.value <= 1.0:
                out.append(
                    Problem(
                        ("factions", k, "votes"), "a faction with say: vote needs votes in (0, 1]"
                    )
                )
            else:
                votes[f.party] = votes.get(f.party, 0.0) + f.votes.value
        if f.audience_cost is not None and f.audience_cost.value < 0:
            out.append(
                Problem(("factions", k, "audience_cost"), "an audience cost cannot be negative")
            )
    for party, total in votes.items():
        if total > 1.0 + WEIGHT_TOLERANCE:
            out.append(
                Problem(
                    ("factions",),
                    f"the factions of '{party}' hold {total:.3f} of the votes; at most 1",
                )
            )
    guarantee = s.commitment.guarantee_issue
    for k, m in enumerate(s.mediators):
        party_ref(("mediators", k, "party"), m.party)
        lever_ids: set[str] = set()
        for j, lv in enumerate(m.levers):
            path = ("mediators", k, "levers", j)
            if lv.id in lever_ids:
                out.append(Problem(path + ("id",), f"duplicate lever '{lv.id}'"))
            lever_ids.add(lv.id)
            if lv.kind is LeverKind.guarantee:
                if guarantee is None:
                    out.append(
                        Problem(
                            path + ("kind",), "a guarantee lever needs commitment.guarantee_issue"
                        )
                    )
                elif lv.level is None or lv.level not in s.issue(guarantee).ordered_levels:
                    levels = (
                        ", ".join(s.issue(guarantee).ordered_levels)
                        if guarantee in issue_ids
                        else ""
                    )
                    out.append(
                        Problem(
                            path + ("level",),
                            f"give the guarantee level it provides: one of {levels}",
                        )
                    )
            else:
                if lv.effect is None:
                    out.append(
                        Problem(path + ("effect",), f"a {lv.kind.value} lever needs an effect")
                    )
                if lv.kind in (LeverKind.pressure, LeverKind.aid):
                    if lv.target is None:
                        out.append(
                            Problem(
                                path + ("target",), f"a {lv.kind.value} lever needs a target party"
                            )
                        )
                    else:
                        party_ref(path + ("target",), lv.target)


def _duplicates(out: list[Problem], field: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for k, i in enumerate(ids):
        if i in seen:
            out.append(Problem((field, k, "id"), f"duplicate id '{i}'"))
        seen.add(i)


def _check_value(
    out: list[Problem], path: tuple[str | int, ...], issue: Issue, value: object
) -> None:
    """A term, ideal or red line must be a value of the issue."""
    if isinstance(value, dict):
        if issue.kind is not IssueKind.count:
            out.append(
                Problem(path, f"per-category values are only for count issues, not '{issue.id}'")
            )
            return
        cats = {c.id: c for c in issue.categories or []}
        for cid, n in value.items():
            if cid not in cats:
                out.append(
                    Problem(
                        path,
                        f"unknown category '{cid}' of '{issue.id}' (categories: {', '.join(cats)})",
                    )
                )
            elif not 0 <= float(n) <= cats[cid].max.value:
                out.append(
                    Problem(
                        path, f"{n} is outside [0, {cats[cid].max.value:g}] for category '{cid}'"
                    )
                )
        return
    try:
        issue.to_number(value)  # type: ignore[arg-type]
    except ValueError as exc:
        out.append(Problem(path, str(exc)))
