"""Every simulate test gets its own store (ACCORD_HOME in a temporary folder)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _own_store(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))
