"""Bodies of a party that speak for it as themselves ("the armed wing of X said", "the
Ruritanian presidency said"), and the words of a source phrase as a sentence reads them.

A body is a unit noun of ``data/verbs.yaml`` (``reporting.units``) with its party named beside it
(an "of" phrase, an adjective, a compound); the phrase as the text writes it is the speaker, the
party holds the position. A party's own name for a body ("the X Brigades", a name of the party
in ``actors.yaml``) is the party itself.
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence.actors import ActorIndex
from accord.evidence.attribution import UNITS, Attribution
from accord.evidence.titles import ADJECTIVE_OF


def phrase_text(tokens: list[Any], text: str) -> str:
    """The words of a subject phrase, without a trailing clause set off by a comma."""
    toks = sorted(tokens, key=lambda t: t.i)
    dash = [k for k, t in enumerate(toks[:8]) if t.text in ("-", "–", "—", "|") and k > 0]
    if dash and dash[-1] + 1 < len(toks) and toks[dash[-1] - 1].whitespace_:
        toks = toks[dash[-1] + 1 :]  # "10:42 GMT - a union official"
    out: list[Any] = []
    ids = {t.i for t in toks}
    for t in toks:
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) and t.i + 1 in ids else None
        listed = nxt is not None and "conj" in (nxt.dep_, nxt.head.dep_) and t.text == ","
        if (t.text in (",", "—", "(") or t.lower_ in ("who", "which", "whose")) and out:
            if not listed:  # "the leaders of A, B and C": a list goes on
                break  # a clause set off after the description
        out.append(t)
    start, end = out[0].idx, out[-1].idx + len(out[-1].text)
    words = text[start:end].strip(" ,")
    first = out[0]
    if (
        first.is_sent_start
        and first.pos_ in ("NOUN", "PRON", "DET", "NUM")
        and not first.text.isupper()
    ):
        # "Sources familiar with the talks said", "Those who oppose it say": as inside a sentence
        words = words[:1].lower() + words[1:]
    # a description as it reads inside a sentence ("A senior union official" -> "a senior ...")
    return re.sub(
        r"^(A|An|The|Two|Three|Four|Several|Some|Many|Other|Another|Senior|Top|High-ranking"
        r"|Unnamed|Anonymous|Former|Foreign|Local|Unidentified)(?= )",
        lambda m: m.group(1).lower(),
        words,
    )


def party_body(head: Any, index: ActorIndex) -> Attribution | None:
    """ "the armed wing of X", "the Ruritanian presidency", "a X committee": the body with the
    party named apart from its head noun, as written (up to a comma); ``None`` when no party
    is named, a person is (their unit is an office), or the head is itself a party's name."""
    if head.lower_ not in UNITS or any(c.dep_ == "poss" for c in head.children):
        return None
    doc = head.doc
    last = head
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and of.i == head.i + 1:
        last = of.right_edge
    words = [t for t in doc[head.left_edge.i : last.i + 1]]
    cut = next((k for k, t in enumerate(words) if t.text in (",", "(", "—", "–") and k), None)
    words = words[:cut] if cut is not None else words
    if not words or words[-1].i < head.i:
        return None
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    if index.people_in(start, end):
        return None
    head_end = head.idx + len(head.text)
    parties = [
        m
        for m in index.actors_in(start, end)
        if not (m.evidence.start < head_end and head.idx < m.evidence.end)
    ]
    actor = parties[0].actor if parties else None
    if actor is None or any(m.kind == "title" for m in parties[:1]):
        # "the Ruritanian presidency": the party of the adjective
        actor = next(
            (ADJECTIVE_OF[t.text] for t in words if t.dep_ == "amod" and t.text in ADJECTIVE_OF),
            actor,
        )
    if actor is None:
        return None
    return Attribution(phrase_text(words, index.text), actor)


JOINED = re.compile(r"\s*(?:,\s*|,?\s+and\s+)(?:[A-Z][\w.’'-]*\s+)*")


def joint_people(tokens: list[Any], index: ActorIndex) -> Attribution | None:
    """A source of several people named together ("A, B and C said in a joint statement",
    "President A and Emir B said"): the phrase as written speaks, for each of their parties.
    Only names, their titles, commas and "and" make up the phrase."""
    toks = sorted(tokens, key=lambda t: t.i)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    words = index.text[start:end]
    people = index.people_in(start, end)
    if len(people) < 2 or index.text[people[-1][1] : end].strip():
        return None
    if not re.fullmatch(
        r"(?:(?:the|The)\s+)?(?:[A-Z][\w.’'-]*\s+)*", index.text[start : people[0][0]]
    ):
        return None
    for (_s, e, _p), (s2, _e2, _p2) in zip(people, people[1:], strict=False):
        if not JOINED.fullmatch(index.text[e:s2]):
            return None
    found: list[Any] = []
    for _s, _e, person in people:
        if not any(person is f for f in found):
            found.append(person)
    actors = tuple(dict.fromkeys(p.actor for p in found if p.actor))
    if len(found) < 2 or not actors:
        return None
    return Attribution(words, actors[0], actors=actors)
