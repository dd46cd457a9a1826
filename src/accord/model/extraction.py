"""Documents and what the evidence extractor finds in them: plain records, no I/O.

A :class:`Count` is what one source reports; a scenario's ledger keeps it as a
:class:`~accord.model.ledger.LedgerEntry` (:meth:`Count.ledger_entry`).
Every extracted item carries its evidence as a :class:`~accord.model.evidence.SourceRef`
(``Span``): a character span ``[start, end)`` of a named document and the exact
text found there, so a reader (and a test) can check that the words are the
source's own. The store keeps these records; the evidence package produces them.

>>> ex = Extraction(doc="a.txt", published=PublicationDate(None, None, None, "none"))
>>> ex.counts.append(Count("taken", 240, True, None, "", Span("a.txt", 0, 5, "Union")))
>>> Extraction.from_dict(ex.to_dict()) == ex
True
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

from accord.model.evidence import Assumption, Evidenced, Span
from accord.model.ledger import LedgerEntry


@dataclass
class Document:
    """One ingested document. ``name`` is its file name, or its ``id`` in JSON Lines."""

    name: str
    text: str
    source: str = ""
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date given by metadata, if any
    hash: str = ""


@dataclass
class Mention:
    """A mention of an actor in the text, resolved to an actor id."""

    actor: str
    evidence: Span
    kind: str = "name"  # name, title, metonym, description, person


@dataclass
class Quote:
    """Direct or indirect speech with its speaker and the actor they speak for."""

    text: str
    direct: bool
    speaker: str | None
    actor: str | None
    description: str | None
    evidence: Span


@dataclass
class Claim:
    """An actor's stated position: (actor, speaker, issue, stance, value)."""

    actor: str
    speaker: str | None
    issue: str
    stance: str
    value: str | None
    evidence: Span
    description: str | None = None  # what the article calls an unnamed source
    mode: str = "actual"  # actual, planned, demanded, conditional, hypothetical (BRIEF)


# a qualifier may already say how the figure stands ("... (proposed)"): the ledger adds no second tag
_MODE_TAGS = tuple(
    f"({m})" for m in ("planned", "proposed", "demanded", "conditional", "hypothetical")
)


@dataclass
class Count:
    """A number about people or exchanges, as a source reported it."""

    quantity: str
    value: int
    approx: bool
    as_of: str | None
    qualifier: str
    evidence: Span
    label: str | None = None
    mode: str = "actual"  # actual, planned (agreed, scheduled or proposed), demanded ...

    def ledger_entry(self, as_of: dt.date) -> LedgerEntry:
        """This figure as a scenario's ledger entry on ``as_of``, citing its span; an
        approximate figure becomes an assumption of ±10 %.

        >>> c = Count("other", 90, True, None, "", Span("a.txt", 0, 5, "about"), label="trucks")
        >>> e = c.ledger_entry(dt.date(2024, 1, 2))
        >>> e.label, e.count.value, e.count.low, e.count.sources[0].quote
        ('trucks', 90.0, 81.0, 'about')
        """
        assumption = (
            Assumption(
                low=round(self.value * 0.9),
                high=round(self.value * 1.1),
                reason="the source gives an approximate figure",
            )
            if self.approx
            else None
        )
        return LedgerEntry(
            quantity=self.quantity,
            label=(self.label or self.qualifier) if self.quantity == "other" else None,
            count=Evidenced(value=self.value, sources=[self.evidence], assumption=assumption),
            as_of=as_of,
            qualifier=self.qualifier + self._mode_tag(),
        )

    def _mode_tag(self) -> str:
        """' (planned)' etc. for a qualifier that does not already end with a mode's tag."""
        if self.mode == "actual" or self.qualifier.endswith(_MODE_TAGS):
            return ""
        return f" ({self.mode})"


@dataclass
class Event:
    """Something that happened (or is scheduled), dated against the publication date."""

    type: str
    date: str | None
    date_text: str | None
    location: str | None
    actors: list[str]
    evidence: Span
    mode: str = "actual"  # actual or planned (scheduled); see accord.evidence.modes


@dataclass
class PublicationDate:
    """The publication date, or the range it must lie in when the text gives none."""

    date: str | None
    earliest: str | None
    latest: str | None
    basis: str
    evidence: Span | None = None


@dataclass
class Extraction:
    """Everything extracted from one document."""

    doc: str
    published: PublicationDate
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (spans under ``evidence`` as ``{doc, start, end, text}``)."""
        return {
            "doc": self.doc,
            "published": _record(self.published),
            "mentions": [_record(m) for m in self.mentions],
            "quotes": [_record(q) for q in self.quotes],
            "claims": [_record(c) for c in self.claims],
            "counts": [_record(c) for c in self.counts],
            "events": [_record(e) for e in self.events],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        def span(d: dict[str, Any] | None) -> Span | None:
            return Span.from_dict(d) if d else None

        pub = dict(data["published"])
        pub["evidence"] = span(pub.get("evidence"))
        return cls(
            doc=data["doc"],
            published=PublicationDate(**pub),
            mentions=[Mention(**{**m, "evidence": span(m["evidence"])}) for m in data["mentions"]],
            quotes=[Quote(**{**q, "evidence": span(q["evidence"])}) for q in data["quotes"]],
            claims=[Claim(**{**c, "evidence": span(c["evidence"])}) for c in data["claims"]],
            counts=[Count(**{**c, "evidence": span(c["evidence"])}) for c in data["counts"]],
            events=[Event(**{**e, "evidence": span(e["evidence"])}) for e in data["events"]],
        )


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}  # a record type's field names, read once
_PLAIN = frozenset({str, int, float, bool, type(None)})  # field values stored as they are


def _record(item: Any) -> dict[str, Any]:
    names = _FIELD_NAMES.get(type(item))
    if names is None:  # (``fields`` walks the class's field table on every call)
        names = _FIELD_NAMES[type(item)] = tuple(f.name for f in fields(item))
    out = {}
    for name in names:
        value = getattr(item, name)
        if type(value) in _PLAIN:  # most fields: no instance check (``Span``'s goes by its ABC)
            out[name] = value
        else:
            out[name] = (
                value.to_dict()
                if isinstance(value, Span)
                else list(value)
                if isinstance(value, list)
                else value
            )
    return out
