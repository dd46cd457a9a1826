"""The publication date of a text, and the date expressions the pipeline reads.

From metadata when given; otherwise from the text: the date the page states as
its own (a labelled, ISO or dateline date at the top, :func:`header_date` in
:mod:`accord.evidence.date_header`), an explicit date in the text that is
neither ahead nor looked back on (a dated caption yields to the lede's own event
when one follows it), a public milestone the text reports with its weekday ("the
truce ended Friday"), or the milestone its headline or lede reports
(:mod:`accord.evidence.date_milestones`). Officials
named with their title bound the range ("Defense Minister Anna Varga" was in
office from 2024-11-08), and so do dates the text looks back on ("since October
7, 2023"). When nothing pins a day, the date is ``None`` with a range. A relative day written
with its date ("today, October 1,") dates the text. The role of a date in its sentence (ahead,
a bound, looked back on, counted from) is read in :mod:`accord.evidence.date_roles`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from accord.evidence.date_anchors import _milestone_anchor
from accord.evidence.date_expressions import (
    _MONTH_RE,
    _TH,
    _WD_RE,
    EXPRESSION,
    FULL_DATE,
    FULL_DATE_SCAN,
    MONTHS,
    ORDINAL_DAY_RE,
    ORDINAL_DAYS,
    WEEKDAYS,
    DateMention,
    _iso,
    _month,
    find_date_mentions,
    resolve_relative,
    resolve_undated,
    sentences,
    url_date,
    url_month,
    weekday_dates,
)
from accord.evidence.date_header import (
    HEADER_WORDS,
    banner,
    dateline_without_year,
    header_date,
    labelled_without_year,
    year_of,
)
from accord.evidence.date_milestones import (
    EVENT_WINDOW_DAYS,
    KIND_CUES,
    RECENT_DAYS,
    _dated_by_event,
    _main_event,
    _office_range,
    kinds_in,
    names_earlier_milestone,
    reports,
    war_age_range,
)
from accord.evidence.date_roles import (
    DAYS_FROM_OWN,
    ahead_of_text,
    bound,
    days_after,
    looked_back_on,
    own_day_shift,
)
from accord.evidence.gazetteer import Gazetteer
from accord.evidence.numbers import TALLY_LINE
from accord.evidence.prefilter import guarded
from accord.evidence.quote_marks import quote_spans
from accord.evidence.types import PublicationDate, Span

__all__ = [
    "EVENT_WINDOW_DAYS",
    "EXPRESSION",
    "FULL_DATE",
    "KIND_CUES",
    "MONTHS",
    "WEEKDAYS",
    "DateMention",
    "find_date_mentions",
    "header_date",
    "infer_published",
    "kinds_in",
    "reports",
    "resolve_relative",
    "resolve_undated",
    "url_date",
    "weekday_dates",
]

BACKGROUND_DAYS = 14
# a weekday the text reports as past: "on Friday", "Friday's", "late on Saturday", "early Sunday"
_PAST_WEEKDAY = re.compile(rf"(?:(?:early|late)\s+)?(?:on\s+)?{_WD_RE}(?:’s|'s)?", re.I)
# a full date written as the day of a happening ("met on May 8, 2024", "On Tuesday, May 7,"),
# not as the page's own day: the text can report later days of that week
_EVENT_DAY = re.compile(rf"\bon\s+(?:{_WD_RE},?\s*)?(?:the\s+)?$", re.I)


# words for the text's own day ("signed today", "ended last night", "said this evening")
_OWN_DAY = re.compile(r"\b(today|tonight|this (?:morning|afternoon|evening)|last night)\b", re.I)


def _own_day_elsewhere(text: str, span: Span | None) -> bool:
    """Whether the text, outside the sentence of ``span`` and outside quotations (a speaker's
    "today" is the speaker's day), speaks of its own day."""
    start, end = 0, 0
    if span is not None:
        start = max(text.rfind(". ", 0, span.start), text.rfind("\n", 0, span.start))
        end = min(
            i for i in (text.find(". ", span.end), text.find("\n", span.end), len(text)) if i >= 0
        )
    for m in _OWN_DAY.finditer(text):
        if start <= m.start() < end:
            continue
        para = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        quoted = para.count("“") > para.count("”") or para.count('"') % 2 == 1
        if not quoted:
            return True
    return False


# a day named relative to the text's own with its date beside it: "said today, October 1,",
# "ended yesterday (August 27)", "tomorrow, Friday, May 9," — the days from the text's own
_RELATIVE_DAY = re.compile(
    r"\b(?P<rel>(?i:today|tonight|this (?:morning|afternoon|evening)|yesterday|last night"
    r"|tomorrow))\s*[,(]\s*"
    rf"(?:(?P<wd>{_WD_RE}),?\s+)?(?:(?P<m>{_MONTH_RE})\s+(?P<d>\d{{1,2}}){_TH}"
    rf"|(?P<d2>\d{{1,2}}){_TH}\s+(?:of\s+)?(?P<m2>{_MONTH_RE})"
    # in words, as translations write it: "yesterday, Monday the thirteenth of October"
    rf"|(?:the\s+)?(?P<d3>(?i:{ORDINAL_DAY_RE}))\s+of\s+(?P<m3>{_MONTH_RE}))"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?\s*(?=[,).;]|$)"
)
_RELATIVE_DAY = guarded(_RELATIVE_DAY)  # read over whole texts: the same matches, found faster


def _relative_day(text: str, name: str, rng: _Range, url: str | None) -> PublicationDate | None:
    """The text's day from a relative day it dates in its own voice ("the council said today,
    October 1, ..." is October 1; "the talks that ended yesterday (August 27)" August 28): a
    speaker's "today" in a quotation is the speaker's day, not read. A year not written is
    the weekday's, else one the text's other dates give (:func:`year_of`)."""
    quoted = quote_spans(text)
    for m in _RELATIVE_DAY.finditer(text):
        if any(a <= m.start() < b for a, b in quoted):
            continue
        month = _month(m.group("m") or m.group("m2") or m.group("m3"))
        d3 = m.group("d3")
        day = ORDINAL_DAYS[d3.lower()] if d3 else int(m.group("d") or m.group("d2"))
        named: date | None = None
        how = ""
        if m.group("y"):
            try:
                named = date(int(m.group("y")), month, day)
            except ValueError:
                continue
        elif m.group("wd"):
            pinned = weekday_dates(
                f"{m.group('wd')}, {m.group('m') or m.group('m2') or m.group('m3')} {day}",
                rng.lo,
                rng.hi,
            )
            named, how = (pinned[0][0], "the year its weekday gives") if pinned else (None, "")
        else:
            found = year_of(month, day, text, rng.lo, rng.hi, url)
            named, how = found if found is not None else (None, "")
        if named is None:
            continue
        rel = m.group("rel").lower()
        pub = named + timedelta(days=DAYS_FROM_OWN.get(rel, 0))
        if not rng.within(pub):
            continue
        basis = f"the text dates its '{rel}' as {m.group(0).strip(' ,')[len(rel) :].strip(' ,(')}"
        if how:
            basis += f" ({how})"
        span = Span(name, m.start(), m.end(), m.group(0))
        return PublicationDate(pub.isoformat(), None, None, basis + rng.consistent(), span)
    return None


@dataclass
class _Range:
    """The days the text's own day can still be, and why (an official's term, the war's age,
    a date the text looks back on ...); an open end is ``None``."""

    lo: date | None
    hi: date | None
    reasons: list[str]

    def within(self, d: date) -> bool:
        return (self.lo is None or d >= self.lo) and (self.hi is None or d <= self.hi)

    def after(self, d: date, why: str) -> None:
        """The text was written on or after ``d``, if that narrows the range."""
        if self.lo is None or d > self.lo:
            self.lo = d
            self.reasons.append(why)

    def before(self, d: date, why: str) -> None:
        """The text was written on or before ``d``, if that narrows the range."""
        if self.hi is None or d < self.hi:
            self.hi = d
            self.reasons.append(why)

    def consistent(self, lead: str = ", consistent with ") -> str:
        return lead + "; ".join(self.reasons) if self.reasons else ""


def _text_range(text: str, gaz: Gazetteer, url: str | None) -> _Range:
    """The bounds the text sets on its own day before any date in it is read: the terms of
    the officials it names with their title, the war's age it states, the month its address
    files it under."""
    lo, hi, office = _office_range(text, gaz)
    age_lo, age_hi, age = war_age_range(text)
    if age_lo is not None and (lo is None or age_lo > lo):
        lo = age_lo
    if age_hi is not None and (hi is None or age_hi < hi):
        hi = age_hi
    rng = _Range(lo, hi, office + age)
    filed_lo, filed_hi = url_month(url)
    if filed_lo is not None and filed_hi is not None:
        # the page is filed under a month (/2024/08/): it bounds the date, unless the text's
        # other bounds rule that month out
        new_lo, new_hi = max(rng.lo or filed_lo, filed_lo), min(rng.hi or filed_hi, filed_hi)
        if new_lo <= new_hi:
            rng.lo, rng.hi = new_lo, new_hi
            rng.reasons.append(f"filed under {filed_lo.strftime('%Y-%m')} in its address")
    return rng


_Dated = tuple[date, re.Match[str]]


def _full_dates(text: str, rng: _Range) -> tuple[list[_Dated], list[_Dated]]:
    """The full dates (and resolved weekdays) the text names as its present, and those it
    names as still to come; a date it looks back on only raises the range's floor."""
    explicit: list[_Dated] = []
    ahead: list[_Dated] = []  # days the text names as still to come
    for m in FULL_DATE_SCAN.finditer(text):
        d = resolve_relative(m.group(0), date(2000, 1, 1))
        if d is None:
            continue
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        end = text.find("\n", m.end())
        if (
            banner(line)
            and len(text[m.start() : end if end >= 0 else None].split()) + len(line.split())
            <= HEADER_WORDS
        ):
            continue  # a page banner ("today's paper"), a short line; not prose saying "today"
        if TALLY_LINE.match(text[text.rfind("\n", 0, m.start()) + 1 : end if end >= 0 else None]):
            # "Inmates freed on May 3, 2021: 150": a fact box's label of a figure, a day
            # the text looks back on
            rng.after(d, f"after {m.group(0)}, which labels a figure")
            continue
        after = days_after(text, m)
        if after is not None:
            # "two days after talks opened on X": the sentence's happening is X + 2, and X is
            # a day the text looks back on
            rng.after(d, f"after {m.group(0)}, which it counts from")
            if rng.within(d + timedelta(days=after)):
                explicit.append((d + timedelta(days=after), m))
            continue
        if ahead_of_text(text, m):
            if rng.within(d):
                ahead.append((d, m))
            continue  # a date ahead ("talks set for ..."): not the text's own day
        if bound(text, m):
            continue  # "until ...", "by ...": an end or a deadline, not the text's day
        if looked_back_on(text, m):
            # the text looks back on it: written after it
            rng.after(d, f"after {m.group(0)}, which it looks back on")
            continue
        if rng.within(d):
            explicit.append((d, m))
    for d, m in weekday_dates(text, rng.lo, rng.hi):
        if ahead_of_text(text, m):
            ahead.append((d, m))
        elif not bound(text, m):
            explicit.append((d, m))
    return explicit, ahead


def _before_the_daysahead_of_text(
    name: str, ahead: list[_Dated], weekdays: list[tuple[DateMention, int]], rng: _Range
) -> PublicationDate:
    """ "X said on Monday that the release set for Saturday, May 17, ...": the text's day is
    the latest weekday it reports, before the first day it names as ahead."""
    soonest, m = min(ahead, key=lambda t: t[0])
    before = [soonest - timedelta(days=(soonest.weekday() - wd - 1) % 7 + 1) for _w, wd in weekdays]
    pub = max(before)
    why = (
        f"the text reports {WEEKDAYS[pub.weekday()].title()} before the day it names as "
        f"ahead, {m.group(0)}"
    )
    return PublicationDate(
        pub.isoformat(),
        None,
        None,
        why + rng.consistent(),
        Span(name, m.start(), m.end(), m.group(0)),
    )


@dataclass
class _Anchor:
    """The day the text's date is read from, before its later weekdays are counted."""

    day: date
    span: Span | None
    basis: list[str]
    event_day: bool  # the day of a happening the text reports, not its own day as written


def _sentence_at(sents: list[tuple[int, str]], pos: int) -> str:
    """The sentence of ``sents`` (offsets and texts) around ``pos``."""
    return next((s for start, s in sents if start <= pos < start + len(s)), "")


def _later_weekdays(
    text: str,
    anchor: _Anchor,
    weekdays: list[tuple[DateMention, int]],
    rng: _Range,
    gaz: Gazetteer,
) -> PublicationDate:
    """The text's day from its anchor: the anchor, or the latest weekday within the six days
    after it that the text reports (not one that is an earlier milestone's day)."""
    day, span = anchor.day, anchor.span
    sents = sentences(text) if weekdays else []
    later = [
        day + timedelta(days=(wd - day.weekday()) % 7)
        for m, wd in weekdays
        if not names_earlier_milestone(_sentence_at(sents, m.start), wd, day, gaz)
    ]
    later = [d for d in later if d - day <= timedelta(days=6)]
    own = (span.start, span.end) if span is not None else (0, 0)

    def apart(m: DateMention) -> bool:  # not the anchor's own weekday ("on Friday, May 3")
        if own[0] <= m.start < own[1]:
            return False
        return not (m.end <= own[0] and re.fullmatch(r",?\s*(the\s+)?", text[m.end : own[0]]))

    if anchor.event_day and any(wd == day.weekday() and apart(m) for m, wd in weekdays):
        # the text names a date's weekday on its own too ("on May 6 ... on Monday"): that day
        # is its present, and its other weekdays lie before it (a milestone's weekday is the
        # milestone's, not the text's present)
        later = []
    pub = max([day, *later])
    if pub == day and anchor.event_day and _own_day_elsewhere(text, span):
        # "met on May 8 ... signed the text today": the text's day is a later one it does not
        # name; the evidence disagrees, so no guess
        return PublicationDate(
            None,
            day.isoformat(),
            (day + timedelta(days=6)).isoformat(),
            f"no date in the text (after {day.isoformat()}, the day of a happening it reports, "
            "and it speaks of its own day as another)",
        )
    basis = list(anchor.basis)
    if pub > day:
        basis.append(f"and reports events up to {WEEKDAYS[pub.weekday()].title()} after it")
    if rng.reasons:
        basis.append(rng.consistent("consistent with "))
    return PublicationDate(pub.isoformat(), None, None, ", ".join(basis), span)


def _from_explicit(
    text: str, name: str, gaz: Gazetteer, explicit: list[_Dated], rng: _Range
) -> PublicationDate | _Anchor:
    """The latest date the text names as its present dates it, unless the headline's or
    lede's own event follows it; a date written as a happening's day is an anchor."""
    anchor, m = max(explicit, key=lambda t: t[0])
    # a dated caption or aside can be background: the headline's or lede's own event,
    # within two weeks after it, dates the text instead
    main = _main_event(
        text, name, anchor + timedelta(days=1), anchor + timedelta(days=BACKGROUND_DAYS), gaz
    )
    if main is not None:
        return _dated_by_event(*main, [*rng.reasons, f"after {m.group(0)}, which it names"], text)
    span = Span(name, m.start(), m.end(), m.group(0))
    basis = f"the text gives the date {m.group(0)}"
    if not _EVENT_DAY.search(text[max(0, m.start() - 24) : m.start()]):
        # a bare date is the text's own day: its weekdays are resolved backwards from it
        return PublicationDate(anchor.isoformat(), None, None, basis + rng.consistent(), span)
    # an event's day ("on Friday, December 1", "received on May 31, 2024"): the text can
    # report later days of that week
    return _Anchor(anchor, span, [basis], event_day=True)


def _from_milestone(text: str, name: str, gaz: Gazetteer, rng: _Range) -> PublicationDate | _Anchor:
    """No date named as the present: a milestone the text reports with its day, else the
    headline's or lede's event within the range, else the range."""
    day, floor, ceiling, what, span, own_day = _milestone_anchor(text, name, rng.lo, rng.hi, gaz)
    if day is None:
        if floor is not None:
            rng.after(floor, f"after {floor.isoformat()} ({what}), which it reports")
        if ceiling is not None:
            rng.before(ceiling, f"within {RECENT_DAYS} days of the milestone it calls recent")
        main = _main_event(text, name, rng.lo, rng.hi, gaz)
        if main is not None:
            return _dated_by_event(*main, rng.reasons, text)
        why = "; ".join(rng.reasons) or "no date, weekday anchor or dated milestone in the text"
        return PublicationDate(None, _iso(rng.lo), _iso(rng.hi), f"no date in the text ({why})")
    basis = [f"the text reports {what} with its day, which dates it {day.isoformat()}"]
    if own_day:
        # "ended last night": the text's own day; its weekdays lie on or before it
        if rng.reasons:
            basis.append(rng.consistent("consistent with "))
        return PublicationDate(day.isoformat(), None, None, ", ".join(basis), span)
    return _Anchor(day, span, basis, event_day=False)


def infer_published(
    text: str, name: str, gaz: Gazetteer, metadata: str | None = None, url: str | None = None
) -> PublicationDate:
    """The publication date of ``text``: from metadata, the text (then a full date in the
    page's ``url``), or a range."""
    if metadata:
        try:
            return PublicationDate(
                date.fromisoformat(metadata[:10]).isoformat(),
                None,
                None,
                "given in the document's metadata",
            )
        except ValueError:
            pass
    rng = _text_range(text, gaz, url)
    weekdays = [
        (m, (WEEKDAYS.index(re.sub(r"(’s|'s)$", "", m.text.split()[-1]).lower()) + shift) % 7)
        for m in find_date_mentions(text)
        if _PAST_WEEKDAY.fullmatch(m.text)
        and not m.future
        and (shift := own_day_shift(text, m.start)) is not None
    ]
    stated = (
        header_date(text, name)
        or dateline_without_year(text, name, rng.lo, rng.hi, url)
        or labelled_without_year(text, name, rng.lo, rng.hi, url)
    )
    if stated is not None:
        stated_day, stated_span, how = stated
        return PublicationDate(stated_day.isoformat(), None, None, how, stated_span)
    filed = url_date(url)
    if filed is not None:
        return PublicationDate(filed.isoformat(), None, None, f"the page's address gives {filed}")
    relative = _relative_day(text, name, rng, url)
    if relative is not None:
        return relative
    explicit, ahead = _full_dates(text, rng)
    if not explicit and ahead and weekdays:
        return _before_the_daysahead_of_text(name, ahead, weekdays, rng)
    if not explicit and ahead:
        first = min(d for d, _m in ahead)
        # written before the days it names as ahead
        rng.before(first, f"before {first.isoformat()}, which it names as ahead")
    found = (
        _from_explicit(text, name, gaz, explicit, rng)
        if explicit
        else _from_milestone(text, name, gaz, rng)
    )
    if isinstance(found, PublicationDate):
        return found
    return _later_weekdays(text, found, weekdays, rng, gaz)
