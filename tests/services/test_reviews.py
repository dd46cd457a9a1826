"""Reviewing claims through the service: ids, verdicts, corrections, added claims checked
against the document and the vocabulary, and the export as gold, on a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.errors import EvidenceError, InputError, NotFoundError
from accord.evidence.extract import EXTRACTOR_VERSION
from accord.model.extraction import Claim, Document, Extraction, PublicationDate, Span
from accord.services.review_gold import export_gold
from accord.services.reviews import (
    add_claim,
    annotate_claims,
    claim_rows,
    correct,
    forget,
    mark,
    reviewed_extractions,
    shown_id,
)
from accord.store.documents import DocumentStore
from accord.store.reviews import ReviewStore, claim_key, review_id

TEXT = (
    "A Hamas spokesman said the group demands a permanent ceasefire. "
    "Qatar said it would guarantee any agreement. "
    "An Egyptian official said more aid must enter every day."
)


def _span(words: str) -> Span:
    start = TEXT.index(words)
    return Span("talks.txt", start, start + len(words), words)


DEMAND = Claim("hamas", "a Hamas spokesman", "ceasefire", "demand", "permanent", _span(TEXT[:63]))
GUARANTEE = Claim(
    "qatar",
    "Qatar",
    "ceasefire",
    "offer",
    None,
    _span("Qatar said it would guarantee any agreement."),
)


@pytest.fixture
def store(tmp_path: Path):
    # the extraction is stored as the current extractor's, so nothing is re-extracted: the
    # test reads exactly these two claims
    with DocumentStore(tmp_path / "s.duckdb") as s:
        s.add(Document(name="talks.txt", text=TEXT))
        ex = Extraction(
            "talks.txt", PublicationDate(None, None, None, "none"), claims=[DEMAND, GUARANTEE]
        )
        s.save_extraction(s.get("talks.txt").hash, EXTRACTOR_VERSION, ex)
        yield s


def _ids(store: DocumentStore) -> dict[tuple[str, str], str]:
    return {(r["actor"], r["issue"]): r["id"] for r in claim_rows(store)}


def test_every_claim_is_listed_with_a_short_stable_id(store: DocumentStore) -> None:
    rows = claim_rows(store, "talks.txt")
    assert [(r["actor"], r["review"]) for r in rows] == [("hamas", None), ("qatar", None)]
    assert all(len(r["id"]) == 8 for r in rows)
    assert [r["id"] for r in claim_rows(store)] == [r["id"] for r in rows]
    with pytest.raises(NotFoundError, match="no document named 'other.txt'"):
        claim_rows(store, "other.txt")


def test_mark_correct_and_add_give_the_reviewed_view(store: DocumentStore) -> None:
    ids = _ids(store)
    mark(store, ids["hamas", "ceasefire"][:5], "right")  # a prefix names the claim
    review = correct(store, ids["qatar", "ceasefire"], issue="security_guarantees", note="a pledge")
    assert review.verdict == "corrected" and review.id == ids["qatar", "ceasefire"]
    added = add_claim(
        store,
        "talks.txt",
        "more aid must enter every day",
        "egypt",
        "humanitarian_aid",
        "demand",
        speaker="An Egyptian official",
    )
    assert TEXT[added.span_start : added.span_end] == "more aid must enter every day"
    [ex] = reviewed_extractions(store)
    assert [(c.actor, c.issue, c.stance) for c in ex.claims] == [
        ("hamas", "ceasefire", "demand"),
        ("qatar", "security_guarantees", "offer"),
        ("egypt", "humanitarian_aid", "demand"),
    ]
    rows = {r["id"]: r for r in claim_rows(store)}
    assert rows[review.id]["was"]["issue"] == "ceasefire"
    assert rows[added.id]["review"] == "added" and rows[added.id]["extracted"] is False


def test_a_correction_undone_is_right_and_wrong_takes_an_added_claim_out(
    store: DocumentStore,
) -> None:
    qid = _ids(store)["qatar", "ceasefire"]
    correct(store, qid, stance="accept")
    assert correct(store, qid, stance="offer").verdict == "right"
    added = add_claim(
        store, "talks.txt", "guarantee any agreement", "qatar", "security_guarantees", "offer"
    )
    assert mark(store, added.id, "wrong") is None
    assert [r.id for r in ReviewStore(store).all()] == [qid]


def test_an_empty_value_clears_it(store: DocumentStore) -> None:
    hid = _ids(store)["hamas", "ceasefire"]
    assert correct(store, hid, value="").new_value is None
    assert correct(store, hid, speaker="").new_speaker is None


def test_bad_input_is_refused_by_name_and_loses_nothing(store: DocumentStore) -> None:
    qid = _ids(store)["qatar", "ceasefire"]
    mark(store, qid, "wrong", note="kept")
    with pytest.raises(InputError, match="--actor 'qatarr' is not an actor id"):
        correct(store, qid, actor="qatarr")
    with pytest.raises(InputError, match="--issue 'truce' is not an issue id"):
        add_claim(store, "talks.txt", "more aid", "egypt", "truce", "demand")
    with pytest.raises(EvidenceError, match="not in document 'talks.txt'"):
        add_claim(store, "talks.txt", "no such words", "egypt", "humanitarian_aid", "demand")
    with pytest.raises(NotFoundError, match="no document named 'x.txt'"):
        add_claim(store, "x.txt", "more aid", "egypt", "humanitarian_aid", "demand")
    with pytest.raises(NotFoundError, match="no claim with id 'abcdef12'"):
        mark(store, "abcdef12", "right")
    with pytest.raises(InputError, match="nothing to set"):
        correct(store, qid)
    with pytest.raises(InputError, match="a note alone does not review it"):
        correct(store, _ids(store)["hamas", "ceasefire"], note="why")
    assert correct(store, qid, note="still wrong").verdict == "wrong"
    with pytest.raises(InputError, match="give the id"):
        mark(store, "zz", "right")
    with pytest.raises(InputError, match="reads this claim already"):
        add_claim(store, "talks.txt", TEXT[:63], "hamas", "ceasefire", "demand")
    [kept] = ReviewStore(store).all()
    assert (kept.id, kept.verdict, kept.note) == (qid, "wrong", "still wrong")


def test_claims_table_rows_get_their_id_and_review(store: DocumentStore) -> None:
    from accord.evidence.tables import claim_rows as table_rows

    ids = _ids(store)
    correct(store, ids["qatar", "ceasefire"], actor="egypt")
    extracted = store.extraction(store.get("talks.txt").hash, EXTRACTOR_VERSION)
    assert extracted is not None
    plain = annotate_claims(store, table_rows([extracted]))
    assert [(r["id"], r["review"]) for r in plain] == [
        (ids["hamas", "ceasefire"], None),
        (ids["qatar", "ceasefire"], "corrected"),
    ]
    reviewed = annotate_claims(store, table_rows(reviewed_extractions(store)), reviewed=True)
    assert [(r["actor"], r["id"], r["review"]) for r in reviewed] == [
        ("hamas", ids["hamas", "ceasefire"], None),
        ("egypt", ids["qatar", "ceasefire"], "corrected"),
    ]


def test_export_writes_the_affirmed_claims_as_gold(store: DocumentStore, tmp_path: Path) -> None:
    assert export_gold(store, tmp_path / "gold") == []  # nothing reviewed: no file
    ids = _ids(store)
    mark(store, ids["hamas", "ceasefire"], "right")
    add_claim(
        store, "talks.txt", "more aid must enter every day", "egypt", "humanitarian_aid", "demand"
    )
    # a claim is still unreviewed: the document is skipped (it would count as a false positive)
    [skipped] = export_gold(store, tmp_path / "gold")
    assert (skipped["file"], skipped["claims"], skipped["unreviewed"]) == (None, 2, 1)
    assert not (tmp_path / "gold").exists()
    [written] = export_gold(store, tmp_path / "gold", partial=True)
    assert (written["claims"], written["unreviewed"]) == (2, 1)
    gold = json.loads(Path(written["file"]).read_text(encoding="utf-8"))
    assert gold["doc"] == "talks.txt" and gold["counts"] == [] and gold["events"] == []
    assert gold["annotated"] == ["claims"]  # counts, events and the date are not scored
    assert [(c["actor"], c["stance"], c["value"]) for c in gold["claims"]] == [
        ("hamas", "demand", "permanent"),
        ("egypt", "demand", None),
    ]
    assert all(c["evidence"] in TEXT for c in gold["claims"])
    (tmp_path / "file").write_text("x")
    with pytest.raises(InputError, match="a file is there"):
        export_gold(store, tmp_path / "file")


def test_drafts_and_the_workbench_read_the_reviewed_claims(store: DocumentStore) -> None:
    from accord.report.evidence_views import evidence_view
    from accord.services.drafts import items_from_store

    ids = _ids(store)
    mark(store, ids["qatar", "ceasefire"], "wrong")
    add_claim(
        store, "talks.txt", "more aid must enter every day", "egypt", "humanitarian_aid", "demand"
    )
    [item] = items_from_store(store)
    assert [c.actor for c in item.extraction.claims] == ["hamas", "egypt"]
    path = store.path
    store.close()
    view = evidence_view(path)
    assert [c["actor"] for c in view["claims"]] == ["hamas", "egypt"]


def test_stored_extractions_read_as_reviewed_only_when_asked(store: DocumentStore) -> None:
    from accord.services.ingest import stored_extractions

    mark(store, _ids(store)["qatar", "ceasefire"], "wrong")
    [raw] = stored_extractions(store)
    [reviewed] = stored_extractions(store, reviewed=True)
    assert [c.actor for c in raw.claims] == ["hamas", "qatar"]
    assert [c.actor for c in reviewed.claims] == ["hamas"]


def _colliding_claims(doc_hash: str) -> tuple[Claim, Claim]:
    """Two claims of TEXT whose ids share their first 8 hex digits (found by trying spans)."""
    seen: dict[str, Claim] = {}
    for start in range(len(TEXT)):
        for end in range(start + 1, len(TEXT) + 1):
            for actor in ("hamas", "qatar", "egypt"):
                for stance in ("demand", "offer", "reject"):
                    claim = Claim(actor, None, "ceasefire", stance, None, _span_at(start, end))
                    rid = review_id(doc_hash, start, end, actor, "ceasefire", stance)
                    if rid in seen:
                        return seen[rid], claim
                    seen[rid] = claim
    raise AssertionError("no two spans of TEXT share an id")  # pragma: no cover


def _span_at(start: int, end: int) -> Span:
    return Span("talks.txt", start, end, TEXT[start:end])


def test_two_claims_sharing_an_id_get_longer_ids_and_each_can_be_picked(
    store: DocumentStore,
) -> None:
    doc = store.get("talks.txt")
    first, second = _colliding_claims(doc.hash)
    ex = Extraction(
        "talks.txt",
        PublicationDate(None, None, None, "none"),
        claims=sorted([DEMAND, GUARANTEE, first, second], key=lambda c: c.evidence.start),
    )
    store.save_extraction(doc.hash, EXTRACTOR_VERSION, ex)
    rows = {(r["start"], r["end"], r["actor"], r["stance"]): r["id"] for r in claim_rows(store)}
    key = lambda c: (c.evidence.start, c.evidence.end, c.actor, c.stance)  # noqa: E731
    a, b = rows[key(first)], rows[key(second)]
    assert a != b and a[:8] == b[:8] and len(a) > 8 and len(b) > 8
    # the others keep the 8 digits they had
    assert rows[key(DEMAND)] == review_id(doc.hash, *claim_key(DEMAND))
    assert len(rows[key(GUARANTEE)]) == 8
    with pytest.raises(InputError, match="names 2 claims"):
        mark(store, a[:8], "wrong")
    review = mark(store, b, "wrong")
    assert review is not None and shown_id(store, review) == b
    states = {r["id"]: r["review"] for r in claim_rows(store)}
    assert states[a] is None and states[b] == "wrong"
    # the CLI's claims table (annotate_claims) shows the same ids
    rows_cli = annotate_claims(store, [dict(r) for r in claim_rows(store)])
    assert {r["id"] for r in rows_cli} == set(states)


def test_undo_makes_a_claim_unreviewed_and_takes_an_added_one_out(store: DocumentStore) -> None:
    rid = claim_rows(store)[0]["id"]
    mark(store, rid, "wrong")
    forget(store, rid)
    assert claim_rows(store)[0]["review"] is None
    with pytest.raises(InputError, match="no review to undo"):
        forget(store, rid)
    added = add_claim(
        store, "talks.txt", "more aid must enter", "egypt", "humanitarian_aid", "demand"
    )
    forget(store, shown_id(store, added))
    assert all(r["extracted"] for r in claim_rows(store))
    assert len(claim_rows(store, todo=True)) == 2
