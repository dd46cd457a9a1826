"""Where chunks run: in this process, on local processes, or on a Ray cluster.

A backend maps :func:`~accord.simulate.montecarlo.run_chunk` over chunk
indices and yields ``(chunk, stats)`` as each finishes, in whatever order.
The caller commits each chunk as it arrives (so an interrupted run resumes)
and merges them (an exact, order-free sum), so the backend and the number of
workers never change a forecast.

* ``local`` with ``workers=1`` runs in this process; with more, it uses a
  :class:`concurrent.futures.ProcessPoolExecutor` (one process per core by
  default). The task (plain arrays) is sent once per worker.
* ``ray`` submits one Ray task per chunk with the task object put once in
  the object store. ``address=None`` starts (or joins) a local Ray instance;
  ``address="ray://host:10001"`` or ``"auto"`` joins a running cluster.

Failures stay clean: local workers exit when their parent dies (even by
``kill -9``: the kernel signals them on Linux, and a watchdog thread notices a
new parent elsewhere), and an ``--address`` is probed before Ray is asked to
join it: within :data:`CONNECT_TIMEOUT_S` seconds it must accept a connection
and answer as a gRPC (HTTP/2) server, as Ray's GCS and client servers do, or
the run stops with a message instead of sitting in Ray's retry loop.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from multiprocessing import get_context

from accord._optional import require
from accord.errors import InputError
from accord.simulate.montecarlo import ChunkStats, ChunkTask, run_chunk

BACKENDS = ("local", "ray")
CONNECT_TIMEOUT_S = 5.0  # how long a Ray address may take to answer before the run is refused
_PR_SET_PDEATHSIG = 1

_worker_task: ChunkTask | None = None


def default_workers() -> int:
    return max(
        1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    )


def _init_worker(task: ChunkTask, parent: int | None = None) -> None:
    global _worker_task
    # Ctrl-C is the parent's to handle: it stops submitting, commits what finished
    # and leaves a resumable run; workers just finish their chunk.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent if parent is not None else os.getppid())
    _worker_task = task


def _die_with_parent(parent: int) -> None:
    """End this worker when ``parent`` dies, however it dies (a pool must not outlive its run)."""
    try:  # Linux: the kernel sends SIGKILL when the parent goes, even mid-chunk
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)

    def watch() -> None:  # elsewhere (and as a second guard): notice being re-parented
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="accord-parent-watch", daemon=True).start()


def _run_in_worker(chunk: int) -> tuple[int, ChunkStats]:
    assert _worker_task is not None
    return chunk, run_chunk(_worker_task, chunk)


def run_local(task: ChunkTask, chunks: list[int], workers: int) -> Iterator[tuple[int, ChunkStats]]:
    if workers <= 1 or len(chunks) <= 1:
        for c in chunks:
            yield c, run_chunk(task, c)
        return
    ctx = get_context("fork") if "fork" in _start_methods() else get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=min(workers, len(chunks)),
        mp_context=ctx,
        initializer=_init_worker,
        initargs=(task, os.getpid()),
    )
    pending: set[Future] = set()
    try:
        # keep at most two chunks per worker in flight so an interrupt loses little work
        queue = list(chunks)
        limit = 2 * workers
        while queue or pending:
            while queue and len(pending) < limit:
                pending.add(pool.submit(_run_in_worker, queue.pop(0)))
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for f in done:
                yield f.result()
    finally:
        for f in pending:
            f.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _start_methods() -> list[str]:
    import multiprocessing

    return multiprocessing.get_all_start_methods()


def run_ray(
    task: ChunkTask, chunks: list[int], workers: int | None, address: str | None
) -> Iterator[tuple[int, ChunkStats]]:
    ray = require("ray", extra="ray")

    if not ray.is_initialized():
        kwargs: dict = {"include_dashboard": False, "log_to_driver": False}
        if address:
            kwargs["address"] = address
        elif workers:
            kwargs["num_cpus"] = workers
        try:
            ray.init(**kwargs)
        except (ConnectionError, ValueError, RuntimeError) as exc:
            raise InputError(
                f"cannot reach a Ray cluster at {address or 'a new local instance'}: {exc}"
            ) from exc
    remote = ray.remote(num_cpus=1)(_ray_chunk)
    ref = ray.put(task)
    pending = {remote.remote(ref, c): c for c in chunks}
    try:
        while pending:
            done, _ = ray.wait(list(pending), num_returns=1)
            for obj in done:
                pending.pop(obj)
                yield ray.get(obj)
    finally:
        for obj in pending:
            ray.cancel(obj, force=True)


_HTTP2_PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
_HTTP2_SETTINGS = b"\x00\x00\x00\x04\x00\x00\x00\x00\x00"  # an empty SETTINGS frame
_START_RAY = (
    "Start one with `ray start --head` (then use --address HEAD_IP:6379, or "
    "ray://HEAD_IP:10001 from outside the cluster)"
)


def _check_reachable(address: str, timeout: float = CONNECT_TIMEOUT_S) -> None:
    """Fail fast with a clear message: Ray itself retries a wrong address for minutes.

    The address must accept a TCP connection and answer the HTTP/2 connection preface with
    a SETTINGS frame (every gRPC server does; a web server, SSH or a closed port does not),
    all within ``timeout`` seconds.
    """
    if address == "auto":
        return
    target = address.removeprefix("ray://")
    host, _, port = target.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise InputError(f"--address must be HOST:PORT, ray://HOST:PORT or auto (got '{address}')")
    deadline = time.monotonic() + timeout
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=timeout) as sock:
            sock.sendall(_HTTP2_PREFACE + _HTTP2_SETTINGS)
            reply = b""
            while len(reply) < 9:
                sock.settimeout(max(0.05, deadline - time.monotonic()))
                chunk = sock.recv(9 - len(reply))
                if not chunk:
                    break
                reply += chunk
    except TimeoutError:
        raise InputError(
            f"no answer from a Ray cluster at {address} within {timeout:g} s. {_START_RAY}"
        ) from None
    except OSError as exc:
        raise InputError(
            f"cannot reach a Ray cluster at {address}: {exc.strerror or exc}. {_START_RAY}"
        ) from None
    if len(reply) < 9 or reply[3] != 0x04:  # frame type 4: SETTINGS
        raise InputError(
            f"{address} answers, but not as a Ray cluster (no gRPC server there); "
            f"check the port. {_START_RAY}"
        )


def _ray_chunk(task: ChunkTask, chunk: int) -> tuple[int, ChunkStats]:
    return chunk, run_chunk(task, chunk)


def check_backend(backend: str, workers: int | None, address: str | None) -> None:
    """Reject a bad backend choice before any run is recorded."""
    if backend not in BACKENDS:
        raise InputError(f"--backend must be one of {', '.join(BACKENDS)} (got '{backend}')")
    if workers is not None and workers < 1:
        raise InputError(f"--workers must be at least 1 (got {workers})")
    if address and backend != "ray":
        raise InputError("--address applies to --backend ray only")
    if address:
        _check_reachable(address)


def run_chunks(
    task: ChunkTask,
    chunks: list[int],
    backend: str = "local",
    workers: int | None = None,
    address: str | None = None,
) -> Iterator[tuple[int, ChunkStats]]:
    """Yield ``(chunk, stats)`` for every chunk in ``chunks`` as they finish."""
    check_backend(backend, workers, None)
    if backend == "ray":
        return run_ray(task, chunks, workers, address)
    return run_local(task, chunks, workers or default_workers())
