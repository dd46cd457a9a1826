"""What every kind of review reads first: the documents with their extraction, the reviews of
their claims, counts and events, and the short id of each item in the store.

Ids are unique across kinds: a claim's, a count's and an event's hashes are told apart by
the same :func:`accord.store.reviews.short_ids`, so ``accord review mark ID`` needs no kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypeVar

from accord.errors import EvidenceError, InputError, NotFoundError
from accord.evidence.extract import EXTRACTOR_VERSION
from accord.model.extraction import Claim, Document, Extraction
from accord.store.documents import DocumentStore
from accord.store.item_reviews import KINDS, PLURAL, ItemReview, ItemReviewStore, item_hash
from accord.store.item_reviews import item_key as key_of_item
from accord.store.reviews import Review, ReviewStore, claim_key, review_hash, review_key, short_ids

T = TypeVar("T")

MAX_NOTE = 2000
MAX_VALUE = 200

ClaimKey = tuple[int, int, str, str, str]
ItemKey = tuple[int, int, str]


def check_words(value: str | None, field: str, limit: int) -> str | None:
    """A reader's free text: refused past ``limit`` characters or with NUL bytes; an empty
    value is None (it clears the field)."""
    if value is None:
        return None
    if "\x00" in value or len(value) > limit:
        raise InputError(f"--{field}: at most {limit} characters of text, without NUL bytes")
    return value.strip() or None


def wanted_id(given: str, what: str, lister: str) -> str:
    """An id as given, lower case, refused unless it is 4 to 40 hex digits."""
    wanted = given.strip().lower()
    if not re.fullmatch(r"[0-9a-f]{4,40}", wanted):
        raise InputError(
            f"{what} id {given!r}: give the id (4 or more hex digits) `accord review {lister}` "
            "lists"
        )
    return wanted


def the_one(found: dict[str, T], missing: str, several: str) -> T:
    """The one item an id names among ``found`` (by hash); ``missing`` is the error when none
    is, ``several`` (with ``{n}`` for how many) when more are."""
    if not found:
        raise NotFoundError(missing)
    if len(found) > 1:
        raise InputError(several.format(n=len(found)) + ": give more digits")
    return next(iter(found.values()))


def span_of(document: Document, evidence: str, what: str) -> int:
    """Where the words ``evidence`` first stand in ``document``, refused when they do not."""
    if not evidence.strip():
        raise InputError(f"--evidence: give the words of the document that state the {what}")
    start = document.text.find(evidence)
    if start < 0:
        raise EvidenceError(
            f"the words {evidence[:80]!r} are not in document {document.name!r}; copy them "
            "exactly from its text (quotes and dashes included)"
        )
    return start


def documents_of(
    store: DocumentStore, doc: str | None, extract: bool = True
) -> list[tuple[Document, Extraction]]:
    """The documents (one, when named) with their extraction, extracting those not done yet
    (``extract=False``: leaving them out, as the workbench does: it extracts in workers)."""
    from accord.services.ingest import extract_pending

    if doc is not None:
        store.get(doc)  # a clear NotFoundError naming it
    if extract:
        extract_pending(store)
    out = []
    for d in store.documents([doc] if doc is not None else None):
        ex = store.extraction(d.hash, EXTRACTOR_VERSION)
        if ex is not None:
            out.append((d, ex))
    return out


def claim_hash(doc_hash: str, claim: Claim) -> str:
    return review_hash(doc_hash, *claim_key(claim))


def item_hash_of(kind: str, doc_hash: str, key: ItemKey) -> str:
    return item_hash(kind, doc_hash, *key)


@dataclass
class ReviewIndex:
    """Every document with its extraction and the reviews of its claims (by claim key), the
    reviews of its counts and events (document hash -> kind -> item key), and the id of each
    item in the store (full hash -> id: 8 hex digits, more where two items share them)."""

    items: list[tuple[Document, Extraction, dict[ClaimKey, Review]]]
    ids: dict[str, str]
    item_reviews: dict[str, dict[str, dict[ItemKey, ItemReview]]]

    def of_kind(self, doc_hash: str, kind: str) -> dict[ItemKey, ItemReview]:
        return self.item_reviews.get(doc_hash, {}).get(kind, {})


def review_index(store: DocumentStore, extract: bool = True) -> ReviewIndex:
    reviews = ReviewStore(store).by_document()
    others = ItemReviewStore(store).by_document()
    items, hashes = [], []
    item_reviews: dict[str, dict[str, dict[ItemKey, ItemReview]]] = {}
    for d, ex in documents_of(store, None, extract):
        mine = {review_key(r): r for r in reviews.get(d.hash, [])}
        items.append((d, ex, mine))
        hashes += [r.hash for r in mine.values()] + [claim_hash(d.hash, c) for c in ex.claims]
        kinds = item_reviews.setdefault(d.hash, {k: {} for k in KINDS})
        for r in others.get(d.hash, []):
            kinds[r.kind][r.key] = r
            hashes.append(r.hash)
        for kind in KINDS:
            for it in getattr(ex, PLURAL[kind]):
                hashes.append(item_hash_of(kind, d.hash, key_of_item(kind, it)))
    return ReviewIndex(items, short_ids(hashes), item_reviews)
