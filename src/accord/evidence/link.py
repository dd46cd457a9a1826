"""Linking extracted claims to a scenario's positions.

A position says which way a party wants an issue to go: towards *more* (an
ideal at the top of the issue's range or levels, ``max``, ``yes``) or *less*
(``min``, ``none``, the bottom level). A claim points the same way when it
demands, conditions or threatens for the issue (more) or rejects it (less).
Offers and accepts are concessions: they support a party that wants more and
cut against a party that wants less. Claims whose (actor, issue) the scenario
has no position for are reported as unmodelled.

The scenario is any object with ``id``, ``parties`` (``.id``, ``.aliases``),
``issues`` (``.id``, ``.levels``, ``.min``, ``.max``) and ``positions``
(``.party``, ``.issue``, ``.ideal``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

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


def _item(c: Claim, published: str | None) -> dict[str, Any]:
    return {"actor": c.actor, "speaker": c.speaker, "stance": c.stance, "issue": c.issue,
            "value": c.value, "published": published, "doc": c.evidence.doc,
            "start": c.evidence.start, "end": c.evidence.end, "evidence": c.evidence.text}


def check_scenario(scenario: Any, extractions: Iterable[Extraction]) -> dict[str, Any]:
    """Per position: supporting and contradicting claims; plus positions the scenario lacks."""
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
            agrees = (c.stance in _MORE and want == "more") or (
                c.stance in _LESS and want == "less") or (c.stance in _CONCEDE and want == "more")
            (sup if agrees else con).append(_item(c, pub))
        rows.append({"party": pos.party, "issue": pos.issue, "ideal": pos.ideal,
                     "modelled": f"{want} (ideal {pos.ideal})", "supporting": sup,
                     "contradicting": con})
    seen: set[tuple[str, str, str]] = set()
    unmodelled = []
    for c, pub in claims:
        key = (c.actor, c.issue, c.stance)
        if (c.actor, c.issue) in modelled or key in seen or c.actor == "unattributed":
            continue
        seen.add(key)
        unmodelled.append(_item(c, pub))
    return {"scenario": scenario.id, "positions": rows, "unmodelled": unmodelled}
