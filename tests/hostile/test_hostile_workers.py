"""Worker pools and cluster addresses fail cleanly: no orphans, no endless retries."""

from __future__ import annotations

import http.server
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hostile_run import CHILD_SCRIPT, accord, assert_refused, child_env

from accord.errors import InputError
from accord.execution import CONNECT_TIMEOUT_S, check_reachable


def _children(pid: int) -> set[int]:
    out = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.add(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc")
def test_kill_9_of_a_forecast_leaves_no_pool_workers(home: Path) -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD_SCRIPT,
            "forecast",
            "--runs",
            "400000",
            "-w",
            "2",
            "--no-store",
        ],
        env=child_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        workers: set[int] = set()
        while time.monotonic() < deadline and len(workers) < 2 and proc.poll() is None:
            workers = _children(proc.pid)
            time.sleep(0.1)
        assert len(workers) >= 2, "the forecast never started its workers"
        time.sleep(1.0)  # let them pick up chunks
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers), "pool workers outlived their parent"
    finally:
        if proc.poll() is None:
            proc.kill()


def test_a_port_that_is_not_ray_is_refused_within_the_timeout(home: Path) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    closed_port = closed.getsockname()[1]
    closed.close()
    try:
        for port, needle in (
            (server.server_address[1], "not as a Ray cluster"),
            (silent.getsockname()[1], "no answer"),
            (closed_port, "cannot reach"),
        ):
            started = time.monotonic()
            with pytest.raises(InputError, match=needle):
                check_reachable(f"127.0.0.1:{port}", timeout=1.0)
            assert time.monotonic() - started < 1.0 + 5  # the stated timeout, with slack for load
        result = accord(
            home,
            "forecast",
            "--runs",
            "50",
            "--no-store",
            "--backend",
            "ray",
            "--address",
            f"127.0.0.1:{server.server_address[1]}",
            timeout=60 + CONNECT_TIMEOUT_S,
        )
        assert_refused(result, "not as a Ray cluster")
    finally:
        server.shutdown()
        silent.close()


def test_a_grpc_server_passes_the_probe() -> None:
    grpc = pytest.importorskip("grpc")  # installed with ray
    from concurrent.futures import ThreadPoolExecutor

    server = grpc.server(ThreadPoolExecutor(1))
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    try:
        check_reachable(f"127.0.0.1:{port}", timeout=5.0)
        check_reachable(f"ray://127.0.0.1:{port}", timeout=5.0)
    finally:
        server.stop(None)


def test_ingest_and_forecast_share_one_address_rule(home: Path, tmp_path: Path) -> None:
    """`--address`, else RAY_ADDRESS: probed the same way for ingest as for forecasts, and
    ingest refuses a bad one before storing anything."""
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    (tmp_path / "a.txt").write_text("Qatar said talks would resume on Monday.", "utf-8")
    result = accord(
        home, "ingest", str(tmp_path / "a.txt"), "--backend", "ray", "--address",
        f"127.0.0.1:{port}", timeout=60 + CONNECT_TIMEOUT_S,
    )  # fmt: skip
    assert_refused(result, "cannot reach a Ray cluster")
    store = home / "accord.duckdb"
    if store.exists():  # refused before anything was stored
        from accord.store.documents import DocumentStore

        with DocumentStore(store) as documents:
            assert documents.count() == 0
    pytest.importorskip("ray")  # the ray extra: RAY_ADDRESS is read where Ray is started
    for command in (
        ["ingest", str(tmp_path / "a.txt"), "--backend", "ray"],
        ["forecast", "--runs", "50", "--no-store", "--backend", "ray"],
    ):
        result = accord(
            home, *command, timeout=60 + CONNECT_TIMEOUT_S, RAY_ADDRESS=f"127.0.0.1:{port}"
        )
        assert_refused(result, "cannot reach a Ray cluster")
