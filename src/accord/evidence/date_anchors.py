"""The day a text is of, from a public milestone it places on a day.

A truce that "ended Friday", the milestone "Monday's release" of a one-off happening, "the
third day of the truce": each gives a day when exactly one milestone fits the bounds the
text's officials set (``gazetteer.MILESTONES``). See docs/evidence/dates.md, "Publication
dates from public milestones".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from accord.evidence.date_elapsed import elapsed_day
from accord.evidence.date_expressions import (
    _WD_RE,
    WEEKDAYS,
    find_date_mentions,
    milestone_day,
    sentences,
)
from accord.evidence.date_milestones import (
    _ASKED,
    _MILESTONE_CUES,
    _RECENT,
    _RELATIVE_DAY,
    _TRUCE,
    _TRUCE_KINDS,
    KIND_CUES,
    RECENT_DAYS,
    _actors_named,
    _month_days,
    _past,
    _specific,
    kinds_in,
    reports,
)
from accord.evidence.date_roles import _COUNTS, _ORDINALS
from accord.evidence.gazetteer import MILESTONES, Gazetteer, Milestone
from accord.evidence.types import Span

# a day placed on a happening: "freed on Monday", "Monday's release", "killed early yesterday"
NEAR_WORDS = 4
_CLAUSE_BREAK = re.compile(
    r"[,;:()\u2014\u2013\"\u201c\u201d]|\s-\s|\b(and|but|while|as|after|before|since|when)\b", re.I
)


def _close(sent: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two phrases of a sentence are a few words apart within one clause."""
    lo, hi = (a[1], b[0]) if a[0] <= b[0] else (b[1], a[0])
    between = sent[lo:hi] if lo <= hi else ""
    return len(between.split()) <= NEAR_WORDS and not _CLAUSE_BREAK.search(between)


def _placed(
    sent: str, fits: list[Milestone], weekdays: list[tuple[int, int, int]]
) -> dict[str, tuple[Milestone, date, bool]]:
    """Milestones other than a truce's start or end that a sentence places on a day of their
    own: the weekday or relative day ("yesterday") stands next to the happening's cue in the
    same clause. Only one-off milestones: the table cannot list every rescue or round of talks
    (allowing those with a cue of their own put more read-set texts on a wrong day than on the
    right one). Returns the text's day or the milestone's, and whether it is the text's own
    day, by milestone date."""
    out: dict[str, tuple[Milestone, date, bool]] = {}
    for ms in fits:
        if ms.kind in _MILESTONE_CUES or not ms.one_off:
            continue
        cues = [
            m.span()
            for m in KIND_CUES[ms.kind].finditer(sent)
            if not _ASKED.search(sent[max(0, m.start() - 40) : m.start()])
        ]
        if ms.cue:  # or its own words beside its verb: "freed all 20 living sailors on Monday"
            cues += [
                m.span()
                for m in re.finditer(ms.cue, sent, re.I)
                if any(_close(sent, m.span(), at) for at in cues)
            ]
        day = milestone_day(ms)
        if any(
            wd == day.weekday() and _close(sent, at, (s0, e0))
            for s0, e0, wd in weekdays
            for at in cues
        ):
            out[ms.date] = (ms, day, False)
            continue
        for rel in _RELATIVE_DAY.finditer(sent):
            if any(_close(sent, at, rel.span()) for at in cues):
                same = rel.group(0).lower() in ("today", "tonight", "this morning")
                out[ms.date] = (ms, day + timedelta(days=0 if same else 1), True)
                break
    return out


def _milestone_anchor(
    text: str, name: str, lo: date | None, hi: date | None, gaz: Gazetteer
) -> tuple[date | None, date | None, date | None, str, Span | None, bool]:
    """A day from a public milestone the text reports with its weekday, or bounds.

    A sentence reporting, say, a truce that "ended Friday" pins the day when exactly one
    milestone of that kind fell on a Friday within the bounds the officials' titles give.
    Without a weekday, a reported milestone bounds the date from below: the text was written
    after the earliest milestone it can refer to (after ``lo`` minus a month when it calls the
    event recent), and within a month of the latest when it says "recently". A one-off
    milestone placed on a day of its own (:func:`_placed`) or the n-th day of a truce
    (:func:`_truce_day`) gives a day too; the latest day found wins.
    Returns (day, lower bound, upper bound, what, evidence, whether the day is the text's own
    day — "ended last night" — rather than the day of an event it reports).
    """
    best: tuple[date, str, Span, bool] | None = None
    floor: tuple[date, str] | None = None
    ceiling: date | None = None
    for start, sent in sentences(text):
        kinds = kinds_in(sent)
        if not kinds:
            continue
        actors = _actors_named(sent, gaz)
        found = [ms for ms in MILESTONES if reports(sent, ms, actors, kinds)]
        if not found:
            continue
        fits = [
            ms
            for ms in found
            if (lo is None or milestone_day(ms) >= lo) and (hi is None or milestone_day(ms) <= hi)
        ]
        weekdays = [
            (m.start, m.end, WEEKDAYS.index(re.sub(r"(’s|'s)$", "", m.text.split()[-1]).lower()))
            for m in find_date_mentions(sent)
            if not m.future and re.fullmatch(rf"(on\s+|last\s+)?{_WD_RE}(’s|'s)?", m.text)
        ]
        days = {wd for _s, _e, wd in weekdays}
        placed = _placed(sent, fits, weekdays)
        if len(placed) == 1:
            ms, d, own = next(iter(placed.values()))
            if best is None or d > best[0]:
                best = (d, ms.what, Span(name, start, start + len(sent), sent), own)
            continue
        rel = _RELATIVE_DAY.search(sent)
        if rel and not any(
            _close(sent, c.span(), rel.span())
            for k in kinds & _MILESTONE_CUES.keys()
            for c in KIND_CUES[k].finditer(sent)
        ):
            rel = None  # "today" in "Today is the third exchange since the truce began ..."
        if rel and not days:
            # "the truce, which ended last night": the text is of the day after the milestone
            named = _specific({ms.date: ms for ms in fits if ms.kind in _MILESTONE_CUES})
            if len(named) == 1:
                ms = next(iter(named.values()))
                after = 0 if rel.group(0).lower() in ("today", "tonight", "this morning") else 1
                d = milestone_day(ms) + timedelta(days=after)
                if best is None or d > best[0]:
                    best = (d, ms.what, Span(name, start, start + len(sent), sent), True)
                continue
        if days:
            # a weekday pins only a truce starting or ending: other kinds recur too often
            named = _specific(
                {
                    ms.date: ms
                    for ms in fits
                    if milestone_day(ms).weekday() in days and ms.kind in _MILESTONE_CUES
                }
            )
            if len(named) == 1:
                ms = next(iter(named.values()))
                d = milestone_day(ms)
                if best is None or d > best[0]:
                    best = (d, ms.what, Span(name, start, start + len(sent), sent), False)
            continue
        # reported as past, not after the latest day the text can be from
        bounding = [
            ms
            for ms in found
            if (ms.one_off or ms.kind in _MILESTONE_CUES)
            and (hi is None or milestone_day(ms) <= hi)
            and _past(sent, ms)
        ]
        if _RECENT.search(sent):
            if lo is None:
                continue
            recent = [
                ms for ms in bounding if milestone_day(ms) >= lo - timedelta(days=RECENT_DAYS)
            ]
            if not recent:
                continue
            first = min(recent, key=milestone_day)
            top = max(milestone_day(ms) for ms in recent) + timedelta(days=RECENT_DAYS)
            ceiling = top if ceiling is None else min(ceiling, top)
        elif bounding:
            first = min(bounding, key=milestone_day)  # the earliest event the sentence can mean
        else:
            continue
        if floor is None or milestone_day(first) > floor[0]:
            floor = (milestone_day(first), first.what)
    counted = _truce_day(text, name, lo, hi, best)
    if counted is not None and (best is None or counted[0] > best[0]):
        best = counted
    elapsed = elapsed_day(text, name)  # "after 583 days in X", "marks six months since"
    if (
        elapsed is not None
        and (lo is None or elapsed[0] >= lo)
        and (hi is None or elapsed[0] <= hi)
        and (best is None or elapsed[0] > best[0])
    ):
        best = elapsed
    if best is not None:
        return best[0], None, None, best[1], best[2], best[3]
    if floor is not None:
        return None, floor[0], ceiling, floor[1], None, False
    return None, None, ceiling, "", None, False


# "the third day of the truce", "the fourth and last scheduled day of the pause", "the truce
# holds into a seventh day": a day counted from a truce's first day (day one)
_NTH = r"[a-z]+|\d{1,2}(?:st|nd|rd|th)"
_CARDINAL = r"\d{1,2}|" + "|".join(w for w in _COUNTS if len(w) > 2)  # "truce day two"
_TRUCE_DAY = re.compile(
    rf"\b(?P<n>{_NTH})\s+(?:and\s+(?:\w+\s+){{0,2}})?day\s+(?:of|since|in|into)\s+"
    rf"(?:the|a|an|its|this)\s+(?:[\w-]+\s+){{0,3}}?(?:{_TRUCE})\b"
    rf"|\b(?:{_TRUCE})\b[^.;]{{0,40}}?\b(?:into|for|enters|entering|entered)\s+"
    rf"(?:(?:a|an|its|the)\s+)?(?P<n2>{_NTH})\s+day\b"
    rf"|\b(?:{_TRUCE})\s+day\s+(?P<c>{_CARDINAL})\b"
    rf"|\bday\s+(?P<c2>{_CARDINAL})\s+of\s+(?:the|a|an|its|this)\s+(?:[\w-]+\s+){{0,3}}?(?:{_TRUCE})\b",
    re.I,
)
# a day only planned or asked for ("talks were to open on the 16th day of the truce")
_PLANNED_DAY = re.compile(
    r"\b(will|would|must|should|could|supposed|meant|due|scheduled|planned|expected|set to|"
    r"(?:is|are|was|were) to|until|from|before)\b[^.;]*$",
    re.I,
)


def _named(text: str, ms: Milestone) -> bool:
    """Whether a text names a milestone's day by its month and day ("January 19")."""
    return (milestone_day(ms).month, milestone_day(ms).day) in _month_days(text)


def _truce_day(
    text: str,
    name: str,
    lo: date | None,
    hi: date | None,
    best: tuple[date, str, Span, bool] | None,
) -> tuple[date, str, Span, bool] | None:
    """The latest day a text counts as the n-th of a truce, when one truce start fits: the
    one the text places on its weekday (``best``), else the only one within the bounds whose
    own cue the text names (if it has one) and whose first or n-th day falls on a weekday the
    sentence names, if it names one. The first day is left out (it is the start itself, and
    plans speak of it: "half are freed on the first day")."""
    starts = [
        ms
        for ms in MILESTONES
        if ms.kind in _TRUCE_KINDS["start"]
        and (not ms.cue or re.search(ms.cue, text, re.I))
        and (hi is None or milestone_day(ms) <= hi)
    ]
    if best is not None and any(ms.what == best[1] for ms in starts):
        starts = [ms for ms in starts if ms.what == best[1]]
    elif any(_named(text, ms) for ms in starts):
        starts = [ms for ms in starts if _named(text, ms)]  # "since January 19"
    out: tuple[date, str, Span, bool] | None = None
    for start, sent in sentences(text):
        for m in _TRUCE_DAY.finditer(sent):
            word = (m.group("n") or m.group("n2") or m.group("c") or m.group("c2")).lower()
            n = (
                int(word.rstrip("stndrh"))
                if word[:1].isdigit()
                else _ORDINALS.get(word) or _COUNTS.get(word)
            )
            before = re.split(r"[.;]", sent[: m.start()])[-1]
            if not n or n < 2 or _PLANNED_DAY.search(before):
                continue
            days = {
                WEEKDAYS.index(re.sub(r"(’s|'s)$", "", w.text.split()[-1]).lower())
                for w in find_date_mentions(sent)
                if not w.future and re.fullmatch(rf"(on\s+|today,?\s+)?{_WD_RE}", w.text)
            }
            fits = {
                milestone_day(ms) + timedelta(days=n - 1): ms
                for ms in starts
                if (lo is None or milestone_day(ms) + timedelta(days=n - 1) >= lo)
                and (
                    not days
                    or {
                        milestone_day(ms).weekday(),
                        (milestone_day(ms) + timedelta(days=n - 1)).weekday(),
                    }
                    & days
                )
            }
            if len(fits) != 1:
                continue
            d, ms = next(iter(fits.items()))
            if hi is not None and d > hi:
                continue
            if out is None or d > out[0]:
                what = f"day {n} of {ms.what}"
                out = (d, what, Span(name, start, start + len(sent), sent), True)
    return out
