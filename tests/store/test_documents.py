"""The document store: each text once, ingest is idempotent, bad files are skipped."""

from __future__ import annotations

import json
from pathlib import Path

from accord.services.ingest import ingest
from accord.store.documents import DocumentStore


def _corpus(tmp: Path) -> Path:
    folder = tmp / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Hamas said on Wednesday it rejects the plan.", encoding="utf-8")
    (folder / "b.html").write_text(
        "<html><head><title>Talks in Cairo</title></head><body><article><p>"
        + "Israeli negotiators arrived in Cairo on Monday for another round of talks. " * 5
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    (folder / "c.jsonl").write_text(
        json.dumps(
            {
                "id": "wire-1",
                "outlet": "Wire",
                "published": "2024-04-03",
                "text": "Qatar said talks stalled.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    return folder


def test_ingest_twice_stores_each_document_once(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    with DocumentStore(tmp_path / "s.duckdb") as store:
        first = ingest(store, [folder])
        second = ingest(store, [folder])
        assert sorted(first.added) == ["a.txt", "b.html", "wire-1"]
        assert second.added == [] and sorted(second.duplicates) == sorted(first.added)
        assert store.count() == 3
        assert store.get("wire-1").published == "2024-04-03"
        assert "Cairo" in store.get("b.html").text


def test_corrupt_files_are_reported_and_the_rest_goes_in(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    (folder / "latin1.txt").write_bytes("caf\xe9 talks".encode("latin-1"))
    (folder / "empty.txt").write_text("   ")
    (folder / "bad.jsonl").write_text('{"text": "fine"}\nnot json\n', encoding="utf-8")
    with DocumentStore(tmp_path / "s.duckdb") as store:
        report = ingest(store, [folder])
    failed = {Path(p).name: r for p, r in report.failed}
    assert set(failed) == {"binary.txt", "latin1.txt", "empty.txt", "bad.jsonl"}
    assert "UTF-8" in failed["latin1.txt"] and "binary" in failed["binary.txt"]
    assert "bad.jsonl:2" in failed["bad.jsonl"]
    assert "bad.jsonl:1" in report.added and "a.txt" in report.added


def test_interrupted_ingest_resumes(tmp_path: Path) -> None:
    folder = _corpus(tmp_path)
    with DocumentStore(tmp_path / "s.duckdb") as store:
        ingest(store, [folder / "a.txt"])  # as if stopped after the first document
    with DocumentStore(tmp_path / "s.duckdb") as store:
        report = ingest(store, [folder])
        assert report.duplicates == ["a.txt"] and store.count() == 3


def test_extractions_saved_in_one_batch_read_back(tmp_path) -> None:
    from accord.evidence.types import Document, Extraction, PublicationDate
    from accord.store.documents import DocumentStore, content_hash

    with DocumentStore(tmp_path / "b.duckdb") as store:
        docs = [Document(name=f"{k}.txt", text=f"Hamas said {k}.") for k in range(3)]
        for d in docs:
            store.add(d)
        items = [
            (content_hash(d.text), Extraction(d.name, PublicationDate(None, None, None, "")))
            for d in docs
        ]
        store.save_extractions("v", items)
        assert store.missing_extractions("v") == []
        assert store.extraction(items[1][0], "v").doc == "1.txt"


def test_a_store_with_no_documents_yet_reads_as_empty_read_only(tmp_path: Path) -> None:
    """A store holding only forecast runs (no ingest yet): `accord validate` reads source
    dates from it read-only; that must see no documents, not report the store as damaged."""
    import duckdb

    path = tmp_path / "runs-only.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE runs (id VARCHAR)")
    con.close()
    with DocumentStore(path, read_only=True) as store:
        assert list(store.documents()) == []
        assert list(store.documents(["a.txt"])) == []
    con = duckdb.connect(str(path), read_only=True)
    tables = {
        r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    }
    con.close()
    assert tables == {"runs"}  # nothing was written
