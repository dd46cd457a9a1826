"""Forecast runs in the embedded DuckDB store.

A run row records what was asked (scenario, configuration, seed), by which
code (version and git commit) and, when finished, the summary. Each chunk's
integer histograms are committed as the chunk finishes, in its own
transaction, so an interrupted forecast keeps its finished chunks and
``accord forecast --resume ID`` computes only the rest.

>>> import tempfile, os
>>> os.environ["ACCORD_HOME"] = tempfile.mkdtemp()
>>> store = RunStore()
>>> rid = store.create("labour-2026-03", {"runs": 10}, seed=1, n_chunks=2, code_version="t")
>>> store.get(rid)["status"]
'running'
"""

from __future__ import annotations

import datetime as dt
import json
import random
import time
import uuid
from pathlib import Path
from typing import Any

import duckdb

from accord.errors import NotFoundError, StoreError
from accord.store.db import BUSY, connect, default_db_path, guarded, store_error

_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS runs (
        id VARCHAR PRIMARY KEY,
        created_at TIMESTAMP NOT NULL,
        finished_at TIMESTAMP,
        scenario VARCHAR NOT NULL,
        config VARCHAR NOT NULL,
        seed BIGINT NOT NULL,
        code_version VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        n_chunks INTEGER NOT NULL,
        summary VARCHAR
    )""",
    """CREATE TABLE IF NOT EXISTS run_chunks (
        run_id VARCHAR NOT NULL,
        chunk INTEGER NOT NULL,
        stats VARCHAR NOT NULL,
        PRIMARY KEY (run_id, chunk)
    )""",
]

STATUSES = ("running", "interrupted", "done")
LOCK_WAIT_S = 30.0


class RunStore:
    """Runs and their chunks; opens the default store unless ``path`` is given."""

    def __init__(self, path: str | Path | None = None):
        self._path = path
        self.path = Path(path) if path is not None else default_db_path()
        try:
            with self._connect() as con:
                for stmt in _SCHEMA:
                    con.execute(stmt)
        except duckdb.Error as exc:
            raise store_error(self.path, exc) from exc

    def _connect(self) -> duckdb.DuckDBPyConnection:
        # DuckDB lets one process at a time open the file. Every operation here
        # holds it for milliseconds, so a busy file (a forecast committing a
        # chunk while `accord runs` reads) is retried rather than failing the run.
        deadline = time.monotonic() + LOCK_WAIT_S
        while True:
            try:
                return connect(self._path)
            except StoreError as exc:
                if BUSY not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05 + random.random() * 0.1)

    @guarded
    def create(
        self, scenario: str, config: dict[str, Any], seed: int, n_chunks: int, code_version: str
    ) -> str:
        run_id = uuid.uuid4().hex[:12]
        with self._connect() as con:
            con.execute(
                "INSERT INTO runs VALUES (?, ?, NULL, ?, ?, ?, ?, 'running', ?, NULL)",
                [
                    run_id,
                    dt.datetime.now(),
                    scenario,
                    json.dumps(config),
                    seed,
                    code_version,
                    n_chunks,
                ],
            )
        return run_id

    @guarded
    def add_chunk(self, run_id: str, chunk: int, stats: dict[str, Any]) -> None:
        with self._connect() as con:
            con.execute(
                "INSERT OR REPLACE INTO run_chunks VALUES (?, ?, ?)",
                [run_id, chunk, json.dumps(stats)],
            )

    @guarded
    def chunks(self, run_id: str) -> dict[int, dict[str, Any]]:
        with self._connect() as con:
            rows = con.execute(
                "SELECT chunk, stats FROM run_chunks WHERE run_id = ? ORDER BY chunk", [run_id]
            ).fetchall()
        return {int(c): json.loads(s) for c, s in rows}

    @guarded
    def set_status(self, run_id: str, status: str) -> None:
        assert status in STATUSES
        with self._connect() as con:
            con.execute("UPDATE runs SET status = ? WHERE id = ?", [status, run_id])

    @guarded
    def finish(self, run_id: str, summary: dict[str, Any]) -> None:
        with self._connect() as con:
            con.execute(
                "UPDATE runs SET status = 'done', finished_at = ?, summary = ? WHERE id = ?",
                [dt.datetime.now(), json.dumps(summary), run_id],
            )

    @guarded
    def get(self, run_id: str) -> dict[str, Any]:
        with self._connect() as con:
            row = con.execute(
                "SELECT id, created_at, finished_at, scenario, config, seed, code_version, status, "
                "n_chunks, summary, (SELECT count(*) FROM run_chunks WHERE run_id = runs.id) "
                "FROM runs WHERE id = ?",
                [run_id],
            ).fetchone()
        if row is None:
            raise NotFoundError(f"no run '{run_id}' in the store; `accord runs` lists the runs")
        return _row(row)

    @guarded
    def list(self, limit: int = 50) -> list[dict[str, Any]]:
        with self._connect() as con:
            rows = con.execute(
                "SELECT id, created_at, finished_at, scenario, config, seed, code_version, status, "
                "n_chunks, NULL, (SELECT count(*) FROM run_chunks WHERE run_id = runs.id) "
                "FROM runs ORDER BY created_at DESC LIMIT ?",
                [limit],
            ).fetchall()
        return [_row(r) for r in rows]


def _row(row: tuple) -> dict[str, Any]:
    return {
        "id": row[0],
        "created_at": row[1].isoformat(timespec="seconds") if row[1] else None,
        "finished_at": row[2].isoformat(timespec="seconds") if row[2] else None,
        "scenario": row[3],
        "config": json.loads(row[4]),
        "seed": int(row[5]),
        "code_version": row[6],
        "status": row[7],
        "n_chunks": int(row[8]),
        "summary": json.loads(row[9]) if row[9] else None,
        "finished_chunks": int(row[10]),
    }
