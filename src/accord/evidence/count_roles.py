"""Reading what happened to the people a number counts, from the parse.

The words that govern a counted noun — the verb it is an argument of, a noun of action over
it, its own participles and relative clauses — give the action (``taken``, ``held``,
``released`` ...), the mode (planned, demanded ...) and sometimes the status (living, dead),
through the count vocabulary (``data/count_nouns.yaml``). Used by :mod:`count_phrases` and
:mod:`count_parts` (in :mod:`accord.evidence`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from accord.evidence import vocab
from accord.evidence.count_clauses import clause_text, on_subject
from accord.evidence.count_exits import (
    LEAVING,
    came_out,
    gone_home,
    held_back,
    joined_verb,
    left_place,
    out_of,
    out_of_jail,
)
from accord.evidence.count_modes import mode_of, noun_mode, terms_subject
from accord.evidence.count_vocab import vocabulary
from accord.evidence.mode_words import PLANNED_AUX

V = vocabulary()
__all__ = ["mode_of", "noun_mode", "terms_subject"]  # read from here by the count modules
# armed forces: people they free are rescued, not handed over ("freed by troops")
RESCUER_NOUNS = frozenset(
    {"forces", "troops", "military", "army", "soldiers", "commandos", "police", "unit", "units"}
)
# (and armed operations: "freed in a raid", "rescued in operations", "the operation freed four")
RESCUE_OPERATIONS = frozenset({"operation", "raid", "mission"})
RESCUERS = re.compile(
    rf"\bby\s+(\w+\s+){{0,2}}({'|'.join(sorted(RESCUER_NOUNS))})\b"
    r"|\bby\s+(military\s+|armed\s+)?force\b"  # "freed by force"
    rf"|\b(in|during)\s+((an?|the)\s+)?([\w-]+\s+){{0,2}}"
    rf"({'|'.join(sorted(RESCUE_OPERATIONS))})s?\b",
    re.I,
)
# nouns of a place with its people after "to" ("home to N people", "host to N displaced")
_PLACED = frozenset({"home", "host", "shelter", "refuge"})
# nouns that carry a figure to the verb over them ("a total of 83 ... were freed")
_CARRIERS = frozenset(
    "total number group batch tally count rest majority list names sets set".split()
)


@dataclass
class Role:
    """Who the people counted are and what happened to them."""

    group: str | None = None  # held, jailed, remains, people, units, population
    side: str | None = None  # held_side, jailed_side
    action: str | None = None  # taken, held, released, rescued, killed, wounded ...
    status: str | None = None  # living, dead
    mode: str = "actual"
    noun: str = ""
    whole: bool = False  # "some of the 240 abductees": the figure is the whole, not the part
    rescued: bool = False  # freed by armed forces, not handed over
    nominal: bool = False  # the action is a noun over the figure ("the release of N")
    label: str = ""  # the counted noun as written, for units


# objects that make "take" an idiom, no taking of people ("took hold", "took effect")
_TAKE_IDIOMS = frozenset({"hold", "place", "effect", "part", "root", "shape"})
# where people are taken for care, or take themselves ("taken to hospital", "took to the streets")
_CARE = frozenset("hospital hospitals clinic clinics treatment care checks streets street".split())


def governor(noun: Any, role: Role) -> None:
    """Fill the role's action and mode from the words that govern ``noun`` in the parse."""
    t = noun
    for _ in range(8):
        h = t.head
        if h.i == t.i:
            return
        dep, low = t.dep_, h.lower_
        if dep in ("appos", "conj", "nummod", "quantmod", "compound", "amod", "det", "nmod"):
            if dep in ("appos", "conj") and V.group(h.lower_) and not role.group:
                role.group = V.group(h.lower_)
            if h.lower_ in V.action_nouns and (on_subject(t, h) or dep == "conj" and t.i != noun.i):
                # "the release of N and of M", "the releases will ...: N on day one": the noun
                role.action, role.mode = V.action_nouns[h.lower_], noun_mode(h)
                role.nominal = True
                return
            t = h
            continue
        if dep == "pobj":
            prep, over = h, h.head
            plow = prep.lower_
            if plow in ("of", "from") and over.pos_ in ("VERB", "AUX") and prep.i < over.i:
                # "Of the 40 people taken, 30 were freed", "from 251 taken, 105 were freed"
                role.whole = True  # the whole
                return
            if plow == "of" and over.pos_ in ("VERB", "AUX"):
                # "facilitated the release of 20 ... and of 1,968 ...": a second "of" hung on
                # the verb belongs to the verb's noun of action
                over = next((c for c in over.children if c.dep_ == "dobj"), over)
            if plow == "of" and over.i != prep.i:
                if over.lower_ == "custody" and over.head.lower_ in _RECEIVING:
                    role.action, role.mode = "released", mode_of(over.head)
                    return  # "took custody of 17 abductees": received from their captors
                if over.lower_ in V.action_nouns:
                    role.action = V.action_nouns[over.lower_]
                    role.mode = noun_mode(over)
                    role.nominal = True
                    return
                if V.group(over.lower_) == "remains":
                    role.status = "dead"
                    role.group = "remains"
                    t = over
                    continue
                if over.pos_ in ("NUM", "DET", "ADJ", "PRON") or over.lower_ in (
                    "dozens",
                    "hundreds",
                    "some",
                    "many",
                    "most",
                    "all",
                    "half",
                ):
                    role.whole = True  # a part of the figure is meant, the figure is the whole
                    return
                if (
                    over.pos_ in ("NOUN", "PROPN")
                    and not V.group(over.lower_)
                    and over.lower_ not in _CARRIERS
                ):
                    return  # the people describe another noun ("the condition of N abductees")
            deal = plow == "for" and (  # "a deal for N abductees", "agreed (to terms) for N"
                (over.pos_ == "NOUN" and over.lower_ in V.planned_nouns)
                or (
                    over.lower_ in V.planned_governors
                    and over.lower_ not in V.demanded
                    and all(c.lower_ in V.planned_nouns for c in over.children if c.dep_ == "dobj")
                )
            )
            if (
                plow == "for"
                and over.lower_ in V.demanded
                and over.pos_ == "VERB"
                and V.group(noun.lower_) in ("held", "jailed", "remains")
            ):
                role.action, role.mode = "released", "demanded"  # "asked for 1,500 inmates"
                return
            if plow == "to" and over.lower_ in _PLACED and over.i > 0 and over.nbor(-1).text == ",":
                return  # "X, home to N people": who live there, not what is done to X
            if deal or (
                plow in ("for", "involving")
                and (
                    V.action_nouns.get(over.lower_) == "released"
                    or V.action(over.lower_) == "released"
                )
            ):
                role.action = "released"
                role.mode = (
                    "planned" if deal else noun_mode(over) if over.pos_ == "NOUN" else mode_of(over)
                )
                return
            if plow in ("for", "against") and any(
                V.action_nouns.get(w.lower_) == "released"
                or V.action(w.lower_) == "released"
                or (plow == "against" and _counted_people(w))
                for w in t.sent
                if w.i < prep.i
            ):
                # "(an exchange of A) for B", "three abductees home against 183 inmates":
                # B are released too
                role.action = "released"
                return
            t = prep
            continue
        if dep in ("prep", "agent", "dative") and not (
            h.pos_ in ("VERB", "AUX") or h.tag_.startswith("VB")
        ):
            t = h
            continue
        if h.pos_ in ("VERB", "AUX") or h.tag_.startswith("VB"):
            if _reduced_relative(t, h):
                h, low = h.head, h.head.lower_  # "free 50 inmates and 30 people detained since"
            elif (later := _passive_after(t, h) or joined_verb(t, h)) is not None:
                h, low = later, later.lower_  # "50 women held as abductees there will be freed"
            action = V.action(low)
            held = role.group == "held" or role.side == "held_side" or role.status == "living"
            if out_of_jail(h) or held_back(h) or (held and (came_out(h) or left_place(h, t))):
                # "walked out of prison", "33 abductees came out of X", "58 have left X"
                action = "released"
            elif out_of(h, V.held_states):
                action = "released"  # "three women walked out of <held_states>": of the held side
                role.side = role.side or "held_side"
            elif role.group in ("held", "jailed") and gone_home(h):
                action = "released"  # "90 inmates went home": from where they were held
            elif action == "held" and low in LEAVING and t.dep_ != "dobj":
                action = None  # "three of them left the town": they went, no one holds them
            if action == "found_dead" and not _dead_near(h):
                action = None
            if action == "held" and _container_subject(h):
                action = None  # "coffins which held the remains of N": contained, not detained
            if action == "taken" and any(
                c.dep_ == "dobj" and c.i != t.i and c.lower_ in _TAKE_IDIOMS for c in h.children
            ):
                action = None  # "since the truce took hold": no one taken
            if action == "taken" and any(
                c.dep_ == "prep"
                and c.lower_ in ("to", "for")
                and _CARE & {g.lower_ for g in c.children}
                for c in h.children
            ):
                action = None  # "seven were taken to hospital": care, no one seized
            if action:
                role.action = action
                role.mode = mode_of(h)
                if action == "released" and (
                    RESCUERS.search(clause_text(h)) or _by_rescue(h) or _rescuer_subject(h)
                ):
                    role.rescued = True
                if role.action == "held" and any(
                    c.lower_ == "dead" and not any(g.dep_ == "nsubj" for g in c.children)
                    for c in h.children
                ):
                    role.status = "dead"  # (not "..., with 35 of them dead": the part's)
                return
            if (
                role.group == "held"
                and role.status != "dead"
                and t.dep_ in ("nsubjpass", "dobj")
                and not _dead_near(h)
                and (RESCUERS.search(clause_text(h)) or _rescuer_subject(h))
            ):
                # armed forces moving abductees, whatever the verb ("pulled out by commandos")
                role.action, role.mode, role.rescued = "released", mode_of(h), True
                return
            if h.dep_ in ("acl", "relcl") and h.head.lower_ in V.action_nouns:
                role.action = V.action_nouns[h.head.lower_]  # "an exchange involving N"
                role.mode = noun_mode(h.head)
                return
            offered = low in V.offers or (low in V.planned_governors and terms_subject(h))
            if t.dep_ == "dobj" and offered:  # "the offer includes N", "the group offers N"
                role.action, role.mode = "released", "planned"
                return
            if _set_free(h):
                role.action, role.mode = "released", mode_of(h)  # "were set free"
                return
            if _clause_under(h, role):
                return
            if h.lower_ in ("is", "are", "was", "were", "be", "been", "being") or h.dep_ in (
                "aux",
                "auxpass",
            ):
                t = h
                continue
            return
        if h.pos_ in ("NOUN", "PROPN"):
            if low in V.action_nouns:
                role.action = V.action_nouns[low]
                role.mode = noun_mode(h)
                return
            if V.action(low) and h.dep_ == "conj" and h.head.pos_ in ("VERB", "AUX"):
                role.action = V.action(low)  # a verb tagged as a noun: "release N and hand over"
                role.mode = mode_of(h.head)
                return
        t = h


_RECEIVING = frozenset(
    f for lemma in ("take", "receive", "assume") for f in vocab.verb_forms(lemma)
)


def _clause_under(verb: Any, role: Role) -> bool:
    """A verb of arrangement or asking, or a copula, with a clause under it: the clause's
    action ("agreed to free N", "N are due to be freed", "N are set to be released")."""
    low = verb.lower_
    for c in verb.children:
        if c.dep_ not in ("xcomp", "ccomp", "acomp"):
            continue
        under = [c, *(g for g in c.children if g.dep_ in ("xcomp", "ccomp"))]
        held = role.group == "held" or role.side == "held_side"
        clause = next(
            (u for u in under if V.action(u.lower_) or _set_free(u) or (held and came_out(u))),
            None,
        )
        if clause is None:
            continue
        # ("N are to go free", "N are to come out": the clause's verb sets free)
        out = (held and came_out(clause)) or out_of_jail(clause)  # ("are due to leave X prison")
        role.action = "released" if out else V.action(clause.lower_) or "released"
        if (low in V.demanded and not terms_subject(verb)) or c.lower_ in V.demanded:
            role.mode = "demanded"
        elif low in V.planned_governors or low in V.demanded or c.lower_ in V.planned_governors:
            role.mode = "planned"  # (and what a deal asks for: "the plan asks X to free N")
        else:
            role.mode = mode_of(clause)
        return True
    return False


def _container_subject(verb: Any) -> bool:
    """The subject of a verb of holding is a thing of the ``remains`` group (a coffin, a
    body bag), also through a relative pronoun: the verb means contain."""
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        subj = c
        if c.lower_ in ("which", "that"):
            subj = next((a.head for a in verb.ancestors if a.dep_ == "relcl"), c)
            if verb.dep_ == "relcl":
                subj = verb.head
        return V.group(subj.lower_) == "remains"
    return False


def _counted_people(w: Any) -> bool:
    """A noun of people with a number on it ("three more abductees")."""
    return bool(V.group(w.lower_)) and any(c.like_num or c.pos_ == "NUM" for c in w.children)


def _reduced_relative(noun: Any, verb: Any) -> bool:
    """A bare past participle parsed as a second verb with the noun as its subject ("would
    free 50 inmates and 30 people detained since ...", or its clausal complement, "freed 30
    Ruritanians detained since ..."), or as the clausal subject of the verb after it ("50
    women held as abductees in the valley will be freed"): it describes the noun; the other verb
    governs it."""
    return (
        noun.dep_ in ("nsubj", "nsubjpass")
        and (
            verb.tag_ == "VBN"
            # a participle of holding the tagger read as a past tense, with no object but the
            # people it holds them as ("held as abductees")
            or (
                verb.tag_ == "VBD"
                and V.action(verb.lower_) in ("held", "taken")
                and not any(c.dep_ == "dobj" and V.group(c.lower_) != "held" for c in verb.children)
            )
        )
        and verb.dep_ in ("conj", "ccomp", "csubj", "csubjpass", "advcl")
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and V.action(verb.head.lower_) is not None
    )


_MODAL_BE = frozenset(PLANNED_AUX | {"are", "were", "is", "was"})


def _passive_after(noun: Any, verb: Any) -> Any | None:
    """A participle of holding whose phrase is followed by the passive verb of the noun's
    clause, which the parser hung elsewhere ("during which 50 women held as abductees in the
    valley will be freed", the participle read as a relative clause of "which"): that verb,
    if it is one of release; the participle describes the noun."""
    if not (
        noun.dep_ == "nsubj"
        and verb.tag_ in ("VBD", "VBN")
        and V.action(verb.lower_) in ("held", "taken")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        return None
    doc, r = verb.doc, verb.right_edge.i
    words = [doc[j] for j in range(r + 1, min(r + 5, len(doc)))]
    lows = [w.lower_ for w in words]
    if len(lows) >= 3 and lows[0] in _MODAL_BE and lows[1] == "be":
        cand = words[2]
    elif len(lows) >= 2 and lows[0] in _MODAL_BE and lows[0] not in PLANNED_AUX:
        cand = words[1]  # "50 women held there were freed"
    else:
        return None
    return cand if cand.tag_ == "VBN" and V.action(cand.lower_) == "released" else None


def _rescuer_subject(verb: Any) -> bool:
    """The subject of a verb of release is an armed force ("special forces freed two")."""
    v = verb.head if verb.dep_ == "conj" else verb
    return any(
        c.dep_ == "nsubj" and (c.lower_ in RESCUER_NOUNS or c.lower_ in RESCUE_OPERATIONS)
        for c in v.children
    )


def _set_free(verb: Any) -> bool:
    """A verb with "free" as its complement ("set free", "walked free", "go free", "set at
    liberty"), of coming home ("came home", "brought home"), or let go ("let N go")."""
    if verb.lower_ == "go" and verb.head.lower_ in ("let", "lets", "letting"):
        return True
    return any(
        (c.lower_ == "free" or (c.lower_ == "home" and verb.lower_ in _HOMECOMING))
        and c.dep_ in ("acomp", "oprd", "advmod", "xcomp", "dobj", "ccomp", "npadvmod", "advcl")
        or (
            c.dep_ == "prep" and c.lower_ == "at" and any(g.lower_ == "liberty" for g in c.children)
        )
        for c in verb.children
    )


# (not the gerund: "bringing home the N still held" is an aim, not a release)
_HOMECOMING = frozenset({"come", "comes", "came", "bring", "brings", "brought"})


def _by_rescue(verb: Any) -> bool:
    """A relative clause on a noun of rescue ("operations, which freed N")."""
    if verb.dep_ != "relcl":
        return False
    return any(
        V.action_nouns.get(w.lower_) == "rescued"
        for w in verb.sent
        if verb.head.i - 8 <= w.i < verb.i
    )


def _dead_near(verb: Any) -> bool:
    return any(c.lower_ == "dead" or V.status(c.lower_) == "dead" for c in verb.subtree)


# participles that put what befalls people ahead ("expected to be freed", "due to be released")
_AWAITED = frozenset({"expected", "due", "set", "scheduled", "slated", "meant"})


def modifiers(noun: Any, role: Role) -> None:
    """Participles and relative clauses on the noun ("people taken", "who were held"); a
    clause after the noun wins over an adjective before it ("the remaining N freed")."""
    kids = sorted(noun.children, key=lambda c: c.dep_ == "amod")
    for c in kids:
        if c.dep_ in ("acl", "relcl") and role.action is None and _set_free(c):
            role.action, role.mode = "released", mode_of(c)  # "ten more abductees set free"
        if c.dep_ in ("acl", "amod") and role.action is None and c.lower_ in _AWAITED:
            done = next((g for g in c.children if g.dep_ == "xcomp" and V.action(g.lower_)), None)
            if done is not None:  # "11 abductees expected to be freed tonight"
                role.action, role.mode = V.action(done.lower_), "planned"
        if c.dep_ in ("acl", "relcl", "amod") and V.action(c.lower_):
            if role.action is None:
                role.action = V.action(c.lower_)
                role.mode = mode_of(c) if c.dep_ != "amod" else role.mode
                if role.action == "released" and c.dep_ != "amod":  # "... freed by troops"
                    role.rescued = bool(RESCUERS.search(clause_text(c)) or _by_rescue(c))
            if c.dep_ == "relcl" and any(
                g.dep_ in ("nsubj", "nsubjpass")
                and V.group(g.lower_) == "remains"
                and any(p.lower_ == "whose" for p in g.children)
                for g in c.children
            ):
                role.status = "dead"  # "the people whose bodies were returned"
        if c.dep_ in ("amod", "compound", "nummod") and V.status(c.lower_) and c.i < noun.i:
            role.status = V.status(c.lower_)
        elif c.dep_ == "amod" and c.tag_ == "JJ" and c.i > noun.i and V.status(c.lower_):
            role.status = V.status(c.lower_)  # a headline's predicate: "24 abductees still alive"
        elif c.dep_ == "acl" and c.i > noun.i and _state_of(c):
            role.status = _state_of(c)  # "the 20 abductees believed (to be) still alive"
        if c.dep_ == "amod" and c.lower_ == "former":
            role.group = "people"  # "former abductees" are no longer held: plain people
        if role.action is None and role.group in ("held", "jailed") and exchange_rate(c):
            # a rate of exchange ("30 inmates for every civilian", "50 per soldier"): people
            # to be given for each one received
            role.action, role.mode = "released", "planned"


def _state_of(verb: Any) -> str | None:
    """The life status a participle of belief gives its noun ("believed still alive", "thought
    to be dead"): an adjective of status as its complement, or that of its "to be"."""
    for c in verb.children:
        if c.dep_ in ("oprd", "acomp") and V.status(c.lower_):
            return V.status(c.lower_)
        if c.dep_ == "xcomp" and c.lower_ == "be":
            return next(
                (
                    V.status(g.lower_)
                    for g in c.children
                    if g.dep_ == "acomp" and V.status(g.lower_)
                ),
                None,
            )
    return None


def exchange_rate(prep: Any) -> bool:
    """A preposition after a counted noun that makes it a rate: "per X", "for every / each X"."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "per":
        return True
    return prep.lower_ == "for" and any(
        g.dep_ == "pobj" and any(d.lower_ in ("every", "each") for d in g.children)
        for g in prep.children
    )
