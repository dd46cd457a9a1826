"""``accord review``: go through the claims read from the stored news; mark them right or wrong,
correct them, add the ones the rules missed, and export the result as gold annotations.

Thin commands over :mod:`accord.services.reviews`.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from accord.cli.app import OutputFormat, app, console, handle_errors, print_json
from accord.cli.output import Columns, TableFormat, emit

review_app = typer.Typer(
    help="Review the claims read from the news: right, wrong, corrected, added; export as gold.",
    no_args_is_help=True,
)
app.add_typer(review_app, name="review")

_TFMT = typer.Option(TableFormat.table, "--format", help="table, json or csv")
_FMT = typer.Option(OutputFormat.table, "--format", help="table or json")
_NOTE = typer.Option(None, "--note", help="the reviewer's note (why)")
_ID = typer.Argument(..., help="the claim's id, as `accord review claims` lists it")


class Verdict(StrEnum):
    right = "right"
    wrong = "wrong"


def _said(fmt: OutputFormat, review: Any, what: str, rid: str | None = None) -> None:
    """Print a stored review under ``rid``, the id the claims list shows."""
    if fmt is OutputFormat.json:
        print_json(review.to_dict() | {"id": rid or review.id} if review is not None else None)
        return
    if review is None:
        console.print(what, highlight=False)
        return
    console.print(
        f"{rid or review.id} {review.verdict}: {review.new_actor} {review.new_stance} "
        f"{review.new_issue}"
        + (f" = {review.new_value}" if review.new_value else "")
        + f" ({what})",
        highlight=False,
    )


@review_app.command("claims")
@handle_errors
def claims_cmd(
    doc: str | None = typer.Option(None, "--doc", help="only the claims of this document"),
    todo: bool = typer.Option(False, "--todo", help="only the claims not reviewed yet"),
    fmt: TableFormat = _TFMT,
) -> None:
    """Every claim read from the stored news (or one document) with its id and review; the
    values shown are the reviewed ones (a correction's original in `was`)."""
    from accord.services.reviews import claim_rows
    from accord.store.documents import DocumentStore

    with DocumentStore() as store:
        rows = claim_rows(store, doc, todo)

    def cells(r: dict[str, Any]) -> list[str]:
        was = r["was"]
        review = r["review"] or "—"
        if was:
            review += f" (was {was['actor']} {was['stance']} {was['issue']})"
        return [
            r["id"],
            r["doc"],
            r["actor"],
            r["speaker"] or r["description"] or "",
            r["issue"],
            r["stance"],
            r["value"] or "",
            review,
            r["evidence"][:90],
        ]

    headers = ("id", "doc", "actor", "speaker", "issue", "stance", "value", "review", "evidence")
    emit(
        fmt,
        rows,
        Columns("Claims to review", headers, cells),
        csv_columns=[
            "id",
            "doc",
            "review",
            "actor",
            "speaker",
            "description",
            "issue",
            "stance",
            "value",
            "mode",
            "was",
            "note",
            "extracted",
            "start",
            "end",
            "evidence",
        ],
    )


@review_app.command("mark")
@handle_errors
def mark_cmd(
    claim_id: str = _ID,
    verdict: Verdict = typer.Argument(..., help="right or wrong"),
    note: str | None = _NOTE,
    fmt: OutputFormat = _FMT,
) -> None:
    """Mark a claim right or wrong (right undoes a correction; wrong takes out an added claim)."""
    from accord.services.reviews import mark, shown_id
    from accord.store.documents import DocumentStore

    with DocumentStore() as store:
        review = mark(store, claim_id, verdict.value, note)
        rid = shown_id(store, review) if review is not None else None
    what = f"the added claim {claim_id} is taken out" if review is None else "stored"
    _said(fmt, review, what, rid)


@review_app.command("confirm")
@handle_errors
def confirm_cmd(
    doc: str = typer.Argument(..., help="the document, as `accord review claims` names it"),
    note: str | None = _NOTE,
    fmt: OutputFormat = _FMT,
) -> None:
    """Mark right every claim of a document not reviewed yet: after marking the wrong ones
    and correcting the others, the rest in one step."""
    from accord.services.reviews import confirm_rest
    from accord.store.documents import DocumentStore

    with DocumentStore() as store:
        done = confirm_rest(store, doc, note)
    if fmt is OutputFormat.json:
        print_json([r.to_dict() for r in done])
        return
    console.print(
        f"{doc}: {len(done)} claim(s) marked right"
        + ("" if done else " (none was left unreviewed)"),
        highlight=False,
    )


@review_app.command("undo")
@handle_errors
def undo_cmd(claim_id: str = _ID, fmt: OutputFormat = _FMT) -> None:
    """Undo a claim's review: an extracted claim is unreviewed again, an added one taken out."""
    from accord.services.reviews import forget
    from accord.store.documents import DocumentStore

    with DocumentStore() as store:
        target = forget(store, claim_id)
    added = target.review is not None and target.review.verdict == "added"
    what = f"the added claim {claim_id} is taken out" if added else f"{claim_id} is unreviewed"
    if fmt is OutputFormat.json:
        print_json({"id": claim_id, "undone": True, "removed": added})
        return
    console.print(what, highlight=False)


@review_app.command("set")
@handle_errors
def set_cmd(
    claim_id: str = _ID,
    actor: str | None = typer.Option(None, "--actor", help="who holds the position (actor id)"),
    speaker: str | None = typer.Option(None, "--speaker", help="who said it ('' clears)"),
    issue: str | None = typer.Option(None, "--issue", help="issue id"),
    stance: str | None = typer.Option(None, "--stance", help="stance id"),
    value: str | None = typer.Option(None, "--value", help="a short value ('' clears)"),
    note: str | None = _NOTE,
    fmt: OutputFormat = _FMT,
) -> None:
    """Correct a claim's holder, speaker, issue, stance or value (the others stay)."""
    from accord.services.reviews import correct, shown_id
    from accord.store.documents import DocumentStore

    with DocumentStore() as store:
        review = correct(
            store,
            claim_id,
            actor=actor,
            speaker=speaker,
            issue=issue,
            stance=stance,
            value=value,
            note=note,
        )
        rid = shown_id(store, review)
    _said(fmt, review, "stored", rid)


@review_app.command("add")
@handle_errors
def add_cmd(
    doc: str = typer.Argument(..., help="the document's name in the store"),
    evidence: str = typer.Option(
        ..., "--evidence", help="the exact words of the document that state the claim"
    ),
    actor: str = typer.Option(..., "--actor", help="who holds the position (actor id)"),
    issue: str = typer.Option(..., "--issue", help="issue id"),
    stance: str = typer.Option(..., "--stance", help="stance id"),
    speaker: str | None = typer.Option(None, "--speaker", help="who said it"),
    value: str | None = typer.Option(None, "--value", help="a short value (permanent, full, 50)"),
    note: str | None = _NOTE,
    fmt: OutputFormat = _FMT,
) -> None:
    """Add a claim the extractor missed, read from words of the document (their first
    occurrence is its evidence)."""
    from accord.services.reviews import add_claim, shown_id
    from accord.store.documents import DocumentStore

    with DocumentStore() as store:
        review = add_claim(store, doc, evidence, actor, issue, stance, speaker, value, note)
        rid = shown_id(store, review)
    _said(fmt, review, f"added to {doc}, characters {review.span_start}-{review.span_end}", rid)


@review_app.command("export")
@handle_errors
def export_cmd(
    gold: Path = typer.Option(..., "--gold", help="folder to write the gold JSON files into"),
    partial: bool = typer.Option(
        False,
        "--partial",
        help="also write documents with claims not yet reviewed (each then counts as a false "
        "positive when the extractor is scored)",
    ),
    fmt: OutputFormat = _FMT,
) -> None:
    """Write one gold JSON file per reviewed document whose every claim is reviewed: the
    claims marked right, corrected or added; the file annotates claims only, so `accord eval
    extraction --gold DIR` scores the extractor's claims on your own articles."""
    from accord.services.review_gold import export_gold
    from accord.store.documents import DocumentStore

    with DocumentStore() as store:
        written = export_gold(store, gold, partial)
    if fmt is OutputFormat.json:
        print_json(written)
        return
    if not written:
        console.print("no document has a review yet: `accord review claims` lists the claims")
        return
    for w in written:
        left = f"; {w['unreviewed']} extracted claim(s) not reviewed" if w["unreviewed"] else ""
        if w["file"] is None:
            console.print(
                f"{w['doc']}: skipped, {w['unreviewed']} extracted claim(s) not reviewed "
                "(`accord review claims --todo --doc ...`; or --partial)",
                highlight=False,
            )
        else:
            console.print(f"{w['file']}: {w['claims']} claim(s){left}", highlight=False)
