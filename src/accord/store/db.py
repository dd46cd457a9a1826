"""Where the store lives and how to open it.

The store is one DuckDB file, ``accord.duckdb``, in ``$ACCORD_HOME`` or, when
that is unset, in the per-user data folder (``platformdirs``). Each concern
(documents, runs) creates its own tables on first use.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
from platformdirs import user_data_dir

from accord.errors import StoreError


def accord_home() -> Path:
    """The folder holding accord's store and run artefacts (created if missing)."""
    home = os.environ.get("ACCORD_HOME")
    path = Path(home).expanduser() if home else Path(user_data_dir("accord", appauthor=False))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the accord home folder {path}: {exc}. "
                         "Set ACCORD_HOME to a writable folder.") from exc
    return path


def default_db_path() -> Path:
    """Path of the store file: ``accord_home() / 'accord.duckdb'``."""
    return accord_home() / "accord.duckdb"


def connect(path: str | Path | None = None, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store (the default one unless ``path`` is given)."""
    target = Path(path) if path is not None else default_db_path()
    try:
        return duckdb.connect(str(target), read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(f"cannot open the store {target}: {exc}") from exc
