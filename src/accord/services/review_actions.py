"""One review action for any kind: the id says whether it names a claim, a count or an event.

``accord review mark|set|undo ID`` and ``confirm DOC --kind`` call these; the work is done by
:mod:`accord.services.reviews` (claims) and :mod:`accord.services.item_reviews` (counts,
events). Ids are unique across kinds (:mod:`accord.services.review_index`).
"""

from __future__ import annotations

from typing import Any

from accord.errors import InputError
from accord.services import item_reviews, reviews
from accord.services.item_reviews import ItemTarget
from accord.services.review_index import review_index, the_one, wanted_id
from accord.services.reviews import Target
from accord.store.documents import DocumentStore
from accord.store.item_reviews import FIELDS, ItemReview
from accord.store.reviews import Review

CLAIM_FIELDS = ("actor", "speaker", "issue", "stance", "value")
KIND_NAMES = ("claim", "count", "event")


def find_any(store: DocumentStore, given: str, extract: bool = True) -> Target | ItemTarget:
    """The claim, count or event whose id is (or starts with, from 4 characters on) ``given``."""
    wanted = wanted_id(given, "item", "claims|counts|events")
    index = review_index(store, extract)
    found: dict[str, Target | ItemTarget] = {}
    found |= reviews.claim_matches(index, wanted)
    found |= item_reviews.item_matches(index, wanted)
    return the_one(
        found,
        f"no claim with id {given!r} in the store, nor a count or event; "
        "`accord review claims|counts|events` list the ids",
        f"id {given!r} names {{n}} items",
    )


def _a(kind: str) -> str:
    return f"{'an' if kind == 'event' else 'a'} {kind}"


def _own_fields(kind: str, fields: dict[str, Any], what: str) -> None:
    """Refuse a field given that items of ``kind`` do not have, naming those they have."""
    own = CLAIM_FIELDS if kind == "claim" else FIELDS[kind]
    foreign = [f for f, v in fields.items() if v is not None and f not in own]
    if foreign:
        raise InputError(
            f"{item_reviews.option(foreign[0])} does not apply to {what}; give "
            f"{', '.join(item_reviews.option(f) for f in own)}"
        )


def kind_of(target: Target | ItemTarget) -> str:
    return target.kind if isinstance(target, ItemTarget) else "claim"


def mark_any(
    store: DocumentStore, given: str, verdict: str, note: str | None = None, extract: bool = True
) -> tuple[str, Review | ItemReview | None]:
    """Mark the item ``given`` names right or wrong: its kind and the stored review (None: an
    added item marked wrong is taken out)."""
    target = find_any(store, given, extract)
    if isinstance(target, ItemTarget):
        return target.kind, item_reviews.mark_item(store, target, verdict, note)
    return "claim", reviews.mark(store, target.hash, verdict, note, extract)


def correct_any(
    store: DocumentStore,
    given: str,
    fields: dict[str, Any],
    note: str | None = None,
    extract: bool = True,
) -> tuple[str, Review | ItemReview]:
    """Set fields of the item ``given`` names; a field its kind does not have is refused."""
    target = find_any(store, given, extract)
    kind = kind_of(target)
    _own_fields(kind, fields, f"{given} ({_a(kind)})")
    if isinstance(target, ItemTarget):
        return kind, item_reviews.correct_item(store, target, fields, note)
    mine = {f: v for f, v in fields.items() if f in CLAIM_FIELDS}
    return kind, reviews.correct(store, target.hash, **mine, note=note, extract=extract)


def forget_any(
    store: DocumentStore, given: str, extract: bool = True
) -> tuple[str, Target | ItemTarget]:
    """Undo the review of the item ``given`` names; its kind and the item as found."""
    target = find_any(store, given, extract)
    if target.review is None:
        raise InputError(f"{given} is not reviewed: there is no review to undo")
    if isinstance(target, ItemTarget):
        return target.kind, item_reviews.forget_item(store, target)
    return "claim", reviews.forget(store, target.hash, extract)


def confirm_any(
    store: DocumentStore, doc: str, kinds: tuple[str, ...], note: str | None = None
) -> dict[str, list[Any]]:
    """Mark right every item of ``doc`` of these kinds not reviewed yet: the reviews stored,
    per kind."""
    unknown = [k for k in kinds if k not in KIND_NAMES]
    if unknown:
        raise InputError(f"--kind {unknown[0]!r}: one of {', '.join(KIND_NAMES)}")
    out: dict[str, list[Any]] = {}
    for kind in kinds:
        if kind == "claim":
            out[kind] = reviews.confirm_rest(store, doc, note)
        else:
            out[kind] = item_reviews.confirm_items(store, doc, kind, note)
    return out


def add_any(
    store: DocumentStore,
    kind: str,
    doc: str,
    evidence: str,
    fields: dict[str, Any],
    note: str | None = None,
) -> Review | ItemReview:
    """Add a claim, count or event the extractor missed, read from words of ``doc``; a field
    its kind does not have is refused."""
    if kind not in KIND_NAMES:
        raise InputError(f"--kind {kind!r}: one of {', '.join(KIND_NAMES)}")
    _own_fields(kind, fields, _a(kind))
    if kind != "claim":
        return item_reviews.add_item(store, kind, doc, evidence, fields, note)
    lacking = [f"--{f}" for f in ("actor", "issue", "stance") if not fields.get(f)]
    if lacking:
        raise InputError(f"an added claim needs {', '.join(lacking)}")
    mine = {f: v for f, v in fields.items() if f in CLAIM_FIELDS}
    return reviews.add_claim(store, doc, evidence, **mine, note=note)


def shown_id(store: DocumentStore, review: Review | ItemReview) -> str:
    """The id the listings show for the item of ``review``."""
    return review_index(store, extract=False).ids.get(review.hash, review.id)
