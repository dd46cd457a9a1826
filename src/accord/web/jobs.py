"""Forecasts started from the page: each in a worker process of its own, with progress and cancel.

A job wraps :func:`accord.simulate.forecast` (which stores the run and each
finished chunk). Jobs run one at a time, in a spawned process with the
memory limit of :mod:`accord.web.workers`, so the server keeps answering
while the compiled kernels run. The process reports each finished chunk;
the job turns that into runs done, a rate and an estimate of the time left.
Cancelling a job kills its process; its stored run is marked interrupted
(``accord forecast --resume RUN`` finishes it).
"""

from __future__ import annotations

import math
import queue
import threading
import time
import uuid
from collections import OrderedDict
from typing import Any

from accord.errors import AccordError, InputError, NotFoundError
from accord.model import Scenario
from accord.simulate import ForecastConfig
from accord.web.workers import SPAWN, Limits, limit_worker

MAX_JOBS_KEPT = 100
MAX_QUEUED = 4
POLL_S = 0.1


def _forecast_child(config: ForecastConfig, scenario: Scenario, out: Any, memory_mb: int) -> None:
    """The worker process: run the forecast, reporting each chunk on ``out``."""
    limit_worker(memory_mb)
    from accord.services.forecasts import forecast

    def progress(done: int, total: int) -> None:
        out.put(("progress", done, total))

    try:
        result = forecast(config, scenario=scenario, store=True, workers=1, progress=progress)
    except AccordError as exc:
        out.put(("failed", str(exc).split("\n", 1)[0]))
    except MemoryError:
        out.put(
            (
                "failed",
                f"the forecast needs more than the worker's {memory_mb} MB of memory; "
                "use fewer runs or raise ACCORD_WORKER_MEMORY_MB",
            )
        )
    except Exception as exc:  # noqa: BLE001 - a job must report, not vanish
        out.put(("failed", f"{type(exc).__name__}: {exc}"))
    else:
        out.put(("done", result.run_id))


class ForecastJobs:
    """Queued, running and finished forecast jobs of this server."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._lock = threading.Lock()
        self._jobs: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._todo: queue.Queue[tuple[str, Scenario, ForecastConfig] | None] = queue.Queue()
        self._cancel: set[str] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="accord-forecast-jobs", daemon=True)
        self._thread.start()

    def submit(self, scenario: Scenario, config: ForecastConfig) -> dict[str, Any]:
        with self._lock:
            waiting = sum(j["status"] in ("queued", "running") for j in self._jobs.values())
            if waiting >= MAX_QUEUED:
                raise InputError(
                    f"{waiting} forecasts are already queued or running (at most {MAX_QUEUED}); "
                    "wait for one to finish or cancel one"
                )
            job_id = uuid.uuid4().hex[:12]
            self._jobs[job_id] = {
                "id": job_id,
                "scenario": scenario.id,
                "status": "queued",
                "chunks_done": 0,
                "chunks_total": config.n_chunks,
                "runs_done": 0,
                "runs_total": config.runs,
                "run_id": None,
                "error": None,
                "config": config.to_dict(),
                "submitted": time.time(),
                "started": None,
                "seconds": None,
                "eta_seconds": None,
            }
            while len(self._jobs) > MAX_JOBS_KEPT:
                self._jobs.popitem(last=False)
        self._todo.put((job_id, scenario, config))
        return self.get(job_id)

    def _update(self, job_id: str, **fields: Any) -> None:
        with self._lock:
            if job_id in self._jobs:
                self._jobs[job_id].update(fields)

    def _loop(self) -> None:
        while not self._stop.is_set():
            item = self._todo.get()
            if item is None:
                return
            job_id, scenario, config = item
            if job_id in self._cancel:
                self._update(job_id, status="cancelled", seconds=0.0)
                continue
            self._run(job_id, scenario, config)

    def _run(self, job_id: str, scenario: Scenario, config: ForecastConfig) -> None:
        t0 = time.monotonic()
        started = time.time()
        self._update(job_id, status="running", started=started)
        out = SPAWN.Queue()
        proc = SPAWN.Process(
            target=_forecast_child,
            args=(config, scenario, out, self.limits.memory_mb),
            name=f"accord-forecast-{job_id}",
            daemon=True,
        )
        proc.start()
        per_chunk = math.ceil(config.runs / max(config.n_chunks, 1))
        first: float | None = None  # the first report marks the end of compilation and setup
        final: tuple[str, Any] | None = None
        while final is None:
            try:
                msg = out.get(timeout=POLL_S)
            except queue.Empty:
                msg = None
            elapsed = time.monotonic() - t0
            if msg is not None:
                if msg[0] == "progress":
                    done, total = msg[1], msg[2]
                    now = time.monotonic()
                    if first is None:
                        first = now
                    eta = None
                    if done > 0 and total > done:
                        eta = (now - first) / done * (total - done)
                    self._update(
                        job_id,
                        chunks_done=done,
                        chunks_total=total,
                        runs_done=min(config.runs, done * per_chunk),
                        eta_seconds=eta,
                        seconds=elapsed,
                    )
                else:
                    final = (msg[0], msg[1])
                continue
            if job_id in self._cancel or self._stop.is_set():
                final = ("cancelled", "cancelled from the page")
            elif elapsed > self.limits.forecast_seconds:
                final = (
                    "failed",
                    f"the forecast took longer than {self.limits.forecast_seconds:.0f} s and "
                    "was stopped; use fewer runs or raise ACCORD_FORECAST_SECONDS",
                )
            elif not proc.is_alive():
                final = (
                    "failed",
                    f"the forecast's worker process stopped (exit code {proc.exitcode}); "
                    f"memory limit {self.limits.memory_mb} MB: use fewer runs or raise "
                    "ACCORD_WORKER_MEMORY_MB",
                )
        if proc.is_alive() and final[0] != "done":
            proc.kill()
        proc.join(timeout=10)
        out.close()
        seconds = time.monotonic() - t0
        if final[0] == "done":
            self._update(
                job_id,
                status="done",
                run_id=final[1],
                seconds=seconds,
                eta_seconds=0.0,
                chunks_done=config.n_chunks,
                runs_done=config.runs,
            )
        else:
            _mark_interrupted(scenario.id, started)  # before the job reports its end
            self._update(
                job_id,
                status=final[0],
                error=None if final[0] == "cancelled" else final[1],
                seconds=seconds,
                eta_seconds=None,
            )

    def get(self, job_id: str) -> dict[str, Any]:
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None:
                raise NotFoundError(f"no forecast job '{job_id}' on this server")
            return dict(job)

    def cancel(self, job_id: str) -> dict[str, Any]:
        """Stop a queued or running job (its process is killed); finished jobs stay as they are."""
        job = self.get(job_id)
        if job["status"] in ("queued", "running"):
            self._cancel.add(job_id)
            if job["status"] == "queued":
                self._update(job_id, status="cancelled", seconds=0.0)
        return self.get(job_id)

    def shutdown(self) -> None:
        self._stop.set()
        self._todo.put(None)
        self._thread.join(timeout=15)


def _mark_interrupted(scenario_id: str, since: float) -> None:
    """A killed forecast leaves its stored run 'running'; mark it interrupted (it can be resumed)."""
    import datetime as dt

    from accord.store.runs import RunStore

    try:
        store = RunStore()
        for r in store.list(limit=20):
            created = r.get("created_at")
            when = (
                dt.datetime.fromisoformat(created).timestamp() if created else None
            )  # local time, naive
            if (
                r["scenario"] == scenario_id
                and r["status"] == "running"
                and (when is None or when >= since - 5)
            ):
                store.set_status(r["id"], "interrupted")
    except AccordError:
        pass
