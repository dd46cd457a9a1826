"""``accord framing``: the words each outlet uses for the same people, groups and acts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from accord.cli.app import OutputFormat, app, console, handle_errors, print_json


@app.command("framing")
@handle_errors
def framing_cmd(
    by: str = typer.Option("outlet", "--by", help="outlet or month"),
    outlet: str | None = typer.Option(
        None, "--outlet", help="only outlets whose name contains this"
    ),
    group: str | None = typer.Option(
        None, "--group", help="only this group id (see --format json)"
    ),
    vocabulary: Path | None = typer.Option(
        None, "--vocabulary", help="a framing vocabulary YAML file instead of the built-in one"
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json"),
) -> None:
    """Per outlet (or month), the terms used for each group, with their share in the outlet's own voice."""
    from accord.evidence.framing import framing_by, load_vocabulary
    from accord.store.db import default_db_path
    from accord.store.documents import DocumentStore

    vocab = load_vocabulary(vocabulary)
    docs: list[Any] = []
    claims: dict[str, list[str]] = {}
    if default_db_path().is_file():  # a new store has no documents yet (the table says so)
        with DocumentStore(read_only=True) as store:
            docs = [
                d
                for d in store.documents()
                if outlet is None or outlet.lower() in (d.outlet or "").lower()
            ]
            claims = _claims_by_document(store, docs)
    rows = framing_by(docs, vocab, by=by, claims=claims)
    if group is not None:
        known = {g.id for g in vocab.groups}
        if group not in known:
            from accord.errors import InputError

            raise InputError(f"unknown group {group!r}; known: {', '.join(sorted(known))}")
        for row in rows:
            row["groups"] = [g for g in row["groups"] if g["group"] == group]
    if fmt is OutputFormat.json:
        print_json({"by": by, "rows": rows})
        return
    if not rows:
        console.print("No documents in the store: run `accord ingest FILES` first.")
        return
    table = Table(title=f"Terms used per {by} (n = occurrences; own = in the outlet's own voice)")
    table.add_column(by, overflow="fold")  # a document's name folds rather than being cut
    table.add_column("group", overflow="fold")
    table.add_column("terms (n / own)", overflow="fold")
    table.add_column("attributed", justify="right")
    for row in rows:
        first = True
        share = row["attributed_share"]
        for g in row["groups"]:
            terms = ", ".join(f"{t['term']} {t['count']}/{t['own_voice']}" for t in g["terms"])
            table.add_row(
                row["key"] if first else "",
                g["label"],
                terms,
                f"{share:.0%}" if first and share is not None else "",
            )
            first = False
        if row["claims_by_actor"]:
            reported = ", ".join(f"{c['actor']} {c['share']:.0%}" for c in row["claims_by_actor"])
            table.add_row(row["key"] if first else "", "claims reported, by party", reported, "")
    console.print(table)
    console.print("attributed: share of sentences that quote or report someone else's words.")


def _claims_by_document(store: Any, docs: list[Any]) -> dict[str, list[str]]:
    """The actors of the claims already extracted from each document (none extracted here)."""
    from accord.evidence.extract import EXTRACTOR_VERSION

    out: dict[str, list[str]] = {}
    for doc in docs:
        ex = store.extraction(doc.hash, EXTRACTOR_VERSION)
        if ex is not None:
            out[doc.name] = [c.actor for c in ex.claims]
    return out
