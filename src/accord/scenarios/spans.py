"""Check that every cited span says what the scenario claims it says.

A scenario cites documents by name and character span. Given the folder
holding those documents, :func:`check_spans` confirms for each span that the
document exists, that the span lies inside it and that the quoted words are
found exactly there.

Documents resolve only inside that folder: a ``doc`` that is absolute, climbs
out with ``..`` or is a link to a file outside is refused before anything is
opened, and messages about a refused document never quote its content, so an
untrusted scenario cannot read or probe files elsewhere.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from accord.model import Scenario, SourceRef

MAX_DOC_BYTES = 20_000_000  # the ingest limit for one document (accord.evidence.ingest)


def corpus_path(corpus: Path, doc: str) -> Path | None:
    """``corpus / doc`` when that names a regular file inside ``corpus``, else None.

    Sub-folders are allowed; absolute names, ``..``, NUL bytes and links that
    lead out of the folder are not.

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> _ = (root / "a.txt").write_text("x")
    >>> corpus_path(root, "a.txt") == (root / "a.txt").resolve()
    True
    >>> corpus_path(root, "/etc/passwd") is None, corpus_path(root, "../a.txt") is None
    (True, True)
    """
    if not doc or "\x00" in doc or "\\" in doc:
        return None
    rel = Path(doc)
    if rel.is_absolute() or rel.drive or ".." in rel.parts:
        return None
    try:
        root = corpus.resolve(strict=True)
        target = (root / rel).resolve(strict=True)
    except (OSError, RuntimeError):  # missing, permission denied, symlink loop
        return None
    if not target.is_relative_to(root) or not target.is_file():
        return None
    return target


def _read_doc(path: Path) -> str | None:
    """The text of a contained document, or None when it is not readable UTF-8 text."""
    try:
        if path.stat().st_size > MAX_DOC_BYTES:
            return None
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def iter_source_refs(
    obj: Any, path: tuple[Any, ...] = ()
) -> Iterator[tuple[tuple[Any, ...], SourceRef]]:
    """Every :class:`SourceRef` inside a model object, with its field path."""
    if isinstance(obj, SourceRef):
        yield path, obj
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from iter_source_refs(getattr(obj, name), (*path, name))
    elif isinstance(obj, list | tuple):
        for k, v in enumerate(obj):
            yield from iter_source_refs(v, (*path, k))
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from iter_source_refs(v, (*path, k))


def find_corpus() -> Path | None:
    """The folder of source documents: ``$ACCORD_CORPUS``, or a ``shared/corpus`` nearby."""
    env = os.environ.get("ACCORD_CORPUS")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    candidates = [Path.cwd() / "corpus", Path.cwd().parent / "shared" / "corpus"]
    candidates += [parent.parent / "shared" / "corpus" for parent in here.parents]
    for c in candidates:
        if c.is_dir():
            return c
    return None


def check_spans(
    scenario: Scenario, corpus: Path, lookup: Callable[[str], str | None] | None = None
) -> list[tuple[tuple[Any, ...], str]]:
    """Problems with cited spans, as (field path, message); empty when all match.

    A document not in ``corpus`` is looked up with ``lookup`` (e.g. in the
    evidence store, for scenarios drafted from ingested news) when given.
    """
    cache: dict[str, str | None] = {}
    out: list[tuple[tuple[Any, ...], str]] = []
    for path, ref in iter_source_refs(scenario):
        if ref.doc not in cache:
            f = corpus_path(corpus, ref.doc)
            cache[ref.doc] = _read_doc(f) if f is not None else None
            if cache[ref.doc] is None and lookup is not None:
                cache[ref.doc] = lookup(ref.doc)
        text = cache[ref.doc]
        if text is None:
            # one message for missing, unreadable and out-of-folder documents: nothing is
            # revealed about files outside the corpus, not even whether they exist
            out.append(
                (
                    path,
                    f"document '{_shown(ref.doc)}' is not in {corpus} (only readable "
                    "text files inside that folder count; name them relative to it)",
                )
            )
        elif ref.end > len(text):
            out.append(
                (
                    path,
                    f"span {ref.start}-{ref.end} runs past the end of '{ref.doc}' ({len(text)} characters)",
                )
            )
        elif text[ref.start : ref.end] != ref.quote:
            found = text.find(ref.quote)
            hint = (
                f"; the quote is at {found}-{found + len(ref.quote)}"
                if found >= 0
                else "; the quote is not in the document"
            )
            out.append(
                (path, f"the text at {ref.start}-{ref.end} of '{ref.doc}' is not the quote{hint}")
            )
    return out


def _shown(doc: str) -> str:
    """The document name as written, made printable and short (it is untrusted)."""
    clean = "".join(ch if ch.isprintable() else "?" for ch in doc)
    return clean if len(clean) <= 120 else clean[:117] + "..."
