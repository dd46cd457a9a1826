"""Figures that answer a question ("How many inmates were freed?" above "The prison service
put the total at 1,777. The inmates' society counted 1,778."): an explainer's question names
the people and what befell them, and a number of the answer's paragraph with no noun of its
own counts them. Used by :mod:`accord.evidence.counts`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from accord.evidence.count_boxes import line_role
from accord.evidence.count_roles import Role, V

_ASKED = re.compile(r"^\W*how\s+many\s+(?P<rest>[^?]{3,80})\?\s*$", re.I)
_WORD = re.compile(r"[a-z’'-]+")  # (as count_boxes splits a label)
_PLANNED = re.compile(r"\b(will|would|to be|are to)\b", re.I)
_SPACE = re.compile(r"\s*")


class Asked(NamedTuple):
    """The role a question asks the count of, and where its answer's paragraph ends."""

    role: Role
    end: int  # the character offset in the document where the answer's paragraph ends


def asked_role(question: str) -> Role | None:
    """The people a "How many ...?" question counts and what befell them, read as a fact
    box reads its label (:func:`accord.evidence.count_boxes.line_role`: "How many abductees
    are still alive?" as "Abductees still alive:"), else ``None``."""
    m = _ASKED.match(question)
    if m is None:
        return None
    rest = m.group("rest")
    words = _WORD.findall(rest.lower())
    if not any(V.group(w) or V.side(w) for w in words):
        return None  # "How many days will the truce last?": no people counted
    role = line_role(words, lambda: None, " " + rest)
    if role is None or (role.action is None and role.status is None):
        return None  # "How many inmates are there?": what befell them is unsaid
    if _PLANNED.search(rest):
        role.mode = "planned"
    return role


def asking(text: str, start: int, doc_text: str) -> Asked | None:
    """The question a sentence asks (``text``, starting at ``start`` in ``doc_text``) with the
    end of the paragraph that answers it, else ``None``."""
    role = asked_role(text)
    if role is None:
        return None
    at = start + len(text)
    first = _SPACE.match(doc_text, at)
    newline = doc_text.find("\n", first.end() if first else at)
    return Asked(role, len(doc_text) if newline < 0 else newline)


def answer(asked: Asked | None, at: int) -> Role | None:
    """The asked role for a number at offset ``at`` with no noun of its own, inside the
    answer's paragraph; else ``None``."""
    if asked is None or at >= asked.end:
        return None
    return replace(asked.role)
