"""Stages of a handover: the freed arriving, crossing, being received (release events).

News of an exchange reports its stages one by one, and the annotators log each as a release:
the abductees "crossed into" a country, "buses carrying them arrived in" a town, they "had been
received by" the army, "were paraded on a stage". The verbs are common ("arrive", "reach",
"cross"); what makes them a stage of a release is their subject, read off the parse:

- a noun of abductees, inmates or remains (``count_nouns.yaml``: the groups of held, jailed
  people and of remains), or people described as held ("women held since the raid");
- anything carrying them ("buses carrying the inmates", "vehicles transporting them");
- the people just freed, named again ("they", "the 13", "the three men"), when a release was
  reported in the sentence before.

The stage verbs are the ``stages`` of the release class in ``data/verbs.yaml``. "received" is
a stage in the passive ("had been received by the army": someone takes them over) or with
the freed as its object ("the aid agency received the four"),
"crossed" only with where to ("crossed into X").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.count_vocab import vocabulary
from accord.evidence.numbers import find_numbers

# the groups of ``count_nouns.yaml`` whose nouns are the people or remains a release moves
_FREED_GROUPS = {"held", "jailed", "remains"}
# a participle or relative clause saying the people were held ("women held in X")
_HELD = frozenset(
    f
    for lemma in ("hold", "keep", "abduct", "kidnap", "seize", "take", "detain", "imprison")
    for f in vocab.verb_forms(lemma)
)
# a participle on the subject that carries the people ("buses carrying them")
_CARRYING = frozenset(
    f
    for lemma in ("carry", "transport", "bring", "ferry", "convey")
    for f in vocab.verb_forms(lemma)
)
_ANAPHORS = {"they", "them", "both", "all"}


@lru_cache(maxsize=1)
def _freed_nouns() -> frozenset[str]:
    return frozenset(w for w, g in vocabulary().groups.items() if g in _FREED_GROUPS)


def _subjects(tok: Any) -> list[Any]:
    """The subjects of ``tok``, or of the verb it is coordinated with ("crossed ... and were
    flown"). A finite past verb the parser hangs on a noun as a participle ("women held
    since the attack crossed into X": "crossed" on "attack") has the nouns above
    it for subject."""
    t = tok
    for _ in range(3):
        subs = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subs or t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head
    if subs:
        return subs
    if tok.tag_ not in ("VBD", "VBN") or tok.dep_ != "acl":
        return _left_phrase(tok)
    up, nouns = tok.head, []
    for _ in range(6):
        if up.tag_.startswith("NN"):
            nouns.append(up)
        if up.dep_ in ("nsubj", "nsubjpass") or up.head.i == up.i:
            break
        up = up.head
    return nouns


def _left_phrase(tok: Any) -> list[Any]:
    """With no subject in the parse ("X freed 12 inmates, and vans carrying them reached Y",
    read as objects of "freed"): the nouns of the phrase ending just before the verb."""
    if tok.i == tok.sent.start:
        return []
    t, out = tok.doc[tok.i - 1], []
    for _ in range(8):
        if t.right_edge.i != tok.i - 1 or t.i >= tok.i:
            break
        if t.tag_.startswith("NN"):
            out.append(t)
        elif t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "relcl"):
            break  # up to a clause: past the phrase
        if t.head.i == t.i:
            break
        t = t.head
    return out


def _nouns(sub: Any) -> list[Any]:
    """A subject and the nouns coordinated with it ("women and children")."""
    return [sub, *(c for c in sub.subtree if c.dep_ == "conj" and c.head.i in (sub.i,))]


def _freed(noun: Any) -> bool:
    return noun.lower_ in _freed_nouns()


def _held(noun: Any) -> bool:
    """People described as held ("women held in the tunnels", "men who were seized")."""
    return any(c.dep_ in ("acl", "relcl") and c.lower_ in _HELD for c in noun.children)


def _carrying(noun: Any) -> bool:
    """Something carrying freed people ("buses carrying the inmates", "carrying them")."""
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.lower_ in _CARRYING:
            for o in c.children:
                if o.dep_ != "dobj":
                    continue
                if _freed(o) or o.lower_ in _ANAPHORS:
                    return True
                # "some of them", "some of the abductees"
                for p in o.children:
                    if p.dep_ == "prep" and p.lower_ == "of":
                        objs = [x for x in p.children if x.dep_ == "pobj"]
                        if any(_freed(x) or x.lower_ in _ANAPHORS for x in objs):
                            return True
    return False


def _named_again(noun: Any, recent: bool, freed: frozenset[int]) -> bool:
    """The freed named again: right after their release a pronoun, "the 13", "the three
    men"; further on "the 13" when 13 were freed earlier in the text."""
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    figure = noun if noun.tag_ == "CD" else None
    if figure is None and the:
        figure = next((c for c in noun.children if c.dep_ == "nummod"), None)
    if not recent:
        if figure is None or not the:
            return False
        return any(n.value in freed for n in find_numbers(figure.text))
    return noun.lower_ in _ANAPHORS or (the and figure is not None)


def release_stage(tok: Any, lemma: str, recent: bool, freed: frozenset[int]) -> bool:
    """Whether the stage verb ``tok`` reports a stage of a release: its subject is the freed
    (or what carries them). ``recent``: a release was reported in the sentence before, so
    the freed may be named again by a pronoun or "the 13"; ``freed``: the figures of the
    sentences that reported a release so far ("the 13" named again later)."""
    if not tok.tag_.startswith("VB"):
        return False
    if lemma == "receive" and not any(c.dep_ == "nsubjpass" for c in tok.children):
        # "X received the delegation": a host, no handover; "X has received the four
        # abductees": the freed are what it takes over
        return any(
            c.dep_ == "dobj" and any(_freed(n) or _held(n) for n in _nouns(c)) for c in tok.children
        )
    if lemma == "cross" and not any(
        c.dep_ in ("prep", "dobj", "advmod") and c.lower_ not in ("the",) for c in tok.children
    ):
        return False
    for sub in _subjects(tok):
        for noun in _nouns(sub):
            if _freed(noun) or _held(noun) or _carrying(noun):
                return True
            if _named_again(noun, recent, freed):
                return True
    return False
