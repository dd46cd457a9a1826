"""Named holders of no party of the vocabulary: other states, international bodies and their
heads, other factions (``outsiders`` in ``data/actors.yaml``). A position whose clause has one
as its subject ("Jordan called for ...", "the UN chief urged ...") is held by ``unattributed``
(the BRIEF's actor for a holder outside the vocabulary), and the subject as written is its
speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from accord.evidence import vocab


@lru_cache(maxsize=1)
def _outsiders() -> re.Pattern[str] | None:
    names = vocab.actors().outsiders
    if not names:
        return None
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b")


def outsider_subject(cue: Any) -> str | None:
    """The subject of the clause a cue stands in (up to two clauses up), as written, when it
    names an outsider; else ``None``."""
    pattern = _outsiders()
    if pattern is None:
        return None
    t = cue
    for _ in range(3):
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            first, last = subj.left_edge, subj.right_edge
            text = subj.doc[first.i : last.i + 1].text  # (not ``doc.text``: built on each call)
            if not pattern.search(text):
                return None
            opening = first.i == first.sent.start and first.lower_ == "the"
            return text[:1].lower() + text[1:] if opening else text
        if t.head.i == t.i:
            return None
        t = t.head
    return None
