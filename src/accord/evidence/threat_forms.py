"""The forms a threat's clauses take in the parse, for :mod:`accord.evidence.threats`: an
alternative to a demanded act ("free them or face ..."), and a condition the parser hung on a
reporting aside ("If X, the official said, the army would ...")."""

from __future__ import annotations

from typing import Any

from accord.evidence import vocab
from accord.evidence.mode_words import ASKING

TELLING = frozenset(
    f for lemma in vocab.verbs().reporting.addressee for f in vocab.verb_forms(lemma)
)


_ASIDE_DEPS = frozenset({"nsubj", "punct", "advcl", "npadvmod"})


def past_aside(verb: Any) -> Any:
    """The clause a condition is set on, past a reporting aside the parser hung it on ("If
    no X by midnight, the official said, the army would ...": the aside "the official said"
    holds only its subject and the condition)."""
    if (
        verb.dep_ == "parataxis"
        and verb.head.i != verb.i
        and verb.head.i > verb.i
        and all(c.dep_ in _ASIDE_DEPS for c in verb.children)
    ):
        return verb.head
    return verb


def alternative(verb: Any) -> tuple[Any, Any] | None:
    """ "Free the envoys or face ...", "X must free Y or face ...", "told X to free Y or
    face ...": a demanded act (an imperative, "must", "has to", an infinitive under a verb of
    asking or telling) with its own object, then "or" and a second conjunct — the consequence
    of not doing it. Returns ("or", the consequence); ``None`` for any other clause ("accept or
    reject the plan" has no object before "or")."""
    if verb.pos_ != "VERB":
        return None
    ors = [c for c in verb.children if c.dep_ == "cc" and c.lower_ == "or"]
    if not ors:
        return None
    after = [c for c in verb.children if c.dep_ == "conj" and c.i > ors[0].i]
    done = [
        c for c in verb.children if c.i < ors[0].i and c.dep_ in ("dobj", "prep", "prt", "dative")
    ]
    if not after or not done or not demanded(verb):
        return None
    return ors[0], after[0]


def demanded(verb: Any) -> bool:
    """An act asked for: an imperative, "must"/"should", "has to", or an infinitive under a
    verb of asking or telling."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"must", "should"}:
        return True
    if not aux and verb.tag_ == "VB":
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return (
        "to" in aux
        and verb.dep_ == "xcomp"
        and verb.head.lower_ in ASKING | TELLING | {"has", "have", "had"}
    )
