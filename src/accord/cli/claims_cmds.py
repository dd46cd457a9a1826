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
    fmt: TableFormat = _TFMT,
) -> None:
    """Positions stated in the news: value, mode, the words and the source."""
    from accord.evidence.tables import claim_rows

    extractions, sources = _stored()
    rows = claim_rows(extractions, actor, issue, stance, sources)

    def cells(r: dict[str, Any]) -> list[str]:
        return [
            r["published"] or "—",
            r["actor"],
            r["speaker"] or r["description"] or "",
            r["issue"],
            r["stance"],
            r["value"] or "",
            r["mode"] or "",
            _cite(r),
            r["evidence"][:90],
        ]

    headers = ("date", "actor", "speaker", "issue", "stance", "value", "mode", "source", "evidence")
    emit(
        fmt,
        rows,
        Columns("Claims", headers, cells),
        csv_columns=[
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
