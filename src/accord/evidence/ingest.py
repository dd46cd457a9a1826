"""Reading documents from files: plain text, HTML and JSON Lines.

A document's name is its file name, or its ``id`` in JSON Lines. A file that
cannot be read (binary, bad encoding, empty, too large, malformed) is
reported with the reason and skipped; the rest goes in.

A folder is read for article files only (:data:`ARTICLE_SUFFIXES`); other
files, hidden files and links leading out of the folder are listed as skipped
with the reason, never opened. Texts and publication dates go through the
validators shared with the API (:mod:`accord.validators`): empty texts and NUL
bytes are refused, a date that is not a date between 1900 and a year from
today is dropped with a warning. A text longer than :data:`SECTION_CHARS` is
stored as sections of at most that length, cut at paragraph or sentence ends,
so extraction works in bounded memory (``name#1``, ``name#2``, ...).

>>> from pathlib import Path
>>> import tempfile
>>> p = Path(tempfile.mkdtemp()) / "note.txt"
>>> _ = p.write_text("The council said on Wednesday it would not budge.")
>>> [d.name for d in read_documents(p)]
['note.txt']
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from accord._optional import require
from accord.errors import EvidenceError, InputError
from accord.evidence.types import Document
from accord.store.documents import DocumentStore
from accord.validators import check_text, clean_published

MAX_BYTES = 20_000_000  # a news article is ~10 kB; anything this big is not one
SECTION_CHARS = (
    15_000  # longest text extracted in one piece (~2,500 words; news articles are shorter)
)
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
_JSONL_FIELDS = {"id", "url", "title", "outlet", "published", "text"}


@dataclass
class IngestReport:
    """What an ingest did: new documents, duplicates, files that failed or were skipped, and why.

    ``failed`` are article files that could not be read; ``skipped`` are files a folder walk
    did not take (not an article type, hidden, a link out of the folder); ``renamed`` maps
    a name already taken by another text to the name the new text was stored under;
    ``warnings`` are problems that did not stop a document (a bad date dropped).
    """

    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ingested_anything(self) -> bool:
        """True when at least one document was read (newly stored or already there)."""
        return bool(self.added or self.duplicates)

    def to_dict(self) -> dict[str, object]:
        return {
            "added": self.added,
            "duplicates": self.duplicates,
            "failed": [{"path": p, "reason": r} for p, r in self.failed],
            "skipped": [{"path": p, "reason": r} for p, r in self.skipped],
            "renamed": [{"from": a, "to": b} for a, b in self.renamed],
            "warnings": self.warnings,
        }


def scan(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Article files under ``paths`` and the files passed over, each with the reason.

    A file named directly is always taken (the user chose it). In a folder, only article
    files (.txt, .html, .jsonl and their variants) are taken; hidden entries, other types
    and links whose target lies outside the folder are skipped. Folder links are not
    followed, so a walk cannot leave the folder or loop.
    """
    files: list[Path] = []
    skipped: list[tuple[str, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            _scan_folder(path, files, skipped)
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    return files, skipped


def _scan_folder(folder: Path, files: list[Path], skipped: list[tuple[str, str]]) -> None:
    try:
        root = folder.resolve(strict=True)
    except OSError as exc:
        raise InputError(f"{folder}: cannot read the folder ({exc.strerror})") from None

    def unreadable(exc: OSError) -> None:
        skipped.append((str(exc.filename or folder), f"cannot read ({exc.strerror})"))

    for here, dirs, names in os.walk(folder, followlinks=False, onerror=unreadable):
        base = Path(here)
        hidden = [d for d in dirs if d.startswith(".")]
        for d in sorted(dirs):
            if d.startswith("."):
                continue
            if (base / d).is_symlink():
                skipped.append((str(base / d), "a link to a folder (links are not followed)"))
        dirs[:] = sorted(d for d in dirs if d not in hidden and not (base / d).is_symlink())
        for name in sorted(names):
            p = base / name
            if name.startswith("."):
                continue  # hidden files (.DS_Store, editor swap files) are not articles
            if p.suffix.lower() not in ARTICLE_SUFFIXES:
                skipped.append(
                    (
                        str(p),
                        f"not an article file ({p.suffix or 'no extension'}); "
                        f"a folder is read for {', '.join(sorted(ARTICLE_SUFFIXES))}",
                    )
                )
                continue
            if p.is_symlink():
                try:
                    target = p.resolve(strict=True)
                except (OSError, RuntimeError):
                    skipped.append((str(p), "a broken link"))
                    continue
                if not target.is_relative_to(root):
                    skipped.append((str(p), "a link to a file outside the folder (not followed)"))
                    continue
            if not p.is_file():
                skipped.append((str(p), "not a regular file"))
                continue
            files.append(p)


def walk(paths: Iterable[str | Path]) -> list[Path]:
    """The article files named by ``paths`` (see :func:`scan`), sorted per directory."""
    return scan(paths)[0]


_PARAGRAPH_END = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]?\s+")


def sections(doc: Document, limit: int = SECTION_CHARS) -> list[Document]:
    r"""``doc`` itself when it is short; else pieces of at most ``limit`` characters.

    Pieces end at a paragraph break, else a sentence end, else a space, in the last
    quarter of the window; they share the document's metadata and are named ``name#k``.

    >>> long = Document(name="a.txt", text=("Word " * 30 + "end.\n\n") * 10)
    >>> [(d.name, len(d.text)) for d in sections(long, limit=400)][:2]
    [('a.txt#1', 312), ('a.txt#2', 312)]
    """
    text = doc.text
    if len(text) <= limit:
        return [doc]
    out: list[Document] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            window = text[start + (3 * limit) // 4 : end]
            cut = None
            for pattern in (_PARAGRAPH_END, _SENTENCE_END):
                found = [m.end() for m in pattern.finditer(window)]
                if found:
                    cut = found[-1]
                    break
            if cut is None:
                space = window.rfind(" ")
                cut = space + 1 if space >= 0 else None
            if cut:
                end = start + (3 * limit) // 4 + cut
        piece = text[start:end]
        if piece.strip():
            out.append(
                Document(
                    name=f"{doc.name}#{len(out) + 1}",
                    text=piece,
                    source=doc.source,
                    url=doc.url,
                    title=doc.title,
                    outlet=doc.outlet,
                    published=doc.published,
                )
            )
        start = end
    return out


def _decode(path: Path, data: bytes) -> str:
    if not data.strip():
        raise EvidenceError(f"{path}: the file is empty")
    if len(data) > MAX_BYTES:
        raise EvidenceError(
            f"{path}: {len(data):,} bytes is larger than the "
            f"{MAX_BYTES:,}-byte limit for one document; split it"
        )
    if b"\x00" in data:
        raise EvidenceError(f"{path}: looks binary (NUL bytes); give text, HTML or JSON Lines")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EvidenceError(
            f"{path}: not valid UTF-8 (byte {exc.start}); re-save the file as UTF-8"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _html(path: Path, markup: str) -> Document:
    trafilatura = require(
        "trafilatura", extra="evidence"
    )  # late: slow to import, only HTML needs it

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
    return Document(
        name=path.name,
        text=text,
        source=str(path),
        url=meta.get("url"),
        title=title,
        outlet=meta.get("sitename") or meta.get("hostname"),
        published=meta.get("date"),
    )


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
        try:
            check_text(rec["text"], "'text'")
        except InputError as exc:
            yield EvidenceError(f"{where}: {exc}")
            continue
        if rec.get("id") is not None and not isinstance(rec["id"], str | int):
            yield EvidenceError(f"{where}: 'id' must be a string")
            continue
        unknown = set(rec) - _JSONL_FIELDS
        if unknown:
            yield EvidenceError(
                f"{where}: unknown field(s) {sorted(unknown)}; expected {sorted(_JSONL_FIELDS)}"
            )
            continue
        name = str(rec.get("id") or f"{path.name}:{lineno}")
        yield Document(
            name=name,
            text=rec["text"],
            source=where,
            url=rec.get("url"),
            title=rec.get("title"),
            outlet=rec.get("outlet"),
            published=rec.get("published"),
        )


def read_file(path: Path, warnings: list[str] | None = None) -> Iterator[Document | EvidenceError]:
    """Documents in one file; problems are yielded as errors, not raised.

    A bad publication date is dropped and reported in ``warnings`` (when given).
    """
    for item in _read_file(path):
        if isinstance(item, Document):
            published, warning = clean_published(
                item.published, f"{item.source or path}: published"
            )
            item.published = published
            if warning and warnings is not None:
                warnings.append(warning)
        yield item


def _read_file(path: Path) -> Iterator[Document | EvidenceError]:
    try:
        data = path.read_bytes()
        text = _decode(path, data)
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from _jsonl(path, text)
        elif suffix in HTML_SUFFIXES or text.lstrip()[:200].lower().startswith(
            ("<!doctype html", "<html")
        ):
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


def ingest_into(
    store: DocumentStore,
    paths: Iterable[str | Path],
    progress: Callable[[int, int], None] | None = None,
    batch: int = 64,
) -> IngestReport:
    """Store every readable document under ``paths``; report what was added, skipped and why.

    Documents are committed ``batch`` at a time (one transaction each): an interrupted ingest
    keeps every batch it committed, and a rerun skips what is stored (by exact and by
    normalised content hash), so nothing is lost or stored twice.
    """
    report = IngestReport()
    files, report.skipped = scan(paths)
    pending: list[Document] = []

    def flush() -> None:
        asked = [d.name for d in pending]
        for item, name, new in zip(pending, asked, store.add_many(pending), strict=True):
            (report.added if new else report.duplicates).append(item.name)
            if new and item.name != name:
                report.renamed.append((name, item.name))
        pending.clear()

    for k, path in enumerate(files, start=1):
        for item in read_file(path, report.warnings):
            if isinstance(item, EvidenceError):
                report.failed.append((str(path), str(item)))
                continue
            for part in sections(item):
                pending.append(part)
                if len(pending) >= batch:
                    flush()
        if progress:
            progress(k, len(files))
    flush()
    for old, new in report.renamed:
        report.warnings.append(f"the name {old!r} is taken by another text; stored as {new!r}")
    return report
