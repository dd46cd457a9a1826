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
from accord.evidence.dates import find_date_mentions, resolve_relative
from accord.evidence.event_clauses import (
    REFUSAL_WORDS,
    REFUSING,
    TRUCE_TYPES,
    agent_words,
    conditional_refusal,
    describes_people,
    doer,
    noun_word,
    owned,
    title_case,
    truce_subject,
)
from accord.evidence.event_triggers import (  # noqa: F401 - re-exported
    Trigger,
    may_have_event,
    patterns,
    trigger_words,
    triggers,
)
from accord.evidence.modes import ASKING, Reading, clause_head, has_marks, in_nominal_clause, read
from accord.evidence.speech import quote_spans
from accord.evidence.types import Event, PublicationDate, Span

_NOT_PLACES = {w.lower() for w in vocab.actors().not_places}  # states and parties
# triggers logged when only planned (scheduled talks, a truce expected to begin, a deal to be
# signed); a planned release or strike is a term of a deal or a threat, not a happening
_PLANNED_OK = {name for name, cls in vocab.verbs().events.items() if cls.planned}
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
# words before "talks" that say the talks are not held ("pulled out of talks")
_NOT_HELD = re.compile(
    r"\b(resume|restart|return to|pulled out of|familiar with|breakdown in|"
    r"negotiate with|close to)\W+(\w+\W+){0,2}$",
    re.I,
)
_TABLING = {
    "make",
    "made",
    "submit",
    "submitted",
    "present",
    "presented",
    "table",
    "tabled",
    "send",
    "sent",
    "deliver",
    "delivered",
    "issue",
    "issued",
    "put",
    "unveil",
    "unveiled",
    "provide",
    "provides",
    "include",
    "includes",
    "offer",
    "offers",
    "call",
    "calls",
    "envisage",
    "envisages",
    "propose",
    "proposes",
    "outline",
}
# a verb used as a noun or a modifier ("rescuing the crew is ...", "by launching rockets")
_NOMINAL = {
    "pcomp",
    "pobj",
    "csubj",
    "csubjpass",
    "dobj",
    "nsubj",
    "nsubjpass",
    "appos",
    "compound",
    "amod",
}
# nouns of a release that name a happening: with an ordinal ("the fourth swap"), a day
# ("Monday's releases") or as the subject of their clause ("the handover occurred")
_ORDINALS = {
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "latest",
    "last",
    "final",
}
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


def _has_needed(needs: frozenset[str], tok: Any, sent: Any, parsed: bool) -> bool:
    """One of ``needs`` is in the trigger's clause or the few words around it."""
    toks = sent.tokens if hasattr(sent, "tokens") else list(sent)
    j = tok.i - sent.start
    if any(t.lower_ in needs for t in toks[max(0, j - 6) : j + 7]):
        return True
    return parsed and not needs.isdisjoint(_clause_words(tok, sent, parsed))


def _clause_words(tok: Any, sent: Any, parsed: bool) -> set[str]:
    """Words of the trigger's clause, and the few around it (a misattached clause keeps them)."""
    lo, hi = max(sent.start, tok.i - 6), min(sent.end, tok.i + 7)
    words = {t.lower_ for t in tok.doc[lo:hi]}
    if parsed:
        head = clause_head(tok)
        words |= {t.lower_ for t in head.subtree}
        words |= {t.lower_ for t in tok.subtree}
    return words


def _stance_verbs() -> frozenset[str]:
    table = vocab.verbs().stance_verbs
    return frozenset(
        f
        for cls in ("agree", "refuse")
        for lemma in table.get(cls, [])
        for f in vocab.verb_forms(lemma)
    )


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


_STANCE: frozenset[str] = frozenset()
_BE = {"is", "was", "are", "were", "be", "been", "remains", "remain", "'s", "’s"}
_ISSUING = {
    "post",
    "posted",
    "issue",
    "issued",
    "make",
    "made",
    "send",
    "sent",
    "deliver",
    "delivered",
    "give",
    "gave",
    "repeat",
    "repeated",
    "renew",
    "renewed",
    "announce",
    "announced",
    "set",
    "sets",
}
# subjects that are no party to the negotiation (commentators, the reader)
_NON_PARTIES = {
    "observers",
    "analysts",
    "experts",
    "critics",
    "commentators",
    "you",
    "groups",
    "organizations",
    "organisations",
    "agencies",
    "economists",
    "scholars",
    "many",
    "most",
    "some",
    "people",
    "everyone",
    "historians",
    "polls",
}


_PACKAGES = {
    "deal",
    "agreement",
    "proposal",
    "plan",
    "truce",
    "offer",
    "framework",
    "extension",
    "accord",
} | {w.lower() for w in vocab.verbs().truce_nouns if w != "pause"}


def _background(tok: Any, trig: Trigger) -> bool:
    """Background, not a reported event: a participle describing people ("crew members killed
    in the incident", "civilians seized in the attack"), or talks that are not being held
    ("the talks remain at a standstill")."""
    if (
        not trig.noun
        and trig.type in ("talks", "acceptance")
        and tok.dep_ in ("relcl", "acl")
        and noun_word(tok.head) in _PACKAGES
    ):
        return True  # "the truce that was negotiated in May": the deal, described
    if not trig.noun and trig.type == "military_operation" and describes_people(tok):
        return True  # "the soldiers who fired on them": a description of people
    if (
        trig.noun
        and tok.dep_ == "nsubj"
        and (
            any(c.dep_ == "mark" and c.lower_ == "with" for c in tok.head.children)
            or (tok.head.dep_ == "pcomp" and tok.head.head.lower_ == "with")
        )
    ):
        return True  # "with the offensive ongoing, ...": the circumstance of another report
    if not trig.noun and trig.type == "military_operation":
        return (
            tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and not any(c.dep_ == "agent" for c in tok.children)
        )
    if (
        not trig.noun
        and tok.dep_ == "xcomp"
        and tok.head.lower_ in REFUSING
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    ):
        return True  # "by refusing to hand over ...": a refusal, not the act
    if trig.noun and trig.type == "talks":
        return tok.dep_ in ("nsubj", "pobj") and (
            tok.head.lower_ in _STALLED or tok.head.head.lower_ in _STALLED
        )
    return False


_STALLED = {
    "remain",
    "remains",
    "remained",
    "stalled",
    "stall",
    "stalls",
    "collapsed",
    "faltered",
    "impasse",
    "standstill",
    "deadlock",
    "happened",
}


def _keep(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    tag = tok.tag_
    if trig.noun:
        if not tag.startswith("NN"):
            return False
    elif not (
        tag.startswith("VB")
        or (
            tag in ("NN", "NNS", "NNP", "NNPS", "JJ")
            and (tok.i == sent.start + 1 or title_case(sent))
        )
    ):
        return False
    if (
        parsed
        and not trig.noun
        and tok.dep_ in _NOMINAL
        and tok.tag_ in ("VBG", "VBN")
        and not any(c.dep_ == "nsubj" for c in tok.children)
    ):
        return False  # "the proposed truce", "rescuing them is": not a reported happening
    if parsed and trig.noun:
        head = tok.head
        if head.i != tok.i and (head.lower_ in _STANCE or head.lower_ in ASKING):
            return False  # "rejects the threat", "accepts the proposal": the stance is the event
        if head.lower_ in ("of", "for", "to", "on", "over") and head.head.lower_ in ASKING:
            return False  # "calls for talks", "pressed for the release of"
    if trig.type == "release" and trig.noun:
        if not parsed:
            return False
        governor = tok.head.head if tok.head.dep_ == "prep" else tok.head
        if not (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.lower_ not in _BE
            or any(
                c.lower_ in _ORDINALS or c.dep_ == "poss" and c.tag_ == "NNP" for c in tok.children
            )
            or governor.lower_ in ("allow", "allowing", "allowed", "complete", "completed", "saw")
        ):
            return False
    if trig.type == "acceptance" and any(c.lower_ == "you" for c in tok.children):
        return False
    if trig.needs and not _has_needed(trig.needs, tok, sent, parsed):
        before = {t.lower_ for t in tok.doc[sent.start : tok.i]} if trig.topic else set()
        if not trig.needs & before:
            return False
    if parsed and in_nominal_clause(tok):
        return False
    if parsed and not trig.noun and trig.type in TRUCE_TYPES and not truce_subject(tok, trig):
        return False  # "a proposal to end the war", "the month that ends": no truce ends
    if parsed and _background(tok, trig):
        return False
    if (
        trig.type == "acceptance"
        and trig.noun
        and not any(
            c.dep_ == "poss"
            or (
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(g.lower_ in _PACKAGES for g in c.subtree)
            )
            for c in tok.children
        )
    ):
        return False  # "acceptance of the proposal", "the council's approval", not of site terms
    if (
        parsed
        and not trig.noun
        and trig.type in ("acceptance", "rejection", "threat")
        and any(c.dep_ == "nsubj" and c.lower_ in _NON_PARTIES for c in tok.children)
    ):
        return False  # "observers agree", "aid groups warn": not a party's act
    if (
        trig.type == "threat"
        and trig.noun
        and not (
            not parsed
            or tok.head.lower_ in _ISSUING
            or any(
                c.dep_ in ("poss", "compound")
                and c.tag_ in ("NNP", "PRP$")
                or c.dep_ == "prep"
                and c.lower_ in ("from", "by")
                for c in tok.children
            )
        )
    ):
        return False  # a threat made by someone, not "the threat to civilians"
    if trig.type == "proposal" and trig.noun:
        if not parsed:
            return False
        if (
            (tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lower_ in _BE)
            and tok.head.lower_ not in _TABLING
            and not owned(tok)
        ):
            return False  # "the proposals were far-reaching": a description, not a tabling
    if (
        trig.type == "talks"
        and trig.noun
        and _NOT_HELD.search(sent.doc_text[sent.start_char : tok.idx])
    ):
        return False
    return True


def extract_events(
    sents: list[Any], index: ActorIndex, name: str, published: PublicationDate
) -> list[Event]:
    """Events of a parsed document: one per type and place per sentence."""
    pub = date.fromisoformat(published.date) if published.date else None
    global _STANCE
    if not _STANCE:
        _STANCE = _stance_verbs()
    table = triggers()
    first = trigger_words()
    phrases = patterns()
    out: list[Event] = []
    for sent in sents:
        low = sent.text.casefold()
        found: list[tuple[str, str, int]] = []  # (type, mode, char offset)
        for etype, pat in phrases:
            m = pat.search(sent.text, low)
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
                if not _match(toks, j, trig) or not _keep(tok, trig, sent, parsed):
                    continue
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
                if reading.mode == "planned" and etype not in _PLANNED_OK:
                    break
                if etype == "release" and parsed and agent_words(tok) & _FORCE_AGENTS:
                    etype = "military_operation"
                if etype == "meeting" and _MEDIATING & _clause_words(tok, sent, parsed):
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
        if not found:
            continue
        actors = list(
            dict.fromkeys(m.actor for m in index.actors_in(sent.start_char, sent.end_char))
        )
        places = _places(sent, index)
        if any(f[0] == "talks" for f in found):
            places = sorted(places + _capitals(sent, index))
        when, when_text = None, None
        for dm in find_date_mentions(sent.text):
            if pub is not None:
                d = resolve_relative(dm.text, pub, dm.future)
                if d is not None:
                    when, when_text = d.isoformat(), dm.text
                    break
            else:
                when_text = dm.text
                break
        span = Span(name, sent.start_char, sent.end_char, sent.text)
        seen: set[tuple[str, str | None, str | None]] = set()
        for etype, mode, at in found:
            near = min(places, key=lambda p: abs(p[0] - at))[1] if places else None
            # talks held in several cities: one event per city
            locs = [p for _s, p in places] if etype == "talks" and len(places) > 1 else [near]
            who = doer(_token_at(sent, at)) if parsed else None
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
                out.append(Event(etype, when, when_text, loc, actors, span, mode))
    return out
