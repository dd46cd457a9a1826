"""``accord store check``: is the store file readable from end to end?"""

from __future__ import annotations

from pathlib import Path

import typer

from accord.cli.app import OutputFormat, app, console, handle_errors, print_json

store_app = typer.Typer(
    help="The embedded store (documents, extractions, runs).", no_args_is_help=True
)
app.add_typer(store_app, name="store")


@store_app.command("check")
@handle_errors
def check_cmd(
    path: Path | None = typer.Option(
        None, "--path", help="store file (default: $ACCORD_HOME/accord.duckdb)"
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json"),
) -> None:
    """Read every table of the store in full; exit 2 with what to do when it is damaged."""
    from accord.store import check_store, default_db_path

    target = path or default_db_path()
    tables = check_store(target)
    if fmt is OutputFormat.json:
        print_json({"path": str(target), "ok": True, "tables": tables})
        return
    if not tables:
        console.print(f"[green]ok[/] {target}: no store yet (it is created on first use)")
        return
    counts = ", ".join(f"{name} {n:,}" for name, n in tables.items())
    console.print(f"[green]ok[/] {target}: every table reads in full ({counts})")
