"""``accord new`` and ``accord schema``: writing scenarios by hand."""

from __future__ import annotations

from pathlib import Path

import typer

from accord.cli.app import app, console, handle_errors, print_json


@app.command("new")
@handle_errors
def new_cmd(
    name: str = typer.Argument(..., help="scenario id; writes NAME.yaml (or the .yaml path given)"),
    force: bool = typer.Option(False, "--force", help="overwrite an existing file"),
) -> None:
    """Write a commented starting scenario that validates as written."""
    from accord.scenarios.template import write_starting_file

    path = write_starting_file(name, force=force)
    console.print(
        f"wrote {path}: edit it, then `accord validate {path}` and `accord analyze {path}` "
        "(guide: docs/scenarios.md)",
        markup=False,
        highlight=False,
    )


@app.command("schema")
@handle_errors
def schema_cmd(
    output: Path | None = typer.Option(
        None, "-o", "--output", help="write to this file instead of stdout"
    ),
) -> None:
    """Print the JSON Schema of a scenario file (for editor completion)."""
    import json

    from accord.errors import InputError
    from accord.scenarios.schema import scenario_schema

    schema = scenario_schema()
    if output is None:
        print_json(schema)
        return
    try:
        output.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror}") from None
    console.print(f"wrote {output}", markup=False, highlight=False)
