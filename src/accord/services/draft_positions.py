"""The positions of a draft (:mod:`accord.services.draft`): each belligerent's ideal and red
line on each issue from its latest claims, its issue weights from a prior moved by how often and
how firmly it states each issue, and the frame's possible red lines where none is stated. Every
value cites its spans; what the evidence does not settle is an assumption marked "drafted:
review"."""

from __future__ import annotations

import copy
import datetime as dt
import math
import re
from typing import Any

from accord.model import Issue, IssueKind
from accord.model.evidence import Span
from accord.model.extraction import Claim
from accord.services.draft_frame import Frame, IssueWeights

REVIEW = "drafted: review"
MAX_SPANS = 3  # spans cited per drafted value


def span_ref(span: Span) -> dict[str, Any]:
    return {"doc": span.doc, "start": span.start, "end": span.end, "quote": span.text}


def assumed(
    value: float, low: float, high: float, reason: str, spans: list[Span] | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "value": value,
        "assumption": {"low": min(low, value), "high": max(high, value), "reason": reason},
    }
    if spans:
        out["sources"] = [span_ref(s) for s in spans[:MAX_SPANS]]
    return out


def level_of(issue: Issue, value: str | None) -> str | None:
    """A claim's value as a level of an ordinal or boolean issue, or None."""
    if value is None or issue.kind not in (IssueKind.ordinal, IssueKind.boolean):
        return None
    v = value.strip().lower()
    if issue.kind is IssueKind.boolean:
        return {"yes": "yes", "true": "yes", "no": "no", "false": "no"}.get(v)
    return v if v in issue.ordered_levels else None


def _firm(text: str, words: list[str]) -> bool:
    low = text.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", low) for w in words)


def _red_line(issue: Issue, claim: Claim, direction: str | None) -> str | None:
    """The worst level a firm claim leaves acceptable to the party, if it names one."""
    level = level_of(issue, claim.value)
    if level is None or direction is None:
        return None
    if claim.stance in ("demand", "condition"):
        return level
    if claim.stance == "reject":
        levels = issue.ordered_levels
        k = levels.index(level) + (1 if direction == "max" else -1)
        return levels[k] if 0 <= k < len(levels) else None
    return None


def _asks_less(
    issue: Issue, later: list[tuple[dt.date, Claim]], red: str | None, direction: str | None
) -> tuple[dt.date, Claim] | None:
    """The first of the ``later`` claims in which the party asks for, offers or accepts a level
    its red line ``red`` would rule out (a party does not ask for less than its own red line)."""
    if red is None or direction is None:
        return None
    for d, c in later:
        level = level_of(issue, c.value)
        if c.stance in ("demand", "offer", "accept", "condition") and level is not None:
            if _better(issue, red, level, direction):
                return d, c
    return None


def _better(issue: Issue, a: str, b: str, direction: str) -> bool:
    """Is level ``a`` better than ``b`` for a party preferring ``direction``?"""
    ia, ib = issue.ordered_levels.index(a), issue.ordered_levels.index(b)
    return ia > ib if direction == "max" else ia < ib


def position(
    party: str, issue: Issue, claims: list[tuple[dt.date, Claim]], frame: Frame, as_of: dt.date
) -> tuple[dict[str, Any], tuple[int, int]]:
    """A drafted position, and how many claims state it and how many of them are firm."""
    direction = frame.directions.get(issue.id, {}).get(party)
    pos: dict[str, Any] = {"party": party, "issue": issue.id}
    if not claims:
        pos["ideal"] = direction or "max"
        pos["assumption"] = f"{REVIEW}; no claim by {party} on {issue.id} up to {as_of}"
        return pos, (0, 0)
    claims = sorted(claims, key=lambda dc: (dc[0], dc[1].evidence.doc, dc[1].evidence.start))
    latest_date, latest = claims[-1]
    ideal = (
        level_of(issue, latest.value)
        if latest.stance in ("demand", "offer", "accept", "condition")
        else None
    )
    pos["ideal"] = ideal or direction or "max"
    firm = [(d, c) for d, c in claims if _firm(c.evidence.text, frame.firm_words)]
    red, red_at = None, -1
    for d, c in reversed(firm):
        red = _red_line(issue, c, direction)
        if red is not None:
            red_at = claims.index((d, c))
            break
    note = ""
    softer = _asks_less(issue, claims[red_at + 1 :], red, direction)
    if softer is not None:
        # the party's own later word asks for less than the line: the line was given up
        note = (
            f"; the firm claim of {claims[red_at][0]} ({red}) is no red line: on {softer[0]} "
            f"{party} stated {softer[1].stance} {level_of(issue, softer[1].value)}"
        )
        red = None
    if red is not None and direction is not None:
        pos["red_line"] = red
        if (
            isinstance(pos["ideal"], str)
            and pos["ideal"] in issue.ordered_levels
            and _better(issue, red, pos["ideal"], direction)
        ):
            pos["ideal"] = red  # a party does not ask for less than its own red line
    value = f" {latest.value}" if latest.value else ""
    pos["stance"] = (
        f"latest claim ({latest_date}): {latest.stance}{value}"
        + (f"; stated by {latest.speaker}" if latest.speaker else "")
        + note
    )
    pos["evidence"] = [span_ref(c.evidence) for _, c in reversed(claims[-MAX_SPANS:])]
    return pos, (len(claims), len(firm))


def raw_weight(prior: float, claims: int, firm: int, scale: float, firm_extra: float) -> float:
    """A side's unnormalised weight on an issue: its prior, plus ``scale`` per e-fold of the
    statements (a firm claim counting ``1 + firm_extra``). How often an issue is stated is
    salience in the news, not priority, so statements move the weight with diminishing returns
    and an issue nobody mentions keeps its prior."""
    return prior + scale * math.log1p(claims + firm_extra * firm)


def _shares(
    positions: list[tuple[dict[str, Any], tuple[int, int]]],
    party: str,
    iw: IssueWeights,
    scale: float,
    firm_extra: float,
) -> list[float]:
    raws = [
        raw_weight(iw.prior_of(party, pos["issue"]).value, n, f, scale, firm_extra)
        for pos, (n, f) in positions
    ]
    total = sum(raws) or 1.0
    return [r / total for r in raws]


def weights(
    positions: list[tuple[dict[str, Any], tuple[int, int]]],
    party: str,
    claims: dict[str, list[tuple[dt.date, Claim]]],
    as_of: dt.date,
    iw: IssueWeights,
) -> None:
    """Each position's weight at the frame's nominal constants, ranging from the prior alone to
    the evidence at its heaviest (both constants at their highs), so a forecast draws across it."""
    scale, extra = iw.evidence_scale, iw.firm_extra
    nominal = _shares(positions, party, iw, scale.value, extra.value)
    prior_only = _shares(positions, party, iw, 0.0, 0.0)
    heavy = _shares(
        positions,
        party,
        iw,
        scale.assumption.high if scale.assumption else scale.value,
        extra.assumption.high if extra.assumption else extra.value,
    )
    for (pos, (n, f)), w, w0, w1 in zip(positions, nominal, prior_only, heavy, strict=True):
        spans = [c.evidence for _, c in claims.get(pos["issue"], [])][-MAX_SPANS:]
        prior = iw.prior_of(party, pos["issue"])
        reason = (
            f"{REVIEW}; {party}'s weight on {pos['issue']}: prior {prior.value:g} "
            f"({prior.reason}) moved by {n} claim(s), {f} firm, up to {as_of}; from the prior "
            "alone to the evidence at its heaviest"
        )
        pos["weight"] = assumed(
            round(w, 4), round(min(w0, w1), 4), round(max(w0, w1), 4), reason, spans
        )
        # one draw per side: how much statements say is one unknown, not one per issue; the
        # draw runs from the prior alone (0) to the evidence at its heaviest (1)
        pos["weight"]["assumption"]["drawn_with"] = f"{party}.issue_weights"
        if w0 > w1:
            pos["weight"]["assumption"]["drawn_reversed"] = True
    # rounding: make the weights sum to exactly 1 on the largest one
    drift = round(1.0 - sum(p["weight"]["value"] for p, _ in positions), 4)
    if drift:
        top = max(positions, key=lambda pr: pr[0]["weight"]["value"])[0]["weight"]
        top["value"] = round(top["value"] + drift, 4)
        top["assumption"]["low"] = min(top["assumption"]["low"], top["value"])
        top["assumption"]["high"] = max(top["assumption"]["high"], top["value"])


def possible_red_lines(
    positions: list[tuple[dict[str, Any], tuple[int, int]]],
    party: str,
    issues: dict[str, Issue],
    frame: Frame,
) -> None:
    """The frame's possible red lines of ``party``, on the positions with no stated red line
    whose ideal is not short of the line (a side asking for less than a limit does not hold it)."""
    by_issue = {pos["issue"]: pos for pos, _ in positions}
    for line in frame.possible_red_lines:
        pos = by_issue.get(line.issue)
        if line.party != party or pos is None or "red_line" in pos:
            continue
        issue, direction = issues[line.issue], frame.directions.get(line.issue, {}).get(party)
        ideal = pos["ideal"]
        if ideal in ("max", "min"):
            ideal = issue.ordered_levels[-1 if ideal == "max" else 0]
        if (
            direction is not None
            and ideal in issue.ordered_levels
            and _better(issue, line.level, ideal, direction)
        ):
            continue
        pos["possible_red_line"] = {"level": line.level, "chance": copy.deepcopy(line.chance)}
