"""A reader's reviews of extracted claims, kept in the store beside the documents.

A review says of one claim that it is ``right``, ``wrong`` or ``corrected`` (with the corrected
holder, speaker, issue, stance and value), or ``added``: a claim the rules missed, read by
the reader from the words of the document. A review is keyed by what identifies the claim in
the text, not by the extractor that found it: the document's content hash, the evidence
span (start, end) and the claim's original ``(actor, issue, stance)``. A new extractor
version that reads the same claim from the same words finds its review again.

The reviewed claims of a document (:func:`apply_reviews`) are its extracted claims less
those marked wrong, with corrections applied, plus the claims added; a claim the reader
affirmed (right, corrected, added) stays in the reviewed view even when a later extractor
no longer reads it.

>>> from accord.model.extraction import Claim, Extraction, PublicationDate, Span
>>> c = Claim("b", None, "wages", "demand", None, Span("a.txt", 0, 5, "Union"))
>>> ex = Extraction("a.txt", PublicationDate(None, None, None, "none"), claims=[c])
>>> r = Review.of_claim("h1", c, "wrong")
>>> apply_reviews(ex, [r]).claims
[]
>>> review_id("h1", 0, 5, "b", "wages", "demand") == r.id
True
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from accord.errors import InputError
from accord.model.evidence import Span
from accord.model.extraction import Claim, Extraction
from accord.store.db import guarded

if TYPE_CHECKING:
    from accord.store.documents import DocumentStore


class _OfDocument(Protocol):
    @property
    def doc_hash(self) -> str: ...


R = TypeVar("R", bound=_OfDocument)

VERDICTS = ("right", "wrong", "corrected", "added")
AFFIRMED = ("right", "corrected", "added")  # the claims a reader says the text states

_SCHEMA = """CREATE TABLE IF NOT EXISTS reviews (
    doc_hash VARCHAR NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    actor VARCHAR NOT NULL,
    issue VARCHAR NOT NULL,
    stance VARCHAR NOT NULL,
    doc VARCHAR NOT NULL,
    evidence VARCHAR NOT NULL,
    speaker VARCHAR,
    value VARCHAR,
    mode VARCHAR,
    description VARCHAR,
    verdict VARCHAR NOT NULL,
    new_actor VARCHAR NOT NULL,
    new_speaker VARCHAR,
    new_issue VARCHAR NOT NULL,
    new_stance VARCHAR NOT NULL,
    new_value VARCHAR,
    note VARCHAR,
    reviewed_at TIMESTAMP NOT NULL,
    PRIMARY KEY (doc_hash, span_start, span_end, actor, issue, stance)
)"""

_COLUMNS = (
    "doc_hash",
    "span_start",
    "span_end",
    "actor",
    "issue",
    "stance",
    "doc",
    "evidence",
    "speaker",
    "value",
    "mode",
    "description",
    "verdict",
    "new_actor",
    "new_speaker",
    "new_issue",
    "new_stance",
    "new_value",
    "note",
    "reviewed_at",
)


ID_DIGITS = 8  # hex digits of a claim's id, unless another claim in the store shares them


def review_hash(doc_hash: str, start: int, end: int, actor: str, issue: str, stance: str) -> str:
    """The full hash (40 hex digits) a claim's id is the start of: the same for every
    extractor that reads the claim."""
    key = f"{doc_hash}:{start}:{end}:{actor}:{issue}:{stance}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def review_id(doc_hash: str, start: int, end: int, actor: str, issue: str, stance: str) -> str:
    """The short id of a claim in a document: its hash's first 8 hex digits.

    >>> review_id("abc", 3, 9, "b", "wages", "demand")
    '7de762e1'
    """
    return review_hash(doc_hash, start, end, actor, issue, stance)[:ID_DIGITS]


def short_ids(hashes: Iterable[str], digits: int = ID_DIGITS) -> dict[str, str]:
    """Each full hash's id: its first ``digits`` hex digits, and as many more as it takes to
    tell it from another hash that starts the same (only those two get longer).

    >>> ids = short_ids(["7de762e1aa", "7de762e1b0", "0123456789"], digits=8)
    >>> ids["7de762e1aa"], ids["7de762e1b0"], ids["0123456789"]
    ('7de762e1a', '7de762e1b', '01234567')
    """
    ordered = sorted(set(hashes))
    out = {}
    for k, h in enumerate(ordered):
        n = digits
        for other in ordered[
            max(k - 1, 0) : k + 2
        ]:  # in sorted order, a shared start is a neighbour's
            if other != h:
                n = max(n, len(os.path.commonprefix([h, other])) + 1)
        out[h] = h[:n]
    return out


@dataclass(frozen=True)
class Review:
    """One reviewed claim: its key (``doc_hash``, span, original actor/issue/stance), the claim
    as it was read (``evidence``, ``speaker``, ``value``, ``mode``, ``description``), the
    verdict and the claim as the reader has it (``new_*``)."""

    doc_hash: str
    span_start: int
    span_end: int
    actor: str
    issue: str
    stance: str
    doc: str
    evidence: str
    speaker: str | None
    value: str | None
    mode: str | None
    description: str | None
    verdict: str
    new_actor: str
    new_speaker: str | None
    new_issue: str
    new_stance: str
    new_value: str | None
    note: str | None = None
    reviewed_at: dt.datetime | None = None

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise InputError(f"review verdict {self.verdict!r}: one of {', '.join(VERDICTS)}")

    @property
    def id(self) -> str:
        """The claim's id, 8 hex digits (the store may need more: :func:`short_ids`)."""
        return self.hash[:ID_DIGITS]

    @property
    def hash(self) -> str:
        """The full hash the claim's id starts with (:func:`review_hash`)."""
        return review_hash(
            self.doc_hash, self.span_start, self.span_end, self.actor, self.issue, self.stance
        )

    @classmethod
    def of_claim(cls, doc_hash: str, claim: Claim, verdict: str, note: str | None = None) -> Review:
        """A review of ``claim`` as extracted: right or wrong, its fields unchanged."""
        ev = claim.evidence
        return cls(
            doc_hash=doc_hash,
            span_start=ev.start,
            span_end=ev.end,
            actor=claim.actor,
            issue=claim.issue,
            stance=claim.stance,
            doc=ev.doc,
            evidence=ev.quote,
            speaker=claim.speaker,
            value=claim.value,
            mode=claim.mode,
            description=claim.description,
            verdict=verdict,
            new_actor=claim.actor,
            new_speaker=claim.speaker,
            new_issue=claim.issue,
            new_stance=claim.stance,
            new_value=claim.value,
            note=note,
        )

    def reviewed_claim(self) -> Claim:
        """The claim as the reader has it (for ``wrong``: as it was read)."""
        return Claim(
            actor=self.new_actor,
            speaker=self.new_speaker,
            issue=self.new_issue,
            stance=self.new_stance,
            value=self.new_value,
            evidence=Span(self.doc, self.span_start, self.span_end, self.evidence),
            description=self.description if self.new_actor == self.actor else None,
            mode=self.mode or "actual",
        )

    def to_dict(self) -> dict[str, Any]:
        return {c: getattr(self, c) for c in _COLUMNS} | {"id": self.id}


def claim_key(claim: Claim) -> tuple[int, int, str, str, str]:
    """What identifies a claim within its document: span and (actor, issue, stance)."""
    return (claim.evidence.start, claim.evidence.end, claim.actor, claim.issue, claim.stance)


def review_key(review: Review) -> tuple[int, int, str, str, str]:
    return (review.span_start, review.span_end, review.actor, review.issue, review.stance)


def apply_reviews(extraction: Extraction, reviews: list[Review]) -> Extraction:
    """The extraction with its claims reviewed: wrong ones dropped, corrections applied, the
    claims added (and those affirmed that this extractor no longer reads) put in, in text
    order. Counts, events and quotes are as extracted."""
    if not reviews:
        return extraction
    by_key = {review_key(r): r for r in reviews}
    used: set[tuple[int, int, str, str, str]] = set()
    out: list[Claim] = []
    for claim in extraction.claims:
        review = by_key.get(claim_key(claim))
        if review is None:
            out.append(claim)
            continue
        used.add(claim_key(claim))
        if review.verdict == "wrong":
            continue
        out.append(claim if review.verdict == "right" else _corrected(claim, review))
    present = {claim_key(c) for c in out}
    for key, review in by_key.items():
        if key in used or review.verdict not in AFFIRMED:
            continue
        claim = replace(review.reviewed_claim(), evidence=_span(extraction.doc, review))
        if claim_key(claim) not in present:
            out.append(claim)
            present.add(claim_key(claim))
    out.sort(key=lambda c: c.evidence.start)  # stable: the extractor's order within a span
    return replace(extraction, claims=out)


def _span(doc: str, review: Review) -> Span:
    return Span(doc, review.span_start, review.span_end, review.evidence)


def _corrected(claim: Claim, review: Review) -> Claim:
    return replace(
        claim,
        actor=review.new_actor,
        speaker=review.new_speaker,
        issue=review.new_issue,
        stance=review.new_stance,
        value=review.new_value,
        description=claim.description if review.new_actor == claim.actor else None,
    )


def ensure_table(con: Any, schema: str, table: str, read_only: bool) -> None:
    """Create ``table`` (its ``CREATE TABLE IF NOT EXISTS`` in ``schema``) unless it is there;
    read only, a store written before the table gets an empty temporary one (read as none)."""
    if read_only:
        if not _exists(con, table):
            con.execute(schema.replace("CREATE TABLE", "CREATE TEMP TABLE", 1))
        return
    import duckdb

    for attempt in range(5):
        try:
            con.execute(schema)
            return
        except duckdb.TransactionException:
            # another connection of this process (the workbench answers requests in
            # parallel) created the table at the same moment: it is there, or try again
            if _exists(con, table):
                return
            if attempt == 4:
                raise
            time.sleep(0.05)


def _exists(con: Any, table: str) -> bool:
    found = con.execute(
        "SELECT count(*) FROM information_schema.tables "
        "WHERE table_schema = 'main' AND table_name = ?",
        [table],
    ).fetchone()
    return bool(found and found[0])


class ReviewTable(ABC, Generic[R]):
    """A table of reviews in the store that ``documents`` has open (one connection for both):
    what the claims' and the items' review tables share. A subclass names its ``TABLE`` and
    ``SCHEMA`` and reads its rows (``_select``)."""

    TABLE = ""
    SCHEMA = ""

    def __init__(self, documents: DocumentStore, read_only: bool = False):
        self.path = documents.path
        self.con = documents.con
        self._prepare(read_only)

    @guarded
    def _prepare(self, read_only: bool) -> None:
        ensure_table(self.con, self.SCHEMA, self.TABLE, read_only)

    @guarded
    def of_document(self, doc_hash: str) -> list[R]:
        """The reviews of one document (by content hash), in text order."""
        return self._select("WHERE doc_hash = ?", [doc_hash])

    @guarded
    def all(self) -> list[R]:
        return self._select("", [])

    def by_document(self) -> dict[str, list[R]]:
        """Every review, grouped by document content hash."""
        out: dict[str, list[R]] = {}
        for r in self.all():
            out.setdefault(r.doc_hash, []).append(r)
        return out

    @abstractmethod
    def _select(self, where: str, params: list[Any]) -> list[R]:
        """The table's rows matching ``where`` (an SQL condition with ``?`` for ``params``)."""


class ReviewStore(ReviewTable[Review]):
    """The reviews of claims."""

    TABLE = "reviews"
    SCHEMA = _SCHEMA

    @guarded
    def save(self, review: Review) -> Review:
        """Store ``review``, replacing an earlier one of the same claim; returns it, timed."""
        review = replace(review, reviewed_at=dt.datetime.now(dt.UTC).replace(tzinfo=None))
        values = [getattr(review, c) for c in _COLUMNS]
        self.con.execute(
            f"INSERT OR REPLACE INTO reviews ({', '.join(_COLUMNS)}) "
            f"VALUES ({', '.join('?' for _ in _COLUMNS)})",
            values,
        )
        return review

    @guarded
    def delete(self, review: Review) -> None:
        self.con.execute(
            "DELETE FROM reviews WHERE doc_hash = ? AND span_start = ? AND span_end = ? "
            "AND actor = ? AND issue = ? AND stance = ?",
            [review.doc_hash, *review_key(review)],
        )

    def _select(self, where: str, params: list[Any]) -> list[Review]:
        rows = self.con.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM reviews {where} "
            "ORDER BY doc_hash, span_start, span_end, actor, issue, stance",
            params,
        ).fetchall()
        return [Review(**dict(zip(_COLUMNS, row, strict=True))) for row in rows]

    def reviewed(self, items: list[tuple[str, Extraction]]) -> list[Extraction]:
        """Each (document hash, extraction) pair's extraction with its reviews applied."""
        reviews = self.by_document()
        return [apply_reviews(ex, reviews.get(h, [])) for h, ex in items]
