"""Batched writes to the document store behave like one-at-a-time writes."""

from __future__ import annotations

from pathlib import Path

from accord.evidence.extract import extract_document
from accord.evidence.types import Document
from accord.store.documents import DocumentStore


def test_add_many_stores_each_text_once(tmp_path: Path) -> None:
    with DocumentStore(tmp_path / "s.duckdb") as store:
        assert store.add(Document(name="a.txt", text="Hamas said."))
        flags = store.add_many(
            [
                Document(name="b.txt", text="Israel said."),
                Document(name="a-copy.txt", text="Hamas said."),
                Document(name="b-copy.txt", text="Israel said."),
                Document(name="c.txt", text="Qatar said.", published="2024-01-02"),
            ]
        )
        assert flags == [True, False, False, True]
        assert store.count() == 3
        assert store.get("c.txt").published == "2024-01-02"
        assert store.add_many([]) == []


def test_save_extractions_keeps_the_last_of_a_hash(tmp_path: Path) -> None:
    doc = Document(name="a.txt", text="Hamas said it rejects the plan.")
    ex = extract_document(doc)
    with DocumentStore(tmp_path / "s.duckdb") as store:
        store.add(doc)
        store.save_extractions("v", [(doc.hash, ex), (doc.hash, ex)])
        assert store.extraction(doc.hash, "v") == ex
        assert store.missing_extractions("v") == []
