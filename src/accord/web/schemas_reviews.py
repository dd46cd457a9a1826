"""Request bodies and path parameters of the review routes (``accord review`` on the web)."""

from __future__ import annotations

from typing import Annotated, Literal

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
DocName = Annotated[
    str | None,
    Query(max_length=200, pattern=_DOC, description="only the claims of this document"),
]


def _vocab(what: str) -> str:
    return f"{what} id (GET /api/reviews/claims lists them in `vocabulary`)"


class MarkIn(Body):
    """A reader's verdict on a claim as it was read."""

    verdict: Literal["right", "wrong"] = Field(
        description="right; wrong (an added claim marked wrong is taken out). Right undoes a "
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
