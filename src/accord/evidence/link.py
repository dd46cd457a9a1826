"""Linking extracted claims to a scenario's positions.

A position says which way a party wants an issue to go: towards *more* (an
ideal at the top of the issue's range or levels, ``max``, ``yes``) or *less*
(``min``, ``none``, the bottom level). A claim points the same way when it
demands, conditions or threatens for the issue (more) or rejects it (less).
Offers and accepts are concessions: they support a party that wants more and
cut against a party that wants less. Claims whose (actor, issue) the scenario
has no position for are reported as unmodelled.

The scenario is any object with ``id``, ``parties`` (``.id``, ``.aliases``),
``issues`` (``.id``, ``.levels``, ``.min``, ``.max``), ``positions``
(``.party``, ``.issue``, ``.ideal``) and a ``date``. Only documents published on or before
that date (or ``as_of``) are read: a scenario is a snapshot, and news from after it is
hindsight. A document with no known day counts when the latest day it can be from is on or
before the date; otherwise it is left out and counted as undated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from accord.evidence.tables import Sources, source_fields, unread_by_party
from accord.evidence.types import Claim, Extraction

_MORE = {"demand", "condition", "threat"}
_LESS = {"reject"}
_CONCEDE = {"offer", "accept"}


def direction(ideal: Any, issue: Any) -> str:
    """'more' or 'less': where on the issue the ideal lies.

    >>> class I: levels = ["none", "pause", "permanent"]; min = None; max = None
    >>> direction("permanent", I()), direction("none", I())
    ('more', 'less')
    """
    if isinstance(ideal, str):
        low = ideal.lower()
        if low in ("max", "yes", "true", "all"):
            return "more"
        if low in ("min", "no", "false", "none"):
            return "less"
        levels = list(getattr(issue, "levels", None) or [])
        if low in [str(level).lower() for level in levels]:
            k = [str(level).lower() for level in levels].index(low)
            return "more" if k >= len(levels) / 2 else "less"
        return "more"
    hi = getattr(issue, "max", None)
    hi = getattr(hi, "value", hi)
    lo = getattr(issue, "min", None) or 0.0
    if hi is None:
        return "more" if float(ideal) > 0 else "less"
    return "more" if float(ideal) >= (float(lo) + float(hi)) / 2 else "less"


def _item(c: Claim, published: str | None, sources: Sources | None) -> dict[str, Any]:
    cite = source_fields(c.evidence, sources, "evidence")
    return {
        "actor": c.actor,
        "speaker": c.speaker,
        "stance": c.stance,
        "issue": c.issue,
        "value": c.value,
        "mode": getattr(c, "mode", None),
        **cite,
        "published": cite["published"] or published,
    }


def published_by(
    extractions: Iterable[Extraction], as_of: dt.date
) -> tuple[list[Extraction], dict[str, list[str]]]:
    """The extractions of documents published on or before ``as_of``, and those left out.

    >>> from accord.evidence.types import PublicationDate
    >>> e = lambda n, d, hi=None: Extraction(n, PublicationDate(d, None, hi, ""))
    >>> kept, out = published_by([e("a", "2024-01-01"), e("b", "2024-03-01"),
    ...                           e("c", None, "2024-01-10"), e("d", None)], dt.date(2024, 2, 1))
    >>> [x.doc for x in kept], out
    (['a', 'c'], {'after': ['b'], 'undated': ['d']})
    """
    kept: list[Extraction] = []
    out: dict[str, list[str]] = {"after": [], "undated": []}
    day = as_of.isoformat()
    for e in extractions:
        pub = e.published
        if pub.date is not None:
            (kept.append(e) if pub.date <= day else out["after"].append(e.doc))
        elif pub.latest is not None and pub.latest <= day:
            kept.append(e)
        elif pub.earliest is not None and pub.earliest > day:
            out["after"].append(e.doc)
        else:
            out["undated"].append(e.doc)
    return kept, out


def check_scenario(
    scenario: Any,
    extractions: Iterable[Extraction],
    as_of: dt.date | None = None,
    sources: Sources | None = None,
) -> dict[str, Any]:
    """Per position: supporting and contradicting claims; plus positions the scenario lacks,
    and per party the statements that gave no claim (``unread_statements``).

    Reads only documents published on or before ``as_of`` (default: the scenario's date).
    """
    as_of = as_of or getattr(scenario, "date", None)
    extractions = list(extractions)
    excluded: dict[str, list[str]] = {"after": [], "undated": []}
    if as_of is not None:
        extractions, excluded = published_by(extractions, as_of)
    issues = {i.id: i for i in scenario.issues}
    claims = [(c, e.published.date) for e in extractions for c in e.claims]
    modelled = {(p.party, p.issue) for p in scenario.positions}
    rows = []
    for pos in scenario.positions:
        want = direction(pos.ideal, issues.get(pos.issue))
        sup: list[dict[str, Any]] = []
        con: list[dict[str, Any]] = []
        for c, pub in claims:
            if c.actor != pos.party or c.issue != pos.issue:
                continue
            agrees = (
                (c.stance in _MORE and want == "more")
                or (c.stance in _LESS and want == "less")
                or (c.stance in _CONCEDE and want == "more")
            )
            (sup if agrees else con).append(_item(c, pub, sources))
        rows.append(
            {
                "party": pos.party,
                "issue": pos.issue,
                "ideal": pos.ideal,
                "modelled": f"{want} (ideal {pos.ideal})",
                "supporting": sup,
                "contradicting": con,
            }
        )
    seen: set[tuple[str, str, str]] = set()
    unmodelled = []
    for c, pub in claims:
        key = (c.actor, c.issue, c.stance)
        if (c.actor, c.issue) in modelled or key in seen or c.actor == "unattributed":
            continue
        seen.add(key)
        unmodelled.append(_item(c, pub, sources))
    # statements of the scenario's parties that gave no claim: evidence not weighed above
    unread = unread_by_party(extractions, (p.id for p in scenario.parties))
    return {
        "scenario": scenario.id,
        "as_of": as_of.isoformat() if as_of else None,
        "positions": rows,
        "unmodelled": unmodelled,
        "unread_statements": unread,
        "excluded": excluded,
    }
