"""Views over extractions: the counts ledger, the timeline of events, claims by actor.

The ledger groups figures by quantity (and label for ``other``) and date, keeps
every source's figure, and flags a disagreement when sources give different
values for the same quantity at the same date — e.g. hostages taken on
7 October reported as 240, 250 and 251.

>>> from accord.evidence.types import Count, Span
>>> c = lambda v, d: Count("hostages_taken", v, False, "2023-10-07", "", Span(d, 0, 1, "x"))
>>> rows = ledger([c(240, "a"), c(251, "b")])
>>> rows[0]["disagreement"]
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from accord.evidence.types import Claim, Count, Event, Extraction


def _counts(extractions: Iterable[Extraction]) -> list[Count]:
    return [c for e in extractions for c in e.counts]


def ledger(counts: Iterable[Count], quantity: str | None = None) -> list[dict[str, Any]]:
    """One row per (quantity, label, as_of) with every source's figure, oldest first."""
    groups: dict[tuple[str, str, str], list[Count]] = {}
    for c in counts:
        if quantity and c.quantity != quantity:
            continue
        label = (c.label or "").lower() if c.quantity == "other" else ""
        groups.setdefault((c.quantity, label, c.as_of or ""), []).append(c)
    rows = []
    for (q, _label, as_of), items in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][2],
                                                                            kv[0][1])):
        values = sorted({c.value for c in items})
        # figures of one document are parts of its account, not a disagreement with itself
        per_doc = {c.evidence.doc: c for c in items}
        exact = {c.value for c in per_doc.values() if not c.approx}
        compared = sorted({c.value for c in per_doc.values()})
        rows.append({
            "quantity": q, "label": items[0].label, "as_of": as_of or None,
            "values": values,
            "disagreement": len(per_doc) > 1 and (len(exact) > 1 or not _within(compared)),
            "sources": [{"doc": c.evidence.doc, "value": c.value, "approx": c.approx,
                         "text": c.evidence.text, "start": c.evidence.start,
                         "end": c.evidence.end} for c in items],
        })
    return rows


def _within(values: list[int], tolerance: float = 0.05) -> bool:
    """Hedged figures ("about 240", "some 250") agree if they lie within 5 % of each other."""
    return max(values) <= min(values) * (1 + tolerance)


def ledger_of(extractions: Iterable[Extraction], quantity: str | None = None
              ) -> list[dict[str, Any]]:
    return ledger(_counts(extractions), quantity)


def timeline(extractions: Iterable[Extraction], undated: bool = False) -> list[Event]:
    """Events in date order (undated ones last when ``undated``, else left out)."""
    events = [ev for e in extractions for ev in e.events]
    dated = sorted((e for e in events if e.date), key=lambda e: (e.date, e.evidence.doc,
                                                                 e.evidence.start))
    return dated + ([e for e in events if not e.date] if undated else [])


def claims(extractions: Iterable[Extraction], actor: str | None = None, issue: str | None = None,
           stance: str | None = None) -> list[tuple[Claim, str | None]]:
    """Claims matching the filters, each with its document's publication date."""
    out = []
    for e in extractions:
        for c in e.claims:
            if (actor and c.actor != actor) or (issue and c.issue != issue) or (
                    stance and c.stance != stance):
                continue
            out.append((c, e.published.date))
    out.sort(key=lambda t: (t[1] or "", t[0].evidence.doc, t[0].evidence.start))
    return out
