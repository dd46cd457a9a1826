"""The CLI on a damaged store, bad output paths and bad flags: one line, exit 2, no traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hostile_run import accord, assert_refused

from accord.cli.app import translate
from accord.errors import InputError, StoreError
from accord.store import check_store
from accord.store.documents import DocumentStore
from accord.store.runs import RunStore


def _store_with_runs(home: Path) -> Path:
    path = home / "accord.duckdb"
    with DocumentStore(path) as docs:
        docs.add_many([])
    runs = RunStore(path)
    rid = runs.create("gaza-2025-03", {"runs": 10}, seed=1, n_chunks=1, code_version="t")
    runs.add_chunk(rid, 0, {"n": list(range(20_000))})  # enough rows to span many blocks
    return path


@pytest.mark.parametrize("keep", [100, 0.5])
def test_a_truncated_store_gives_one_line_naming_the_file(home: Path, keep: float) -> None:
    path = _store_with_runs(home)
    data = path.read_bytes()
    path.write_bytes(data[: int(keep if keep >= 1 else len(data) * keep)])
    with pytest.raises(StoreError, match="accord store check"):
        check_store(path)
    # DuckDB reads blocks lazily: a command that never touches the lost part may still work,
    # but every command that does, and `store check` (which reads everything), says so
    commands = [["runs"], ["store", "check"]] + ([["timeline"]] if keep >= 1 else [])
    for args in commands:
        assert_refused(accord(home, *args), str(path), "accord store check")


def test_store_check_passes_a_sound_store(home: Path) -> None:
    path = _store_with_runs(home)
    tables = check_store(path)
    assert tables["runs"] == 1 and tables["run_chunks"] == 1
    result = accord(home, "store", "check")
    assert result.code == 0 and "ok" in result.stdout


def test_a_file_that_is_not_duckdb_is_a_damaged_store(home: Path) -> None:
    (home / "accord.duckdb").write_text("this is not a database\n" * 100)
    assert_refused(accord(home, "claims"), "accord.duckdb", "damaged")


def test_plot_paths_are_checked_before_the_analysis(home: Path, tmp_path: Path) -> None:
    assert_refused(
        accord(home, "analyze", "--plot", str(tmp_path / "missing" / "p.png")), "does not exist"
    )
    assert_refused(accord(home, "analyze", "--plot", str(tmp_path / "p.txt")), "must end in .png")
    assert_refused(
        accord(home, "forecast", "--runs", "50", "--no-store", "--plot", str(tmp_path)),
        "must end in .png",
    )
    if os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        assert_refused(accord(home, "analyze", "--plot", str(locked / "p.png")), "cannot write")


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e400", "abc"])
def test_set_overrides_must_be_finite_numbers(home: Path, value: str) -> None:
    if value != "nan":  # one child proves the CLI path; the rest check the shared validator
        from accord.validators import parse_override

        with pytest.raises(InputError):
            parse_override(f"round_days={value}")
        return
    assert_refused(
        accord(home, "forecast", "--runs", "50", "--no-store", "--set", f"round_days={value}"),
        "--set round_days",
        "not a finite number",
    )


def test_resume_refuses_new_run_settings(home: Path) -> None:
    assert_refused(
        accord(home, "forecast", "--resume", "abc", "--runs", "5", "--seed", "3"),
        "--runs",
        "--seed",
        "--resume",
    )


def test_plain_exceptions_from_the_input_become_user_errors() -> None:
    assert isinstance(translate(PermissionError(13, "Permission denied", "/x/y.yaml")), InputError)
    assert "nests too deeply" in str(translate(RecursionError()))
    assert translate(ValueError("a bug")) is None  # a bug stays a bug (exit 1, one line)


def test_real_levels_are_bounded_before_the_domain_is_read(home: Path, tmp_path: Path) -> None:
    assert_refused(
        accord(
            home,
            "import",
            "genius",
            str(tmp_path),
            "-o",
            str(tmp_path / "x.yaml"),
            "--real-levels",
            "1000000000",
        ),
        "--real-levels",
        "20000",
    )
