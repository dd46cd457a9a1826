"""The publication date of a text, and the date expressions the pipeline reads.

From metadata when given; otherwise from the text: the date the page states as
its own (a labelled, ISO or dateline date at the top, :func:`header_date`), an
explicit date in the text that is neither ahead nor looked back on (a dated
caption yields to the lede's own event when one follows it), a public milestone
the text reports with its weekday ("the truce ended Friday"), or the milestone
its headline or lede reports (:mod:`accord.evidence.date_milestones`). Officials
named with their title bound the range ("Defense Minister Anna Varga" was in
office from 2024-11-08), and so do dates the text looks back on ("since October
7, 2023"). When nothing pins a day, the date is ``None`` with a range.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from accord.evidence.date_expressions import (
    _FUTURE,
    _HISTORIC,
    _MONTH_RE,
    _WD_RE,
    EXPRESSION,
    FULL_DATE,
    MONTHS,
    WEEKDAYS,
    DateMention,
    _iso,
    _month,
    find_date_mentions,
    resolve_relative,
    resolve_undated,
    url_date,
    url_month,
    weekday_dates,
)
from accord.evidence.date_milestones import (
    EVENT_WINDOW_DAYS,
    KIND_CUES,
    RECENT_DAYS,
    _dated_by_event,
    _main_event,
    _milestone_anchor,
    _office_range,
    kinds_in,
    reports,
    war_age_range,
)
from accord.evidence.gazetteer import MILESTONES, Gazetteer
from accord.evidence.prefilter import guarded
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

_ISO_DATE = re.compile(r"\b(20\d\d)([-/.])(\d\d)\2(\d\d)(?=T\d|\b)")  # also 2024-01-15T10:00Z
_FULL_DATE_ANY_CASE = re.compile(FULL_DATE.pattern, re.I)  # "15 JAN 2024"
# lines of page furniture whose date is not the article's ("today's paper", "© 2025")
_BANNER = re.compile(r"(paper|e-?paper|edition|subscribe|copyright|©|all rights|\btoday\b)", re.I)
# a byline or agency before a date on its line: "By A. Writer", "A. Writer | ", "WIRE"
_BYLINE = re.compile(r"\b[Bb]y\s|[|•·]|\b[A-Z]{3,}\b")
# the labels a page prints before its own date; "updated" dates yield to a published one
_PUBLISHED_LABEL = r"(?:date|dateline|published|posted|first published|publication date)"
_UPDATED_LABEL = r"(?:updated|last updated|last modified|modified)"
_LABEL_TAIL = (
    rf"\b\W{{0,4}}(?:on\s+|at\s+)?(?:{_WD_RE[3:-1]}|Mon|Tue|Wed|Thu|Fri|Sat|Sun)?\.?,?\s*"
    r"(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?,?\s*)?$"
)
HEADER_CHARS = 600  # how far the page's header (dateline, byline) reaches
HEADER_WORDS = 12  # a dateline or byline is a short line
BACKGROUND_DAYS = 14
# a weekday the text reports as past: "on Friday", "Friday's", "late on Saturday", "early Sunday"
_PAST_WEEKDAY = re.compile(rf"(?:(?:early|late)\s+)?(?:on\s+)?{_WD_RE}(?:’s|'s)?", re.I)
# a full date written as the day of a happening ("met on May 8, 2024", "On Tuesday, May 7,"),
# not as the page's own day: the text can report later days of that week
_EVENT_DAY = re.compile(rf"\bon\s+(?:{_WD_RE},?\s*)?(?:the\s+)?$", re.I)


def _label(prefix: str) -> str | None:
    """ "published" or "updated" when the words before a date on its line are a page's label
    for it: at the start of the line in any case ("date 2024-03-03", "PUBLISHED ON:"), or
    capitalised after a byline or separator ("By A. Writer | Updated 10:32 GMT, Mon"); a
    lower-case "published on" inside a sentence is prose about another text."""
    for kind, label in (("published", _PUBLISHED_LABEL), ("updated", _UPDATED_LABEL)):
        if re.search(rf"^\W*{label}{_LABEL_TAIL}", prefix, re.I):
            return kind
        m = re.search(rf"(?:^|[|•·–—,-])\s*(?i:{label}){_LABEL_TAIL}", prefix)
        if m and prefix[m.end() - len(m.group(0).lstrip(" |•·–—,-")) :][:1].isupper():
            return kind
    return None


# day/month/year or month/day/year: read only when one of the two cannot be a month
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(20\d\d)\b")


# day-month-year with dashes: "03-Sep-2024"
_MONTH_WORD = _MONTH_RE.replace(r"\.?", "")
_DASHED_DATE = re.compile(rf"\b(\d{{1,2}})-({_MONTH_WORD})-(20\d\d)\b", re.I)
# each with a look-ahead for its first character: the same matches, found faster
_ISO_DATE, _FULL_DATE_ANY_CASE, _NUMERIC_DATE, _DASHED_DATE = map(
    guarded, (_ISO_DATE, _FULL_DATE_ANY_CASE, _NUMERIC_DATE, _DASHED_DATE)
)


def _numeric(m: re.Match[str]) -> date | None:
    """A numeric date whose order is clear (``29/01/2024``, ``01/29/2024``, ``10.02.2025``
    with dots, day first); else None."""
    a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if m.group(2) == ".":
        return date(y, b, a)  # dots are written day first ("10.02.2025")
    if a > 12 >= b:
        return date(y, b, a)
    if b > 12 >= a:
        return date(y, a, b)
    return date(y, a, b) if a == b else None


def _full(m: re.Match[str]) -> date | None:
    mo, d, y = (
        (m.group("m"), m.group("d"), m.group("y"))
        if m.group("m")
        else (m.group("m2"), m.group("d2"), m.group("y2"))
    )
    return date(int(y), _month(mo), int(d))


def header_date(text: str, name: str) -> tuple[date, Span, str] | None:
    """The date a page states as its own: a labelled date ("date 2024-03-03", "Published:
    Nov 28, 2023", "By A. Writer | Updated ...") anywhere, else an ISO date or a dateline or
    byline on a short line at the top ("REUTERS October 04, 2025"), banners ("today's paper")
    excepted. A "published" date wins over the date at the top, which wins over an "updated"
    one; a date whose day and month order is unclear (``01/02/2024``) is not read.

    >>> header_date(" date 2024-03-03 Mediators met on Sunday.", "a")[0]
    datetime.date(2024, 3, 3)
    >>> header_date("Monday, January 29, 2024", "a")[0]
    datetime.date(2024, 1, 29)
    >>> header_date("The rally on May 6, 2024, drew thousands of people to the square.", "a")
    """
    found: list[tuple[float, date, re.Match[str], str]] = []
    for pattern in (_ISO_DATE, _FULL_DATE_ANY_CASE, _NUMERIC_DATE, _DASHED_DATE):
        for m in pattern.finditer(text):
            try:
                d = (
                    date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
                    if pattern is _ISO_DATE
                    else _numeric(m)
                    if pattern is _NUMERIC_DATE
                    else date(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
                    if pattern is _DASHED_DATE
                    else _full(m)
                )
            except (ValueError, KeyError):
                continue
            if d is None:
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            if _BANNER.search(line):
                continue
            kind = _label(text[line_start : m.start()])
            if kind == "published":
                found.append((0, d, m, "labelled"))
            elif kind == "updated":
                found.append((2, d, m, "updated"))
            elif (
                m.start() < HEADER_CHARS
                and len(line.split()) <= HEADER_WORDS
                and (pattern is _ISO_DATE or not re.search(r"[.!?]\s*$", line.strip()))
            ):
                # a date with a byline or agency before it ("By A. Writer | ...", "WIRE ...")
                # outranks a bare date line, which can be the site's banner of the day
                bare = not _BYLINE.search(text[line_start : m.start()])
                found.append((1.5 if bare else 1, d, m, "at the top"))
    if not found:
        return None
    _rank, d, m, how = min(found, key=lambda f: (f[0], f[2].start()))
    what = {
        "labelled": "the page gives its date",
        "updated": "the page gives the date it was updated (no other date of its own)",
        "at the top": "the page's dateline or byline gives the date",
    }[how]
    return d, Span(name, m.start(), m.end(), m.group(0)), f"{what} {m.group(0)}"


# a wire dateline without a year: "PLACE, Jan 15 (Agency) -"
_DATELINE = re.compile(
    rf"^[ \t]*[A-Z][A-Za-z .'’-]{{1,40}}(?:,\s*[A-Z][A-Za-z .'’-]{{1,30}})?,\s*"
    rf"(?P<m>{_MONTH_RE})\s+(?P<d>\d{{1,2}})\s*\([A-Za-z .&]{{2,40}}\)\s*[-–—]",
    re.M,
)
DATELINE_RECENT_DAYS = 60  # a dated mention this close before the dateline's day fixes its year
# the days of one-off public milestones: named at any time after, they fix no year
_ONE_OFF_DAYS = frozenset(ms.date for ms in MILESTONES if ms.one_off)


def dateline_without_year(
    text: str,
    name: str,
    lo: date | None = None,
    hi: date | None = None,
    url: str | None = None,
) -> tuple[date, Span, str] | None:
    """The day of a wire dateline without a year ("PLACE, Jan 15 (Agency) -"), its year taken
    from a full date the text names no more than ``DATELINE_RECENT_DAYS`` before it (news
    names recent days); else None: the year is not guessed.

    >>> dateline_without_year("CAPITAL, Jan 15 (Wire) - Talks that began on January 9, "
    ...                       "2024 resumed.", "a")[0]
    datetime.date(2024, 1, 15)
    >>> dateline_without_year("CAPITAL, Jan 15 (Wire) - Talks resumed.", "a") is None
    True
    """
    m = _DATELINE.search(text[:HEADER_CHARS])
    if m is None:
        return None
    month, day = _month(m.group("m")), int(m.group("d"))
    named = [
        d
        for f in FULL_DATE.finditer(text)
        if (d := _full_or_none(f)) is not None and d.isoformat() not in _ONE_OFF_DAYS
    ]
    named += [d for d, _w in weekday_dates(text, lo, hi)]  # "Thursday, August 15" pins its year
    fits = set()
    for ref in named:
        try:
            cands = [date(ref.year, month, day), date(ref.year + 1, month, day)]
        except ValueError:
            continue
        fits |= {
            c for c in cands if timedelta(0) <= c - ref <= timedelta(days=DATELINE_RECENT_DAYS)
        }
    how = "the year from a date the text names shortly before it"
    # a year the officials' terms or the war's age rule out is no year of the text
    fits = {c for c in fits if (lo is None or c >= lo) and (hi is None or c <= hi)}
    if not fits:
        # else the year of the page's address (/2024/08/), or the one year the bounds from
        # officials' terms and the war's age leave
        filed = _URL_YEAR.search((url or "").split("?")[0])
        if filed and (not filed.group(2) or int(filed.group(2)) == month):
            on_file = _day_or_none(int(filed.group(1)), month, day)
            fits = {on_file} if on_file is not None else set()
            how = "the year from the page's address"
        elif lo is not None and hi is not None and hi - lo <= timedelta(days=366):
            fits = {
                d
                for y in range(lo.year, hi.year + 1)
                if (d := _day_or_none(y, month, day)) is not None and lo <= d <= hi
            }
            how = f"the only year between {lo.isoformat()} and {hi.isoformat()}"
    if len(fits) != 1:
        return None
    d = fits.pop()
    return (
        d,
        Span(name, m.start("m"), m.end("d"), m.group("m") + " " + m.group("d")),
        f"the dateline gives the day {m.group('m')} {m.group('d')}; {how}",
    )


_URL_YEAR = re.compile(r"/(20\d\d)/(?:(\d{1,2})/)?")


def _day_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


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


def _looked_back_on(text: str, m: re.Match[str]) -> bool:
    """Whether the words around a date in its sentence look back on it ("since", "attack")."""
    around = (
        re.split(r"[.!?]\s", text[max(0, m.start() - 80) : m.start()])[-1]
        + (re.split(r"[.!?](\s|$)", text[m.end() : m.end() + 30])[0])
    )
    return bool(_HISTORIC.search(around))


def _ahead(text: str, m: re.Match[str]) -> bool:
    """Whether a date is named as still to come ("talks set for ...", "due to begin on ...")."""
    return bool(_FUTURE.search(re.split(r"[.!?;]\s", text[max(0, m.start() - 60) : m.start()])[-1]))


def _full_or_none(m: re.Match[str]) -> date | None:
    try:
        return _full(m)
    except (ValueError, KeyError):
        return None


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
    lo, hi, office = _office_range(text, gaz)
    age_lo, age_hi, age = war_age_range(text)
    if age_lo is not None and (lo is None or age_lo > lo):
        lo = age_lo
    if age_hi is not None and (hi is None or age_hi < hi):
        hi = age_hi
    office += age
    filed_lo, filed_hi = url_month(url)
    if filed_lo is not None and filed_hi is not None:
        # the page is filed under a month (/2024/08/): it bounds the date, unless the text's
        # other bounds rule that month out
        new_lo, new_hi = max(lo or filed_lo, filed_lo), min(hi or filed_hi, filed_hi)
        if new_lo <= new_hi:
            lo, hi = new_lo, new_hi
            office.append(f"filed under {filed_lo.strftime('%Y-%m')} in its address")
    mentions = find_date_mentions(text)

    def within(d: date) -> bool:
        return (lo is None or d >= lo) and (hi is None or d <= hi)

    weekdays = [
        (m, WEEKDAYS.index(re.sub(r"(’s|'s)$", "", m.text.split()[-1]).lower()))
        for m in mentions
        if _PAST_WEEKDAY.fullmatch(m.text) and not m.future
    ]
    stated = header_date(text, name) or dateline_without_year(text, name, lo, hi, url)
    if stated is not None:
        stated_day, stated_span, how = stated
        return PublicationDate(stated_day.isoformat(), None, None, how, stated_span)
    filed = url_date(url)
    if filed is not None:
        return PublicationDate(filed.isoformat(), None, None, f"the page's address gives {filed}")
    explicit = []
    ahead: list[tuple[date, re.Match[str]]] = []  # days the text names as still to come
    for m in FULL_DATE.finditer(text):
        d = resolve_relative(m.group(0), date(2000, 1, 1))
        if d is None:
            continue
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if _BANNER.search(line):
            continue  # a page banner ("today's paper")
        if _ahead(text, m):
            if within(d):
                ahead.append((d, m))
            continue  # a date ahead ("talks set for ..."): not the text's own day
        if _looked_back_on(text, m):
            if lo is None or d > lo:  # the text looks back on it: written after it
                lo = d
                office.append(f"after {m.group(0)}, which it looks back on")
            continue
        if within(d):
            explicit.append((d, m))
    for d, m in weekday_dates(text, lo, hi):
        (ahead if _ahead(text, m) else explicit).append((d, m))
    if not explicit and ahead and weekdays:
        # "X said on Monday that the release set for Saturday, May 17, ...": the text's day is
        # the latest weekday it reports, before the first day it names as ahead
        soonest, m = min(ahead, key=lambda t: t[0])
        before = [
            soonest - timedelta(days=(soonest.weekday() - wd - 1) % 7 + 1) for _w, wd in weekdays
        ]
        pub = max(before)
        why = (
            f"the text reports {WEEKDAYS[pub.weekday()].title()} before the day it names as "
            f"ahead, {m.group(0)}"
        )
        if office:
            why += ", consistent with " + "; ".join(office)
        return PublicationDate(
            pub.isoformat(), None, None, why, Span(name, m.start(), m.end(), m.group(0))
        )
    if not explicit and ahead:
        first = min(d for d, _m in ahead)
        if hi is None or first < hi:
            hi = first  # written before the days it names as ahead
            office.append(f"before {first.isoformat()}, which it names as ahead")
    basis = []
    if explicit:
        anchor, m = max(explicit, key=lambda t: t[0])
        # a dated caption or aside can be background: the headline's or lede's own event,
        # within two weeks after it, dates the text instead
        main = _main_event(
            text, name, anchor + timedelta(days=1), anchor + timedelta(days=BACKGROUND_DAYS), gaz
        )
        if main is not None:
            return _dated_by_event(*main, [*office, f"after {m.group(0)}, which it names"])
        span: Span | None = Span(name, m.start(), m.end(), m.group(0))
        basis.append(f"the text gives the date {m.group(0)}")
        if not _EVENT_DAY.search(text[max(0, m.start() - 24) : m.start()]):
            # a bare date is the text's own day: its weekdays are resolved backwards from it
            why = ", consistent with " + "; ".join(office) if office else ""
            return PublicationDate(anchor.isoformat(), None, None, basis[0] + why, span)
        # an event's day ("on Friday, December 1", "received on May 31, 2024"): the text can
        # report later days of that week (below)
        event_day = True
    else:
        day, floor, ceiling, what, span, own_day = _milestone_anchor(text, name, lo, hi, gaz)
        if day is None:
            if floor is not None and (lo is None or floor > lo):
                lo = floor
                office.append(f"after {floor.isoformat()} ({what}), which it reports")
            if ceiling is not None and (hi is None or ceiling < hi):
                hi = ceiling
                office.append(f"within {RECENT_DAYS} days of the milestone it calls recent")
            main = _main_event(text, name, lo, hi, gaz)
            if main is not None:
                return _dated_by_event(*main, office)
            why = "; ".join(office) or "no date, weekday anchor or dated milestone in the text"
            return PublicationDate(None, _iso(lo), _iso(hi), f"no date in the text ({why})")
        anchor = day
        basis.append(f"the text reports {what} with its day, which dates it {anchor.isoformat()}")
        if own_day:
            # "ended last night": the text's own day; its weekdays lie on or before it
            if office:
                basis.append("consistent with " + "; ".join(office))
            return PublicationDate(anchor.isoformat(), None, None, ", ".join(basis), span)
        event_day = False
    later = [anchor + timedelta(days=(wd - anchor.weekday()) % 7) for _m, wd in weekdays]
    later = [d for d in later if d - anchor <= timedelta(days=6)]
    own = (span.start, span.end) if span is not None else (0, 0)

    def apart(m: DateMention) -> bool:  # not the anchor's own weekday ("on Friday, May 3")
        if own[0] <= m.start < own[1]:
            return False
        return not (m.end <= own[0] and re.fullmatch(r",?\s*(the\s+)?", text[m.end : own[0]]))

    if event_day and any(wd == anchor.weekday() and apart(m) for m, wd in weekdays):
        # the text names a date's weekday on its own too ("on May 6 ... on Monday"): that day
        # is its present, and its other weekdays lie before it (a milestone's weekday is the
        # milestone's, not the text's present)
        later = []
    pub = max([anchor, *later])
    if pub == anchor and event_day and _own_day_elsewhere(text, span):
        # "met on May 8 ... signed the text today": the text's day is a later one it does not
        # name; the evidence disagrees, so no guess
        return PublicationDate(
            None,
            anchor.isoformat(),
            (anchor + timedelta(days=6)).isoformat(),
            f"no date in the text (after {anchor.isoformat()}, the day of a happening it reports, "
            "and it speaks of its own day as another)",
        )
    if pub > anchor:
        basis.append(f"and reports events up to {WEEKDAYS[pub.weekday()].title()} after it")
    if office:
        basis.append("consistent with " + "; ".join(office))
    return PublicationDate(pub.isoformat(), None, None, ", ".join(basis), span)
