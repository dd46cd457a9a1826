"""Dates: explicit and relative expressions, and the publication date of a text.

Relative expressions ("on Wednesday", "last Friday", "earlier this week") are
resolved against the publication date. The publication date comes from
metadata when given; otherwise from the text: an explicit date consistent with
the weekdays the text mentions, or a public milestone of the negotiation the
text reports with its weekday ("the truce ended Friday", when one milestone of
that kind fits), moved forward by the weekdays reported after it. Officials
named with their title bound the range ("Defense Minister Israel Katz" was in
office from 2024-11-08), and so do dates the text looks back on ("since October
7, 2023"). When nothing pins a day, the date is ``None`` with a range.

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

from accord.evidence.gazetteer import MILESTONES, Gazetteer
from accord.evidence.types import PublicationDate, Span

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
         "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
             r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|"
             r"Dec\.?)")
_WD_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
FULL_DATE = re.compile(rf"\b(?P<m>{_MONTH_RE})\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(19|20)\d\d)\b"
                       rf"|\b(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_RE})\s+(?P<y2>(19|20)\d\d)\b")
EXPRESSION = re.compile(
    rf"\b(?:{_MONTH_RE}\s+\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?(?!\d)"
    rf"|\d{{1,2}}\s+{_MONTH_RE}(?:\s+(?:19|20)\d\d)?"
    rf"|(?:(?:in|since|until|by|early|late|mid-|earlier in|later in)\s+)?"
    rf"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    rf"(?:\s+(?:19|20)\d\d)?"
    rf"|(?:(?:on|last|next|this|earlier on|late on|early on)\s+)?{_WD_RE}(?:’s|'s)?"
    rf"|earlier this (?:week|month)|later this (?:week|month)|this week|last week|next week"
    rf"|last month|this month|next month|today|yesterday|tomorrow|tonight|in recent days"
    rf"|in recent weeks|in recent months|recently)\b",
)
_FUTURE = re.compile(r"\b(will|scheduled|expected|set to|plans? to|planning|due to|ahead of|"
                     r"next|upcoming|to meet|going to)\b", re.I)
# a date named as the start of something or of an attack: the past the text looks back on
_HISTORIC = re.compile(r"\b(began|begun|since|attack|assault|massacre|anniversary|started)\b",
                       re.I)
# how a sentence reports a milestone of each kind (see gazetteer.MILESTONES)
_MILESTONE_CUES = {
    "ceasefire_start": re.compile(r"\b(truce|cease-?fire|pause)\b[^.]{0,120}\b(began|started|"
                                  r"took effect|came into effect)\b", re.I),
    "ceasefire_end": re.compile(r"\b(truce|cease-?fire|pause|first phase)\b[^.]{0,200}\b(ended|"
                                r"collapsed|expired|broke down|lapsed)\b", re.I),
}


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
        mo, d, y = (m.group("m"), m.group("d"), m.group("y")) if m.group("m") else (
            m.group("m2"), m.group("d2"), m.group("y2"))
        try:
            return date(int(y), _month(mo), int(d))
        except ValueError:
            return None
    md = re.search(rf"({_MONTH_RE})\s+(\d{{1,2}})\b|(\d{{1,2}})\s+({_MONTH_RE})", expr)
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
    mon = re.search(r"(january|february|march|april|may|june|july|august|september|october|"
                    r"november|december)(?:\s+((?:19|20)\d\d))?", e)
    if mon:
        month = MONTHS[mon.group(1)]
        year = int(mon.group(2)) if mon.group(2) else (
            pub.year if month <= pub.month or future else pub.year - 1)
        day = 5 if "early" in e else 25 if ("late" in e and "later" not in e) else 15
        return date(year, month, day)
    sunday = pub - timedelta(days=(pub.weekday() + 1) % 7)  # weeks start on Sunday in the region
    table = {
        "today": pub, "tonight": pub, "yesterday": pub - timedelta(days=1),
        "tomorrow": pub + timedelta(days=1), "next week": pub + timedelta(days=7),
        "last week": pub - timedelta(days=pub.weekday() + 7) + timedelta(days=3),
        "earlier this week": sunday + timedelta(days=max(0, (pub - sunday).days - 1) // 2)
        if sunday < pub else pub - timedelta(days=1),
        "this week": sunday + timedelta(days=max(0, (pub - sunday).days - 1) // 2),
        "last month": (pub.replace(day=1) - timedelta(days=1)).replace(day=15),
        "earlier this month": pub.replace(day=max(1, pub.day // 2)),
    }
    return table.get(e)


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    future: bool


def find_date_mentions(text: str) -> list[DateMention]:
    """Date expressions with a flag for future context ("scheduled to meet ... Wednesday")."""
    out = []
    for m in EXPRESSION.finditer(text):
        before = text[max(0, m.start() - 60): m.start()]
        before = re.split(r"[.!?;]”?\s", before)[-1]
        out.append(DateMention(m.start(), m.end(), m.group(0), bool(_FUTURE.search(before))))
    return out


def _sentences(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for piece in re.split(r"(?<=[.!?”])\s+|\n+", text):
        idx = text.find(piece, pos)
        if piece.strip():
            out.append((idx, piece))
        pos = idx + len(piece)
    return out


def _office_range(text: str, gaz: Gazetteer) -> tuple[date | None, date | None, list[str]]:
    """Bounds from officials named with their title (a title holds only during the term)."""
    lo: date | None = None
    hi: date | None = None
    why: list[str] = []
    for off in gaz.officials:
        if not off.title or not (off.start or off.end):
            continue
        surname = off.name.split()[-1]
        if surname not in text:  # cheap pre-check before the regex
            continue
        last = re.escape(surname)
        title = re.escape(off.title.split()[-1])
        if re.search(rf"\b{title}\s+(?:[A-Z][\w.'’-]+\s+){{0,3}}{last}\b", text):
            if off.start and (lo is None or date.fromisoformat(off.start) > lo):
                lo = date.fromisoformat(off.start)
            if off.end and (hi is None or date.fromisoformat(off.end) < hi):
                hi = date.fromisoformat(off.end)
            why.append(f"{off.title} {off.name} ({off.start or '…'} to {off.end or 'now'})")
    return lo, hi, why


def _milestone_anchor(text: str, name: str, lo: date | None, hi: date | None
                      ) -> tuple[date | None, date | None, str, Span | None]:
    """A day from a public milestone the text reports with its weekday, or a lower bound.

    A sentence reporting, say, a truce that "ended Friday" pins the day when exactly one
    milestone of that kind fell on a Friday within the bounds the officials' titles give.
    Without a weekday, a reported milestone only bounds the date from below (the earliest
    one of its kind after ``lo``), and only when ``lo`` places the text in the table's era.
    Returns (day, lower bound, what, evidence).
    """
    best: tuple[date, str, Span] | None = None
    floor: tuple[date, str] | None = None
    for start, sent in _sentences(text):
        for kind, cue in _MILESTONE_CUES.items():
            if not cue.search(sent):
                continue
            fits = [ms for ms in MILESTONES if ms.kind == kind
                    and (lo is None or date.fromisoformat(ms.date) >= lo)
                    and (hi is None or date.fromisoformat(ms.date) <= hi)]
            days = {WEEKDAYS.index(m.text.split()[-1].lower().replace("’s", "").replace("'s", ""))
                    for m in find_date_mentions(sent) if not m.future
                    and re.fullmatch(rf"(on\s+|last\s+)?{_WD_RE}(’s|'s)?", m.text)}
            if days:
                named = {ms.date: ms for ms in fits
                         if date.fromisoformat(ms.date).weekday() in days}
                if len(named) == 1:
                    ms = next(iter(named.values()))
                    d = date.fromisoformat(ms.date)
                    if best is None or d > best[0]:
                        best = (d, ms.what, Span(name, start, start + len(sent), sent))
            elif fits and lo is not None:
                ms = min(fits, key=lambda m: m.date)
                d = date.fromisoformat(ms.date)
                if floor is None or d > floor[0]:
                    floor = (d, ms.what)
    if best is not None:
        return best[0], None, best[1], best[2]
    if floor is not None:
        return None, floor[0], floor[1], None
    return None, None, "", None


def infer_published(text: str, name: str, gaz: Gazetteer,
                    metadata: str | None = None) -> PublicationDate:
    """The publication date of ``text``: from metadata, the text, or a range."""
    if metadata:
        try:
            return PublicationDate(date.fromisoformat(metadata[:10]).isoformat(), None, None,
                                   "given in the document's metadata")
        except ValueError:
            pass
    lo, hi, office = _office_range(text, gaz)
    mentions = find_date_mentions(text)

    def within(d: date) -> bool:
        return (lo is None or d >= lo) and (hi is None or d <= hi)

    weekdays = [(m, WEEKDAYS.index(re.sub(r"(’s|'s)$", "", m.text.split()[-1]).lower()))
                for m in mentions if re.fullmatch(rf"(on\s+)?{_WD_RE}(’s|'s)?", m.text)
                and not m.future]
    explicit = []
    for m in FULL_DATE.finditer(text):
        d = resolve_relative(m.group(0), date(2000, 1, 1))
        if d is None:
            continue
        around = text[max(0, m.start() - 30): m.end() + 30]
        if _HISTORIC.search(around):
            if lo is None or d > lo:  # the text looks back on it: written after it
                lo = d
                office.append(f"after {m.group(0)}, which it looks back on")
            continue
        if within(d):
            explicit.append((d, m))
    basis = []
    if explicit:
        anchor, m = max(explicit, key=lambda t: t[0])
        span: Span | None = Span(name, m.start(), m.end(), m.group(0))
        basis.append(f"the text gives the date {m.group(0)}")
    else:
        day, floor, what, span = _milestone_anchor(text, name, lo, hi)
        if day is None:
            if floor is not None:
                lo = floor
                office.append(f"after {floor.isoformat()} ({what}), which it reports")
            why = "; ".join(office) or "no date, weekday anchor or dated milestone in the text"
            return PublicationDate(None, _iso(lo), _iso(hi), f"no date in the text ({why})")
        anchor = day
        basis.append(f"the text reports {what} ({anchor.isoformat()}) on its weekday")
    later = [anchor + timedelta(days=(wd - anchor.weekday()) % 7) for _m, wd in weekdays]
    later = [d for d in later if d - anchor <= timedelta(days=6)]
    pub = max([anchor, *later])
    if pub > anchor:
        basis.append(f"and reports events up to {WEEKDAYS[pub.weekday()].title()} after it")
    if office:
        basis.append("consistent with " + "; ".join(office))
    return PublicationDate(pub.isoformat(), None, None, ", ".join(basis), span)
