"""Tables over extractions: the counts ledger, the timeline of events, claims by actor and
the statements they were read from (or not).

The tables ``accord ledger``, ``accord timeline``, ``accord claims`` and ``accord statements``
print, and the evidence views of the report and workbench show; the scenario's own counts
ledger is :mod:`accord.model.ledger`.

The ledger groups figures by quantity (and normalised label for ``other``), the
date they refer to (``as_of``, not the publication date) and their mode (a
planned release is not compared with releases done), keeps every source's
figure with its outlet, date and link, and flags a disagreement when sources
give different values for the same thing — e.g. people taken on one day
reported as 240, 250 and 251.

>>> from accord.evidence.types import Count, Span
>>> c = lambda v, d: Count("people_taken", v, False, "2023-10-07", "", Span(d, 0, 1, "x"))
>>> rows = ledger([c(240, "a"), c(251, "b")])
>>> rows[0]["disagreement"]
True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # annotations only: the command line reads MIN_STATEMENT_WORDS without the model
    from accord.evidence.types import Claim, Count, Document, Event, Extraction, Quote, Span


@dataclass(frozen=True)
class Source:
    """Where a document comes from, as an analyst cites it."""

    doc: str
    outlet: str | None = None
    published: str | None = None  # the metadata date, else the one inferred from the text
    url: str | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "outlet": self.outlet,
            "published": self.published,
            "url": self.url,
            "title": self.title,
        }

    def label(self) -> str:
        """``outlet, date`` (or the document name when the outlet is unknown)."""
        return f"{self.outlet or self.doc}, {self.published or 'undated'}"


Sources = dict[str, Source]


def sources_of(documents: Iterable[Document], extractions: Iterable[Extraction] = ()) -> Sources:
    """Each document's source by name; the date inferred from the text when metadata has none.

    >>> from accord.evidence.types import Document
    >>> d = Document(name="a", text="", outlet="Wire", url="https://example.org/a")
    >>> sources_of([d])["a"].label()
    'Wire, undated'
    """
    inferred = {e.doc: e.published.date for e in extractions}
    return {
        d.name: Source(d.name, d.outlet, d.published or inferred.get(d.name), d.url, d.title)
        for d in documents
    }


def source_fields(span: Span, sources: Sources | None, words: str = "text") -> dict[str, Any]:
    """The citation of an item: document, outlet, date, URL, character span and the words
    (under the key ``words``)."""
    src = (sources or {}).get(span.doc) or Source(span.doc)
    return {**src.to_dict(), "start": span.start, "end": span.end, words: span.text}


def _counts(extractions: Iterable[Extraction]) -> list[Count]:
    return [c for e in extractions for c in e.counts]


def ledger(
    counts: Iterable[Count], quantity: str | None = None, sources: Sources | None = None
) -> list[dict[str, Any]]:
    """One row per (quantity, label, as_of, mode) with every source's figure, oldest first."""
    groups: dict[tuple[str, str, str, str], list[Count]] = {}
    for c in counts:
        if quantity and c.quantity != quantity:
            continue
        label = (c.label or "").lower() if c.quantity == "other" else ""
        groups.setdefault((c.quantity, label, c.as_of or "", c.mode), []).append(c)
    rows = []
    for (q, _label, as_of, mode), items in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][2], kv[0][1], kv[0][3])
    ):
        values = sorted({c.value for c in items})
        # figures of one document are parts of its account, not a disagreement with itself
        per_doc = {c.evidence.doc: c for c in items}
        exact = {c.value for c in per_doc.values() if not c.approx}
        compared = sorted({c.value for c in per_doc.values()})
        rows.append(
            {
                "quantity": q,
                "label": items[0].label,
                "as_of": as_of or None,
                "mode": mode,
                "values": values,
                "disagreement": len(per_doc) > 1 and (len(exact) > 1 or not _within(compared)),
                "documents": len(per_doc),  # one document's figures are not compared
                "sources": [
                    {**source_fields(c.evidence, sources), "value": c.value, "approx": c.approx}
                    for c in items
                ],
            }
        )
    return rows


def _within(values: list[int], tolerance: float = 0.05) -> bool:
    """Hedged figures ("about 240", "some 250") agree if they lie within 5 % of each other."""
    return max(values) <= min(values) * (1 + tolerance)


def ledger_of(
    extractions: Iterable[Extraction], quantity: str | None = None, sources: Sources | None = None
) -> list[dict[str, Any]]:
    return ledger(_counts(extractions), quantity, sources)


def timeline(extractions: Iterable[Extraction], undated: bool = False) -> list[Event]:
    """Events in date order (undated ones last when ``undated``, else left out)."""
    events = [ev for e in extractions for ev in e.events]
    dated = sorted(
        (e for e in events if e.date), key=lambda e: (e.date, e.evidence.doc, e.evidence.start)
    )
    return dated + ([e for e in events if not e.date] if undated else [])


def timeline_rows(
    extractions: Iterable[Extraction], undated: bool = False, sources: Sources | None = None
) -> list[dict[str, Any]]:
    """The timeline as rows: each event with its mode and its source's outlet, date and URL."""
    return [
        {
            "date": e.date,
            "type": e.type,
            "mode": getattr(e, "mode", None),
            "date_text": e.date_text,
            "location": e.location,
            "actors": e.actors,
            **source_fields(e.evidence, sources, "evidence"),
        }
        for e in timeline(extractions, undated)
    ]


def claims(
    extractions: Iterable[Extraction],
    actor: str | None = None,
    issue: str | None = None,
    stance: str | None = None,
) -> list[tuple[Claim, str | None]]:
    """Claims matching the filters, each with its document's publication date."""
    out = []
    for e in extractions:
        for c in e.claims:
            if (
                (actor and c.actor != actor)
                or (issue and c.issue != issue)
                or (stance and c.stance != stance)
            ):
                continue
            out.append((c, e.published.date))
    out.sort(key=lambda t: (t[1] or "", t[0].evidence.doc, t[0].evidence.start))
    return out


def claim_rows(
    extractions: Iterable[Extraction],
    actor: str | None = None,
    issue: str | None = None,
    stance: str | None = None,
    sources: Sources | None = None,
) -> list[dict[str, Any]]:
    """Claims as rows: holder, speaker, issue, stance, value, mode and the source's citation."""
    rows = []
    for c, pub in claims(extractions, actor, issue, stance):
        cite = source_fields(c.evidence, sources, "evidence")
        rows.append(
            {
                "actor": c.actor,
                "speaker": c.speaker,
                "description": c.description,
                "issue": c.issue,
                "stance": c.stance,
                "value": c.value,
                "mode": getattr(c, "mode", None),
                **cite,
                "published": cite["published"] or pub,
            }
        )
    return rows


# A quotation shorter than this is a term the text puts in quotation marks ("a 'pause'"), which
# framing reads, not a statement (a display rule; ``--min-words`` changes it).
MIN_STATEMENT_WORDS = 4


def _overlap(a: Span, b: Span) -> bool:
    return a.doc == b.doc and a.start < b.end and b.start < a.end


def statements(
    extractions: Iterable[Extraction],
    actor: str | None = None,
    unread: bool = False,
    min_words: int = MIN_STATEMENT_WORDS,
) -> list[tuple[Quote, list[Claim], str | None]]:
    """Each attributed statement (direct or reported speech) with the claims read from its
    words and its document's publication date; ``unread``: only those no claim was read
    from, the part of the news the rules did not classify, for a reader to go through.

    >>> from accord.evidence.types import Extraction, PublicationDate, Quote, Span
    >>> q = Quote("we will not sign this text", True, "A. Spokes", "party_a", None,
    ...           Span("d", 10, 36, "..."))
    >>> e = Extraction(doc="d", published=PublicationDate(None, None, None, "none"), quotes=[q])
    >>> [(s.speaker, read) for s, read, _ in statements([e], unread=True)]
    [('A. Spokes', [])]
    """
    out = []
    for e in extractions:
        for q in e.quotes:
            if len(q.text.split()) < min_words or (actor and q.actor != actor):
                continue
            read = [c for c in e.claims if _overlap(c.evidence, q.evidence)]
            if unread and read:
                continue
            out.append((q, read, e.published.date))
    out.sort(key=lambda t: (t[2] or "", t[0].evidence.doc, t[0].evidence.start))
    return out


def statement_rows(
    extractions: Iterable[Extraction],
    actor: str | None = None,
    unread: bool = False,
    sources: Sources | None = None,
    min_words: int = MIN_STATEMENT_WORDS,
) -> list[dict[str, Any]]:
    """Statements as rows: the party the speaker speaks for, the speaker, whether quoted
    directly, the claims read from them (``stance issue`` of ``actor``) and the citation."""
    rows = []
    for q, read, pub in statements(extractions, actor, unread, min_words):
        cite = source_fields(q.evidence, sources, "evidence")
        rows.append(
            {
                "actor": q.actor,
                "speaker": q.speaker,
                "description": q.description,
                "direct": q.direct,
                "claims": [f"{c.actor} {c.stance} {c.issue}" for c in read],
                **cite,
                "published": cite["published"] or pub,
            }
        )
    return rows


def unread_by_party(extractions: Iterable[Extraction], parties: Iterable[str]) -> dict[str, int]:
    """Per party (of ``parties``), how many statements of its speakers gave no claim."""
    wanted = set(parties)
    out: dict[str, int] = {}
    for q, _read, _pub in statements(extractions, unread=True):
        if q.actor is not None and q.actor in wanted:
            out[q.actor] = out.get(q.actor, 0) + 1
    return dict(sorted(out.items()))
