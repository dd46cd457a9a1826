"""Where work runs: in this process, on local processes, or on a Ray cluster.

One module for every parallel job (forecast chunks, document extraction):
:func:`run_tasks` maps ``fn(shared, item)`` over ``items`` and yields
``(index, result)`` as each finishes, in whatever order. Callers put results
back in item order (and commit each as it arrives, so an interrupted job
resumes), so the backend and the number of workers never change a result:
the same seed gives the same numbers on every backend.

* ``local`` with one worker runs in this process; with more, it uses a
  :class:`concurrent.futures.ProcessPoolExecutor` (one process per core by
  default). ``shared`` (plain data) is sent once per worker.
* ``ray`` submits one Ray task per item with ``shared`` put once in the object
  store. The address rule (:func:`ray_address`): ``--address`` if given, else
  the ``RAY_ADDRESS`` environment variable, else a new local instance with
  ``workers`` CPUs. ``"auto"`` joins the cluster started on this machine;
  any other address (``HOST:PORT``, ``ray://HOST:PORT``) is probed first.

Failures stay clean: local workers exit when their parent dies (even by
``kill -9``: the kernel signals them on Linux, and a watchdog thread notices a
new parent elsewhere), and an address is probed before Ray is asked to join
it: within :data:`CONNECT_TIMEOUT_S` seconds it must accept a connection and
answer as a gRPC (HTTP/2) server, as Ray's GCS and client servers do, or the
job stops with a message instead of sitting in Ray's retry loop.

>>> sorted(run_tasks(pow, 2, [3, 4]))
[(0, 8), (1, 16)]
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from multiprocessing import get_context
from typing import Any

from accord._optional import require
from accord.errors import InputError

BACKENDS = ("local", "ray")
CONNECT_TIMEOUT_S = 5.0  # how long a Ray address may take to answer before the job is refused
_PR_SET_PDEATHSIG = 1

Task = Callable[[Any, Any], Any]  # fn(shared, item) -> result; picklable (a module function)

_worker_job: tuple[Task, Any] | None = None


def default_workers() -> int:
    return max(
        1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    )


def check_backend(backend: str, workers: int | None, address: str | None) -> None:
    """Reject a bad backend choice before any work is recorded (probes ``address``)."""
    if backend not in BACKENDS:
        raise InputError(f"--backend must be one of {', '.join(BACKENDS)} (got '{backend}')")
    if workers is not None and workers < 1:
        raise InputError(f"--workers must be at least 1 (got {workers})")
    if address and backend != "ray":
        raise InputError("--address applies to --backend ray only")
    if address:
        check_reachable(address)


def run_tasks(
    fn: Task,
    shared: Any,
    items: Sequence[Any],
    backend: str = "local",
    workers: int | None = None,
    address: str | None = None,
) -> Iterator[tuple[int, Any]]:
    """Yield ``(index, fn(shared, items[index]))`` for every item, as they finish."""
    check_backend(backend, workers, None)
    if backend == "ray":
        return _run_ray(fn, shared, items, workers, address)
    return _run_local(fn, shared, items, workers or default_workers())


# ---- local processes -------------------------------------------------------------------


def _init_worker(fn: Task, shared: Any, parent: int | None = None) -> None:
    global _worker_job
    # Ctrl-C is the parent's to handle: it stops submitting, commits what finished
    # and leaves a resumable job; workers just finish their item.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent if parent is not None else os.getppid())
    _worker_job = (fn, shared)


def _die_with_parent(parent: int) -> None:
    """End this worker when ``parent`` dies, however it dies (a pool must not outlive its job)."""
    try:  # Linux: the kernel sends SIGKILL when the parent goes, even mid-item
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


def _run_in_worker(index: int, item: Any) -> tuple[int, Any]:
    assert _worker_job is not None
    fn, shared = _worker_job
    return index, fn(shared, item)


def _run_local(
    fn: Task, shared: Any, items: Sequence[Any], workers: int
) -> Iterator[tuple[int, Any]]:
    if workers <= 1 or len(items) <= 1:
        for k, item in enumerate(items):
            yield k, fn(shared, item)
        return
    methods = multiprocessing.get_all_start_methods()
    ctx = get_context("fork") if "fork" in methods else get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=min(workers, len(items)),
        mp_context=ctx,
        initializer=_init_worker,
        initargs=(fn, shared, os.getpid()),
    )
    pending: set[Future] = set()
    try:
        # keep at most two items per worker in flight so an interrupt loses little work
        queue = list(enumerate(items))
        limit = 2 * workers
        while queue or pending:
            while queue and len(pending) < limit:
                pending.add(pool.submit(_run_in_worker, *queue.pop(0)))
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for f in done:
                yield f.result()
    finally:
        for f in pending:
            f.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


# ---- Ray -------------------------------------------------------------------------------


def ray_address(address: str | None) -> str | None:
    """The cluster to join: ``address``, else ``$RAY_ADDRESS``, else None (a new local one)."""
    return address or os.environ.get("RAY_ADDRESS") or None


def _ray_call(fn: Task, shared: Any, index: int, item: Any) -> tuple[int, Any]:
    return index, fn(shared, item)


def _run_ray(
    fn: Task, shared: Any, items: Sequence[Any], workers: int | None, address: str | None
) -> Iterator[tuple[int, Any]]:
    ray = require("ray", extra="ray")
    if not ray.is_initialized():
        target = ray_address(address)
        kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
        if target:
            check_reachable(target)
            kwargs["address"] = target
        elif workers:
            kwargs["num_cpus"] = workers
        try:
            ray.init(**kwargs)
        except (ConnectionError, ValueError, RuntimeError) as exc:
            raise InputError(
                f"cannot reach a Ray cluster at {target or 'a new local instance'}: {exc}"
            ) from exc
    remote = ray.remote(num_cpus=1)(_ray_call)
    fn_ref, shared_ref = ray.put(fn), ray.put(shared)
    pending = {remote.remote(fn_ref, shared_ref, k, item): k for k, item in enumerate(items)}
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


def check_reachable(address: str, timeout: float = CONNECT_TIMEOUT_S) -> None:
    """Fail fast with a clear message: Ray itself retries a wrong address for minutes.

    The address must accept a TCP connection and answer the HTTP/2 connection preface with
    a SETTINGS frame (every gRPC server does; a web server, SSH or a closed port does not),
    all within ``timeout`` seconds. ``auto`` (the cluster on this machine) is left to Ray.
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
