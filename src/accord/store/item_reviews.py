"""A reader's reviews of extracted counts and events, kept in the store beside the claims'.

As a claim's (:mod:`accord.store.reviews`), a review says of one count or event that it is
``right``, ``wrong`` or ``corrected`` (with the fields as the reader has them), or ``added``:
an item the rules missed, read from the words of the document. It is keyed by what
identifies the item in the text, not by the extractor: the document's content hash, the
evidence span and the item's original identifying fields (:data:`KEY_FIELDS`: a count's
quantity and value, an event's type and place). A new extractor version that reads the same
item from the same words finds its review again.

The reviews are a table of their own (``item_reviews``), so the claims' ``reviews`` table of a
store written before is untouched; the item as read and the item as reviewed are kept as
JSON, one column each.

>>> from accord.model.extraction import Count, Extraction, PublicationDate, Span
>>> c = Count("people_released", 3, False, None, "", Span("a.txt", 0, 5, "Three"))
>>> ex = Extraction("a.txt", PublicationDate(None, None, None, "none"), counts=[c])
>>> r = ItemReview.of_item("count", "h1", c, "wrong")
>>> apply_item_reviews(ex, [r]).counts
[]
>>> r.id == item_hash("count", "h1", 0, 5, "people_released:3")[:8]
True
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from accord.errors import InputError
from accord.model.evidence import Span
from accord.model.extraction import Count, Event, Extraction
from accord.store.db import guarded
from accord.store.reviews import AFFIRMED, ID_DIGITS, VERDICTS, ReviewTable

if TYPE_CHECKING:
    pass

Item = Count | Event
KINDS = ("count", "event")
PLURAL = {"count": "counts", "event": "events"}  # the extraction's list of each kind
_CLASSES: dict[str, type[Count] | type[Event]] = {"count": Count, "event": Event}
# the fields a reader reviews (and may set), per kind
FIELDS = {
    "count": ("quantity", "value", "as_of", "approx", "mode", "label"),
    "event": ("type", "date", "location", "mode"),
}
# the fields that, with the span, identify an item within its document
KEY_FIELDS = {"count": ("quantity", "value"), "event": ("type", "location")}

_SCHEMA = """CREATE TABLE IF NOT EXISTS item_reviews (
    kind VARCHAR NOT NULL,
    doc_hash VARCHAR NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    item_key VARCHAR NOT NULL,
    doc VARCHAR NOT NULL,
    evidence VARCHAR NOT NULL,
    original VARCHAR NOT NULL,
    verdict VARCHAR NOT NULL,
    fields VARCHAR NOT NULL,
    note VARCHAR,
    reviewed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (kind, doc_hash, span_start, span_end, item_key)
)"""

_COLUMNS = (
    "kind",
    "doc_hash",
    "span_start",
    "span_end",
    "item_key",
    "doc",
    "evidence",
    "original",
    "verdict",
    "fields",
    "note",
    "reviewed_at",
)


def check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise InputError(f"item kind {kind!r}: one of {', '.join(KINDS)}")


def as_read(item: Item) -> dict[str, Any]:
    """Every field of ``item`` but its evidence, as JSON takes them."""
    return {f.name: getattr(item, f.name) for f in dataclasses.fields(item) if f.name != "evidence"}


def key_of(kind: str, fields: dict[str, Any]) -> str:
    """The identifying fields of an item, as one string ("people_released:3", "talks:Lisbon").

    >>> key_of("event", {"type": "talks", "location": None})
    'talks:'
    """
    return ":".join("" if fields[f] is None else str(fields[f]) for f in KEY_FIELDS[kind])


def item_key(kind: str, item: Item) -> tuple[int, int, str]:
    """What identifies an item within its document: span and identifying fields."""
    return (item.evidence.start, item.evidence.end, key_of(kind, as_read(item)))


def item_hash(kind: str, doc_hash: str, start: int, end: int, key: str) -> str:
    """The full hash (40 hex digits) an item's id is the start of; a claim's never equals it
    (the kind is part of what is hashed)."""
    return hashlib.sha1(f"{kind}:{doc_hash}:{start}:{end}:{key}".encode()).hexdigest()


@dataclass(frozen=True)
class ItemReview:
    """One reviewed count or event: its key (kind, ``doc_hash``, span, ``item_key``), the item
    as it was read (``original``: every field but the evidence), the verdict and the reviewed
    fields as the reader has them (``fields``: :data:`FIELDS` of the kind)."""

    kind: str
    doc_hash: str
    span_start: int
    span_end: int
    item_key: str
    doc: str
    evidence: str
    original: dict[str, Any]
    verdict: str
    fields: dict[str, Any]
    note: str | None = None
    reviewed_at: dt.datetime | None = None

    def __post_init__(self) -> None:
        check_kind(self.kind)
        if self.verdict not in VERDICTS:
            raise InputError(f"review verdict {self.verdict!r}: one of {', '.join(VERDICTS)}")

    @property
    def hash(self) -> str:
        return item_hash(self.kind, self.doc_hash, self.span_start, self.span_end, self.item_key)

    @property
    def id(self) -> str:
        """The item's id, 8 hex digits (the store may need more: ``short_ids``)."""
        return self.hash[:ID_DIGITS]

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.span_start, self.span_end, self.item_key)

    @classmethod
    def of_item(
        cls, kind: str, doc_hash: str, item: Item, verdict: str, note: str | None = None
    ) -> ItemReview:
        """A review of ``item`` as extracted: right or wrong, its fields unchanged."""
        original = as_read(item)
        return cls(
            kind=kind,
            doc_hash=doc_hash,
            span_start=item.evidence.start,
            span_end=item.evidence.end,
            item_key=key_of(kind, original),
            doc=item.evidence.doc,
            evidence=item.evidence.quote,
            original=original,
            verdict=verdict,
            fields={f: original[f] for f in FIELDS[kind]},
            note=note,
        )

    def span(self, doc: str | None = None) -> Span:
        return Span(doc or self.doc, self.span_start, self.span_end, self.evidence)

    def item_as_read(self) -> Item:
        return _CLASSES[self.kind](**self.original, evidence=self.span())

    def reviewed_item(self, doc: str | None = None) -> Item:
        """The item as the reader has it (for ``wrong``: as it was read)."""
        return _CLASSES[self.kind](**(self.original | self.fields), evidence=self.span(doc))

    def is_unchanged(self) -> bool:
        return all(self.fields[f] == self.original.get(f) for f in FIELDS[self.kind])

    def to_dict(self) -> dict[str, Any]:
        return {c: getattr(self, c) for c in _COLUMNS} | {"id": self.id}


def apply_item_reviews(extraction: Extraction, reviews: list[ItemReview]) -> Extraction:
    """The extraction with its counts and events reviewed: wrong ones dropped, corrections
    applied, the items added (and those affirmed that this extractor no longer reads) put in,
    in text order. Claims are as they come (:func:`accord.store.reviews.apply_reviews`)."""
    if not reviews:
        return extraction
    changes: dict[str, Any] = {}
    for kind in KINDS:
        mine = {r.key: r for r in reviews if r.kind == kind}
        if mine:
            items = getattr(extraction, PLURAL[kind])
            changes[PLURAL[kind]] = _reviewed(kind, extraction.doc, items, mine)
    return replace(extraction, **changes)


def _reviewed(
    kind: str, doc: str, items: list[Item], by_key: dict[tuple[int, int, str], ItemReview]
) -> list[Item]:
    out: list[Item] = []
    used = set()
    for item in items:
        key = item_key(kind, item)
        review = by_key.get(key)
        if review is None:
            out.append(item)
            continue
        used.add(key)
        if review.verdict == "wrong":
            continue
        fields = review.fields if review.verdict != "right" else {}
        out.append(replace(item, **fields))  # type: ignore[arg-type]
    present = {item_key(kind, i) for i in out}
    for key, review in by_key.items():
        if key in used or review.verdict not in AFFIRMED:
            continue
        item = review.reviewed_item(doc)
        if item_key(kind, item) not in present:
            out.append(item)
            present.add(item_key(kind, item))
    out.sort(key=lambda i: i.evidence.start)  # stable: the extractor's order within a span
    return out


class ItemReviewStore(ReviewTable[ItemReview]):
    """The reviews of counts and events."""

    TABLE = "item_reviews"
    SCHEMA = _SCHEMA

    @guarded
    def save(self, review: ItemReview) -> ItemReview:
        """Store ``review``, replacing an earlier one of the same item; returns it, timed."""
        review = replace(review, reviewed_at=dt.datetime.now(dt.UTC).replace(tzinfo=None))
        row = review.to_dict()
        row["original"], row["fields"] = json.dumps(review.original), json.dumps(review.fields)
        self.con.execute(
            f"INSERT OR REPLACE INTO item_reviews ({', '.join(_COLUMNS)}) "
            f"VALUES ({', '.join('?' for _ in _COLUMNS)})",
            [row[c] for c in _COLUMNS],
        )
        return review

    @guarded
    def delete(self, review: ItemReview) -> None:
        self.con.execute(
            "DELETE FROM item_reviews WHERE kind = ? AND doc_hash = ? AND span_start = ? "
            "AND span_end = ? AND item_key = ?",
            [review.kind, review.doc_hash, *review.key],
        )

    def _select(self, where: str, params: list[Any]) -> list[ItemReview]:
        rows = self.con.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM item_reviews {where} "
            "ORDER BY doc_hash, span_start, span_end, kind, item_key",
            params,
        ).fetchall()
        out = []
        for row in rows:
            values = dict(zip(_COLUMNS, row, strict=True))
            values["original"] = json.loads(values["original"])
            values["fields"] = json.loads(values["fields"])
            out.append(ItemReview(**values))
        return out
