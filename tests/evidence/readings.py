"""Helpers of the stop-by-stop reading tests: what the extractor reads in one written sentence
or short text, as sets of keys (a document published 2024-06-10)."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document, Extraction


def read(text: str) -> Extraction:
    return extract_document(Document(name="t.txt", text=text, published="2024-06-10"))


def counts(text: str) -> set[tuple[str, int]]:
    return {(n.quantity, n.value) for n in read(text).counts}


def claims(text: str) -> set[tuple[str, str, str]]:
    return {(c.actor, c.issue, c.stance) for c in read(text).claims}


def events(text: str) -> set[str]:
    return {e.type for e in read(text).events}
