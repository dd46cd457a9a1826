"""``accord review counts`` and ``accord review events``: the figures and events read from the
stored news, each with the id ``accord review mark|set|undo`` takes and its review.

Thin commands over :mod:`accord.services.item_reviews`.
"""

from __future__ import annotations

from typing import Any

import typer

from accord.cli.app import handle_errors
from accord.cli.output import Columns, TableFormat, emit
from accord.cli.review_cmds import review_app

_TFMT = typer.Option(TableFormat.table, "--format", help="table, json or csv")
_DOC = typer.Option(None, "--doc", help="only the items of this document")
_UNREVIEWED = typer.Option(False, "--unreviewed", "--todo", help="only the items not reviewed yet")
_TAIL = ("was", "note", "extracted", "start", "end", "evidence")


def _rows(kind: str, doc: str | None, unreviewed: bool) -> list[dict[str, Any]]:
    from accord.services.item_reviews import item_rows
    from accord.store.documents import DocumentStore

    with DocumentStore() as store:
        return item_rows(store, kind, doc, unreviewed)


def _review(r: dict[str, Any], *fields: str) -> str:
    """The review cell: the verdict, and for a correction what was read."""
    review = r["review"] or "—"
    if r["was"]:
        review += " (was " + " ".join(str(r["was"][f]) for f in fields if r["was"][f]) + ")"
    return review


@review_app.command("counts")
@handle_errors
def counts_cmd(
    doc: str | None = _DOC, unreviewed: bool = _UNREVIEWED, fmt: TableFormat = _TFMT
) -> None:
    """Every figure read from the stored news (or one document) with its id and review; the
    values shown are the reviewed ones (a correction's original in `was`)."""
    rows = _rows("count", doc, unreviewed)

    def cells(r: dict[str, Any]) -> list[str]:
        return [
            r["id"],
            r["doc"],
            r["quantity"] + (f" ({r['label']})" if r["label"] else ""),
            ("~" if r["approx"] else "") + f"{r['value']:,}",
            r["as_of"] or "—",
            r["mode"],
            _review(r, "quantity", "value", "as_of"),
            r["evidence"][:90],
        ]

    headers = ("id", "doc", "quantity", "value", "as of", "mode", "review", "evidence")
    emit(
        fmt,
        rows,
        Columns("Counts to review", headers, cells),
        csv_columns=[
            "id",
            "doc",
            "review",
            "quantity",
            "label",
            "value",
            "approx",
            "as_of",
            "mode",
            "qualifier",
            *_TAIL,
        ],
    )


@review_app.command("events")
@handle_errors
def events_cmd(
    doc: str | None = _DOC, unreviewed: bool = _UNREVIEWED, fmt: TableFormat = _TFMT
) -> None:
    """Every event read from the stored news (or one document) with its id and review; the
    values shown are the reviewed ones (a correction's original in `was`)."""
    rows = _rows("event", doc, unreviewed)

    def cells(r: dict[str, Any]) -> list[str]:
        return [
            r["id"],
            r["doc"],
            r["type"],
            r["date"] or "—",
            r["location"] or "",
            r["mode"],
            ", ".join(r["actors"]),
            _review(r, "type", "date", "location"),
            r["evidence"][:90],
        ]

    headers = ("id", "doc", "type", "date", "where", "mode", "actors", "review", "evidence")
    emit(
        fmt,
        rows,
        Columns("Events to review", headers, cells),
        csv_columns=[
            "id",
            "doc",
            "review",
            "type",
            "date",
            "date_text",
            "location",
            "actors",
            "mode",
            *_TAIL,
        ],
    )
