"""Events: talks, proposals, releases, operations, threats ..., from the verbs and nouns of a clause.

Each event type has a verb class keyed on lemmas and the nouns formed from those verbs
(``data/verbs.yaml``; CAMEO and PLOVER are the reference vocabulary). A trigger is a token of
the class with the right part of speech (a verb tagged ``VB*``, a noun ``NN*``); verbs too
common alone ("resume", "strike", "return") need a word of their clause ("resume fighting",
"return the bodies"). The clause then decides, from the dependency parse:

- the mode (:mod:`accord.evidence.modes`): a release that is demanded, conditional,
  hypothetical or only planned is a position (a claim), not a happening, and is not logged as
  an event; talks, meetings and truces that are scheduled are (mode ``planned``);
- negation: "did not agree" is a rejection; other negated triggers are no event;
- the agent: "freed by troops" is an operation, not a release;
- a package noun ("proposal") is a proposal event only as the subject of its clause or the
  object of tabling it, not when it is what someone accepts or rejects.

Whether a trigger reports a happening at all (not a modifier, a description, the object of a
stance, background) is decided in :mod:`accord.evidence.event_filter`; this module scans the
sentences, reads mode, negation and agent, and builds the events.

Several triggers of one type in a sentence give one event per place (the place nearest each
trigger): one event per happening when a sentence repeats it. Places come from the
proper-noun runs; dates are resolved against the publication date.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex
from accord.evidence.count_context import is_item
from accord.evidence.date_expressions import (
    DateMention,
    find_span_mentions,
    is_span,
    resolve_span,
    resolve_undated,
)
from accord.evidence.dates import find_date_mentions, resolve_relative
from accord.evidence.event_clauses import (
    REFUSAL_WORDS,
    TRUCE_TYPES,
    agent_words,
    conditional_refusal,
    controller_words,
    describes_people,
    doer,
    none_affected,
    superseded_plan,
)
from accord.evidence.event_filter import clause_words, reports_event
from accord.evidence.event_triggers import Trigger, pattern_set, patterns, trigger_words, triggers
from accord.evidence.gazetteer import MILESTONES
from accord.evidence.modes import Reading, clause_head, has_marks, read
from accord.evidence.speech import REPORTING, quote_spans
from accord.evidence.threats import may_threaten, threat_at, threat_parties
from accord.evidence.types import Event, PublicationDate, Span

# nouns that stand for several actors ("the mediators presented a proposal"): all of them
_GROUPS = {k.lower(): list(v) for k, v in vocab.actors().groups.items()}
_ADJECTIVES = {a for e in vocab.actors().actors.values() for a in e.adjectives}
_NOT_PLACES = {w.lower() for w in vocab.actors().not_places}  # states and parties
# triggers logged when only planned (scheduled talks, a truce expected to begin, a deal to be
# signed); a planned release or strike is a term of a deal or a threat, not a happening
_PLANNED_OK = {name for name, cls in vocab.verbs().events.items() if cls.planned}
# a lead-in that sets out a package's terms in the list after it ("The draft's terms:")
_PACKAGE_WORDS = {
    "terms",
    "proposal",
    "proposals",
    "draft",
    "plan",
    "deal",
    "framework",
    "agreement",
    "offer",
}
# what a term of a package can name without it happening
_TERM_TYPES = {"release", "talks", "military_operation"} | TRUCE_TYPES


def _announced(tok: Any) -> bool:
    """An operation a source says will come ("said the army would enter X"): the clause is
    the complement of a verb of saying, and the operation is no term of a deal."""
    head = tok
    for _ in range(3):
        if head.dep_ != "ccomp" or head.head.i == head.i:
            return False
        head = head.head
        if head.lower_ in REPORTING:
            return True
    return False


def _sets_out_terms(text: str) -> bool:
    """A lead-in sentence ending in a colon whose words name a package."""
    return text.rstrip().endswith(":") and bool(
        _PACKAGE_WORDS & set(re.findall(r"[a-z]+", text.lower()))
    )


# agents that make a release an operation ("freed by troops")
_FORCE_AGENTS = {
    "forces",
    "troops",
    "soldiers",
    "army",
    "military",
    "police",
    "commandos",
    "operation",
    "special",
    "units",
    "unit",
} | {w.lower() for w in vocab.verbs().force_agents}
_MEDIATING = {
    "mediators",
    "mediator",
    "negotiators",
    "delegation",
    "delegations",
    "intelligence",
    "envoy",
    "envoys",
    "negotiating",
}


def _places(sent: Any, index: ActorIndex) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for start, _end, text in index.places:
        if sent.start_char <= start < sent.end_char:
            place = re.sub(r"^the\s+", "", text, flags=re.I)
            if place.lower() not in _NOT_PLACES and place not in [p for _s, p in out]:
                out.append((start, place))
    return out


def _group(word: str, sent: Any, index: ActorIndex) -> list[str]:
    """The members of a group noun ("the mediators"), unless parties qualify it ("Ruritanian
    and Borduran mediators": those already named)."""
    for m in re.finditer(rf"\b{re.escape(word)}\b", sent.text, re.I):
        at = sent.start_char + m.start()
        before = sent.text[max(0, m.start() - 40) : m.start()]
        if not index.actors_in(max(sent.start_char, at - 40), at) and not (
            set(re.findall(r"[\w’'.]+", before)) & _ADJECTIVES
        ):
            return _GROUPS[word]
    return []


def _capitals(sent: Any, index: ActorIndex) -> list[tuple[int, str]]:
    """Seats of government named as places of talks ("talks in Paris and Vienna")."""
    out = []
    for m in index.actors_in(sent.start_char, sent.end_char):
        if m.kind == "metonym":
            before = index.text[max(sent.start_char, m.evidence.start - 8) : m.evidence.start]
            if re.search(r"\b(in|and|at|to)\s+$", before):
                out.append((m.evidence.start, m.evidence.text))
    return out


def _parsed(sent: Any) -> bool:
    got = getattr(sent, "parsed", None)
    return got if got is not None else any(t.dep_ != "ROOT" for t in sent)


def _token_at(sent: Any, char: int) -> Any:
    for tok in sent:
        if tok.idx <= char < tok.idx + len(tok.text):
            return tok
    return sent[0]


def _match(toks: list[Any], j: int, trig: Trigger) -> bool:
    """Whether the words of a (multi-word) trigger follow at position ``j`` of ``toks``."""
    n = len(trig.words)
    if n == 1:
        return True
    if j + n > len(toks):
        return False
    return all(toks[j + k].lower_ == trig.words[k] for k in range(1, n))


# a date after these words is a deadline or a bound, not the day of the event the clause
# reports ("threatened ... if they are not freed by Saturday"), except for a truce's own span
_DEADLINE = re.compile(
    r"\b(by|until|till|before|no later than|deadline( of)?|ahead of)\s+(the\s+)?$", re.I
)
_SPANNED = frozenset(
    etype for etype, cls in vocab.verbs().events.items() if cls.truce is not None
)  # a truce's own start or end


_ANY_DAY = date(2000, 1, 1)  # a reference day for dates that name their year
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_DIGIT = re.compile(r"\d")
_SINCE = re.compile(r"\bsince\s+(early\s+|late\s+|mid-?)?$", re.I)


def _anchored(etype: str, sent_text: str, dm: DateMention, day: str | None) -> str | None:
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


def _day_of(
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
        trig = _token_at(sent, at)
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
            mine = _clause_of(_token_at(sent, base + dm.start)).i == clause.i
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
                if _clause_of(_token_at(sent, base + dm.start)).i == up.i:
                    return day, dm.text
        if inside:
            return inside[0]
    dm, day = dated[0]
    return day, dm.text


_MONTH_ONLY = re.compile(
    r"(January|February|March|April|May|June|July|August|September|October|November|December)"
)


def _anothers(sent: Any, at: int, dm: DateMention) -> bool:
    """Whether a date belongs to something else than the event at ``at``: a clause that
    describes a noun ("the envoys sent on May 2", "the deal agreed in January") the
    trigger is not in, or a month naming a thing ("the January agreement")."""
    tok = _token_at(sent, sent.start_char + dm.start)
    if _MONTH_ONLY.fullmatch(dm.text) and tok.dep_ in ("compound", "amod", "nmod"):
        return tok.head.pos_ in ("NOUN", "PROPN")
    clause = _clause_of(tok)
    if clause.dep_ not in ("relcl", "acl"):
        return False
    trig = _token_at(sent, at)
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


def _mentions(text: str) -> list[DateMention]:
    """The date expressions of a sentence, and the stretches and spans that date a happening
    ("over the past two weeks", "during the truce"), in order; overlaps keep the first."""
    out: list[DateMention] = []
    for dm in sorted(
        [*find_date_mentions(text), *find_span_mentions(text)], key=lambda m: (m.start, -m.end)
    ):
        if not out or dm.start >= out[-1].end:
            out.append(dm)
    return out


def _resolve(dm: DateMention, pub: date | None) -> date | None:
    """The day of a mention, from the publication date; without one, a date with its year,
    else a public milestone's day and month (the fallback, never the clock)."""
    if is_span(dm.text):
        return resolve_span(dm.text, pub)
    if pub is not None:
        return resolve_relative(dm.text, pub, dm.future)
    if _YEAR.search(dm.text):
        return resolve_relative(dm.text, _ANY_DAY)
    return resolve_undated(dm.text)


_BACKGROUND = frozenset({"since", "so", "previous", "previously", "earlier", "ongoing", "months"})


def _news_of_the_day(etype: str, sent: Any, at: int) -> bool:
    """An undated happening the text reports as its news: a finite verb in the past or present
    ("X rejected", "Y releases", "were freed"), not talks (a process), not a noun ("the
    refusal"), not a modifier ("released workers") and not background ("so far", "since",
    "previous"). Dated by the publication (the gold convention; an assumption, docs)."""
    if etype == "talks" or not sent.words.isdisjoint(_BACKGROUND):
        return False
    tok = _token_at(sent, at)
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB":
        tok = tok.head  # "strikes hit the town": the noun's happening is its verb's
    if tok.pos_ != "VERB" or tok.dep_ in ("amod", "acl", "relcl", "pcomp", "advcl", "xcomp"):
        return False
    if tok.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return tok.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in tok.children
    )


def extract_events(
    sents: list[Any], index: ActorIndex, name: str, published: PublicationDate
) -> list[Event]:
    """Events of a parsed document: one per type and place per sentence."""
    pub = date.fromisoformat(published.date) if published.date else None
    table = triggers()
    first = trigger_words()
    phrases = patterns()
    phrase_set = pattern_set()
    out: list[Event] = []
    doc_text = getattr(sents[0], "doc_text", None) if sents else None
    terms = False  # the list this sentence is an item of sets out a package's terms
    for sent in sents:
        low = sent.text.casefold()
        item = is_item(sent, doc_text) if doc_text is not None else False
        if item is False:
            terms = _sets_out_terms(sent.text)
        found: list[tuple[str, str, int]] = []  # (type, mode, char offset)
        for k in phrase_set.candidates(low):
            etype, pat = phrases[k]
            m = pat.pattern.search(sent.text)
            if m and not any(f[0] == etype for f in found):
                tok = _token_at(sent, sent.start_char + m.start())
                last = _token_at(sent, sent.start_char + m.end() - 1)
                if etype == "military_operation" and _parsed(sent) and describes_people(last):
                    continue
                reading = read(tok, sent.start, has_marks(sent))
                if reading.mode in ("actual", "planned"):
                    found.append((etype, reading.mode, sent.start_char + m.start()))
        if not found and sent.words.isdisjoint(first):
            continue
        parsed = _parsed(sent)
        quoted = [
            (sent.start_char + a, sent.start_char + b)
            for a, b in quote_spans(sent.text)
            if len(sent.text[a:b].split()) > 5
        ]
        toks = list(sent)
        j = 0
        while j < len(toks):
            tok = toks[j]
            step = 1
            if quoted and any(a <= tok.idx < b for a, b in quoted):
                j += 1
                continue  # words of a quotation: what a source says, not a reported event
            for trig in table.get(tok.lower_, ()):
                if not _match(toks, j, trig) or not reports_event(tok, trig, sent, parsed):
                    continue
                if parsed and not trig.noun and none_affected(tok):
                    break  # "no deal was reached", "no crew members were freed"
                reading = read(tok, sent.start, has_marks(sent))
                etype = trig.type
                if reading.negated:
                    if etype != "acceptance":
                        break
                    etype = "rejection"
                if reading.mode == "conditional" and etype == "threat":
                    reading = Reading("actual", reading.negated)  # "warned of X if Y"
                if reading.mode not in ("actual", "planned"):
                    break
                if (
                    reading.mode == "planned"
                    and etype == "military_operation"
                    and parsed
                    and _announced(tok)
                ):
                    etype, reading = "threat", Reading("actual", False)
                if reading.mode == "planned" and (
                    etype not in _PLANNED_OK or (parsed and superseded_plan(tok))
                ):
                    break
                if etype == "release" and parsed and agent_words(tok) & _FORCE_AGENTS:
                    etype = "military_operation"
                if etype == "meeting" and _MEDIATING & (
                    clause_words(tok, sent, parsed) | (controller_words(tok) if parsed else set())
                ):
                    etype = "talks"
                found.append((etype, reading.mode, tok.idx))
                step = len(trig.words)
                break
            j += step
        if (
            parsed
            and not any(f[0] in ("threat", "rejection") for f in found)
            and not sent.words.isdisjoint(REFUSAL_WORDS)
        ):
            at = conditional_refusal(sent)
            if at is not None:
                found.append(("threat", "actual", at))
        if parsed and not any(f[0] == "threat" for f in found) and may_threaten(sent.words):
            at = threat_at(sent, index)
            if at is not None:
                found.append(("threat", "actual", at))
        if item and terms:
            # "The terms:" then "- a first stage in which 30 are freed": a term, no happening
            found = [f for f in found if f[0] not in _TERM_TYPES]
        if not found:
            continue
        actors = list(
            dict.fromkeys(
                [m.actor for m in index.actors_in(sent.start_char, sent.end_char)]
                + [a for g in _GROUPS if g in sent.words for a in _group(g, sent, index)]
            )
        )
        places = _places(sent, index)
        if any(f[0] == "talks" for f in found):
            places = sorted(places + _capitals(sent, index))
        span_only = all(f[0] in _SPANNED for f in found)
        dated: list[tuple[DateMention, str | None]] = []  # each mention and its day
        for dm in _mentions(sent.text):
            if not span_only and _DEADLINE.search(sent.text[max(0, dm.start - 25) : dm.start]):
                continue  # "gave X until Sunday", "by Saturday": a deadline, not the event's day
            d = _resolve(dm, pub)
            if pub is None or d is not None:
                dated.append((dm, d.isoformat() if d is not None else None))
        span = Span(name, sent.start_char, sent.end_char, sent.text)
        seen: set[tuple[str, str | None, str | None]] = set()
        for etype, mode, at in found:
            near = min(places, key=lambda p: abs(p[0] - at))[1] if places else None
            # talks held in several cities: one event per city
            locs = [p for _s, p in places] if etype == "talks" and len(places) > 1 else [near]
            who = doer(_token_at(sent, at)) if parsed else None
            when, when_text = _day_of(sent, at, dated, parsed)
            if when is not None:
                dm = next(m for m, _d in dated if m.text == when_text)
                when = _anchored(etype, sent.text, dm, when)
            for loc in locs:
                # one event per type and place, and per doer when the sentence names several
                # ("X released A and Y freed B": two happenings)
                if (etype, loc, who) in seen or (
                    who is None and any(k[:2] == (etype, loc) for k in seen)
                ):
                    continue
                if who is not None and (etype, loc, None) in seen:
                    continue
                seen.add((etype, loc, who))
                who_all = threat_parties(sent, index, actors) if etype == "threat" else actors
                day = when
                if day is None and pub is not None and parsed and mode == "actual":
                    day = published.date if _news_of_the_day(etype, sent, at) else None
                out.append(Event(etype, day, when_text, loc, who_all, span, mode))
    return out
