"""Titles that name officials: "the defence minister", "Ruritanian PM", "the US president".

A title names the person of its party named before whose official title has its words, else the
official (``officials`` in ``data/actors.yaml``) whose term covers the publication date; never
someone before they took office or after they left.

>>> holder_title_words("PM")
('prime', 'minister')
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex, Person

ROLES = {
    "leader",
    "president",
    "minister",
    "premier",
    "chief",
    "envoy",
    "king",
    "emir",
    "secretary",
    "spokesman",
    "spokesperson",
    "commander",
    "negotiator",
    "pm",
    "fm",
}
# English abbreviations of titles (not of any one negotiation)
_ABBREVIATIONS = {
    "pm": ("prime", "minister"),
    "premier": ("prime", "minister"),
    "fm": ("foreign", "minister"),
    "defence": ("defense",),  # spelled as officials' titles are
}
# adjectives of parties ("Ruritanian"): actors.yaml
ADJECTIVE_OF = {
    adj: actor
    for actor, e in vocab.actors().actors.items()
    for adj in e.adjectives
    if adj[:1].isupper() and not adj.endswith(("s", "’s", "'s"))
}


# one-word names of parties ("Ruritania's prime minister"), when a longer title phrase took the
# name into its mention
NAME_OF = {
    name: actor
    for actor, e in vocab.actors().actors.items()
    for name in e.names
    if " " not in name and name[:1].isupper()
}


def holder_title_words(word: str) -> tuple[str, ...]:
    """The words of a title as officials' titles spell it ("PM" -> prime minister)."""
    low = word.lower().strip(".")
    return _ABBREVIATIONS.get(low, (low,))


def title_holder(
    index: ActorIndex, actor: str | None, words: tuple[str, ...], before: int
) -> Person | None:
    """The person a title names: the last person of that party named before whose official
    title has these words (for a generic "leader", any person of the party), else the official
    whose term covers the publication date (none when the date is unknown or several fit)."""
    generic = words in (("leader",), ("chief",)) and actor is not None

    def fits(title: str) -> bool:
        have = title.lower().split()
        return all(w in have for w in words)

    prior = [
        p
        for s, e, p in index.people
        if s < before
        and (actor is None or p.actor == actor)
        and p.actor is not None
        and (
            (p.official is not None and fits(p.official.title))
            or (generic and p.official is None)
            or (not generic and fits(" ".join(described(index.text, s, e))))
        )
    ]
    if prior:
        return prior[-1]
    if generic and actor is not None:
        prior = [p for s, _e, p in index.people if s < before and p.actor == actor]
        if prior:
            return prior[-1]
    if not index.published or (actor is None and len(words) < 2):
        return None  # a bare "the president" of no party names no one
    day = index.published[:10]
    found = [
        o
        for o in index.officials
        if (actor is None or o.actor == actor)
        and o.title
        and fits(o.title)
        and o.start is not None
        and o.start <= day
        and (o.end is None or day <= o.end)
    ]
    exact = [o for o in found if o.title.lower().split() == list(words)]
    found = exact or found
    if len(found) != 1:
        return None
    return Person(found[0].name, found[0].actor, found[0])


_MODIFIERS = {"foreign", "defense", "defence", "deputy", "senior", "top", "special", "chief"}
_POSS = {"'s", "’s"}
# where a name's description before it ends: punctuation, a verb of saying, a conjunction
_STOP = re.compile(r"[,.;:!?()\"“”\n]|\b(?:said|says|told|and|with|by|from|when|after|as)\b")


def described(text: str, start: int, end: int) -> tuple[str, ...]:
    """The words a name is described with where it stands: the words of its noun phrase
    before it ("the group's spokesman Anna Varga", "Bordurian envoy Ivo Kral") and of an
    apposition after it ("Ivo Kral, the Bordurian envoy,"), as title words."""
    before = text[max(0, start - 60) : start]
    cut = list(_STOP.finditer(before))
    before = before[cut[-1].end() :] if cut else before
    words: list[str] = []
    for word in reversed(before.split()):
        # the title right before the name: capitalised words, role nouns and their modifiers
        # ("Ruritanian deputy foreign minister"), not a clause ("the president met envoy X")
        if not (word[:1].isupper() or word.lower() in ROLES | _MODIFIERS or word[-2:] in _POSS):
            break
        words.insert(0, word)
    after = re.match(
        r"\s*,\s*(?:a|an|the)\s+([^,.;:()\n“”\"]{2,60}?)\s*(?:[,.;:)]|$)", text[end : end + 70]
    )
    if after:
        words += after.group(1).split()
    return tuple(w for word in words for w in holder_title_words(re.sub(r"[’']s$", "", word)))


def title_words(tokens: list[Any], index: ActorIndex) -> tuple[str | None, tuple[str, ...]]:
    """The party and the words of a title phrase ("the Ruritanian prime minister", "US PM")."""
    party = None
    words: list[str] = []
    for t in tokens:
        found = index.actors_in(t.idx, t.idx + len(t.text)) or None
        actor = found[0].actor if found else ADJECTIVE_OF.get(t.text) or NAME_OF.get(t.text)
        if actor is not None:
            party = party or actor
        elif t.dep_ == "poss" or any(c.dep_ == "case" for c in t.children):
            continue  # "the union's leader": whose title, not a word of it
        elif t.pos_ in ("NOUN", "PROPN", "ADJ") and t.lower_ not in ("'s", "’s"):
            words += holder_title_words(t.lower_)
    return party, tuple(words)
