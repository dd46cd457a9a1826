"""What kind the misses of an extraction are: the unmatched items by their nearest cause.

After the matching of :mod:`accord.evidence.scoring`, each gold item no extracted item
matched (a *missed* gold item) and each extracted item no gold item matched (an *extra*
one) is put in one category: the first of its kind's list below that applies, looking at
the items of the other side in the same document. *On its words*: the two items' evidence
overlaps (a gold item's words are located in the text; where they are not, one item's words
contain the other's). *Unmatched*: an item of the other side that is itself unmatched;
*matched*: one matched to something else.

Claims (both sides):

1. ``stance differs``: an unmatched claim on its words with the same holder and issue;
2. ``issue differs``: an unmatched claim on its words with the same holder and stance;
3. ``holder differs``: an unmatched claim on its words with the same issue and stance;
4. ``repeats a matched claim``: a matched claim of the same (holder, issue, stance) in the
   document (the key was read, or annotated, once where the other side has it twice);
5. ``another claim there``: any other claim on its words (two or more fields differ, or
   it is matched to another item);
6. missed gold only: ``in an unread statement``: its words lie in a statement no claim was
   read from (``accord statements --unread`` lists it for a reader);
7. ``not found`` (missed gold) / ``no gold claim there`` (extra).

Counts: ``quantity differs`` (an unmatched count on its words with the same value),
``value differs`` (on its words, same quantity), ``repeats a matched count`` (a matched count
of the same quantity and value), ``another count there`` (any count on its words),
``not found`` / ``no gold count there``.

Events: ``type differs`` (an unmatched event on its words), ``same type elsewhere`` (an
unmatched event of the same type in the document, not on its words nor at its place),
``repeats a matched event`` (a matched event of the same type on its words), ``another
event there`` (any event on its words), ``not found`` / ``no gold event there``.

Only the counts per category are reported unless the items are asked for
(``accord eval extraction --errors --list``), so a profile may be taken of a set nobody
reads.

>>> [c for c in CATEGORIES["events"]["extracted"]][-1]
'no gold event there'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from accord.evidence.types import Extraction

SIDES = ("gold", "extracted")  # missed gold items, extra extracted ones


@dataclass(frozen=True)
class _Item:
    fields: dict[str, Any]
    span: tuple[int, int] | None
    words: str


def _on_words(a: _Item, b: _Item) -> bool:
    """The two items' evidence overlaps (or, unlocated, one's words hold the other's)."""
    if a.span is not None and b.span is not None:
        return a.span[0] < b.span[1] and b.span[0] < a.span[1]
    return bool(a.words and b.words) and (a.words in b.words or b.words in a.words)


def _same(*names: str) -> Callable[[_Item, _Item], bool]:
    return lambda a, b: all(a.fields.get(n) == b.fields.get(n) for n in names)


def _both(*tests: Callable[[_Item, _Item], bool]) -> Callable[[_Item, _Item], bool]:
    return lambda a, b: all(t(a, b) for t in tests)


@dataclass(frozen=True)
class _Rule:
    name: str
    among: str  # "unmatched", "matched" or "any": which items of the other side it looks at
    test: Callable[[_Item, _Item], bool]


_RULES: dict[str, tuple[_Rule, ...]] = {
    "claims": (
        _Rule("stance differs", "unmatched", _both(_same("actor", "issue"), _on_words)),
        _Rule("issue differs", "unmatched", _both(_same("actor", "stance"), _on_words)),
        _Rule("holder differs", "unmatched", _both(_same("issue", "stance"), _on_words)),
        _Rule("repeats a matched claim", "matched", _same("actor", "issue", "stance")),
        _Rule("another claim there", "any", _on_words),
    ),
    "counts": (
        _Rule("quantity differs", "unmatched", _both(_same("value"), _on_words)),
        _Rule("value differs", "unmatched", _both(_same("quantity"), _on_words)),
        _Rule("repeats a matched count", "matched", _same("quantity", "value")),
        _Rule("another count there", "any", _on_words),
    ),
    "events": (
        _Rule("type differs", "unmatched", _on_words),
        _Rule("same type elsewhere", "unmatched", _same("type")),
        _Rule("repeats a matched event", "matched", _both(_same("type"), _on_words)),
        _Rule("another event there", "any", _on_words),
    ),
}
UNREAD = "in an unread statement"  # missed gold claims only, after the rules
_LAST = {
    "gold": {k: "not found" for k in _RULES},
    "extracted": {k: f"no gold {k[:-1]} there" for k in _RULES},
}

CATEGORIES: dict[str, dict[str, tuple[str, ...]]] = {
    kind: {
        side: (
            *(r.name for r in rules),
            *((UNREAD,) if (kind, side) == ("claims", "gold") else ()),
            _LAST[side][kind],
        )
        for side in SIDES
    }
    for kind, rules in _RULES.items()
}
"""Each kind's categories per side, in the order they are tried."""

_FIELDS = {
    "claims": ("actor", "issue", "stance"),
    "counts": ("quantity", "value"),
    "events": ("type", "location"),
}


def _gold_items(kind: str, g: dict[str, Any], text: str | None) -> list[_Item]:
    out = []
    for item in g.get(kind, []):
        words = item.get("evidence") or ""
        at = text.find(words) if text is not None and words else -1
        span = (at, at + len(words)) if at >= 0 else None
        out.append(_Item({f: item.get(f) for f in _FIELDS[kind]}, span, words))
    return out


def _extracted_items(kind: str, ex: Extraction) -> list[_Item]:
    return [
        _Item(
            {f: getattr(x, f) for f in _FIELDS[kind]},
            (x.evidence.start, x.evidence.end),
            x.evidence.text,
        )
        for x in getattr(ex, kind)
    ]


def _unread_spans(ex: Extraction) -> list[_Item]:
    from accord.evidence.tables import statements

    return [
        _Item({}, (q.evidence.start, q.evidence.end), q.evidence.text)
        for q, _read, _pub in statements([ex], unread=True)
    ]


def classify(
    kind: str,
    side: str,
    item: _Item,
    others: list[_Item],
    others_matched: set[int],
    unread: Sequence[_Item] = (),
) -> str:
    """The category of one unmatched ``item`` of ``side``, given the other side's items of
    its document (``others_matched``: the indices of those matched)."""
    for rule in _RULES[kind]:
        for i, other in enumerate(others):
            matched = i in others_matched
            if rule.among == "unmatched" and matched or rule.among == "matched" and not matched:
                continue
            if rule.test(item, other):
                return rule.name
    if (kind, side) == ("claims", "gold") and any(_on_words(item, q) for q in unread):
        return UNREAD
    return _LAST[side][kind]


def error_profile(
    documents: list[
        tuple[Extraction, dict[str, Any], str | None, dict[str, list[tuple[int, int]]]]
    ],
) -> tuple[dict[str, dict[str, dict[str, int]]], list[dict[str, Any]]]:
    """The unmatched items of each kind counted per category and side, over the
    ``documents`` (each its extraction, gold record, text, and matched (extracted, gold)
    index pairs per kind); and the items themselves (document, kind, side, category,
    words), for a reader's own data.

    Every unmatched item falls in exactly one category: the counts of a kind's side sum to
    its unmatched items (extracted or gold minus matched).
    """
    profile = {
        kind: {side: dict.fromkeys(cats, 0) for side, cats in sides.items()}
        for kind, sides in CATEGORIES.items()
    }
    listed: list[dict[str, Any]] = []
    for ex, g, text, pairs in documents:
        unread: list[_Item] | None = None
        for kind in _RULES:
            if kind not in g.get("annotated", _RULES):
                continue  # the file does not annotate it
            extracted, gold = _extracted_items(kind, ex), _gold_items(kind, g, text)
            got = {p for p, _q in pairs.get(kind, [])}
            found = {q for _p, q in pairs.get(kind, [])}
            for side, items, done, others, others_done in (
                ("gold", gold, found, extracted, got),
                ("extracted", extracted, got, gold, found),
            ):
                for i, item in enumerate(items):
                    if i in done:
                        continue
                    if kind == "claims" and side == "gold" and unread is None:
                        unread = _unread_spans(ex)
                    category = classify(kind, side, item, others, others_done, unread or ())
                    profile[kind][side][category] += 1
                    listed.append(
                        {
                            "doc": ex.doc,
                            "kind": kind,
                            "side": side,
                            "category": category,
                            "fields": item.fields,
                            "evidence": item.words,
                        }
                    )
    return profile, listed
