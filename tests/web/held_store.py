"""What the review and fuzz tests share: another process holding the store for a moment (as a
forecast started from the page does while it commits), invented articles to review, and an
API client on a store of its own."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from accord.web.app import WebConfig, create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

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

# an invented report with figures and events: the extractor reads two counts (33 released,
# about 1,900 released) and events (talks twice, a release)
FIGURES = (
    "Talks resume in Cairo as a truce holds\n\n"
    "Negotiators met in Cairo on March 2, 2025, to discuss the next phase of the truce.\n\n"
    "Officials said 33 hostages were released during the first phase, and about 1,900 "
    "prisoners were freed in exchange.\n"
)

# an invented report with a figure and an event the extractor misses (a reader adds them)
MISSED = (
    "Convoys keep moving\n\n"
    "Aid officials said the crossing at Kerem Shalom stayed open all week.\n\n"
    "By Thursday the tally of captives brought home since January had reached 25, a ministry "
    "spokesman said.\n\n"
    "Egypt's intelligence chief flew to Doha on March 5, 2025, with a new text.\n"
)
MISSED_COUNT = "the tally of captives brought home since January had reached 25"
MISSED_EVENT = "Egypt's intelligence chief flew to Doha on March 5, 2025"


@contextmanager
def api_client(home: Path, corpus: Path, docs: dict[str, str]) -> Iterator[TestClient]:
    """A client of a workbench whose store (in ``home``) holds ``docs`` (name: text),
    extracted; ``$ACCORD_HOME`` is restored afterwards."""
    old = os.environ.get("ACCORD_HOME")
    os.environ["ACCORD_HOME"] = str(home)
    try:
        with TestClient(create_app(WebConfig(corpus=corpus))) as c:
            for name, text in docs.items():
                r = c.post("/api/evidence/documents", json={"name": name, "text": text})
                assert r.status_code == 201, r.text
            yield c
    finally:
        if old is None:
            os.environ.pop("ACCORD_HOME", None)
        else:
            os.environ["ACCORD_HOME"] = old


def posted(server: Any, name: str, text: str) -> Any:
    """``server`` (a live workbench) with one more article stored through its API."""
    import httpx

    r = httpx.post(
        f"{server.url}/api/evidence/documents", json={"name": name, "text": text}, timeout=120
    )
    assert r.status_code == 201, r.text
    return server


def error(r: Any, status: int) -> dict[str, Any]:
    """The JSON error body of ``r``, checked: the status and the documented shape."""
    assert r.status_code == status, r.text
    body: dict[str, Any] = r.json()
    assert set(body) <= {"error", "detail", "problems"} and body["detail"]
    return body


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
