"""Forecast chunks on a backend: :mod:`accord.execution` over :func:`run_chunk`.

The caller commits each chunk as it arrives (so an interrupted run resumes)
and merges them (an exact, order-free sum), so the backend and the number of
workers never change a forecast. Backends, the Ray address rule and the 5 s
address probe are those of :mod:`accord.execution`, shared with ingest.
"""

from __future__ import annotations

from collections.abc import Iterator

from accord.execution import BACKENDS, CONNECT_TIMEOUT_S, check_backend, default_workers, run_tasks
from accord.simulate.montecarlo import ChunkStats, ChunkTask, run_chunk

__all__ = ["BACKENDS", "CONNECT_TIMEOUT_S", "check_backend", "default_workers", "run_chunks"]


def run_chunks(
    task: ChunkTask,
    chunks: list[int],
    backend: str = "local",
    workers: int | None = None,
    address: str | None = None,
) -> Iterator[tuple[int, ChunkStats]]:
    """Yield ``(chunk, stats)`` for every chunk in ``chunks`` as they finish."""
    for k, stats in run_tasks(run_chunk, task, chunks, backend, workers, address):
        yield chunks[k], stats
