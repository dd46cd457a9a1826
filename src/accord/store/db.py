"""Where the store lives and how to open it.

The store is one DuckDB file, ``accord.duckdb``, in ``$ACCORD_HOME`` or, when
that is unset, in the per-user data folder (``platformdirs``). Each concern
(documents, runs) creates its own tables on first use.
"""

from __future__ import annotations

import functools
import os
import random
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from platformdirs import user_data_dir

from accord.errors import StoreError

if TYPE_CHECKING:
    import duckdb

# DuckDB is imported by the functions that open the store, not here: a command that only
# asks where the store is (`accord validate` looking for source dates when there is no
# store) does not load it.


def accord_home() -> Path:
    """The folder holding accord's store and run artefacts (created if missing)."""
    home = os.environ.get("ACCORD_HOME")
    path = Path(home).expanduser() if home else Path(user_data_dir("accord", appauthor=False))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"cannot create the accord home folder {path}: {exc}. "
            "Set ACCORD_HOME to a writable folder."
        ) from exc
    return path


def default_db_path() -> Path:
    """Path of the store file: ``accord_home() / 'accord.duckdb'``."""
    return accord_home() / "accord.duckdb"


BUSY = "another accord process is using it"


def damaged(target: str | Path, exc: BaseException) -> StoreError:
    """The one-line error for a store file DuckDB cannot read (truncated, overwritten, not DuckDB)."""
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return StoreError(
        f"the store {target} is damaged or not a DuckDB file ({reason[:160]}); run `accord store "
        f"check` to confirm, then restore it from a backup or move it aside to start an empty store"
    )


def store_error(target: str | Path, exc: duckdb.Error) -> StoreError:
    """A DuckDB error as a one-line :class:`StoreError` naming the file and what to do."""
    import duckdb

    text = str(exc)
    low = text.lower()
    if "could not set lock" in low or "conflicting lock" in low:
        return StoreError(
            f"cannot open the store {target}: {BUSY} "
            f"({text.splitlines()[0][:160]}); wait for it to finish"
        )
    if isinstance(exc, duckdb.PermissionException) or "permission denied" in low:
        return StoreError(
            f"cannot open the store {target}: permission denied; make it writable "
            "or set ACCORD_HOME to a folder you own"
        )
    if isinstance(
        exc,
        duckdb.IOException
        | duckdb.SerializationException
        | duckdb.InternalException
        | duckdb.CatalogException
        | duckdb.InvalidInputException
        | duckdb.FatalException,
    ) or any(
        word in low for word in ("corrupt", "checksum", "not a valid duckdb", "could not read")
    ):
        return damaged(target, exc)
    return StoreError(f"the store {target} failed: {text.splitlines()[0][:200] if text else exc!r}")


LOCK_WAIT_S = 30.0  # how long opening a store another process holds is retried


def connect(
    path: str | Path | None = None, read_only: bool = False, wait: float = LOCK_WAIT_S
) -> duckdb.DuckDBPyConnection:
    """Open the store (the default one unless ``path`` is given).

    DuckDB lets one process at a time open the file, and every accord process
    holds it for short spells (a forecast committing a chunk, the workbench
    reading the evidence while a page-started forecast runs), so a busy file is
    retried for up to ``wait`` seconds before :class:`StoreError` says who holds it.
    """
    import duckdb

    target = Path(path) if path is not None else default_db_path()
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(str(target), read_only=read_only)
        except duckdb.Error as exc:
            error = store_error(target, exc)
            if BUSY not in str(error) or time.monotonic() > deadline:
                raise error from exc
        time.sleep(0.05 + random.random() * 0.1)


F = TypeVar("F", bound=Callable[..., Any])


@contextmanager
def held_interrupts() -> Iterator[None]:
    """Ctrl-C (SIGINT) during the block is held until it ends, then raised.

    DuckDB checks for a pending signal while it runs a statement and then fails it ("Query
    interrupted", which surfaced as an internal error) or, when the statement was done, may
    drop the interrupt; held, a write is never cut short and the interrupt is never lost: the
    caller sees a :class:`KeyboardInterrupt` after the write. Only the main thread handles
    signals, so elsewhere the block runs as it is.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught:
            if callable(previous):
                previous(signal.SIGINT, None)
            elif previous != signal.SIG_IGN:
                raise KeyboardInterrupt


def guarded(method: F) -> F:
    """Turn a DuckDB error inside a store method into a :class:`StoreError` naming the file;
    a Ctrl-C during the method is raised after it (:func:`held_interrupts`)."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        import duckdb  # loaded already: the store was opened

        try:
            with held_interrupts():
                return method(self, *args, **kwargs)
        except duckdb.Error as exc:
            raise store_error(getattr(self, "path", None) or default_db_path(), exc) from exc

    return wrapper  # type: ignore[return-value]


def check_store(path: str | Path | None = None) -> dict[str, int]:
    """Read every table of the store in full; rows per table, or :class:`StoreError` when damaged.

    >>> import tempfile
    >>> check_store(os.path.join(tempfile.mkdtemp(), "new.duckdb"))
    {}
    """
    target = Path(path) if path is not None else default_db_path()
    if not target.exists():
        return {}
    import duckdb

    try:
        con = duckdb.connect(str(target), read_only=True)
    except duckdb.Error as exc:
        raise store_error(target, exc) from exc
    out: dict[str, int] = {}
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT table_name FROM information_schema.tables ORDER BY table_name"
            ).fetchall()
        ]
        for table in tables:
            cols = [
                r[0]
                for r in con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ?",
                    [table],
                ).fetchall()
            ]
            # summing every column's text length makes DuckDB read every block of the table
            exprs = ", ".join(f'sum(length(CAST("{c}" AS VARCHAR)))' for c in cols)
            row = con.execute(f'SELECT count(*), {exprs} FROM "{table}"').fetchone()
            out[table] = int(row[0]) if row else 0
    except duckdb.Error as exc:
        raise damaged(target, exc) from exc
    finally:
        con.close()
    return out
