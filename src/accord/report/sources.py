"""The text of a cited source document, from the store or the corpus folder only.

A source is looked up by name: first among the documents ingested into the
store, then as a file directly inside the corpus folder. Names are checked
before any file is touched: a name with a path separator, ``..``, or any
character outside letters, digits, ``. _ -`` cannot reach the file system, and
the resolved file must sit inside the corpus folder (no symlink escapes).

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("The union said.")
>>> source_text("a.txt", corpus=folder, db_path=None, use_store=False)["text"]
'The union said.'
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from accord.errors import InputError, NotFoundError

SAFE_FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$")
STORE_NAME = re.compile(r"^[^\x00-\x1f/\\]{1,300}$")


def corpus_file(name: str, corpus: Path | None) -> Path | None:
    """``corpus / name`` if ``name`` is a plain file name of a file inside ``corpus``, else None."""
    if corpus is None or not SAFE_FILE_NAME.match(name) or ".." in name:
        return None
    root = corpus.resolve()
    path = (root / name).resolve()
    if path.parent != root or not path.is_file():
        return None
    return path


def source_text(
    name: str, corpus: Path | None, db_path: str | Path | None, use_store: bool = True
) -> dict[str, Any]:
    """The document called ``name``: its text and what is known of its origin.

    Raises :class:`InputError` for a name that cannot be a document name and
    :class:`NotFoundError` when neither the store nor the corpus holds it.
    """
    if not STORE_NAME.match(name) or ".." in name:
        raise InputError(
            f"{name!r} is not a document name: use the name shown with the evidence "
            "(letters, digits, '.', '_', '-'; no folders)"
        )
    if use_store:
        from accord.store.documents import DocumentStore

        with DocumentStore(db_path) as store:
            try:
                doc = store.get(name)
            except NotFoundError:
                doc = None
        if doc is not None:
            return {
                "name": doc.name,
                "text": doc.text,
                "title": doc.title or _first_line(doc.text),
                "outlet": doc.outlet,
                "published": doc.published,
                "url": doc.url,
                "origin": "store",
            }
    path = corpus_file(name, corpus)
    if path is None:
        raise NotFoundError(f"no source document {name!r} in the store or the corpus folder")
    text = path.read_text(encoding="utf-8")
    return {
        "name": name,
        "text": text,
        "title": _first_line(text),
        "outlet": None,
        "published": None,
        "url": None,
        "origin": "corpus",
    }


def _first_line(text: str) -> str | None:
    return text.split("\n", 1)[0].strip()[:200] or None
