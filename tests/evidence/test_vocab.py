"""The vocabulary files: loaded and validated at start-up, with errors that say what to fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.errors import EvidenceError
from accord.evidence import vocab


def test_the_packaged_files_load() -> None:
    assert "israel" in vocab.actors().actors
    assert vocab.lexicon().issues["ceasefire"].mutual
    assert "release" in vocab.verbs().events
    assert vocab.milestones().milestones


def test_verb_forms_are_generated_from_lemmas() -> None:
    assert {"release", "releases", "released", "releasing"} == vocab.verb_forms("release")
    assert "handed over" in vocab.verb_forms("hand over")
    assert "submitted" in vocab.verb_forms("submit")  # irregular, from verbs.yaml


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_a_malformed_file_names_the_file_and_the_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, "actors.yaml", "version: 1\nactors:\n  x:\n    names: 3\ninstitutions: []\n")
    monkeypatch.setenv("ACCORD_EVIDENCE_DATA", str(tmp_path))
    with pytest.raises(EvidenceError, match=r"actors\.yaml: actors\.x\.names"):
        vocab.load("actors.yaml", vocab.ActorsFile)


def test_a_bad_regular_expression_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(
        tmp_path,
        "lexicon.yaml",
        "version: 1\nissues:\n  i:\n    patterns:\n    - pattern: '(unclosed'\nstances: {}\n",
    )
    monkeypatch.setenv("ACCORD_EVIDENCE_DATA", str(tmp_path))
    with pytest.raises(EvidenceError, match="not a valid regular expression"):
        vocab.load("lexicon.yaml", vocab.LexiconFile)


def test_an_unknown_version_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path, "verbs.yaml", "version: 7\n")
    monkeypatch.setenv("ACCORD_EVIDENCE_DATA", str(tmp_path))
    with pytest.raises(EvidenceError, match="version 7 is not supported"):
        vocab.load("verbs.yaml", vocab.VerbsFile)


def test_an_official_of_an_unknown_actor_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(
        tmp_path,
        "actors.yaml",
        "version: 1\nactors:\n  a: {names: [A]}\ninstitutions: []\n"
        "officials:\n- {name: Jo Doe, actor: b}\n",
    )
    monkeypatch.setenv("ACCORD_EVIDENCE_DATA", str(tmp_path))
    with pytest.raises(EvidenceError, match="unknown actor 'b'"):
        vocab.actors.__wrapped__()


def test_files_missing_from_the_user_folder_come_from_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACCORD_EVIDENCE_DATA", str(tmp_path))
    assert vocab.load("verbs.yaml", vocab.VerbsFile).events
