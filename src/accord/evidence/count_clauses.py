"""Which words of a verb's clause speak of the people a figure counts, for
:mod:`accord.evidence.count_roles`: a clause under the verb with a figure or a subject of its
own tells a happening of its own ("147 have returned, 8 of them rescued by troops", "four
were released, and a soldier was freed by troops": the troops rescued the 8, the soldier
only); figures set beside the subject noun of a clause are what that noun names ("The releases
will be staggered: three on the first day, four on the seventh")."""

from __future__ import annotations

from typing import Any

# clauses under a verb that may tell a happening of their own
_CLAUSES = frozenset({"advcl", "conj", "ccomp", "parataxis", "appos"})


def clause_text(tok: Any) -> str:
    """The words of a verb's clause, without a clause under it with a figure or a subject of
    its own (see the module)."""
    skip: set[int] = set()
    for c in (c for c in tok.children if c.dep_ in _CLAUSES):
        own = any(t.dep_ in ("nsubj", "nsubjpass") for t in c.children)
        if own or any(t.pos_ == "NUM" for t in c.subtree):
            skip |= {t.i for t in c.subtree}
    return " ".join(t.text for t in tok.subtree if t.i not in skip)


def on_subject(t: Any, h: Any) -> bool:
    """``t`` is set beside ``h``, the subject of its clause ("The releases will be staggered:
    three abductees on the first day": "abductees" beside "releases")."""
    return t.dep_ == "appos" and h.dep_ in ("nsubj", "nsubjpass")
