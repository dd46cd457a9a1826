"""Who acts together with a subject without being coordinated with it: "A, together with B
and C, signed ...", "A, along with B, rejected ...", "A, alongside B, ...". The parse hangs the
companions on the subject ("together with") or on the verb ("along with"); either way they
share the subject's act."""

from __future__ import annotations

from typing import Any

from accord.evidence.columns import columns

_ADVERBS = frozenset({"together", "along"})
# the words that mark a companion in a source phrase
COMPANION_WORDS = _ADVERBS | {"alongside"}
_MARKS = COMPANION_WORDS | {"with"}  # every word :func:`companions` looks for


def _objects(prep: Any) -> list[Any]:
    """The objects of a preposition and the members coordinated with them."""
    out = [g for g in prep.children if g.dep_ == "pobj"]
    for o in list(out):
        out += [g for g in o.subtree if g.dep_ == "conj"]
    return out


def companions(subject: Any) -> list[Any]:
    """The heads of the companions named with ``subject`` ("together with B and C": B, C)."""
    verb = subject.head
    out: list[Any] = []
    # a companion's word stands between the subject and its verb: most subjects have none
    # (the words read from the document's columns, no token walked)
    between = columns(subject.doc).lower[subject.i + 1 : verb.i]
    if _MARKS.isdisjoint(between):
        return out
    for holder in (subject, verb):
        for c in holder.children:
            # only what stands between the subject and its verb (a parenthesis)
            if not subject.i < c.i < verb.i:
                continue
            if c.lower_ == "alongside" and c.dep_ == "prep":
                out += _objects(c)
            elif c.lower_ in _ADVERBS:  # "along | with B" hung on the verb
                out += [o for p in c.children if p.lower_ == "with" for o in _objects(p)]
            elif c.lower_ == "with" and any(g.lower_ in _ADVERBS for g in c.children):
                out += _objects(c)  # "with B" with "together" hung on it
    return out
