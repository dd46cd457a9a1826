"""The place of an event, read from the parse: the place a locative phrase of its own clause names.

A sentence names many places, and most of them are not where the event it reports happened:
"envoys seeking a truce in X are meeting in Y" meets in Y; "ten people held in X crossed
into Y" crossed into Y; "responded to Z's plan" names no place at all (a person after "to"). The
place of an event is the object of a locative preposition ("in", "at", "into" ...) whose
phrase hangs on the trigger itself, on a clause the trigger heads or modifies ("summits held
in X"), or on the verb the trigger is the subject, object or purpose of ("talks were held in
X", "arrived in X for talks"); coordinated places are all of them ("in X and Y"). A place
that modifies the trigger noun ("the X talks") is its place too, and for an armed operation
so is its target ("struck X", "the assault on X").

What counts as a place: a proper-noun run the tagger reads as one (:mod:`accord.evidence.names`),
a seat of government (an actor's metonym), a state named as such ("meeting in Ruritania";
actors with a seat of government in ``actors.yaml`` are states), or a state's capital named by
description ("the Ruritanian capital", "Ruritania's capital": its metonym).
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex
from accord.evidence.date_expressions import CALENDAR_WORDS
from accord.evidence.names import PLACE_HEADS

# prepositions that place what the clause reports ("met in X", "crossed into X")
_LOCATIVE = {"in", "at", "into", "inside", "near", "outside", "across", "throughout", "within"}
# ... and those that place only a movement's end or an attack's target
_TOWARD = {"to", "from"}
# verbs whose "to X" is whom they address, no place ("spoke by phone to X", "wrote to X")
_ADDRESSING = frozenset(
    f
    for lemma in ("speak", "talk", "write", "say", "explain", "complain")
    for f in vocab.verb_forms(lemma)
)
_TARGET = {"on", "against", "of"}
# place nouns a named place hangs on ("the city of X", "an apartment in X", "the heart of X")
_WITHIN = {"of", "in", "near"}
# links from a trigger noun up to the verb whose phrases place it ("talks were held in X")
_UP_NOUN = {"nsubj", "nsubjpass", "dobj", "attr", "appos", "conj"}
# links from a trigger verb up to the verb of its clause ("began to meet in X")
_UP_VERB = {"xcomp", "conj"}
_CLAUSES = {"acl", "relcl", "advcl"}  # clauses on a trigger noun ("summits held in X")
# prepositions naming the parties of talks
_PARTIES = {"between", "with", "among"}
# bodies that count a place's dead
_AUTHORITIES = {"ministry", "authorities", "authority"}
# what a ministry is of, capitalised in its name ("the X Health Ministry", "the Ministry of
# Health"): its portfolio, no place
_PORTFOLIOS = {"health", "interior", "foreign", "defence", "defense", "information", "justice"}

_ACTORS = vocab.actors().actors
# states: actors with a seat of government; the seat stands for the capital
_SEAT = {actor: e.metonyms[0] for actor, e in _ACTORS.items() if e.metonyms}
_STATE_WORDS: dict[str, str] = {}
for _actor, _e in _ACTORS.items():
    if _actor in _SEAT:
        for _w in [*_e.names, *_e.adjectives]:
            if _w not in _e.metonyms:  # a seat is a place even when it stands for its state
                _STATE_WORDS[re.sub(r"[’']s$", "", _w).lower()] = _actor


def _place_spans(sent: Any, index: ActorIndex) -> list[tuple[int, int, str]]:
    """Proper-name places, seats and states named in ``sent`` (start, end, text)."""
    out = [
        (s, e, re.sub(r"^the\s+", "", t, flags=re.I))
        for s, e, t in index.places
        if sent.start_char <= s < sent.end_char
    ]
    for m in index.actors_in(sent.start_char, sent.end_char):
        if m.actor in _SEAT and m.kind in ("name", "metonym"):
            if not any(s <= m.evidence.start < e for s, e, _t in out):
                out.append((m.evidence.start, m.evidence.end, m.evidence.text))
    return out


def _calendar(tok: Any) -> bool:
    return tok.lower_.rstrip(".") in CALENDAR_WORDS


def _capital(tok: Any) -> str | None:
    """The seat a description names ("the Ruritanian capital", "Ruritania's capital")."""
    if tok.lower_ != "capital":
        return None
    for c in tok.children:
        if c.dep_ in ("amod", "poss", "compound", "nmod"):
            actor = _STATE_WORDS.get(c.lower_)
            if actor is not None:
                return _SEAT[actor]
    return None


# the heads of a body's name, no place ("the X Committee", "the Y Council")
_BODIES = {"committee", "ministry", "council", "forum", "agency", "office", "brigades"}


def _name_before(tok: Any) -> list[Any]:
    """The proper nouns compounded before ``tok``, with theirs ("the Alder Vale crossing":
    Alder and Vale, though the parse hangs Alder on Vale)."""
    out: list[Any] = []
    for c in tok.lefts:
        if c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS"):
            out += [*_name_before(c), c]
    return out


class _Places:
    """The places of one sentence, looked up by token."""

    def __init__(self, sent: Any, index: ActorIndex) -> None:
        # names that are no place: people, and parties other than states
        self.other = [
            (m.evidence.start, m.evidence.end)
            for m in index.actors_in(sent.start_char, sent.end_char)
            if m.actor not in _SEAT or m.kind not in ("name", "metonym")
        ] + [(s, e) for s, e, _p in index.people_in(sent.start_char, sent.end_char)]
        # a party the place reader took for a place ("an ultimatum to X") is none
        self.spans = [
            (s, e, t)
            for s, e, t in _place_spans(sent, index)
            if not any(a <= s < b for a, b in self.other)
        ]

    def name(self, tok: Any, state_ok: bool, depth: int = 0, known: bool = False) -> str | None:
        """The place ``tok`` is the head of (a name's last word, a capital, a place noun with
        a named place on it: "the city of X"), or None."""
        seat = _capital(tok)
        if seat is not None:
            return seat
        for s, e, text in self.spans:
            if s <= tok.idx < e:
                if not state_ok and text.lower() in _STATE_WORDS:
                    return None  # "handed to X": the state receives, it is no place
                return text
        if known:
            return None  # only a name read as a place ("the X talks": X may be their topic)
        if tok.tag_ == "NNP" and tok.dep_ in ("pobj", "dobj", "poss", "compound"):
            # (not a plural name: "killed 70 Xians" counts people; nor a body: "the X Committee")
            if any(s <= tok.idx < e for s, e in self.other) or _calendar(tok):
                return None  # a person, a party, a day ("on Sunday")
            if tok.lower_ in _BODIES:
                return None
            words = _name_before(tok)
            return " ".join(w.text for w in [*words, tok])  # "in X" the tagger did not place
        if tok.lower_ in PLACE_HEADS:  # "the X refugee camp", "X city"
            words = _name_before(tok)
            if words and not any(_calendar(w) for w in words):
                return " ".join(w.text for w in words)
        if depth == 0 and tok.pos_ in ("NOUN", "ADJ", "PRON"):  # "much of X"
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in _WITHIN:
                    for obj in _objects(prep):
                        got = self.name(obj, state_ok, 1)
                        if got is not None:
                            return got
        return None


def _objects(prep: Any) -> list[Any]:
    """The objects of a preposition and those coordinated with them ("in X and Y")."""
    out = []
    for c in prep.children:
        if c.dep_ == "pobj":
            out.append(c)
            t = c
            while True:  # the chain of conjuncts only, not the clauses on them
                t = next((d for d in t.children if d.dep_ == "conj"), None)
                if t is None:
                    break
                out.append(t)
    return out


def _preps(head: Any) -> list[Any]:
    """The prepositions on ``head``, with those coordinated with them ("in X and also in Y")."""
    out = []
    for c in head.children:
        if c.dep_ == "prep" or (c.dep_ == "conj" and c.pos_ == "ADP"):
            out.append(c)
            out += [d for d in c.children if d.dep_ == "conj" and d.pos_ == "ADP"]
    return out


def _anchors(tok: Any, etype: str) -> list[Any]:
    """The tokens whose phrases place the event ``tok`` reports: itself, the clauses on it,
    and the verb it is the subject, object or purpose of."""
    out = [tok]
    out += [c for c in tok.children if c.dep_ in _CLAUSES and c.pos_ in ("VERB", "AUX")]
    if tok.pos_ == "VERB" and etype == "military_operation":
        # "resumed fighting in X", "launched an offensive in X" (not "proposed a truce in X")
        out += [
            c
            for c in tok.children
            if (c.dep_ == "dobj" and c.pos_ == "NOUN") or (c.dep_ == "xcomp" and c.tag_ == "VBG")
        ]
    # a party has no place: a phrase on the parties of the event is the event's ("talks
    # between X and Y in Z", parsed with "in Z" on Y)
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in _PARTIES:
            out += _objects(prep)
    if etype in ("talks", "meeting") and tok.pos_ == "VERB":
        # ... on the envoys hosted, and on their parties ("hosted envoys from X and Y in Z")
        for obj in tok.children:
            if obj.dep_ == "dobj":
                out.append(obj)
                for prep in obj.children:
                    if prep.dep_ == "prep" and prep.lower_ == "from":
                        out += _objects(prep)
    t = tok
    for _ in range(3):
        head = t.head
        if head.i == t.i:
            break
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in _UP_NOUN:
            out.append(head)
            # "talks are due to resume in X", "talks are expected to take place in X"
            out += [c for c in head.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        elif t.dep_ == "pobj" and head.lower_ in ("for", "of") and head.head.i != head.i:
            head = head.head  # "arrived in X for talks", "a round of talks in X"
            out.append(head)
        elif t.pos_ in ("VERB", "AUX") and (
            t.dep_ in _UP_VERB
            or (t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children))
        ):
            out.append(head)  # "began to meet in X", "went to X to negotiate"
        else:
            break
        t = head
    return out


def event_places(tok: Any, sent: Any, index: ActorIndex, etype: str) -> list[str]:
    """The places of the event ``tok`` triggers, nearest first (empty when the parse names
    none: a place elsewhere in the sentence is another thing's)."""
    places = _Places(sent, index)
    found: list[tuple[int, str]] = []

    def add(t: Any, state_ok: bool, known: bool = False) -> None:
        name = places.name(t, state_ok, known=known)
        if name is not None and name not in [n for _d, n in found]:
            found.append((abs(t.i - tok.i), name))

    for anchor in _anchors(tok, etype):
        for prep in _preps(anchor):
            word = prep.lower_
            if word in _LOCATIVE:
                for obj in _objects(prep):
                    add(obj, True)
            elif word in _TOWARD and not (word == "to" and prep.head.lower_ in _ADDRESSING):
                for obj in _objects(prep):
                    add(obj, False)
            elif word in _TARGET and etype == "military_operation":
                for obj in _objects(prep):
                    add(obj, True)
        if anchor.i == tok.i:
            for c in anchor.children:
                if c.dep_ in ("compound", "nmod") and c.i < anchor.i:
                    add(c, False, True)  # "the X talks" (not "the X proposal": a state's)
                if c.dep_ == "dobj" and etype == "military_operation":
                    add(c, True)  # "struck X"
    if not found and etype == "military_operation":
        # a toll counted by a place's authority ("X's health ministry said 40 were killed",
        # "according to the ministry in X"): the dead are that place's
        for t in sent:
            if t.lower_ in _AUTHORITIES:
                for c in t.children:
                    if c.dep_ in ("poss", "compound") and c.lower_ not in _PORTFOLIOS:
                        add(c, False)
                    elif c.dep_ == "prep" and c.lower_ in ("in", "of"):
                        for obj in _objects(c):
                            if obj.lower_ not in _PORTFOLIOS:
                                add(obj, False)
    return [n for _d, n in sorted(found, key=lambda f: f[0])]
