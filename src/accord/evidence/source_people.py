"""The people a source phrase names: a person named in apposition to a description ("a
spokesperson for X, Y,"), the person named before with a description's noun ("group official
X"), the words of the phrase that are about someone else (a clause on it, a preposition's
object), a name that only qualifies the body a source belongs to ("a Vale administration
official"), and the members of a plural description ("one of them"). Used by
:mod:`accord.evidence.sources`.
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence.actors import ActorIndex, Person


def named_apposition(head: Any, people: list[tuple[int, int, Person]]) -> Person | None:
    """The person a description names in apposition ("a spokesperson for X, Y,": Y): set off by a
    comma after the description, however the parser hung it, or right after it as the parser's
    apposition ("X's information service head Y said")."""
    doc = head.doc
    for s, e, person in people:
        span = doc.char_span(s, s + 1, alignment_mode="expand")
        if span is None or span[0].i == 0:
            continue
        after = doc[span[0].i - 1].text == "," and span[0].i > head.i
        if after or span[0].i == head.i + 1 and doc.char_span(s, e, "expand").root.dep_ == "appos":
            return person
    return None


def described_person(
    index: ActorIndex, noun: str, party: str | None, before: int, reach: int = 1500
) -> Person | None:
    """The last person named before ``before`` with ``noun`` in their description ("group
    official X", "X, a senior group official,"), of ``party`` when given."""
    right_before = re.compile(rf"\b{re.escape(noun)}\s+$", re.I)
    apposed = re.compile(rf"\s*,\s*(?:a|an|the)\s+[^,.;:()]{{0,50}}?\b{re.escape(noun)}\s*[,.;]")
    for s, e, person in reversed(index.people):
        if s >= before:
            continue
        if s < before - reach:
            return None
        if party is not None and person.actor != party:
            continue
        if right_before.search(index.text[max(0, s - 40) : s]) or apposed.match(
            index.text[e : e + 70]
        ):
            return person
    return None


def in_clause(char: int, tokens: list[Any]) -> bool:
    """Whether the word at ``char`` is inside a clause modifying the phrase ("the minister, who
    met X on Monday,"): someone the source is about, not the source."""
    for t in tokens:
        if t.idx <= char < t.idx + len(t.text):
            return any(a.dep_ in ("relcl", "acl") and a in tokens for a in t.ancestors) or (
                t.dep_ in ("relcl", "acl")
            )
    return False


def under_preposition(char: int, head: Any) -> bool:
    """Whether the word at ``char`` hangs on ``head`` through a preposition ("a spokesperson
    for X", "an aide to X"), not as its name ("the spokesperson, X,")."""
    for t in head.subtree:
        if t.idx <= char < t.idx + len(t.text):
            return any(
                a.dep_ == "prep" for a in t.ancestors if a.i != head.i and head in a.ancestors
            )
    return False


def names_a_body(end: int, head: Any, tokens: list[Any]) -> bool:
    """The name ending at ``end`` is a compound of another noun of the phrase than its
    ``head`` ("Vale" in "a Vale administration official")."""
    last = next((t for t in tokens if t.idx < end <= t.idx + len(t.text)), None)
    return (
        last is not None
        and last.dep_ == "compound"
        and last.head.i != head.i
        and last.head.pos_ == "NOUN"
        and last.head.head.i == head.i
    )


def one_of_them(head: Any) -> bool:
    """ "one of them", "one of those": a member of sources described before."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and g.lower_ in ("them", "those") for g in c.children)
        for c in head.children
    )


# where a description's head noun ends: a clause or a phrase after it ("sources briefed on the
# talks", "officials familiar with ...")
AFTER_HEAD = re.compile(
    r"\s+(?:who|with|from|of|in|on|at|for|familiar|close|briefed|involved|speaking)\b"
)
_COUNTED = re.compile(r"^(?:a|an|the|two|three|four|five|several|some|many|\d+)\s+", re.I)


def plural_core(description: str) -> str:
    """The words of a plural description without its count and what follows its head noun
    ("two union officials briefed on the talks" -> "union officials")."""
    head = AFTER_HEAD.split(description)[0]
    return _COUNTED.sub("", head).strip()
