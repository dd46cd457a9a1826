"""Quotations by their marks, read on the whole text: curly and straight double marks, a quote
carried over several paragraphs (each reopening with its mark), curly single marks; and the
quotations over one sentence (a sentence may open inside a quote of several sentences, whose
closing mark, read on the sentence alone, would seem to open one).

>>> [text[s:e] for text in ["He said: “We will not budge.”"] for s, e in quote_spans(text)]
['“We will not budge.”']
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from accord.evidence.columns import remembered


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations (marks included), joined across paragraphs."""
    if "“" not in text and '"' not in text and "‘" not in text:
        return []  # most sentences: nothing to scan for
    return list(_quote_spans(text))


_OPENING = re.compile('[“"]')
_CLOSING_OR_BREAK = {c: re.compile(f"[{c}\n]") for c in ("”", '"')}


@lru_cache(maxsize=4096)
def _quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        at = _OPENING.search(text, i)  # the other characters are stepped over
        if at is None:
            break
        i = at.start()
        ch = text[i]
        # a straight mark opens after no letter and before a word: one at the end of a line
        # or before a space closes a quote whose opening mark the text dropped
        if ch == "“" or (
            ch == '"'
            and (i == 0 or not text[i - 1].isalnum())
            and i + 1 < n
            and not text[i + 1].isspace()
        ):
            close = "”" if ch == "“" else '"'
            stop = _CLOSING_OR_BREAK[close]
            j = i + 1
            while j < n:
                at = stop.search(text, j)  # only a closing mark or a line break stops the scan
                if at is None:
                    j = n
                    break
                j = at.start()
                if text[j] == close:
                    break
                if text.startswith("\n\n", j) or (
                    text[j] == "\n" and j + 1 < n and text[j + 1] in '“"'
                ):
                    k = j
                    while k < n and text[k] in "\n \t":
                        k += 1
                    if k < n and text[k] == ch:  # the quote carries on in the next paragraph
                        j = k + 1
                        continue
                    j -= 1
                    break
                j += 1
            end = min(j + 1, n)
            if end - i > 2:
                spans.append((i, end))
            i = end
            continue
        i += 1
    for m in re.finditer(r"(?<![\w’'])‘[^‘\n]{2,300}?’(?![\w])", text):
        if not any(s <= m.start() < e for s, e in spans):
            spans.append((m.start(), m.end()))
    return tuple(sorted(spans))


_QUOTES_KEY = "accord_quotes_over"


def quotes_over(sent: Any, text: str) -> list[tuple[int, int]]:
    """The quotations of ``text`` that a sentence overlaps, whole (offsets in the text): read on
    the whole text, so a sentence that opens inside a quote in straight marks ("We want X," she
    said.) does not take its closing mark for an opening one, which read alone would open a
    quote over the source and leave the quoted words bare.

    Kept in the doc's user data per sentence (its offsets, the same ``text`` and sentence
    text objects): the event rules ask again for most sentences."""
    doc = getattr(sent, "doc", None)
    if doc is None:
        return _quotes_over(sent, text)
    key = (sent.start_char, sent.end_char)
    found = remembered(
        doc, _QUOTES_KEY, key, lambda: tuple(_quotes_over(sent, text)), text, sent.text
    )
    return list(found)


def _quotes_over(sent: Any, text: str) -> list[tuple[int, int]]:
    start, end = sent.start_char, sent.end_char
    if text[start:end] != sent.text:  # a sentence read apart from its text
        return [(start + a, start + b) for a, b in quote_spans(sent.text)]
    return [(a, b) for a, b in quote_spans(text) if a < end and start < b]


def sentence_quotes(sent: Any, text: str) -> list[tuple[int, int]]:
    """The quotations of a sentence, cut to it (spans relative to it), read on the whole text
    (:func:`quotes_over`)."""
    start, end = sent.start_char, sent.end_char
    return [(max(a, start) - start, min(b, end) - start) for a, b in quotes_over(sent, text)]
