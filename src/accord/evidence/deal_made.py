"""A deal the text names as made or in place ("welcomed the agreement", "the agreement
announced in Y", "the implementation of the agreement", "according to the terms of the
deal"), or a package it names as accepted by a party ("the proposal X accepted"): the planned
terms after it are the deal's (read by :func:`accord.evidence.agreement_steps.deal_taken_frame`,
which opens a deal frame)."""

from __future__ import annotations

from typing import Any

from accord.evidence.agreement_terms import DEAL_WORDS, deal_package_nouns

# participles after a deal noun that say it was made ("the agreement announced in Y", "the deal
# reached on Wednesday"), verbs taking a deal in place as their object ("welcomed the
# agreement"), and nouns of its text or its carrying out ("the terms of the deal", "the
# implementation of the agreement")
_MADE = frozenset({"announced", "reached", "signed", "brokered", "concluded", "sealed", "struck"})
_TAKEN = frozenset({"welcomed", "welcomes", "welcome", "hailed", "hails", "praised", "praises"})
_OF_MADE = frozenset({"terms", "implementation"})


# participles after a package noun that say a party took it ("the proposal X accepted")
_ACCEPTED = frozenset({"accepted", "approved", "endorsed", "signed"})


def deal_named_made(sent: Any) -> bool:
    """Whether ``sent`` names a deal as made or in place, or a package as accepted by a party
    (:func:`_made`, :func:`_accepted_package`): the terms after it are the deal's."""
    words = getattr(sent, "words", None)
    packages = deal_package_nouns()[1]
    if words is not None and words.isdisjoint(DEAL_WORDS) and words.isdisjoint(packages):
        return False
    return any(
        _made(t) if t.lower_ in DEAL_WORDS else _accepted_package(t)
        for t in sent
        if t.lower_ in DEAL_WORDS or t.lower_ in packages
    )


def _accepted_package(tok: Any) -> bool:
    """A package the sentence names as accepted by a party ("the proposal X accepted", "the
    text approved by Y"): its terms that follow are the deal's."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ in ("acl", "relcl") and c.lower_ in _ACCEPTED and not _negated(c)
        for c in tok.children
    )


def _made(tok: Any) -> bool:
    """A definite deal noun (not "phase") the sentence names as made or in place."""
    if tok.lower_ == "phase" or tok.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return False  # "a deal": one sought
    if any(
        c.dep_ in ("acl", "relcl") and c.lower_ in _MADE and not _negated(c) for c in tok.children
    ):
        return True
    head = tok.head
    if tok.dep_ == "dobj" and head.lower_ in _TAKEN and not _negated(head):
        return True
    return tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _OF_MADE


def _negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)
