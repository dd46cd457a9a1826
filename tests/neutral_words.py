"""The words of the flagship case: none may appear in what accord says about another negotiation."""

from __future__ import annotations

import re

FLAGSHIP_WORDS = re.compile(
    r"hostage|prisoner|captiv|gaza|hamas|israel|\bidf\b|qatar|egypt|ceasefire|cease-fire|rafah|"
    r"bodies|rescue|\bwar\b|truce",
    re.I,
)


def flagship_words(text: str) -> set[str]:
    return {m.group(0).lower() for m in FLAGSHIP_WORDS.finditer(text)}
