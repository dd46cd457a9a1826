"""Ingest into the store and extract, on one core or on a Ray cluster.

The per-document work is the same function either way
(:func:`accord.evidence.extract.extract_many` over a chunk), so results do
not depend on the backend. Documents are committed in small batches: an
interrupted ingest keeps what it stored and a rerun picks up the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from accord._optional import require
from accord.errors import InputError
from accord.evidence.extract import EXTRACTOR_VERSION, extract_many
from accord.evidence.ingest import IngestReport, ingest_into
from accord.evidence.types import Document, Extraction
from accord.store.documents import DocumentStore, content_hash

BACKENDS = ("local", "ray")


def _chunks(items: list[Document], n: int) -> list[list[Document]]:
    size = max(1, -(-len(items) // max(1, n * 4)))
    return [items[i : i + size] for i in range(0, len(items), size)]


def _extract_chunk(docs: list[Document]) -> list[dict[str, Any]]:
    return [e.to_dict() for e in extract_many(docs)]


def run_extraction(
    docs: list[Document],
    workers: int = 1,
    backend: str = "local",
    on_done: Callable[[int], None] | None = None,
) -> list[Extraction]:
    """Extract from ``docs`` in order; ``workers`` > 1 needs ``backend='ray'``."""
    if backend not in BACKENDS:
        raise InputError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    if workers < 1:
        raise InputError(f"--workers must be at least 1 (got {workers})")
    if backend == "local":
        if workers > 1:
            raise InputError(
                "--workers above 1 needs --backend ray (the local backend is one core)"
            )
        out = []
        for ex in extract_many(docs):
            out.append(ex)
            if on_done:
                on_done(1)
        return out
    ray = require("ray", extra="ray")
    if not ray.is_initialized():
        ray.init(
            address="auto" if _cluster_running() else None,
            num_cpus=None if _cluster_running() else workers,
            include_dashboard=False,
            ignore_reinit_error=True,
            log_to_driver=False,
        )
    remote = ray.remote(num_cpus=1)(_extract_chunk)
    chunks = _chunks(docs, workers)
    pending = {remote.remote(c): k for k, c in enumerate(chunks)}
    results: list[list[dict[str, Any]]] = [[] for _ in chunks]
    while pending:
        done, _ = ray.wait(list(pending), num_returns=1)
        for ref in done:
            k = pending.pop(ref)
            results[k] = ray.get(ref)
            if on_done:
                on_done(len(results[k]))
    return [Extraction.from_dict(d) for chunk in results for d in chunk]


def _cluster_running() -> bool:
    import os

    return bool(os.environ.get("RAY_ADDRESS"))


def ingest(
    paths: Iterable[str | Path],
    store: DocumentStore,
    progress: Callable[[int, int], None] | None = None,
    batch: int = 64,
) -> IngestReport:
    """Store every readable document under ``paths`` (see :func:`accord.evidence.ingest.ingest_into`)."""
    return ingest_into(store, paths, progress, batch)


def extract_pending(
    store: DocumentStore,
    workers: int = 1,
    backend: str = "local",
    on_done: Callable[[int], None] | None = None,
    batch: int = 256,
) -> int:
    """Extract every stored document that has no extraction by this version; returns how many."""
    todo = store.missing_extractions(EXTRACTOR_VERSION)
    for i in range(0, len(todo), batch):
        part = todo[i : i + batch]
        done = run_extraction(part, workers, backend, on_done)
        store.save_extractions(
            EXTRACTOR_VERSION,
            [(doc.hash or content_hash(doc.text), ex) for doc, ex in zip(part, done, strict=True)],
        )
    return len(todo)


def stored_extractions(
    store: DocumentStore, workers: int = 1, backend: str = "local"
) -> list[Extraction]:
    """Extractions of every stored document, extracting those not done yet."""
    extract_pending(store, workers, backend)
    out = []
    for doc in store.documents():
        ex = store.extraction(doc.hash, EXTRACTOR_VERSION)
        if ex is not None:
            out.append(ex)
    return out
