"""Reviews of counts and events in the store: kept by the item's words and identifying
fields, not by the extractor version; a store whose claims were reviewed before keeps them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from accord.errors import InputError
from accord.model.extraction import (
    Claim,
    Count,
    Document,
    Event,
    Extraction,
    PublicationDate,
    Span,
)
from accord.store.documents import DocumentStore
from accord.store.item_reviews import ItemReview, ItemReviewStore, apply_item_reviews
from accord.store.reviews import Review, ReviewStore

TEXT = "Talks resumed in Cairo on Monday. Hamas freed 3 hostages. Talks went on in Doha."


def _span(words: str) -> Span:
    start = TEXT.index(words)
    return Span("a.txt", start, start + len(words), words)


FREED = Count("hostages_released", 3, False, "2024-01-01", "hostages", _span("Hamas freed 3"))
CAIRO = Event("talks", "2024-01-01", "Monday", "Cairo", ["egypt"], _span(TEXT[:33]))
DOHA = Event("talks", None, None, "Doha", [], _span("Talks went on in Doha."))


def _extraction(counts: list[Count], events: list[Event]) -> Extraction:
    return Extraction(
        "a.txt", PublicationDate(None, None, None, "none"), counts=counts, events=events
    )


def test_a_review_survives_reopening_and_a_new_extractor_version(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with DocumentStore(path) as store:
        store.add(Document(name="a.txt", text=TEXT))
        h = store.get("a.txt").hash
        store.save_extraction(h, "v1", _extraction([FREED], [CAIRO, DOHA]))
        reviews = ItemReviewStore(store)
        reviews.save(ItemReview.of_item("event", h, DOHA, "wrong", note="no talks"))
        fixed = ItemReview.of_item("count", h, FREED, "corrected")
        reviews.save(replace(fixed, fields=fixed.fields | {"as_of": "2024-01-02"}))
    with DocumentStore(path) as store:
        # a newer extractor reads the same items with other dates and actors: the reviews hold
        newer = _extraction(
            [replace(FREED, as_of=None)], [CAIRO, replace(DOHA, date="2024-01-03", actors=["x"])]
        )
        store.save_extraction(h, "v2", newer)
        reviews = ItemReviewStore(store)
        assert [(r.kind, r.verdict, r.note) for r in reviews.of_document(h)] == [
            ("count", "corrected", None),  # in text order
            ("event", "wrong", "no talks"),
        ]
        out = apply_item_reviews(newer, reviews.all())
        assert [e.location for e in out.events] == ["Cairo"]
        assert [(c.value, c.as_of) for c in out.counts] == [(3, "2024-01-02")]


def test_reviewed_view_drops_corrects_and_adds_in_text_order() -> None:
    added = replace(
        ItemReview.of_item("event", "h", replace(CAIRO, location="Giza"), "added"),
        fields={"type": "meeting", "date": None, "location": "Giza", "mode": "planned"},
    )
    corrected = ItemReview.of_item("count", "h", FREED, "corrected")
    corrected = replace(corrected, fields=corrected.fields | {"value": 4, "approx": True})
    out = apply_item_reviews(
        _extraction([FREED], [CAIRO, DOHA]),
        [added, corrected, ItemReview.of_item("event", "h", DOHA, "wrong")],
    )
    assert [(e.type, e.location, e.mode) for e in out.events] == [
        ("talks", "Cairo", "actual"),
        ("meeting", "Giza", "planned"),
    ]
    assert [(c.value, c.approx, c.qualifier) for c in out.counts] == [(4, True, "hostages")]
    # an affirmed item a later extractor no longer reads stays, once
    right = ItemReview.of_item("event", "h", DOHA, "right")
    assert len(apply_item_reviews(_extraction([], [CAIRO]), [right]).events) == 2
    assert len(apply_item_reviews(_extraction([], [CAIRO, DOHA]), [right]).events) == 2


def test_items_of_one_sentence_told_apart_by_place() -> None:
    here = replace(DOHA, location="Paris")
    r = ItemReview.of_item("event", "h", DOHA, "wrong")
    out = apply_item_reviews(_extraction([], [DOHA, here]), [r]).events
    assert [e.location for e in out] == ["Paris"]
    assert r.id != ItemReview.of_item("event", "h", here, "wrong").id


def test_an_unknown_verdict_or_kind_is_refused() -> None:
    with pytest.raises(InputError, match="verdict 'maybe'"):
        replace(ItemReview.of_item("count", "h", FREED, "right"), verdict="maybe")
    with pytest.raises(InputError, match="item kind 'quote'"):
        replace(ItemReview.of_item("count", "h", FREED, "right"), kind="quote")


def test_a_store_reviewed_before_keeps_its_claim_reviews(tmp_path: Path) -> None:
    # a store written by the claims-only code path: documents, an extraction and a reviews
    # table, no item_reviews table
    path = tmp_path / "s.duckdb"
    claim = Claim("hamas", None, "hostages", "offer", None, _span("Hamas freed 3 hostages."))
    with DocumentStore(path) as store:
        store.add(Document(name="a.txt", text=TEXT))
        h = store.get("a.txt").hash
        ReviewStore(store).save(Review.of_claim(h, claim, "wrong", note="a release"))
    con = duckdb.connect(str(path))
    tables = {
        r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    }
    con.close()
    assert "reviews" in tables and "item_reviews" not in tables
    # read only, the store reads as having no item reviews and is not written
    with DocumentStore(path, read_only=True) as store:
        assert ItemReviewStore(store, read_only=True).all() == []
        assert [r.note for r in ReviewStore(store, read_only=True).all()] == ["a release"]
    # opened for writing, the item reviews' table is added beside the claims' untouched one
    with DocumentStore(path) as store:
        ItemReviewStore(store).save(ItemReview.of_item("count", h, FREED, "right"))
        assert [(r.verdict, r.note) for r in ReviewStore(store).all()] == [("wrong", "a release")]
        assert [r.kind for r in ItemReviewStore(store).all()] == ["count"]
