"""The record of a drafted snapshot: the deals the evidence reports before its date.

A built-in snapshot states its ``record`` (when the observed period starts, the deals signed
in it) by hand; the backtest's constant-hazard baseline and ``--calibrate``'s standstill read
it. A draft takes the start from its frame and the deals from the documents it uses: each
event of a type the frame names (a deal taking effect), reported as having happened, dated
on or after the start and on or before the draft's date. Reports of one deal a few days apart
(the day it was agreed, the day it began, an extension) are one deal: a report within
``same_deal_days`` of the last one joins it. The deal is dated by its first report.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from accord.services.draft import Item

MAX_SOURCES = 3  # spans cited per drafted deal


class RecordRule(BaseModel):
    """How a frame's drafts read their record (the frame's ``record:``)."""

    model_config = ConfigDict(extra="forbid")

    since: dt.date = Field(description="start of the observed period (e.g. the conflict's)")
    deal_events: list[str] = Field(
        min_length=1, description="event types that mark a deal having been made"
    )
    same_deal_days: int = Field(
        default=14,
        ge=0,
        description="reports this many days apart or less are of one deal (agreed, begun, extended)",
    )


def draft_record(items: list[Item], as_of: dt.date, rule: RecordRule) -> dict[str, Any]:
    """The scenario's ``record`` from the items' events (the items are those published by
    ``as_of``).

    >>> from accord.model.extraction import Document, Event, Extraction, PublicationDate
    >>> from accord.model.evidence import Span
    >>> from accord.services.draft import Item
    >>> text = "The accord began on 24 May. It was extended on 2 June."
    >>> def ev(day, s, e):
    ...     return Event("deal_start", day, None, None, [], Span("a.txt", s, e, text[s:e]))
    >>> events = [ev("2024-05-24", 0, 27), ev("2024-06-02", 28, 54)]
    >>> ex = Extraction("a.txt", PublicationDate("2024-06-03", None, None, "test"), events=events)
    >>> item = Item(Document("a.txt", text), ex, dt.date(2024, 6, 3))
    >>> rule = RecordRule(since=dt.date(2024, 1, 1), deal_events=["deal_start"])
    >>> rec = draft_record([item], dt.date(2024, 6, 3), rule)
    >>> [d["date"] for d in rec["deals"]], len(rec["deals"][0]["sources"])
    (['2024-05-24'], 2)
    """
    found: list[tuple[dt.date, str, dict[str, Any]]] = []
    for it in items:
        for e in it.extraction.events:
            if e.type not in rule.deal_events or e.mode != "actual" or not e.date:
                continue
            try:
                day = dt.date.fromisoformat(e.date[:10])
            except ValueError:
                continue
            if rule.since <= day <= as_of:
                span = e.evidence
                ref = {"doc": span.doc, "start": span.start, "end": span.end, "quote": span.text}
                found.append((day, e.type, ref))
    found.sort(key=lambda f: (f[0], f[2]["doc"], f[2]["start"]))
    deals: list[dict[str, Any]] = []
    last: dt.date | None = None
    for day, kind, ref in found:
        if deals and last is not None and (day - last).days <= rule.same_deal_days:
            deal = deals[-1]
            deal["reports"] += 1
            if len(deal["sources"]) < MAX_SOURCES and ref not in deal["sources"]:
                deal["sources"].append(ref)
        else:
            deals.append({"date": day, "kind": kind, "reports": 1, "sources": [ref]})
        last = day
    return {
        "since": rule.since.isoformat(),
        "deals": [
            {
                "date": d["date"].isoformat(),
                "description": (
                    f"drafted: review; a deal the evidence reports as a {d['kind']} on "
                    f"{d['date'].isoformat()} ({d['reports']} report(s))"
                ),
                "sources": d["sources"],
            }
            for d in deals
        ],
    }
