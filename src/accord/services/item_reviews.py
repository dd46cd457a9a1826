"""Reviewing extracted counts and events: list them with a short id, mark, correct, add.

What ``accord review counts|events`` and the review commands call for items that are not
claims (claims: :mod:`accord.services.reviews`). The reviews live in the store
(:mod:`accord.store.item_reviews`), keyed by the document's content, the evidence span and the
item's identifying fields. A count's quantity and an event's type are checked against the
extractor's vocabulary (``count_nouns.yaml``'s quantities, ``verbs.yaml``'s event classes),
a mode against the modes, a date against ISO form, before anything is stored.

>>> check_fields("event", {"type": "talks", "date": ""})
{'type': 'talks', 'date': None}
>>> check_fields("event", {"type": "party"})
Traceback (most recent call last):
...
accord.errors.InputError: --type 'party' is not an event type; use one of: talks, ...
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from accord.errors import InputError
from accord.evidence.extract import EXTRACTOR_VERSION
from accord.model.evidence import Span
from accord.model.extraction import Count, Document, Event
from accord.services.review_index import (
    MAX_NOTE,
    MAX_VALUE,
    ReviewIndex,
    check_words,
    documents_of,
    item_hash_of,
    review_index,
    span_of,
    the_one,
    wanted_id,
)
from accord.store.documents import DocumentStore
from accord.store.item_reviews import (
    FIELDS,
    KINDS,
    PLURAL,
    Item,
    ItemReview,
    ItemReviewStore,
    as_read,
    check_kind,
    item_key,
)

EVENT_MODES = ("actual", "planned")  # what the event rules read (accord.evidence.events)
REQUIRED = {"count": ("quantity", "value"), "event": ("type",)}  # to add an item


def item_vocabulary() -> dict[str, tuple[str, ...]]:
    """The ids a review of counts and events may use: count quantities (with ``other``),
    event types, and each kind's modes."""
    from accord.evidence import vocab
    from accord.evidence.count_vocab import vocabulary
    from accord.evidence.mode_words import MODES

    return {
        "quantity": (*dict.fromkeys(vocabulary().quantities.values()), "other"),
        "type": tuple(vocab.verbs().events),
        "count mode": MODES,
        "event mode": EVENT_MODES,
    }


def option(field: str) -> str:
    return "--" + field.replace("_", "-")


def check_fields(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    """The fields given (None: not given) checked and normalised: an id of the vocabulary, a
    whole number, an ISO date; an empty date, place or label clears it. A field the kind does
    not have is refused, naming those it has."""
    check_kind(kind)
    known = item_vocabulary()
    out: dict[str, Any] = {}
    for field, value in values.items():
        if value is None:
            continue
        if field not in FIELDS[kind]:
            raise InputError(
                f"{option(field)} does not apply to {'an' if kind == 'event' else 'a'} {kind}; "
                f"give {', '.join(option(f) for f in FIELDS[kind])}"
            )
        ids = known.get(f"{kind} {field}") or known.get(field)
        if ids is not None and value not in ids:
            what = f"{kind} {field}" if field in ("quantity", "type", "mode") else field
            raise InputError(
                f"{option(field)} {value!r} is not {'an' if what[0] in 'aeiou' else 'a'} {what}; "
                f"use one of: {', '.join(ids)}"
            )
        if field == "value":
            value = _whole(value)
        elif field in ("as_of", "date"):
            value = _date(value, field)
        elif field in ("location", "label"):
            value = check_words(value, field, MAX_VALUE)
        elif field == "approx" and not isinstance(value, bool):
            raise InputError(f"--approx: true or false, not {value!r}")
        out[field] = value
    return out


def _whole(value: Any) -> int:
    if isinstance(value, bool) or not (isinstance(value, int) or str(value).isdigit()):
        raise InputError(f"--value {value!r}: a count is a whole number, 0 or more")
    n = int(value)
    if n < 0:
        raise InputError(f"--value {value!r}: a count is a whole number, 0 or more")
    return n


def _date(value: str, field: str) -> str | None:
    if not value.strip():
        return None  # an empty date clears it
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InputError(
            f"{option(field)} {value!r}: a date as YYYY-MM-DD ('' clears it)"
        ) from None


@dataclass
class ItemTarget:
    """The count or event an id names: its document, the item as extracted (or as first
    reviewed) and its review, if any."""

    kind: str
    document: Document
    item: Item
    review: ItemReview | None

    @property
    def hash(self) -> str:
        return item_hash_of(self.kind, self.document.hash, item_key(self.kind, self.item))


def item_rows(
    store: DocumentStore,
    kind: str,
    doc: str | None = None,
    todo: bool = False,
    extract: bool = True,
) -> list[dict[str, Any]]:
    """Every extracted count (or event) of the store or of one document, with its id and
    review (only those not reviewed yet, with ``todo``), and the ones readers added (or
    affirmed that the extractor no longer reads), in text order. The fields shown are the
    reviewed ones; a correction's original is in ``was``."""
    check_kind(kind)
    if doc is not None:
        store.get(doc)  # a clear NotFoundError naming it
    index = review_index(store, extract)
    rows = []
    for d, ex, _claims in index.items:
        if doc is not None and d.name != doc:
            continue
        by_key = index.of_kind(d.hash, kind)
        seen = set()
        for item in getattr(ex, PLURAL[kind]):
            key = item_key(kind, item)
            if key not in seen:  # the same item read twice: one row, one review
                seen.add(key)
                rows.append(_row(kind, d, item, by_key.get(key), True, index))
        for key, review in by_key.items():
            if key not in seen:
                rows.append(_row(kind, d, review.item_as_read(), review, False, index))
    rows.sort(key=lambda r: (r["doc"], r["start"]))
    return [r for r in rows if r["review"] is None] if todo else rows


def item_row(
    store: DocumentStore, kind: str, item_hash: str, extract: bool = True
) -> dict[str, Any] | None:
    """The row :func:`item_rows` lists for the item with this full hash (None: gone)."""
    wanted = review_index(store, extract).ids.get(item_hash)
    return next((r for r in item_rows(store, kind, extract=extract) if r["id"] == wanted), None)


def _row(
    kind: str, d: Document, item: Item, review: ItemReview | None, extracted: bool, index: Any
) -> dict[str, Any]:
    shown = review.reviewed_item() if review is not None else item
    h = review.hash if review is not None else item_hash_of(kind, d.hash, item_key(kind, item))
    was = None
    if review is not None and review.verdict == "corrected":
        was = {f: review.original.get(f) for f in FIELDS[kind]}
    return (
        {"id": index.ids[h], "doc": d.name}
        | as_read(shown)
        | {
            "review": review.verdict if review is not None else None,
            "was": was,
            "note": review.note if review is not None else None,
            "extracted": extracted,
            "start": item.evidence.start,
            "end": item.evidence.end,
            "evidence": item.evidence.quote,
        }
    )


def item_matches(index: ReviewIndex, wanted: str) -> dict[str, ItemTarget]:
    """The counts and events whose full hash starts with ``wanted``, by hash."""
    found: dict[str, ItemTarget] = {}
    for d, ex, _claims in index.items:
        for kind in KINDS:
            by_key = index.of_kind(d.hash, kind)
            for item in getattr(ex, PLURAL[kind]):
                key = item_key(kind, item)
                h = item_hash_of(kind, d.hash, key)
                if h.startswith(wanted):
                    found.setdefault(h, ItemTarget(kind, d, item, by_key.get(key)))
            for review in by_key.values():
                if review.hash.startswith(wanted) and review.hash not in found:
                    found[review.hash] = ItemTarget(kind, d, review.item_as_read(), review)
    return found


def find_item(store: DocumentStore, kind: str, given: str, extract: bool = True) -> ItemTarget:
    """The count (or event) whose id is (or starts with, from 4 characters on) ``given``; an
    id of another kind is not found here (:func:`accord.services.review_actions.find_any`
    takes any kind)."""
    check_kind(kind)
    wanted = wanted_id(given, kind, PLURAL[kind])
    found = {
        h: t
        for h, t in item_matches(review_index(store, extract), wanted).items()
        if t.kind == kind
    }
    return the_one(
        found,
        f"no {kind} with id {given!r} in the store; `accord review {PLURAL[kind]}` lists the ids",
        f"{kind} id {given!r} names {{n}} {PLURAL[kind]}",
    )


def mark_item(
    store: DocumentStore, target: ItemTarget, verdict: str, note: str | None = None
) -> ItemReview | None:
    """Mark a count or event ``right`` or ``wrong``; the stored review (None: an added item
    marked wrong is taken out). Marking a corrected item right undoes the correction."""
    if verdict not in ("right", "wrong"):
        raise InputError(f"verdict {verdict!r}: right or wrong (`accord review set` corrects)")
    note = check_words(note, "note", MAX_NOTE)
    reviews = ItemReviewStore(store)
    old = target.review
    if old is not None and old.verdict == "added":
        if verdict == "wrong":
            reviews.delete(old)
            return None
        return reviews.save(replace(old, note=note or old.note))
    review = ItemReview.of_item(target.kind, target.document.hash, target.item, verdict, note)
    if old is not None and note is None:
        review = replace(review, note=old.note)
    return reviews.save(review)


def correct_item(
    store: DocumentStore, target: ItemTarget, fields: dict[str, Any], note: str | None = None
) -> ItemReview:
    """Set fields of a count or event (:data:`accord.store.item_reviews.FIELDS`); the review is
    ``corrected`` unless the item ends as it was read (``right``) or was added (``added``).
    A note alone changes only the note of an item reviewed already."""
    given = check_fields(target.kind, fields)
    note = check_words(note, "note", MAX_NOTE)
    changed = {f for f, v in fields.items() if v is not None}
    if not changed and note is None:
        raise InputError(
            f"nothing to set: give {', '.join(option(f) for f in FIELDS[target.kind])} or --note"
        )
    if target.review is None and not changed:
        raise InputError(
            "the item is not reviewed yet and a note alone does not review it: "
            "`accord review mark ID right|wrong --note ...`, or set a field"
        )
    kind, doc_hash = target.kind, target.document.hash
    old = target.review or ItemReview.of_item(kind, doc_hash, target.item, "right")
    new = replace(old, fields=old.fields | given, note=note if note is not None else old.note)
    if new.verdict != "added" and changed:  # a note alone keeps the verdict
        new = replace(new, verdict="right" if new.is_unchanged() else "corrected")
    return ItemReviewStore(store).save(new)


def forget_item(store: DocumentStore, target: ItemTarget) -> ItemTarget:
    """Undo the review of a count or event: an extracted one is unreviewed again, an added
    one taken out."""
    if target.review is None:
        raise InputError(f"{target.kind} is not reviewed: there is no review to undo")
    ItemReviewStore(store).delete(target.review)
    return target


def add_item(
    store: DocumentStore,
    kind: str,
    doc: str,
    evidence: str,
    fields: dict[str, Any],
    note: str | None = None,
) -> ItemReview:
    """Add a count or event the extractor missed, read from ``evidence``: words of document
    ``doc`` (their first occurrence is the span). A count needs its quantity and value, an
    event its type; the other fields default to none, not approximate, ``actual``."""
    given = check_fields(kind, fields)
    lacking = [option(f) for f in REQUIRED[kind] if f not in given]
    if lacking:
        raise InputError(f"an added {kind} needs {' and '.join(lacking)}")
    note = check_words(note, "note", MAX_NOTE)
    document = store.get(doc)
    start = span_of(document, evidence, kind)
    span = Span(document.name, start, start + len(evidence), evidence)
    item: Item
    if kind == "count":
        item = Count(given["quantity"], given["value"], False, None, "", span, None)
    else:
        item = Event(given["type"], None, None, None, [], span)
    item = replace(item, **given)
    review = ItemReview.of_item(kind, document.hash, item, "added", note)
    ex = store.extraction(document.hash, EXTRACTOR_VERSION)
    if ex is not None and any(item_key(kind, i) == review.key for i in getattr(ex, PLURAL[kind])):
        rid = review_index(store, extract=False).ids.get(review.hash, review.id)
        raise InputError(
            f"the extractor reads this {kind} already (id {rid}): "
            f"mark it with `accord review mark {rid} right`"
        )
    return ItemReviewStore(store).save(review)


def confirm_items(
    store: DocumentStore, doc: str, kind: str, note: str | None = None, extract: bool = True
) -> list[ItemReview]:
    """Mark right every count (or event) of ``doc`` not reviewed yet; the reviews stored."""
    check_kind(kind)
    note = check_words(note, "note", MAX_NOTE)
    reviews = ItemReviewStore(store)
    done = []
    for d, ex in documents_of(store, doc, extract):
        reviewed = {r.key for r in reviews.of_document(d.hash) if r.kind == kind}
        for item in sorted(getattr(ex, PLURAL[kind]), key=lambda i: i.evidence.start):
            key = item_key(kind, item)
            if key not in reviewed:
                reviewed.add(key)  # the same item read twice: one review
                done.append(reviews.save(ItemReview.of_item(kind, d.hash, item, "right", note)))
    return done
