"""Forecasts started from the page: run one at a time in a background thread, with progress.

A job wraps :func:`accord.simulate.forecast` (which stores the run and each
finished chunk); the page polls the job for chunks done and, once finished,
fetches the stored run. One worker thread: a forecast uses a full core, and
the server must stay responsive for the deal explorer.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from accord.errors import AccordError, InputError, NotFoundError
from accord.model import Scenario
from accord.simulate import ForecastConfig, forecast

MAX_JOBS_KEPT = 100
MAX_QUEUED = 4


class ForecastJobs:
    """Queued, running and finished forecast jobs of this server."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="accord-forecast")
        self._lock = threading.Lock()
        self._jobs: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def submit(self, scenario: Scenario, config: ForecastConfig) -> dict[str, Any]:
        with self._lock:
            waiting = sum(j["status"] in ("queued", "running") for j in self._jobs.values())
            if waiting >= MAX_QUEUED:
                raise InputError(f"{waiting} forecasts are already queued or running; wait for one to finish")
            job_id = uuid.uuid4().hex[:12]
            self._jobs[job_id] = {
                "id": job_id, "scenario": scenario.id, "status": "queued", "chunks_done": 0,
                "chunks_total": config.n_chunks, "run_id": None, "error": None,
                "config": config.to_dict(), "submitted": time.time(), "seconds": None,
            }
            while len(self._jobs) > MAX_JOBS_KEPT:
                self._jobs.popitem(last=False)
        self._pool.submit(self._run, job_id, scenario, config)
        return self.get(job_id)

    def _update(self, job_id: str, **fields: Any) -> None:
        with self._lock:
            if job_id in self._jobs:
                self._jobs[job_id].update(fields)

    def _run(self, job_id: str, scenario: Scenario, config: ForecastConfig) -> None:
        t0 = time.perf_counter()
        self._update(job_id, status="running")

        def progress(done: int, total: int) -> None:
            self._update(job_id, chunks_done=done, chunks_total=total)

        try:
            result = forecast(config, scenario=scenario, store=True, workers=1, progress=progress)
        except AccordError as exc:
            self._update(job_id, status="failed", error=str(exc), seconds=time.perf_counter() - t0)
        except Exception as exc:  # noqa: BLE001 - a job must report, not kill the worker thread
            self._update(job_id, status="failed", error=f"{type(exc).__name__}: {exc}",
                         seconds=time.perf_counter() - t0)
        else:
            self._update(job_id, status="done", run_id=result.run_id, seconds=time.perf_counter() - t0)

    def get(self, job_id: str) -> dict[str, Any]:
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None:
                raise NotFoundError(f"no forecast job '{job_id}' on this server")
            return dict(job)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
