"""The day of an event: the date in the event's own clause (an open complement joined), then of
the clause it hangs from; a report's day yields to the reported one; deadlines are no event's
day; stretches and spans ("during the truce", "over the past two weeks") are dated at their
start; yearless days of one-off milestones resolve to the milestone; undated news of the day
is dated by the publication (the gold convention, an assumption in docs/evidence/events.md).

:mod:`accord.evidence.events` finds the events; this module dates them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from accord.evidence import vocab
from accord.evidence.columns import columns, index_at
from accord.evidence.date_expressions import (
    _WD_RE,
    BARE_WEEKDAY,
    WEEKDAY_DATE,
    DateMention,
    find_span_mentions,
    is_span,
    resolve_span,
    resolve_undated,
    weekday_dates,
)
from accord.evidence.dates import find_date_mentions, resolve_relative
from accord.evidence.event_clauses import TRUCE_TYPES
from accord.evidence.event_context import TERM_TYPES
from accord.evidence.gazetteer import MILESTONES
from accord.evidence.modes import clause_head
from accord.evidence.sentence_source import REPORTING

DEADLINE = re.compile(
    r"\b(by|until|till|before|no later than|deadline( of)?|ahead of)\s+(the\s+)?$", re.I
)
SPANNED = frozenset(
    etype for etype, cls in vocab.verbs().events.items() if cls.truce is not None
)  # a truce's own start or end


_YEAR_AROUND = timedelta(days=366)
_WEEKDAY_LEAD = re.compile(rf"^(?:on\s+)?{_WD_RE},?\s+\(?", re.I)  # "on Sunday, " of a joined date
_ANY_DAY = date(2000, 1, 1)  # a reference day for dates that name their year
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_DIGIT = re.compile(r"\d")
_SINCE = re.compile(r"\bsince\s+(early\s+|late\s+|mid-?)?$", re.I)


def told_in_past(tok: Any, mode: str, dm: DateMention, pub: date | None) -> str | None:
    """The day of a weekday or date read as future from the words before it ("submitted a plan
    to both sides on Monday": "plan to" reads as a plan) when the trigger is a verb in the past
    tense of a happening: the past day; ``None`` when that reading does not apply."""
    if pub is None or not dm.future or mode != "actual" or tok.tag_ != "VBD":
        return None
    d = resolve(replace(dm, future=False), pub)
    return d.isoformat() if d is not None else None


def anchored(etype: str, sent_text: str, dm: DateMention, day: str | None) -> str | None:
    """A date that names a one-off public milestone of the event's type (``data/
    milestones.yaml``), resolved to it: a day and month without a year ("the October 7
    attack", read backwards from the publication it would be the latest October 7), or a month
    the text counts from ("since October", "since October 2023")."""
    if day is None:
        return day
    d = date.fromisoformat(day)
    since = (
        dm.text.lower().startswith("since")
        or _SINCE.search(sent_text[max(0, dm.start - 20) : dm.start]) is not None
    )
    has_day = _DIGIT.search(_YEAR.sub("", dm.text)) is not None
    if _YEAR.search(dm.text) and (has_day or not since):
        return day  # a full date, or a month of a year not counted from
    for m in MILESTONES:
        if not m.one_off or m.kind != etype or m.date > day:
            continue
        md = date.fromisoformat(m.date)
        if has_day and (md.month, md.day) == (d.month, d.day):
            return m.date
        if (
            not has_day
            and since
            and md.month == d.month
            and (md.year == d.year or not _YEAR.search(dm.text))
        ):
            return m.date
    return day


def day_of(
    sent: Any, at: int, dated: list[tuple[DateMention, str | None]], parsed: bool
) -> tuple[str | None, str | None]:
    """The day of the event whose trigger is at ``at``: a date of the trigger's own clause
    ("the truce, which began on May 2, collapsed on Tuesday": Tuesday), else a date within
    its clause ("X said on Monday that the truce will take effect on Sunday": Sunday), else
    the sentence's first date. The day of a report ("said on Wednesday it had freed them on
    Tuesday") is not the day of what it reports when the clause names another."""
    if not dated:
        return None, None
    if parsed:
        dated = [(dm, day) for dm, day in dated if not _anothers(sent, at, dm)]
        if not dated:
            return None, None
    if parsed and len(dated) > 1:
        trig = token_at(sent, at)
        clause = _clause_of(trig)
        lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
        base = sent.start_char
        own: list[tuple[str | None, str | None]] = []
        inside: list[tuple[str | None, str | None]] = []
        for dm, day in dated:
            if not lo <= base + dm.start < hi:
                continue
            said = _REPORTED_ON.search(sent.text[max(0, dm.start - 24) : dm.start])
            if said and trig.lower_ != said.group(1).lower():
                continue  # "said on Wednesday": the day of the report
            where = _clause_of(token_at(sent, base + dm.start))
            # its own clause, or one describing the trigger's noun ("people taken on May 2")
            mine = where.i == clause.i or (
                where.dep_ in ("acl", "relcl") and where.head.i == trig.i
            )
            (own if mine else inside).append((day, dm.text))
        if own:
            return own[0]
        # no date of its own: the date of a clause it hangs from ("ended Friday, when X
        # accused Y"), before one of a clause below it
        up = clause
        for _ in range(4):
            if up.head.i == up.i:
                break
            up = _clause_of(up.head)
            for dm, day in dated:
                if _clause_of(token_at(sent, base + dm.start)).i == up.i:
                    return day, dm.text
        if inside:
            return inside[0]
    dm, day = dated[0]
    return day, dm.text


def terms_kept(found: list[tuple[str, str, int]], sent: Any, parsed: bool) -> list[Any]:
    """The events of an item of a list that sets out a package's terms ("The terms:" then "- a
    first stage in which 30 are freed"): a term is no happening, but one with a day of its own
    is scheduled ("1. The truce takes effect on Sunday"), and so is a truce whose day is named
    whatever its verb's form ("- A truce starting on Sunday, January 19")."""
    return [
        (etype, "planned", at) if etype in TRUCE_TYPES else (etype, mode, at)
        for etype, mode, at in found
        if etype not in TERM_TYPES
        or ((mode == "planned" or etype in TRUCE_TYPES) and parsed and own_day(sent, at))
    ]


def own_day(sent: Any, at: int) -> bool:
    """Whether the clause of the trigger at ``at`` names a day of its own ("would be freed
    tonight", "expected to be handed over on Monday"): a plan scheduled, where a stretch ("over
    six weeks") or no day at all is a package's terms."""
    clause = _clause_of(token_at(sent, at))
    for dm in mentions(sent.text):
        if is_span(dm.text) or _anothers(sent, at, dm):
            continue
        if _clause_of(token_at(sent, sent.start_char + dm.start)).i == clause.i:
            return True
    # the text's own day, later ("expected to be released this afternoon", "later today")
    return any(
        _clause_of(token_at(sent, sent.start_char + m.start())).i == clause.i
        for m in _LATER_TODAY.finditer(sent.text)
    )


_LATER_TODAY = re.compile(r"\b(this (morning|afternoon|evening)|later today)\b", re.I)


_MONTH_ONLY = re.compile(
    r"(January|February|March|April|May|June|July|August|September|October|November|December)"
)


def _anothers(sent: Any, at: int, dm: DateMention) -> bool:
    """Whether a date belongs to something else than the event at ``at``: a clause that
    describes a noun ("the envoys sent on May 2", "the deal agreed in January") the
    trigger is not in, or a month naming a thing ("the January agreement")."""
    tok = token_at(sent, sent.start_char + dm.start)
    if _MONTH_ONLY.fullmatch(dm.text) and tok.dep_ in ("compound", "amod", "nmod"):
        return tok.head.pos_ in ("NOUN", "PROPN")
    clause = _clause_of(tok)
    if clause.dep_ not in ("relcl", "acl"):
        return False
    trig = token_at(sent, at)
    if clause.head.i == trig.i:
        return False  # it describes the event's own noun ("a meeting held on Saturday")
    return not (clause.left_edge.i <= trig.i <= clause.right_edge.i)


def _clause_of(tok: Any) -> Any:
    """The clause a token belongs to, an open complement joined to its governor ("are set to
    resume on Monday": one clause)."""
    head = clause_head(tok)
    for _ in range(4):
        if head.dep_ != "xcomp" or head.head.i == head.i:
            break
        head = clause_head(head.head)
    return head


# a reporting verb right before a date ("said on Wednesday", "told reporters Sunday")
_REPORTED_ON = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, REPORTING), key=len, reverse=True)) + r")"
    r"\s+(?:(?:reporters|journalists|the press|in a statement)\s+)?(?:on\s+|late\s+|early\s+)?$",
    re.I,
)


def mentions(text: str) -> list[DateMention]:
    """The date expressions of a sentence, and the stretches and spans that date a happening
    ("over the past two weeks", "during the truce"), in order; overlaps keep the first."""
    out: list[DateMention] = []
    for dm in sorted(
        [*find_date_mentions(text), *find_span_mentions(text)], key=lambda m: (m.start, -m.end)
    ):
        if not out or dm.start >= out[-1].end:
            out.append(dm)
    return _weekday_joined(text, out)


_BETWEEN_WEEKDAY_AND_DAY = re.compile(r",?\s+\(?")


def _weekday_joined(text: str, out: list[DateMention]) -> list[DateMention]:
    """A weekday and the day it names read as one mention ("on Sunday, January 19"): the
    weekday pins the day's year (:func:`resolve`), and is not a second, other day."""
    joined: list[DateMention] = []
    for dm in out:
        last = joined[-1] if joined else None
        if (
            last is not None
            and _BETWEEN_WEEKDAY_AND_DAY.fullmatch(text[last.end : dm.start])
            and WEEKDAY_DATE.search(text[last.start : dm.end])
            and BARE_WEEKDAY.fullmatch(last.text)
        ):
            text_of = text[last.start : dm.end]
            joined[-1] = DateMention(last.start, dm.end, text_of, last.future or dm.future)
            continue
        joined.append(dm)
    return joined


def resolve(dm: DateMention, pub: date | None) -> date | None:
    """The day of a mention, from the publication date; without one, a date with its year,
    else a public milestone's day and month (the fallback, never the clock)."""
    if is_span(dm.text):
        return resolve_span(dm.text, pub)
    pinned = _WEEKDAY_LEAD.match(dm.text)
    if pinned and pub is not None:
        near = weekday_dates(dm.text, pub - _YEAR_AROUND, pub + _YEAR_AROUND)
        if len(near) == 1:
            return near[0][0]  # "Sunday, January 19": the one such Sunday within a year
        dm = replace(dm, text=dm.text[pinned.end() :])  # else the day as written
    if pub is not None:
        return resolve_relative(dm.text, pub, dm.future)
    if _YEAR.search(dm.text):
        return resolve_relative(dm.text, _ANY_DAY)
    return resolve_undated(dm.text)


_BACKGROUND = frozenset({"since", "so", "previous", "previously", "earlier", "ongoing", "months"})


def news_of_the_day(etype: str, sent: Any, at: int) -> bool:
    """An undated happening the text reports as its news: a finite verb in the past or present
    ("X rejected", "Y releases", "were freed"), not talks (a process), not a noun ("the
    refusal"), not a modifier ("released workers") and not background ("so far", "since",
    "previous"). Dated by the publication (the gold convention; an assumption, docs)."""
    if etype == "talks" or not sent.words.isdisjoint(_BACKGROUND):
        return False
    tok = token_at(sent, at)
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB":
        tok = tok.head  # "strikes hit the town": the noun's happening is its verb's
    if tok.pos_ != "VERB" or tok.dep_ in ("amod", "acl", "relcl", "pcomp", "advcl", "xcomp"):
        return False
    if tok.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return tok.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in tok.children
    )


def token_at(sent: Any, char: int) -> Any:
    """The token of ``sent`` at character ``char`` (the first token when none is).

    Found by bisection on the doc's token offsets (:mod:`accord.evidence.columns`) when
    ``sent`` is a slice of a doc (a span or a :class:`~accord.evidence.extract.Sentence`)."""
    doc = getattr(sent, "doc", None)
    if doc is None:
        for tok in sent:
            if tok.idx <= char < tok.idx + len(tok.text):
                return tok
        return sent[0]
    cols = columns(doc)
    s, e = sent.start, sent.end
    k = index_at(cols, s, e, char)
    if k >= s and char < cols.end[k]:
        return _token(sent, k - s)
    return sent[0]


def _token(sent: Any, i: int) -> Any:
    """The ``i``-th token of ``sent`` (from its list when it keeps one)."""
    toks = getattr(sent, "tokens", None)
    return toks[i] if toks is not None else sent[i]
