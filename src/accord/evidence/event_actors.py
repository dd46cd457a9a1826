"""The actors and places of a sentence that reports events, for
:mod:`accord.evidence.events`: the places the actor index finds in it (not states or parties),
the members of a group noun ("the mediators") unless parties qualify it, and seats of
government named as the places of talks ("talks in Paris and Vienna").
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex

# nouns that stand for several actors ("the mediators presented a proposal"): all of them
GROUPS = {k.lower(): list(v) for k, v in vocab.actors().groups.items()}
_ADJECTIVES = {a for e in vocab.actors().actors.values() for a in e.adjectives}
_NOT_PLACES = {w.lower() for w in vocab.actors().not_places}  # states and parties


def sentence_places(sent: Any, index: ActorIndex) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for start, _end, text in index.places:
        if sent.start_char <= start < sent.end_char:
            place = re.sub(r"^the\s+", "", text, flags=re.I)
            if place.lower() not in _NOT_PLACES and place not in [p for _s, p in out]:
                out.append((start, place))
    return out


def group_members(word: str, sent: Any, index: ActorIndex) -> list[str]:
    """The members of a group noun ("the mediators"), unless parties qualify it ("Ruritanian
    and Borduran mediators": those already named)."""
    for m in re.finditer(rf"\b{re.escape(word)}\b", sent.text, re.I):
        at = sent.start_char + m.start()
        before = sent.text[max(0, m.start() - 40) : m.start()]
        if not index.actors_in(max(sent.start_char, at - 40), at) and not (
            set(re.findall(r"[\w’'.]+", before)) & _ADJECTIVES
        ):
            return GROUPS[word]
    return []


def capitals_named(sent: Any, index: ActorIndex) -> list[tuple[int, str]]:
    """Seats of government named as places of talks ("talks in Paris and Vienna")."""
    out = []
    for m in index.actors_in(sent.start_char, sent.end_char):
        if m.kind == "metonym":
            before = index.text[max(sent.start_char, m.evidence.start - 8) : m.evidence.start]
            if re.search(r"\b(in|and|at|to)\s+$", before):
                out.append((m.evidence.start, m.evidence.text))
    return out
