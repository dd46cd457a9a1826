"""What has been fetched from the web: each URL once, so a re-run adds only new items."""

from __future__ import annotations

import duckdb

from accord.errors import StoreError

_SCHEMA = """CREATE TABLE IF NOT EXISTS fetched (
    url VARCHAR PRIMARY KEY,
    kind VARCHAR NOT NULL,          -- 'page' or 'feed'
    status VARCHAR NOT NULL,        -- 'stored', 'duplicate', or why it failed
    fetched_at TIMESTAMP DEFAULT current_timestamp
)"""


class FetchMemory:
    """The URLs already fetched (pages stored or seen to be duplicates; feeds read)."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        """Use an open store connection (e.g. ``DocumentStore().con``): one store, one file."""
        self.con = con
        try:
            self.con.execute(_SCHEMA)
        except duckdb.Error as exc:
            raise StoreError(f"cannot prepare the fetch memory in the store: {exc}") from None

    def seen(self, url: str) -> bool:
        """A page fetched before (stored or duplicate); failed fetches are retried."""
        row = self.con.execute(
            "SELECT status FROM fetched WHERE url = ? AND kind = 'page'", [url]
        ).fetchone()
        return row is not None and row[0] in ("stored", "duplicate")

    def remember(self, url: str, kind: str, status: str) -> None:
        self.con.execute(
            "INSERT OR REPLACE INTO fetched (url, kind, status) VALUES (?, ?, ?)",
            [url, kind, status],
        )

    def count(self) -> int:
        row = self.con.execute("SELECT count(*) FROM fetched").fetchone()
        return int(row[0]) if row else 0
