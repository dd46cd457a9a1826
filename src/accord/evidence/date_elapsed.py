"""Days counted from the conflict's start: "freed after 583 days in <a state that began with
it>", "Wednesday marks four months since the <start> attack", "Yesterday marked nine months
since <start>".

The start is the earliest milestone of the vocabulary (``data/milestones.yaml``); the text
names it by its month and day or as the war or the attack; the states that began with it
are the file's ``since_start`` nouns. A count of days in such a state puts the release it reports on one of two days (counts differ on whether the first day is
day one); a day the text names as marking N days, weeks or months is that day exactly.
Used by :func:`accord.evidence.date_anchors._milestone_anchor`: the day the sentence's
weekday or "today"/"yesterday" picks is the text's, or the day of an event it reports.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from accord.evidence import vocab
from accord.evidence.date_expressions import _WD_RE, WEEKDAYS, milestone_day, sentences
from accord.evidence.gazetteer import MILESTONES
from accord.evidence.numbers import words_to_int
from accord.evidence.types import Span

_N = r"(?P<n>\d{1,3}(?:,\d{3})?|[a-z]+(?:[- ][a-z]+)?)"
_WEEKDAY = re.compile(rf"\b{_WD_RE}\b", re.I)
_PLANNED = re.compile(r"\b(will|would|could|should|must|to be)\b", re.I)


@lru_cache(maxsize=1)
def _start() -> date | None:
    return min((milestone_day(ms) for ms in MILESTONES), default=None)


# a quick look for "marks N months since" before the sentences are read
_QUICK = re.compile(
    r"\b(?:marks|marked|is|was)\s+(?:exactly\s+)?\S+\s+(?:days|weeks|months|years)\s+since\b"
)


@lru_cache(maxsize=1)
def _days_in() -> re.Pattern[str] | None:
    """ "N days in <a state that began with the start>"."""
    nouns = vocab.milestones().since_start
    if not nouns:
        return None
    states = "|".join(re.escape(n) for n in nouns)
    return re.compile(rf"\b{_N}\s+days\s+(?:in|of)\s+(?:{states})\b", re.I)


@lru_cache(maxsize=1)
def _marks() -> re.Pattern[str] | None:
    """ "<day> marks N months since <start>": the start by its month and day, or the war."""
    start = _start()
    if start is None:
        return None
    month = start.strftime("%B")
    named = rf"(?:{month}\s+{start.day}|{start.day}\s+{month})(?:,?\s+{start.year})?"
    return re.compile(
        rf"\b(?P<day>today|yesterday|{'|'.join(WEEKDAYS)})"
        rf"\s+(?:marks|marked|is|was)\s+(?:exactly\s+)?{_N}\s+(?P<u>days|weeks|months|years)"
        rf"\s+since\s+(?:the\s+)?(?:{named}|(?:start of the\s+)?(?:war|attack))\b",
        re.I,
    )


def _count(word: str) -> int | None:
    w = word.replace(",", "")
    return int(w) if w.isdigit() else words_to_int(w.replace("-", " "))


def _add(start: date, n: int, unit: str) -> date | None:
    unit = unit.lower()
    if unit == "days":
        return start + timedelta(days=n)
    if unit == "weeks":
        return start + timedelta(weeks=n)
    months = n * (12 if unit == "years" else 1)
    y, m = divmod(start.month - 1 + months, 12)
    try:
        return start.replace(year=start.year + y, month=m + 1)
    except ValueError:
        return None  # (a start on the 31st: no such day that month)


def _weekdays(sent: str) -> set[int]:
    return {WEEKDAYS.index(m.group(0).lower()) for m in _WEEKDAY.finditer(sent)}


def elapsed_day(text: str, name: str) -> tuple[date, str, Span, bool] | None:
    """The latest day a sentence fixes by time counted from the start: (day, what, evidence,
    whether the day is the text's own). A release "after N days in <state>" fixes its day
    only with a weekday in the sentence that picks one of its two days ("today" cannot: both
    counts are written); a planned one ("will have spent") fixes none."""
    start, marks, days_in = _start(), _marks(), _days_in()
    if start is None or marks is None:
        return None
    if not _QUICK.search(text) and not (
        days_in is not None and "days" in text and days_in.search(text)
    ):
        return None  # (most texts count no time from the start)
    best: tuple[date, str, Span, bool] | None = None
    for at, sent in sentences(text):
        span = Span(name, at, at + len(sent), sent)
        found: list[tuple[date, str, bool]] = []
        for m in marks.finditer(sent):
            n = _count(m.group("n"))
            day = _add(start, n, m.group("u")) if n else None
            if day is None:
                continue
            said = m.group("day").lower()
            what = f"{m.group(0)!r}"
            # "Wednesday marks ...": the text's own day; "Sunday marked ...": a day it reports
            present = m.group(0).lower().split()[1] in ("marks", "is")
            if said == "today":
                found.append((day, what, True))
            elif said == "yesterday":
                found.append((day + timedelta(days=1), what, True))
            elif day.weekday() == WEEKDAYS.index(said):
                found.append((day, what, present))
        for m in days_in.finditer(sent) if days_in is not None else ():
            n = _count(m.group("n"))
            if not n or _PLANNED.search(sent[: m.start()]):
                continue
            days = [start + timedelta(days=n - 1), start + timedelta(days=n)]
            what = f"a release after {m.group(0)!r}"
            weekdays = _weekdays(sent)
            fits = [d for d in days if d.weekday() in weekdays]
            if len(fits) == 1:
                found.append((fits[0], what, False))
        for day, what, own in found:
            if best is None or day > best[0]:
                best = (day, what, span, own)
    return best
