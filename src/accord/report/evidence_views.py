"""The evidence in the store, shaped for reading: documents, timeline, counts ledger, claims
and the statements no claim was read from.

Built on :mod:`accord.evidence` (extraction, the tables of :mod:`accord.evidence.tables`) and
the document store.
Only extractions already made are read, so viewing never starts a slow
extraction; documents still waiting for one are listed as ``pending``.

>>> import tempfile, os
>>> view = evidence_view(os.path.join(tempfile.mkdtemp(), "s.duckdb"))
>>> view["documents"], view["claims"], view["statements"]
([], [], [])
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from accord.evidence.extract import EXTRACTOR_VERSION
from accord.evidence.tables import claims, ledger_of, sources_of, statements, timeline
from accord.model.extraction import Document, Extraction
from accord.store.documents import DocumentStore
from accord.store.item_reviews import ItemReviewStore, apply_item_reviews
from accord.store.reviews import ReviewStore, apply_reviews


def _span(s: Any) -> dict[str, Any]:
    return dict(s.to_dict())


def _published(e: Extraction | None, doc: Document) -> dict[str, Any]:
    if e is None:
        return {"date": doc.published, "earliest": None, "latest": None, "basis": "metadata"}
    p = e.published
    return {"date": p.date, "earliest": p.earliest, "latest": p.latest, "basis": p.basis}


def load_extractions(db_path: str | Path | None) -> tuple[list[Document], list[Extraction | None]]:
    """Stored documents and their extraction by the current extractor (None if not made yet),
    its claims, counts and events as readers reviewed them
    (:func:`accord.store.reviews.apply_reviews`, :func:`accord.store.item_reviews.apply_item_reviews`)."""
    with DocumentStore(db_path) as store:
        docs = list(store.documents())
        reviews = ReviewStore(store).by_document()
        items = ItemReviewStore(store).by_document()
        exts = [store.extraction(d.hash, EXTRACTOR_VERSION) for d in docs]
    return docs, [
        apply_item_reviews(apply_reviews(e, reviews.get(d.hash, [])), items.get(d.hash, []))
        if e is not None
        else None
        for d, e in zip(docs, exts, strict=True)
    ]


def _framing(docs: list[Document], exts: list[Extraction | None]) -> list[dict[str, Any]]:
    """Per outlet, the words used for each group (accord.evidence.framing), with spans."""
    from accord.evidence.framing import framing_by, load_vocabulary

    claims = {d.name: [c.actor for c in e.claims] for d, e in zip(docs, exts, strict=True) if e}
    return framing_by(docs, load_vocabulary(), by="outlet", claims=claims)


def evidence_view(
    db_path: str | Path | None, actor: str | None = None, issue: str | None = None
) -> dict[str, Any]:
    """Documents, timeline, counts ledger (disagreements flagged), claims filtered by actor/issue
    and the statements no claim was read from (filtered by actor)."""
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
        # what the rules did not classify, for a reader: attributed statements with no claim
        "statements": [
            {
                "actor": q.actor,
                "speaker": q.speaker,
                "description": q.description,
                "published": published,
                "evidence": _span(q.evidence),
            }
            for q, _read, published in statements(done, actor or None, unread=True)
        ],
        "framing": _framing(docs, exts),
        "actors": sorted({c.actor for c, _ in all_claims}),
        "issues": sorted({c.issue for c, _ in all_claims}),
        "filters": {"actor": actor, "issue": issue},
    }
