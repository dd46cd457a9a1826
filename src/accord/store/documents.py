"""Documents and their extractions in the embedded DuckDB store.

A document is stored once, keyed by the SHA-256 of its text: ingesting the
same text again (under any name) is a no-op. Each insert (or batch, with
:meth:`DocumentStore.add_many`) is its own transaction, so an interrupted ingest
keeps what it committed and a rerun resumes. Batches go in as one statement over
column lists (``unnest``), as do extractions: DuckDB's per-row ``executemany``
and per-statement commits cost milliseconds a row. Extractions are stored per document hash and extractor version as
JSON, so a newer extractor re-extracts instead of reading stale results.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from accord.errors import NotFoundError, StoreError
from accord.evidence.types import Document, Extraction
from accord.store.db import connect

_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS documents (
        hash VARCHAR PRIMARY KEY,
        name VARCHAR NOT NULL,
        source VARCHAR,
        url VARCHAR,
        title VARCHAR,
        outlet VARCHAR,
        published VARCHAR,
        text VARCHAR NOT NULL,
        ingested_at TIMESTAMP DEFAULT current_timestamp
    )""",
    """CREATE TABLE IF NOT EXISTS extractions (
        hash VARCHAR NOT NULL,
        version VARCHAR NOT NULL,
        data VARCHAR NOT NULL,
        created_at TIMESTAMP DEFAULT current_timestamp,
        PRIMARY KEY (hash, version)
    )""",
]

_COLUMNS = "hash, name, source, url, title, outlet, published, text"


def content_hash(text: str) -> str:
    """SHA-256 of the UTF-8 text: the identity of a document in the store.

    >>> content_hash("a")[:8]
    'ca978112'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class DocumentStore:
    """Documents and extractions in one DuckDB file (the default store unless ``path``).

    >>> import tempfile, os
    >>> store = DocumentStore(os.path.join(tempfile.mkdtemp(), "s.duckdb"))
    >>> store.add(Document(name="a.txt", text="Hamas said."))
    True
    >>> store.add(Document(name="copy.txt", text="Hamas said."))
    False
    """

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        self.con = connect(path, read_only=read_only)
        if not read_only:
            try:
                for stmt in _SCHEMA:
                    self.con.execute(stmt)
            except duckdb.Error as exc:
                raise StoreError(f"cannot create the document tables: {exc}") from exc

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> DocumentStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # documents ---------------------------------------------------------------
    def add(self, doc: Document) -> bool:
        """Store ``doc`` unless its text is already stored; True when it was new."""
        doc.hash = doc.hash or content_hash(doc.text)
        try:
            found = self.con.execute("SELECT 1 FROM documents WHERE hash = ?", [doc.hash]).fetchone()
            if found:
                return False
            self.con.execute(
                f"INSERT INTO documents ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [doc.hash, doc.name, doc.source, doc.url, doc.title, doc.outlet, doc.published,
                 doc.text],
            )
        except duckdb.Error as exc:
            raise StoreError(f"cannot store document {doc.name!r}: {exc}") from exc
        return True

    def add_many(self, docs: list[Document]) -> list[bool]:
        """Store the documents whose text is not stored yet, in one transaction; True per new one.

        A text repeated within ``docs`` is stored once (the first name wins).
        """
        for doc in docs:
            doc.hash = doc.hash or content_hash(doc.text)
        if not docs:
            return []
        try:
            rows = self.con.execute("SELECT hash FROM documents WHERE hash IN "
                                    "(SELECT unnest(?::VARCHAR[]))",
                                    [[d.hash for d in docs]]).fetchall()
            seen = {r[0] for r in rows}
            new: list[Document] = []
            flags = []
            for doc in docs:
                flags.append(doc.hash not in seen)
                if doc.hash not in seen:
                    seen.add(doc.hash)
                    new.append(doc)
            if new:
                cols = [[getattr(d, c.strip()) for d in new] for c in _COLUMNS.split(",")]
                self.con.execute(
                    f"INSERT INTO documents ({_COLUMNS}) SELECT " + ", ".join(
                        "unnest(?::VARCHAR[])" for _ in cols), cols)
        except duckdb.Error as exc:
            raise StoreError(f"cannot store {len(docs)} documents: {exc}") from exc
        return flags

    def documents(self, names: list[str] | None = None) -> Iterator[Document]:
        """All stored documents (or those named), in ingest order."""
        sql = f"SELECT {_COLUMNS} FROM documents"
        params: list[Any] = []
        if names:
            sql += " WHERE name IN (" + ", ".join("?" for _ in names) + ")"
            params = list(names)
        for row in self.con.execute(sql + " ORDER BY ingested_at, name", params).fetchall():
            yield _document(row)

    def get(self, name: str) -> Document:
        """The document called ``name`` (file name or JSON Lines id)."""
        row = self.con.execute(
            f"SELECT {_COLUMNS} FROM documents WHERE name = ? LIMIT 1", [name]
        ).fetchone()
        if row is None:
            raise NotFoundError(
                f"no document named {name!r} in the store; ingest it with `accord ingest PATH`"
            )
        return _document(row)

    def count(self) -> int:
        row = self.con.execute("SELECT count(*) FROM documents").fetchone()
        return int(row[0]) if row else 0

    # extractions -------------------------------------------------------------
    def save_extraction(self, doc_hash: str, version: str, extraction: Extraction) -> None:
        data = json.dumps(extraction.to_dict(), ensure_ascii=False)
        try:
            self.con.execute(
                "INSERT OR REPLACE INTO extractions (hash, version, data) VALUES (?, ?, ?)",
                [doc_hash, version, data],
            )
        except duckdb.Error as exc:
            raise StoreError(f"cannot store the extraction of {extraction.doc!r}: {exc}") from exc

    def save_extractions(self, version: str, items: list[tuple[str, Extraction]]) -> None:
        """Store many (document hash, extraction) pairs in one transaction (one round trip)."""
        latest = {h: json.dumps(ex.to_dict(), ensure_ascii=False) for h, ex in items}
        if not latest:
            return
        try:
            self.con.execute(
                "INSERT OR REPLACE INTO extractions (hash, version, data) "
                "SELECT unnest(?::VARCHAR[]), ?, unnest(?::VARCHAR[])",
                [list(latest), version, list(latest.values())])
        except duckdb.Error as exc:
            raise StoreError(f"cannot store {len(latest)} extractions: {exc}") from exc

    def extraction(self, doc_hash: str, version: str) -> Extraction | None:
        row = self.con.execute(
            "SELECT data FROM extractions WHERE hash = ? AND version = ?", [doc_hash, version]
        ).fetchone()
        return Extraction.from_dict(json.loads(row[0])) if row else None

    def missing_extractions(self, version: str) -> list[Document]:
        """Documents with no extraction by this extractor version yet."""
        rows = self.con.execute(
            f"SELECT {', '.join('d.' + c.strip() for c in _COLUMNS.split(','))} FROM documents d "
            "LEFT JOIN extractions e ON d.hash = e.hash AND e.version = ? "
            "WHERE e.hash IS NULL ORDER BY d.ingested_at, d.name",
            [version],
        ).fetchall()
        return [_document(r) for r in rows]


def _document(row: tuple[Any, ...]) -> Document:
    h, name, source, url, title, outlet, published, text = row
    return Document(name=name, text=text, source=source or "", url=url, title=title,
                    outlet=outlet, published=published, hash=h)
