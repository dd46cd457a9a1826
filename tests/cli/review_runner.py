"""The command line as the review tests run it: a command that must succeed (its output) or
fail as a usage error (its message), and an invented article ingested into the test's store."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from accord.cli import app

runner = CliRunner()


def run(*args: str) -> str:
    out = runner.invoke(app, list(args))
    assert out.exit_code == 0, out.output
    return out.stdout


def fails(*args: str) -> str:
    out = runner.invoke(app, list(args))
    assert out.exit_code == 2, out.output
    return out.output


def ingested(folder: Path, name: str, text: str) -> Path:
    """``text`` written to ``folder/name`` and ingested."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    run("ingest", str(path))
    return path
