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

from accord.evidence.gazetteer import ADJECTIVES, MILESTONES, Gazetteer, Milestone
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
# how a sentence reports a milestone of each kind (see gazetteer.MILESTONES): general words
KIND_CUES = {
    "ceasefire_start": re.compile(r"\b(truce|cease-?fire|pause)\b[^.]{0,120}\b(began|started|"
                                  r"took effect|came into effect|begins|takes effect)\b", re.I),
    "ceasefire_end": re.compile(r"\b(truce|cease-?fire|pause|first phase)\b[^.]{0,200}\b(ended|"
                                r"collapsed|expired|broke down|lapsed)\b", re.I),
    "threat": re.compile(r"\b(warn\w*|threat\w*|ultimatum)\b", re.I),
    "meeting": re.compile(r"\b(met|meets|meeting)\b", re.I),
    "talks": re.compile(r"\b(talks|negotiations)\b", re.I),
    "proposal": re.compile(r"\b(propos\w*|plan|framework|unveil\w*)\b", re.I),
    "acceptance": re.compile(r"\b(accept\w*|agreed|approv\w*|announc\w*|reached)\b", re.I),
    "rejection": re.compile(r"\b(reject\w*|suspend\w*|recall\w*|pulled out|walk\w* away)\b",
                            re.I),
    "release": re.compile(r"\b(releas\w*|freed|free|rescu\w*|returned|handed over)\b", re.I),
    "military_operation": re.compile(r"\b(strikes?|struck|attack\w*|assault|operations?|"
                                     r"offensive|killed|kill|assassinat\w*|blockade|halt\w*|"
                                     r"raid\w*|invasion|withdr[ae]w\w*|found|approv\w*)\b", re.I),
}
_MILESTONE_CUES = {k: KIND_CUES[k] for k in ("ceasefire_start", "ceasefire_end")}
# a milestone said to be recent ("ended recently", "days ago"): written within a month of it
_RECENT = re.compile(r"\b(recently|days ago|last week|this week|earlier this month)\b", re.I)
RECENT_DAYS = 30
# the headline or lede reports a response to the event ("rejects the threat"): written the day
# after it, as a rule; wire copy of the event itself is dated the event's day
_REACTION = re.compile(r"\b(reject\w*|dismiss\w*|respond\w*|react\w*|rebuff\w*|slam\w*|"
                       r"denounc\w*|condemn\w*|hit\w* back|brush\w* off|shrug\w* off)\b", re.I)
REACTION_DAYS = 1  # the point estimate for a reaction: the event's day plus this
EVENT_WINDOW_DAYS = 3  # the latest a report of the event (or a reaction) is dated


def _actors_named(text: str, gaz: Gazetteer) -> set[str]:
    """Actor ids a sentence names: by name, title, metonym, description or official."""
    found = {gaz.combined_actor_pattern().who[m.lastgroup or ""][0]
             for m in gaz.combined_actor_pattern().pattern.finditer(text)}
    officials = gaz.official_pattern()
    found |= {officials.who[m.group(0)].actor for m in officials.pattern.finditer(text)}
    # for dating, an adjective names its actor too ("an Israeli operation")
    found |= {actor for actor, adjs in ADJECTIVES.items()
              if any(re.search(rf"\b{re.escape(adj)}\b", text) for adj in adjs)}
    return found


def kinds_in(sentence: str) -> set[str]:
    """The milestone kinds whose cue words a sentence has."""
    return {kind for kind, cue in KIND_CUES.items() if cue.search(sentence)}


def reports(sentence: str, ms: Milestone, actors: set[str], kinds: set[str] | None = None
            ) -> bool:
    """Whether a sentence (naming ``actors``; with cues of ``kinds``) reports milestone ``ms``.

    >>> from accord.evidence.gazetteer import Milestone
    >>> ms = Milestone("2024-06-08", "release", "hostages rescued", ("israel",), r"rescu\\w*")
    >>> reports("Israeli forces rescued four captives.", ms, {"israel"})
    True
    >>> reports("Israeli forces are searching for captives.", ms, {"israel"})
    False
    """
    if kinds is not None:
        if ms.kind not in kinds:
            return False
    else:
        cue = KIND_CUES.get(ms.kind)
        if cue is None or not cue.search(sentence):
            return False
    if ms.cue and not re.search(rf"\b(?:{ms.cue})", sentence, re.I):
        return False
    if ms.kind in _MILESTONE_CUES and not ms.cue:
        return True  # a truce starting or ending needs no actor named ("the truce ended")
    return not ms.actors or bool(actors & set(ms.actors))


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
    md = re.search(rf"({_MONTH_RE})\s+(\d{{1,2}})\b|(\d{{1,2}})\s+({_MONTH_RE})", expr)
    if not md:
        return None
    month, day = _month(md.group(1) or md.group(4)), int(md.group(2) or md.group(3))
    years = {ms.date[:4] for ms in MILESTONES if _day(ms).month == month and _day(ms).day == day}
    if len(years) != 1:
        return None
    return date(int(years.pop()), month, day)


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


_PAST_WORDS = {"met", "struck", "began", "freed", "found", "withdrew", "broke down", "took effect",
               "came into effect", "reached", "assault", "attack"}
_LOOKS_BACK = re.compile(r"\b(following|after|since|ago|recently|earlier)\b", re.I)


_ASKED = re.compile(r"\b(to|will|would|must|should|could|may|might|can|cannot|not)\s+(\w+\s+)?$",
                    re.I)


def _happens(sentence: str, ms: Milestone) -> re.Match[str] | None:
    """The kind cue of ``ms`` in a sentence, unless only asked for or expected ("to release")."""
    for m in KIND_CUES[ms.kind].finditer(sentence):
        if not _ASKED.search(sentence[max(0, m.start() - 40):m.start()]):
            return m
    return None


def _past(sentence: str, ms: Milestone) -> bool:
    """Whether a sentence reports the milestone as past ("was killed", "following the raid")."""
    m = _happens(sentence, ms)
    if m is None:
        return False
    word = m.group(0).lower()
    last = word.split()[-1]
    return last.endswith("ed") or word in _PAST_WORDS or last in _PAST_WORDS or bool(
        _LOOKS_BACK.search(sentence))


def _day(ms: Milestone) -> date:
    return date.fromisoformat(ms.date)


def _milestone_anchor(text: str, name: str, lo: date | None, hi: date | None, gaz: Gazetteer
                      ) -> tuple[date | None, date | None, date | None, str, Span | None]:
    """A day from a public milestone the text reports with its weekday, or bounds.

    A sentence reporting, say, a truce that "ended Friday" pins the day when exactly one
    milestone of that kind fell on a Friday within the bounds the officials' titles give.
    Without a weekday, a reported milestone bounds the date from below: the text was written
    after the earliest milestone it can refer to (after ``lo`` minus a month when it calls the
    event recent), and within a month of the latest when it says "recently".
    Returns (day, lower bound, upper bound, what, evidence).
    """
    best: tuple[date, str, Span] | None = None
    floor: tuple[date, str] | None = None
    ceiling: date | None = None
    for start, sent in _sentences(text):
        kinds = kinds_in(sent)
        if not kinds:
            continue
        actors = _actors_named(sent, gaz)
        found = [ms for ms in MILESTONES if reports(sent, ms, actors, kinds)]
        if not found:
            continue
        fits = [ms for ms in found if (lo is None or _day(ms) >= lo)
                and (hi is None or _day(ms) <= hi)]
        days = {WEEKDAYS.index(m.text.split()[-1].lower().replace("’s", "").replace("'s", ""))
                for m in find_date_mentions(sent) if not m.future
                and re.fullmatch(rf"(on\s+|last\s+)?{_WD_RE}(’s|'s)?", m.text)}
        if days:
            # a weekday pins only a truce starting or ending: other kinds recur too often
            named = {ms.date: ms for ms in fits if _day(ms).weekday() in days
                     and ms.kind in _MILESTONE_CUES}
            if len(named) == 1:
                ms = next(iter(named.values()))
                d = _day(ms)
                if best is None or d > best[0]:
                    best = (d, ms.what, Span(name, start, start + len(sent), sent))
            continue
        # reported as past, not after the latest day the text can be from
        bounding = [ms for ms in found if (ms.one_off or ms.kind in _MILESTONE_CUES)
                    and (hi is None or _day(ms) <= hi) and _past(sent, ms)]
        if _RECENT.search(sent):
            if lo is None:
                continue
            recent = [ms for ms in bounding if _day(ms) >= lo - timedelta(days=RECENT_DAYS)]
            if not recent:
                continue
            first = min(recent, key=_day)
            top = max(_day(ms) for ms in recent) + timedelta(days=RECENT_DAYS)
            ceiling = top if ceiling is None else min(ceiling, top)
        elif bounding:
            first = min(bounding, key=_day)  # the earliest event the sentence can mean
        else:
            continue
        if floor is None or _day(first) > floor[0]:
            floor = (_day(first), first.what)
    if best is not None:
        return best[0], None, None, best[1], best[2]
    if floor is not None:
        return None, floor[0], ceiling, floor[1], None
    return None, None, ceiling, "", None


def _lede(text: str) -> list[tuple[int, str]]:
    """The headline (a short first line without a full stop) and the first sentence after it."""
    out: list[tuple[int, str]] = []
    for start, sent in _sentences(text):
        words = len(sent.split())
        if not out and words <= 20 and not sent.rstrip().endswith("."):
            out.append((start, sent))
            continue
        if words >= 8:
            out.append((start, sent))
            break
        if out:
            continue
    return out[:2]


def _main_event(text: str, name: str, lo: date | None, hi: date | None, gaz: Gazetteer
                ) -> tuple[Milestone, bool, Span] | None:
    """The milestone the headline or lede reports, when exactly one day fits the bounds.

    Returns the milestone, whether the lede reports a reaction to it, and the evidence.
    """
    hits: dict[str, tuple[Milestone, bool, Span]] = {}
    on_weekday: dict[str, tuple[Milestone, bool, Span]] = {}
    for start, sent in _lede(text):
        kinds = kinds_in(sent)
        if not kinds:
            continue
        actors = _actors_named(sent, gaz)
        # a past weekday in the lede ("on Friday") is the day of its event
        days = {WEEKDAYS.index(re.sub(r"(’s|'s)$", "", m.text.split()[-1]).lower())
                for m in find_date_mentions(sent) if not m.future
                and re.fullmatch(rf"(on\s+|early\s+|late\s+)?{_WD_RE}(’s|'s)?", m.text)}
        for ms in MILESTONES:
            if (lo is not None and _day(ms) < lo) or (hi is not None and _day(ms) > hi):
                continue
            if not reports(sent, ms, actors, kinds):
                continue
            cue = _happens(sent, ms)
            if cue is None:
                continue
            reaction = bool(cue and _REACTION.search(sent[:cue.start()]))
            prior = hits.get(ms.date)
            hits[ms.date] = (ms, reaction or bool(prior and prior[1]),
                             prior[2] if prior else Span(name, start, start + len(sent), sent))
            if _day(ms).weekday() in days and not reaction:
                on_weekday[ms.date] = hits[ms.date]
    if len(hits) == 1:
        return next(iter(hits.values()))
    if len(on_weekday) == 1:
        return next(iter(on_weekday.values()))  # of the events it can mean, one on its weekday
    return None


_ISO_DATE = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
# lines of page furniture whose date is not the article's ("today's paper", "© 2025")
_BANNER = re.compile(r"(paper|e-?paper|print edition|subscribe|copyright|©|all rights)", re.I)
# a date the page gives as its own: after a label, or on a short line at the top
_LABELLED = re.compile(r"(?:^|\n)[ \t]*(?:date|dateline|published|posted|first published|"
                       r"publication date)\b\W{0,4}(?:on\s+)?$", re.I)
HEADER_CHARS = 600  # how far the page's header (dateline, byline) reaches
HEADER_WORDS = 12  # a dateline or byline is a short line
BACKGROUND_DAYS = 14


_WEEKDAY_DATE = re.compile(
    rf"\b(?P<wd>{_WD_RE}),?\s+(?:(?P<m>{_MONTH_RE})\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+"
    rf"(?P<m2>{_MONTH_RE}))\b(?!,?\s+(?:19|20)\d\d)")


def weekday_dates(text: str, lo: date | None = None, hi: date | None = None
                  ) -> list[tuple[date, re.Match[str]]]:
    """Dates given with their weekday but no year ("Sunday, September 1"): the weekday pins
    the year, when exactly one year in range has that day on that weekday. The range is
    ``lo``..``hi``, else the years of the public milestones (``gazetteer.MILESTONES``).

    >>> [d.isoformat() for d, _m in weekday_dates("It was announced on Sunday, September 1.")]
    ['2024-09-01']
    """
    years = sorted({int(ms.date[:4]) for ms in MILESTONES})
    first = lo.year if lo else years[0]
    last = hi.year if hi else years[-1] + 1
    out = []
    for m in _WEEKDAY_DATE.finditer(text):
        month = _month(m.group("m") or m.group("m2"))
        day = int(m.group("d") or m.group("d2"))
        wd = WEEKDAYS.index(m.group("wd").lower())
        fits = []
        for y in range(first, last + 1):
            try:
                d = date(y, month, day)
            except ValueError:
                continue
            if d.weekday() == wd and (lo is None or d >= lo) and (hi is None or d <= hi):
                fits.append(d)
        if len(fits) == 1:
            out.append((fits[0], m))
    return out


def header_date(text: str, name: str) -> tuple[date, Span, str] | None:
    """The date a page states as its own: a labelled date ("date 2024-03-03", "Published:
    Nov 28, 2023") anywhere, else an ISO date or a dateline or byline on a short line at the
    top ("REUTERS October 04, 2025"), banners ("today's paper") excepted.

    >>> header_date(" date 2024-03-03 Mediators met on Sunday.", "a")[0]
    datetime.date(2024, 3, 3)
    >>> header_date("Monday, January 29, 2024", "a")[0]
    datetime.date(2024, 1, 29)
    >>> header_date("The rally on May 6, 2024, drew thousands of people to the square.", "a")
    """
    found: list[tuple[int, date, re.Match[str], str]] = []
    for pattern in (_ISO_DATE, FULL_DATE):
        for m in pattern.finditer(text):
            try:
                d = (date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                     if pattern is _ISO_DATE else resolve_relative(m.group(0), date(2000, 1, 1)))
            except ValueError:
                continue
            if d is None:
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            if _BANNER.search(line):
                continue
            before = text[line_start:m.start()]
            if _LABELLED.search(text[max(0, line_start - 1):m.start()]) or re.search(
                    r"\b(published|posted)\s*(on)?\W{0,3}$", before, re.I):
                found.append((0, d, m, "labelled"))
            elif m.start() < HEADER_CHARS and len(line.split()) <= HEADER_WORDS and (
                    pattern is _ISO_DATE or not re.search(r"[.!?]\s*$", line.strip())):
                found.append((1, d, m, "at the top"))
    if not found:
        return None
    _rank, d, m, how = min(found, key=lambda f: (f[0], f[2].start()))
    what = ("the page gives its date" if how == "labelled" else
            "the page's dateline or byline gives the date")
    return d, Span(name, m.start(), m.end(), m.group(0)), f"{what} {m.group(0)}"


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
    stated = header_date(text, name)
    if stated is not None:
        day, span, how = stated
        return PublicationDate(day.isoformat(), None, None, how, span)
    explicit = []
    for m in FULL_DATE.finditer(text):
        d = resolve_relative(m.group(0), date(2000, 1, 1))
        if d is None:
            continue
        around = text[max(0, m.start() - 30): m.end() + 30]
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if _BANNER.search(line) or _FUTURE.search(re.split(r"[.!?;]\s", text[
                max(0, m.start() - 60):m.start()])[-1]):
            continue  # a page banner ("today's paper") or a date ahead ("talks set for ...")
        if _HISTORIC.search(around):
            if lo is None or d > lo:  # the text looks back on it: written after it
                lo = d
                office.append(f"after {m.group(0)}, which it looks back on")
            continue
        if within(d):
            explicit.append((d, m))
    for d, m in weekday_dates(text, lo, hi):
        explicit.append((d, m))
    basis = []
    if explicit:
        anchor, m = max(explicit, key=lambda t: t[0])
        # a dated caption or aside can be background: the headline's or lede's own event,
        # within two weeks after it, dates the text instead
        main = _main_event(text, name, anchor + timedelta(days=1),
                           anchor + timedelta(days=BACKGROUND_DAYS), gaz)
        if main is not None:
            return _dated_by_event(*main, [*office, f"after {m.group(0)}, which it names"])
        span: Span | None = Span(name, m.start(), m.end(), m.group(0))
        basis.append(f"the text gives the date {m.group(0)}")
        if not re.search(rf"\bon\s+{_WD_RE},?\s*(the\s+)?$", text[max(0, m.start() - 16):
                                                                 m.start()]):
            # a bare date is the text's own day: its weekdays are resolved backwards from it
            why = ", consistent with " + "; ".join(office) if office else ""
            return PublicationDate(anchor.isoformat(), None, None, basis[0] + why, span)
        # an event's day with its weekday ("on Friday, December 1"): the text can report
        # later days of that week (below)
    else:
        day, floor, ceiling, what, span = _milestone_anchor(text, name, lo, hi, gaz)
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
        basis.append(f"the text reports {what} ({anchor.isoformat()}) on its weekday")
    later = [anchor + timedelta(days=(wd - anchor.weekday()) % 7) for _m, wd in weekdays]
    later = [d for d in later if d - anchor <= timedelta(days=6)]
    pub = max([anchor, *later])
    if pub > anchor:
        basis.append(f"and reports events up to {WEEKDAYS[pub.weekday()].title()} after it")
    if office:
        basis.append("consistent with " + "; ".join(office))
    return PublicationDate(pub.isoformat(), None, None, ", ".join(basis), span)


def _dated_by_event(ms: Milestone, reaction: bool, span: Span, office: list[str]
                    ) -> PublicationDate:
    """The date of a text whose headline or lede reports ``ms``: a newsroom heuristic.

    A report of an event is dated the event's day; a report of a response to it ("rejects
    the warning") the day after, as responses and the copy on them mostly come then. Both
    are estimates: the range runs from the event's day to ``EVENT_WINDOW_DAYS`` after it.
    """
    day = _day(ms)
    point = day + timedelta(days=REACTION_DAYS if reaction else 0)
    how = (f"a reaction to it, so dated the day after ({point.isoformat()})" if reaction
           else "so dated that day")
    basis = (f"the headline or lede reports {ms.what} ({ms.date}), {how}; an estimate: "
             f"between {ms.date} and {(day + timedelta(days=EVENT_WINDOW_DAYS)).isoformat()}")
    if office:
        basis += "; consistent with " + "; ".join(office)
    return PublicationDate(point.isoformat(), ms.date,
                           (day + timedelta(days=EVENT_WINDOW_DAYS)).isoformat(), basis, span)
