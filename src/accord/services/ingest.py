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
from dataclasses import replace
from pathlib import Path
from typing import Any

from accord.errors import EvidenceError
from accord.evidence.extract import EXTRACTOR_VERSION
from accord.evidence.ingest import IngestReport, read_file, scan, sections
from accord.evidence.pipeline import run_extraction
from accord.evidence.reading import decode_references
from accord.model.extraction import Document, Extraction
from accord.store.documents import DocumentStore, content_hash
from accord.store.item_reviews import ItemReviewStore, apply_item_reviews
from accord.store.reviews import ReviewStore
from accord.validators import MAX_CHARS, DocumentTooLong, check_length


def ingest(
    store: DocumentStore,
    paths: Iterable[str | Path],
    progress: Callable[[int, int], None] | None = None,
    batch: int = 64,
    max_chars: int = MAX_CHARS,
) -> IngestReport:
    """Store every readable document under ``paths``; report what was added, skipped and why.

    Documents are committed ``batch`` at a time (one transaction each): an interrupted ingest
    keeps every batch it committed, and a rerun skips what is stored (by exact and by
    normalised content hash), so nothing is lost or stored twice. A document longer than
    ``max_chars`` (the extraction budget) is not stored but listed in ``too_long``; a rerun
    with a higher ``max_chars`` stores it (as sections) and recognises the rest as stored.
    """
    report = IngestReport(max_chars=max_chars)
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
        for item in read_file(path, report.warnings, max_chars):
            if isinstance(item, DocumentTooLong):  # a page whose markup alone is over budget
                report.too_long.append((item.name, item.chars, item.limit, str(item)))
                continue
            if isinstance(item, EvidenceError):
                report.failed.append((str(path), str(item)))
                continue
            chars = len(item.text)
            try:  # named by where it is (a file, or a JSON Lines line)
                check_length(item.source or item.name, chars, max_chars, _raise(chars))
            except DocumentTooLong as exc:
                report.too_long.append((item.name, chars, max_chars, str(exc)))
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


def _raise(chars: int) -> str:
    return f"raise it with --max-chars {chars}, or split the text"


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
    store: DocumentStore,
    workers: int = 1,
    backend: str = "local",
    address: str | None = None,
    reviewed: bool = False,
) -> list[Extraction]:
    """Extractions of every stored document, extracting those not done yet; ``reviewed``: with
    the readers' reviews of their claims, counts and events applied
    (:func:`accord.store.reviews.apply_reviews`, :func:`accord.store.item_reviews.apply_item_reviews`)."""
    return [ex for _doc, ex in stored_documents(store, workers, backend, address, reviewed)]


def stored_documents(
    store: DocumentStore,
    workers: int = 1,
    backend: str = "local",
    address: str | None = None,
    reviewed: bool = False,
) -> list[tuple[Any, Extraction]]:
    """Every stored document that has an extraction, with it (as :func:`stored_extractions`)."""
    extract_pending(store, workers, backend, address=address)
    out = []
    for doc in store.documents():
        ex = store.extraction(doc.hash, EXTRACTOR_VERSION)
        if ex is not None:
            out.append((doc, ex))
    if not reviewed:
        return out
    claims = ReviewStore(store).reviewed([(doc.hash, ex) for doc, ex in out])
    items = ItemReviewStore(store).by_document()
    return [
        (doc, apply_item_reviews(ex, items.get(doc.hash, [])))
        for (doc, _raw), ex in zip(out, claims, strict=True)
    ]


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
    max_chars: int = MAX_CHARS,
    change: str = "raise it with --max-chars N, or split the text",
) -> dict[str, Any]:
    """Store ``document`` (once, by content) and extract what is pending; returns what it found.

    A text longer than ``max_chars`` (the extraction budget) raises
    :class:`~accord.validators.DocumentTooLong` before anything is stored, its message
    ending with ``change`` (how to raise the budget where the text came from). A text
    longer than :data:`~accord.evidence.ingest.SECTION_CHARS` is stored as sections, as
    ``accord ingest`` does; the counts are summed over them. ``extract`` runs the
    extraction of a list of documents (the workbench passes one that runs it in a worker
    process); the store is only written here.
    """
    document = replace(document, text=decode_references(document.text))  # as files are read
    check_length(document.name, len(document.text), max_chars, change)
    parts = sections(document)
    with DocumentStore(db_path) as store:
        new = store.add_many(parts)
        todo = store.missing_extractions(EXTRACTOR_VERSION)
    if todo:
        done = (extract or run_extraction)(todo)
        with DocumentStore(db_path) as store:
            store.save_extractions(
                EXTRACTOR_VERSION,
                [(d.hash or content_hash(d.text), ex) for d, ex in zip(todo, done, strict=True)],
            )
    added = [p for p, fresh in zip(parts, new, strict=True) if fresh]
    with DocumentStore(db_path) as store:
        found = [store.extraction(p.hash or content_hash(p.text), EXTRACTOR_VERSION) for p in added]
    done_all = bool(added) and all(ex is not None for ex in found)
    extractions = [ex for ex in found if ex is not None]
    return {
        "name": parts[0].name if len(parts) == 1 else document.name,  # renamed if taken
        "added": bool(added),
        "sections": [p.name for p in added] if len(parts) > 1 else [],
        "claims": sum(len(ex.claims) for ex in extractions) if done_all else None,
        "counts": sum(len(ex.counts) for ex in extractions) if done_all else None,
        "events": sum(len(ex.events) for ex in extractions) if done_all else None,
    }
