"""Shared by the benchmark scripts: a description of the machine, and writing a BENCHMARKS.md section.

The scripts run as ``python benchmarks/bench_X.py``, so this module is importable as ``_common``.
"""

from __future__ import annotations

import os
import platform
import re
from pathlib import Path

BENCHMARKS_MD = Path(__file__).resolve().parents[1] / "BENCHMARKS.md"


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo (or what platform knows)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def machine(*versions: str) -> str:
    """One line: CPU, logical CPUs, OS, Python, plus any ``versions`` given ("NumPy 2.4", ...)."""
    parts = [
        f"{cpu_model()}, {os.cpu_count()} logical CPUs, {platform.system()} {platform.release()}",
        f"Python {platform.python_version()}",
        *versions,
    ]
    return "; ".join(parts)


def write_section(section: str, body: str, path: Path = BENCHMARKS_MD) -> None:
    """Replace the text between ``<!-- section: NAME -->`` and its closing marker."""
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(
        rf"(<!-- section: {re.escape(section)} -->\n).*?(<!-- /section: {re.escape(section)} -->)",
        re.S,
    )
    if not pattern.search(text):
        raise SystemExit(f"{path} has no '<!-- section: {section} -->' block")
    path.write_text(
        pattern.sub(lambda m: m.group(1) + body.rstrip() + "\n" + m.group(2), text),
        encoding="utf-8",
    )
