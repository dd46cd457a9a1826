"""Which parties a phrase names: coordinated names, adjectives of actors ("Bordurian, US and
Syldavian mediators"), "between A and B", "both sides"; the subject or agent of a verb; a
pronoun resolved to the party named before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from accord.evidence.actors import ActorIndex
from accord.evidence.holders import (
    ACTORS,
    BODIES,
    GROUP,
    GROUPS,
    group_of,
    numbered_group,
    the_several,
)
from accord.evidence.speech import Attribution

JOINT = re.compile(
    r"\b(both sides|the (two|warring) (sides|parties)|the sides|the parties|"
    r"both parties)\b",
    re.I,
)


@lru_cache(maxsize=1)
def all_adjectives() -> dict[str, str]:
    from accord.evidence.gazetteer import ADJECTIVES

    return {adj: actor for actor, adjs in ADJECTIVES.items() for adj in adjs}


@lru_cache(maxsize=1)
def one_word_names() -> dict[str, str]:
    """Every one-word name and adjective of an actor ("Ruritania", "Ruritanian")."""
    from accord.evidence.gazetteer import ACTOR_NAMES

    names = {n: a for a, ns in ACTOR_NAMES.items() for n in ns if " " not in n}
    return {**names, **all_adjectives()}


def hyphened_party(t: Any) -> str | None:
    """The actor a name or adjective joined by a hyphen to a participle names ("Ruritania-
    drafted", "Bordurian-mediated"): the gazetteer reads no name inside a hyphenated word."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is None or nxt.text != "-" or t.whitespace_ or nxt.whitespace_:
        return None
    return one_word_names().get(t.text)


# people who speak for the parties of an "of" after them ("the leaders of A and B")
_SPEAKING_FOR = frozenset(
    {"leaders", "leader", "governments", "government", "ministers", "minister", "presidents"}
    | {"officials", "representatives", "delegations", "delegation", "heads", "envoys"}
)


# nouns whose "from" names the parties they come from ("mediators from A and B")
_FROM_PARTIES = _SPEAKING_FOR | frozenset(GROUPS)


def phrase(tok: Any) -> list[Any]:
    """A noun phrase with its coordinated members, without clauses and most prepositions."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in (
            "compound",
            "poss",
            "amod",
            "conj",
            "appos",
            "nmod",
            "flat",
            "cc",
            "det",
            "nummod",
            "npadvmod",
        ):
            out += phrase(child)
        elif child.dep_ == "prep" and child.lower_ == "between":
            out += [t for t in child.subtree]
        elif child.dep_ == "prep" and child.lower_ == "of" and tok.lower_ in _SPEAKING_FOR:
            # "the leaders of A, B and C", "the foreign ministers of A and B": the parties
            out += [t for g in child.children if g.dep_ == "pobj" for t in phrase(g)]
        elif child.dep_ == "prep" and child.lower_ == "from" and tok.lower_ in _FROM_PARTIES:
            # "mediators from A and B", "envoys from A and B": those parties, not the whole
            # group the noun stands for
            out += [t for g in child.children if g.dep_ == "pobj" for t in phrase(g)]
    return out


def parties_of(tok: Any, index: ActorIndex, delivering: list[str]) -> list[str]:
    """The actors a (subject) phrase names: coordinated names, adjectives of actors ("Bordurian,
    US and Syldavian mediators"), "between A and B", and "both sides" (the delivering parties)."""
    tokens = phrase(tok)
    found: list[str] = []
    adjectives = all_adjectives()
    lo = min(t.idx for t in tokens)
    hi = max(t.idx + len(t.text) for t in tokens)
    near = [m for m in index.mentions if m.evidence.start < hi and lo < m.evidence.end]
    for t in sorted(tokens, key=lambda t: t.i):
        end = t.idx + len(t.text)
        for m in near:
            # a mention of several words ("United States") is found from each of its tokens
            if m.evidence.start < end and t.idx < m.evidence.end and m.kind != "person":
                if m.actor not in found:
                    found.append(m.actor)
        # a person whose name this word is part of ("Ann Vale" from "Vale")
        for p in index.people_in(lo, hi):
            if p[0] <= t.idx < p[1] and p[2].actor and p[2].actor not in found:
                found.append(p[2].actor)
        actor = adjectives.get(t.text)
        if actor and actor not in found and t.dep_ in ("amod", "conj", "compound", "nmod"):
            found.append(actor)
        actor = hyphened_party(t)
        if actor and actor not in found:
            found.append(actor)  # "the Ruritania-drafted plan"
    if not found:
        text = " ".join(t.lower_ for t in sorted(tokens, key=lambda t: t.i))
        if JOINT.search(text):
            found = list(delivering)
        else:
            # a group noun of the vocabulary ("the mediators"): its members
            group = next((g for g in map(group_of, tokens) if g is not None), None)
            numbered = next((n for t in tokens if (n := numbered_group(t, index))), None)
            if numbered is not None:
                found = numbered[len(ACTORS) :].split(",")  # "the two mediators"
            elif group is not None:
                found = list(GROUPS.get(group[len(GROUP) :], []))
            else:  # "the three": the last three parties named
                several = the_several(tokens, index, lo)
                found = several[len(ACTORS) :].split(",") if several else []
    # a multi-token mention (e.g. "United States") is found once per token: keep order, unique
    return list(dict.fromkeys(found))


def joint_subject(tok: Any) -> bool:
    """Whether the clause of a cue has "both sides", "the two parties" as its subject."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    subj, _passive = subject_of(verb)
    if subj is None:
        return False
    return bool(JOINT.search(" ".join(t.lower_ for t in sorted(phrase(subj), key=lambda t: t.i))))


def subject_of(verb: Any) -> tuple[Any | None, bool]:
    """The subject of a verb (or of the verb it is coordinated with) and whether it is passive."""
    v = verb
    for _ in range(2):
        for c in v.children:
            if c.dep_ == "nsubj":
                return c, False
            if c.dep_ == "nsubjpass":
                return c, True
        if v.dep_ in ("conj", "xcomp") and v.head.i != v.i:
            v = v.head
        else:
            break
    return None, False


def agent_of(verb: Any) -> Any | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def pronoun_party(tok: Any, index: ActorIndex, att: Attribution | None) -> list[str]:
    low = tok.lower_
    if low in ("we", "our", "us") and att is not None and att.actor:
        return [att.actor]
    bare_body = (
        low in BODIES and tok.pos_ == "NOUN" and all(c.lower_ == "the" for c in tok.children)
    )
    if low in ("it", "they") or bare_body:
        # "A, B and C said they had ...": the subject of the clause the pronoun's is inside;
        # "X said the government would ...": X's government
        verb = tok.head
        for _ in range(3):
            if verb.head.i == verb.i:
                break
            verb = verb.head
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i), None)
            if subj is not None:
                named = parties_of(subj, index, [])
                if named:
                    return named
                break
    if low in ("it", "they", "he", "she"):
        prior = [m for m in index.mentions if m.evidence.end <= tok.idx]
        if prior:
            return [prior[-1].actor]
    return []


def absolute_subject(verb: Any) -> Any | None:
    """The doer of a gerund in "with X doing Y" ("the round ended with X tabling a plan"), which
    the parser hangs on "with" rather than on the gerund; else ``None``."""
    if verb.tag_ != "VBG" or verb.i == 0 or verb.left_edge.i != verb.i:
        return None
    prev = verb.doc[verb.i - 1]
    return prev if prev.dep_ == "pobj" and prev.head.lower_ == "with" else None


def package_of_relative(verb: Any, packages: frozenset[str]) -> Any | None:
    """The package a free relative names as the object of ``verb`` ("tabled what it called a
    final proposal"): the noun the clause predicates, else ``None``."""
    for c in verb.children:
        if c.dep_ == "ccomp" and c.left_edge.lower_ == "what":
            for g in c.children:
                if g.dep_ in ("oprd", "dobj", "attr") and g.lower_ in packages:
                    return g
    return None
