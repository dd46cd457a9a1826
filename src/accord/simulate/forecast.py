"""Run a forecast end to end: compile, run chunks on a backend, record, summarise.

Recording is the caller's: pass a :class:`RunLog` (the DuckDB run store,
:class:`accord.store.runs.RunStore`, is one; :mod:`accord.services.forecasts`
opens it for the CLI and the web) and each finished chunk is logged, so an
interrupted run resumes. Without one, nothing is written.

>>> from accord.simulate import ForecastConfig, forecast
>>> f = forecast(ForecastConfig(runs=200, horizon=60, seed=3), workers=1)
>>> 0.0 <= f.summary["p_deal_by_horizon"] <= 1.0
True
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol, TypedDict

import duckdb
import numpy as np

from accord import __version__
from accord.errors import AccordError
from accord.execution import check_backend, default_workers, run_tasks
from accord.model import Scenario
from accord.scenarios import load_scenario
from accord.simulate.calibration import ResponseRecord, responses_summary
from accord.simulate.chunk_stats import ChunkStats
from accord.simulate.config import ForecastConfig
from accord.simulate.montecarlo import ChunkTask, build_task, run_chunk
from accord.simulate.outside import outside_summary
from accord.simulate.parameters import dynamic_names
from accord.simulate.space import compile_space
from accord.simulate.summary import summarise

Progress = Callable[[int, int], None]  # (finished chunks, total chunks)


class RunOptions(TypedDict, total=False):
    """Where and how a forecast runs (not what it computes): see :func:`forecast`."""

    backend: str
    workers: int | None
    address: str | None
    progress: Progress | None
    stop_after: int | None


class RunLog(Protocol):
    """Where a run and its finished chunks are recorded (e.g. the DuckDB run store)."""

    def create(
        self, scenario: str, config: dict[str, Any], seed: int, n_chunks: int, code_version: str
    ) -> str: ...

    def add_chunk(self, run_id: str, chunk: int, stats: dict[str, Any]) -> None: ...

    def chunks(self, run_id: str) -> dict[int, dict[str, Any]]: ...

    def set_status(self, run_id: str, status: str) -> None: ...

    def finish(self, run_id: str, summary: dict[str, Any]) -> None: ...

    def get(self, run_id: str) -> dict[str, Any]: ...


class RunInterrupted(AccordError):
    """A forecast was stopped; its finished chunks are stored and it can be resumed."""


@dataclass
class Forecast:
    config: ForecastConfig
    summary: dict[str, Any]
    parameters: list[dict[str, Any]]
    code_version: str
    run_id: str | None = None
    scenario_title: str = ""
    resumed_chunks: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, curve: bool = True) -> dict[str, Any]:
        summary = dict(self.summary)
        if not curve:
            summary.pop("curve", None)
        return {
            "run_id": self.run_id,
            "scenario": self.config.scenario,
            "scenario_title": self.scenario_title,
            "config": {k: v for k, v in self.config.to_dict().items()},
            "code_version": self.code_version,
            "summary": summary,
            "parameters": self.parameters,
        }


def calibration_summary(
    stats: ChunkStats, varying: list, standstill: int, responses: ResponseRecord | None = None
) -> dict[str, Any]:
    """What calibrating to the record did: draws kept, and the assumptions it moved most.

    A parameter's shift is the change of its mean draw (as a share of its range) between all
    draws and those kept; bins of the kept draws give their mean to within a twentieth.
    """
    if "drawn" not in stats.hist:
        return {"applied": False}
    drawn = int(stats.hist["drawn"][0])
    nb = stats.hist["sens_n"].reshape(len(varying), -1)
    centres = (np.arange(nb.shape[1]) + 0.5) / nb.shape[1]
    moved = []
    for i, prm in enumerate(varying):
        prior = stats.hist["drawn_u_sum"][i] / 1000 / drawn
        post = float((nb[i] * centres).sum() / max(stats.n, 1))
        moved.append(
            {
                "parameter": prm.name,
                "shift": round(post - prior, 4),
                "mean_drawn": round(prm.low + prior * (prm.high - prm.low), 6),
                "mean_kept": round(prm.low + post * (prm.high - prm.low), 6),
            }
        )
    moved.sort(key=lambda r: (-abs(r["shift"]), r["parameter"]))
    out = {
        "applied": True,
        "standstill_days": standstill,
        "runs_drawn": drawn,
        "runs_kept": stats.n,
        "effective_sample_size": stats.n,
        "moved": moved[:5],
    }
    if "kept_standstill" in stats.hist:
        out["runs_kept_standstill"] = int(stats.hist["kept_standstill"][0])
    out.update(responses_summary(responses, stats.hist, stats.n))
    return out


def code_version() -> str:
    """accord's version, with the git commit when running from a checkout."""
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=Path(__file__).parent,
            capture_output=True,
            text=True,
            timeout=5,
        )
        if out.returncode == 0 and out.stdout.strip():
            return f"{__version__}+g{out.stdout.strip()}"
    except (OSError, subprocess.SubprocessError):
        pass
    return __version__


def _scenario(config: ForecastConfig, scenario: Scenario | None) -> Scenario:
    return scenario if scenario is not None else load_scenario(config.scenario)


def forecast(
    config: ForecastConfig,
    *,
    scenario: Scenario | None = None,
    backend: str = "local",
    workers: int | None = None,
    address: str | None = None,
    runs: RunLog | None = None,
    progress: Progress | None = None,
    stop_after: int | None = None,
) -> Forecast:
    """Run ``config`` (optionally on a given scenario object) and return the forecast.

    With ``runs`` the run and each finished chunk are recorded there.
    ``stop_after`` stops after that many chunks, as an interrupt would (tests).
    """
    check_backend(backend, workers, address)
    sc = _scenario(config, scenario)
    if scenario is not None:
        config = replace(config, scenario=sc.id)
    space = compile_space(sc, config.template, config.max_candidates, config.levers)
    task = build_task(sc, config, space)  # validates every parameter before a run is recorded
    run_id = None
    if runs is not None:
        run_id = runs.create(
            config.scenario,
            {**config.to_dict(), "scenario_data": sc.model_dump(mode="json")},
            config.seed,
            config.n_chunks,
            code_version(),
        )
    return _execute(
        sc, config, space, task, {}, runs, run_id, backend, workers, address, progress, stop_after
    )


def resume(
    run_id: str,
    runs: RunLog,
    *,
    backend: str = "local",
    workers: int | None = None,
    address: str | None = None,
    progress: Progress | None = None,
    stop_after: int | None = None,
) -> Forecast:
    """Finish an interrupted run recorded in ``runs``: only the chunks not yet there are computed."""
    check_backend(backend, workers, address)
    row = runs.get(run_id)
    if row["status"] == "done":
        cfg = dict(row["config"])
        cfg.pop("scenario_data", None)
        return Forecast(
            ForecastConfig.from_dict(cfg),
            row["summary"]["summary"],
            row["summary"]["parameters"],
            row["code_version"],
            run_id,
            row["summary"].get("scenario_title", ""),
            row["n_chunks"],
        )
    cfg = dict(row["config"])
    sc = Scenario.model_validate(cfg.pop("scenario_data"))
    config = ForecastConfig.from_dict(cfg)
    space = compile_space(sc, config.template, config.max_candidates, config.levers)
    task = build_task(sc, config, space)
    done = {c: ChunkStats.from_json(s) for c, s in runs.chunks(run_id).items()}
    runs.set_status(run_id, "running")
    return _execute(
        sc, config, space, task, done, runs, run_id, backend, workers, address, progress, stop_after
    )


def warm_up(task: ChunkTask) -> None:
    """Compile (or load from the cache) the kernels ``task`` calls, in this process, by running
    one draw through :func:`run_chunk`'s code. Workers forked after it share the compiled code;
    without it each compiles the same variant on its own (from a cold cache, two workers spent
    twice the CPU of one)."""
    run_chunk(replace(task, config=replace(task.config, runs=1)), 0)


def _execute(
    sc, config, space, task, done, runs, run_id, backend, workers, address, progress, stop_after
) -> Forecast:
    todo = [c for c in range(config.n_chunks) if c not in done]
    total = config.n_chunks
    results = dict(done)
    if progress:
        progress(len(results), total)
    if backend == "local" and len(todo) > 1 and (workers or default_workers()) > 1:
        warm_up(task)  # compiled here once, before the workers fork, not once in each
    try:
        # chunks in whatever order they finish: each is committed as it arrives (a run resumes)
        # and the merge is an exact, order-free sum, so no backend changes the forecast
        for count, (k, stats) in enumerate(
            run_tasks(run_chunk, task, todo, backend, workers, address), 1
        ):
            chunk = todo[k]
            results[chunk] = stats
            if runs is not None:
                runs.add_chunk(run_id, chunk, stats.to_json())
            if progress:
                progress(len(results), total)
            if stop_after is not None and count >= stop_after and len(results) < total:
                raise KeyboardInterrupt
    except (KeyboardInterrupt, duckdb.InterruptException):
        if runs is not None:
            runs.set_status(run_id, "interrupted")
            raise RunInterrupted(
                f"interrupted after {len(results)} of {total} chunks; the finished chunks are stored. "
                f"Resume with: accord forecast --resume {run_id}"
            ) from None
        raise RunInterrupted(f"interrupted after {len(results)} of {total} chunks") from None
    merged = results[0]
    for c in range(1, total):
        merged = merged.merge(results[c])
    varying = [task.table.parameters[i] for i in task.table.varying]
    if merged.n == 0:
        raise AccordError(
            f"no draw is consistent with the record before the snapshot (a {task.standstill}-day "
            "standstill, the reported responses to proposals); widen the scenario's ranges or "
            "forecast without --calibrate"
        )
    summary = summarise(merged, space, config.horizon, varying, dynamic_names(task.table))
    summary.update(outside_summary(merged, task.table, config.horizon, sc.date))
    summary["calibration"] = calibration_summary(merged, varying, task.standstill, task.responses)
    if summary["calibration"].get("applied") and task.standstill > 0:
        summary["calibration"]["replay"] = task.config.replay
        summary["calibration"]["red_line_clock"] = task.config.red_line_clock
    # every run kept has weight 1 (rejection), so the effective sample size (sum w)^2 / sum w^2 is
    # the number of runs kept: all of them without --calibrate
    summary["effective_sample_size"] = float(merged.n)
    summary["runs_drawn"] = int(merged.hist["drawn"][0]) if "drawn" in merged.hist else merged.n
    summary["set_values"] = dict(config.overrides)
    summary["candidates"] = space.size
    summary["protocol"] = config.protocol
    summary["chunks"] = total
    if sc.mediators:  # which levers the mediators pull (accord.simulate.levers)
        summary["mediation"] = space.mediation(config.levers)
    fc = Forecast(
        config,
        summary,
        [p.to_dict() for p in task.table.parameters],
        code_version(),
        run_id,
        sc.title,
        len(done),
    )
    if runs is not None:
        runs.finish(run_id, fc.to_dict())
    return fc
