"""The whole-scenario checks behind :meth:`Scenario.problems <accord.model.Scenario.problems>`.

Each object checks itself (pydantic); these checks cross objects: references to unknown
parties or issues, red lines outside an issue's range, weights that do not sum to one,
missing fallbacks, factions, mediator levers and linkages. Each problem carries the path of
the field at fault so that the YAML loader can name the line.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from accord.model.faction import RESERVED_FACTION_IDS, LeverKind, Say
from accord.model.issue import Issue, IssueKind
from accord.model.schedule import schedule_problems
from accord.model.tracked import tracked_problems

if TYPE_CHECKING:
    from accord.model.scenario import Scenario

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


def scenario_problems(s: Scenario) -> list[Problem]:
    """Every cross-reference and range problem of ``s``, each with the path of its field."""
    out: list[Problem] = []
    party_ids = [p.id for p in s.parties]
    issues = {i.id: i for i in s.issues}
    _duplicates(out, "parties", party_ids)
    _duplicates(out, "issues", [i.id for i in s.issues])
    pset = set(party_ids)

    def party_ref(path: tuple[str | int, ...], pid: str | None) -> None:
        if pid is not None and pid not in pset:
            out.append(Problem(path, f"unknown party '{pid}' (parties: {', '.join(party_ids)})"))

    def issue_ref(path: tuple[str | int, ...], iid: str) -> Issue | None:
        if iid not in issues:
            out.append(Problem(path, f"unknown issue '{iid}' (issues: {', '.join(issues)})"))
            return None
        return issues[iid]

    for k, p in enumerate(s.parties):
        party_ref(("parties", k, "represents"), p.represents)
    for k, i in enumerate(s.issues):
        party_ref(("issues", k, "delivered_by"), i.delivered_by)

    # status quo covers every issue with a valid value
    for iid in issues:
        if iid not in s.status_quo:
            out.append(Problem(("status_quo",), f"missing the status quo of issue '{iid}'"))
    for iid, value in s.status_quo.items():
        issue = issue_ref(("status_quo", iid), iid)
        if issue is not None:
            _check_value(out, ("status_quo", iid), issue, value)

    # positions
    seen: set[tuple[str, str]] = set()
    weight_sums: dict[str, float] = {}
    for k, pos in enumerate(s.positions):
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
        if pos.possible_red_line is not None:
            _check_value(
                out,
                ("positions", k, "possible_red_line", "level"),
                issue,
                pos.possible_red_line.level,
            )
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
            idx = next(k for k, p in enumerate(s.positions) if p.party == party_id)
            out.append(
                Problem(
                    ("positions", idx, "weight"),
                    f"the weights of '{party_id}' sum to {total:.4f}; they must sum to 1",
                )
            )

    # every belligerent has positions and a fallback
    fb_parties = [f.party for f in s.fallbacks]
    for k, f in enumerate(s.fallbacks):
        party_ref(("fallbacks", k, "party"), f.party)
        if not 0.0 <= f.utility.value <= 1.0:
            out.append(Problem(("fallbacks", k, "utility"), "a fallback utility lies in [0, 1]"))
    for p in s.belligerents:
        if p.id not in weight_sums:
            out.append(Problem(("positions",), f"belligerent '{p.id}' has no positions"))
        if p.id not in fb_parties:
            out.append(Problem(("fallbacks",), f"belligerent '{p.id}' has no fallback"))
    if len(s.belligerents) < 2:
        out.append(Problem(("parties",), "a negotiation needs at least two belligerents"))

    # commitment
    c = s.commitment
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
    _duplicates(out, "phase_templates", [t.id for t in s.phase_templates])
    for k, t in enumerate(s.phase_templates):
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
                        Problem(path, f"give a level cap: one of {', '.join(issue.ordered_levels)}")
                    )

    # proposals
    _duplicates(out, "proposals", [p.id for p in s.proposals])
    for k, prop in enumerate(s.proposals):
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
    for k, pr in enumerate(s.dynamics.pressures):
        party_ref(("dynamics", "pressures", k, "target_party"), pr.target_party)
        party_ref(("dynamics", "pressures", k, "applied_by"), pr.applied_by)
        if pr.issue is not None:
            issue_ref(("dynamics", "pressures", k, "issue"), pr.issue)
    for k, ev in enumerate(s.dynamics.events):
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
            s.tracked,
            {i.id: (i.kind.value, i.ordered_levels) for i in s.issues},
            {e.quantity for e in s.ledger},
            [ev.kind.value for ev in s.dynamics.events],
        )
    )
    _stakeholder_problems(s, out, party_ref, issue_ref)
    schedule_problems(s, lambda path, msg: out.append(Problem(path, msg)), party_ref)
    # linkages
    _duplicates(out, "linkages", [lk.id for lk in s.linkages])
    for k, lk in enumerate(s.linkages):
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
