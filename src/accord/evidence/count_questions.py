"""Figures that answer a question ("How many inmates were freed?" above "The prison service
put the total at 1,777. The inmates' society counted 1,778."): an explainer's question names
the people and what befell them, and a number of the answer's paragraph with no noun of its
own counts them. Used by :mod:`accord.evidence.counts`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from accord.evidence.count_roles import Role, V

_ASKED = re.compile(r"^\W*how\s+many\s+(?P<rest>[^?]{3,80})\?\s*$", re.I)
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_PLANNED = re.compile(r"\b(will|would|to be|are to)\b", re.I)
_SPACE = re.compile(r"\s*")


class Asked(NamedTuple):
    """The role a question asks the count of, and where its answer's paragraph ends."""

    role: Role
    end: int  # the character offset in the document where the answer's paragraph ends


def asked_role(question: str) -> Role | None:
    """The people a "How many ...?" question counts and what befell them, from the words of
    the vocabulary ("How many abductees are still alive?": held, living), else ``None``."""
    m = _ASKED.match(question)
    if m is None:
        return None
    words = _WORD.findall(m.group("rest"))
    group = next((g for w in words if (g := V.group(w)) is not None), None)
    side = next((s for w in words if (s := V.side(w)) is not None), None)
    if group is None and side is None:
        return None  # "How many days will the truce last?": no people counted
    action = next((a for w in words if (a := V.action(w)) is not None), None)
    status = next((s for w in words if (s := V.status(w)) is not None), None)
    if action is None and status is None:
        return None  # "How many inmates are there?": what befell them is unsaid
    if group is None:
        group = "held" if side == "held_side" else "jailed"
    mode = "planned" if _PLANNED.search(m.group("rest")) else "actual"
    noun = next((w for w in words if V.group(w) is not None), "")
    return Role(group=group, side=side, action=action, status=status, mode=mode, noun=noun)


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
