"""Plain records the evidence pipeline produces: documents and extracted items.

Every extracted item carries its evidence as a character span ``[start, end)``
of a named document and the exact text found there, so a reader (and a test)
can check that the words are the source's own.

>>> span = Span(doc="a.txt", start=0, end=5, text="Union")
>>> span.to_dict()["end"]
5
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    """Where an item comes from: document name, character offsets and the text there."""

    doc: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def overlaps(self, other: Span) -> bool:
        return self.doc == other.doc and self.start < other.end and other.start < self.end


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
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        def span(d: dict[str, Any] | None) -> Span | None:
            return Span(**d) if d else None

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
