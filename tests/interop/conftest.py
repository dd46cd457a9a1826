"""Fixtures for the interop tests: the shared GENIUS domains (skipped when absent), and
ANAC 2014's exact analyses, computed once a session."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from interop_reference import shared_dir  # noqa: E402

from accord.interop import GeniusAnalysis, GeniusSet, analyse_genius_set, find_genius_sets  # noqa: E402


@pytest.fixture(scope="session")
def domains_dir() -> Path:
    path = shared_dir() / "domains"
    if not path.is_dir():
        pytest.skip(f"shared GENIUS domains not found at {path} (set ACCORD_SHARED)")
    return path


@pytest.fixture(scope="session")
def checked_analysis() -> Callable[[Path], tuple[GeniusSet, GeniusAnalysis]]:
    """``checked_analysis(folder)``: the folder's one GENIUS set and its analysis with the
    reference frontier checked point by point (``check_reference=True``), computed once.

    ANAC 2014's exact frontier and its point-by-point check take integer programs (tens
    of CPU seconds a folder); ``test_every_domain`` and ``test_genius_reference`` read
    the same analysis of the same folder, and neither changes it. The checked analysis
    is the plain one plus ``reference_points``: same frontier, solutions and summary.
    """
    cache: dict[Path, tuple[GeniusSet, GeniusAnalysis]] = {}

    def get(folder: Path) -> tuple[GeniusSet, GeniusAnalysis]:
        if folder not in cache:
            (s,) = find_genius_sets(folder)
            cache[folder] = (s, analyse_genius_set(s, check_reference=True))
        return cache[folder]

    return get
