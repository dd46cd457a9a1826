"""Fixtures of the hostile-input suite; the helpers are in hostile_run.py."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """An empty ACCORD_HOME for one test."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder
