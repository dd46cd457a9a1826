"""Units that speak for their owner: an office, a ministry, a bureau or a party's body ("X's
office", "its foreign ministry", "the office of the prime minister", "the Ruritanian Ministry of
Defence", a national outlet's "the foreign ministry"), named as the owner's unit ("X's office",
"Ruritania's foreign ministry"); and the holder of a title of no party in a sentence about one.

:func:`accord.evidence.sources.resolve` asks here for a source phrase whose head is a unit noun.
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence.actors import ActorIndex, Person
from accord.evidence.attribution import ACTOR_NAME, Attribution, person_name
from accord.evidence.bodies import party_body
from accord.evidence.pronouns import last_organisation, last_subject_organisation
from accord.evidence.titles import ROLES, title_holder, title_words

__all__ = ["owned_unit", "sentence_title_holder"]


def owned_unit(head: Any, index: ActorIndex, sent_start: int) -> Attribution | None:
    """ "X's office", "its foreign ministry", "the prime minister's office": the unit speaks for
    its owner, named as the owner's unit."""
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None:
        poss = _named_compound(head, index)  # "Prime Minister X office said": X's office
    body = party_body(head, index) if poss is None else None
    if body is not None:
        return body  # "the armed wing of X": the body as the text names it
    if poss is None and head.lower_ in ("ministry", "office", "bureau"):
        got = _party_unit(head, index) or _home_unit(head, index)
        if got is not None:
            return got
    if poss is None:
        # "the office of X": X's office, when X is a person
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        if obj is None:
            return None
        own = list(obj.subtree)
        people = index.people_in(own[0].idx, own[-1].idx + len(own[-1].text))
        person = people[0][2] if people else None
        if person is None and obj.lower_ in ROLES and own[0].lower_ not in ("a", "an"):
            # "the office of the Bordurian prime minister": the holder of the title
            party, words_ = title_words(own, index)
            person = title_holder(index, party, words_, own[0].idx) if party else None
        if person is None:
            return None
        return Attribution(f"{person_name(person.name)}'s {head.lower_}", person.actor)
    last = head
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1:
            last = c.right_edge  # "X's Ministry of Foreign Affairs"
    first = index.text[poss.right_edge.idx + len(poss.right_edge.text) : last.idx + len(last.text)]
    # ("the prime minister's own office": the office)
    unit = re.sub(r"^\s*(’s|'s)?\s*(?:own\s+)?", "", first).strip()
    if " " not in unit:
        unit = unit.lower()  # "the Prime Minister's Office": a capital of style
    own = list(poss.subtree)
    start, end = own[0].idx, own[-1].idx + len(own[-1].text)
    people = index.people_in(start, end)
    if people:
        person = people[0][2]
        return Attribution(f"{person_name(person.name)}'s {unit}", person.actor)
    role = next((t for t in own if t.lower_ in ROLES), None)
    if role is not None:
        party, words_ = title_words(own, index)
        holder = title_holder(index, party, words_, start)
        if holder is None and party is None:
            # "the prime minister's office" in a sentence about one party: that party's
            holder = sentence_title_holder(head, index, words_, sent_start, start)
        if holder is not None:
            # named as the text names it ("the Prime Minister's Office"), unless the text names
            # the same unit by its holder elsewhere ("Vale's office"): one name per source
            surname = person_name(holder.name).split()[-1]
            if re.search(
                rf"\b{re.escape(surname)}\s*[’']s\s+{re.escape(unit)}\b", index.text, re.I
            ):
                return Attribution(f"{person_name(holder.name)}'s {unit}", holder.actor)
            written = re.sub(r"^(the|a|an)\s+", "", index.text[start:end], flags=re.I)
            written = re.sub(r"\s*(’s|'s)$", "", written)
            return Attribution(f"{written}'s {unit}", holder.actor)
    if poss.lower_ in ("his", "her"):
        # "X told Y that ..., his office said": the first person of its own sentence; "X
        # dismissed the terms. His office said ...": the one person named just before
        own = [p for p in index.people_in(sent_start, start)]
        before = {p[2].name: p[2] for p in index.people_in(max(0, sent_start - 300), sent_start)}
        person = own[0][2] if own else (next(iter(before.values())) if len(before) == 1 else None)
        if person is None or person.actor is None:
            return None
        return Attribution(f"{person_name(person.name)}'s {unit}", person.actor)
    actor: str | None = None
    if poss.lower_ in ("its", "their"):
        # the subject the sentence opened with, else the organisation named last
        opening = [
            m
            for m in index.mentions
            if sent_start <= m.evidence.start < start and m.kind != "person"
        ]
        actor = (
            opening[0].actor
            if opening
            else last_subject_organisation(index, poss) or last_organisation(index, start)
        )
    else:
        # the owner's name, also where a mention runs on into the unit ("X's military")
        reach = head.idx + len(head.text)
        found = [m for m in index.actors_in(start, reach) if start <= m.evidence.start < end]
        actor = found[0].actor if found else None
    if actor is None or (
        # "Ruritania's spokesman": a party's unnamed source, as written; "its spokesman": the
        # party's, named
        head.lower_ in ("spokesman", "spokesperson", "spokeswoman", "team")
        and poss.lower_ not in ("its", "their")
    ):
        return None
    if poss.pos_ == "PROPN":
        # named as the text names its owner ("Vale City's foreign ministry": a capital)
        written = re.sub(r"^(the|a|an)\s+", "", index.text[start:end], flags=re.I)
        written = re.sub(r"\s*(’s|'s|’|')$", "", written)
        if written:
            return Attribution(f"{written}'s {unit}", actor)
    return Attribution(f"{ACTOR_NAME.get(actor, actor)}'s {unit}", actor)


def sentence_title_holder(
    head: Any, index: ActorIndex, words: tuple[str, ...], sent_start: int, start: int
) -> Person | None:
    """The holder of a title of no party ("the prime minister") in a sentence about one party:
    the official of the party named before it in the sentence, else in what it reports."""
    try:
        sent_end = head.sent.end_char
    except ValueError:  # no sentence boundaries set
        sent_end = start
    named = [
        m.actor
        for m in index.mentions
        if sent_start <= m.evidence.start < start and m.kind != "person"
    ] + [
        m.actor
        for m in index.mentions
        if start <= m.evidence.start < sent_end and m.kind != "person"
    ]
    for party_named in dict.fromkeys(named):
        holder = title_holder(index, party_named, words, start)
        if holder is not None:
            return holder
    return None


def _home_unit(head: Any, index: ActorIndex) -> Attribution | None:
    """ "The Ministry of Foreign Affairs announced", "the foreign ministry": a national outlet's own
    government's unit (:func:`accord.evidence.attribution.home_party`), when no party or person
    owns it in the text."""
    if index.home is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    first = min((c.left_edge for c in head.children if c.i < head.i), key=lambda t: t.i)
    words = [t for t in head.doc[first.i : head.i] if t.dep_ != "det"]
    if any(t.pos_ == "PROPN" and not t.text.istitle() for t in words):
        return None
    if index.actors_in(first.idx, head.idx + len(head.text)):
        return None  # a party's own
    last = head
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1:
            last = c.right_edge  # "the Ministry of Foreign Affairs"
    if last is not head and (
        index.people_in(head.idx, last.idx + len(last.text)) or last.lower_ in ROLES
    ):
        return None  # "the office of X", "the office of the prime minister": theirs
    start = words[0].idx if words else head.idx
    unit = index.text[start : last.idx + len(last.text)].strip()
    if unit[:1].isupper() and " of " not in unit:
        unit = unit.lower()  # "Foreign Ministry": a capital of style
    # the speaker only: the text does not name the party, so it holds no position here
    return Attribution(f"{ACTOR_NAME.get(index.home, index.home)}'s {unit}", None)


def _party_unit(head: Any, index: ActorIndex) -> Attribution | None:
    """ "the Ruritanian foreign ministry", "the Bordurian Ministry of Defence": the unit of the
    party its adjective names, as "Ruritania's foreign ministry"."""
    left = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
    if not left:
        return None
    first = head.doc[min(t.left_edge.i for t in left)]
    party = next(
        (
            m
            for m in index.mentions
            if first.idx <= m.evidence.start < head.idx and m.kind != "person"
        ),
        None,
    )
    if party is None:
        return None
    adjective = next((t for t in head.lefts if t.idx == party.evidence.start), None)
    if adjective is None or adjective.i + 1 > head.i or adjective.tag_ not in ("JJ", "NNP"):
        return None
    last = head
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1:
            last = c.right_edge  # "the Ruritanian Ministry of Foreign Affairs"
    after = head.doc[adjective.i + 1]
    unit = index.text[after.idx : last.idx + len(last.text)].strip()
    if not unit or after.tag_ == "POS":
        return None
    if unit[:1].isupper() and " of " not in unit:
        unit = unit.lower()  # "Foreign Ministry": a capital of style
    return Attribution(f"{ACTOR_NAME.get(party.actor, party.actor)}'s {unit}", party.actor)


def _named_compound(head: Any, index: ActorIndex) -> Any | None:
    """The owner written before a unit without a possessive ("Prime Minister X office", "the
    Prime Minister office"), as English written by non-native hands often puts it: the
    compound before the head when it names a person or a title."""
    compound = next((c for c in head.children if c.dep_ == "compound" and c.i == head.i - 1), None)
    if compound is None or compound.pos_ != "PROPN":
        return None
    words = list(compound.subtree)
    people = index.people_in(words[0].idx, compound.idx + len(compound.text))
    if people or any(t.lower_ in ROLES for t in words):
        return compound
    return None
