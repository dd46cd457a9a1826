"""Public milestones of the negotiation as evidence of a text's date.

A sentence reports a milestone (``gazetteer.MILESTONES``) when it has a cue of the
milestone's kind, its own cue and one of its actors; officials named with their
title bound the date by their term. See docs/evidence/dates.md, "Publication
dates from public milestones".
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import cache, lru_cache

from accord.evidence import vocab
from accord.evidence.date_expressions import (
    _WD_RE,
    WEEKDAYS,
    find_date_mentions,
    milestone_day,
    sentences,
)
from accord.evidence.gazetteer import ADJECTIVES, MILESTONES, Gazetteer, Milestone
from accord.evidence.numbers import words_to_int
from accord.evidence.prefilter import guarded
from accord.evidence.types import PublicationDate, Span

# how a sentence reports a milestone of each kind (see gazetteer.MILESTONES): general words
_TRUCE = "|".join(
    sorted({re.escape(w) for w in vocab.verbs().truce_nouns}, key=lambda w: (-len(w), w))
)
_TRUCE_KINDS = {
    end: [k for k, c in vocab.verbs().events.items() if c.truce == end] for end in ("start", "end")
}
KIND_CUES = {
    **{
        kind: re.compile(
            rf"\b({_TRUCE})\b[^.]{{0,120}}\b(began|started|"
            r"took effect|came into effect|begins|takes effect|takes hold|took hold)\b",
            re.I,
        )
        for kind in _TRUCE_KINDS["start"]
    },
    **{
        kind: re.compile(
            rf"\b({_TRUCE}|first phase)\b[^.]{{0,200}}\b(ended|"
            r"collapsed|expired|broke down|lapsed)\b"
            # the end as the verb's object: "strikes ..., ending a two-month truce", "ending two
            # months of truce"
            rf"|\b(ending|ended|shattering|shattered)\s+(?:(?:the|a|an)\s+)?"
            rf"(?:[\w-]+\s+){{0,3}}({_TRUCE})\b",
            re.I,
        )
        for kind in _TRUCE_KINDS["end"]
    },
    "threat": re.compile(r"\b(warn\w*|threat\w*|ultimatum)\b", re.I),
    "meeting": re.compile(r"\b(met|meets|meeting)\b", re.I),
    "talks": re.compile(r"\b(talks|negotiations)\b", re.I),
    "proposal": re.compile(r"\b(propos\w*|plan|framework|unveil\w*)\b", re.I),
    "acceptance": re.compile(r"\b(accept\w*|agreed|agrees?|approv\w*|announc\w*|reached)\b", re.I),
    "rejection": re.compile(r"\b(reject\w*|suspend\w*|recall\w*|pulled out|walk\w* away)\b", re.I),
    "release": re.compile(
        r"\b(releas\w*|freed|free|rescu\w*|returned|handed(?: over)?|(?:came|brought) home)\b",
        re.I,
    ),
    "military_operation": re.compile(
        r"\b(strikes?|struck|attack\w*|assault|operations?|"
        r"offensive|killed|kill|assassinat\w*|blockade|halt\w*|"
        r"raid\w*|invasion|withdr[ae]w\w*|found|approv\w*|seiz\w*|captur\w*)\b",
        re.I,
    ),
}
KIND_CUES = {k: guarded(p) for k, p in KIND_CUES.items()}  # same matches, found faster
_MILESTONE_CUES = {k: KIND_CUES[k] for k in _TRUCE_KINDS["start"] + _TRUCE_KINDS["end"]}
# a milestone said to be recent ("ended recently", "days ago"): written within a month of it
_RELATIVE_DAY = re.compile(r"\b(last night|yesterday|overnight|today|tonight|this morning)\b", re.I)
_RECENT = re.compile(r"\b(recently|days ago|last week|this week|earlier this month)\b", re.I)
RECENT_DAYS = 30
# a lede that places an event before the text's days: it reports something else
_BEFORE_NOW = re.compile(
    r"\b((late |early )?last (month|week|year)|earlier (this|last) (month|week|year)|"
    r"(days|weeks|months) (ago|earlier)|a (week|month|year) ago)\b",
    re.I,
)
# the headline or lede reports a response to the event ("rejects the threat"): written the day
# after it, as a rule; wire copy of the event itself is dated the event's day
_REACTION = re.compile(
    r"\b(reject\w*|dismiss\w*|respond\w*|react\w*|rebuff\w*|slam\w*|"
    r"denounc\w*|condemn\w*|hit\w* back|brush\w* off|shrug\w* off)\b",
    re.I,
)
REACTION_DAYS = 1  # the point estimate for a reaction: the event's day plus this
EVENT_WINDOW_DAYS = 3  # the latest a report of the event (or a reaction) is dated


def _actors_named(text: str, gaz: Gazetteer) -> set[str]:
    """Actor ids a sentence names: by name, title, metonym, description or official."""
    found = {
        gaz.combined_actor_pattern().who[m.lastgroup or ""][0]
        for m in gaz.combined_actor_pattern().pattern.finditer(text)
    }
    officials = gaz.official_pattern()
    found |= {officials.who[m.group(0)].actor for m in officials.pattern.finditer(text)}
    # for dating, an adjective names its actor too ("a Ruritanian operation")
    found |= {
        actor
        for actor, adjs in ADJECTIVES.items()
        if adjs and _adjectives_pattern(tuple(adjs)).search(text)
    }
    return found


@cache
def _adjectives_pattern(adjs: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``adjs`` as a whole word (one search instead of one per adjective)."""
    return re.compile("|".join(rf"\b{re.escape(adj)}\b" for adj in adjs))


def kinds_in(sentence: str) -> set[str]:
    """The milestone kinds whose cue words a sentence has."""
    return {kind for kind, cue in KIND_CUES.items() if cue.search(sentence)}


@cache
def _cue(cue: str) -> re.Pattern[str]:
    """A milestone's cue as a whole-word pattern, compiled once."""
    return re.compile(rf"\b(?:{cue})", re.I)


def reports(sentence: str, ms: Milestone, actors: set[str], kinds: set[str] | None = None) -> bool:
    """Whether a sentence (naming ``actors``; with cues of ``kinds``) reports milestone ``ms``.

    >>> from accord.evidence.gazetteer import Milestone
    >>> ms = Milestone("2024-06-08", "release", "crew rescued", ("ruritania",), r"rescu\\w*")
    >>> reports("Ruritanian forces rescued four sailors.", ms, {"ruritania"})
    True
    >>> reports("Ruritanian forces are searching for sailors.", ms, {"ruritania"})
    False
    """
    if kinds is not None:
        if ms.kind not in kinds:
            return False
    else:
        cue = KIND_CUES.get(ms.kind)
        if cue is None or not cue.search(sentence):
            return False
    if ms.cue and not _cue(ms.cue).search(sentence):
        return False
    if ms.kind in _MILESTONE_CUES:
        named = _month_days(sentence)
        # "the truce that began on January 19" is no truce of another day; a truce starting
        # or ending needs no actor named ("the truce ended")
        return not named or (milestone_day(ms).month, milestone_day(ms).day) in named
    if ms.place and _cue(ms.place).search(sentence):
        return True  # "four rescued in <place>": the place singles out the happening
    return not ms.actors or bool(actors & set(ms.actors))


_MONTHS = {
    m.lower(): i for i in range(1, 13) for m in (calendar.month_name[i], calendar.month_abbr[i])
}
_MONTH_NAMES = "|".join(calendar.month_name[1:] + calendar.month_abbr[1:])
_MONTH_DAY = re.compile(
    rf"\b(?:(?P<m>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_NAMES}))\b"
)


@lru_cache(maxsize=2048)
def _month_days(sentence: str) -> frozenset[tuple[int, int]]:
    """The (month, day) pairs a sentence or text names ("January 19", "19 Jan")."""
    return frozenset(
        (_MONTHS[(m.group("m") or m.group("m2")).lower()], int(m.group("d") or m.group("d2")))
        for m in _MONTH_DAY.finditer(sentence)
    )


@cache
def _titled(title: str, surname: str) -> re.Pattern[str]:
    """An official named with the last word of their title ("Minister Anna Varga"); "former
    President X" names no one in office. The title opens the pattern, so the search jumps to
    it; the checks before it ("former ", "ex-", "then-", a word start) are look-behinds over
    the title (a pattern opening with look-behinds is tried at every position of the text)."""
    t, last = re.escape(title), re.escape(surname)
    start = rf"(?<!\w{t})" if re.match(r"\w", title) else rf"(?<=\w{t})"  # as \b before it
    return re.compile(
        rf"{t}(?<!former {t})(?<!ex-{t})(?<!then-{t}){start}\s+(?:[A-Z][\w.'’-]+\s+){{0,3}}{last}\b"
    )


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
        if _titled(off.title.split()[-1], surname).search(text):
            if off.start and (lo is None or date.fromisoformat(off.start) > lo):
                lo = date.fromisoformat(off.start)
            if off.end and (hi is None or date.fromisoformat(off.end) < hi):
                hi = date.fromisoformat(off.end)
            why.append(f"{off.title} {off.name} ({off.start or '…'} to {off.end or 'now'})")
    return lo, hi, why


# the age of the war a text states as now: "a seven-week-old war", "day 100 of the war", "15
# months into the war" (counted from the earliest milestone of the table, its start); not
# "halted 15 months of fighting", a span that ended before
_WAR = r"(?:war|conflict)"
_AGE = r"(?P<n{k}>\d+|[a-z]+(?:-[a-z]+)?)[- ](?P<u{k}>day|week|month|year)s?"
_WAR_AGE = re.compile(
    rf"\b{_AGE.format(k=0)}[- ]old\s+{_WAR}\b"
    rf"|\b{_AGE.format(k=1)}\s+into\s+(?:the\s+)?{_WAR}\b"
    rf"|\b(?P<u2>day|week|month)\s+(?P<n2>\d+)\s+of\s+(?:the\s+)?{_WAR}\b",
    re.I,
)
# the cheap pre-check of :func:`war_age_range`, with a look-ahead for its first letters
_WAR_CHECK = guarded(re.compile(r"(old|into|of)\s+(the\s+)?" + _WAR, re.I))
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def war_age_range(text: str) -> tuple[date | None, date | None, list[str]]:
    """Bounds from the age of the war the text states, one unit either way ("a seven-week-old
    war": six to eight weeks after its start; days two either way)."""
    if not MILESTONES or not _WAR_CHECK.search(text):
        return None, None, []  # (a cheap pre-check)
    start = min(milestone_day(ms) for ms in MILESTONES)
    lo: date | None = None
    hi: date | None = None
    why: list[str] = []
    for m in _WAR_AGE.finditer(text):
        k = next(k for k in range(3) if m.group(f"n{k}"))
        raw, unit = m.group(f"n{k}"), m.group(f"u{k}")
        n = int(raw) if raw.isdigit() else words_to_int(raw.replace("-", " "))
        if n is None or n > 1000:
            continue
        days = _UNIT_DAYS[unit.lower()]
        slack = 2 if days == 1 else days
        a = start + timedelta(days=max(0, n * days - slack))
        b = start + timedelta(days=n * days + slack)
        lo, hi = max(lo or a, a), min(hi or b, b)
        why.append(f"a war {m.group(0)!r} old, from {start.isoformat()}")
    if lo is not None and hi is not None and lo > hi:
        return None, None, []  # ages that disagree bound nothing
    return lo, hi, why


_PAST_WORDS = {
    "met",
    "struck",
    "began",
    "freed",
    "found",
    "withdrew",
    "broke down",
    "took effect",
    "came into effect",
    "reached",
    "assault",
    "attack",
}
_LOOKS_BACK = re.compile(r"\b(following|after|since|ago|recently|earlier)\b", re.I)


_ASKED = re.compile(
    r"\b(to|will|would|must|should|could|may|might|can|cannot|not)\s+(\w+\s+)?$", re.I
)


def _happens(sentence: str, ms: Milestone) -> re.Match[str] | None:
    """The kind cue of ``ms`` in a sentence, unless only asked for or expected ("to release")."""
    for m in KIND_CUES[ms.kind].finditer(sentence):
        if not _ASKED.search(sentence[max(0, m.start() - 40) : m.start()]):
            return m
    return None


def _past(sentence: str, ms: Milestone) -> bool:
    """Whether a sentence reports the milestone as past ("was killed", "following the raid")."""
    m = _happens(sentence, ms)
    if m is None:
        return False
    word = m.group(0).lower()
    last = word.split()[-1]
    return (
        last.endswith("ed")
        or word in _PAST_WORDS
        or last in _PAST_WORDS
        or bool(_LOOKS_BACK.search(sentence))
    )


def names_earlier_milestone(sentence: str, weekday: int, day: date, gaz: Gazetteer) -> bool:
    """Whether a sentence reports (not as asked for) a milestone falling on ``weekday`` in the
    six days before ``day`` ("the truce took effect on Friday" in a text anchored on the
    Monday after it): that weekday is the milestone's, not a later day of the text.

    >>> names_earlier_milestone("The truce took effect at noon on Friday.", 4,
    ...                         date(2025, 10, 13), Gazetteer.shared())
    True
    """
    actors = _actors_named(sentence, gaz)
    kinds = kinds_in(sentence)
    for ms in MILESTONES:
        ms_day = milestone_day(ms)
        if ms_day.weekday() != weekday or not 0 < (day - ms_day).days <= 6:
            continue
        if reports(sentence, ms, actors, kinds) and _happens(sentence, ms) is not None:
            return True
    return False


def _specific(named: dict[str, Milestone]) -> dict[str, Milestone]:
    """Of several milestones a sentence can mean, those whose own cue it names ("the first
    phase ended" means the milestone cued by the phase, not a truce's end in general)."""
    cued = {d: ms for d, ms in named.items() if ms.cue}
    return cued if len(named) > 1 and cued else named


def _lede(text: str) -> list[tuple[int, str]]:
    """The headline (a short first line without a full stop) and the first sentence after it."""
    out: list[tuple[int, str]] = []
    first = text.split("\n", 1)[0]
    for start, sent in sentences(text):
        words = len(sent.split())
        if not out and words <= 20 and not sent.rstrip().endswith("."):
            out.append((start, sent))
            continue
        if start + len(sent) <= len(first) and len(first.split()) <= 20:
            # a headline's line of two sentences ("X said yes. Nobody said yes to Y"): the
            # lede is the first sentence after it
            out = out or [(start, sent)]
            continue
        if words >= 8:
            out.append((start, sent))
            break
        if out:
            continue
    return out[:2]


def _main_event(
    text: str, name: str, lo: date | None, hi: date | None, gaz: Gazetteer
) -> tuple[Milestone, bool, Span] | None:
    """The milestone the headline or lede reports, when exactly one day fits the bounds.

    Returns the milestone, whether the lede reports a reaction to it, and the evidence.
    """
    hits: dict[str, tuple[Milestone, bool, Span]] = {}
    on_weekday: dict[str, tuple[Milestone, bool, Span]] = {}
    for start, sent in _lede(text):
        kinds = kinds_in(sent)
        if not kinds or _BEFORE_NOW.search(sent):
            continue  # ("the proposal outlined late last month": background, not the news)
        actors = _actors_named(sent, gaz)
        # a past weekday in the lede ("on Friday") is the day of its event
        days = {
            WEEKDAYS.index(re.sub(r"(’s|'s)$", "", m.text.split()[-1]).lower())
            for m in find_date_mentions(sent)
            if not m.future and re.fullmatch(rf"(on\s+|early\s+|late\s+)?{_WD_RE}(’s|'s)?", m.text)
        }
        for ms in MILESTONES:
            if (lo is not None and milestone_day(ms) < lo) or (
                hi is not None and milestone_day(ms) > hi
            ):
                continue
            if not reports(sent, ms, actors, kinds):
                continue
            cue = _happens(sent, ms)
            if cue is None:
                continue
            reaction = bool(cue and _REACTION.search(sent[: cue.start()]))
            prior = hits.get(ms.date)
            hits[ms.date] = (
                ms,
                reaction or bool(prior and prior[1]),
                # (a lede counting days from it, "Twelve days after ...", dates the text)
                prior[2]
                if prior and not _time_after(sent)
                else Span(name, start, start + len(sent), sent),
            )
            if milestone_day(ms).weekday() in days and not reaction:
                on_weekday[ms.date] = hits[ms.date]
    if len(hits) == 1:
        return next(iter(hits.values()))
    if len(on_weekday) == 1:
        return next(iter(on_weekday.values()))  # of the events it can mean, one on its weekday
    return None


# a lede set a count of days after its event: "Twelve days after X announced ...", "A week
# after the truce began, ..."
_TIME_AFTER = re.compile(
    r"^\W*(?:(?:exactly|just|only|barely)\s+)?(?P<n>an?|\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?P<unit>days?|weeks?)\s+after\b",
    re.I,
)


OPENING_CHARS = 400  # how far after the lede an opening's "as of <weekday>" is read
_AS_OF = re.compile(rf"\bas of (?:today,?\s+)?({_WD_RE})\b", re.I)


def _time_after(sentence: str) -> tuple[int, int] | None:
    """The days a lede counts from its event ("Twelve days after ...": 12) and where the
    count's phrase ends; ``None`` without one."""
    m = _TIME_AFTER.match(sentence)
    if m is None:
        return None
    n = 1 if m.group("n").lower() in ("a", "an") else words_to_int(m.group("n").lower())
    if not n or n > 60:
        return None
    return n * (7 if m.group("unit").lower().startswith("week") else 1), m.end()


def _dated_by_event(
    ms: Milestone, reaction: bool, span: Span, office: list[str], text: str = ""
) -> PublicationDate:
    """The date of a text whose headline or lede reports ``ms``: a newsroom heuristic.

    A report of an event is dated the event's day; a report of a response to it ("rejects
    the warning") the day after, as responses and the copy on them mostly come then. Both
    are estimates: the range runs from the event's day to ``EVENT_WINDOW_DAYS`` after it.
    Where the lede counts days from the event ("Twelve days after ...") or its opening names
    its own weekday ("where each party stands as of Wednesday"), that day is the text's.
    """
    day = milestone_day(ms)
    later = _time_after(span.text)
    if later:
        # "Twelve days after X announced the plan, ...": the lede's own day, counted
        basis = f"the lede counts {later[0]} days from {ms.what} ({ms.date})"
        point = day + timedelta(days=later[0])
        if office:
            basis += "; consistent with " + "; ".join(office)
        return PublicationDate(point.isoformat(), None, None, basis, span)
    present = _AS_OF.search(text[: span.end + OPENING_CHARS] or span.text)
    if present is not None:
        # "where each party stands as of Wednesday": the lede names its own day
        wd = WEEKDAYS.index(present.group(1).lower())
        ahead = (wd - day.weekday()) % 7
        if ahead <= EVENT_WINDOW_DAYS:
            point = day + timedelta(days=ahead)
            basis = (
                f"the lede reports {ms.what} ({ms.date}) and speaks {present.group(0)}, the "
                f"first such day from it ({point.isoformat()})"
            )
            return PublicationDate(point.isoformat(), None, None, basis, span)
    point = day + timedelta(days=REACTION_DAYS if reaction else 0)
    how = (
        f"a reaction to it, so dated the day after ({point.isoformat()})"
        if reaction
        else "so dated that day"
    )
    basis = (
        f"the headline or lede reports {ms.what} ({ms.date}), {how}; an estimate: "
        f"between {ms.date} and {(day + timedelta(days=EVENT_WINDOW_DAYS)).isoformat()}"
    )
    if office:
        basis += "; consistent with " + "; ".join(office)
    return PublicationDate(
        point.isoformat(),
        ms.date,
        (day + timedelta(days=EVENT_WINDOW_DAYS)).isoformat(),
        basis,
        span,
    )
