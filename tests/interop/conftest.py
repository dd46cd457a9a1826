"""Fixtures for the interop tests: the shared GENIUS domains (skipped when absent)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from interop_reference import shared_dir  # noqa: E402


@pytest.fixture(scope="session")
def domains_dir() -> Path:
    path = shared_dir() / "domains"
    if not path.is_dir():
        pytest.skip(f"shared GENIUS domains not found at {path} (set ACCORD_SHARED)")
    return path
