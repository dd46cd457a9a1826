"""Reading documents from files: plain text, HTML and JSON Lines.

A document's name is its file name, or its ``id`` in JSON Lines. A file that
cannot be read (binary, bad encoding, empty, too large, malformed) is
reported with the reason and skipped; the rest goes in.

>>> from pathlib import Path
>>> import tempfile
>>> p = Path(tempfile.mkdtemp()) / "note.txt"
>>> _ = p.write_text("Hamas said on Wednesday it would not budge.")
>>> [d.name for d in read_documents(p)]
['note.txt']
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from accord._optional import require
from accord.errors import EvidenceError, InputError
from accord.evidence.types import Document

MAX_BYTES = 20_000_000  # a news article is ~10 kB; anything this big is not one
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_JSONL_FIELDS = {"id", "url", "title", "outlet", "published", "text"}


@dataclass
class IngestReport:
    """What an ingest did: new documents, duplicates skipped, files that failed and why."""

    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"added": self.added, "duplicates": self.duplicates,
                "failed": [{"path": p, "reason": r} for p, r in self.failed]}


def walk(paths: Iterable[str | Path]) -> list[Path]:
    """The files named by ``paths``, directories walked recursively, sorted per directory."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(p for p in sorted(path.rglob("*")) if p.is_file()
                         and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    return files


def _decode(path: Path, data: bytes) -> str:
    if not data.strip():
        raise EvidenceError(f"{path}: the file is empty")
    if len(data) > MAX_BYTES:
        raise EvidenceError(f"{path}: {len(data):,} bytes is larger than the "
                            f"{MAX_BYTES:,}-byte limit for one document; split it")
    if b"\x00" in data[:8192]:
        raise EvidenceError(f"{path}: looks binary (NUL bytes); give text, HTML or JSON Lines")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EvidenceError(f"{path}: not valid UTF-8 (byte {exc.start}); "
                            "re-save the file as UTF-8") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _html(path: Path, markup: str) -> Document:
    trafilatura = require("trafilatura", extra="evidence")  # late: slow to import, only HTML needs it

    result = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False)
    if result is None:
        raise EvidenceError(f"{path}: no article text found in the HTML")
    meta = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (meta.get("text") or "").strip()
    if not text:
        raise EvidenceError(f"{path}: no article text found in the HTML")
    title = meta.get("title")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Document(name=path.name, text=text, source=str(path), url=meta.get("url"),
                    title=title, outlet=meta.get("sitename") or meta.get("hostname"),
                    published=meta.get("date"))


def _jsonl(path: Path, text: str) -> Iterator[Document | EvidenceError]:
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield EvidenceError(f"{where}: not valid JSON ({exc.msg})")
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            yield EvidenceError(f"{where}: each line needs an object with a string 'text'")
            continue
        if not rec["text"].strip():
            yield EvidenceError(f"{where}: 'text' is empty")
            continue
        unknown = set(rec) - _JSONL_FIELDS
        if unknown:
            yield EvidenceError(f"{where}: unknown field(s) {sorted(unknown)}; "
                                f"expected {sorted(_JSONL_FIELDS)}")
            continue
        name = str(rec.get("id") or f"{path.name}:{lineno}")
        yield Document(name=name, text=rec["text"], source=where, url=rec.get("url"),
                       title=rec.get("title"), outlet=rec.get("outlet"),
                       published=rec.get("published"))


def read_file(path: Path) -> Iterator[Document | EvidenceError]:
    """Documents in one file; problems are yielded as errors, not raised."""
    try:
        data = path.read_bytes()
        text = _decode(path, data)
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from _jsonl(path, text)
        elif suffix in HTML_SUFFIXES or text.lstrip()[:200].lower().startswith(("<!doctype html",
                                                                                 "<html")):
            yield _html(path, text)
        else:
            yield Document(name=path.name, text=text, source=str(path))
    except EvidenceError as exc:
        yield exc
    except OSError as exc:
        yield EvidenceError(f"{path}: cannot read ({exc.strerror})")


def read_documents(*paths: str | Path) -> Iterator[Document]:
    """Documents in ``paths``; raises :class:`EvidenceError` on the first bad file."""
    for path in walk(paths):
        for item in read_file(path):
            if isinstance(item, EvidenceError):
                raise item
            yield item
