"""Word lists the extractor matches: issues, stances, event types.

They are read from ``data/lexicon.yaml`` (:mod:`accord.evidence.vocab`). They are general: cues a reader uses to tell a demand from an offer or a
threat, and the words news uses for each issue of the shared vocabulary. All
patterns are case-insensitive regular expressions matched on one sentence.
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence import vocab

_LEX = vocab.lexicon()  # data/lexicon.yaml, validated
# issue -> [(pattern, implied stance or None, value or None)]
ISSUES: dict[str, list[tuple[str, str | None, str | None]]] = {
    issue: [(p.pattern, p.stance, p.value) for p in e.patterns] for issue, e in _LEX.issues.items()
}
# stance -> cue patterns (sentence-level words that carry the position)
STANCES: dict[str, list[str]] = {k: list(v) for k, v in _LEX.stances.items()}
# Who delivers what, when no scenario says (``Issue.delivered_by``): the side that holds or
# controls the thing each issue gives. A soft cue ("would welcome") by the delivering side is an
# offer, by the other side a demand; a side never "demands" what only it can give.
DEFAULT_DELIVERED_BY: dict[str, str] = {
    i: e.delivered_by for i, e in _LEX.issues.items() if e.delivered_by
}
VALUES = [(v.pattern, issue, v.value) for issue, e in _LEX.issues.items() for v in e.values]


def compile_issues() -> list[tuple[re.Pattern[str], str, str | None, str | None]]:
    return [
        (re.compile(p, re.I), issue, stance, value)
        for issue, pats in ISSUES.items()
        for p, stance, value in pats
    ]


def compile_stances() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(p, re.I), stance) for stance, pats in STANCES.items() for p in pats]


ISSUE_PATTERNS = compile_issues()
STANCE_PATTERNS = compile_stances()
SOFT_OFFER = re.compile(
    r"\b((would |will )?welcome|willing to|ready (to|for)|in return|in exchange for|"
    r"under (this|the|that) (\w+ )?(plan|proposal|deal|framework))\b",
    re.I,
)


def delivered_by_of(scenario: Any) -> dict[str, str]:
    """Who delivers each issue, from a scenario's ``Issue.delivered_by`` over the default table.

    >>> class I: id = "truce"; delivered_by = "union"
    >>> class S: issues = [I()]
    >>> delivered_by_of(S())["truce"]
    'union'
    """
    out = dict(DEFAULT_DELIVERED_BY)
    for issue in getattr(scenario, "issues", None) or []:
        if getattr(issue, "delivered_by", None):
            out[str(issue.id)] = str(issue.delivered_by)
    return out
