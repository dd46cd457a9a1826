"""The mode of a counted figure from the parse: actual, planned, demanded, conditional or
hypothetical, from the auxiliaries and markers of the verb that governs it, the verb or
noun it depends on, and the count vocabulary (``data/count_nouns.yaml``: ``planned``,
``demanded``, ``refusals``). Used by :mod:`accord.evidence.count_roles`.
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence.count_exits import held_back
from accord.evidence.count_vocab import vocabulary
from accord.evidence.event_words import CARRIED_OUT

V = vocabulary()
_CONDITION_MARKS = {"if", "unless", "once", "provided"}
_CONDITION_OPENER = re.compile(
    r"\b(if|unless|once|as long as|provided( that)?|on condition "
    r"that|in case)\s*$|^(if|unless|once|provided)\b"
)


# the verbs that carry a release out (``event_words.CARRIED_OUT``) in a past tense report it
# done ("facilitated the release of", "the truce secured the release of", "saw the return of"),
# where "agreed to the release of" is still a plan
DONE = frozenset(w for w in CARRIED_OUT if w.endswith("ed") or w == "saw") | {"seen"}


def mode_of(verb: Any) -> str:
    """The mode of a verb from its auxiliaries, markers and the verb it depends on; a release
    held back is still to come."""
    if held_back(verb):
        return "planned"
    kids = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass", "mark")}
    if kids & _CONDITION_MARKS or (
        verb.dep_ == "advcl"
        and _CONDITION_OPENER.search(
            " ".join(
                t.lower_ for t in verb.doc[max(0, verb.left_edge.i - 3) : verb.left_edge.i + 1]
            )
        )
    ):
        return "conditional"  # "if ...", "as long as ...", "provided that ..."
    head = verb.head if verb.head.i != verb.i else None
    if any(c.dep_ == "neg" for c in verb.children) or (
        head is not None and verb.dep_ == "xcomp" and head.lower_ in V.refusals
    ):
        return "hypothetical"  # "did not release the 600", "refused to free 10"
    if head is not None and verb.dep_ in ("xcomp", "ccomp", "advcl", "acl", "pcomp"):
        if head.lower_ in V.demanded:
            return "planned" if terms_subject(head) else "demanded"
        if head.lower_ in V.planned_governors:
            return "planned"
    if kids & V.planned_aux and "have" in kids and verb.tag_ == "VBN":
        # "would have freed 30": what did not happen; "70 may have died": a guess about the past
        return "hypothetical" if kids & {"would", "could", "should"} else "actual"
    if kids & V.planned_aux:
        return "planned"
    if verb.tag_ in ("VBZ", "VBP") and terms_subject(verb):
        return "planned"  # "the deal frees 1,000": its terms, not done yet
    if "to" in kids and (head is None or verb.dep_ == "ROOT" or head.pos_ not in ("VERB", "AUX")):
        return "planned"  # a headline's future: "Rebels to free three abductees"
    if (
        "to" in kids
        and verb.dep_ == "xcomp"
        and head is not None
        and head.lower_ in ("is", "are", "was", "were", "be")
    ):
        return "planned"  # "three more are to be freed": a schedule
    if (
        "to" in kids
        and head is not None
        and any(c.dep_ == "nsubj" for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
    ):
        return mode_of(head)  # "X to free 3, Y to release 183": a second headline clause
    if verb.tag_ == "VB" and head is not None and head.lower_ in V.planned_aux:
        return "planned"
    if verb.dep_ == "conj" and head is not None and head.pos_ in ("VERB", "AUX"):
        return mode_of(head)  # "would release N and hand over M": one mode for both
    if (
        verb.dep_ == "acl"
        and head is not None
        and head.head.i != head.i
        and head.head.pos_ in ("VERB", "AUX")
    ):
        over = head.head  # "the deal would see 33 abductees freed": the mode of "would see"
        return (
            "planned"
            if over.lower_ in V.planned_governors
            and mode_of(over) == "actual"
            and any(c.lower_ in V.planned_aux for c in over.children)
            else mode_of(over)
        )
    return "actual"


def terms_subject(verb: Any) -> bool:
    """A deal or proposal (``planned`` nouns) as subject: what it "calls for" is its terms."""
    return any(c.dep_ == "nsubj" and c.lower_ in V.planned_nouns for c in verb.children)


def noun_mode(noun: Any) -> str:
    """The mode of a noun of action ("the release of"): from the verb or noun over it."""
    t = noun
    for _ in range(4):
        h = t.head
        if h.i == t.i:
            break
        low = h.lower_
        if low in V.demanded:
            return "planned" if terms_subject(h) else "demanded"
        if low in DONE and h.tag_ in ("VBD", "VBN"):
            return mode_of(h)  # "facilitated the release of 20": done, unless a modal says not
        if low in V.planned_governors or low in V.planned_nouns:
            return "planned"
        if low in V.refusals and t.dep_ == "dobj":
            return "hypothetical"  # "halted the release of 600"
        if h.pos_ in ("VERB", "AUX"):
            return "planned" if terms_subject(h) else mode_of(h)  # "talks focus on the release"
        t = h
    return "actual"
