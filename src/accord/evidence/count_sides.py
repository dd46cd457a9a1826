"""Whose people a number counts, where no noun or adjective names their side: the party that
releases them (:func:`releaser_side`), the whole a verb of inclusion names
(:func:`whole_side`), the jail they are freed from (:func:`freed_from_jail`). Used by
:mod:`accord.evidence.count_phrases` and :mod:`accord.evidence.count_parts`.
"""

from __future__ import annotations

from typing import Any

from accord.evidence.count_roles import RESCUE_OPERATIONS, RESCUER_NOUNS, V


def releaser_side(tok: Any) -> str | None:
    """The side of the party that releases the people ``tok`` counts: the subject of the
    verb of release over it (through "agreed to free", "would free"), or its agent in the
    passive ("were freed by X"); by the party's name (``parties``) or its adjective."""
    t = tok
    for _ in range(6):
        h = t.head
        if h.i == t.i:
            return None
        if (h.pos_ in ("VERB", "AUX") or h.tag_.startswith("VB")) and V.action(h.lower_) in (
            "released",
            "arrived",
        ):
            v, subj = h, None
            for _ in range(3):
                subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
                if subj is not None or v.dep_ not in ("xcomp", "conj") or v.head.i == v.i:
                    break
                v = v.head
            if subj is None:
                agent = next((c for c in h.children if c.dep_ == "agent"), None)
                subj = (
                    next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
                )
            return _party_side(subj) if subj is not None else None
        t = h
    return None


def freed_from_jail(tok: Any) -> bool:
    """The people ``tok`` counts are released "from" a jail ("24 women were freed from X and Y
    prisons"): people of the jailed side, whoever frees them."""
    t = tok
    for _ in range(6):
        h = t.head
        if h.i == t.i:
            return False
        if (h.pos_ in ("VERB", "AUX") or h.tag_.startswith("VB")) and V.action(
            h.lower_
        ) == "released":
            return any(
                c.dep_ == "prep"
                and c.lower_ == "from"
                and any(g.lower_ in V.jails for g in c.subtree)
                for c in h.children
            )
        t = h
    return False


_INCLUDES = frozenset({"include", "includes", "included", "comprise", "comprises", "comprised"})


def whole_side(noun: Any) -> str | None:
    """The side of the whole that the subject of a verb of inclusion names ("the freed
    inmates included 69 women and 21 minors"): held or jailed, by its group noun."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lower_ not in _INCLUDES:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    group = V.group(subj.lower_) if subj is not None else None
    return {"jailed": "jailed_side", "held": "held_side"}.get(group or "")


def _party_side(subj: Any) -> str | None:
    if subj.lower_ in RESCUER_NOUNS or subj.lower_ in RESCUE_OPERATIONS:
        return None  # armed forces free their own side's people: a rescue
    for w in [subj, *(c for c in subj.children if c.dep_ in ("compound", "amod"))]:
        side = V.parties.get(w.lower_) or V.side(w.lower_)
        if side:
            return side
    return None
