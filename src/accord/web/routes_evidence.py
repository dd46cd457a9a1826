"""Evidence routes: what the news in the store says (timeline, ledger, claims) and adding an article."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from accord.model.extraction import Document
from accord.report.evidence_views import evidence_view
from accord.services.ingest import add_document
from accord.web.schemas import BODY_ERRORS, DocumentIn
from accord.web.workers import extraction_task

router = APIRouter(prefix="/api/evidence", tags=["evidence"])

Filter = Annotated[str | None, Query(max_length=50, pattern=r"^[a-z][a-z0-9_]*$")]


@router.get("", summary="Documents, timeline, counts ledger and claims from the store")
def get_evidence(request: Request, actor: Filter = None, issue: Filter = None) -> dict[str, Any]:
    """Claims are filtered by ``actor`` and ``issue`` ids; the ledger flags source disagreements."""
    return evidence_view(None, actor, issue)


@router.post(
    "/documents",
    status_code=201,
    summary="Add an article and extract its evidence",
    responses=BODY_ERRORS,
)
def post_document(request: Request, body: DocumentIn) -> dict[str, Any]:
    """The text is stored at once (a long one as sections); its extraction runs in a worker
    process with time and memory limits. A text longer than the server's extraction budget
    (120,000 characters unless started with ``accord serve --max-chars N``) is refused with
    400 (``DocumentTooLong``: its length, the limit and what to change) and not stored."""
    doc = Document(
        name=body.name,
        text=body.text,
        source="web",
        url=body.url,
        title=body.title,
        outlet=body.outlet,
        published=body.published,
    )
    pool = request.app.state.workers
    max_chars = request.app.state.config.max_chars
    return add_document(
        None,
        doc,
        extract=lambda docs: pool.run("the extraction", extraction_task, docs),
        max_chars=max_chars,
        change="send a shorter text, or start the server with `accord serve --max-chars N`",
    )
