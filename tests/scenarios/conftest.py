"""Shared fixtures: the built-in scenario texts and the corpus they cite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from accord.scenarios import builtin_paths


def shared_dir() -> Path:
    env = os.environ.get("ACCORD_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture(scope="session")
def corpus() -> Path:
    folder = shared_dir() / "corpus"
    if not folder.is_dir():
        pytest.skip(
            f"corpus not found at {folder} (set ACCORD_SHARED to the folder holding corpus/)"
        )
    return folder


@pytest.fixture(scope="session")
def flagship_text() -> str:
    return builtin_paths()["gaza-2025-03"].read_text(encoding="utf-8")
