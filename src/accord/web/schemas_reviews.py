"""Request bodies and path parameters of the review routes (``accord review`` on the web):
claims, counts and events."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Path as PathParam
from fastapi import Query
from pydantic import Field

from accord.services.review_index import MAX_NOTE, MAX_VALUE
from accord.web.schemas import Body

_ID = r"^[a-z][a-z0-9_]*$"  # an actor, issue or stance id of the extractor's vocabulary
_DOC = r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"  # a document name, as DocumentIn takes it

ClaimId = Annotated[
    str,
    PathParam(
        pattern=r"^[0-9a-fA-F]{4,40}$",
        description="a claim's id as GET /api/reviews/claims lists it (4 or more hex digits "
        "suffice when they name one claim)",
    ),
]


def _item_id(kind: str) -> Any:
    return PathParam(
        pattern=r"^[0-9a-fA-F]{4,40}$",
        description=f"a {kind}'s id as GET /api/reviews/{kind}s lists it (4 or more hex digits "
        f"suffice when they name one {kind})",
    )


CountId = Annotated[str, _item_id("count")]
EventId = Annotated[str, _item_id("event")]
DocName = Annotated[
    str | None,
    Query(max_length=200, pattern=_DOC, description="only the items of this document"),
]


def _vocab(what: str, lister: str = "claims") -> str:
    return f"{what} id (GET /api/reviews/{lister} lists them in `vocabulary`)"


class MarkIn(Body):
    """A reader's verdict on a claim, count or event as it was read."""

    verdict: Literal["right", "wrong"] = Field(
        description="right; wrong (an added item marked wrong is taken out). Right undoes a "
        "correction."
    )
    note: str | None = Field(default=None, max_length=MAX_NOTE, description="why")


class SetIn(Body):
    """Fields of a claim to correct; those left out stay. An empty speaker or value clears it."""

    actor: str | None = Field(default=None, max_length=50, pattern=_ID, description=_vocab("actor"))
    issue: str | None = Field(default=None, max_length=50, pattern=_ID, description=_vocab("issue"))
    stance: str | None = Field(
        default=None, max_length=50, pattern=_ID, description=_vocab("stance")
    )
    speaker: str | None = Field(default=None, max_length=MAX_VALUE, description="who said it")
    value: str | None = Field(default=None, max_length=MAX_VALUE, description="a short value")
    note: str | None = Field(default=None, max_length=MAX_NOTE, description="why")


class AddIn(Body):
    """A claim the extractor missed, read from exact words of a stored document (their first
    occurrence in its text is the claim's evidence)."""

    doc: str = Field(min_length=1, max_length=200, pattern=_DOC, description="document name")
    evidence: str = Field(
        min_length=1, max_length=5000, description="the document's words that state the claim"
    )
    actor: str = Field(max_length=50, pattern=_ID, description=_vocab("actor"))
    issue: str = Field(max_length=50, pattern=_ID, description=_vocab("issue"))
    stance: str = Field(max_length=50, pattern=_ID, description=_vocab("stance"))
    speaker: str | None = Field(default=None, max_length=MAX_VALUE, description="who said it")
    value: str | None = Field(default=None, max_length=MAX_VALUE, description="a short value")
    note: str | None = Field(default=None, max_length=MAX_NOTE, description="why")


# counts and events: the services check the ids against the vocabulary (400 naming them)
_DATE = "YYYY-MM-DD ('' clears it)"
_WHERE = "where it happened ('' clears it)"
_COUNT_MODE = _vocab("count mode (actual, planned, demanded, conditional, hypothetical)", "counts")
_EVENT_MODE = _vocab("event mode (actual, planned)", "events")
MAX_FIGURE = 10**15  # past any figure a report gives, and exact as a number in JSON readers


def _figure(default: Any) -> Any:
    return Field(
        default, ge=0, le=MAX_FIGURE, strict=True, description="the figure, a whole number"
    )


class CountSetIn(Body):
    """Fields of a count to correct; those left out stay."""

    quantity: str | None = Field(
        default=None, max_length=50, pattern=_ID, description=_vocab("quantity", "counts")
    )
    value: int | None = _figure(None)
    as_of: str | None = Field(
        default=None, max_length=10, description="the date the figure refers to, " + _DATE
    )
    approx: bool | None = Field(
        default=None, description="whether the source gives it as approximate"
    )
    mode: str | None = Field(default=None, max_length=50, pattern=_ID, description=_COUNT_MODE)
    label: str | None = Field(
        default=None, max_length=MAX_VALUE, description="what a count of quantity 'other' counts"
    )
    note: str | None = Field(default=None, max_length=MAX_NOTE, description="why")


class CountAddIn(CountSetIn):
    """A count the extractor missed, read from exact words of a stored document (their first
    occurrence in its text is its evidence). Fields left out: no date, exact, ``actual``."""

    doc: str = Field(min_length=1, max_length=200, pattern=_DOC, description="document name")
    evidence: str = Field(
        min_length=1, max_length=5000, description="the document's words that state the figure"
    )
    quantity: str = Field(max_length=50, pattern=_ID, description=_vocab("quantity", "counts"))
    value: int = _figure(...)


class EventSetIn(Body):
    """Fields of an event to correct; those left out stay."""

    type: str | None = Field(
        default=None, max_length=50, pattern=_ID, description=_vocab("event type", "events")
    )
    date: str | None = Field(default=None, max_length=10, description="when, " + _DATE)
    location: str | None = Field(default=None, max_length=MAX_VALUE, description=_WHERE)
    mode: str | None = Field(default=None, max_length=50, pattern=_ID, description=_EVENT_MODE)
    note: str | None = Field(default=None, max_length=MAX_NOTE, description="why")


class EventAddIn(EventSetIn):
    """An event the extractor missed, read from exact words of a stored document (their first
    occurrence in its text is its evidence). Fields left out: no date, no place, ``actual``."""

    doc: str = Field(min_length=1, max_length=200, pattern=_DOC, description="document name")
    evidence: str = Field(
        min_length=1, max_length=5000, description="the document's words that report the event"
    )
    type: str = Field(max_length=50, pattern=_ID, description=_vocab("event type", "events"))
