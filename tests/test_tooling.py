"""The codebase stays lint-clean and the typed core stays type-correct (STYLE.md, Tooling)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_finds_nothing() -> None:
    pytest.importorskip("ruff")  # the dev extra
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "src", "tests", "benchmarks"], cwd=ROOT,
                            capture_output=True, text=True)
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


@pytest.mark.parametrize(("module", "extra", "args"), [
    ("matplotlib", "plot", ["analyze", "--plot", "space.png"]),
    ("uvicorn", "web", ["serve"]),
    ("ray", "ray", ["forecast", "--runs", "64", "--backend", "ray"]),
    ("spacy", "evidence", ["ingest", "docs"]),
])
def test_a_missing_extra_is_one_line_naming_it(module, extra, args, tmp_path) -> None:
    """Without an extra's package the command says which extra to install (no traceback)."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Hamas said it demands a permanent ceasefire.", "utf-8")
    code = (f"import sys; sys.modules[{module!r}] = None; sys.argv = ['accord', *{args!r}]; "
            "from accord.cli import main; main()")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.strip() == f'error: {module} is not installed: pip install "accord[{extra}]"'
