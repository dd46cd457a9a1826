"""Reviewing extracted claims: list them with a short id, mark, correct, add.

Counts and events: :mod:`accord.services.item_reviews`; the export as gold:
:mod:`accord.services.review_gold`.

What ``accord review`` calls. The reviews live in the store (:mod:`accord.store.reviews`),
keyed by the document's content and the claim's words, so a re-extraction by a new
extractor version keeps them. Every actor, issue and stance a reader gives is checked
against the extractor's vocabulary (:mod:`accord.evidence.vocab`) before anything is stored.

>>> import tempfile, os
>>> from accord.model.extraction import Document
>>> from accord.store.documents import DocumentStore
>>> with DocumentStore(os.path.join(tempfile.mkdtemp(), "s.duckdb")) as store:
...     _ = store.add(Document(name="a.txt", text="The union met the board on Monday."))
...     add_claim(store, "a.txt", "the board", "nobody", "wages", "demand")
Traceback (most recent call last):
...
accord.errors.InputError: --actor 'nobody' is not an actor id; use one of: ...
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from accord.errors import InputError
from accord.evidence.extract import EXTRACTOR_VERSION
from accord.model.extraction import Claim, Document, Extraction
from accord.services.review_index import (
    MAX_NOTE,
    MAX_VALUE,
    ReviewIndex,
    check_words,
    claim_hash,
    documents_of,
    review_index,
    span_of,
    the_one,
    wanted_id,
)
from accord.store.documents import DocumentStore
from accord.store.reviews import (
    Review,
    ReviewStore,
    claim_key,
    review_hash,
    review_key,
)


def vocabulary() -> dict[str, tuple[str, ...]]:
    """The ids a review may use: actors (with ``unattributed``), issues and stances."""
    from accord.evidence.vocab import STANCES, actors, lexicon

    return {
        "actor": (*actors().actors, "unattributed"),
        "issue": tuple(lexicon().issues),
        "stance": STANCES,
    }


def check_ids(**ids: str | None) -> None:
    """Refuse an actor, issue or stance id the vocabulary does not hold, naming the option.

    >>> check_ids(stance="demand")
    >>> check_ids(stance="insist")
    Traceback (most recent call last):
    ...
    accord.errors.InputError: --stance 'insist' is not a stance id; use one of: demand, offer, accept, reject, condition, threat
    """
    known = vocabulary()
    for field, value in ids.items():
        if value is not None and value not in known[field]:
            raise InputError(
                f"--{field} {value!r} is not {'an' if field[0] in 'aeiou' else 'a'} {field} id; "
                f"use one of: {', '.join(known[field])}"
            )


def shown_id(store: DocumentStore, review: Review) -> str:
    """The id ``accord review claims`` and the workbench show for the claim of ``review``."""
    return review_index(store, extract=False).ids.get(review.hash, review.id)


def _row(
    d: Document, claim: Claim, review: Review | None, extracted: bool, ids: dict[str, str]
) -> dict[str, Any]:
    shown = review.reviewed_claim() if review is not None else claim
    ev = claim.evidence
    was = None
    if review is not None and review.verdict == "corrected":
        was = {"actor": claim.actor, "speaker": claim.speaker, "issue": claim.issue}
        was |= {"stance": claim.stance, "value": claim.value}
    return {
        "id": ids[review.hash if review is not None else claim_hash(d.hash, claim)],
        "doc": d.name,
        "actor": shown.actor,
        "speaker": shown.speaker,
        "description": shown.description,
        "issue": shown.issue,
        "stance": shown.stance,
        "value": shown.value,
        "mode": shown.mode,
        "review": review.verdict if review is not None else None,
        "was": was,
        "note": review.note if review is not None else None,
        "extracted": extracted,
        "start": ev.start,
        "end": ev.end,
        "evidence": ev.quote,
    }


def claim_rows(
    store: DocumentStore, doc: str | None = None, todo: bool = False, extract: bool = True
) -> list[dict[str, Any]]:
    """Every extracted claim (of one document, when named; only those not reviewed yet, with
    ``todo``) with its id and review, and the claims readers added (or affirmed that the
    extractor no longer reads), in text order."""
    if doc is not None:
        store.get(doc)  # a clear NotFoundError naming it
    rows = _rows(review_index(store, extract), doc)
    return [r for r in rows if r["review"] is None] if todo else rows


def claim_row(store: DocumentStore, claim_hash: str, extract: bool = True) -> dict[str, Any] | None:
    """The row :func:`claim_rows` lists for the claim with this full hash (None: no such
    claim, e.g. an added claim taken out)."""
    index = review_index(store, extract)
    wanted = index.ids.get(claim_hash)
    return next((r for r in _rows(index, None) if r["id"] == wanted), None)


def _rows(index: ReviewIndex, doc: str | None) -> list[dict[str, Any]]:
    rows = []
    for d, ex, by_key in index.items:
        if doc is not None and d.name != doc:
            continue
        seen = set()
        for claim in ex.claims:
            key = claim_key(claim)
            if key in seen:
                continue  # the same words read twice as one claim: one row, one review
            seen.add(key)
            rows.append(_row(d, claim, by_key.get(key), True, index.ids))
        for key, review in by_key.items():
            if key not in seen:
                rows.append(_row(d, _as_read(review), review, False, index.ids))
    rows.sort(key=lambda r: (r["doc"], r["start"]))
    return rows


@dataclass
class Target:
    """The claim an id names: its document, the claim as extracted (or as first reviewed) and
    its review, if any."""

    document: Document
    claim: Claim
    review: Review | None

    @property
    def hash(self) -> str:
        """The claim's full hash (:func:`accord.store.reviews.review_hash`)."""
        return claim_hash(self.document.hash, self.claim)


def find_claim(store: DocumentStore, claim_id: str, extract: bool = True) -> Target:
    """The claim whose id is (or starts with, from 4 characters on) ``claim_id``."""
    wanted = wanted_id(claim_id, "claim", "claims")
    return the_one(
        claim_matches(review_index(store, extract), wanted),
        f"no claim with id {claim_id!r} in the store; `accord review claims` lists the ids",
        f"claim id {claim_id!r} names {{n}} claims",
    )


def claim_matches(index: ReviewIndex, wanted: str) -> dict[str, Target]:
    """The claims whose full hash starts with ``wanted``, by hash."""
    found: dict[str, Target] = {}
    for d, ex, by_key in index.items:
        for claim in ex.claims:
            h = claim_hash(d.hash, claim)
            if h.startswith(wanted):
                found.setdefault(h, Target(d, claim, by_key.get(claim_key(claim))))
        for review in by_key.values():
            if review.hash.startswith(wanted) and review.hash not in found:
                found[review.hash] = Target(d, _as_read(review), review)
    return found


def _as_read(review: Review) -> Claim:
    """The claim of a review as it was first read (extracted, or added by a reader)."""
    claim = review.reviewed_claim()
    return replace(
        claim,
        actor=review.actor,
        issue=review.issue,
        stance=review.stance,
        speaker=review.speaker,
        value=review.value,
        description=review.description,
    )


def mark(
    store: DocumentStore,
    claim_id: str,
    verdict: str,
    note: str | None = None,
    extract: bool = True,
) -> Review | None:
    """Mark a claim ``right`` or ``wrong``; returns the stored review (None: an added claim
    marked wrong is taken out). Marking a corrected claim right undoes the correction."""
    if verdict not in ("right", "wrong"):
        raise InputError(f"verdict {verdict!r}: right or wrong (`accord review set` corrects)")
    note = check_words(note, "note", MAX_NOTE)
    target = find_claim(store, claim_id, extract)
    reviews = ReviewStore(store)
    old = target.review
    if old is not None and old.verdict == "added":
        if verdict == "wrong":
            reviews.delete(old)
            return None
        return reviews.save(replace(old, note=note or old.note))
    review = Review.of_claim(target.document.hash, target.claim, verdict, note)
    if old is not None and note is None:
        review = replace(review, note=old.note)
    return reviews.save(review)


def confirm_rest(
    store: DocumentStore, doc: str, note: str | None = None, extract: bool = True
) -> list[Review]:
    """Mark right every claim of ``doc`` not reviewed yet (once the reader has marked the
    wrong ones and corrected the others); the reviews stored, in text order."""
    note = check_words(note, "note", MAX_NOTE)
    reviews = ReviewStore(store)
    done = []
    for d, ex in documents_of(store, doc, extract):  # read once, not once per claim
        reviewed = {review_key(r) for r in reviews.by_document().get(d.hash, [])}
        for claim in sorted(ex.claims, key=lambda c: c.evidence.start):
            key = claim_key(claim)
            if key not in reviewed:
                reviewed.add(key)  # the same words read twice: one claim, one review
                done.append(reviews.save(Review.of_claim(d.hash, claim, "right", note)))
    return done


def correct(
    store: DocumentStore,
    claim_id: str,
    *,
    actor: str | None = None,
    speaker: str | None = None,
    issue: str | None = None,
    stance: str | None = None,
    value: str | None = None,
    note: str | None = None,
    extract: bool = True,
) -> Review:
    """Set fields of a claim (an empty speaker or value clears it); the review is ``corrected``
    unless the claim ends as it was read (``right``) or was added by a reader (``added``).
    A note alone changes only the note of a claim reviewed already."""
    if all(v is None for v in (actor, speaker, issue, stance, value, note)):
        raise InputError(
            "nothing to set: give --actor, --speaker, --issue, --stance, --value or --note"
        )
    check_ids(actor=actor, issue=issue, stance=stance)
    speaker_given, value_given = speaker is not None, value is not None
    speaker = check_words(speaker, "speaker", MAX_VALUE)
    value = check_words(value, "value", MAX_VALUE)
    note = check_words(note, "note", MAX_NOTE)
    target = find_claim(store, claim_id, extract)
    fields_given = speaker_given or value_given or any(v for v in (actor, issue, stance))
    if target.review is None and not fields_given:
        raise InputError(
            f"claim {claim_id} is not reviewed yet and a note alone does not review it: "
            "`accord review mark ID right|wrong --note ...`, or set a field"
        )
    old = target.review or Review.of_claim(target.document.hash, target.claim, "right")
    new = replace(
        old,
        new_actor=actor or old.new_actor,
        new_issue=issue or old.new_issue,
        new_stance=stance or old.new_stance,
        new_speaker=speaker if speaker_given else old.new_speaker,
        new_value=value if value_given else old.new_value,
        note=note if note is not None else old.note,
    )
    if new.verdict != "added" and fields_given:  # a note alone keeps the verdict
        same = (new.new_actor, new.new_speaker, new.new_issue, new.new_stance, new.new_value) == (
            new.actor,
            new.speaker,
            new.issue,
            new.stance,
            new.value,
        )
        new = replace(new, verdict="right" if same else "corrected")
    return ReviewStore(store).save(new)


def forget(store: DocumentStore, claim_id: str, extract: bool = True) -> Target:
    """Undo the review of a claim: an extracted claim is unreviewed again, an added claim is
    taken out. Returns the claim as it was found."""
    target = find_claim(store, claim_id, extract)
    if target.review is None:
        raise InputError(f"claim {claim_id} is not reviewed: there is no review to undo")
    ReviewStore(store).delete(target.review)
    return target


def add_claim(
    store: DocumentStore,
    doc: str,
    evidence: str,
    actor: str,
    issue: str,
    stance: str,
    speaker: str | None = None,
    value: str | None = None,
    note: str | None = None,
) -> Review:
    """Add a claim the extractor missed, read from ``evidence``: words of document ``doc``
    (their first occurrence is the span)."""
    check_ids(actor=actor, issue=issue, stance=stance)
    speaker = check_words(speaker, "speaker", MAX_VALUE)
    value = check_words(value, "value", MAX_VALUE)
    note = check_words(note, "note", MAX_NOTE)
    document = store.get(doc)
    start = span_of(document, evidence, "claim")
    review = Review(
        doc_hash=document.hash,
        span_start=start,
        span_end=start + len(evidence),
        actor=actor,
        issue=issue,
        stance=stance,
        doc=document.name,
        evidence=evidence,
        speaker=speaker,
        value=value,
        mode="actual",
        description=None,
        verdict="added",
        new_actor=actor,
        new_speaker=speaker,
        new_issue=issue,
        new_stance=stance,
        new_value=value,
        note=note,
    )
    ex = store.extraction(document.hash, EXTRACTOR_VERSION)
    key = (review.span_start, review.span_end, actor, issue, stance)
    if ex is not None and any(claim_key(c) == key for c in ex.claims):
        rid = shown_id(store, review)
        raise InputError(
            f"the extractor reads this claim already (id {rid}): "
            f"mark it with `accord review mark {rid} right`"
        )
    return ReviewStore(store).save(review)


def reviewed_extractions(store: DocumentStore, doc: str | None = None) -> list[Extraction]:
    """The extractions (of one document, when named) with their reviews applied."""
    return ReviewStore(store).reviewed([(d.hash, ex) for d, ex in documents_of(store, doc)])


def annotate_claims(
    store: DocumentStore, rows: list[dict[str, Any]], reviewed: bool = False
) -> list[dict[str, Any]]:
    """Give each row of a claims table (:func:`accord.evidence.tables.claim_rows`) its claim's
    ``id`` and ``review`` (verdict, or None); rows show claims as extracted, or (``reviewed``)
    as reviewed, where a corrected claim keeps the id of the claim it corrects."""
    hashes = {d.name: d.hash for d in store.documents()}
    names = {h: n for n, h in hashes.items()}
    ids = review_index(store, extract=False).ids
    states: dict[tuple[Any, ...], Review] = {}
    for r in ReviewStore(store).all():
        new = (r.new_actor, r.new_issue, r.new_stance) if reviewed else (r.actor, r.issue, r.stance)
        states[(names.get(r.doc_hash, r.doc), r.span_start, r.span_end, *new)] = r
    for row in rows:
        key = (row["doc"], row["start"], row["end"], row["actor"], row["issue"], row["stance"])
        review = states.get(key)
        if review is not None:
            row["id"], row["review"] = ids.get(review.hash, review.id), review.verdict
        else:
            h = review_hash(hashes.get(row["doc"], ""), *key[1:])
            row["id"], row["review"] = ids.get(h, h[:8]), None
    return rows
