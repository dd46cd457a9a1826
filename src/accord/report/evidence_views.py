"""The evidence in the store, shaped for reading: documents, timeline, counts ledger, claims.

Built on :mod:`accord.evidence` (extraction, ledger) and the document store.
Only extractions already made are read, so viewing never starts a slow
extraction; documents still waiting for one are listed as ``pending``.

>>> import tempfile, os
>>> view = evidence_view(os.path.join(tempfile.mkdtemp(), "s.duckdb"))
>>> view["documents"], view["claims"]
([], [])
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from accord.evidence.extract import EXTRACTOR_VERSION
from accord.evidence.ledger import claims, ledger_of, sources_of, timeline
from accord.model.extraction import Document, Extraction
from accord.store.documents import DocumentStore, content_hash


def _span(s: Any) -> dict[str, Any]:
    return {"doc": s.doc, "start": s.start, "end": s.end, "text": s.text}


def _published(e: Extraction | None, doc: Document) -> dict[str, Any]:
    if e is None:
        return {"date": doc.published, "earliest": None, "latest": None, "basis": "metadata"}
    p = e.published
    return {"date": p.date, "earliest": p.earliest, "latest": p.latest, "basis": p.basis}


def load_extractions(db_path: str | Path | None) -> tuple[list[Document], list[Extraction | None]]:
    """Stored documents and their extraction by the current extractor (None if not made yet)."""
    with DocumentStore(db_path) as store:
        docs = list(store.documents())
        exts = [store.extraction(d.hash, EXTRACTOR_VERSION) for d in docs]
    return docs, exts


def _framing(docs: list[Document], exts: list[Extraction | None]) -> list[dict[str, Any]]:
    """Per outlet, the words used for each group (accord.evidence.framing), with spans."""
    from accord.evidence.framing import framing_by, load_vocabulary

    claims = {d.name: [c.actor for c in e.claims] for d, e in zip(docs, exts, strict=True) if e}
    return framing_by(docs, load_vocabulary(), by="outlet", claims=claims)


def evidence_view(
    db_path: str | Path | None, actor: str | None = None, issue: str | None = None
) -> dict[str, Any]:
    """Documents, timeline, counts ledger (disagreements flagged) and claims filtered by actor/issue."""
    docs, exts = load_extractions(db_path)
    done = [e for e in exts if e is not None]
    documents = [
        {
            "name": d.name,
            "title": d.title or d.text.split("\n", 1)[0][:200],
            "outlet": d.outlet,
            "url": d.url,
            "published": _published(e, d),
            "extracted": e is not None,
        }
        for d, e in zip(docs, exts, strict=True)
    ]
    events = [
        {
            "type": ev.type,
            "date": ev.date,
            "date_text": ev.date_text,
            "location": ev.location,
            "actors": ev.actors,
            "evidence": _span(ev.evidence),
        }
        for ev in timeline(done, undated=True)
    ]
    all_claims = claims(done)
    chosen = claims(done, actor or None, issue or None)
    return {
        "documents": documents,
        "pending": [d["name"] for d in documents if not d["extracted"]],
        "timeline": events,
        "ledger": ledger_of(done, sources=sources_of(docs, done)),
        "claims": [
            {
                "actor": c.actor,
                "speaker": c.speaker,
                "description": c.description,
                "issue": c.issue,
                "stance": c.stance,
                "value": c.value,
                "published": published,
                "evidence": _span(c.evidence),
            }
            for c, published in chosen
        ],
        "framing": _framing(docs, exts),
        "actors": sorted({c.actor for c, _ in all_claims}),
        "issues": sorted({c.issue for c, _ in all_claims}),
        "filters": {"actor": actor, "issue": issue},
    }


def add_document(
    db_path: str | Path | None,
    document: Document,
    extract: Callable[[list[Document]], list[Extraction]] | None = None,
) -> dict[str, Any]:
    """Store ``document`` (once, by content) and extract what is pending; returns what it found.

    ``extract`` runs the extraction of a list of documents (the workbench passes one
    that runs it in a worker process); the store is only written here.
    """
    from accord.evidence.pipeline import run_extraction

    with DocumentStore(db_path) as store:
        added = store.add(document)
        todo = store.missing_extractions(EXTRACTOR_VERSION)
    if todo:
        done = (extract or run_extraction)(todo)
        with DocumentStore(db_path) as store:
            store.save_extractions(
                EXTRACTOR_VERSION,
                [(d.hash or content_hash(d.text), ex) for d, ex in zip(todo, done, strict=True)],
            )
    with DocumentStore(db_path) as store:
        stored = store.get(document.name) if added else None
        ex = store.extraction(stored.hash, EXTRACTOR_VERSION) if stored else None
    return {
        "name": document.name,
        "added": added,
        "claims": len(ex.claims) if ex else None,
        "counts": len(ex.counts) if ex else None,
        "events": len(ex.events) if ex else None,
    }
