"""Parts of a figure told by their own nouns: the figure a people noun breaks down ("110
inmates, among them 30 minors", "39 inmates — 24 women and 15 minors", "the 39 inmates freed
were 24 women and 15 minors", "they were 69 women ..."), and a bare number broken down right
after it ("Officials say 59, of whom 24 are alive"). Used by
:mod:`accord.evidence.count_phrases`; the other parts of figures are in
:mod:`accord.evidence.count_parts`.
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence.count_parts import LATER_PART, PART_BEFORE
from accord.evidence.count_roles import Role, V
from accord.evidence.count_tails import HELD_TAIL, status_after
from accord.evidence.numbers import Number, list_of_parts


def breakdown_of(noun: Any, num: Number, text: str, earlier: list[Role]) -> Role | None:
    """The figure a people noun breaks down: the one before it when the number follows
    "among them", "including", a colon or dash, or when the noun is in apposition to (or
    coordinated with such a part of) a counted group noun."""
    if not earlier:
        return None
    if PART_BEFORE.search(text[: num.start]) or LATER_PART.search(text[: num.start]):
        return earlier[-1]
    if list_of_parts(num, text):
        return earlier[-1]  # "freed 39 inmates on Friday, 24 women and 15 minors"
    t = noun
    if t.dep_ == "nsubj" and t.head.dep_ in ("conj", "ccomp") and V.action(t.head.lower_) == "held":
        t = t.head  # "... and 1,718 people detained in the war", read as a clause of its own
    for _ in range(4):
        if (t.dep_ == "attr" and t.head.lower_ in ("is", "are", "was", "were")) or (
            t.dep_ in ("dobj", "ccomp") and t.head.lower_ in _INCLUDE  # "they include 250 ..."
        ):
            # "the 39 inmates freed were 24 women and 15 minors": the subject's figure; "they
            # were ...": the figure before (the sentence before's, when this one goes on it)
            subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "csubj")), None)
            if subj is not None and subj.dep_ == "csubj":  # ("the 41 inmates freed ... were")
                subj = next((c for c in subj.children if c.dep_ == "nsubj"), None)
            if subj is not None and (
                _group_noun(subj) or subj.lower_ in ("they", "these", "those")
            ):
                return earlier[-1]
            return None
        if t.dep_ not in ("appos", "conj") or t.head.i == t.i:
            return None
        t = t.head
        if _group_noun(t):
            return earlier[-1]  # the group's figure, or a part before this one
    return None


_INCLUDE = frozenset({"include", "includes", "included"})


def _group_noun(t: Any) -> bool:
    return V.group(t.lower_) in ("held", "jailed", "remains") or bool(V.demonyms.get(t.lower_))


_WHOLE_BEFORE_PART = re.compile(
    r"^\s*,?\s*(of (whom|which|them)\b|\d[\d,]*\s+of (whom|which|them)\b)"
)


def whole_before_part(num: Number, text: str, prev: str | None) -> Role | None:
    """A bare number broken down right after it ("Officials say 59, of whom 24 are alive"):
    a figure of the people last named; those held when the part has a life status."""
    after = text[num.end :]
    m = _WHOLE_BEFORE_PART.match(after)
    if prev not in ("held", "remains") or m is None:
        return None
    rest = after[m.end() :]
    if not status_after(rest) and not HELD_TAIL.match(rest):
        return None
    return Role(group=prev, action="held")


_INCLUDING = frozenset({"include", "includes", "included", "comprise", "comprises", "comprised"})


def subject_whole(sent: Any) -> Role | None:
    """The whole a sentence lists the parts of when its subject names it with no figure of its
    own: "The inmates freed on Monday included 250 serving life terms and 1,718 detained in
    the war" (inmates freed). A verb of including with a group noun (abductees, inmates,
    bodies) for subject; what befell them is the participle after the noun."""
    root = sent.root
    if root.lower_ not in _INCLUDING:
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or V.group(subj.lower_) not in ("held", "jailed", "remains"):
        return None
    if any(c.dep_ == "nummod" for c in subj.children):
        return None  # "the 39 inmates included ...": its own figure, counted
    action = next(
        (
            V.action(c.lower_)
            for c in subj.children
            if c.dep_ in ("acl", "amod") and V.action(c.lower_)
        ),
        None,
    )
    return Role(group=V.group(subj.lower_), action=action, noun=subj.lower_)


def share_whole(role: Role, noun: Any, num: Number, text: str, earlier: list[Role]) -> None:
    """A breakdown's parts share the whole's action when they are of its side ("105 abductees
    freed: 81 of one nation and 24 foreigners"); parts described as held ("they include 250
    people serving long terms and 1,718 detained in the war") are of a whole set free."""
    whole = breakdown_of(noun, num, text, earlier)
    if whole is None or not whole.action:
        return
    if role.action == "held" and whole.action != "released":
        return
    side = whole.side or {"held": "held_side", "jailed": "jailed_side"}.get(whole.group or "")
    if role.side is None or side is None or side == role.side:
        role.action, role.mode = whole.action, whole.mode
        role.side = role.side or side
