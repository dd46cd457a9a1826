"""Review routes: a reader marks, corrects and adds the claims read from the stored news,
as ``accord review`` does (both call :mod:`accord.services.reviews`).

Each answer holds the claim as ``GET /api/reviews/claims`` lists it afterwards (``null``
when the claim is gone: an added claim marked wrong or undone). The store is opened per
request and waited for while another process (a forecast started from the page) holds it.
Documents not extracted yet are left out: their extraction runs in a worker, never here.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from accord.services import reviews
from accord.store.documents import DocumentStore
from accord.web.schemas import BODY_ERRORS
from accord.web.schemas_reviews import AddIn, ClaimId, DocName, MarkIn, SetIn

router = APIRouter(prefix="/api/reviews", tags=["reviews"])


@router.get("/claims", summary="Claims read from the stored news, with their ids and reviews")
def get_claims(
    doc: DocName = None,
    todo: Annotated[bool, Query(description="only the claims not reviewed yet")] = False,
) -> dict[str, Any]:
    """Every claim (values as reviewed; a correction's original in ``was``) with ``id`` and
    ``review`` (right, wrong, corrected, added or null), and the ``vocabulary`` of actor,
    issue and stance ids a review may use."""
    with DocumentStore() as store:
        rows = reviews.claim_rows(store, doc, todo, extract=False)
    vocabulary = {k: list(v) for k, v in reviews.vocabulary().items()}
    return {"claims": rows, "vocabulary": vocabulary}


@router.post(
    "/claims/{claim_id}/mark", summary="Mark a claim right or wrong", responses=BODY_ERRORS
)
def post_mark(claim_id: ClaimId, body: MarkIn) -> dict[str, Any]:
    """As ``accord review mark ID right|wrong``."""
    with DocumentStore() as store:
        review = reviews.mark(store, claim_id, body.verdict, body.note, extract=False)
        row = reviews.claim_row(store, review.hash, extract=False) if review else None
    return {"claim": row}


@router.post("/claims/{claim_id}/set", summary="Correct a claim's fields", responses=BODY_ERRORS)
def post_set(claim_id: ClaimId, body: SetIn) -> dict[str, Any]:
    """As ``accord review set ID --actor ... --issue ...``: the fields given change."""
    with DocumentStore() as store:
        review = reviews.correct(store, claim_id, **body.model_dump(), extract=False)
        return {"claim": reviews.claim_row(store, review.hash, extract=False)}


@router.post(
    "/claims",
    status_code=201,
    summary="Add a claim from exact words of a document",
    responses=BODY_ERRORS,
)
def post_claim(body: AddIn) -> dict[str, Any]:
    """As ``accord review add DOC --evidence "..."``: words not in the document are refused
    with 400, naming it; nothing is stored."""
    with DocumentStore() as store:
        review = reviews.add_claim(store, **body.model_dump())
        return {"claim": reviews.claim_row(store, review.hash, extract=False)}


@router.delete("/claims/{claim_id}/review", summary="Undo a claim's review")
def delete_review(claim_id: ClaimId) -> dict[str, Any]:
    """As ``accord review undo ID``: an extracted claim is unreviewed again, an added claim
    taken out (``claim`` is then null)."""
    with DocumentStore() as store:
        target = reviews.forget(store, claim_id, extract=False)
        return {"claim": reviews.claim_row(store, target.hash, extract=False)}
