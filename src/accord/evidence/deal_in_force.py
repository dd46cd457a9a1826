"""A deal the text takes as made: "under the deal" (or a stage named by its rank), a definite
deal noun as the subject of a present or future clause ("the deal will see ..."), a deal
that starts or is in force ("the truce took effect", "the truce is holding"), and what such
a deal asks for ("the agreement calls for ..."): its terms, not a party's demand.

Used by the agreement reader (:mod:`accord.evidence.agreement_steps`) and the frame terms
(:mod:`accord.evidence.frame_terms`); split from :mod:`accord.evidence.agreement_terms`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.agreement_terms import DEAL_WORDS, PROVIDING, TABLED
from accord.evidence.columns import columns


def under_deal(tok: Any) -> bool:
    """ "Under the deal, ...", "under the terms of the agreement", "under the truce": what
    follows is the terms of a deal the text takes as made."""
    if tok.lower_ != "under" or tok.dep_ != "prep":
        return False
    for obj in (g for g in tok.children if g.dep_ == "pobj"):
        for _ in range(3):  # "under the terms of the second stage of the pact"
            if obj.lower_ not in ("terms", "phase", "stage", "part"):
                break
            obj = next(
                (
                    g
                    for c in obj.children
                    if c.lower_ == "of"
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                obj,
            )
        if _bare_stage(obj):
            return True  # "Under the first phase, 33 are to be freed": a stage of the deal
        if (
            (obj.lower_ in DEAL_WORDS or obj.lower_ in _truce_nouns())
            and obj.lower_ != "phase"
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children)
        ):
            return True  # (also "the exchange under the four-day truce": a truce in place)
    return False


_STAGES = frozenset({"phase", "stage"})
_ORDINALS = frozenset({"first", "second", "third", "initial", "opening", "next", "final", "last"})


def _bare_stage(obj: Any) -> bool:
    """A stage named by its rank and nothing else ("the first phase", "the second stage",
    not "the first phase of the plan"): the stage of the deal the text is about."""
    return (
        obj.lower_ in _STAGES
        and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
        and any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in obj.children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
    )


def deal_asks(tok: Any, package: bool = False) -> bool:
    """ "the agreement calls for the release of ...": what a deal asks for is its terms, not a
    party's demand; inside a tabled package (``package``) also what the package, or "it",
    asks of a party through a verb that lays down terms ("the plan calls for X to withdraw",
    "it requires Y to free ...")."""
    t = tok
    for _ in range(4):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ == "VERB":
            return any(deal_subject(c) for c in t.children) or (
                package
                and t.lower_ in PROVIDING
                and any(
                    c.dep_ == "nsubj" and (c.lower_ in TABLED or c.lower_ == "it")
                    for c in t.children
                )
            )
    return False


def deal_subject(tok: Any) -> bool:
    """A definite deal noun as the subject of a clause in the present or future ("the deal
    will see", "this agreement is structured"): a deal the text takes as made; "a deal" is one
    sought, "those who oppose the deal" speak of it without reporting it, and "the deal
    outlined" looks back on an earlier one."""
    low = tok.lower_
    if low not in DEAL_WORDS and low not in _truce_nouns():
        return False  # most tokens: no deal word
    if in_force(tok):
        return True
    return (
        low in DEAL_WORDS
        and tok.lower_ != "phase"
        and tok.pos_ == "NOUN"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.head.tag_ != "VBD"  # "the deal outlined ...": an earlier deal, background
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
    )


def deal_taken(sent: Any) -> bool:
    """Whether a word of ``sent`` is a deal taken as made (:func:`deal_subject`) or opens
    "under the deal" (:func:`under_deal`). Both need the word itself to be a deal or truce
    noun, or "under": only those words are looked at (forms read from the doc's arrays)."""
    doc = getattr(sent, "doc", None)
    if doc is None:
        return any(deal_subject(t) or under_deal(t) for t in sent)
    keys = _deal_keys()
    lows = columns(doc).lower[sent.start : sent.end]
    toks = getattr(sent, "tokens", None) or list(sent)
    return any(
        deal_subject(toks[i]) or under_deal(toks[i]) for i, w in enumerate(lows) if w in keys
    )


@lru_cache(maxsize=1)
def _deal_keys() -> frozenset[str]:
    return frozenset(DEAL_WORDS) | _truce_nouns() | {"under"}


_STARTED = frozenset({"began", "begun", "begins", "started", "starts", "begin", "start"})
_ENTERED = frozenset({"took", "taken", "takes", "came", "comes", "went", "goes", "entered"})


def deal_starts(tok: Any) -> bool:
    """A definite deal noun as the subject of its start, done or to come ("the agreement
    will take effect on Sunday", "the deal came into force"), or kept up ("the pause between
    A and B will continue for a seventh day"), not negated: the deal is made (or extended)."""
    verb = tok.head
    low = verb.lower_
    return (
        tok.dep_ == "nsubj"
        and tok.pos_ == "NOUN"
        and (tok.lower_ in DEAL_WORDS or tok.lower_ in _truce_nouns())  # "the truce began"
        and tok.lower_ != "phase"
        and (
            any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
            # "a pause in the fighting between A and B will take effect": whose it is is said
            or any(t.lower_ == "between" for t in tok.subtree)
        )
        and (
            low in _STARTED
            or (
                low in _ENTERED | {"take", "come", "go", "enter"}
                and any(t.lower_ in ("effect", "force") for t in verb.subtree)
            )
            or (low in _IS and _in_force(verb))  # "the truce is in force"
            or (low == "continue" and any(c.lower_ == "will" for c in verb.children))
        )
        and not any(c.dep_ == "neg" for c in verb.children)
    )


_IS = frozenset({"is", "are", "remains", "remain"})


def _in_force(verb: Any) -> bool:
    """A copula with "in force", "in effect" or "in place" below it."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(g.dep_ == "pobj" and g.lower_ in ("force", "effect", "place") for g in c.children)
        for c in verb.children
    )


def in_force(tok: Any) -> bool:
    """A definite deal or truce noun as the subject of its start ("the agreement took effect",
    "the truce began on Sunday", "the accord came into force"): a deal in place, whose terms
    the next sentences may report ("X will release ... on Saturday")."""
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and tok.pos_ == "NOUN"
        and (tok.lower_ in DEAL_WORDS or tok.lower_ in _truce_nouns())
        and tok.lower_ != "phase"
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
        and (
            verb.lower_ in _STARTED
            or (
                verb.lower_ in _ENTERED
                and any(t.lower_ in ("effect", "force") for t in verb.subtree)
            )
        )
        and not any(c.dep_ in ("aux", "neg") and c.lower_ != "has" for c in verb.children)
    )


@lru_cache(maxsize=1)
def _truce_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.verbs().truce_nouns)
