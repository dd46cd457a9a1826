"""Repairs of parser errors that change who said what, applied to each parsed sentence.

- A "that" clause after the addressee of a verb of telling ("told a gathering of donors that
  X would not ...", "assured the families that ...") is often attached to the addressee as a
  relative clause; it is the verb's reported content (``ccomp``). The clause has its own
  subject and "that" is its marker, not a relative pronoun, so nothing in it refers back to
  the noun.

>>> from accord.evidence.nlp import nlp
>>> doc = repair(nlp()("She told a meeting of donors that the plan would not work."))
>>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "work"]
[('work', 'ccomp', 'told')]
"""

from __future__ import annotations

from typing import Any

import numpy as np

from accord.evidence import vocab

# verbs whose object is whom they address (data/verbs.yaml, reporting.addressee)
TELLING = frozenset(
    f for lemma in vocab.verbs().reporting.addressee for f in vocab.verb_forms(lemma)
)


def _telling_verb(noun: Any) -> Any | None:
    """The verb of telling whose addressee phrase ``noun`` is in ("told a meeting of X")."""
    t = noun
    for _ in range(3):
        if t.dep_ == "dobj" and t.head.lower_ in TELLING:
            return t.head
        if t.dep_ not in ("pobj", "prep") or t.head.i == t.i:
            return None
        t = t.head
    return None


def repair(doc: Any, deps: Any = None) -> Any:
    """``doc`` with the repairs above made in place (``deps``: its dependency labels' ids, to
    find the few tokens to look at without going through them all)."""
    if deps is None:
        from spacy.attrs import DEP

        deps = doc.to_array([DEP])
    relcl = doc.vocab.strings.add("relcl")
    for i in np.flatnonzero(deps == relcl).tolist():
        tok = doc[i]
        if tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        kids = list(tok.children)
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in kids) or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in kids
        ):
            continue
        verb = _telling_verb(tok.head)
        if verb is not None:
            tok.head = verb
            tok.dep_ = "ccomp"
    return doc
