"""Review routes for counts and events: a reader marks, corrects and adds the figures and
events read from the stored news, as ``accord review counts|events`` and ``accord review
mark|set|add|undo`` do (both call :mod:`accord.services.item_reviews`).

The shapes are the claim routes' (:mod:`accord.web.routes_reviews`): each answer holds the
item as ``GET /api/reviews/counts`` (or ``events``) lists it afterwards, ``null`` when it is
gone (an added item marked wrong or undone). An id of another kind is not found on these
routes (404). A value the vocabulary lacks is refused with 400 naming the allowed ones;
nothing is stored. Documents not extracted yet are left out, as on the claim routes.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from accord.services import item_reviews
from accord.services.item_reviews import item_vocabulary
from accord.store.documents import DocumentStore
from accord.store.item_reviews import PLURAL
from accord.web.schemas import BODY_ERRORS
from accord.web.schemas_reviews import (
    CountAddIn,
    CountId,
    CountSetIn,
    DocName,
    EventAddIn,
    EventId,
    EventSetIn,
    MarkIn,
)

router = APIRouter(prefix="/api/reviews", tags=["reviews"])

Todo = Annotated[bool, Query(description="only the items not reviewed yet")]


def _vocabulary(kind: str) -> dict[str, list[str]]:
    """The ids a review of ``kind`` may use: a count's quantity and mode, an event's type and
    mode."""
    v = item_vocabulary()
    first = "quantity" if kind == "count" else "type"
    return {first: list(v[first]), "mode": list(v[f"{kind} mode"])}


def _listing(kind: str, doc: str | None, todo: bool) -> dict[str, Any]:
    with DocumentStore() as store:
        rows = item_reviews.item_rows(store, kind, doc, todo, extract=False)
    return {PLURAL[kind]: rows, "vocabulary": _vocabulary(kind)}


def _mark(kind: str, given: str, body: MarkIn) -> dict[str, Any]:
    with DocumentStore() as store:
        target = item_reviews.find_item(store, kind, given, extract=False)
        review = item_reviews.mark_item(store, target, body.verdict, body.note)
        row = item_reviews.item_row(store, kind, review.hash, extract=False) if review else None
    return {kind: row}


def _set(kind: str, given: str, body: CountSetIn | EventSetIn) -> dict[str, Any]:
    fields = body.model_dump(exclude={"note"})
    with DocumentStore() as store:
        target = item_reviews.find_item(store, kind, given, extract=False)
        review = item_reviews.correct_item(store, target, fields, body.note)
        return {kind: item_reviews.item_row(store, kind, review.hash, extract=False)}


def _add(kind: str, body: CountAddIn | EventAddIn) -> dict[str, Any]:
    fields = body.model_dump(exclude={"doc", "evidence", "note"})
    with DocumentStore() as store:
        review = item_reviews.add_item(store, kind, body.doc, body.evidence, fields, body.note)
        return {kind: item_reviews.item_row(store, kind, review.hash, extract=False)}


def _undo(kind: str, given: str) -> dict[str, Any]:
    with DocumentStore() as store:
        target = item_reviews.find_item(store, kind, given, extract=False)
        item_reviews.forget_item(store, target)
        return {kind: item_reviews.item_row(store, kind, target.hash, extract=False)}


@router.get("/counts", summary="Counts read from the stored news, with their ids and reviews")
def get_counts(doc: DocName = None, todo: Todo = False) -> dict[str, Any]:
    """Every figure (values as reviewed; a correction's original in ``was``) with ``id`` and
    ``review`` (right, wrong, corrected, added or null), and the ``vocabulary`` of quantity
    and mode ids a review may use."""
    return _listing("count", doc, todo)


@router.post(
    "/counts/{count_id}/mark", summary="Mark a count right or wrong", responses=BODY_ERRORS
)
def post_count_mark(count_id: CountId, body: MarkIn) -> dict[str, Any]:
    """As ``accord review mark ID right|wrong``."""
    return _mark("count", count_id, body)


@router.post("/counts/{count_id}/set", summary="Correct a count's fields", responses=BODY_ERRORS)
def post_count_set(count_id: CountId, body: CountSetIn) -> dict[str, Any]:
    """As ``accord review set ID --quantity ... --value ...``: the fields given change."""
    return _set("count", count_id, body)


@router.post(
    "/counts",
    status_code=201,
    summary="Add a count from exact words of a document",
    responses=BODY_ERRORS,
)
def post_count(body: CountAddIn) -> dict[str, Any]:
    """As ``accord review add DOC --kind count --evidence "..."``: words not in the document
    are refused with 400, naming it; nothing is stored."""
    return _add("count", body)


@router.delete("/counts/{count_id}/review", summary="Undo a count's review")
def delete_count_review(count_id: CountId) -> dict[str, Any]:
    """As ``accord review undo ID``: an extracted count is unreviewed again, an added count
    taken out (``count`` is then null)."""
    return _undo("count", count_id)


@router.get("/events", summary="Events read from the stored news, with their ids and reviews")
def get_events(doc: DocName = None, todo: Todo = False) -> dict[str, Any]:
    """Every event (values as reviewed; a correction's original in ``was``) with ``id`` and
    ``review`` (right, wrong, corrected, added or null), and the ``vocabulary`` of event type
    and mode ids a review may use."""
    return _listing("event", doc, todo)


@router.post(
    "/events/{event_id}/mark", summary="Mark an event right or wrong", responses=BODY_ERRORS
)
def post_event_mark(event_id: EventId, body: MarkIn) -> dict[str, Any]:
    """As ``accord review mark ID right|wrong``."""
    return _mark("event", event_id, body)


@router.post("/events/{event_id}/set", summary="Correct an event's fields", responses=BODY_ERRORS)
def post_event_set(event_id: EventId, body: EventSetIn) -> dict[str, Any]:
    """As ``accord review set ID --type ... --date ...``: the fields given change."""
    return _set("event", event_id, body)


@router.post(
    "/events",
    status_code=201,
    summary="Add an event from exact words of a document",
    responses=BODY_ERRORS,
)
def post_event(body: EventAddIn) -> dict[str, Any]:
    """As ``accord review add DOC --kind event --evidence "..."``: words not in the document
    are refused with 400, naming it; nothing is stored."""
    return _add("event", body)


@router.delete("/events/{event_id}/review", summary="Undo an event's review")
def delete_event_review(event_id: EventId) -> dict[str, Any]:
    """As ``accord review undo ID``: an extracted event is unreviewed again, an added event
    taken out (``event`` is then null)."""
    return _undo("event", event_id)
