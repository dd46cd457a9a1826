"""Ctrl-C on `accord forecast` leaves a resumable run (a real SIGINT to a real process)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from accord.errors import StoreError
from accord.store.db import connect
from accord.store.runs import RunStore

ACCORD = [sys.executable, "-m", "accord"]


class _Poll(RunStore):
    """The run store read without waiting for a busy file (accord's own readers wait up to
    30 s): polling never holds the forecast's commits back."""

    def _connect(self):
        return connect(self._path, wait=0)


def _ctrl_c_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _runs():
    try:
        return _Poll().list()
    except StoreError:  # the forecasting process holds the file at this instant
        return None


@pytest.mark.slow
def test_ctrl_c_leaves_a_resumable_run(tmp_path) -> None:
    env = {**os.environ, "ACCORD_HOME": str(tmp_path / "home")}
    os.environ["ACCORD_HOME"] = env["ACCORD_HOME"]
    cmd = [
        *ACCORD,
        "forecast",
        "--runs",
        "150000",  # 37 chunks of 4096 runs: Ctrl-C after two leaves most of the run to resume
        "--horizon",
        "365",  # ~5 s of work on 2 cores: Ctrl-C lands mid-run even when polling waits on a
        # busy machine (with 30 days the run could end before two chunks were seen stored)
        "--seed",
        "3",
        "--workers",
        "2",
        "--format",
        "json",
    ]
    proc = subprocess.Popen(
        cmd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # Ctrl-C handled as a terminal would, also when the suite runs in a background job
        # (which starts its children with SIGINT ignored: the forecast then ran to the end)
        preexec_fn=_ctrl_c_default,
    )
    deadline = time.time() + 120
    try:
        while time.time() < deadline:
            rows = _runs()
            if rows and rows[0]["finished_chunks"] >= 2:
                break
            time.sleep(0.02)
        else:
            pytest.fail("no chunk finished within two minutes")
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 2, err
    assert "--resume" in err and "Traceback" not in err
    row = None
    for _ in range(50):
        rows = _runs()
        if rows:
            row = rows[0]
            break
        time.sleep(0.2)
    assert row is not None and row["status"] == "interrupted"
    assert 0 < row["finished_chunks"] < row["n_chunks"]
    # the resumed run computes only the missing chunks and ends complete
    resumed = subprocess.run(
        [*ACCORD, "forecast", "--resume", row["id"], "--workers", "2", "--format", "json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert resumed.returncode == 0, resumed.stderr
    data = json.loads(resumed.stdout)
    assert data["summary"]["runs"] == 150000
    assert RunStore().get(row["id"])["finished_chunks"] == row["n_chunks"]
