"""The codebase stays lint-clean and the typed core stays type-correct (STYLE.md, Tooling)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is not installed (pip install -e '.[dev]')")
def test_ruff_finds_nothing() -> None:
    result = subprocess.run(["ruff", "check", "src", "tests", "benchmarks"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_on_model_and_analysis() -> None:
    pytest.importorskip("mypy")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "src/accord/model", "src/accord/analysis"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_model_imports_nothing_of_ours_but_itself() -> None:
    """Imports run one way: the domain model knows nothing of I/O or the layers above it."""
    offenders = []
    for path in (ROOT / "src/accord/model").glob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            s = line.strip()
            if s.startswith(("from accord", "import accord")) and not s.startswith("from accord.model"):
                offenders.append(f"{path.name}: {s}")
    assert not offenders, offenders


def test_analysis_does_not_import_upper_layers() -> None:
    upper = ("accord.cli", "accord.web", "accord.report", "accord.store", "accord.evidence", "accord.simulate")
    offenders = []
    for path in (ROOT / "src/accord/analysis").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path.name}: {u}" for u in upper if f"from {u}" in text or f"import {u}" in text]
    assert not offenders, offenders
