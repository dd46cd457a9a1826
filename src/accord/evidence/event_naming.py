"""Accusations made by naming: a verb of naming (``naming`` of the accusation class in
``data/verbs.yaml``: "call", "brand", "describe ... as") is an accusation only when it names
something (its direct object) and then calls it one of its ``needs_for`` words ("X called the
raid a massacre", "described the strikes as a crime", "called the offer 'psychological
warfare'"); not when the word is in what is named ("called the massacre a turning point") nor
when the verb asks ("called for an end to the killing", "called on Y to ...").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.event_triggers import Trigger

_ASKING_PARTICLES = frozenset({"for", "on", "off", "up"})
_PREDICATES = frozenset({"oprd", "xcomp", "attr", "acomp", "ccomp"})


@lru_cache(maxsize=1)
def naming_forms() -> frozenset[str]:
    """Every form of the naming verbs of every event class."""
    return frozenset(
        f
        for cls in vocab.verbs().events.values()
        for lemma in cls.naming
        for f in vocab.verb_forms(lemma)
    )


def named_otherwise(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A veto: a naming verb that does not call what it names one of its words."""
    if trig.noun or tok.lower_ not in naming_forms():
        return False
    if not parsed:
        return True  # without the parse what is named cannot be told from what it is called
    kids = list(tok.children)
    if any(c.dep_ in ("prep", "prt") and c.lower_ in _ASKING_PARTICLES for c in kids):
        return True
    named = next((c for c in kids if c.dep_ in ("dobj", "nsubjpass")), None)
    # what it is called: a predicate of its own ("called the offer 'warfare'", the offer a
    # modifier of it), else the words after what is named
    called = {
        w.lower_
        for c in kids
        if c.dep_ in _PREDICATES
        for w in (c, *(g for g in c.children if g.dep_ in ("amod", "compound", "conj")))
    }
    if named is not None:
        called |= {t.lower_ for t in tok.subtree if t.i > named.right_edge.i}
    return trig.needs.isdisjoint(called)
