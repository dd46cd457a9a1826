"""``accord scenarios``, ``accord analyze`` and ``accord validate``: exit codes, stdout, stderr.

One test per command that writes files or is read by editors and scripts (``analyze --plot``,
``validate``) starts ``python -m accord`` (the ``accord`` command without PATH) in a subprocess,
as a user runs it. The others read the same app's exit code, stdout (JSON where asked) and
stderr in this process (:func:`run`, typer's runner: the same parsing, commands and error
handling, without the ~0.6 s start-up of a fresh interpreter each); the process boundary is
tested in those two, in ``tests/cli/test_startup.py`` and in ``tests/hostile``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from png_checks import assert_chart_png
from typer.testing import CliRunner

from accord.cli import app

ACCORD = [sys.executable, "-m", "accord"]

BUILTINS = ["gaza-2023-12", "gaza-2024-04", "gaza-2025-03", "labour-2026-03"]


def run_process(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m accord ARGS`` in a child process."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "NUMBA_NUM_THREADS": "1"}
    return subprocess.run(
        [*ACCORD, *args], capture_output=True, text=True, timeout=120, cwd=cwd, env=env, check=False
    )


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """``accord ARGS`` through the app in this process: exit code, stdout and stderr apart."""
    result = CliRunner().invoke(app, list(args), prog_name="accord")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a traceback the subprocess would have printed: fail loudly
    return subprocess.CompletedProcess(
        ["accord", *args], result.exit_code, result.stdout, result.stderr
    )


def flat(text: str) -> str:
    """Output with line wrapping undone (the console wraps long messages)."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def flagship() -> dict:
    out = run("analyze", "--format", "json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def relaxed() -> dict:
    out = run("analyze", "gaza-2025-03", "--relax", "hamas.hamas_rule", "--format", "json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_scenarios_lists_the_builtins_as_json():
    out = run("scenarios", "--format", "json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert [r["id"] for r in rows] == BUILTINS
    dates = {r["id"]: r["date"] for r in rows}
    assert dates["gaza-2025-03"] == "2025-03-06"
    for r in rows:
        if r["id"].startswith("gaza-"):
            assert {"israel", "hamas"} <= set(r["parties"])
        assert r["title"] and r["issues"]


def test_analyze_defaults_to_the_flagship_and_names_it(flagship):
    assert flagship["scenario"] == {
        "id": "gaza-2025-03",
        "title": flagship["scenario"]["title"],
        "date": "2025-03-06",
    }
    assert flagship["parties"] == ["israel", "hamas"]
    assert flagship["relaxed"] == []


def test_analyze_gives_each_tabled_proposal_utilities_and_red_line_verdicts(flagship):
    proposals = {p["id"]: p for p in flagship["proposals"]}
    assert set(proposals) == {"january_terms", "us_revised_proposal"}
    for p in proposals.values():
        assert set(p["parties"]) == {"israel", "hamas"}
        for verdict in p["parties"].values():
            for key in ("final_utility", "expected_utility", "fallback", "red_lines", "acceptable"):
                assert key in verdict
            assert isinstance(verdict["expected_utility"], float)
            for line in verdict["red_lines"].values():
                assert isinstance(line["ok"], bool)
        assert 0.0 <= p["completion_probability"] <= 1.0
    us = proposals["us_revised_proposal"]
    assert us["parties"]["hamas"]["acceptable"] is False
    assert us["parties"]["israel"]["red_lines"]["hamas_rule"]["ok"] is False
    assert us["parties"]["israel"]["red_lines_crossed"] == ["hamas_rule"]
    assert us["completion_probability"] < 0.5


def test_analyze_reports_an_empty_zone_with_a_diagnosis(flagship):
    space = flagship["agreement_space"]
    assert space["packages"] >= 1_000_000
    assert space["zone_exists"] is False
    assert space["zone_size"] == 0
    assert flagship["solutions"] == {
        "nash": None,
        "kalai_smorodinsky": None,
        "egalitarian": None,
        "utilitarian": None,
    }
    assert flagship["diagnosis"], "an empty zone must be diagnosed"
    first = flagship["diagnosis"][0]
    assert first["relax"] and first["packages_opened"] > 0 and first["concessions"]
    assert any(c["issue"] == "hamas_rule" for c in flagship["conflicts"])


def test_relaxing_hamas_rule_opens_a_zone_and_changes_the_answer(flagship, relaxed):
    assert relaxed["relaxed"] == ["hamas.hamas_rule"]
    assert relaxed["agreement_space"]["zone_exists"] is True
    assert relaxed["agreement_space"]["zone_size"] > 0
    assert relaxed["diagnosis"] is None
    nash = relaxed["solutions"]["nash"]
    assert nash is not None
    assert all(v["acceptable"] for v in nash["parties"].values())
    assert relaxed["recommendation"]["requires_relaxing"] == []
    # the lifted red line is shown as relaxed, not as crossed
    for p in relaxed["proposals"]:
        assert p["parties"]["hamas"]["red_lines"]["hamas_rule"]["relaxed"] is True
    assert relaxed["agreement_space"] != flagship["agreement_space"]


def test_analyze_writes_a_png_plot_and_a_readable_table(tmp_path):
    out = run_process("analyze", "gaza-2023-12", "--plot", "space.png", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert_chart_png(tmp_path / "space.png", size=(2000, 1040))  # 1000 x 520 at scale 2
    text = flat(out.stdout)
    assert "plot written to space.png" in text
    assert "gaza-2023-12 · 2023-12-20" in text
    assert "No zone of agreement" in text
    assert "On ceasefire, the stated red lines cannot all hold at once" in text
    assert "Hamas's stated red line on ceasefire" in text  # the smallest relaxation, in words


def test_analyze_rejects_an_unknown_relaxation_clearly():
    out = run("analyze", "--relax", "hamas.everything")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    err = flat(out.stderr)
    assert "cannot relax 'hamas.everything'" in err
    assert "hamas.hamas_rule" in err  # the choices are listed


def test_analyze_of_an_unknown_scenario_lists_the_builtins():
    out = run("analyze", "gaza-1999-01")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert "gaza-2025-03" in flat(out.stderr)


@pytest.fixture(scope="module")
def broken(tmp_path_factory) -> tuple[subprocess.CompletedProcess[str], int]:
    """``accord validate broken.yaml`` on the flagship with one red line that is no level (run
    once for the tests that read its output), and the line of that red line."""
    from accord.scenarios import builtin_paths

    folder = tmp_path_factory.mktemp("broken")
    text = builtin_paths()["gaza-2025-03"].read_text(encoding="utf-8")
    old = "    red_line: full\n"
    line = text[: text.index(old)].count("\n") + 1
    (folder / "broken.yaml").write_text(
        text.replace(old, "    red_line: total\n", 1), encoding="utf-8"
    )
    return run_process("validate", "broken.yaml", cwd=folder), line


def test_validate_rejects_a_broken_file_with_file_and_line(broken):
    out, line = broken
    assert out.returncode == 2
    assert "Traceback" not in out.stderr + out.stdout
    err = flat(out.stderr)
    assert (
        f"broken.yaml:{line}: positions.13.red_line: 'total' is not a level of issue 'withdrawal'"
        in err
    )


def test_each_problem_is_one_line_of_stderr_for_editors_and_grep(broken):
    out, _ = broken
    lines = out.stderr.splitlines()
    problem = next(ln for ln in lines if ln.startswith("broken.yaml:") and ": positions." in ln)
    assert problem.endswith("(levels: none, partial, full)")
