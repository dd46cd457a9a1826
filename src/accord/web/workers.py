"""Heavy work of the workbench in worker processes, never in the server's own process.

An analysis, a forecast or an article's extraction can take seconds to
minutes, hold the GIL in compiled kernels and allocate gigabytes. Run in the
server process, one such request freezes every other request and survives
SIGTERM. Here each runs in a *spawned* worker process that

- has an address-space limit (``resource.setrlimit(RLIMIT_AS)``): a request
  that would need more memory fails there with a clear message instead of
  swapping the machine;
- has a time limit: past it the worker is killed and the request answers
  with the limit and what to change;
- dies with the server (it watches its parent's pid), so a killed server
  leaves no process behind.

:class:`WorkerPool` runs short tasks (an analysis, an extraction) and waits for
their result; forecasts, which run long and report progress, get a process of
their own in :mod:`accord.web.jobs`.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from accord.errors import AccordError

SPAWN = mp.get_context("spawn")


@dataclass(frozen=True)
class Limits:
    """Time and memory a worker may use (``ACCORD_WORKER_SECONDS`` / ``ACCORD_WORKER_MEMORY_MB``)."""

    seconds: float = float(os.environ.get("ACCORD_WORKER_SECONDS", "300"))
    memory_mb: int = int(os.environ.get("ACCORD_WORKER_MEMORY_MB", "4096"))
    forecast_seconds: float = float(os.environ.get("ACCORD_FORECAST_SECONDS", "3600"))


class WorkerError(AccordError):
    """A worker ran out of time or memory; the message says which limit and what to change."""


def limit_worker(memory_mb: int) -> None:
    """Run first in every worker: cap its memory, die with the parent, leave Ctrl-C to the server."""
    import resource

    # The code every task runs is imported before the cap: loading compiled libraries (llvmlite
    # for the analysis' and forecasts' kernels) is a fixed cost of the worker, not of a request,
    # and under a small cap it fails as an OSError instead of a MemoryError.
    import accord.analysis.run  # noqa: F401
    import accord.simulate  # noqa: F401

    if memory_mb > 0:
        cap = memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(
            resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard)
        )
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()

    def watch() -> None:  # the server went away (even by kill -9): this worker goes too
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    # (PR_SET_PDEATHSIG would fire when the *thread* that started the worker ends, and the
    # server's request threads come and go; a watchdog on the parent's pid does not.)
    threading.Thread(target=watch, name="accord-parent-watch", daemon=True).start()


def _call(fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    """Run ``fn`` in the worker; a MemoryError becomes a message rather than a dead pool."""
    try:
        return fn(*args)
    except MemoryError:
        return _Failure("memory")


@dataclass
class _Failure:
    kind: str


class WorkerPool:
    """A few spawned worker processes with limits; :meth:`run` waits for one task's result."""

    def __init__(self, workers: int = 1, limits: Limits | None = None) -> None:
        self.workers = workers
        self.limits = limits or Limits()
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=SPAWN,
                    initializer=limit_worker,
                    initargs=(self.limits.memory_mb,),
                )
            return self._pool

    def _restart(self, pool: ProcessPoolExecutor) -> None:
        """Kill the workers of ``pool`` (one of them is stuck or dead) and start afresh next time."""
        with self._lock:
            if self._pool is pool:
                self._pool = None
        for p in list(getattr(pool, "_processes", {}).values()):
            if p.is_alive():
                p.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    def run(
        self, what: str, fn: Callable[..., Any], *args: Any, seconds: float | None = None
    ) -> Any:
        """``fn(*args)`` in a worker, within the time and memory limits; ``what`` names it in errors."""
        limit = seconds or self.limits.seconds
        pool = self._executor()
        try:
            future = pool.submit(_call, fn, args)
            result = future.result(timeout=limit)
        except FutureTimeout:
            self._restart(pool)
            raise WorkerError(
                f"{what} took longer than {limit:.0f} s and was stopped; make the scenario "
                "smaller (fewer issues or levels) or raise ACCORD_WORKER_SECONDS"
            ) from None
        except BrokenProcessPool:
            self._restart(pool)
            raise WorkerError(
                f"{what} stopped its worker process (memory limit {self.limits.memory_mb} MB); "
                "make the scenario smaller or raise ACCORD_WORKER_MEMORY_MB"
            ) from None
        if isinstance(result, _Failure):
            raise WorkerError(
                f"{what} needs more than the worker's {self.limits.memory_mb} MB of memory; "
                "make the scenario smaller or raise ACCORD_WORKER_MEMORY_MB"
            )
        return result

    def shutdown(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            self._restart(pool)


# ----- the tasks (top-level functions: a spawned worker imports them by name)


def analysis_task(scenario: Any, relax: list[str]) -> dict[str, Any]:
    """The analysis view (words included) and the utility-space figure, as JSON-ready dicts."""
    from accord.analysis import analyze
    from accord.report.plots import figure_json, utility_space_figure
    from accord.report.words import analysis_view

    a = analyze(scenario, relax)
    return {"view": analysis_view(a), "figure": figure_json(utility_space_figure(a))}


def extraction_task(documents: list[Any]) -> list[Any]:
    """Claims, counts and events of ``documents`` (the store is written by the server)."""
    from accord.evidence.pipeline import run_extraction

    return run_extraction(documents, 1, "local")


def report_task(scenario: Any, relax: list[str]) -> str:
    """The self-contained HTML report (analysis, newest forecast run, evidence in the store)."""
    from accord.report.html import build_report

    return build_report(scenario, relax=relax)


def parse_task(text: str, filename: str) -> Any:
    """A scenario file's text, validated like ``accord validate`` (YAML parsing can be costly)."""
    from accord.scenarios import parse_scenario

    return parse_scenario(text, filename)
