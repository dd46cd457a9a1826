"""``accord review``: go through the claims, counts and events read from the stored news; mark
them right or wrong, correct them, add the ones the rules missed, and export the result as gold
annotations. ``mark``, ``set`` and ``undo`` take the id of any kind (ids are unique across
kinds); ``add`` and ``confirm`` take ``--kind``. The count and event listings:
:mod:`accord.cli.review_list_cmds`.

Thin commands over :mod:`accord.services.reviews`, :mod:`accord.services.item_reviews` and
:mod:`accord.services.review_actions`.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from accord.cli.app import OutputFormat, app, console, handle_errors, print_json
from accord.cli.output import Columns, TableFormat, emit

review_app = typer.Typer(
    help="Review the claims, counts and events read from the news: right, wrong, corrected, "
    "added; export as gold.",
    no_args_is_help=True,
)
app.add_typer(review_app, name="review")

_TFMT = typer.Option(TableFormat.table, "--format", help="table, json or csv")
_FMT = typer.Option(OutputFormat.table, "--format", help="table or json")
_NOTE = typer.Option(None, "--note", help="the reviewer's note (why)")
_ID = typer.Argument(..., help="the item's id, as `accord review claims|counts|events` lists it")


class Verdict(StrEnum):
    right = "right"
    wrong = "wrong"


def _said(fmt: OutputFormat, review: Any, what: str, rid: str | None = None) -> None:
    """Print a stored review under ``rid``, the id the listings show."""
    if fmt is OutputFormat.json:
        print_json(review.to_dict() | {"id": rid or review.id} if review is not None else None)
        return
    if review is None:
        console.print(what, highlight=False)
        return
    console.print(
        f"{rid or review.id} {review.verdict}: {_summary(review)} ({what})", highlight=False
    )


def _summary(review: Any) -> str:
    """A review's item in a few words, as the reader has it."""
    kind = getattr(review, "kind", "claim")
    if kind == "claim":
        value = f" = {review.new_value}" if review.new_value else ""
        return f"{review.new_actor} {review.new_stance} {review.new_issue}{value}"
    f = review.fields
    if kind == "count":
        approx = "~" if f["approx"] else ""
        return f"{f['quantity']} {approx}{f['value']:,}" + (
            f" as of {f['as_of']}" if f["as_of"] else ""
        )
    return f"{f['type']} {f['date'] or 'undated'}" + (
        f" in {f['location']}" if f["location"] else ""
    )


@review_app.command("claims")
@handle_errors
def claims_cmd(
    doc: str | None = typer.Option(None, "--doc", help="only the claims of this document"),
    todo: bool = typer.Option(
        False, "--todo", "--unreviewed", help="only the claims not reviewed yet"
    ),
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


_CLAIM = "claims: "
_COUNT = "counts: "
_EVENT = "events: "


@review_app.command("mark")
@handle_errors
def mark_cmd(
    item_id: str = _ID,
    verdict: Verdict = typer.Argument(..., help="right or wrong"),
    note: str | None = _NOTE,
    fmt: OutputFormat = _FMT,
) -> None:
    """Mark a claim, count or event right or wrong (right undoes a correction; wrong takes out
    an added one)."""
    from accord.services.review_actions import mark_any, shown_id
    from accord.store.documents import DocumentStore

    with DocumentStore() as store:
        kind, review = mark_any(store, item_id, verdict.value, note)
        rid = shown_id(store, review) if review is not None else None
    what = f"the added {kind} {item_id} is taken out" if review is None else "stored"
    _said(fmt, review, what, rid)


@review_app.command("confirm")
@handle_errors
def confirm_cmd(
    doc: str = typer.Argument(..., help="the document, as `accord review claims` names it"),
    kind: str = typer.Option("claim", "--kind", help="what to confirm: claim, count, event or all"),
    note: str | None = _NOTE,
    fmt: OutputFormat = _FMT,
) -> None:
    """Mark right every claim (or count, or event) of a document not reviewed yet: after marking
    the wrong ones and correcting the others, the rest in one step."""
    from accord.services.review_actions import KIND_NAMES, confirm_any
    from accord.store.documents import DocumentStore

    kinds = KIND_NAMES if kind == "all" else (kind,)
    with DocumentStore() as store:
        done = confirm_any(store, doc, kinds, note)
    if fmt is OutputFormat.json:
        if kind == "all":
            print_json({k: [r.to_dict() for r in done[k]] for k in kinds})
        else:
            print_json([r.to_dict() for r in done[kind]])
        return
    for k in kinds:
        n = len(done[k])
        console.print(
            f"{doc}: {n} {k}(s) marked right" + ("" if n else " (none was left unreviewed)"),
            highlight=False,
        )


@review_app.command("undo")
@handle_errors
def undo_cmd(item_id: str = _ID, fmt: OutputFormat = _FMT) -> None:
    """Undo a review: an extracted claim, count or event is unreviewed again, an added one taken
    out."""
    from accord.services.review_actions import forget_any
    from accord.store.documents import DocumentStore

    with DocumentStore() as store:
        kind, target = forget_any(store, item_id)
    added = target.review is not None and target.review.verdict == "added"
    what = f"the added {kind} {item_id} is taken out" if added else f"{item_id} is unreviewed"
    if fmt is OutputFormat.json:
        print_json({"id": item_id, "kind": kind, "undone": True, "removed": added})
        return
    console.print(what, highlight=False)


@review_app.command("set")
@handle_errors
def set_cmd(
    item_id: str = _ID,
    actor: str | None = typer.Option(None, "--actor", help=_CLAIM + "who holds the position"),
    speaker: str | None = typer.Option(None, "--speaker", help=_CLAIM + "who said it ('' clears)"),
    issue: str | None = typer.Option(None, "--issue", help=_CLAIM + "issue id"),
    stance: str | None = typer.Option(None, "--stance", help=_CLAIM + "stance id"),
    value: str | None = typer.Option(
        None, "--value", help="claims: a short value ('' clears); counts: the figure"
    ),
    quantity: str | None = typer.Option(None, "--quantity", help=_COUNT + "quantity id"),
    as_of: str | None = typer.Option(
        None, "--as-of", help=_COUNT + "the date the figure refers to, YYYY-MM-DD ('' clears)"
    ),
    approx: bool | None = typer.Option(
        None, "--approx/--exact", help=_COUNT + "whether the source gives it as approximate"
    ),
    label: str | None = typer.Option(None, "--label", help=_COUNT + "what an 'other' counts"),
    event_type: str | None = typer.Option(None, "--type", help=_EVENT + "event type id"),
    date: str | None = typer.Option(None, "--date", help=_EVENT + "YYYY-MM-DD ('' clears)"),
    location: str | None = typer.Option(None, "--location", help=_EVENT + "where ('' clears)"),
    mode: str | None = typer.Option(
        None,
        "--mode",
        help="counts and events: actual, planned ... (counts also demanded, "
        "conditional, hypothetical)",
    ),
    note: str | None = _NOTE,
    fmt: OutputFormat = _FMT,
) -> None:
    """Correct the fields of a claim, count or event (the others stay); an option its kind does
    not have is refused."""
    from accord.services.review_actions import correct_any, shown_id
    from accord.store.documents import DocumentStore

    fields = {
        "actor": actor,
        "speaker": speaker,
        "issue": issue,
        "stance": stance,
        "value": value,
        "quantity": quantity,
        "as_of": as_of,
        "approx": approx,
        "label": label,
        "type": event_type,
        "date": date,
        "location": location,
        "mode": mode,
    }
    with DocumentStore() as store:
        _kind, review = correct_any(store, item_id, fields, note)
        rid = shown_id(store, review)
    _said(fmt, review, "stored", rid)


@review_app.command("add")
@handle_errors
def add_cmd(
    doc: str = typer.Argument(..., help="the document's name in the store"),
    evidence: str = typer.Option(
        ..., "--evidence", help="the exact words of the document that state it"
    ),
    kind: str = typer.Option("claim", "--kind", help="claim, count or event"),
    actor: str | None = typer.Option(None, "--actor", help=_CLAIM + "who holds the position"),
    issue: str | None = typer.Option(None, "--issue", help=_CLAIM + "issue id"),
    stance: str | None = typer.Option(None, "--stance", help=_CLAIM + "stance id"),
    speaker: str | None = typer.Option(None, "--speaker", help=_CLAIM + "who said it"),
    value: str | None = typer.Option(
        None, "--value", help="claims: a short value (permanent, full, 50); counts: the figure"
    ),
    quantity: str | None = typer.Option(None, "--quantity", help=_COUNT + "quantity id"),
    as_of: str | None = typer.Option(None, "--as-of", help=_COUNT + "YYYY-MM-DD"),
    approx: bool | None = typer.Option(None, "--approx/--exact", help=_COUNT + "approximate?"),
    label: str | None = typer.Option(None, "--label", help=_COUNT + "what an 'other' counts"),
    event_type: str | None = typer.Option(None, "--type", help=_EVENT + "event type id"),
    date: str | None = typer.Option(None, "--date", help=_EVENT + "YYYY-MM-DD"),
    location: str | None = typer.Option(None, "--location", help=_EVENT + "where"),
    mode: str | None = typer.Option(None, "--mode", help="counts and events: actual, planned ..."),
    note: str | None = _NOTE,
    fmt: OutputFormat = _FMT,
) -> None:
    """Add a claim (or, with --kind, a count or event) the extractor missed, read from words of
    the document (their first occurrence is its evidence). A claim needs --actor, --issue and
    --stance; a count --quantity and --value; an event --type."""
    from accord.services.review_actions import add_any, shown_id
    from accord.store.documents import DocumentStore

    fields = {
        "actor": actor,
        "issue": issue,
        "stance": stance,
        "speaker": speaker,
        "value": value,
        "quantity": quantity,
        "as_of": as_of,
        "approx": approx,
        "label": label,
        "type": event_type,
        "date": date,
        "location": location,
        "mode": mode,
    }
    with DocumentStore() as store:
        review = add_any(store, kind, doc, evidence, fields, note)
        rid = shown_id(store, review)
    _said(fmt, review, f"added to {doc}, characters {review.span_start}-{review.span_end}", rid)


@review_app.command("export")
@handle_errors
def export_cmd(
    gold: Path = typer.Option(..., "--gold", help="folder to write the gold JSON files into"),
    partial: bool = typer.Option(
        False,
        "--partial",
        help="also annotate the kinds with items not yet reviewed (each then counts as a false "
        "positive when the extractor is scored)",
    ),
    fmt: OutputFormat = _FMT,
) -> None:
    """Write one gold JSON file per reviewed document: the claims, counts and events marked
    right, corrected or added. A file annotates the kinds whose every item in that document
    is reviewed, so `accord eval extraction --gold DIR` scores the extractor on those only."""
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
        left = "; ".join(f"{n} {k} not reviewed" for k, n in w["left"].items())
        if w["file"] is None:
            console.print(
                f"{w['doc']}: skipped, {left} (`accord review claims|counts|events --todo "
                "--doc ...`; or --partial)",
                highlight=False,
            )
        else:
            held = ", ".join(f"{w[k]} {k}" for k in w["annotated"])
            console.print(f"{w['file']}: {held}" + (f"; {left}" if left else ""), highlight=False)
