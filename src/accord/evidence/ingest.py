"""Finding and reading documents: folder walks, sections of long texts, the ingest report.

Each file format is a reader of :mod:`accord.evidence.readers` (plain text,
HTML, JSON Lines, ...). A document's name is its file name, or its ``id`` in
JSON Lines. A file that cannot be read (binary, bad encoding, empty, too large,
malformed) is reported with the reason and skipped; the rest goes in. Storing
is the services layer's (:mod:`accord.services.ingest`).

A folder is read for article files only (the readers' suffixes); other
files, hidden files and links leading out of the folder are listed as skipped
with the reason, never opened. Texts and publication dates go through the
validators shared with the API (:mod:`accord.validators`): empty texts and NUL
bytes are refused, a date that is not a date between 1900 and a year from
today is dropped with a warning. A document longer than the extraction budget
(:data:`~accord.validators.MAX_CHARS` characters unless raised) is not stored:
it is listed in ``too_long`` with its length, the limit and the option raising
it, and the rest goes in. A text longer than :data:`SECTION_CHARS` is stored as
sections of at most that length, cut at paragraph or sentence ends, so
extraction works in bounded memory (``name#1``, ``name#2``, ...).

>>> from pathlib import Path
>>> import tempfile
>>> p = Path(tempfile.mkdtemp()) / "note.txt"
>>> _ = p.write_text("The council said on Wednesday it would not budge.")
>>> [d.name for d in read_documents(p)]
['note.txt']
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from accord.errors import EvidenceError, InputError
from accord.evidence.readers import MAX_BYTES, read_file, suffixes
from accord.model.extraction import Document
from accord.validators import MAX_CHARS

__all__ = [
    "MAX_BYTES",
    "MAX_CHARS",
    "SECTION_CHARS",
    "IngestReport",
    "read_documents",
    "read_file",
    "scan",
    "sections",
    "walk",
]

SECTION_CHARS = (
    15_000  # longest text extracted in one piece (~2,500 words; news articles are shorter)
)


@dataclass
class IngestReport:
    """What an ingest did: new documents, duplicates, files that failed or were skipped, and why.

    ``failed`` are article files that could not be read; ``skipped`` are files a folder walk
    did not take (not an article type, hidden, a link out of the folder); ``renamed`` maps
    a name already taken by another text to the name the new text was stored under;
    ``too_long`` are documents over the extraction budget, not stored (name, characters,
    the limit passed, the message saying what to change); ``warnings`` are problems that did
    not stop a document (a bad date dropped).
    """

    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    too_long: list[tuple[str, int, int, str]] = field(default_factory=list)
    max_chars: int = MAX_CHARS
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
            "too_long": [
                {"name": n, "chars": c, "limit": limit, "reason": r}
                for n, c, limit, r in self.too_long
            ],
            "max_chars": self.max_chars,
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

    article_suffixes = suffixes()
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
            if p.suffix.lower() not in article_suffixes:
                skipped.append(
                    (
                        str(p),
                        f"not an article file ({p.suffix or 'no extension'}); "
                        f"a folder is read for {', '.join(sorted(article_suffixes))}",
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


def read_documents(*paths: str | Path) -> Iterator[Document]:
    """Documents in ``paths``; raises :class:`EvidenceError` on the first bad file."""
    for path in walk(paths):
        for item in read_file(path):
            if isinstance(item, EvidenceError):
                raise item
            yield item
