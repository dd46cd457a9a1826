"""``accord claims`` and ``accord statements``: the positions read from the stored news, and
every attributed statement with the claims read from it (or none, for a reader to go through).

Thin commands over :mod:`accord.evidence.tables`.
"""

from __future__ import annotations

from typing import Any

import typer

from accord.cli.app import app, handle_errors
from accord.cli.evidence_cmds import _TFMT, SPAN_COLUMNS, _cite, _stored
from accord.cli.output import Columns, TableFormat, emit
from accord.evidence.tables import MIN_STATEMENT_WORDS


@app.command("claims")
@handle_errors
def claims_cmd(
    actor: str | None = typer.Option(None, help="actor id (from the vocabulary)"),
    issue: str | None = typer.Option(None, help="issue id (from the vocabulary)"),
    stance: str | None = typer.Option(
        None, help="demand, offer, accept, reject, condition, threat"
    ),
    reviewed: bool = typer.Option(
        False,
        "--reviewed",
        help="the claims as reviewed (`accord review`): wrong ones out, corrections applied, "
        "added ones in",
    ),
    fmt: TableFormat = _TFMT,
) -> None:
    """Positions stated in the news: value, mode, the words, the source and the review
    (right, wrong, corrected, added; `accord review` gives them)."""
    from accord.evidence.tables import claim_rows
    from accord.services.reviews import annotate_claims
    from accord.store.documents import DocumentStore

    extractions, sources = _stored(reviewed=reviewed)
    rows = claim_rows(extractions, actor, issue, stance, sources)
    with DocumentStore() as store:
        annotate_claims(store, rows, reviewed)

    def cells(r: dict[str, Any]) -> list[str]:
        return [
            r["id"],
            r["published"] or "—",
            r["actor"],
            r["speaker"] or r["description"] or "",
            r["issue"],
            r["stance"],
            r["value"] or "",
            r["mode"] or "",
            _cite(r),
            r["review"] or "—",
            r["evidence"][:90],
        ]

    headers = (
        "id",
        "date",
        "actor",
        "speaker",
        "issue",
        "stance",
        "value",
        "mode",
        "source",
        "review",
        "evidence",
    )
    emit(
        fmt,
        rows,
        Columns("Claims as reviewed" if reviewed else "Claims", headers, cells),
        csv_columns=[
            "id",
            "review",
            "published",
            "actor",
            "speaker",
            "description",
            "issue",
            "stance",
            "value",
            "mode",
            "outlet",
            *SPAN_COLUMNS,
            "evidence",
        ],
    )


@app.command("statements")
@handle_errors
def statements_cmd(
    actor: str | None = typer.Option(
        None, help="only the statements of speakers for this actor id (from the vocabulary)"
    ),
    unread: bool = typer.Option(
        False, "--unread", help="only statements no claim was read from (what to read yourself)"
    ),
    min_words: int = typer.Option(
        MIN_STATEMENT_WORDS,
        "--min-words",
        min=1,
        help="shorter quotations are terms in quotation marks, not statements",
    ),
    fmt: TableFormat = _TFMT,
) -> None:
    """Who said what: every attributed statement, the party its speaker speaks for and the
    claims read from it; `--unread` lists what the rules did not classify."""
    from accord.evidence.tables import statement_rows

    extractions, sources = _stored()
    rows = statement_rows(extractions, actor, unread, sources, min_words)

    def cells(r: dict[str, Any]) -> list[str]:
        return [
            r["published"] or "—",
            r["actor"] or "—",
            r["speaker"] or r["description"] or "—",
            "; ".join(r["claims"]) or "— (unread)",
            _cite(r),
            r["evidence"][:90],
        ]

    title = "Statements no claim was read from" if unread else "Statements"
    headers = ("date", "for", "speaker", "claims read", "source", "words")
    emit(
        fmt,
        rows,
        Columns(title, headers, cells),
        csv_columns=[
            "published",
            "actor",
            "speaker",
            "description",
            "direct",
            "claims",
            "outlet",
            *SPAN_COLUMNS,
            "evidence",
        ],
    )
