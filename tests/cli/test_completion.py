"""Tab completion of scenario arguments: built-in ids first, then YAML files and folders.

One test runs the real shell protocol (bash's ``COMP_WORDS``/``COMP_CWORD`` through the
installed entry point, as ``accord --install-completion`` wires it); the others call the
completion function on a temporary folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from accord.cli.complete import builtin_ids, complete_scenario


def _values(incomplete: str) -> list[str]:
    return [value for value, _ in complete_scenario(incomplete)]


def test_builtin_ids_are_the_packaged_scenarios_with_their_titles() -> None:
    from accord.scenarios import builtin_paths

    ids = builtin_ids()
    assert list(ids) == list(builtin_paths())
    assert all(title and not title.startswith(("'", '"')) for title in ids.values())


def test_a_prefix_offers_only_the_ids_it_begins() -> None:
    some = next(iter(builtin_ids()))
    prefix = some[: len(some) - 2]
    offered = _values(prefix)
    assert some in offered
    assert all(value.startswith(prefix) for value in offered)


def test_paths_offer_yaml_files_and_folders_not_other_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "talks").mkdir()
    (tmp_path / "talks" / "round-1.yaml").write_text("id: x\n")
    (tmp_path / "talks" / "round-2.yml").write_text("id: y\n")
    (tmp_path / "talks" / "notes.txt").write_text("no\n")
    (tmp_path / ".hidden.yaml").write_text("id: z\n")
    monkeypatch.chdir(tmp_path)
    assert "talks/" in _values("")
    assert ".hidden.yaml" not in _values("")
    assert ".hidden.yaml" in _values(".h")
    assert _values("talks/") == ["talks/round-1.yaml", "talks/round-2.yml"]
    assert _values("talks/round-2") == ["talks/round-2.yml"]
    absolute = str(tmp_path / "talks" / "round")
    assert _values(absolute) == [absolute + "-1.yaml", absolute + "-2.yml"]
    assert _values("missing-folder/x") == []


def test_bash_completion_of_a_scenario_argument_through_the_entry_point(tmp_path: Path) -> None:
    (tmp_path / "mine.yaml").write_text("id: mine\n")
    env = {
        **os.environ,
        "_ACCORD_COMPLETE": "complete_bash",
        "COMP_WORDS": "accord forecast ",
        "COMP_CWORD": "2",
    }
    script = "from accord.cli.app import main; main()"
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [*builtin_ids(), "mine.yaml"]
