"""Helpers of the hostile-input suite (fixtures are in conftest.py): run accord as a user would, in a box.

Every case runs ``accord`` in a child process with a generous timeout and an
address-space limit (``RLIMIT_AS``), so an input that makes accord hang or
allocate without bound fails the test instead of the machine; the child
reports its peak resident memory at exit and every case asserts it stayed under
:data:`PEAK_LIMIT_MB`. (The address-space limit is a safety net set above that:
DuckDB alone reserves ~700 MB of address space it never touches.) The timeouts
bound hangs; they are not performance claims (those live in ``benchmarks/``).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
SHARED = Path(os.environ.get("ACCORD_SHARED") or Path(__file__).resolve().parents[3] / "shared")
MEMORY_LIMIT = 3 << 30  # address space of every child: a runaway allocation fails here
PEAK_LIMIT_MB = 1024  # peak resident memory every hostile case must stay under
CHILD_SCRIPT = (
    "import atexit, resource, sys\n"
    "atexit.register(lambda: sys.stderr.write('\\n@peak_mb=%d\\n' % (resource.getrusage("
    "resource.RUSAGE_SELF).ru_maxrss // 1024)))\n"
    "from accord.cli import main\nmain()\n"
)
TIMEOUT_S = 120  # hangs only; a refused input answers in well under a second of CPU

needs_corpus = pytest.mark.skipif(
    not (SHARED / "corpus").is_dir(), reason=f"no shared corpus at {SHARED} (set ACCORD_SHARED)"
)


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str
    peak_mb: int = 0

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def _limit_memory(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def child_env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    env["ACCORD_HOME"] = str(home)
    env.pop("ACCORD_CORPUS", None)
    env.update(extra)
    return env


def accord(
    home: Path, *args: str, timeout: float = TIMEOUT_S, memory: int = MEMORY_LIMIT, **env: str
) -> Result:
    """Run ``accord ARGS`` in a child limited to ``memory`` bytes and ``timeout`` seconds.

    Asserts the child's peak resident memory stayed under :data:`PEAK_LIMIT_MB`.
    """
    proc = subprocess.run(
        [sys.executable, "-c", CHILD_SCRIPT, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_env(home, **env),
        preexec_fn=lambda: _limit_memory(memory),
        cwd=home.parent,
    )
    stderr, _, peak = proc.stderr.rpartition("\n@peak_mb=")
    if not peak.strip().isdigit():  # killed before exit handlers ran
        stderr, peak = proc.stderr, "0"
    result = Result(proc.returncode, proc.stdout, stderr, int(peak.strip()))
    assert result.peak_mb < PEAK_LIMIT_MB, f"peak {result.peak_mb} MB: {result.output}"
    return result


def assert_refused(result: Result, *needles: str, code: int = 2) -> str:
    """Exit ``code``, no traceback, one ``error:`` line that contains every needle."""
    assert result.code == code, result.output
    assert "Traceback" not in result.output, result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert lines and lines[0].startswith("error:"), result.output
    message = " ".join(lines)
    for needle in needles:
        assert needle in message, message
    return message
