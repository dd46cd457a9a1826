"""Scenario data shaped for reading: the positions matrix, the ledger, explorer controls.

These functions turn a :class:`~accord.model.Scenario` into plain JSON-ready
dicts that both the web workbench and the HTML report render, so the two show
the same thing. Every number keeps its provenance: the cited spans (document,
date, quote) or the assumption (range and reason), flagged ``assumed``.

>>> from accord.scenarios import load_scenario
>>> m = positions_matrix(load_scenario("labour-2026-03"))
>>> m["parties"][:2], m["issues"][0]["id"]
(['union', 'employer'], 'wage_rise')
"""

from __future__ import annotations

from typing import Any

from accord.model import Evidenced, Issue, IssueKind, Position, Scenario, SourceRef
from accord.report.fmt import Names, humanize


def source_index(scenario: Scenario) -> dict[str, dict[str, Any]]:
    """Document name -> title, outlet and publication date as the scenario records them."""
    return {
        s.doc: {
            "title": s.title,
            "outlet": s.outlet,
            "published": s.published.isoformat() if s.published else None,
            "published_note": s.published_note,
        }
        for s in scenario.sources
    }


def evidence_list(
    refs: list[SourceRef], sources: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """Cited spans with the document's title and date attached."""
    out = []
    for r in refs:
        meta = sources.get(r.doc, {})
        out.append(
            {
                "doc": r.doc,
                "start": r.start,
                "end": r.end,
                "quote": r.quote,
                "title": meta.get("title"),
                "published": meta.get("published"),
            }
        )
    return out


def evidenced(x: Evidenced, sources: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """An :class:`Evidenced` number as a dict: value, assumption range (if any) and sources."""
    a = x.assumption
    return {
        "value": x.value,
        "assumed": a is not None,
        "low": a.low if a else None,
        "high": a.high if a else None,
        "reason": a.reason if a else None,
        "sources": evidence_list(x.sources, sources),
    }


def describe_term(issue: Issue, term: object) -> str:
    """A term, ideal or red line as a reader would say it ('24 people', 'permanent')."""
    from accord.report.fmt import describe

    if term is None:
        return ""
    if term in ("min", "max"):
        bound = issue.lower if term == "min" else issue.upper
        return f"{'as few as possible' if term == 'min' else 'as many as possible'} ({describe(issue, bound)})"
    if isinstance(term, dict):
        return describe(issue, term)
    return describe(issue, issue.to_number(term) if issue.is_numeric else term)  # type: ignore[arg-type]


def _cell(
    scenario: Scenario, issue: Issue, pos: Position, sources: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    return {
        "party": pos.party,
        "issue": pos.issue,
        "stance": pos.stance,
        "ideal": describe_term(issue, pos.ideal),
        "red_line": (
            describe_term(issue, pos.red_line)
            + (
                ", " + Names(scenario).condition(pos.red_line_applies_if)
                if pos.red_line_applies_if
                else ""
            )
            if pos.red_line is not None
            else None
        ),
        "weight": evidenced(pos.weight, sources),
        "shape": pos.shape.value,
        "evidence": evidence_list(pos.evidence, sources),
        "assumption": pos.assumption,
        # a position is "assumed" when no source states it, only the modeller's note
        "assumed": not pos.evidence,
    }


def issue_summary(issue: Issue) -> dict[str, Any]:
    """Id, name, kind and range of an issue."""
    return {
        "id": issue.id,
        "name": issue.name or humanize(issue.id),
        "kind": issue.kind.value,
        "unit": issue.unit,
        "levels": issue.ordered_levels if not issue.is_numeric else None,
        "lower": issue.lower,
        "upper": issue.upper,
        "reversible": issue.reversible,
        "delivered_by": issue.delivered_by,
    }


def positions_matrix(scenario: Scenario) -> dict[str, Any]:
    """Parties x issues: each cell the stated position, ideal, red line, weight and evidence.

    Rows are the parties that hold positions (belligerents first, scenario order);
    ``cells[party][issue]`` is ``None`` where a party takes no position.
    """
    sources = source_index(scenario)
    holders = [
        p.id for p in scenario.parties if any(pos.party == p.id for pos in scenario.positions)
    ]
    cells: dict[str, dict[str, Any]] = {pid: {} for pid in holders}
    for issue in scenario.issues:
        for pid in holders:
            pos = scenario.position(pid, issue.id)
            cells[pid][issue.id] = _cell(scenario, issue, pos, sources) if pos else None
    fallbacks = {
        f.party: {**evidenced(f.utility, sources), "note": f.note} for f in scenario.fallbacks
    }
    return {
        "parties": holders,
        "party_names": {p.id: p.name for p in scenario.parties},
        "issues": [issue_summary(i) for i in scenario.issues],
        "cells": cells,
        "fallbacks": fallbacks,
        "status_quo": {
            iid: describe_term(scenario.issue(iid), v) for iid, v in scenario.status_quo.items()
        },
    }


def scenario_summary(scenario: Scenario) -> dict[str, Any]:
    """Header facts: id, title, date, description, parties by role, sources, proposals."""
    sources = source_index(scenario)
    return {
        "id": scenario.id,
        "title": scenario.title,
        "date": scenario.date.isoformat(),
        "description": scenario.description,
        "parties": [
            {"id": p.id, "name": p.name, "role": p.role.value, "represents": p.represents}
            for p in scenario.parties
        ],
        "sources": [{"doc": d, **meta} for d, meta in sources.items()],
        "names": Names(scenario).vocabulary(),
        "proposals": [proposal_view(scenario, p.id) for p in scenario.proposals],
    }


def proposal_view(scenario: Scenario, proposal_id: str) -> dict[str, Any]:
    """A tabled proposal in words: phases and their terms, responses, evidence."""
    sources = source_index(scenario)
    prop = scenario.proposal(proposal_id)
    return {
        "id": prop.id,
        "title": prop.title,
        "tabled_by": prop.tabled_by,
        "date": prop.date,
        "responses": prop.responses,
        "phases": [
            {
                "name": ph.name,
                "terms": {
                    iid: describe_term(scenario.issue(iid), t) for iid, t in ph.terms.items()
                },
                "terms_named": [
                    [Names(scenario).issue(iid), describe_term(scenario.issue(iid), t)]
                    for iid, t in ph.terms.items()
                ],
                "condition": ph.condition,
            }
            for ph in prop.phases
        ],
        "guarantors": [g.party for g in prop.guarantors],
        "evidence": evidence_list(prop.evidence, sources),
        "assumption": prop.assumption,
    }


def ledger_view(scenario: Scenario) -> list[dict[str, Any]]:
    """The scenario's counts ledger, one row per entry, with provenance."""
    sources = source_index(scenario)
    return [
        {
            "quantity": e.quantity,
            "label": e.label,
            "as_of": e.as_of.isoformat() if e.as_of else None,
            "qualifier": e.qualifier,
            **evidenced(e.count, sources),
        }
        for e in scenario.ledger
    ]


def explorer_controls(scenario: Scenario) -> list[dict[str, Any]]:
    """One control per issue for the deal explorer: its kind, range and status-quo value.

    Count issues get one slider per category (0 to the number available);
    ordinal and boolean issues a level picker; continuous issues a slider.
    """
    out = []
    for issue in scenario.issues:
        sq = scenario.status_quo[issue.id]
        c: dict[str, Any] = issue_summary(issue)
        if issue.kind is IssueKind.count:
            cats = issue.categories or []
            c["categories"] = [
                {
                    "id": cat.id,
                    "name": cat.name or humanize(cat.id),
                    "max": cat.max.value,
                    "status_quo": float(sq.get(cat.id, 0.0))
                    if isinstance(sq, dict)
                    else float(issue.to_number(sq)) * cat.max.value / max(issue.upper, 1e-9),
                }
                for cat in cats
            ]
        elif issue.kind is IssueKind.continuous:
            c["status_quo"] = issue.to_number(sq)  # type: ignore[arg-type]
        else:
            c["status_quo"] = issue.ordered_levels[int(issue.to_number(sq))]  # type: ignore[arg-type]
        out.append(c)
    return out


def control_term(issue: Issue, term: object) -> object:
    """A term in the explorer's control format: per-category counts, a level name, or a number."""
    from accord.analysis.values import as_raw

    if issue.kind is IssueKind.count:
        raw = as_raw(issue, term)
        return {c.id: round(float(v), 6) for c, v in zip(issue.categories or [], raw, strict=True)}
    if issue.kind is IssueKind.continuous:
        return issue.to_number(term)  # type: ignore[arg-type]
    return issue.ordered_levels[int(issue.to_number(term))]  # type: ignore[arg-type]


def explorer_setup(scenario: Scenario) -> dict[str, Any]:
    """Controls of the deal explorer and the packages it can start from.

    Starting points are the status quo and each tabled proposal, with every
    phase given as the full cumulative state of every issue (an issue a phase
    does not mention keeps the previous phase's value).
    """
    issues = {i.id: i for i in scenario.issues}
    state = {iid: control_term(issues[iid], v) for iid, v in scenario.status_quo.items()}
    starts = [
        {
            "id": "status_quo",
            "title": "status quo (no deal), one phase",
            "phases": [{"name": "phase 1", "terms": dict(state)}],
            "guarantor_penalty": {},
        }
    ]
    for prop in scenario.proposals:
        current = dict(state)
        phases = []
        for ph in prop.phases:
            for iid, t in ph.terms.items():
                current[iid] = control_term(issues[iid], t)
            phases.append({"name": ph.name, "terms": dict(current)})
        penalty: dict[str, float] = {}
        belligerents = [p.id for p in scenario.belligerents]
        for g in prop.guarantors:
            for pid in g.applies_to or belligerents:
                penalty[pid] = penalty.get(pid, 0.0) + g.penalty.value
        starts.append(
            {"id": prop.id, "title": prop.title, "phases": phases, "guarantor_penalty": penalty}
        )
    return {
        "controls": explorer_controls(scenario),
        "parties": [p.id for p in scenario.belligerents],
        "starting_points": starts,
    }


def provenance_counts(scenario: Scenario) -> dict[str, int]:
    """How many numbers of the scenario cite sources only, are assumed only, or both.

    >>> from accord.scenarios import load_scenario
    >>> c = provenance_counts(load_scenario("labour-2026-03"))
    >>> c["sourced"] + c["assumed"] + c["both"] == c["total"]
    True
    """
    from pydantic import BaseModel

    counts = {"sourced": 0, "assumed": 0, "both": 0, "total": 0}

    def walk(obj: object) -> None:
        if isinstance(obj, Evidenced):
            key = (
                "both"
                if obj.sources and obj.assumption
                else "assumed"
                if obj.assumption
                else "sourced"
            )
            counts[key] += 1
            counts["total"] += 1
        elif isinstance(obj, BaseModel):
            for name in type(obj).model_fields:
                walk(getattr(obj, name))
        elif isinstance(obj, list | tuple):
            for v in obj:
                walk(v)
        elif isinstance(obj, dict):
            for v in obj.values():
                walk(v)

    walk(scenario)
    return counts
