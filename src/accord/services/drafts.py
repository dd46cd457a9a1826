"""Drafts from the evidence store, and what moved between two drafts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from accord.model import Issue, Scenario
from accord.services.draft import Draft, Item, draft, publication_date
from accord.services.draft_frame import Frame, load_frame


def items_from_store(store: Any) -> list[Item]:
    """Every stored document with its extraction (extracting those not done yet), its claims,
    counts and events as readers reviewed them (:mod:`accord.services.reviews`,
    :mod:`accord.services.item_reviews`)."""
    from accord.services.ingest import stored_documents

    return [
        Item(doc, ex, publication_date(doc, ex))
        for doc, ex in stored_documents(store, reviewed=True)
    ]


def draft_from_store(store: Any, as_of: dt.date, frame: Frame | None = None) -> Draft:
    """A scenario snapshot at ``as_of`` from the documents in ``store`` published by then."""
    return draft(items_from_store(store), as_of, frame or load_frame())


def _spans(pos: Any) -> set[tuple[str, int, int]]:
    return {(r.doc, r.start, r.end) for r in pos.evidence}


def _same(issue: Issue, a: Any, b: Any) -> bool:
    """Equal values of an issue, 'max' and its top level alike."""
    if a is None or b is None or isinstance(a, dict) or isinstance(b, dict):
        return bool(a == b)
    try:
        return issue.to_number(a) == issue.to_number(b)
    except ValueError:
        return bool(a == b)


def diff_scenarios(old: Scenario, new: Scenario) -> list[dict[str, Any]]:
    """Positions that moved (ideal, red line, weight by 0.05 or more), with the spans that moved them.

    Also new tabled proposals and new ledger figures. Each change is a dict with
    ``what``, ``party``/``issue`` where it applies, ``before``, ``after`` and ``spans``.
    """
    changes: list[dict[str, Any]] = []
    for pos in new.positions:
        before = old.position(pos.party, pos.issue)
        added = [
            r.model_dump()
            for r in pos.evidence
            if before is None or (r.doc, r.start, r.end) not in _spans(before)
        ]
        if before is None:
            changes.append(
                {
                    "what": "new position",
                    "party": pos.party,
                    "issue": pos.issue,
                    "before": None,
                    "after": pos.ideal,
                    "spans": added,
                }
            )
            continue
        issue = new.issue(pos.issue)
        for field, a, b in (
            ("ideal", before.ideal, pos.ideal),
            ("red line", before.red_line, pos.red_line),
        ):
            if not _same(issue, a, b):
                changes.append(
                    {
                        "what": field,
                        "party": pos.party,
                        "issue": pos.issue,
                        "before": a,
                        "after": b,
                        "spans": added,
                    }
                )
        if abs(before.weight.value - pos.weight.value) >= 0.05:
            changes.append(
                {
                    "what": "weight",
                    "party": pos.party,
                    "issue": pos.issue,
                    "before": round(before.weight.value, 3),
                    "after": round(pos.weight.value, 3),
                    "spans": added,
                }
            )
    old_ids = {p.id for p in old.proposals}
    for p in new.proposals:
        if p.id not in old_ids:
            changes.append(
                {
                    "what": "new proposal",
                    "party": ",".join(p.tabled_by),
                    "issue": None,
                    "before": None,
                    "after": p.title,
                    "spans": [r.model_dump() for r in p.evidence],
                }
            )
    old_ledger = {(e.quantity, e.count.value, e.as_of) for e in old.ledger}
    for e in new.ledger:
        if (e.quantity, e.count.value, e.as_of) not in old_ledger:
            changes.append(
                {
                    "what": "new figure",
                    "party": None,
                    "issue": e.quantity,
                    "before": None,
                    "after": e.count.value,
                    "spans": [r.model_dump() for r in e.count.sources],
                }
            )
    return changes


def rolling_drafts(
    items: list[Item],
    start: dt.date,
    end: dt.date,
    every_days: int,
    folder: Any,
    frame: Frame | None = None,
) -> list[Any]:
    """Drafts at ``start``, ``start + every_days``, ... up to ``end``, written to ``folder``.

    ``items`` come from :func:`items_from_store`. Each draft uses only the
    documents published on or before its own date, so
    a backtest over them has one origin per date (rolling origins). Returns the
    files written, oldest first.
    """
    from pathlib import Path

    from accord.errors import InputError
    from accord.services.draft import draft_yaml

    if every_days < 1:
        raise InputError(f"--every must be at least 1 day, not {every_days}")
    if end < start:
        raise InputError(f"--to ({end}) is before --from ({start})")
    if (end - start).days // every_days > 120:
        raise InputError("more than 120 origins: choose a longer --every or a shorter period")
    frame = frame or load_frame()
    out = []
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    day = start
    while day <= end:
        d = draft(items, day, frame)
        path = folder / f"{d.scenario.id}.yaml"
        path.write_text(draft_yaml(d), encoding="utf-8")
        out.append(path)
        day += dt.timedelta(days=every_days)
    return out
