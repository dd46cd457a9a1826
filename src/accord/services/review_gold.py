"""The reviews of the stored news as gold files: what ``accord review export`` writes and
``accord eval extraction --gold DIR`` scores the extractor on.

A file holds, per kind (claims, counts, events), the items the reader affirmed (marked right,
corrected, added), and lists in ``annotated`` the kinds it annotates: those the reader has
gone through in that document, every extracted item reviewed. The scorer leaves the other
kinds (and the publication date, which is not reviewed) out of that document's figures.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from accord.errors import InputError
from accord.model.extraction import Claim, Count, Event, Extraction
from accord.services.review_index import documents_of
from accord.store.documents import DocumentStore
from accord.store.item_reviews import (
    KINDS,
    PLURAL,
    ItemReview,
    ItemReviewStore,
    apply_item_reviews,
    item_key,
)
from accord.store.reviews import AFFIRMED, Review, ReviewStore, apply_reviews, claim_key, review_key

_UNSAFE = re.compile(r"[^A-Za-z0-9._~-]+")
GOLD_KINDS = ("claims", *(PLURAL[k] for k in KINDS))


def _claim(c: Claim) -> dict[str, Any]:
    return {
        "actor": c.actor,
        "speaker": c.speaker,
        "issue": c.issue,
        "stance": c.stance,
        "value": c.value,
        "evidence": c.evidence.quote,
    }


def _count(c: Count) -> dict[str, Any]:
    return {
        "quantity": c.quantity,
        "value": c.value,
        "approx": c.approx,
        "as_of": c.as_of,
        "qualifier": c.qualifier,
        "label": c.label,
        "mode": c.mode,
        "evidence": c.evidence.quote,
    }


def _event(e: Event) -> dict[str, Any]:
    return {
        "type": e.type,
        "date": e.date,
        "date_text": e.date_text,
        "location": e.location,
        "actors": e.actors,
        "mode": e.mode,
        "evidence": e.evidence.quote,
    }


def _claims_of(ex: Extraction, mine: list[Review]) -> tuple[list[dict[str, Any]], int]:
    """The affirmed claims of a document as gold items, and how many extracted claims are
    not reviewed."""
    reviewed = apply_reviews(ex, mine)
    affirmed = {claim_key(r.reviewed_claim()) for r in mine if r.verdict in AFFIRMED}
    claims = {claim_key(c): c for c in reviewed.claims if claim_key(c) in affirmed}
    unreviewed = len({claim_key(c) for c in ex.claims} - {review_key(r) for r in mine})
    return [_claim(c) for c in claims.values()], unreviewed


def _items_of(
    kind: str, ex: Extraction, mine: list[ItemReview]
) -> tuple[list[dict[str, Any]], int]:
    """The affirmed counts (or events) of a document as gold items, and how many extracted
    ones are not reviewed."""
    reviewed = getattr(apply_item_reviews(ex, mine), PLURAL[kind])
    affirmed = {item_key(kind, r.reviewed_item()) for r in mine if r.verdict in AFFIRMED}
    items = {item_key(kind, i): i for i in reviewed if item_key(kind, i) in affirmed}
    extracted = {item_key(kind, i) for i in getattr(ex, PLURAL[kind])}
    unreviewed = len(extracted - {r.key for r in mine})
    write = _count if kind == "count" else _event
    return [write(i) for i in items.values()], unreviewed  # type: ignore[arg-type]


def export_gold(
    store: DocumentStore, folder: str | Path, partial: bool = False
) -> list[dict[str, Any]]:
    """Write one gold JSON file per reviewed document into ``folder``; what each holds.

    A kind (claims, counts, events) is annotated in a document's file when the reader
    reviewed some of its items there and left none of the extracted ones unreviewed: scored on
    the file, an unreviewed item would count as a false positive. ``partial`` annotates
    every kind with a review all the same. A document with no kind to annotate is skipped
    (``file`` None); ``left`` says, per kind begun, how many items are not reviewed.
    """
    out_dir = Path(folder)
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"--gold {out_dir}: a file is there; give a folder")
    claim_reviews = ReviewStore(store).by_document()
    item_reviews = ItemReviewStore(store).by_document()
    written = []
    for d, ex in documents_of(store, None):
        found: dict[str, tuple[list[dict[str, Any]], int]] = {}
        if claim_reviews.get(d.hash):
            found["claims"] = _claims_of(ex, claim_reviews[d.hash])
        for kind in KINDS:
            mine = [r for r in item_reviews.get(d.hash, []) if r.kind == kind]
            if mine:
                found[PLURAL[kind]] = _items_of(kind, ex, mine)
        if not found:
            continue
        annotated = [k for k in GOLD_KINDS if k in found and (partial or not found[k][1])]
        row: dict[str, Any] = {"doc": d.name, "file": None, "annotated": annotated}
        row |= {k: len(found[k][0]) if k in found else 0 for k in GOLD_KINDS}
        row["left"] = {k: n for k, (_items, n) in found.items() if n}
        row["unreviewed"] = sum(row["left"].values())
        if annotated:
            gold: dict[str, Any] = {"doc": d.name, "annotated": annotated, "published": None}
            gold |= {k: found[k][0] if k in annotated else [] for k in GOLD_KINDS}
            out_dir.mkdir(parents=True, exist_ok=True)
            path = out_dir / f"{_UNSAFE.sub('_', Path(d.name).stem) or 'document'}.json"
            text = json.dumps(gold, indent=2, ensure_ascii=False) + "\n"
            path.write_text(text, encoding="utf-8")
            row["file"] = str(path)
        written.append(row)
    return written
