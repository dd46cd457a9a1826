"""Check that every cited span says what the scenario claims it says.

A scenario cites documents by name and character span. Given the folder
holding those documents, :func:`check_spans` confirms for each span that the
document exists, that the span lies inside it and that the quoted words are
found exactly there.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from accord.model import Scenario, SourceRef


def iter_source_refs(obj: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], SourceRef]]:
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


def check_spans(scenario: Scenario, corpus: Path,
                lookup: Callable[[str], str | None] | None = None) -> list[tuple[tuple[Any, ...], str]]:
    """Problems with cited spans, as (field path, message); empty when all match.

    A document not in ``corpus`` is looked up with ``lookup`` (e.g. in the
    evidence store, for scenarios drafted from ingested news) when given.
    """
    cache: dict[str, str | None] = {}
    out: list[tuple[tuple[Any, ...], str]] = []
    for path, ref in iter_source_refs(scenario):
        if ref.doc not in cache:
            f = corpus / ref.doc
            cache[ref.doc] = f.read_text(encoding="utf-8") if f.is_file() else None
            if cache[ref.doc] is None and lookup is not None:
                cache[ref.doc] = lookup(ref.doc)
        text = cache[ref.doc]
        if text is None:
            out.append((path, f"document '{ref.doc}' is not in {corpus}"))
        elif ref.end > len(text):
            out.append((path, f"span {ref.start}-{ref.end} runs past the end of '{ref.doc}' ({len(text)} characters)"))
        elif text[ref.start : ref.end] != ref.quote:
            found = text.find(ref.quote)
            hint = f"; the quote is at {found}-{found + len(ref.quote)}" if found >= 0 else "; the quote is not in the document"
            out.append((path, f"the text at {ref.start}-{ref.end} of '{ref.doc}' is not the quote{hint}"))
    return out
