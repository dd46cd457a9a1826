"""Exits from custody that are releases: leaving a jail or the state of being held ("walked
out of prison", "came out of X", "58 abductees have left X"), people held or jailed who went
home; the verb of release a subject shares with a verb that says nothing of it; people
held back from a release due; and people traded for others ("33 abductees in exchange for
1,800 inmates"). Read by :mod:`accord.evidence.count_roles` on the verb that
governs a counted noun.
"""

from __future__ import annotations

from typing import Any

from accord.evidence import vocab
from accord.evidence.count_vocab import vocabulary
from accord.evidence.modes import TRADE_NOUNS

V = vocabulary()

LEAVING = frozenset({"leave", "leaves", "left", "leaving"})
_EXITING = frozenset({"walk", "walks", "walked", "walking", "come", "comes", "came", "coming"})
_BRINGING = frozenset({"bring", "brings", "brought"})


def out_of_jail(verb: Any) -> bool:
    """Leaving a jail ("left Ofer prison", "walked out of prison"): a release."""
    return out_of(verb, V.jails)


def out_of(verb: Any, nouns: frozenset[str]) -> bool:
    """Leaving a place or state of ``nouns`` ("left Ofer prison", "walked out of X")."""
    low = verb.lower_
    if low not in LEAVING | _EXITING or not nouns:
        return False
    places = [c for c in verb.children if c.dep_ == "dobj" and low in LEAVING]
    out = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("out", "from")]
    for o in out:
        places += [g for g in o.subtree if g.dep_ == "pobj"]
    return any(p.lower_ in nouns for p in places)


_GOING = frozenset(vocab.verb_forms("go"))
_COMING = frozenset(vocab.verb_forms("come"))


def gone_home(verb: Any) -> bool:
    """People held or jailed who went home ("90 inmates went home", "25 came home alive",
    "117 have come back"): not a plan or a wish."""
    low = verb.lower_
    if verb.tag_ not in ("VBD", "VBN") or (low not in _GOING and low not in _COMING):
        return False
    back = ("home", "back") if low in _COMING else ("home",)
    return any(
        c.lower_ in back and c.dep_ in ("advmod", "npadvmod", "dobj", "prt") for c in verb.children
    )


def left_place(verb: Any, subject: Any) -> bool:
    """People who left the place by its name ("58 abductees have now left X") or a jail: for
    people held, freed; leaving "the area" says nothing of it."""
    return (
        verb.lower_ in LEAVING
        and subject.dep_ == "nsubj"
        and any(
            c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lower_ in V.jails) for c in verb.children
        )
    )


def came_out(verb: Any) -> bool:
    """Coming out ("came out in the truce", "walked out of X", "brings N out of X"): for
    people held, freed; not out of hiding."""
    return verb.lower_ in _EXITING | _BRINGING and any(
        c.lower_ == "out"
        and c.dep_ in ("prt", "prep", "advmod")
        and not any(g.lower_ == "hiding" for g in c.subtree)
        for c in verb.children
    )


def joined_verb(noun: Any, verb: Any) -> Any | None:
    """The verb of a second clause sharing the subject ``noun`` with ``verb``, when ``verb``
    says nothing of the people ("the 39 inmates are being processed there and will be freed
    within the hour": "freed"); ``None`` otherwise."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or V.action(verb.lower_):
        return None
    for c in verb.children:
        if (
            c.dep_ == "conj"
            and c.pos_ == "VERB"
            and V.action(c.lower_)
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ):
            return c
    return None


_HOLDING_BACK = frozenset(vocab.verb_forms("hold") | vocab.verb_forms("keep"))


def held_back(verb: Any) -> bool:
    """People "held back" or "kept back" from a release due ("X holds back 620 inmates"):
    a release put off, still to come."""
    return verb.lower_ in _HOLDING_BACK and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children
    )


def traded_for(noun: Any) -> Any | None:
    """The noun of trading on which counted people are given for others ("33 abductees in
    exchange for 1,800 inmates", "N abductees in return for M"): they are released as those
    they are traded for are; else ``None``."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for trade in prep.children:
            if (
                trade.dep_ == "pobj"
                and trade.lower_ in TRADE_NOUNS
                and any(c.dep_ == "prep" and c.lower_ == "for" for c in trade.children)
            ):
                return trade
    return None
