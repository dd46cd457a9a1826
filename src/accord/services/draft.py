"""Draft a scenario snapshot from the evidence store, as the news stood on a date.

A *frame* (``accord/scenarios/frames/*.yaml``) holds what the news cannot
settle: the parties, the issues and their options, the status quo, phase
templates and which end of each issue each belligerent prefers. The draft
fills the rest from the documents published on or before the date, and only
from them:

- **positions**: each belligerent's latest claim on each issue gives the ideal
  (its stated value, or the frame's direction); a claim in absolute words (the
  frame's ``firm_words``: "never", "will not", "only", ...) gives a red line —
  the demanded level, or for a rejected level its neighbour on the party's own
  side; the **weight** starts from the frame's prior and grows, with diminishing
  returns, with how often and how firmly the issue is stated (:func:`raw_weight`);
- the **ledger**: every figure with the date it refers to; the latest number
  still held becomes a count issue's maximum (``ledger_maxima``);
- **tabled proposals** from offers, with the **responses** reported after them
  (accept and reject claims on the same issues);
- the **record**: the deals reported before the date (the frame's ``record``; see
  :mod:`accord.services.draft_record`), for the backtest's hazard baseline and ``--calibrate``;
- **sources** with outlet and publication date.

Every value cites its spans; what the evidence does not settle is an
assumption whose reason starts with "drafted: review".
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from accord.errors import ScenarioError
from accord.model import Issue, Scenario
from accord.model.extraction import Claim, Document, Extraction
from accord.services.draft_frame import Frame
from accord.services.draft_positions import (
    MAX_SPANS,
    REVIEW,
    level_of,
    position,
    possible_red_lines,
    span_ref,
    weights,
)
from accord.services.draft_record import draft_record


@dataclass
class Item:
    """A stored document, its extraction and the date it was published (None: unknown)."""

    doc: Document
    extraction: Extraction
    published: dt.date | None


@dataclass
class Draft:
    """A drafted scenario (as YAML-ready data and validated) and what the drafting noticed."""

    data: dict[str, Any]
    scenario: Scenario
    used: list[str]
    excluded: list[str]
    notes: list[str] = field(default_factory=list)
    support: dict[str, dict[str, int]] = field(default_factory=dict)  # party -> issue -> claims


def publication_date(doc: Document, ex: Extraction) -> dt.date | None:
    """The date a document was published: its metadata, else the extracted date.

    An extracted range counts by its latest possible day, so a document is used
    only when it was surely published by the draft's date.
    """
    for text in (doc.published, ex.published.date, ex.published.latest):
        if text:
            try:
                return dt.date.fromisoformat(str(text)[:10])
            except ValueError:
                continue
    return None


def _ledger(
    items: list[Item], as_of: dt.date, quantities: list[str]
) -> list[tuple[dt.date, dict[str, Any], str]]:
    """Ledger entries dated by what they refer to (on or before ``as_of``), with their mode."""
    out = []
    for it in items:
        for c in it.extraction.counts:
            if quantities and c.quantity not in quantities:
                continue
            refers = c.as_of or (it.published.isoformat() if it.published else None)
            try:
                when = dt.date.fromisoformat(refers[:10]) if refers else None
            except ValueError:
                when = None
            if when is None or when > as_of:
                continue
            entry = c.ledger_entry(when).model_dump(mode="json", exclude_none=True)
            mode = c.mode
            out.append((it.published or when, entry, mode))
    out.sort(key=lambda de: (de[1]["as_of"], de[0]))
    return out


def _proposals(
    items: list[Item],
    issues: dict[str, Issue],
    parties: set[str],
    belligerents: list[str],
    as_of: dt.date,
) -> list[dict[str, Any]]:
    """Offers grouped per (document, actor) as one-phase proposals, with later responses."""
    groups: dict[tuple[str, str], list[tuple[dt.date, Claim]]] = defaultdict(list)
    for it in items:
        if it.published is None:
            continue
        for c in it.extraction.claims:
            if c.stance == "offer" and c.actor in parties and c.issue in issues:
                groups[(it.doc.name, c.actor)].append((it.published, c))
    responses: list[tuple[dt.date, Claim]] = [
        (it.published, c)
        for it in items
        if it.published is not None
        for c in it.extraction.claims
        if c.stance in ("accept", "reject") and c.actor in belligerents
    ]
    out: list[dict[str, Any]] = []
    for (doc, actor), offers in sorted(groups.items(), key=lambda kv: (kv[1][0][0], kv[0])):
        when = offers[0][0]
        terms: dict[str, Any] = {}
        for _, c in offers:
            level = level_of(issues[c.issue], c.value)
            if level is not None:
                terms[c.issue] = level
        if not terms:
            continue
        said: dict[str, str] = {}
        for d, c in sorted(responses, key=lambda dc: dc[0]):
            if d >= when and c.actor != actor and c.issue in terms:
                said[c.actor] = c.stance
        out.append(
            {
                "id": re.sub(r"[^a-z0-9_]", "_", f"{actor}_{when:%Y%m%d}_{len(out) + 1}"),
                "title": f"terms {actor} tabled on {when} ({doc})",
                "tabled_by": [actor],
                "date": when.isoformat(),
                "phases": [{"name": "as tabled", "terms": terms}],
                "responses": said,
                "evidence": [span_ref(c.evidence) for _, c in offers[:MAX_SPANS]],
            }
        )
    return out


def _unread_notes(used: list[Item], roles: dict[str, Any]) -> list[str]:
    """Per party, the statements its speakers made that no claim was read from: positions the
    draft may lack, for the author to read (``accord statements --unread``)."""
    from accord.evidence.tables import unread_by_party

    return [
        f"{n} statement(s) for {party} gave no claim: positions this draft may lack "
        f"(accord statements --unread --actor {party})"
        for party, n in unread_by_party([it.extraction for it in used], roles).items()
    ]


def draft(items: list[Item], as_of: dt.date, frame: Frame) -> Draft:
    """A scenario at ``as_of`` from the items published on or before it (others are ignored)."""
    used = [it for it in items if it.published is not None and it.published <= as_of]
    excluded = sorted(it.doc.name for it in items if it not in used)
    notes = []
    undated = [it.doc.name for it in items if it.published is None]
    if undated:
        notes.append(
            f"{len(undated)} document(s) with no known publication date left out: "
            + ", ".join(sorted(undated)[:5])
            + ("..." if len(undated) > 5 else "")
        )
    issues = {i["id"]: Issue.model_validate(i) for i in frame.issues}
    roles = {p["id"]: p.get("role") for p in frame.parties}
    belligerents = [p for p, r in roles.items() if r == "belligerent"]
    claims: dict[str, dict[str, list[tuple[dt.date, Claim]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for it in used:
        for c in it.extraction.claims:
            if c.actor in roles and c.issue in issues:
                claims[c.actor][c.issue].append((it.published, c))  # type: ignore[arg-type]

    ledger = _ledger(used, as_of, frame.ledger_quantities)
    issue_data = [dict(i) for i in frame.issues]
    for key, quantity in frame.ledger_maxima.items():
        issue_id, cat_id = key.split(".", 1)
        latest = [
            e
            for _, e, mode in ledger
            if e["quantity"] == quantity and e["count"]["value"] > 0 and mode == "actual"
        ]
        if not latest:
            continue
        # the latest date's figures; of several that day, the largest (a maximum must cover it)
        entry = max(
            (e for e in latest if e["as_of"] == latest[-1]["as_of"]),
            key=lambda e: e["count"]["value"],
        )
        for i in issue_data:
            if i["id"] == issue_id:
                i["categories"] = [
                    {**c, "max": dict(entry["count"])} if c["id"] == cat_id else c
                    for c in i["categories"]
                ]
        notes.append(
            f"{issue_id} ({cat_id}): at most {entry['count']['value']}, the latest "
            f"{quantity} figure ({entry['as_of']})"
        )
    issues = {i["id"]: Issue.model_validate(i) for i in issue_data}
    notes += _unread_notes(used, roles)

    positions = []
    support: dict[str, dict[str, int]] = {}
    for party in belligerents:
        drafted = [
            position(party, issue, claims[party].get(iid, []), frame, as_of)
            for iid, issue in issues.items()
        ]
        weights(drafted, party, claims[party], as_of, frame.issue_weights)
        possible_red_lines(drafted, party, issues, frame)
        positions += [p for p, _ in drafted]
        support[party] = {iid: len(claims[party].get(iid, [])) for iid in issues}

    proposals = _proposals(used, issues, set(roles), belligerents, as_of)
    data: dict[str, Any] = {
        "id": f"{frame.id}-{as_of.isoformat()}",
        "title": frame.title.format(as_of=as_of.isoformat()),
        "date": as_of.isoformat(),
        "description": frame.description.format(as_of=as_of.isoformat()).strip(),
        "parties": frame.parties,
        "issues": issue_data,
        "status_quo": frame.status_quo,
        "positions": positions,
        "fallbacks": [
            {"party": p, "utility": frame.fallbacks[p]}
            for p in belligerents
            if p in frame.fallbacks
        ],
        "commitment": frame.commitment,
        "phase_templates": frame.phase_templates,
        "proposals": proposals,
        "ledger": [e for _, e, _ in ledger],
    }
    if frame.dynamics:
        data["dynamics"] = frame.dynamics
    if frame.linkages:
        data["linkages"] = frame.linkages
    if frame.record is not None:
        data["record"] = draft_record(used, as_of, frame.record)
        notes.append(
            f"record: {len(data['record']['deals'])} deal(s) reported from "
            f"{frame.record.since} to {as_of} (review: the backtest's hazard baseline and "
            "--calibrate read them)"
        )
    if frame.tracked:
        known = {e["quantity"] for _, e, _ in ledger}
        data["tracked"] = {
            **frame.tracked,
            "stocks": [  # a stock starts from the ledger only when the evidence has that figure
                {k: v for k, v in st.items() if k != "start_from" or v in known}
                for st in frame.tracked.get("stocks", [])
            ],
        }
    cited = sorted({ref["doc"] for ref in _refs(data)})
    by_name = {it.doc.name: it for it in used}
    data["sources"] = [
        {
            k: v
            for k, v in {
                "doc": name,
                "title": by_name[name].doc.title,
                "outlet": by_name[name].doc.outlet,
                "published": by_name[name].published.isoformat(),  # type: ignore[union-attr]
            }.items()
            if v is not None
        }
        for name in cited
        if name in by_name
    ]
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:  # a bug of the drafting, not of the user's input
        raise ScenarioError(f"the draft at {as_of} does not validate: {exc}") from None
    return Draft(data, scenario, sorted(it.doc.name for it in used), excluded, notes, support)


def _refs(obj: Any) -> list[dict[str, Any]]:
    if isinstance(obj, dict):
        if {"doc", "start", "end", "quote"} <= set(obj):
            return [obj]
        return [r for v in obj.values() for r in _refs(v)]
    if isinstance(obj, list):
        return [r for v in obj for r in _refs(v)]
    return []


def draft_yaml(d: Draft) -> str:
    """The draft as a YAML scenario file, with a header saying how it was made."""
    import io

    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[attr-defined,assignment]
    # a value used twice (a figure that is both an issue's maximum and a ledger entry) is
    # written out twice, not as a YAML anchor and alias a reader has to follow
    yaml.representer.ignore_aliases = lambda _data: True  # type: ignore[method-assign]
    buf = io.StringIO()
    yaml.dump(d.data, buf)
    header = (
        f"# Drafted by `accord draft --as-of {d.scenario.date}` from {len(d.used)} document(s)"
        f" published on or before that date.\n# Values whose reason starts with '{REVIEW}'"
        " are assumptions the evidence did not settle.\n"
    )
    return header + buf.getvalue()
