"""The registry of document readers: one :class:`Reader` per file format.

A reader turns the decoded text of one file into documents, yielding an
:class:`~accord.errors.EvidenceError` for each part it cannot read (a bad line
of JSON Lines) instead of raising, so the rest of the file still goes in.
Bytes are checked and decoded once for every format (:func:`decode`: empty,
too large, binary, not UTF-8), and every document's publication date goes
through the shared validators afterwards (:func:`read_file`).

Adding a format is one reader function and one :func:`register` line; the
contract test (``tests/evidence/test_reader_contract.py``) runs every
registered reader on its :attr:`Reader.example` (docs/extending.md).

>>> sorted(READERS)
['html', 'jsonl', 'text']
>>> reader_for(Path("a.ndjson"), "").name
'jsonl'
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from accord._optional import require
from accord.errors import EvidenceError, InputError
from accord.evidence.reading import decode_references
from accord.model.extraction import Document
from accord.validators import DocumentTooLong, check_text, clean_published

MAX_BYTES = 20_000_000  # a news article is ~10 kB; anything this big is not one

Read = Callable[[Path, str], Iterator[Document | EvidenceError]]


@dataclass(frozen=True)
class Reader:
    """A file format: its name, file suffixes and the function reading its text.

    ``sniff`` recognises the format from the first characters of a file whose suffix is
    not the format's (an HTML page saved as ``.txt``); ``extra`` is the optional extra
    its library comes in; ``example`` is a small valid file of the format for the
    contract test, and ``words`` a phrase the documents read from it must contain.
    ``overhead`` bounds the work of reading a file of one document: a file longer than
    ``overhead`` times the extraction budget is refused before the reader runs (HTML
    markup is parsed at ~0.4 µs a character); None for formats read in linear time or
    holding many documents (plain text, JSON Lines), whose texts are checked one by one.
    """

    name: str
    suffixes: tuple[str, ...]
    read: Read
    example: str
    words: str
    sniff: Callable[[str], bool] | None = None
    extra: str | None = None
    overhead: int | None = None  # file characters per text character at most (see read_file)


READERS: dict[str, Reader] = {}


def register(reader: Reader) -> Reader:
    """Add ``reader`` to the registry (a name or suffix taken twice is a programming error)."""
    taken = {s for r in READERS.values() for s in r.suffixes}
    if reader.name in READERS or taken & set(reader.suffixes):
        raise ValueError(f"reader {reader.name!r} or one of {reader.suffixes} is registered")
    READERS[reader.name] = reader
    return reader


def suffixes() -> set[str]:
    """Every registered suffix: what a folder walk reads as article files."""
    return {s for r in READERS.values() for s in r.suffixes}


def reader_for(path: Path, text: str) -> Reader:
    """The reader of ``path``: by suffix, else the first whose ``sniff`` knows the text,
    else plain text (a file named directly is always read)."""
    suffix = path.suffix.lower()
    for reader in READERS.values():
        if suffix in reader.suffixes:
            return reader
    head = text.lstrip()[:200].lower()
    for reader in READERS.values():
        if reader.sniff is not None and reader.sniff(head):
            return reader
    return READERS["text"]


def decode(path: Path, data: bytes) -> str:
    """The text of a file's bytes (UTF-8, newlines normalised), or an error saying why not."""
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


def read_file(
    path: Path, warnings: list[str] | None = None, max_chars: int | None = None
) -> Iterator[Document | EvidenceError]:
    """Documents in one file; problems are yielded as errors, not raised.

    A bad publication date is dropped and reported in ``warnings`` (when given). With
    ``max_chars`` (the extraction budget), a file whose format has an ``overhead`` and is
    longer than ``overhead * max_chars`` yields :class:`~accord.validators.DocumentTooLong`
    unread; each document's own length is checked by the caller.
    """
    for item in _read_file(path, max_chars):
        if isinstance(item, Document):
            published, warning = clean_published(
                item.published, f"{item.source or path}: published"
            )
            item.published = published
            if warning and warnings is not None:
                warnings.append(warning)
        yield item


def _read_file(path: Path, max_chars: int | None) -> Iterator[Document | EvidenceError]:
    try:
        text = decode(path, path.read_bytes())
        reader = reader_for(path, text)
        if max_chars is not None and reader.overhead is not None:
            limit = reader.overhead * max_chars
            if len(text) > limit:
                raise DocumentTooLong(
                    f"{path}: {len(text):,} characters of {reader.name} is more than "
                    f"{reader.overhead} times the extraction budget of {max_chars:,} characters "
                    f"({limit:,}), refused before reading; raise it with --max-chars "
                    f"{-(-len(text) // reader.overhead)}, or save the article's text alone",
                    path.name,  # the name the document would have had
                    len(text),
                    limit,
                )
        yield from reader.read(path, text)
    except EvidenceError as exc:
        yield exc
    except OSError as exc:
        yield EvidenceError(f"{path}: cannot read ({exc.strerror})")


# ---- the readers -----------------------------------------------------------------------


def read_text(path: Path, text: str) -> Iterator[Document | EvidenceError]:
    """Plain text: the whole file is one document named after the file (HTML character
    references left by a scraper, "&#8217;", decoded)."""
    yield Document(name=path.name, text=decode_references(text), source=str(path))


def read_html(path: Path, markup: str) -> Iterator[Document | EvidenceError]:
    """An HTML page: its main text and metadata (title, site, date, URL) by trafilatura."""
    trafilatura = require("trafilatura", extra="evidence")  # late: slow to import

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
    yield Document(
        name=path.name,
        text=text,
        source=str(path),
        url=meta.get("url"),
        title=title,
        outlet=meta.get("sitename") or meta.get("hostname"),
        published=meta.get("date"),
    )


_JSONL_FIELDS = {"id", "url", "title", "outlet", "published", "text"}


def read_jsonl(path: Path, text: str) -> Iterator[Document | EvidenceError]:
    """JSON Lines: one document per line, ``{"id", "text", "url", "title", "outlet", "published"}``
    (HTML character references in the text decoded, as for plain text)."""
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
        yield Document(
            name=str(rec.get("id") or f"{path.name}:{lineno}"),
            text=decode_references(rec["text"]),
            source=where,
            url=rec.get("url"),
            title=rec.get("title"),
            outlet=rec.get("outlet"),
            published=rec.get("published"),
        )


register(
    Reader(
        "text",
        (".txt", ".text"),
        read_text,
        example="The mediators said on Monday that talks would resume.\n",
        words="talks would resume",
    )
)
register(
    Reader(
        "html",
        (".html", ".htm", ".xhtml"),
        read_html,
        example=(
            "<!doctype html><html><head><title>Talks resume</title></head><body><article>"
            "<h1>Talks resume</h1><p>The mediators said on Monday that talks would resume "
            "after a week of silence, and that both delegations had agreed to attend.</p>"
            "<p>Neither side commented on the agenda, which officials described as open.</p>"
            "</article></body></html>"
        ),
        words="talks would resume",
        sniff=lambda head: head.startswith(("<!doctype html", "<html")),
        extra="evidence",
        overhead=20,  # 3,000,000 characters at the default budget parse in ~1.2 s; pages are ~0.1-0.5 MB
    )
)
register(
    Reader(
        "jsonl",
        (".jsonl", ".ndjson"),
        read_jsonl,
        example=json.dumps(
            {
                "id": "note-1",
                "text": "The mediators said on Monday that talks would resume.",
                "published": "2024-05-06",
            }
        )
        + "\n",
        words="talks would resume",
    )
)
