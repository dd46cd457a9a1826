"""``accord import genius`` and ``accord export genius``: thin commands over :mod:`accord.interop`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer
from rich.table import Table

from accord.cli.app import OutputFormat, app, console, handle_errors, print_json
from accord.cli.complete import complete_scenario
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
    output: Path | None = typer.Option(
        None,
        "-o",
        "--output",
        help="scenario YAML file to write (a folder when the folder holds several variants)",
    ),
    variant: str | None = typer.Option(
        None, help="of a folder with several domain files (A, B, C): the one to import"
    ),
    analyze: bool = typer.Option(
        False,
        "--analyze",
        help="also print the frontier and bargaining solutions, GENIUS's numbers",
    ),
    check_reference: bool = typer.Option(
        False,
        "--check-reference",
        help="with --analyze: check GENIUS's pareto.xml point by point (reproduced, or "
        "dominated by a witness outcome)",
    ),
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

    Examples: accord import genius Laptop/ -o laptop.yaml;
    accord import genius anac/y2012/Laptop -o laptops/ (one scenario per variant);
    accord import genius anac/y2014/30issues --analyze (non-linear: analysed, not written);
    accord import genius anac/y2014/30issues --check-reference (GENIUS's pareto.xml, point by point)
    """
    from accord.analysis.budget import MAX_OPTIONS_PER_ISSUE
    from accord.validators import check_finite

    check_finite(real_levels, "--real-levels", 2, MAX_OPTIONS_PER_ISSUE)  # before any XML is read
    from accord.interop import GeniusSet, find_genius_sets
    from accord.interop.interop_service import import_sets

    analyze = analyze or check_reference
    if output is None and not analyze:
        raise InputError("give -o FILE to write the scenario, or --analyze to analyse the domain")
    if len(files) == 1 and files[0].is_dir():
        sets = find_genius_sets(files[0])
        if variant is not None:
            from accord.interop import find_genius_files

            dom, profs = find_genius_files(files[0], variant)
            sets = [s for s in sets if s.domain == dom]
    elif len(files) >= 3:
        sets = [GeniusSet(name=files[0].stem, domain=files[0], profiles=tuple(files[1:]))]
    else:
        raise InputError("give a domain file and at least two profiles, or one folder holding them")
    try:
        day = dt.date.fromisoformat(date) if date else None
    except ValueError:
        raise InputError(f"--date '{date}' is not a date in the form YYYY-MM-DD") from None
    results = import_sets(
        sets,
        output,
        analyze=analyze,
        check_reference=check_reference,
        real_levels=real_levels,
        ignore_discount=ignore_discount,
        date=day,
        scenario_id=scenario_id,
    )
    if fmt is OutputFormat.json:
        print_json(results[0] if len(results) == 1 else {"variants": results})
        return
    for r in results:
        _print_import(r)


def _print_import(r: dict) -> None:
    if r.get("file"):
        console.print(
            f"Wrote [bold]{r['file']}[/]: scenario '{r['scenario']}' with {len(r['parties'])} "
            f"parties ({', '.join(r['parties'])}), {len(r['issues'])} issues, "
            f"{r['outcomes']:,} outcomes.",
            highlight=False,
        )
    for w in r.get("warnings", []):
        console.print(f"[yellow]changed:[/] {w}", highlight=False)
    for w in r.get("scenario_changes", []):
        console.print(f"[yellow]scenario differs from GENIUS:[/] {w}", highlight=False)
    a = r.get("analysis")
    if not a:
        return
    console.print(
        f"[bold]{a['name']}[/]: {a['outcomes']:,} outcomes, {a['frontier_points']} frontier "
        f"points ({a['method']}, {a['seconds']:.2f} s)",
        highlight=False,
    )
    dis = a["disagreement"]
    console.print(
        "Disagreement point ("
        + dis["rule"]
        + "): "
        + ", ".join(f"{p} {v:.4f}" for p, v in dis["point"].items()),
        highlight=False,
    )
    t = Table(title="Bargaining solutions (GENIUS utilities; at the deadline with discounting)")
    t.add_column("solution")
    names = list(a["discount_factors"])
    for p in names:
        t.add_column(p, justify="right")
    t.add_column("outcome")
    for k, sol in a["solutions"].items():
        if sol is None:
            t.add_row(k, *["—"] * len(names), "none rational")
            continue
        cells = [
            f"{sol['utilities'][p]:.4f}"
            + (f" ({sol['utilities_at_deadline'][p]:.4f})" if a["discount_factors"][p] < 1 else "")
            for p in names
        ]
        t.add_row(k, *cells, ", ".join(f"{i}={v}" for i, v in sol["outcome"].items()))
    console.print(t)
    ref = a.get("reference_frontier")
    if ref:
        console.print(
            f"GENIUS's pareto.xml: {ref['points']} points; {ref['on_frontier']} on this frontier, "
            f"{ref['dominated']} strictly dominated by it, {ref['not_dominated']} not dominated.",
            highlight=False,
        )
    check = a.get("reference_check")
    if check:
        _print_reference_check(check, names)


def _compact(labels: list[str]) -> str:
    return ("" if all(len(v) == 1 for v in labels) else " ").join(labels)


def _print_reference_check(check: dict, names: list[str]) -> None:
    t = Table(title="GENIUS's pareto.xml, point by point (witness utilities recomputed)")
    t.add_column("#", justify="right")
    t.add_column("reference " + " / ".join(names))
    t.add_column("an outcome has it")
    t.add_column("status")
    t.add_column("witness " + " / ".join(names))
    t.add_column("witness outcome")
    for k, p in enumerate(check["points"], 1):
        w = p["witness"]
        t.add_row(
            str(k),
            " / ".join(f"{x:.7g}" for x in p["reference"]),
            "yes" if p["realised"] else "no",
            p["status"].replace("_", " "),
            " / ".join(f"{x:.7g}" for x in p["witness_utilities"]) if w else "—",
            _compact(list(w.values())) if w else "—",
        )
    console.print(t)
    console.print(check["summary"]["verdict"] + ".", highlight=False)


@export_app.command("genius")
@handle_errors
def export_genius_cmd(
    scenario: str = typer.Argument(
        ..., help="built-in scenario id or scenario YAML file", autocompletion=complete_scenario
    ),
    output: Path = typer.Option(..., "-o", "--output", help="folder to write the XML files into"),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json"),
) -> None:
    """Export a scenario as a GENIUS domain and one profile per belligerent (single phase).

    Example: accord export genius labour-2026-03 -o labour-genius/
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


@app.command("tournament")
@handle_errors
def tournament_cmd(
    folder: Path = typer.Argument(..., help="a folder of GENIUS domains (searched recursively)"),
    strategies: str = typer.Option(
        "boulware,linear,conceder", help="comma-separated time-based strategies"
    ),
    steps: int = typer.Option(100, help="deadline: rounds of alternating offers"),
    tolerance: float = typer.Option(
        0.0, help="values this close below an aspiration count as reaching it"
    ),
    ties: str = typer.Option(
        "high-index", help="tie rule among equal-valued offers: high-index or negmas"
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json"),
) -> None:
    """Run every pair of built-in strategies on every domain of a folder (alternating offers).

    Example: accord tournament ../shared/domains/anac/y2012 --steps 200
    """
    from accord.interop.tournament import run_tournament

    result = run_tournament(
        folder,
        [s.strip() for s in strategies.split(",") if s.strip()],
        n_steps=steps,
        tolerance=tolerance,
        ties=ties,
    )
    if fmt is OutputFormat.json:
        print_json(result.to_dict())
        return
    console.print(
        f"{result.negotiations:,} negotiations on {len(result.domains)} domains, deadline "
        f"{result.n_steps} rounds; scores are GENIUS's (discounted to the agreement's time)",
        highlight=False,
    )
    t = Table(title="Tournament: mean over every opponent, role and domain")
    for col in ("strategy", "utility", "agreement rate", "joint utility"):
        t.add_column(col, justify="left" if col == "strategy" else "right")
    ranked = sorted(result.scores.items(), key=lambda kv: -kv[1]["utility"])
    for name, sc in ranked:
        t.add_row(name, f"{sc['utility']:.4f}", f"{sc['agreements']:.1%}", f"{sc['welfare']:.4f}")
    console.print(t)
    for s in result.skipped:
        console.print(f"[yellow]skipped[/] {s}", highlight=False)
