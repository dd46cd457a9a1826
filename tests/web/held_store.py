"""What the review and fuzz tests share: another process holding the store for a moment (as a
forecast started from the page does while it commits), and an invented article to review."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

# an invented report (no real article); the parties are the vocabulary's
ARTICLE = (
    "Mediators report progress in talks over a truce\n\n"
    "A Hamas spokesman said the group demands a permanent ceasefire and the full withdrawal "
    "of Israeli forces from Gaza before any further releases.\n\n"
    "Qatar's foreign ministry said it offered to guarantee the implementation of any "
    "agreement reached.\n\n"
    "Egypt said it would keep the Rafah crossing open, and a spokesman added that more aid "
    "should enter Gaza every day.\n"
)
ADDED = "more aid should enter Gaza every day"


@contextmanager
def store_held(seconds: float = 1.5) -> Iterator[None]:
    """The store of ``$ACCORD_HOME`` opened by another process for ``seconds``; inside the
    block it holds the file (DuckDB lets one process open it at a time)."""
    from accord.store.db import default_db_path

    hold = (
        "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
        f"time.sleep({seconds})"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", hold, str(default_db_path())], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        yield
    finally:
        proc.wait(timeout=30)
