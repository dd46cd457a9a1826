"""Ingest, extraction and storage of documents: what the CLI and the web call.

Files are read by :mod:`accord.evidence.ingest` (a reader per format),
extracted by :mod:`accord.evidence.pipeline` (on a backend of
:mod:`accord.execution`) and kept in the document store; this module joins
the three. Documents are committed in small batches: an interrupted ingest
keeps what it stored and a rerun picks up the rest.

>>> import tempfile
>>> from pathlib import Path
>>> from accord.store.documents import DocumentStore
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("The mediators said talks would resume on Monday.")
>>> with DocumentStore(folder / "store.duckdb") as store:
...     ingest(store, [folder]).added
['a.txt']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from accord.errors import EvidenceError
from accord.evidence.extract import EXTRACTOR_VERSION
from accord.evidence.ingest import IngestReport, read_file, scan, sections
from accord.evidence.pipeline import run_extraction
from accord.model.extraction import Document, Extraction
from accord.store.documents import DocumentStore, content_hash


def ingest(
    store: DocumentStore,
    paths: Iterable[str | Path],
    progress: Callable[[int, int], None] | None = None,
    batch: int = 64,
) -> IngestReport:
    """Store every readable document under ``paths``; report what was added, skipped and why.

    Documents are committed ``batch`` at a time (one transaction each): an interrupted ingest
    keeps every batch it committed, and a rerun skips what is stored (by exact and by
    normalised content hash), so nothing is lost or stored twice.
    """
    report = IngestReport()
    files, report.skipped = scan(paths)
    pending: list[Document] = []

    def flush() -> None:
        asked = [d.name for d in pending]
        for item, name, new in zip(pending, asked, store.add_many(pending), strict=True):
            (report.added if new else report.duplicates).append(item.name)
            if new and item.name != name:
                report.renamed.append((name, item.name))
        pending.clear()

    for k, path in enumerate(files, start=1):
        for item in read_file(path, report.warnings):
            if isinstance(item, EvidenceError):
                report.failed.append((str(path), str(item)))
                continue
            for part in sections(item):
                pending.append(part)
                if len(pending) >= batch:
                    flush()
        if progress:
            progress(k, len(files))
    flush()
    for old, new in report.renamed:
        report.warnings.append(f"the name {old!r} is taken by another text; stored as {new!r}")
    return report


def extract_pending(
    store: DocumentStore,
    workers: int = 1,
    backend: str = "local",
    on_done: Callable[[int], None] | None = None,
    batch: int = 256,
    address: str | None = None,
) -> int:
    """Extract every stored document that has no extraction by this version; returns how many."""
    todo = store.missing_extractions(EXTRACTOR_VERSION)
    for i in range(0, len(todo), batch):
        part = todo[i : i + batch]
        done = run_extraction(part, workers, backend, on_done, address)
        store.save_extractions(
            EXTRACTOR_VERSION,
            [(doc.hash or content_hash(doc.text), ex) for doc, ex in zip(part, done, strict=True)],
        )
    return len(todo)


def stored_extractions(
    store: DocumentStore, workers: int = 1, backend: str = "local", address: str | None = None
) -> list[Extraction]:
    """Extractions of every stored document, extracting those not done yet."""
    extract_pending(store, workers, backend, address=address)
    out = []
    for doc in store.documents():
        ex = store.extraction(doc.hash, EXTRACTOR_VERSION)
        if ex is not None:
            out.append(ex)
    return out


def evaluate(
    gold_dir: str | Path, docs_path: str | Path | None = None, **options: Any
) -> dict[str, Any]:
    """:func:`accord.evidence.scoring.evaluate`, reading the gold documents from the store
    when no ``docs_path`` is given."""
    from accord.evidence.scoring import evaluate as score_gold

    def stored(names: list[str]) -> list[Document]:
        with DocumentStore() as store:
            return list(store.documents(names))

    return score_gold(gold_dir, docs_path, stored=stored, **options)


def add_document(
    db_path: str | Path | None,
    document: Document,
    extract: Callable[[list[Document]], list[Extraction]] | None = None,
) -> dict[str, Any]:
    """Store ``document`` (once, by content) and extract what is pending; returns what it found.

    ``extract`` runs the extraction of a list of documents (the workbench passes one
    that runs it in a worker process); the store is only written here.
    """
    with DocumentStore(db_path) as store:
        added = store.add(document)
        todo = store.missing_extractions(EXTRACTOR_VERSION)
    if todo:
        done = (extract or run_extraction)(todo)
        with DocumentStore(db_path) as store:
            store.save_extractions(
                EXTRACTOR_VERSION,
                [(d.hash or content_hash(d.text), ex) for d, ex in zip(todo, done, strict=True)],
            )
    with DocumentStore(db_path) as store:
        stored = store.get(document.name) if added else None
        ex = store.extraction(stored.hash, EXTRACTOR_VERSION) if stored else None
    return {
        "name": document.name,
        "added": added,
        "claims": len(ex.claims) if ex else None,
        "counts": len(ex.counts) if ex else None,
        "events": len(ex.events) if ex else None,
    }
