"""The date a page states as its own, read off its header and labels: a labelled date
anywhere ("date 2024-03-03", "Published: Nov 28, 2023"), else an ISO date or a dateline or
byline on a short line at the top (:func:`header_date`); a wire dateline without a year
("PLACE, Jan 15 (Agency) -"), its year from a date the text names shortly before it, the
page's address or the bounds (:func:`dateline_without_year`). Used by
:func:`accord.evidence.dates.infer_published`, which reads the text when the page states
no date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from accord.evidence.date_expressions import (
    _MONTH_RE,
    _TH,
    _WD_RE,
    FULL_DATE,
    FULL_DATE_SCAN,
    WEEKDAYS,
    _month,
    days_on_weekdays,
    milestone_day,
    weekday_dates,
)
from accord.evidence.gazetteer import MILESTONES
from accord.evidence.prefilter import guarded
from accord.evidence.types import Span

_ISO_DATE = re.compile(r"\b(20\d\d)([-/.])(\d\d)\2(\d\d)(?=T\d|\b)")  # also 2024-01-15T10:00Z
# "15 JAN 2024"; both forms in one group, so that the look-ahead added below guards both
_FULL_DATE_ANY_CASE = re.compile(f"(?:{FULL_DATE.pattern})", re.I)
# lines of page furniture whose date is not the article's ("today's paper", "© 2025")
_BANNER = re.compile(
    r"(paper|e-?paper|edition|\bissue\b|subscribe|copyright|©|all rights|\btoday\b)", re.I
)
_NAMED_TODAY = re.compile(r"\b[A-Z][\w'’-]*[ \t]+Today\b")  # a name: "Gulf Today", "USA Today"


def banner(line: str) -> bool:
    """Whether a line is a page's banner ("Today's paper", "e-paper edition"), not a name that
    ends in "Today" ("Gulf Today | Friday, 10 October 2025")."""
    return _BANNER.search(_NAMED_TODAY.sub(" ", line)) is not None


# a byline or agency before a date on its line: "By A. Writer", "A. Writer | ", "WIRE"
_BYLINE = re.compile(r"\b[Bb]y\s|[|•·]|\b[A-Z]{3,}\b")
# a byline opening its line ("By A. Writer | 14.07.2025"): the page's header even below a
# standfirst, where another short dated line would be a caption
_SIGNED_BY = re.compile(r"\s*By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:[|•·,]|\s[-–—]\s)")
# the labels a page prints before its own date; "updated" dates yield to a published one
_PUBLISHED_LABEL = (
    r"(?:date|dateline|published|posted|first published|original(?:ly)? published|"
    r"publication date)"
)
_UPDATED_LABEL = r"(?:updated|last updated|last modified|modified)"
_LABEL_TAIL = (
    rf"\b\W{{0,4}}(?:on\s+|at\s+)?(?:{_WD_RE[3:-1]}|Mon|Tue|Wed|Thu|Fri|Sat|Sun)?\.?,?\s*"
    r"(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?,?\s*)?$"
)
HEADER_CHARS = 600  # how far the page's header (dateline, byline) reaches
HEADER_WORDS = 12  # a dateline or byline is a short line


def _label(prefix: str) -> str | None:
    """ "published" or "updated" when the words before a date on its line are a page's label
    for it: at the start of the line in any case ("date 2024-03-03", "PUBLISHED ON:"), or
    capitalised after a byline or separator ("By A. Writer | Updated 10:32 GMT, Mon"); a
    lower-case "published on" inside a sentence is prose about another text."""
    for kind, label in (("published", _PUBLISHED_LABEL), ("updated", _UPDATED_LABEL)):
        if re.search(rf"^\W*{label}{_LABEL_TAIL}", prefix, re.I):
            return kind
        # (also after a sentence of a translator's or editor's note: "[Translated by X.
        # Original published ...")
        m = re.search(rf"(?:^|[|•·–—,.(\[-])\s*(?i:{label}){_LABEL_TAIL}", prefix)
        if m and prefix[m.end() - len(m.group(0).lstrip(" |•·–—,.([-")) :][:1].isupper():
            return kind
    return None


# day/month/year or month/day/year: read only when one of the two cannot be a month
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(20\d\d)\b")


# the same with a two-digit year, read only after a page's label ("Published: 01.17.25")
_SHORT_NUMERIC = re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d\d)\b(?![/.-]?\d)")


# day-month-year with dashes: "03-Sep-2024"
_MONTH_WORD = _MONTH_RE.replace(r"\.?", "")
_DASHED_DATE = re.compile(rf"\b(\d{{1,2}})-({_MONTH_WORD})-(20\d\d)\b", re.I)
# each with a look-ahead for its first character: the same matches, found faster
_ISO_DATE, _FULL_DATE_ANY_CASE, _NUMERIC_DATE, _DASHED_DATE = map(
    guarded, (_ISO_DATE, _FULL_DATE_ANY_CASE, _NUMERIC_DATE, _DASHED_DATE)
)


def _numeric(m: re.Match[str], text: str = "") -> date | None:
    """A numeric date whose order is clear (``29/01/2024``, ``01/29/2024``, ``10.02.2025``
    with dots, day first), or that the text makes clear (:func:`_by_context`); else None."""
    a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
    y += 2000 if y < 100 else 0  # ("01.17.25": a label's two-digit year)
    if m.group(2) == "." and b <= 12:
        return date(y, b, a)  # dots are written day first ("10.02.2025")
    if a > 12 >= b:
        return date(y, b, a)
    if b > 12 >= a:
        return date(y, a, b)
    if a == b:
        return date(y, a, b)
    return _by_context((date(y, a, b), date(y, b, a)), text, m) if text else None


# a weekday beside a date on its line ("Thursday 6/20/2024", "Tue, 03/12/2024")
_WEEKDAY_WORD = re.compile(rf"{_WD_RE}|\b(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?")
# a month and day the text names (with a year or not): "May 2", "2 May", "March 28, 2025"
_MONTH_DAY = re.compile(
    rf"\b(?:(?P<m>{_MONTH_RE})\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?(?P<m2>{_MONTH_RE}))\b"
)


# a US time zone after a clock time ("2:32 PM ET"): the page writes dates month first
_US_ZONE = re.compile(
    r"\b\d{1,2}:\d\d\s*([ap]\.?m\.?\s*)?(ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|MT)\b", re.I
)


# the month and day of one-off public milestones: named at any time after, they say nothing of
# how recent a page is
_ONE_OFF_MONTH_DAYS = frozenset(
    (milestone_day(ms).month, milestone_day(ms).day) for ms in MILESTONES if ms.one_off
)


def _by_context(readings: tuple[date, date], text: str, m: re.Match[str]) -> date | None:
    """The one reading of a numeric date whose day and month order is unclear (``5/9/2025``:
    May 9 or 5 September) that the text decides: the weekday on its line, else the days the
    text names in words (news names recent days: the reading no more than
    ``DATELINE_RECENT_DAYS`` after one of them). None when both or neither fit."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    wd = _WEEKDAY_WORD.search(line)
    if wd is not None:
        day = [w[:3] for w in WEEKDAYS].index(wd.group(0)[:3].lower())
        fits = [r for r in readings if r.weekday() == day]
        return fits[0] if len(fits) == 1 else None
    if _US_ZONE.search(line):
        return readings[0]  # a US time zone beside it ("2:32 PM ET"): month first
    named = []
    for n in _MONTH_DAY.finditer(text):
        month, day_of = _month(n.group("m") or n.group("m2")), int(n.group("d") or n.group("d2"))
        if (month, day_of) not in _ONE_OFF_MONTH_DAYS:  # ("taken on Oct 7": any time after)
            named.append((month, day_of))
    fits = []
    for r in readings:
        for month, day_of in named:
            ref = _day_or_none(r.year, month, day_of)
            if ref is not None and timedelta(0) <= r - ref <= timedelta(days=DATELINE_RECENT_DAYS):
                fits.append(r)
                break
    if not fits:
        # the weekdays the text names ("the military said Thursday"): the one reading that
        # falls on one of them
        days = {
            [w[:3] for w in WEEKDAYS].index(w.group(0)[:3].lower())
            for w in _WEEKDAY_WORD.finditer(text)
        }
        fits = [r for r in readings if r.weekday() in days]
    return fits[0] if len(fits) == 1 else None


def _full(m: re.Match[str]) -> date | None:
    mo, d, y = (
        (m.group("m"), m.group("d"), m.group("y"))
        if m.group("m")
        else (m.group("m2"), m.group("d2"), m.group("y2"))
    )
    return date(int(y), _month(mo), int(d))


# the words before a date on a text's closing line: a sign-off ("Issued in Vell on", "Done at
# Vell,", "Signed:") or a place alone ("Vell,")
_SIGN_OFF = re.compile(
    r"^\W*(?:(?i:issued|done|signed|dated|released|adopted)\b[^.!?\n]{0,60}?"
    r"|[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3},)\s*(?:on\s+|the\s+)*"
    rf"(?:{_WD_RE},?\s+)?$"
)


def _signed(text: str, line_start: int, m: re.Match[str]) -> bool:
    """A date on the text's closing line, after a sign-off or a place and before nothing but
    punctuation ("Issued in Vell on 5 November 2024.", "Vell, 19 March 2025"): a statement's
    or a letter's own day, as a dateline at the top is a page's."""
    if text[m.end() :].strip(" .\t\n\r") or len(text[line_start:].split()) > HEADER_WORDS:
        return False
    return bool(_SIGN_OFF.match(text[line_start : m.start()]))


def _body_before(text: str, line_start: int) -> bool:
    """Whether a paragraph of running text (a long line ending a sentence) comes before a line:
    a short dated line after the body has begun is a caption or an aside, not the header."""
    return any(
        len(line.split()) > HEADER_WORDS and re.search(r"[.!?][”\"’']?\s*$", line)
        for line in text[:line_start].splitlines()
    )


_CELL_SEP = re.compile(r"\s[|•·–—-]\s")
_BAR_SEP = re.compile(r"\s[|•·]\s")  # a date's cell, then a credit: "Date: 25.08.2024 | Translated"
_DASH_SEP = re.compile(r"\s[–—-]\s")  # a dateline's date, then its text: "17 Jan, 14:20 - From"


def _cell(line: str, at: int) -> str:
    """The part of a header line between its separators that holds offset ``at`` ("By A.
    Writer | 03.09.2024, 06:12 | Translated": the date's own cell), or the whole line."""
    lo, hi = 0, len(line)
    for sep in _CELL_SEP.finditer(line):
        if sep.end() <= at:
            lo = sep.end()
        elif sep.start() >= at:
            hi = sep.start()
            break
    return line[lo:hi]


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
    for pattern in (_ISO_DATE, _FULL_DATE_ANY_CASE, _NUMERIC_DATE, _DASHED_DATE, _SHORT_NUMERIC):
        for m in pattern.finditer(text):
            try:
                d = (
                    date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
                    if pattern is _ISO_DATE
                    else _numeric(m, text)
                    if pattern in (_NUMERIC_DATE, _SHORT_NUMERIC)
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
            cell = _cell(line, m.start() - line_start)
            kind = _label(text[line_start : m.start()])
            dash = _DASH_SEP.search(line, m.end() - line_start)
            # a labelled date's cell ends at a bar: "Date: 25.08.2024 | Translated ... edition"
            bar = _BAR_SEP.search(line, m.end() - line_start) if kind else None
            ends = [sep.start() for sep in (dash, bar) if sep is not None]
            if banner(line[: min(ends)] if ends else line):
                continue  # (not in the text a dash opens: "17 Jan, 14:20 - ... Italian edition")
            if pattern is _SHORT_NUMERIC and kind is None:
                continue  # a two-digit year only where the page labels its date
            if kind == "published":
                found.append((0, d, m, "labelled"))
            elif kind == "updated":
                found.append((2, d, m, "updated"))
            elif (
                m.start() < HEADER_CHARS
                and len(cell.split()) <= HEADER_WORDS
                and (not _body_before(text, line_start) or _SIGNED_BY.match(line))
                and (pattern is _ISO_DATE or not re.search(r"[.!?]\s*$", cell.strip()))
            ):
                # a date with a byline or agency before it ("By A. Writer | ...", "WIRE ...")
                # outranks a bare date line, which can be the site's banner of the day
                bare = not _BYLINE.search(text[line_start : m.start()])
                found.append((1.5 if bare else 1, d, m, "at the top"))
            elif _signed(text, line_start, m):
                found.append((1.2, d, m, "signed"))
    if not found:
        return None
    _rank, d, m, how = min(found, key=lambda f: (f[0], f[2].start()))
    what = {
        "labelled": "the page gives its date",
        "updated": "the page gives the date it was updated (no other date of its own)",
        "at the top": "the page's dateline or byline gives the date",
        "signed": "the text's closing line dates it",
    }[how]
    return d, Span(name, m.start(), m.end(), m.group(0)), f"{what} {m.group(0)}"


# a wire dateline without a year: "PLACE, Jan 15 (Agency) -"
_DATELINE = re.compile(
    rf"^[ \t]*[A-Z][A-Za-z .'’/-]{{1,40}}(?:,\s*[A-Z][A-Za-z .'’-]{{1,30}})?,\s*"
    rf"(?P<m>{_MONTH_RE})\s+(?P<d>\d{{1,2}})\s*\([A-Za-z .&]{{2,40}}\)\s*[-–—]"
    # a place, a dash and the day before the month, then a dash ("CITY – 12 June – ...")
    rf"|^[ \t]*[A-Z][A-Za-z.'’/-]{{1,20}}(?: [A-Z][A-Za-z.'’-]{{1,20}}){{0,2}}\s+[–—-]\s+"
    rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_RE})\s+[–—-]\s",
    re.M,
)
# not "U.S., ..." nor "7 a.m. local", nor an initialism before a name ("U.S. President")
_SENTENCE_END = re.compile(r"(?<!\.[A-Z])[.!?][\"”’]?\s+(?=[A-Z\"“])|\n")
_BYLINE_WORDS = 4  # the most words after a dateline, on its line, that are not its first sentence
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
    g_m, g_d = ("m", "d") if m.group("m") else ("m2", "d2")
    a, b = min(m.start(g_m), m.start(g_d)), max(m.end(g_m), m.end(g_d))
    month, day = _month(m.group(g_m)), int(m.group(g_d))
    start = m.end()
    line_end = text.find("\n", start)
    if line_end > 0 and 0 < len(text[start:line_end].split()) <= _BYLINE_WORDS:
        # the dateline's line ends with a byline ("– Our correspondents")
        start = line_end + len(text[line_end:]) - len(text[line_end:].lstrip())
    end = _SENTENCE_END.search(text, start)
    dated = year_of(month, day, text, lo, hi, url) or _lede_weekday_year(
        month, day, text[start : end.start() if end else len(text)], lo, hi
    )
    if dated is None:
        return None
    d, how = dated
    return (
        d,
        Span(name, a, b, text[a:b]),
        f"the dateline gives the day {m.group(g_m)} {m.group(g_d)}; {how}",
    )


def _lede_weekday_year(
    month: int, day: int, lede: str, lo: date | None, hi: date | None
) -> tuple[date, str] | None:
    """The year in which a dateline's day falls on a weekday its first sentence names ("CAPITAL,
    Nov 24 (Wire) - ... freed 24 people on Friday"): wire copy names its own day by its weekday.
    The only such year in the bounds, else in the years of the public milestones and the one
    after (:func:`accord.evidence.date_expressions.days_on_weekdays`); None when none or several.

    >>> _lede_weekday_year(11, 24, " Talks resumed on Friday, the ministry said.", None, None)[0]
    datetime.date(2023, 11, 24)
    """
    named = {WEEKDAYS.index(w.lower()) for w in re.findall(_WD_RE, lede)}
    fits = days_on_weekdays(month, day, named, lo, hi) if named else []
    if len(fits) == 1:
        return fits[0], (
            f"the only year of its bounds in which {fits[0]:%B} {day} falls on a weekday its"
            " first sentence names"
        )
    if fits or not named:
        return None
    # copy filed the morning after ("Nov 25 - ... freed on Friday"): the day after a weekday
    # its first sentence names
    fits = days_on_weekdays(month, day, {(wd + 1) % 7 for wd in named}, lo, hi)
    if len(fits) != 1:
        return None
    return fits[0], (
        f"the only year of its bounds in which {fits[0]:%B} {day} falls the day after a weekday"
        " its first sentence names"
    )


# a month and day with no year after them: "Dec. 3", "3 December"
_MONTH_DAY_ALONE = re.compile(
    rf"\b(?:(?P<m>{_MONTH_RE})\s+(?P<d>\d{{1,2}}){_TH}|(?P<d2>\d{{1,2}}){_TH}\s+(?:of\s+)?"
    rf"(?P<m2>{_MONTH_RE}))\b(?!\.?,?\s*(?:19|20)\d\d)"
)


def labelled_without_year(
    text: str,
    name: str,
    lo: date | None = None,
    hi: date | None = None,
    url: str | None = None,
) -> tuple[date, Span, str] | None:
    """A page's label before a month and day without a year in its header ("Published Dec. 3",
    "By A. Writer | Updated: 3 December, 14:05"), its year found as a dateline's
    (:func:`year_of`); a "published" date wins over an "updated" one.

    >>> labelled_without_year("Published Dec. 3 - Talks opened on November 28, 2024.", "a")[0]
    datetime.date(2024, 12, 3)
    """
    found: list[tuple[int, date, re.Match[str], str]] = []
    for m in _MONTH_DAY_ALONE.finditer(text[:HEADER_CHARS]):
        line_start = text.rfind("\n", 0, m.start()) + 1
        kind = _label(text[line_start : m.start()])
        if kind is None:
            continue
        month, day = _month(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2"))
        dated = year_of(month, day, text, lo, hi, url)
        if dated is not None:
            found.append((kind != "published", dated[0], m, dated[1]))
    if not found:
        return None
    _rank, d, m, how = min(found, key=lambda f: (f[0], f[2].start()))
    return (
        d,
        Span(name, m.start(), m.end(), m.group(0)),
        f"the page gives its day {m.group(0)}; {how}",
    )


def year_of(
    month: int,
    day: int,
    text: str,
    lo: date | None = None,
    hi: date | None = None,
    url: str | None = None,
) -> tuple[date, str] | None:
    """The year of a day named without one (a dateline's "Jan 15", "today, October 1"): from
    a full date the text names no more than ``DATELINE_RECENT_DAYS`` before it (news names
    recent days), else the page's address, else the one year the bounds leave; with the
    reason. None: the year is not guessed."""
    named = [
        d
        for f in FULL_DATE_SCAN.finditer(text)
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
        elif lo is not None and hi is not None:
            fits = {
                d
                for y in range(lo.year, hi.year + 1)
                if (d := _day_or_none(y, month, day)) is not None and lo <= d <= hi
            }
            how = f"the only year between {lo.isoformat()} and {hi.isoformat()}"
    if len(fits) != 1:
        return None
    return fits.pop(), how


_URL_YEAR = re.compile(r"/(20\d\d)/(?:(\d{1,2})/)?")


def _day_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_or_none(m: re.Match[str]) -> date | None:
    try:
        return _full(m)
    except (ValueError, KeyError):
        return None
