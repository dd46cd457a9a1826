"""A tagged document's per-token values as plain lists, read once from spaCy's arrays.

The rules' hot loops ask every token for its offset, length, lowercase form or tag; each
``Token`` attribute is a call into spaCy that builds a new object or looks a string up. The
values here are the same ones (``idx``, ``idx + len(text)``, ``lower_``, ``tag_``), read
from ``Doc.to_array`` and kept in the doc's user data: tags and words do not change once
the tagger has run (the parse adds heads and labels only, which are not kept here).
:func:`remembered` keeps the rules' other per-sentence and per-token readings the same way.

>>> from spacy.lang.en import English
>>> doc = English()("Envoys met in Ruritania.")
>>> cols = columns(doc)
>>> cols.lower[0], cols.idx[2], cols.end[2]
('envoys', 11, 13)
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any, TypeVar

_KEY = "accord_columns"
T = TypeVar("T")


class Columns:
    """Per-token offsets (``idx``), ends (``end``: offset + length), lowercase forms and tags."""

    __slots__ = ("end", "idx", "lower", "tag")

    def __init__(self, idx: list[int], end: list[int], lower: list[str], tag: list[str]):
        self.idx, self.end, self.lower, self.tag = idx, end, lower, tag


def columns(doc: Any) -> Columns:
    """The per-token lists of ``doc``, built on first use and kept with it."""
    got = doc.user_data.get(_KEY)
    if got is not None:
        return got  # type: ignore[no-any-return]
    from spacy.attrs import IDX, LENGTH, LOWER, TAG

    strings = doc.vocab.strings
    arr = doc.to_array([IDX, LENGTH, LOWER, TAG]).tolist() if len(doc) else []
    idx = [r[0] for r in arr]
    end = [r[0] + r[1] for r in arr]
    lower = [r[2] for r in arr]
    tag = [r[3] for r in arr]
    names = {h: strings[h] for h in {*lower, *tag}}  # one lookup per distinct string
    cols = Columns(idx, end, [names[h] for h in lower], [names[h] for h in tag])
    doc.user_data[_KEY] = cols
    return cols


def index_at(cols: Columns, start: int, end: int, char: int) -> int:
    """The index of the last token in ``[start, end)`` that begins at or before ``char``
    (``start - 1`` when none does)."""
    return bisect_right(cols.idx, char, start, end) - 1


def remembered(doc: Any, store: str, key: Any, make: Callable[[], T], *inputs: Any) -> T:
    """``make()``, computed once per ``key`` and kept in ``doc``'s user data under ``store``:
    a value the rules ask for again for the same sentence or token. ``inputs``: objects the
    value was computed from besides the doc (a text); it is computed again when they are not
    the very same objects."""
    memo = doc.user_data.setdefault(store, {})
    got = memo.get(key)
    # (a store is always called with as many inputs)
    if got is None or any(a is not b for a, b in zip(got[0], inputs, strict=True)):
        got = memo[key] = (inputs, make())
    return got[1]  # type: ignore[no-any-return]
