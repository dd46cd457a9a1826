"""How a clause states a package's term, for :mod:`accord.evidence.frame_terms`: the doer of
an issue's verb ("we will release them"), a modal of possibility inside a package ("displaced
people could return home"), and a term told in the present as one of a plan's phases ("In
the first phase, X frees ...", "Phase one is a six-week truce in which ..."), and a term in
the present or as a duty under a deal taken as made ("X releases 250 people").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.agreement_terms import verb_of
from accord.evidence.modes import obliged


def doer_of(tok: Any) -> Any | None:
    """The (active) subject of the verb of an issue word ("we will release them": "we")."""
    verb = verb_of(tok)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def modal_may(tok: Any) -> bool:
    """The verb of an issue word says what a side "could" or "may" do: inside a tabled package
    a term ("displaced people could return home"), not a guess."""
    verb = verb_of(tok)
    if verb is not None and verb.dep_ in ("pcomp", "advcl", "conj") and verb.head.i != verb.i:
        # "... could return home, with troops pulling back": the clause it hangs from
        verb = verb_of(verb.head) if not any(c.dep_ == "aux" for c in verb.children) else verb
    return verb is not None and any(
        c.dep_ == "aux" and c.lower_ in ("could", "may") for c in verb.children
    )


PHASE_NOUNS = frozenset({"phase", "phases", "stage", "stages", "step", "steps"})


def phased_term(tok: Any) -> bool:
    """A term told in the present as one of a plan's phases ("In the first phase, X frees
    ...", "during stage two Y withdraws"): the clause's verb, in the present, has an "in" or
    "during" phrase naming a phase."""
    t = tok
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX"):
            break
        if t.head.i == t.i:
            return False
        t = t.head
    if t.tag_ not in ("VBZ", "VBP"):
        return False
    heads = [t] + ([t.head] if t.dep_ == "conj" and t.head.tag_ in ("VBZ", "VBP") else [])
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during", "under")
        and any(g.dep_ == "pobj" and g.lower_ in PHASE_NOUNS for g in c.children)
        for h in heads
        for c in h.children
    ):
        return True
    # "Phase one is a six-week truce in which X withdraws ...", "stage two brings ...": a
    # phase as the subject of the clause, or of the clause the term's is set in
    for _ in range(4):
        phase = next((c for c in t.children if c.dep_ == "nsubj" and c.lower_ in PHASE_NOUNS), None)
        if t.tag_ in ("VBZ", "VBP") and phase is not None:
            # (what the phase's own words name is not its term, nor a clause of circumstance:
            # "once stage two of the accord has ended")
            inside = phase.left_edge.i <= tok.i <= phase.right_edge.i
            return not inside and t.dep_ != "advcl"
        if t.dep_ not in ("relcl", "conj", "ccomp", "attr") or t.head.i == t.i:
            return False
        t = t.head
        for _ in range(3):  # from a noun up to the verb it hangs on
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break
            t = t.head
    return False


@lru_cache(maxsize=1)
def _obliged() -> frozenset[str]:
    return frozenset(w.casefold() for w in vocab.verbs().obliged)


_COPULA = frozenset({"is", "are", "was", "were"})


def obliged_verb(tok: Any) -> Any | None:
    """The verb of an issue word when its subject is bound to it ("X is required to return
    the remains", "Y is due to free 90 people", "Z is to release 33", "W shall release"), not
    negated: the verb, else ``None``."""
    verb = verb_of(tok)
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ == "shall" for c in verb.children) or _to_agreed(verb):
        return verb  # "W shall release", "the forces will pull back to an agreed line"
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or (
        verb.i > 0 and verb.doc[verb.i - 1].lower_ == "to"  # "is due to free", "to" a preposition
    )
    if verb.dep_ not in ("xcomp", "advcl") or not to:
        return None
    head = verb.head
    if any(c.dep_ == "neg" for c in head.children) or (
        head.dep_ == "acomp" and any(c.dep_ == "neg" for c in head.head.children)
    ):
        return None
    binding = {head.lower_} | {c.lower_ for c in head.children if c.dep_ == "acomp"}
    bare = head.lower_ in _COPULA and len(binding) == 1  # "is to release", not "is ready to"
    if binding & _obliged() or (verb.dep_ == "xcomp" and bare):
        return verb
    return None


def _to_agreed(verb: Any) -> bool:
    """An act whose place or measure the parties agreed ("pull back to an agreed line", "to
    positions agreed with the mediators"): a term agreed, done or to come."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt"))]  # "back to"
    return any(
        obj.dep_ == "pobj"
        and any(c.lower_ == "agreed" and c.dep_ in ("amod", "acl") for c in obj.children)
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep"
        for obj in prep.children
    )


_PRESENT_AUX = frozenset({"is", "are", "'s", "’s", "'re", "’re"})
_DUTY_AUX = frozenset({"must", "may", "can", "should"})
_CUSTODY = frozenset(f for lemma in vocab.verbs().custody_verbs for f in vocab.verb_forms(lemma))
# a participle that puts its subject under the deal's duty: "600 trucks are meant to enter"
_DUTY_PARTICIPLES = frozenset({"meant", "supposed", "required", "obliged", "obligated"})


def present_term(tok: Any, span: list[Any]) -> bool:
    """A deal's term told in the present or as a duty ("X releases 250 people", "the displaced
    may return", "Y must hand over the remains", "Z is pulling back", "600 trucks a day
    enter", "are meant to enter"), for a deal the text takes as made: the issue's verb is in
    the present (simple, progressive or passive) or takes "must", "may", "can", "should",
    "has to" or "is meant to"; not negated, and not a
    clause of circumstance ("once X releases them"). A verb joined to such a verb by "and"
    ("pulls back and releases") is read with it. The verb is the issue's own (a word of its
    ``span``) or has the issue as its subject ("600 trucks a day enter"): "welcomes the
    release" reports, it sets no term; nor does a verb of custody ("are held in prisons")."""
    verb = next((t for t in span if t.pos_ == "VERB"), None)
    if verb is None:
        verb = verb_of(tok)
        if verb is None or not any(
            t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i for t in span
        ):
            return False
    for _ in range(2):
        if verb is None or any(c.dep_ == "neg" for c in verb.children):
            return False
        if verb.lower_ in _CUSTODY:
            return False  # "10,000 people are held in prisons": their state, no term
        if verb.dep_ in ("advcl", "relcl", "acl", "pcomp", "csubj"):
            return False
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if aux & _DUTY_AUX or obliged(verb):
            return True
        if any(c.dep_ == "xcomp" for c in verb.children):
            # "deliveries are expected to begin": their timing, no term; "are meant to": a duty
            return verb.lower_ in _DUTY_PARTICIPLES and bool(aux & _PRESENT_AUX)
        if verb.tag_ in ("VBZ", "VBP") and not aux:
            return True
        if verb.tag_ in ("VBG", "VBN") and aux and aux <= _PRESENT_AUX:
            return True
        if aux or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = verb.head
    return False
