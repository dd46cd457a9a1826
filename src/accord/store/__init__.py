"""The embedded DuckDB store: documents, extractions and forecast runs."""

from accord.store.db import accord_home, check_store, connect, default_db_path

__all__ = ["accord_home", "check_store", "connect", "default_db_path"]
