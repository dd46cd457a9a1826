"""Time discipline: a snapshot may only rest on what was known at its date.

Every document a scenario cites (or lists under ``sources:``) needs a
publication date: ``published`` in the scenario's ``sources:`` table, a date
from the evidence store (passed in as ``known_dates``), or, for a document
whose text gives no date, a range ``published_earliest`` … ``published_latest``.
A source is rejected when it was, or may have been, published after the
snapshot's ``date``: a range counts only when it ends on or before that date.
Ledger entries and recorded deals dated after the snapshot are rejected too.

>>> import datetime as dt
>>> from accord.scenarios import load_scenario
>>> source_date_problems(load_scenario("labour-2026-03"))
[]
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from accord.model import Scenario
from accord.scenarios.spans import iter_source_refs

Path_ = tuple[Any, ...]


def publication_windows(
    scenario: Scenario, known_dates: dict[str, dt.date] | None = None
) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    """Earliest and latest publication date of every listed or cited document (``None``: unknown)."""
    known = known_dates or {}
    listed = {s.doc: s for s in scenario.sources}
    docs = list(listed) + [
        ref.doc for _, ref in iter_source_refs(scenario) if ref.doc not in listed
    ]
    out: dict[str, tuple[dt.date | None, dt.date | None]] = {}
    for doc in dict.fromkeys(docs):
        s = listed.get(doc)
        if s is not None and s.published is not None:
            out[doc] = (s.published, s.published)
        elif doc in known:
            out[doc] = (known[doc], known[doc])
        elif s is not None:
            out[doc] = (s.published_earliest, s.published_latest)
        else:
            out[doc] = (None, None)
    return out


def source_date_problems(
    scenario: Scenario, known_dates: dict[str, dt.date] | None = None
) -> list[tuple[Path_, str]]:
    """Sources (and ledger entries) that postdate, or may postdate, the snapshot; as (field path, message)."""
    date = scenario.date
    first_use: dict[
        str, Path_
    ] = {}  # where a reader looks: the first citation, else the sources entry
    for path, ref in iter_source_refs(scenario):
        first_use.setdefault(ref.doc, path)
    for k, s in enumerate(scenario.sources):
        first_use.setdefault(s.doc, ("sources", k))
    out: list[tuple[Path_, str]] = []
    for doc, (earliest, latest) in publication_windows(scenario, known_dates).items():
        where = first_use.get(doc, ("sources",))
        if earliest is None and latest is None:
            out.append(
                (
                    where,
                    f"source '{doc}' has no publication date: give 'published' (or "
                    f"'published_earliest'/'published_latest') under sources:",
                )
            )
        elif earliest is not None and earliest > date:
            when = f"on {earliest}" if earliest == latest else f"no earlier than {earliest}"
            out.append(
                (
                    where,
                    f"source '{doc}' was published {when}, after the snapshot's date {date}: "
                    f"cite evidence dated on or before {date}, or state an assumption",
                )
            )
        elif latest is None or latest > date:
            rng = f"{earliest or 'unknown'} to {latest or 'unknown'}"
            out.append(
                (
                    where,
                    f"source '{doc}' may have been published after the snapshot's date {date} "
                    f"(its publication range is {rng}): cite evidence dated on or before {date}",
                )
            )
    if scenario.record is not None:
        if scenario.record.since > date:
            out.append(
                (
                    ("record", "since"),
                    f"the record starts on {scenario.record.since}, after the snapshot's "
                    f"date {date}",
                )
            )
        for k, deal in enumerate(scenario.record.deals):
            if deal.date > date or deal.date < scenario.record.since:
                out.append(
                    (
                        ("record", "deals", k, "date"),
                        f"recorded deal of {deal.date} lies outside the record {scenario.record.since} to the "
                        f"snapshot's date {date}",
                    )
                )
    for k, entry in enumerate(scenario.ledger):
        if entry.as_of is not None and entry.as_of > date:
            out.append(
                (
                    ("ledger", k, "as_of"),
                    f"ledger entry dated {entry.as_of} is after the snapshot's date {date}",
                )
            )
    return out
