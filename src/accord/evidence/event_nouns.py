"""Vetoes of :mod:`accord.evidence.event_filter` on event nouns: what makes one a happening.

A release, proposal, threat or acceptance noun names a happening only with what makes it
one: the subject of its clause, an ordinal or a day, the act of carrying it out, tabling,
issuing or handing it over, its owner ("the fourth swap", "tabled its proposal", "the
group's threat", "its response was delivered"); an event noun a stance or a request takes as
its object ("accepts the proposal", "calls for talks"), a release word of the media ("a
press release"), talks halted or not held ("suspended its mediation", "pulled out of
talks"), talks a party is only ready to hold ("ready to negotiate") and talks as a subject
matter ("writes on negotiations", "a round-up") report none.
Each takes ``(tok, trig, sent, parsed)`` like every veto and is run, in order, by
:func:`accord.evidence.event_filter.reports_event`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.agreement_terms import deal_package_nouns
from accord.evidence.date_expressions import CALENDAR_WORDS
from accord.evidence.event_clauses import dated_noun, owned, readiness
from accord.evidence.event_triggers import Trigger
from accord.evidence.event_words import (
    BE,
    CARRIED_OUT,
    ISSUING,
    NOT_FREEING,
    NOT_HELD,
    ORDINALS,
    PACKAGES,
    TABLING,
)
from accord.evidence.mode_words import ASKING, HYPOTHETICAL_AUX, OBLIGATION_AUX, PLANNED_AUX
from accord.evidence.modes import clause_head


@lru_cache(maxsize=1)
def _stance_verbs() -> frozenset[str]:
    table = vocab.verbs().stance_verbs
    return frozenset(
        f
        for cls in ("agree", "refuse")
        for lemma in table.get(cls, [])
        for f in vocab.verb_forms(lemma)
    )


def object_of_stance(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """An event noun that a stance or a request takes as its object ("rejects the threat",
    "accepts the proposal"): the stance is the event."""
    if not (parsed and trig.noun):
        return False
    head = tok.head
    if trig.type == "proposal" and head.lower_ in _stance_verbs() and owned(tok):
        return False  # "accepted their proposal": the owner tabled it, the other took it
    if tok.dep_ == "nsubj":
        return False  # "X's proposal calls for a truce": the package acts, it is not asked for
    if tok.dep_ == "oprd":
        return False  # "called the decision a violation": what the object is named, no object
    if trig.type == "proposal" and dated_noun(tok):
        return False  # "accepted the May 2 proposal": a tabling on that day, named by it
    return head.i != tok.i and (head.lower_ in _stance_verbs() or head.lower_ in ASKING)


WARNING = frozenset(f for lemma in ("warn", "caution") for f in vocab.verb_forms(lemma))


def asked_for(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """An event noun asked for through a preposition ("calls for talks", "pressed for the
    release of"), or warned against ("warned against the offensive": one not launched)."""
    if not (parsed and trig.noun):
        return False
    head = tok.head
    if head.lower_ == "against" and head.head.lower_ in WARNING:
        return True
    if trig.type == "proposal" and dated_noun(tok):
        return False  # "insists on the May 2 proposal": a tabling on that day, named by it
    return head.lower_ in ("of", "for", "to", "on", "over") and head.head.lower_ in ASKING


def press_release(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A release word after a word of the media ("a press release", "PRESS RELEASE"): a text
    put out, no one freed."""
    return (
        trig.type == "release" and tok.i > sent.start and tok.doc[tok.i - 1].lower_ in NOT_FREEING
    )


_ANSWERS = frozenset(f for n in vocab.verbs().answer_nouns for f in vocab.noun_forms(n))
# verbs that hand an answer over ("delivered its response", "its reply was handed to")
_HANDING = (
    TABLING
    | ISSUING
    | {
        f
        for lemma in ("hand", "deliver", "give", "convey", "transmit", "submit", "send", "relay")
        for f in vocab.verb_forms(lemma)
    }
) - {"include", "includes", "provide", "provides", "call", "calls", "offer", "offers"}


_ACCEPTING = frozenset(vocab.verbs().answer_accepting)
_AGREED_THINGS = frozenset().union(*deal_package_nouns())  # the deal and package nouns


def answer_retyped(tok: Any, trig: Trigger, etype: str, around: list[Any]) -> str:
    """The type of an answer handed over ("delivered its reply to the mediators"): the party's
    acceptance when it, or the sentences either side of it, call it positive or say it
    accepts; otherwise a package of the party's own, tabled in return (a proposal)."""
    if not (etype == "acceptance" and trig.noun and tok.lower_ in _ANSWERS):
        return etype
    for sent in around:
        if not _ACCEPTING.isdisjoint(sent.words) and _says_accepts(sent.text):
            return "acceptance"
    return "proposal"


def _says_accepts(text: str) -> bool:
    """A word of accepting that is no participle describing a package or a deal ("the
    framework agreed in X" names what was agreed before, not the answer's stance)."""
    words = re.findall(r"[a-z]+", text.lower())
    return any(
        w in _ACCEPTING and not (i and words[i - 1] in _AGREED_THINGS) for i, w in enumerate(words)
    )


def answer_not_delivered(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """An answer noun ("response", "reply") that is not a party's answer handed over: "its
    response was delivered", "handed its reply to the mediators", "Y's reply, handed to the
    mediators on Tuesday, ..." report the stance taken;
    "studying the response", "in response to" do not."""
    if not (trig.type == "acceptance" and trig.noun and tok.lower_ in _ANSWERS):
        return False
    return not (parsed and _handed_answer(tok))


def _handed_answer(tok: Any) -> bool:
    """An answer handed over by whom it names: "its reply was delivered", "Y's reply, handed to
    the mediators on Tuesday, ...", "X handed a joint response to the mediators" (whose, the
    subject of handing says)."""
    owned = any(c.dep_ == "poss" for c in tok.children)
    handed = (tok.dep_ in ("dobj", "nsubjpass") and tok.head.lower_ in _HANDING) or any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in _HANDING for c in tok.children
    )
    given = (
        tok.dep_ == "dobj"
        and any(c.dep_ == "nsubj" for c in tok.head.children)
        and not any(c.dep_ == "neg" for c in tok.head.children)  # ("has not given an answer")
    )
    return handed and (owned or given)


def release_not_happening(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A release noun that names no happening ("demanded the release of"): it needs to be
    the subject of its clause ("the handover occurred"), to have an ordinal or a day
    ("the fourth swap", "Monday's releases"), to be carried out ("completed the release
    of") or to be placed at a named place ("left the handover in X"); without a parse, none
    of these shows."""
    if trig.type != "release" or not trig.noun:
        return False
    if not parsed:
        return True
    governor = tok.head.head if tok.head.dep_ == "prep" else tok.head
    # (the first subject only: a second is a misparse of a phrase in the first, "the round of
    # talks on a truce and an exchange of the crews was held")
    first = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), tok)
    return not (
        tok.dep_ in ("nsubj", "nsubjpass")
        and first.i == tok.i
        and tok.head.lower_ not in BE
        or any(c.lower_ in ORDINALS or c.dep_ == "poss" and c.tag_ == "NNP" for c in tok.children)
        or governor.lower_ in CARRIED_OUT
        or _placed(tok)
        or readiness(tok) is not None  # "went ahead with the handover"
    )


def _placed(tok: Any) -> bool:
    """A noun with a locative phrase naming a place on it ("the handover in X", "the swap at
    X"), not a day ("the release in December")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "at")
        and any(
            o.dep_ == "pobj"
            and o.tag_ in ("NNP", "NNPS")
            and o.lower_.rstrip(".") not in CALENDAR_WORDS
            for o in c.children
        )
        for c in tok.children
    )


def acceptance_of_nothing(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """An acceptance noun that is neither someone's nor of a deal: "acceptance of the
    proposal" and "the council's approval" report one, "approval of the minutes" does not."""
    return (
        trig.type == "acceptance"
        and trig.noun
        and not (parsed and tok.lower_ in _ANSWERS and _handed_answer(tok))
        and not any(
            c.dep_ == "poss"
            or (
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(g.lower_ in PACKAGES for g in c.subtree)
            )
            for c in tok.children
        )
    )


def threat_not_made(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A threat noun that no one made: "the threat to civilians", where "issued a threat",
    "the group's threat" and "a threat from the council" report one (unparsed: kept)."""
    return (
        trig.type == "threat"
        and trig.noun
        and parsed
        and not (
            tok.head.lower_ in ISSUING
            or any(
                c.dep_ in ("poss", "compound")
                and c.tag_ in ("NNP", "PRP$")
                or c.dep_ == "prep"
                and c.lower_ in ("from", "by")
                for c in tok.children
            )
        )
    )


def proposal_not_tabled(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A proposal noun that is not tabled, owned or the acting subject of its clause ("the
    proposals were far-reaching"): a description, not a tabling; without a parse, none of
    these shows."""
    if trig.type != "proposal" or not trig.noun:
        return False
    if not parsed:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "under" and not dated_noun(tok):
        return True  # "freed under X's plan": the frame of what is told, not its tabling
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lower_ in _ANSWERING:
        return False  # "X answered with a counter-offer": tabled in answer
    return (
        (tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lower_ in BE)
        and tok.head.lower_ not in TABLING
        and not owned(tok)
        and not dated_noun(tok)
    )


_ANSWERING = frozenset(
    f
    for lemma in ("answer", "respond", "reply", "counter", "come back")
    for f in vocab.verb_forms(lemma)
)
_HALTING = frozenset(
    f
    for lemma in ("suspend", "halt", "stall", "freeze", "pause", "postpone", "delay")
    for f in vocab.verb_forms(lemma)
)


def talks_halted(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """Talks or mediation a party halts or that halt ("suspended its mediation", "with its
    mediation efforts paused"): the halting is the event (a threat), no talks are held."""
    if not (parsed and trig.type == "talks" and trig.noun):
        return False
    t = tok.head if tok.dep_ == "compound" else tok  # "its mediation efforts paused"
    return t.dep_ in ("dobj", "nsubjpass", "nsubj") and t.head.lower_ in _HALTING


_STOPPING_NOUNS = frozenset(f for n in vocab.verbs().stopping_nouns for f in vocab.noun_forms(n))
_STOPPING_VERBS = frozenset(
    f for lemma in vocab.verbs().stopping_verbs for f in vocab.verb_forms(lemma)
)


def operation_stopped(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """An operation named as what is to stop or stopped ("demanded an end to the offensive",
    "the lifting of the siege", "called for a halt to the bombardment", "must stop the
    strikes"): the stopping is told, no operation is reported."""
    if not (parsed and trig.type == "military_operation" and trig.noun):
        return False
    t = tok.head if tok.dep_ == "compound" else tok  # "an end to the air strikes"
    if t.dep_ == "pobj" and t.head.lower_ in ("of", "to", "on"):
        return t.head.head.lower_ in _STOPPING_NOUNS
    return t.dep_ == "dobj" and t.head.lower_ in _STOPPING_VERBS


def talks_not_held(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """Talks after words that say they are not being held ("pulled out of talks", "hopes to
    resume the talks")."""
    return (
        trig.type == "talks"
        and trig.noun
        and bool(NOT_HELD.search(sent.doc_text[sent.start_char : tok.idx]))
    )


# nouns a noun of talks may modify without talks being held (``talks_bodies``: a body, a
# team, a programme, a person's role)
_NOT_HELD_HEADS = frozenset(vocab.verbs().talks_bodies)


# adjectives of a party's willingness ("ready to negotiate", "willing to resume the talks");
# "prepared" also plans ("prepared to send a delegation on Monday") and is left out
_WILLING = frozenset({"ready", "willing"})


def talks_offered(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """Talks a party says it is ready or willing to hold ("ready to begin negotiations on the
    second phase", "stood ready to host talks", "ready to keep negotiating", "willing to
    meet"), proposes ("accepted a proposal to start talks") or sets as a condition ("conditional
    on X opening talks"): a stance, an offer of talks, no talks or meeting held or scheduled."""
    if not (trig.type in ("talks", "meeting") and parsed):
        return False
    t = tok
    if trig.noun:
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            t = t.head
        if t.dep_ not in ("dobj", "prep", "nsubjpass"):
            return False
        t = t.head
    for _ in range(3):
        if t.dep_ == "xcomp" and t.head.lower_ in _WILLING:
            return True
        if t.dep_ == "acl" and t.head.lower_ in _PACKAGES and tok.dep_ == "dobj":
            return True  # "accepted a proposal to start talks on X": talks proposed
        if t.dep_ == "advcl" and _hangs_on(t.head):
            return True  # "the offer was conditional on X starting talks": a condition
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


_PACKAGES = frozenset(f for n in vocab.verbs().package_nouns for f in vocab.noun_forms(n)) - {
    "response",
    "responses",
    "terms",
}
_HANGING = frozenset({"conditional", "contingent", "dependent", "conditioned"})
_HANGING_VERBS = frozenset(f for w in ("depend", "hinge") for f in vocab.verb_forms(w))


def _hangs_on(verb: Any) -> bool:
    """A verb of being conditional on something ("was conditional on", "depended on")."""
    return verb.lower_ in _HANGING_VERBS or any(
        c.dep_ == "acomp" and c.lower_ in _HANGING for c in verb.children
    )


# subordinators of a clause that states the time of another ("while talks continue", "until
# the talks resume"): the talks are its frame, not news
_FRAMING_MARKS = frozenset({"while", "until", "till"})
# the modal of the clause they frame: a term or a stance to come ("will not resume fighting
# while ...", "the truce would hold as long as ...")
_MODALS = PLANNED_AUX | HYPOTHETICAL_AUX | OBLIGATION_AUX


def talks_as_frame(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """Talks as the time frame of another clause ("will not resume fighting while those talks
    continue", "the truce would hold as long as the talks go on"; not a narrated one: "while
    talks went on", "tensions grow while negotiations intensify") or any
    talks at all ("any further talks would
    be held only under fire"): a term or a stance about talks, none held or scheduled."""
    if not (trig.type == "talks" and parsed):
        return False
    if trig.noun and any(c.dep_ == "det" and c.lower_ == "any" for c in tok.children):
        return True
    verb = clause_head(tok)
    framed = verb.head
    if verb.tag_ == "VBD" or framed.i == verb.i:
        return False  # "while talks went on in the capital, ...": a narrated time, talks were held
    if not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in framed.children):
        return False  # "tensions grow while negotiations intensify": talks going on now
    return any(
        (c.dep_ == "mark" and c.lower_ in _FRAMING_MARKS)
        or (c.dep_ == "advmod" and c.lower_ == "long" and c.i > 0 and c.doc[c.i - 1].lower_ == "as")
        for c in verb.children
    )


def talks_as_modifier(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A noun of talks modifying a noun of a body or a role ("the negotiations team flew home",
    "the Negotiations Program"): who or what works on talks, no talks held."""
    return (
        trig.type == "talks"
        and trig.noun
        and parsed
        and tok.dep_ in ("compound", "nmod", "amod")
        and tok.head.lower_ in _NOT_HELD_HEADS
    )


_TOPIC_WORDS = frozenset(
    f for w in vocab.verbs().talks_topics for f in (*vocab.verb_forms(w), *vocab.noun_forms(w))
)


def talks_as_topic(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A noun of talks as a subject matter: the object of a verb of studying or writing, or
    the complement of such a verb or of a noun of writing ("writes on negotiations", "studies
    mediation at X", "our round-up of the negotiations"): no talks held."""
    if not (trig.type == "talks" and trig.noun and parsed):
        return False
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "up":
        return True  # a "round-up" is no round of talks
    t = tok.head if tok.dep_ in ("compound", "amod") else tok
    head = t.head
    if t.dep_ == "pobj" and head.lower_ in ("on", "of", "about", "in"):
        head = head.head
    elif t.dep_ not in ("dobj", "appos"):
        return False
    word = head.lower_
    if head.i > 1 and head.doc[head.i - 1].text == "-":
        word = f"{head.doc[head.i - 2].lower_}-{word}"  # "round-up", read as "round - up"
    return word in _TOPIC_WORDS
