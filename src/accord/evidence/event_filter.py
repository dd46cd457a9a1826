"""Which trigger tokens report a happening, read off the tag and the dependency parse.

A token of an event class (:mod:`accord.evidence.event_triggers`) is kept as an event only
when it reports one: a verb used as a noun or modifier ("the proposed truce"), the object of
a stance or a request ("accepts the proposal", "calls for talks"), a description of people
or a deal ("the soldiers who fired", "the truce that was negotiated"), background ("with the
offensive ongoing"), or talks that are not held ("pulled out of talks", "the talks remain at
a standstill") are not. A release, proposal, threat or acceptance noun needs what makes it a
happening (the subject of its clause, an ordinal, the act of tabling or issuing it, its
owner). Used by :mod:`accord.evidence.events`, which reads the mode and builds the events.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.event_clauses import (
    REFUSING,
    TRUCE_TYPES,
    describes_people,
    noun_word,
    owned,
    title_case,
    truce_subject,
)
from accord.evidence.event_triggers import Trigger, triggers
from accord.evidence.modes import ASKING, clause_head, in_nominal_clause

# words before "talks" that say the talks are not held ("pulled out of talks")
_NOT_HELD = re.compile(
    r"\b(resume|restart|return to|pulled out of|familiar with|breakdown in|"
    r"negotiate with|close to|involved in|briefed on|knowledge of|under)\W+(\w+\W+){0,2}$",
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
    "announce",
    "announced",
    "announces",
} | {  # the forms of the proposal class's verbs ("floated a plan", "put forward a framework")
    form.split()[0]
    for lemma in vocab.verbs().events["proposal"].verbs
    for form in vocab.verb_forms(lemma)
}
# verbs whose object a release noun is when the release happened ("completed the release of",
# "carried out the release of")
_CARRIED_OUT = {
    "allow",
    "allowing",
    "allowed",
    "complete",
    "completed",
    "saw",
    "carry",
    "carried",
    "carries",
    "carrying",
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


def _has_needed(needs: frozenset[str], tok: Any, sent: Any, parsed: bool) -> bool:
    """One of ``needs`` is in the trigger's clause or the few words around it."""
    toks = sent.tokens if hasattr(sent, "tokens") else list(sent)
    j = tok.i - sent.start
    if any(t.lower_ in needs for t in toks[max(0, j - 6) : j + 7]):
        return True
    return parsed and not needs.isdisjoint(clause_words(tok, sent, parsed))


def clause_words(tok: Any, sent: Any, parsed: bool) -> set[str]:
    """Words of the trigger's clause, and the few around it (a misattached clause keeps them)."""
    lo, hi = max(sent.start, tok.i - 6), min(sent.end, tok.i + 7)
    words = {t.lower_ for t in tok.doc[lo:hi]}
    if parsed:
        head = clause_head(tok)
        words |= {t.lower_ for t in head.subtree}
        words |= {t.lower_ for t in tok.subtree}
    return words


@lru_cache(maxsize=1)
def _stance_verbs() -> frozenset[str]:
    table = vocab.verbs().stance_verbs
    return frozenset(
        f
        for cls in ("agree", "refuse")
        for lemma in table.get(cls, [])
        for f in vocab.verb_forms(lemma)
    )


_BE = {"is", "was", "are", "were", "be", "been", "remains", "remain", "'s", "’s"}
# compounds that make "release" a text put out ("a press release")
_NOT_FREEING = {"press", "news", "media"}
# words before a truce's end or start that say it did not come ("close to collapse")
_NEAR = re.compile(r"\b(close to|brink of|verge of|edge of|near)\W+(\w+\W+){0,1}$", re.I)
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


# what a denial answers: "rejected the charge" denies an accusation, it rejects no offer
_CHARGES = {
    "charge",
    "charges",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "claim",
    "claims",
    "report",
    "reports",
    "criticism",
}
_DENYING = {"deny", "denies", "denied", "denying"}


_THREATEN = frozenset(vocab.verb_forms("threaten"))
# what a happening can put at risk ("threatened the truce", "threatens the talks")
_ENDANGERED = _PACKAGES | {
    "day",
    "talks",
    "negotiations",
    "process",
    "future",
    "lives",
    "life",
    "stability",
}


def _what_was_agreed(tok: Any) -> bool:
    """A verb of a free relative ("what it agreed to", "what had been agreed"): its subject,
    object or the object of its preposition is "what"."""
    for c in tok.children:
        if c.lower_ == "what" and c.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return True
        if c.dep_ == "prep" and any(g.lower_ == "what" for g in c.children):
            return True
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


@lru_cache(maxsize=1)
def _noun_types() -> dict[str, str]:
    """The event type of each one-word event noun ("talks": talks)."""
    return {
        w: t.type for w, trigs in triggers().items() for t in trigs if t.noun and len(t.words) == 1
    }


def _gerund_noun(tok: Any) -> bool:
    """An -ing noun the tagger read as a verb form ("shelling of the town continued",
    "during heavy shelling"): no object or subject of its own, and a noun's company."""
    if tok.tag_ != "VBG" or any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in tok.children):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "pcomp"):
        return True
    if any(c.dep_ in ("det", "poss", "amod") for c in tok.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.tag_ in ("JJ", "NNP", "DT", "PRP$")


def reports_event(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """Whether the trigger ``trig`` at ``tok`` reports a happening (not whether it is actual:
    the mode is read by the caller)."""
    tag = tok.tag_
    if trig.noun:
        if not tag.startswith("NN") and not (parsed and _gerund_noun(tok)):
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
    if parsed and not trig.noun and tok.dep_ == "amod":
        return False  # "the freed crew were flown home" (tagged an adjective): a description
    if parsed and trig.noun:
        head = tok.head
        if head.i != tok.i and (head.lower_ in _stance_verbs() or head.lower_ in ASKING):
            return False  # "rejects the threat", "accepts the proposal": the stance is the event
        if head.lower_ in ("of", "for", "to", "on", "over") and head.head.lower_ in ASKING:
            return False  # "calls for talks", "pressed for the release of"
    if trig.type == "release" and tok.i > sent.start and tok.doc[tok.i - 1].lower_ in _NOT_FREEING:
        return False  # "a press release", "PRESS RELEASE": a text put out, no one freed
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
            or governor.lower_ in _CARRIED_OUT
        ):
            return False
    if trig.type == "acceptance" and any(c.lower_ == "you" for c in tok.children):
        return False
    if (
        parsed
        and not trig.noun
        and trig.type == "rejection"
        and any(c.dep_ == "dobj" and c.lower_ in _CHARGES for c in tok.children)
    ):
        return False  # "rejected the charge": a denial of an accusation, no offer rejected
    if (
        parsed
        and not trig.noun
        and trig.type == "threat"
        and tok.lower_ in _THREATEN
        and any(c.dep_ == "dobj" and c.lower_ in _ENDANGERED for c in tok.children)
    ):
        return False  # "a standoff that threatened the truce": put at risk, no threat made
    if parsed and not trig.noun and trig.type == "acceptance" and _what_was_agreed(tok):
        return False  # "what had been agreed in May": the deal described, not an acceptance
    if parsed and not trig.noun and trig.type == "accusation" and tok.head.lower_ in _DENYING:
        return False  # "denied breaching the terms": a denial, not an accusation
    if (
        parsed
        and not trig.noun
        and trig.needs
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and _noun_types().get(c.lower_, trig.type) != trig.type
            for c in tok.children
        )
    ):
        return False  # "talks aimed at ending the fighting resumed": the talks resumed
    if trig.needs and not _has_needed(trig.needs, tok, sent, parsed):
        before = {t.lower_ for t in tok.doc[sent.start : tok.i]} if trig.topic else set()
        if not trig.needs & before:
            return False
    if parsed and in_nominal_clause(tok) and not (trig.noun and tok.tag_ == "VBG"):
        return False  # a gerund noun ("shelling of the town continued") is no clause
    if parsed and not trig.noun and trig.type in TRUCE_TYPES and not truce_subject(tok, trig):
        return False  # "a proposal to end the war", "the month that ends": no truce ends
    if trig.type in TRUCE_TYPES and _NEAR.search(sent.doc_text[sent.start_char : tok.idx]):
        return False  # "a truce that had looked close to collapse": it did not
    if (
        parsed
        and not trig.noun
        and trig.type == "meeting"
        and any(c.dep_ == "nsubjpass" for c in tok.children)
        and not any(c.dep_ == "agent" for c in tok.children)
    ):
        return False  # "until the goals are met": fulfilled, no one met
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
