"""Reviews of claims in the store: kept by the claim's words, not by the extractor version;
the reviewed view drops what is wrong, applies corrections and adds what was missed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from accord.errors import InputError
from accord.model.extraction import Claim, Document, Extraction, PublicationDate, Span
from accord.store.documents import DocumentStore
from accord.store.reviews import Review, ReviewStore, apply_reviews

TEXT = "The union asked for higher wages. The board offered a bonus."


def _claim(actor: str, issue: str, stance: str, start: int, end: int, value: str | None = None):
    return Claim(actor, None, issue, stance, value, Span("a.txt", start, end, TEXT[start:end]))


def _extraction(*claims: Claim) -> Extraction:
    return Extraction("a.txt", PublicationDate(None, None, None, "none"), claims=list(claims))


ASK = _claim("union", "wages", "demand", 0, 33)
OFFER = _claim("board", "bonus", "offer", 34, 60)


def test_a_review_survives_reopening_and_a_new_extractor_version(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with DocumentStore(path) as store:
        store.add(Document(name="a.txt", text=TEXT))
        doc_hash = store.get("a.txt").hash
        store.save_extraction(doc_hash, "v1", _extraction(ASK, OFFER))
        ReviewStore(store).save(Review.of_claim(doc_hash, OFFER, "wrong", note="no offer"))
    with DocumentStore(path) as store:
        # a newer extractor reads the same two claims (with another value): the review holds
        newer = _extraction(ASK, _claim("board", "bonus", "offer", 34, 60, value="5%"))
        store.save_extraction(doc_hash, "v2", newer)
        reviews = ReviewStore(store)
        [kept] = reviews.of_document(doc_hash)
        assert (kept.verdict, kept.note) == ("wrong", "no offer")
        assert kept.reviewed_at is not None
        ex = store.extraction(doc_hash, "v2")
        assert ex is not None
        assert [c.actor for c in reviews.reviewed([(doc_hash, ex)])[0].claims] == ["union"]


def test_review_of_the_same_claim_replaces_the_earlier(tmp_path: Path) -> None:
    with DocumentStore(tmp_path / "s.duckdb") as store:
        reviews = ReviewStore(store)
        reviews.save(Review.of_claim("h", ASK, "wrong"))
        reviews.save(Review.of_claim("h", ASK, "right"))
        assert [r.verdict for r in reviews.all()] == ["right"]


def test_reviewed_view_drops_corrects_and_adds() -> None:
    wrong = Review.of_claim("h", ASK, "wrong")
    corrected = replace(Review.of_claim("h", OFFER, "corrected"), new_actor="union", new_value="x")
    missed = replace(
        Review.of_claim("h", _claim("union", "hours", "demand", 0, 9), "added"),
        new_speaker="a steward",
    )
    out = apply_reviews(_extraction(ASK, OFFER), [wrong, corrected, missed]).claims
    assert [(c.actor, c.issue, c.stance, c.value, c.speaker) for c in out] == [
        ("union", "hours", "demand", None, "a steward"),
        ("union", "bonus", "offer", "x", None),
    ]
    assert out[0].evidence.quote == TEXT[0:9]


def test_an_affirmed_claim_stays_when_a_later_extractor_no_longer_reads_it() -> None:
    right = Review.of_claim("h", OFFER, "right")
    out = apply_reviews(_extraction(ASK), [right]).claims
    assert [c.actor for c in out] == ["union", "board"]
    # and is not added twice when the extractor reads it again
    assert len(apply_reviews(_extraction(ASK, OFFER), [right]).claims) == 2


def test_an_unknown_verdict_is_refused() -> None:
    with pytest.raises(InputError, match="verdict 'maybe'"):
        replace(Review.of_claim("h", ASK, "right"), verdict="maybe")


def test_read_only_store_without_reviews_reads_none(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    con = duckdb.connect(str(path))
    con.close()
    with DocumentStore(path, read_only=True) as store:
        assert ReviewStore(store, read_only=True).all() == []


def test_parallel_connections_of_one_process_open_a_store_without_reviews(tmp_path: Path) -> None:
    # the workbench answers the page's requests in parallel threads, each with its own
    # connection: the first ones on a store without the reviews table all create it
    import threading

    errors: list[Exception] = []

    def open_reviews(path: Path) -> None:
        try:
            with DocumentStore(path) as store:
                ReviewStore(store).all()
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    for k in range(15):
        path = tmp_path / f"s{k}.duckdb"
        with DocumentStore(path) as store:
            store.add(Document(name="a.txt", text="The union met the board."))
        threads = [threading.Thread(target=open_reviews, args=(path,)) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
