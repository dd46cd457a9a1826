"""Date expressions in news text: explicit, relative and weekday-dated.

Relative expressions ("on Wednesday", "last Friday", "earlier this week") are
resolved against the publication date, backwards unless said to lie ahead. A day
without a year is the public milestone on that day only as a fallback
(:func:`resolve_undated`), and a day written with its weekday pins its year
(:func:`weekday_dates`). The clock is never read.

>>> from datetime import date
>>> resolve_relative("last Friday", date(2023, 12, 20))
datetime.date(2023, 12, 15)
>>> resolve_relative("on Wednesday", date(2023, 12, 20))
datetime.date(2023, 12, 20)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from accord.evidence import vocab
from accord.evidence.gazetteer import MILESTONES, Milestone
from accord.evidence.numbers import UNITS
from accord.evidence.prefilter import guarded

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
_ABBR = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# the words of the calendar a proper-noun run can consist of ("the July 2 text", "on Sunday"):
# never a place or a person (``names.proper_names``)
CALENDAR_WORDS = frozenset([*MONTHS, *_ABBR, *WEEKDAYS])
_MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|"
    r"Dec\.?)"
)
_WD_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TH = r"(?:st|nd|rd|th)?"  # "Jan 15th, 2024", "14th January 2024"
_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
# the days of a month as ordinal words ("the thirteenth of October"), day by word
ORDINAL_DAYS = {
    w: n
    for n, w in enumerate(
        [*_UNITS, *"tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth".split()]
        + [*"seventeenth eighteenth nineteenth twentieth".split()]
        + [f"twenty-{u}" for u in _UNITS]
        + ["thirtieth", "thirty-first"],
        start=1,
    )
}
ORDINAL_DAY_RE = "|".join(sorted(ORDINAL_DAYS, key=lambda w: (-len(w), w)))
FULL_DATE = re.compile(
    rf"\b(?P<m>{_MONTH_RE})\s+(?P<d>\d{{1,2}}){_TH},?\s+(?P<y>(19|20)\d\d)\b"
    rf"|\b(?P<d2>\d{{1,2}}){_TH}\s+(?:of\s+)?(?P<m2>{_MONTH_RE}),?\s+(?P<y2>(19|20)\d\d)\b"
)
EXPRESSION = re.compile(
    rf"\b(?:{_MONTH_RE}\s+\d{{1,2}}{_TH}(?:,?\s+(?:19|20)\d\d)?(?!\d)"
    rf"|\d{{1,2}}{_TH}\s+{_MONTH_RE}(?:,?\s+(?:19|20)\d\d)?"
    rf"|(?:(?:in|since|until|by|early|late|mid-|earlier in|later in)\s+)?"
    rf"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    rf"(?:\s+(?:19|20)\d\d)?"
    rf"|(?:(?:on|last|next|this|earlier on|late on|early on)\s+)?{_WD_RE}(?:’s|'s)?"
    rf"|earlier this (?:week|month)|later this (?:week|month)|this week|last week|next week"
    rf"|last month|this month|next month|today|yesterday|tomorrow|tonight|in recent days"
    rf"|in recent weeks|in recent months|recently)\b",
)
EXPRESSION = guarded(EXPRESSION)  # a look-ahead for the first character: same matches
# for scans of a whole text: the same matches as FULL_DATE, its two forms in one group so
# that the look-ahead for the first character guards both
FULL_DATE_SCAN = guarded(re.compile(f"(?:{FULL_DATE.pattern})"))
_FUTURE = re.compile(
    r"\b(will|scheduled|expected|set to|plans? to|planning|due to|ahead of|"
    r"next|upcoming|to meet|going to|(?:is|are) to)\b",
    re.I,
)
# a weekday after "would" in its clause is ahead of the text ("said it would free six on
# Saturday"); a full date after it need not be ("would accept the May 2 proposal")
_WOULD = re.compile(r"\bwould\b", re.I)
_BARE_WEEKDAY = re.compile(rf"(?:on\s+)?{_WD_RE}", re.I)
BARE_WEEKDAY = _BARE_WEEKDAY  # (a weekday alone, for the event dates)
# a date named as the start of something or of an attack: the past the text looks back on
# (or the day another text came out: "a report published on ...")
_HISTORIC = re.compile(
    r"\b(began|begun|since|attack\w*|assault\w*|massacre\w*|anniversary|started|erupt\w*|"
    r"broke out|outbreak|published|issued)\b",
    re.I,
)


def _month(token: str) -> int:
    t = token.lower().rstrip(".")
    return MONTHS.get(t) or _ABBR[t[:4] if t.startswith("sept") else t[:3]]


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _weekday_on_or_before(d: date, wd: int) -> date:
    return d - timedelta(days=(d.weekday() - wd) % 7)


def resolve_relative(expr: str, pub: date, future: bool = False) -> date | None:
    """The day an expression refers to, written on ``pub``; None when it names no day."""
    e = expr.lower().replace("’s", "").replace("'s", "").strip()
    m = FULL_DATE.search(expr)
    if m:
        mo, d, y = (
            (m.group("m"), m.group("d"), m.group("y"))
            if m.group("m")
            else (m.group("m2"), m.group("d2"), m.group("y2"))
        )
        try:
            return date(int(y), _month(mo), int(d))
        except ValueError:
            return None
    md = re.search(
        rf"({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b|(\d{{1,2}}){_TH}\s+({_MONTH_RE})", expr
    )
    if md:
        mo = md.group(1) or md.group(4)
        day = int(md.group(2) or md.group(3))
        try:
            cand = date(pub.year, _month(mo), day)
        except ValueError:
            return None
        if cand > pub and not future:
            cand = date(pub.year - 1, cand.month, cand.day)
        return cand
    for i, wd in enumerate(WEEKDAYS):
        if wd in e:
            if e.startswith("last"):
                return _weekday_on_or_before(pub - timedelta(days=1), i)
            if future or e.startswith("next"):
                return pub + timedelta(days=(i - pub.weekday()) % 7 or 7)
            return _weekday_on_or_before(pub, i)
    mon = re.search(
        r"(january|february|march|april|may|june|july|august|september|october|"
        r"november|december)(?:\s+((?:19|20)\d\d))?",
        e,
    )
    if mon:
        month = MONTHS[mon.group(1)]
        year = (
            int(mon.group(2))
            if mon.group(2)
            else (pub.year if month <= pub.month or future else pub.year - 1)
        )
        day = 5 if "early" in e else 25 if ("late" in e and "later" not in e) else 15
        return date(year, month, day)
    sunday = pub - timedelta(days=(pub.weekday() + 1) % 7)  # weeks start on Sunday in the region
    table = {
        "today": pub,
        "tonight": pub,
        "yesterday": pub - timedelta(days=1),
        "tomorrow": pub + timedelta(days=1),
        "next week": pub + timedelta(days=7),
        "last week": pub - timedelta(days=pub.weekday() + 7) + timedelta(days=3),
        "earlier this week": sunday + timedelta(days=max(0, (pub - sunday).days - 1) // 2)
        if sunday < pub
        else pub - timedelta(days=1),
        "this week": sunday + timedelta(days=max(0, (pub - sunday).days - 1) // 2),
        "last month": (pub.replace(day=1) - timedelta(days=1)).replace(day=15),
        "earlier this month": pub.replace(day=max(1, pub.day // 2)),
    }
    return table.get(e)


# "a week", "two days", "several months": the counted units of a stretch of time
_NUMBER_WORDS = {"a": 1, "an": 1, "few": 3, "several": 3} | {
    w: n for w, n in UNITS.items() if n <= 10
}
_UNIT = r"(?:hours?|days?|weeks?|months?)"
_AMOUNT = r"(?:\d{1,3}|" + "|".join(_NUMBER_WORDS) + ")"


@lru_cache(maxsize=1)
def _span_expression() -> re.Pattern[str]:
    """Expressions that date a happening but no figure: a stretch looked back on ("over the past
    two weeks", "10 days ago"), the text's own day ("last night", "this morning"), and the
    start of a span it names ("since the war began", "during the truce": dated at the start)."""
    truce = "|".join(sorted(map(re.escape, vocab.verbs().truce_nouns), key=len, reverse=True))
    return guarded(
        re.compile(
            rf"\b(?:(?:in|over|during|within)\s+the\s+(?:past|last)\s+{_AMOUNT}\s+{_UNIT}"
            rf"|{_AMOUNT}\s+{_UNIT}\s+ago"
            r"|last night|overnight|this (?:morning|afternoon|evening)|earlier today"
            r"|since the (?:war|conflict|fighting) (?:began|started|erupted|broke out)"
            rf"|(?:during|under|throughout) (?:the|a|an) (?:first\s+|current\s+|temporary\s+)?(?:{truce}))\b",
            re.I,
        )
    )


# (in one group, so that the look-ahead for the first character guards every word)
_SPAN_HINT = guarded(
    re.compile(r"(?:ago|past|last|night|this|since|during|under|throughout|today)", re.I)
)


def find_span_mentions(text: str) -> list[DateMention]:
    """The expressions of :func:`_span_expression` in ``text`` (for events, not figures)."""
    if not _SPAN_HINT.search(text):  # a cheap pre-check: most sentences have none
        return []
    return list(_span_mentions(text))


@lru_cache(maxsize=2048)
def _span_mentions(text: str) -> tuple[DateMention, ...]:
    return tuple(
        DateMention(m.start(), m.end(), m.group(0), False)
        for m in _span_expression().finditer(text)
    )


def is_span(expr: str) -> bool:
    """Whether ``expr`` is one of :func:`find_span_mentions`' expressions."""
    return _span_expression().fullmatch(expr) is not None


def resolve_span(expr: str, pub: date | None) -> date | None:
    """The day a :func:`find_span_mentions` expression dates a happening to: a stretch and a
    span at their start (the gold convention), the text's own day, the day before for "last
    night". The start of the war is the earliest public milestone; the truce the text is in
    is the latest truce start (``gazetteer.MILESTONES``) on or before ``pub``."""
    e = expr.lower()
    if e.startswith("since the"):
        return min((milestone_day(ms) for ms in MILESTONES), default=None)
    if pub is None:
        return None
    if e.startswith(("during", "under", "throughout")):
        kinds = {k for k, c in vocab.verbs().events.items() if c.truce == "start"}
        starts = [
            milestone_day(ms) for ms in MILESTONES if ms.kind in kinds and milestone_day(ms) <= pub
        ]
        return max(starts) if starts else None
    if e == "last night":
        return pub - timedelta(days=1)
    m = re.search(rf"({_AMOUNT})\s+({_UNIT})", e)
    if m is None:
        return pub  # the text's own day
    n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1)]
    unit = m.group(2).rstrip("s")
    days = {"hour": n / 24, "day": n, "week": 7 * n, "month": 30 * n}[unit]
    return pub - timedelta(days=int(days))


def resolve_undated(expr: str) -> date | None:
    """The day an expression names when the text's own date is unknown.

    A full date is that date. A day and month without a year ("October 7") is the one public
    milestone on that day and month (``gazetteer.MILESTONES``), when exactly one year has one:
    a fallback for undated texts, never the clock. Anything else is unknown (None).

    >>> resolve_undated("March 3, 2024")
    datetime.date(2024, 3, 3)
    >>> resolve_undated("on Friday") is None
    True
    """
    m = FULL_DATE.search(expr)
    if m:
        return resolve_relative(m.group(0), date(2000, 1, 1))
    md = re.search(
        rf"({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b|(\d{{1,2}}){_TH}\s+({_MONTH_RE})", expr
    )
    if not md:
        return None
    month, day = _month(md.group(1) or md.group(4)), int(md.group(2) or md.group(3))
    years = {
        ms.date[:4]
        for ms in MILESTONES
        if milestone_day(ms).month == month and milestone_day(ms).day == day
    }
    if len(years) != 1:
        return None
    return date(int(years.pop()), month, day)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    future: bool


def find_date_mentions(text: str) -> list[DateMention]:
    """Date expressions with a flag for future context ("scheduled to meet ... Wednesday")."""
    return list(_date_mentions(text))


@lru_cache(maxsize=2048)
def _date_mentions(text: str) -> tuple[DateMention, ...]:
    """:func:`find_date_mentions`, cached: the dating, count and event rules read the same
    texts (the document, its sentences)."""
    out = []
    for m in EXPRESSION.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()]
        before = re.split(r"[.!?;]”?\s", before)[-1]
        future = bool(_FUTURE.search(before)) or bool(
            _WOULD.search(before) and _BARE_WEEKDAY.fullmatch(m.group(0))
        )
        out.append(DateMention(m.start(), m.end(), m.group(0), future))
    return tuple(out)


def sentences(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for piece in re.split(r"(?<=[.!?”])\s+|\n+", text):
        idx = text.find(piece, pos)
        if piece.strip():
            out.append((idx, piece))
        pos = idx + len(piece)
    return out


def milestone_day(ms: Milestone) -> date:
    return date.fromisoformat(ms.date)


_WD_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"  # "Mon 29 Jan" on a page's header
# "Sunday, September 1", "Mon 2 June", "Monday, June 2nd", "on Tuesday (December 3)"
_WEEKDAY_DATE = re.compile(
    rf"\b(?P<wd>{_WD_RE}|{_WD_ABBR}),?\s+\(?(?:(?P<m>{_MONTH_RE})\s+(?P<d>\d{{1,2}}){_TH}"
    rf"|(?P<d2>\d{{1,2}}){_TH}\s+(?:of\s+)?(?P<m2>{_MONTH_RE}))\b(?!,?\s+(?:19|20)\d\d)"
)
_WEEKDAY_DATE = guarded(_WEEKDAY_DATE)  # read over whole texts: the same matches, found faster
WEEKDAY_DATE = _WEEKDAY_DATE  # (a weekday and the day it names, for the event dates)


def weekday_dates(
    text: str, lo: date | None = None, hi: date | None = None
) -> list[tuple[date, re.Match[str]]]:
    """Dates given with their weekday but no year ("Sunday, September 1"): the weekday pins
    the year, when exactly one year in range has that day on that weekday. The range is
    ``lo``..``hi``, else the years of the public milestones (``gazetteer.MILESTONES``).

    >>> [d.isoformat() for d, _m in weekday_dates("It was announced on Sunday, September 1.")]
    ['2024-09-01']
    """
    out = []
    for m in _WEEKDAY_DATE.finditer(text):
        month = _month(m.group("m") or m.group("m2"))
        day = int(m.group("d") or m.group("d2"))
        wd = [w[:3] for w in WEEKDAYS].index(m.group("wd")[:3].lower())
        fits = days_on_weekdays(month, day, {wd}, lo, hi)
        if len(fits) == 1:
            out.append((fits[0], m))
    return out


def days_on_weekdays(
    month: int, day: int, weekdays: set[int], lo: date | None = None, hi: date | None = None
) -> list[date]:
    """The days ``month``/``day`` of the years ``lo``..``hi`` (else of the public milestones'
    years and the one after) that fall on one of ``weekdays`` (Monday 0) within the bounds,
    none before the first milestone (a text of the negotiation is not older than it).

    >>> days_on_weekdays(11, 24, {4})
    [datetime.date(2023, 11, 24)]
    """
    years = sorted({int(ms.date[:4]) for ms in MILESTONES})
    # a text of the negotiation is not older than its first milestone
    start = min((milestone_day(ms) for ms in MILESTONES), default=None)
    lo = max(lo, start) if lo and start else lo or start
    first = lo.year if lo else years[0]
    last = hi.year if hi else years[-1] + 1
    out = []
    for y in range(first, last + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d.weekday() in weekdays and (lo is None or d >= lo) and (hi is None or d <= hi):
            out.append(d)
    return out


# a full date in a page's address: /2024/09/03/, /2024-09-03, /20240903/, "-2024-09-03-"
# in a slug (not /2024/09/)
_URL_DATE = re.compile(
    r"(?<=[/_-])(20\d\d)([/-]?)(\d\d)\2(\d\d)(?=[/._-]|$)|/(20\d\d)/(\d{1,2})/(\d{1,2})(?=/|$)"
)


def url_date(url: str | None) -> date | None:
    """The day a page's address gives (news sites file articles under /YYYY/MM/DD/), or None.

    >>> url_date("https://example.org/world/2024/09/03/talks/")
    datetime.date(2024, 9, 3)
    >>> url_date("https://example.org/2024/09/talks") is None
    True
    """
    if not url:
        return None
    for m in _URL_DATE.finditer(url.split("?")[0]):
        y, mo, d = (m.group(1), m.group(3), m.group(4)) if m.group(1) else m.group(5, 6, 7)
        try:
            return date(int(y), int(mo), int(d))
        except ValueError:
            continue
    return None


_URL_MONTH = re.compile(r"/(20\d\d)/(\d{1,2})(?=/|$)")


def url_month(url: str | None) -> tuple[date | None, date | None]:
    """The first and last day of the month a page's address files it under (/2024/08/), or
    (None, None).

    >>> url_month("https://example.org/2024/02/talks-resume")
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    m = _URL_MONTH.search((url or "").split("?")[0])
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return None, None
    first = date(int(m.group(1)), int(m.group(2)), 1)
    after = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, after - timedelta(days=1)
