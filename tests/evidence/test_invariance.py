"""Edits that change how a text is typeset but not what it says leave the extraction as it was
(a behavioural check in the manner of CheckList, Ribeiro et al. 2020), on the corpus and the
news development articles (held-out ids never read here).

Each edit is applied to every article; the claims (actor, issue, stance, speaker, mode), the
counts (quantity, value) and the events (type, actors, date) must come out the same. These are
the typesetting differences between outlets the development articles do not cover: no-break
spaces, other quotation marks and apostrophes, line endings, character references left by a
scraper, links to other articles and live-blog time stamps between paragraphs.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from accord.evidence.reading import decode_references
from accord.evidence.types import Document

from .extracted import extract_all
from .test_gold import SHARED

HELD_OUT = ("04_", "08_", "12_", "16_", "20_")


def _articles() -> list[Document]:
    docs = [
        Document(name=p.name, text=p.read_text(encoding="utf-8"))
        for p in sorted((SHARED / "corpus").glob("*.txt"))
    ]
    news = SHARED / "news" / "articles.jsonl"
    if news.is_file():
        for line in news.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line) if line.strip() else None
            if rec and not rec["id"].startswith(HELD_OUT):
                docs.append(Document(name=rec["id"], text=rec["text"], published=rec["published"]))
    return docs


def _paragraphs(every: int, line: str) -> Callable[[str], str]:
    def edit(text: str) -> str:
        parts = text.split("\n\n")
        return "\n\n".join(
            f"{line}{p}" if k > 1 and k % every == 0 and p[:1].isupper() else p
            for k, p in enumerate(parts)
        )

    return edit


def _links(text: str) -> str:
    parts = text.split("\n\n")
    for k in range(len(parts) - 1, 1, -3):
        parts.insert(k, "READ MORE: Union rejects the offer as the strike enters a third week")
    return "\n\n".join(parts)


EDITS: dict[str, Callable[[str], str]] = {
    "no-break space after a number": lambda t: re.sub(r"(\d) ", "\\1\u00a0", t),
    "thin space after a number": lambda t: re.sub(r"(\d) ", "\\1\u2009", t),
    "straight quotation marks": lambda t: re.sub("[\u201c\u201d]", '"', t).replace("\u2019", "'"),
    "Windows line endings": lambda t: t.replace("\n", "\r\n"),
    "character references": lambda t: t.replace("\u2019", "&#8217;").replace("\u201c", "&#8220;"),
    "links between paragraphs": _links,
    "live-blog time stamps": _paragraphs(3, "10:42 GMT - "),
    "a copyright line at the end": lambda t: (
        t + "\n\nCopyright 2024 The Associated Press. All rights reserved."
    ),
    "curly apostrophes": lambda t: re.sub(r"(?<=\w)'(?=\w)", "\u2019", t),
    # a wire's spelling and a spaced one (data/verbs.yaml, spellings): read as the word itself
    "a hyphenated spelling": lambda t: re.sub(r"\b([Cc])easefire", r"\1ease-fire", t),
    "a spelling with a space": lambda t: re.sub(r"\b([Cc])easefire", r"\1ease fire", t),
    "a joined spelling": lambda t: re.sub(r"\b([Cc])ease[- ]([Ff])ire", r"\1ease\2ire", t),
}


def _keys(ex: Any) -> Counter[tuple[Any, ...]]:
    keys: Counter[tuple[Any, ...]] = Counter()
    keys.update(("claim", c.actor, c.issue, c.stance, c.speaker, c.mode) for c in ex.claims)
    keys.update(("count", c.quantity, c.value) for c in ex.counts)
    keys.update(("event", e.type, tuple(e.actors), e.date) for e in ex.events)
    return keys


def _positions(ex: Any) -> Counter[tuple[Any, ...]]:
    """The positions and counts, without who is quoted as saying so."""
    keys: Counter[tuple[Any, ...]] = Counter()
    keys.update(("claim", c.actor, c.issue, c.stance, c.mode) for c in ex.claims)
    keys.update(("count", c.quantity, c.value) for c in ex.counts)
    return keys


Keys = list[Counter[tuple[Any, ...]]]


@pytest.fixture(scope="module")
def articles() -> tuple[list[Document], Keys, Keys]:
    docs = _articles()
    if not docs:
        pytest.skip(f"no shared articles at {SHARED}")
    extractions = extract_all(docs)
    return docs, [_keys(ex) for ex in extractions], [_positions(ex) for ex in extractions]


@pytest.mark.parametrize("name", list(EDITS))
def test_a_typesetting_edit_leaves_the_extraction_as_it_was(
    name: str, articles: tuple[list[Document], Keys, Keys]
) -> None:
    docs, before, _ = articles
    edit = EDITS[name]
    edited = [
        Document(name=d.name, text=decode_references(edit(d.text)), published=d.published)
        for d in docs
    ]
    changed = {
        d.name: (sorted((b - a).elements()), sorted((a - b).elements()))
        for d, a, b in zip(docs, before, map(_keys, extract_all(edited)), strict=True)
        if a != b
    }
    assert not changed, f"{name} changed: {changed}"


def test_paragraphs_run_together_on_one_line_keep_the_positions_and_counts(
    articles: tuple[list[Document], Keys, Keys],
) -> None:
    """An article whose line breaks were lost (a scraper's JSON field, a paste) takes the same
    positions and counts: its headline, picture credits and byline do not run into the
    sentences after them. Left: a subheading run into a sentence that opens with a name
    ("The deal Ana Vell said ..." loses its speaker), and events whose actors are read from
    the sentences around them."""
    docs, _, before = articles
    flat = [
        Document(name=d.name, text=re.sub(r"\s*\n\s*", " ", d.text), published=d.published)
        for d in docs
    ]
    changed = {
        d.name: (sorted((a - b).elements()), sorted((b - a).elements()))
        for d, a, b in zip(docs, before, map(_positions, extract_all(flat)), strict=True)
        if a != b
    }
    assert not changed, f"one line changed: {changed}"
