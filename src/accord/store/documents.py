"""Documents and their extractions in the embedded DuckDB store.

A document is stored once, keyed by the SHA-256 of its text: ingesting the
same text again (under any name) is a no-op, and so is a near-identical copy
(the same words once whitespace, quote and dash styles and case are
normalised, :func:`normalized_hash`). Names are unique: a new text arriving
under a name already taken is stored as ``name~2`` (``~3``...), and the caller
is told. Each insert (or batch, with
:meth:`DocumentStore.add_many`) is its own transaction, so an interrupted ingest
keeps what it committed and a rerun resumes. Batches go in as one statement over
column lists (``unnest``), as do extractions: DuckDB's per-row ``executemany``
and per-statement commits cost milliseconds a row. Extractions are stored per document hash and extractor version as
JSON, so a newer extractor re-extracts instead of reading stale results.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from accord.errors import NotFoundError, StoreError
from accord.model.extraction import Document, Extraction
from accord.store.db import connect, default_db_path, guarded
from accord.validators import check_date, check_text

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
_SAVE = (
    "INSERT {} INTO extractions (hash, version, data) "
    "SELECT unnest(?::VARCHAR[]), ?, unnest(?::VARCHAR[])"
)
_MIGRATE = "ALTER TABLE documents ADD COLUMN IF NOT EXISTS norm VARCHAR"

# typographic variants that differ between copies of one article (a wire story
# re-published as HTML and as text): curly quotes, primes, dashes, odd spaces
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00ad": None,
        "\u200b": None,
        "\ufeff": None,
    }
)


def content_hash(text: str) -> str:
    """SHA-256 of the UTF-8 text: the identity of a document in the store.

    >>> content_hash("a")[:8]
    'ca978112'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# the same mapping as one pattern: ``str.translate`` looks up every character of a text that is
# not all ASCII in the table (a 4 kB article: 0.25 ms); the variants are a few per article
_FOLDED = re.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD) + "]")


def _fold(m: re.Match[str]) -> str:
    return _FOLD[ord(m.group())] or ""


def normalized_hash(text: str) -> str:
    r"""SHA-256 of the text with Unicode (NFKC), quotes, dashes, case and whitespace normalised.

    >>> normalized_hash("\u201cNo deal,\u201d  he said.") == normalized_hash('"no deal," He said.\n')
    True
    """
    folded = _FOLDED.sub(_fold, unicodedata.normalize("NFKC", text)).casefold()
    return hashlib.sha256(" ".join(folded.split()).encode("utf-8")).hexdigest()


class DocumentStore:
    """Documents and extractions in one DuckDB file (the default store unless ``path``).

    >>> import tempfile, os
    >>> store = DocumentStore(os.path.join(tempfile.mkdtemp(), "s.duckdb"))
    >>> store.add(Document(name="a.txt", text="The union said."))
    True
    >>> store.add(Document(name="copy.txt", text="The union said."))
    False
    """

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        self.path = Path(path) if path is not None else default_db_path()
        self.con = connect(self.path, read_only=read_only)
        if not read_only:
            self._prepare()
        else:
            self._empty_if_missing()

    @guarded
    def _empty_if_missing(self) -> None:
        """Read-only on a store that holds no documents yet (only forecast runs, say): read it
        as empty. The tables are made as temporary ones, in memory, so nothing is written."""
        found = self.con.execute(
            "SELECT count(*) FROM information_schema.tables "
            "WHERE table_schema = 'main' AND table_name = 'documents'"
        ).fetchone()
        if found and found[0]:
            return
        for stmt in _SCHEMA:
            self.con.execute(stmt.replace("CREATE TABLE", "CREATE TEMP TABLE", 1))
        self.con.execute(_MIGRATE)

    @guarded
    def _prepare(self) -> None:
        for stmt in _SCHEMA:
            self.con.execute(stmt)
        self.con.execute(_MIGRATE)
        # stores written before near-duplicate detection: fill in the normalised hashes once
        rows = self.con.execute("SELECT hash, text FROM documents WHERE norm IS NULL").fetchall()
        if rows:
            self.con.execute(
                "UPDATE documents SET norm = m.norm FROM (SELECT unnest(?::VARCHAR[]) AS hash, "
                "unnest(?::VARCHAR[]) AS norm) m WHERE documents.hash = m.hash",
                [[h for h, _ in rows], [normalized_hash(t) for _, t in rows]],
            )

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> DocumentStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # documents ---------------------------------------------------------------
    def add(self, doc: Document) -> bool:
        """Store ``doc`` unless its text (or a near-identical one) is stored; True when it was new."""
        return self.add_many([doc])[0]

    @guarded
    def add_many(self, docs: list[Document]) -> list[bool]:
        """Store the documents whose text is not stored yet, in one transaction; True per new one.

        A text repeated within ``docs``, exactly or near-identically, is stored once (the first
        name wins). A new text whose name is taken is renamed ``name~2`` (``doc.name`` changes).
        """
        for doc in docs:  # the same rules as every other way in (accord.validators)
            check_text(doc.text, f"document {doc.name[:80]!r}")
            if doc.published is not None:
                check_date(doc.published, f"document {doc.name[:80]!r}: published")
            doc.hash = doc.hash or content_hash(doc.text)
        if not docs:
            return []
        norms = [normalized_hash(d.text) for d in docs]
        try:
            rows = self.con.execute(
                "SELECT hash, norm, name FROM documents WHERE hash IN (SELECT unnest(?::VARCHAR[])) "
                "OR norm IN (SELECT unnest(?::VARCHAR[])) OR name IN (SELECT unnest(?::VARCHAR[]))",
                [[d.hash for d in docs], norms, [d.name for d in docs]],
            ).fetchall()
            seen = {r[0] for r in rows} | {r[1] for r in rows if r[1]}
            names = {r[2] for r in rows}
            new: list[tuple[Document, str]] = []
            flags = []
            for doc, norm in zip(docs, norms, strict=True):
                fresh = doc.hash not in seen and norm not in seen
                flags.append(fresh)
                if fresh:
                    seen.update((doc.hash, norm))
                    doc.name = _free_name(doc.name, names, self.con)
                    names.add(doc.name)
                    new.append((doc, norm))
            if new:
                cols = [[getattr(d, c.strip()) for d, _ in new] for c in _COLUMNS.split(",")]
                cols.append([n for _, n in new])
                self.con.execute(
                    f"INSERT INTO documents ({_COLUMNS}, norm) SELECT "
                    + ", ".join("unnest(?::VARCHAR[])" for _ in cols),
                    cols,
                )
        except duckdb.Error as exc:
            raise StoreError(
                f"cannot store {len(docs)} documents in {self.path}: "
                f"{str(exc).splitlines()[0][:200]}"
            ) from exc
        return flags

    @guarded
    def documents(self, names: list[str] | None = None) -> Iterator[Document]:
        """All stored documents (or those named), in ingest order."""
        sql = f"SELECT {_COLUMNS} FROM documents"
        params: list[Any] = []
        if names:
            sql += " WHERE name IN (" + ", ".join("?" for _ in names) + ")"
            params = list(names)
        for row in self.con.execute(sql + " ORDER BY ingested_at, name", params).fetchall():
            yield _document(row)

    @guarded
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

    @guarded
    def count(self) -> int:
        row = self.con.execute("SELECT count(*) FROM documents").fetchone()
        return int(row[0]) if row else 0

    # extractions -------------------------------------------------------------
    @guarded
    def save_extraction(self, doc_hash: str, version: str, extraction: Extraction) -> None:
        data = json.dumps(extraction.to_dict(), ensure_ascii=False)
        try:
            self.con.execute(
                "INSERT OR REPLACE INTO extractions (hash, version, data) VALUES (?, ?, ?)",
                [doc_hash, version, data],
            )
        except duckdb.Error as exc:
            raise StoreError(f"cannot store the extraction of {extraction.doc!r}: {exc}") from exc

    @guarded
    def save_extractions(self, version: str, items: list[tuple[str, Extraction]]) -> None:
        """Store many (document hash, extraction) pairs in one transaction (one round trip)."""
        latest = {h: json.dumps(ex.to_dict(), ensure_ascii=False) for h, ex in items}
        if not latest:
            return
        params = [list(latest), version, list(latest.values())]
        # a plain INSERT when none is stored yet (the usual case: ingest extracts what is
        # missing): INSERT OR REPLACE looks each key up to replace it, twice the time
        stored = self.con.execute(
            "SELECT count(*) FROM extractions WHERE version = ? "
            "AND hash IN (SELECT unnest(?::VARCHAR[]))",
            [version, params[0]],
        ).fetchone()
        try:
            try:
                self.con.execute(_SAVE.format("OR REPLACE" if stored and stored[0] else ""), params)
            except duckdb.ConstraintException:  # stored meanwhile by another connection
                self.con.execute(_SAVE.format("OR REPLACE"), params)
        except duckdb.Error as exc:
            raise StoreError(f"cannot store {len(latest)} extractions: {exc}") from exc

    @guarded
    def extraction(self, doc_hash: str, version: str) -> Extraction | None:
        row = self.con.execute(
            "SELECT data FROM extractions WHERE hash = ? AND version = ?", [doc_hash, version]
        ).fetchone()
        return Extraction.from_dict(json.loads(row[0])) if row else None

    @guarded
    def missing_extractions(self, version: str) -> list[Document]:
        """Documents with no extraction by this extractor version yet."""
        rows = self.con.execute(
            f"SELECT {', '.join('d.' + c.strip() for c in _COLUMNS.split(','))} FROM documents d "
            "LEFT JOIN extractions e ON d.hash = e.hash AND e.version = ? "
            "WHERE e.hash IS NULL ORDER BY d.ingested_at, d.name",
            [version],
        ).fetchall()
        return [_document(r) for r in rows]


def _free_name(name: str, taken: set[str], con: duckdb.DuckDBPyConnection) -> str:
    """``name``, or ``name~2``, ``name~3``... whichever is used neither in ``taken`` nor stored."""
    if name not in taken:
        return name
    k = 2
    while True:
        candidate = f"{name}~{k}"
        if (
            candidate not in taken
            and not con.execute("SELECT 1 FROM documents WHERE name = ?", [candidate]).fetchone()
        ):
            return candidate
        k += 1


def _document(row: tuple[Any, ...]) -> Document:
    h, name, source, url, title, outlet, published, text = row
    return Document(
        name=name,
        text=text,
        source=source or "",
        url=url,
        title=title,
        outlet=outlet,
        published=published,
        hash=h,
    )
