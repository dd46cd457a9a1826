"""Positions stated as a list: "The proposal, tabled by X, includes:" and bullet lines.

Explainers and fact boxes give a package's terms as a lead-in ending in a colon and one bullet
per term ("- a 60-day truce", "• the release of ten detained people"). Each line alone has no
verb and no holder, so the claim rules, which read one sentence at a time, see none. Here the
lead-in and its items are read as the one sentence they stand for ("The proposal, tabled by X,
includes a 60-day truce; the release of ...") — parsed on its own — and the claims found there
are given to the document, with the lines of the list as their evidence.
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence.types import Claim, Document, Span

# a list item's mark: a bullet or dash, a number or letter with a point or bracket (shared with
# the count rules, :mod:`accord.evidence.count_context`)
MARK = r"(?:[-–—•*·▪◦●][ \t]*|\(?\d{1,2}[.)][ \t]+|\(?[a-z][.)][ \t]+)"
_BULLET = re.compile(rf"^\s*{MARK}(?=\S)")
MAX_ITEMS = 12  # lines read after a lead-in


_MARKER_ONLY = re.compile(r"^\s*(?:[-–—•*·▪◦●]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s*$")


def list_blocks(sents: list[Any]) -> list[tuple[int, list[str], int]]:
    """(lead-in, item texts, index of the last sentence) for each lead-in ending in a colon
    and followed by bullet lines (a marker the sentence splitter cut off, "1.", joins the
    line it starts)."""
    out = []
    for k, sent in enumerate(sents):
        if not sent.text.rstrip().endswith(":"):
            continue
        items: list[str] = []
        j, last = k + 1, k
        while j < len(sents) and len(items) < MAX_ITEMS:
            text = sents[j].text
            if _MARKER_ONLY.match(text) and j + 1 < len(sents):
                text, j = text.strip() + " " + sents[j + 1].text, j + 1
            if not _BULLET.match(text):
                break
            items.append(text)
            last, j = j, j + 1
        if items:
            out.append((k, items, last))
    return out


def joined(lead: str, items: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence a lead-in and its items stand for, and each item's place in it.

    >>> joined("The plan includes:", ["- a truce.", "- talks"])
    ('The plan includes a truce; talks.', [(18, 25), (27, 32)])
    """
    text = lead.rstrip()[:-1].rstrip()
    places = []
    for n, item in enumerate(items):
        body = _BULLET.sub("", item).strip().rstrip(".;,")
        text += " " if n == 0 else "; "
        places.append((len(text), len(text) + len(body)))
        text += body
    return text + ".", places


def list_claims(
    document: Document,
    sents: list[Any],
    extract: Any,
    existing: list[Claim],
) -> list[Claim]:
    """Claims of the lists of a document that its sentences alone did not give.

    ``extract(text) -> list[Claim]`` runs the claim rules on one text (parsed on its own).
    """
    out: list[Claim] = []
    for lead, items, last in list_blocks(sents):
        text, _places = joined(sents[lead].text, items)
        start, end = sents[lead].start_char, sents[last].end_char
        have = {
            (c.actor, c.issue, c.stance) for c in existing + out if start <= c.evidence.start < end
        }
        span = Span(document.name, start, end, document.text[start:end])
        for c in extract(text):
            key = (c.actor, c.issue, c.stance)
            if key in have:
                continue
            have.add(key)
            out.append(
                Claim(c.actor, c.speaker, c.issue, c.stance, c.value, span, c.description, c.mode)
            )
    return out
