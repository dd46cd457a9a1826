"""What every test gets: its own accord store, and no silent skips in CI.

* ACCORD_HOME points into a temporary folder for the whole session (never the
  user's real store), and each test gets a fresh one of its own unless a wider
  fixture (a module's prepared store) chose one; every change is undone after.
* With ``ACCORD_NO_SKIPS=1`` (set by ``.ci/run``) a skip is allowed only when
  its reason names a module of an optional extra that is not installed; any
  other skip is reported as a failure.
* The suite runs on two workers per core (pytest-xdist, ``-n auto`` in
  pyproject.toml, at most 4); ``-n 0`` runs it in this one process.
* In one process, ``mypy src`` (tests/test_tooling.py) starts in the background
  as soon as the tests are collected, when that test is among them: it is the
  longest single check (~25 s of CPU from a cold start) and needs nothing from
  the other tests, so it runs on the core a serial run leaves idle; the test
  waits for it.
"""

from __future__ import annotations

import importlib.util
import itertools
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Python writes and reuses the bytecode of the modules it imports unless told not to
# (PYTHONDONTWRITEBYTECODE, set on some machines). The suite starts ~80 ``accord`` child
# processes (tests of the command as a user runs it, in hostile-input boxes, servers); without
# bytecode each would compile from source every module it imports (~0.1 s of CPU a child, far
# more for the commands that load the extractor), so the suite lets bytecode be written, for
# itself (before accord is first imported, below) and for its children (their environment).
# The written files are Python's usual __pycache__ (ignored by git); what runs is unchanged.
if os.environ.pop("PYTHONDONTWRITEBYTECODE", None) is not None:
    sys.dont_write_bytecode = False

from accord._optional import EXTRA_MODULES  # noqa: E402

OPTIONAL_MODULES = sorted({m for mods in EXTRA_MODULES.values() for m in mods})
ROOT = Path(__file__).resolve().parents[1]
MYPY_SRC = [sys.executable, "-m", "mypy", "src"]
_MYPY: dict[str, subprocess.Popen[str]] = {}


def _start_mypy() -> subprocess.Popen[str]:
    return subprocess.Popen(
        MYPY_SRC, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto`` (pyproject.toml): two workers per core this process may run on, at most 4
    (each worker loads the parser and may start a browser or a Ray cluster of its own).

    Many tests wait rather than compute (a browser drawing, a server starting, a child command
    loading the parser), so a second worker per core fills those waits: on two cores the suite
    took 306 s on four workers against 333 s on two (BENCHMARKS.md, stop 61)."""
    return max(1, min(2 * len(os.sched_getaffinity(0)), 4))


def pytest_collection_finish(session: pytest.Session) -> None:
    if os.environ.get("PYTEST_XDIST_WORKER"):  # every worker collects every test, and no core
        return  # is idle: the test starts mypy itself, on the worker that runs it
    wanted = any(
        item.path.name == "test_tooling.py" and item.name == "test_mypy_on_all_of_src"
        for item in session.items
    )
    if wanted and importlib.util.find_spec("mypy") is not None:
        _MYPY["proc"] = _start_mypy()


def pytest_sessionfinish() -> None:
    proc = _MYPY.pop("proc", None)
    if proc is not None and proc.poll() is None:  # a run stopped before the test (-x, Ctrl-C)
        proc.kill()
        proc.communicate()


@pytest.fixture(scope="session")
def mypy_on_src() -> tuple[int, str]:
    """``mypy src`` run from the repository root: (exit code, output)."""
    proc = _MYPY.pop("proc", None) or _start_mypy()
    out, _ = proc.communicate()
    return proc.returncode, out


@pytest.fixture(scope="session", autouse=True)
def _session_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("accord-home")
    old = os.environ.get("ACCORD_HOME")
    os.environ["ACCORD_HOME"] = str(home)
    yield home
    if old is None:
        os.environ.pop("ACCORD_HOME", None)
    else:
        os.environ["ACCORD_HOME"] = old


@pytest.fixture(scope="session")
def _test_homes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of the stores of tests that ask for no ``tmp_path`` of their own."""
    return tmp_path_factory.mktemp("test-homes")


_HOMES = itertools.count()


@pytest.fixture(autouse=True)
def _own_store(
    request: pytest.FixtureRequest,
    _session_home: Path,
    _test_homes: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A fresh store per test; restored afterwards even if the test set ACCORD_HOME itself.

    The store is ``tmp_path / "accord-home"`` when the test has a ``tmp_path``; otherwise a new
    name in one session folder (not created: accord creates it on first write, as it would
    under ``tmp_path``). pytest's ``tmp_path`` lists every folder it made so far to number the
    next one, so making one for each of ~3,000 tests cost seconds for nothing.
    """
    if os.environ.get("ACCORD_HOME") == str(_session_home):  # no module fixture prepared one
        if "tmp_path" in request.fixturenames:
            home = request.getfixturevalue("tmp_path") / "accord-home"
        else:
            home = _test_homes / f"home-{next(_HOMES)}"
        monkeypatch.setenv("ACCORD_HOME", str(home))
    else:
        monkeypatch.setenv("ACCORD_HOME", os.environ["ACCORD_HOME"])  # undone after the test


def _installed(module: str) -> bool:
    if module in sys.modules:  # None there blocks an import, as for a missing package
        return sys.modules[module] is not None
    return importlib.util.find_spec(module) is not None


def missing_extra(reason: str) -> str | None:
    """The optional module a skip reason names that is really not installed, if any."""
    for module in OPTIONAL_MODULES:
        if module in reason and not _installed(module):
            return module
    return None


def _forbid_skip(report: Any) -> None:
    if (
        os.environ.get("ACCORD_NO_SKIPS") != "1"
        or not report.skipped
        or hasattr(report, "wasxfail")
    ):
        return
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
    if missing_extra(reason) is None:
        report.outcome = "failed"
        report.longrepr = (
            f"skipped ({reason}), but ACCORD_NO_SKIPS=1 allows a skip only for an "
            "optional extra that is not installed"
        )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    _forbid_skip(outcome.get_result())  # type: ignore[attr-defined]


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Iterator[None]:
    outcome = yield
    _forbid_skip(outcome.get_result())  # type: ignore[attr-defined]
