"""``accord import genius`` and ``accord export genius``: thin commands over :mod:`accord.interop`."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import typer

from accord.cli.app import OutputFormat, app, console, handle_errors, print_json
from accord.errors import InputError

import_app = typer.Typer(help="Import negotiation domains from other tools.", no_args_is_help=True)
export_app = typer.Typer(help="Export scenarios to other tools' formats.", no_args_is_help=True)
app.add_typer(import_app, name="import")
app.add_typer(export_app, name="export")


@import_app.command("genius")
@handle_errors
def import_genius_cmd(
    files: list[Path] = typer.Argument(
        ..., help="DOMAIN.xml PROFILE.xml [PROFILE.xml...], or one folder holding them"
    ),
    output: Path = typer.Option(..., "-o", "--output", help="scenario YAML file to write"),
    real_levels: int = typer.Option(11, help="grid points for each real-valued issue"),
    ignore_discount: bool = typer.Option(
        False, help="import profiles with a discount factor, undiscounted"
    ),
    scenario_id: str | None = typer.Option(
        None, "--id", help="scenario id (default: domain file name)"
    ),
    date: str | None = typer.Option(None, help="scenario date, YYYY-MM-DD (default: today)"),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json"),
) -> None:
    """Import a GENIUS/ANAC domain and its utility profiles as an accord scenario.

    Example: accord import genius Laptop/ -o laptop.yaml
    """
    from accord.analysis.budget import MAX_OPTIONS_PER_ISSUE
    from accord.interop import find_genius_files, import_genius, write_scenario
    from accord.validators import check_finite

    check_finite(real_levels, "--real-levels", 2, MAX_OPTIONS_PER_ISSUE)  # before any XML is read
    if len(files) == 1 and files[0].is_dir():
        domain, profiles = find_genius_files(files[0])
    elif len(files) >= 3:
        domain, profiles = files[0], files[1:]
    else:
        raise InputError("give a domain file and at least two profiles, or one folder holding them")
    try:
        day = dt.date.fromisoformat(date) if date else None
    except ValueError:
        raise InputError(f"--date '{date}' is not a date in the form YYYY-MM-DD") from None
    scenario = import_genius(
        domain,
        profiles,
        real_levels=real_levels,
        ignore_discount=ignore_discount,
        date=day,
        scenario_id=scenario_id,
    )
    path = write_scenario(scenario, output)
    summary: dict[str, Any] = {
        "scenario": scenario.id,
        "file": str(path),
        "parties": [p.id for p in scenario.parties],
        "issues": [i.id for i in scenario.issues],
        "outcomes": math.prod(len(i.ordered_levels) for i in scenario.issues),
    }
    if fmt is OutputFormat.json:
        print_json(summary)
        return
    console.print(
        f"Wrote [bold]{path}[/]: scenario '{scenario.id}' with {len(summary['parties'])} parties "
        f"({', '.join(summary['parties'])}), {len(summary['issues'])} issues, "
        f"{summary['outcomes']:,} outcomes."
    )


@export_app.command("genius")
@handle_errors
def export_genius_cmd(
    scenario: str = typer.Argument(..., help="built-in scenario id or scenario YAML file"),
    output: Path = typer.Option(..., "-o", "--output", help="folder to write the XML files into"),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json"),
) -> None:
    """Export a scenario as a GENIUS domain and one profile per belligerent (single phase).

    Example: accord export genius gaza-2025-03 -o gaza-genius/
    """
    from accord.interop import export_genius
    from accord.scenarios import load_scenario

    result = export_genius(load_scenario(scenario), output)
    data = {
        "domain": str(result.domain),
        "profiles": [str(p) for p in result.profiles],
        "notes_file": str(result.notes_file),
        "notes": result.notes,
    }
    if fmt is OutputFormat.json:
        print_json(data)
        return
    console.print(f"Wrote [bold]{result.domain}[/] and {len(result.profiles)} profiles:")
    for p in result.profiles:
        console.print(f"  {p}")
    console.print(f"What the projection leaves out ({result.notes_file}):")
    for n in result.notes:
        console.print(f"  - {n}", highlight=False)
