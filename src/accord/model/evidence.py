"""Where a number comes from: a span of a source document, or a stated assumption.

Every number in a scenario is an :class:`Evidenced` value. Either it cites one
or more :class:`SourceRef` spans (document name and character offsets, with the
quoted words so a reader and a test can check the span), or it carries an
:class:`Assumption` with a low–high range and a one-line reason. Often both: a
source that motivates the assumption.

:class:`SourceRef` is the one span type: a scenario file cites it (validated on
load), and the evidence extractor produces it for every extracted item
(``SourceRef(doc, start, end, text)``, positional and unchecked on that hot
path: the extractor cuts the words from the text itself). ``Span`` is its other
name, kept for the extraction code.

>>> span = Span("a.txt", 0, 5, "Union")
>>> span.text, span.to_dict()["end"], span == SourceRef(doc="a.txt", start=0, end=5, quote="Union")
('Union', 5, True)

>>> Evidenced(value=0.3, assumption=Assumption(low=0.2, high=0.4, reason="no figure given")).is_assumption
True
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, model_validator

from accord.model.base import Strict


class SourceRef(Strict):
    """A character span ``[start, end)`` of a document, with the words found there."""

    doc: str = Field(description="document name, e.g. the corpus file name")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str = Field(min_length=1, description="the exact text at [start, end)")

    @model_validator(mode="after")
    def _span_matches_quote(self) -> SourceRef:
        if self.end <= self.start:
            raise ValueError(f"end ({self.end}) must be greater than start ({self.start})")
        if self.end - self.start != len(self.quote):
            raise ValueError(
                f"span {self.start}-{self.end} is {self.end - self.start} characters long "
                f"but the quote has {len(self.quote)}; end should be {self.start + len(self.quote)}"
            )
        return self

    def __init__(self, *args: Any, **data: Any) -> None:
        if args:  # SourceRef(doc, start, end, text): built by the extractor from the text itself
            if data or len(args) != 4:
                raise TypeError("SourceRef takes (doc, start, end, text) or keywords")
            values = dict(zip(_SPAN_FIELDS, args, strict=True))
            object.__setattr__(self, "__dict__", values)
            object.__setattr__(self, "__pydantic_fields_set__", set(values))
            object.__setattr__(self, "__pydantic_extra__", None)
            object.__setattr__(self, "__pydantic_private__", None)
        else:
            super().__init__(**data)

    @property
    def text(self) -> str:
        """The words at ``[start, end)`` (the quote)."""
        return self.quote

    def overlaps(self, other: SourceRef) -> bool:
        return self.doc == other.doc and self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, Any]:
        """The span as an extraction record stores it (the words under ``text``)."""
        return {"doc": self.doc, "start": self.start, "end": self.end, "text": self.quote}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SourceRef:
        """Inverse of :meth:`to_dict` (also reads the scenario shape, with ``quote``)."""
        text = data["text"] if "text" in data else data["quote"]
        return cls(data["doc"], data["start"], data["end"], text)


_SPAN_FIELDS = ("doc", "start", "end", "quote")
Span = SourceRef  # the extraction code's name for it


class Assumption(Strict):
    """A modelling assumption: the plausible range of a number and why."""

    low: float
    high: float
    reason: str = Field(min_length=3)
    drawn_with: str | None = Field(
        default=None,
        pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$",
        description="a name shared by assumptions drawn together: a forecast draws one point u "
        "of [0, 1] per run for the name (parameter draw.NAME) and puts each such assumption at "
        "low + u (high - low)",
    )
    drawn_reversed: bool = Field(
        default=False,
        description="with drawn_with: at high - u (high - low) instead, so the assumption falls "
        "as the others rise",
    )

    @model_validator(mode="after")
    def _ordered(self) -> Assumption:
        if self.low > self.high:
            raise ValueError(f"assumption low ({self.low}) is above high ({self.high})")
        if self.drawn_reversed and self.drawn_with is None:
            raise ValueError("'drawn_reversed' needs 'drawn_with'")
        return self


class Evidenced(Strict):
    """A number with its provenance: sources, an assumption range, or both."""

    value: float
    sources: list[SourceRef] = Field(default_factory=list)
    assumption: Assumption | None = None

    @model_validator(mode="after")
    def _has_provenance(self) -> Evidenced:
        if not self.sources and self.assumption is None:
            raise ValueError(
                "a number needs evidence: give 'sources' (doc, start, end, quote) "
                "or an 'assumption' (low, high, reason)"
            )
        if self.assumption is not None and not (
            self.assumption.low <= self.value <= self.assumption.high
        ):
            raise ValueError(
                f"value {self.value} lies outside its assumption range "
                f"[{self.assumption.low}, {self.assumption.high}]"
            )
        return self

    @property
    def is_assumption(self) -> bool:
        return self.assumption is not None

    @property
    def low(self) -> float:
        return self.assumption.low if self.assumption else self.value

    @property
    def high(self) -> float:
        return self.assumption.high if self.assumption else self.value

    def with_value(self, value: float) -> Evidenced:
        """A copy holding ``value`` (clipped into the assumption range if there is one)."""
        if self.assumption is not None:
            value = min(max(value, self.assumption.low), self.assumption.high)
        return self.model_copy(update={"value": float(value)})


def assumed(value: float, low: float, high: float, reason: str) -> Evidenced:
    """Shorthand for an assumed number.

    >>> assumed(0.5, 0.4, 0.6, "no source gives it").high
    0.6
    """
    return Evidenced(value=value, assumption=Assumption(low=low, high=high, reason=reason))
