"""Edits of how a source is introduced that leave who states what unchanged (issue 9:
attribution that holds on unseen news), on the corpus and the news development articles
(held-out ids never read here), in the manner of ``test_invariance.py``.

"X said C." is rewritten "X spoke to reporters. C, he said." (or "it said" for a party): the
speaker moved to the sentence before. The claims (actor, issue, stance, speaker) must come out
the same. The check in full, per edit and with scores (quote first, "according to", noun cues,
titles, offices, named spokespeople), lives with the development notes; this one is the edit
the attribution rules once failed on dev and corpus texts alike.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from accord.evidence import vocab
from accord.evidence.types import Document

from .extracted import extract_all
from .test_invariance import _articles

_NOT_NAMES = {"The", "He", "She", "It", "They", "But", "And", "This", "That", "A", "An", "We"}
_PARTIES = {n for e in vocab.actors().actors.values() for n in e.names}
_SAID = re.compile(
    r"(?:(?<=\n)|^|(?<=[.!?] ))"
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}) said (?:that )?"
    r"(?!on |in |at )(?P<content>[a-z][^.“”\"\n]{20,}?)\.(?= |\n|$)"
)


def _pronoun(name: str, after: str) -> str:
    if name in _PARTIES or name.split()[-1].lower() in ("ministry", "office", "agency", "group"):
        return "it"
    she = len(re.findall(r"\b(?:she|her)\b", after, re.I))
    return "she" if she > len(re.findall(r"\b(?:he|his|him)\b", after, re.I)) else "he"


def speaker_before(text: str) -> str:
    """ "X said C." -> "X spoke to reporters. C, he said." """

    def edit(m: re.Match[str]) -> str:
        name, content = m.group("name"), m.group("content")
        if name.split()[0] in _NOT_NAMES:
            return m.group(0)
        said = _pronoun(name, text[m.end() : m.end() + 600])
        return f"{name} spoke to reporters. {content[0].upper()}{content[1:]}, {said} said."

    return _SAID.sub(edit, text)


def _claims(ex: Any) -> Counter[tuple[Any, ...]]:
    return Counter((c.actor, c.issue, c.stance, c.speaker) for c in ex.claims)


@pytest.fixture(scope="module")
def articles() -> tuple[list[Document], list[Counter[tuple[Any, ...]]]]:
    docs = _articles()
    if not docs:
        pytest.skip("no shared articles")
    return docs, [_claims(ex) for ex in extract_all(docs)]


def test_the_speaker_moved_to_the_sentence_before_keeps_the_claims(
    articles: tuple[list[Document], list[Counter[tuple[Any, ...]]]],
) -> None:
    docs, before = articles
    edited = [
        Document(name=d.name, text=speaker_before(d.text), published=d.published) for d in docs
    ]
    assert sum(e.text != d.text for e, d in zip(edited, docs, strict=True)) >= 5  # edits happen
    changed = {
        d.name: (sorted((b - a).elements()), sorted((a - b).elements()))
        for d, a, b in zip(docs, before, map(_claims, extract_all(edited)), strict=True)
        if a != b
    }
    assert not changed, f"changed: {changed}"


def test_the_edit_itself() -> None:
    assert speaker_before("Tomas Verin said that the union rejected the offer.") == (
        "Tomas Verin spoke to reporters. The union rejected the offer, he said."
    )
