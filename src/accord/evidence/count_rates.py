"""Numbers of a rate whose noun is left out ("will free inmates: 30 for every civilian and 50
for every soldier", "for each soldier, 50"): the inmates the sentence names, released as its
verb of release says. Used by :mod:`accord.evidence.count_parts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from accord.evidence.count_modes import mode_of
from accord.evidence.count_roles import Role, V

# a number of a rate with its noun left out: "30 for every civilian", "for each soldier, 50"
_RATE_AFTER = re.compile(r"\s+for\s+(every|each)\b", re.I)
_RATE_BEFORE = re.compile(r"\bfor\s+(every|each)\s+[\w\s-]{1,40},\s*$", re.I)


def rate_part(
    num_tok: Any, sent: Any, after: str, earlier: list[Role], group_before: Callable[[], str | None]
) -> Role | None:
    """The inmates a rate's number counts when its noun is left out ("will free inmates: 30
    for every civilian and 50 for every soldier"): inmates named before it in the sentence,
    released as the sentence's verb or noun of release says; ``group_before``: the group of
    the last people counted before it, asked for only when no figure came before."""
    text = getattr(sent, "doc_text", "")
    before = text[max(0, num_tok.idx - 60) : num_tok.idx]
    if not (_RATE_AFTER.match(after) or _RATE_BEFORE.search(before)):
        return None
    last = earlier[-1] if earlier else None
    group = last.group if last is not None else group_before()
    if group != "jailed":
        return None
    if last is not None and last.action == "released":
        return Role(group="jailed", side=last.side, action="released", mode=last.mode)
    freed = [t for t in sent if V.action(t.lower_) == "released"]
    verb = next((t for t in freed if t.pos_ == "VERB"), freed[0] if freed else None)
    return Role(group="jailed", action="released", mode=mode_of(verb)) if verb else None
