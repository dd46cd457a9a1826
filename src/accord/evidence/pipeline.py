"""Extraction of many documents, on one core, local processes or a Ray cluster.

The per-document work is the same function on every backend
(:func:`accord.evidence.extract.extract_many` over a chunk), and results come
back in document order, so they do not depend on the backend or the number of
workers. The backends and the Ray address rule are those of
:mod:`accord.execution`, shared with forecasts. Storing documents and their
extractions is the services layer's (:mod:`accord.services.ingest`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from accord.evidence.extract import extract_many
from accord.execution import BACKENDS, check_backend, run_tasks
from accord.model.extraction import Document, Extraction

__all__ = ["BACKENDS", "run_extraction"]


def _chunks(items: list[Document], n: int) -> list[list[Document]]:
    size = max(1, -(-len(items) // max(1, n * 4)))
    return [items[i : i + size] for i in range(0, len(items), size)]


def _extract_chunk(_shared: None, docs: list[Document]) -> list[dict[str, Any]]:
    return [e.to_dict() for e in extract_many(docs)]


def run_extraction(
    docs: list[Document],
    workers: int = 1,
    backend: str = "local",
    on_done: Callable[[int], None] | None = None,
    address: str | None = None,
) -> list[Extraction]:
    """Extract from ``docs``, results in document order; ``on_done(n)`` as ``n`` more finish."""
    check_backend(backend, workers, address)
    if backend == "local" and workers == 1:  # in this process, document by document
        out = []
        for ex in extract_many(docs):
            out.append(ex)
            if on_done:
                on_done(1)
        return out
    chunks = _chunks(docs, workers)
    results: list[list] = [[] for _ in chunks]
    for k, done in run_tasks(_extract_chunk, None, chunks, backend, workers, address):
        results[k] = done  # back in document order
        if on_done:
            on_done(len(done))
    return [Extraction.from_dict(d) for chunk in results for d in chunk]
