"""``accord scenarios``, ``accord validate`` and ``accord analyze``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from accord.cli.app import OutputFormat, app, console, handle_errors, print_json
from accord.cli.complete import complete_scenario
from accord.errors import ScenarioError
from accord.scenarios import FLAGSHIP


@app.command("scenarios")
@handle_errors
def scenarios_cmd(
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json"),
) -> None:
    """List the built-in scenarios."""
    from accord.scenarios import builtin_paths, load_scenario

    rows: list[dict[str, Any]] = []
    for sid in builtin_paths():
        s = load_scenario(sid)
        rows.append(
            {
                "id": s.id,
                "date": s.date.isoformat(),
                "title": s.title,
                "parties": [p.id for p in s.parties],
                "issues": [i.id for i in s.issues],
                "proposals": [p.id for p in s.proposals],
            }
        )
    if fmt is OutputFormat.json:
        print_json(rows)
        return
    table = Table(title="Built-in scenarios")
    for col in ("id", "date", "title", "proposals"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["id"], r["date"], r["title"], ", ".join(r["proposals"]) or "—")
    console.print(table)


@app.command("validate")
@handle_errors
def validate_cmd(
    file: Path = typer.Argument(
        ..., help="scenario YAML file (or a built-in id)", autocompletion=complete_scenario
    ),
    corpus: Path | None = typer.Option(
        None, help="folder of cited documents (default: $ACCORD_CORPUS or ../shared/corpus)"
    ),
) -> None:
    """Check a scenario file: schema, cross-references, ranges, every cited span and its date."""
    from accord.analysis.budget import check_budget
    from accord.scenarios import check_spans, find_corpus, load_scenario
    from accord.scenarios.loader import _line_of, _tree, resolve

    scenario = load_scenario(file)
    check_budget(scenario)  # the same limits analyze and forecast apply
    folder = corpus or find_corpus()
    if folder is None:
        console.print(
            "[yellow]no corpus folder found: cited spans were not checked (use --corpus)[/]"
        )
    else:
        bad = check_spans(scenario, folder, _stored_text)
        if bad:
            path = resolve(file)
            tree = _tree(path.read_text(encoding="utf-8"), str(path))  # parsed by the load
            problems = [f"{path}:{_line_of(tree, p)}: {'.'.join(map(str, p))}: {m}" for p, m in bad]
            raise ScenarioError(
                f"{path}: {len(bad)} cited span(s) do not match their source", problems
            )
    from accord.cli.forecast_cmds import check_source_dates

    check_source_dates(file, scenario)
    from accord.report.fmt import plural

    sizes = (
        plural(len(scenario.parties), "party", "parties"),
        plural(len(scenario.issues), "issue"),
        plural(len(scenario.positions), "position"),
        plural(len(scenario.proposals), "proposal"),
    )
    console.print(
        f"[green]ok[/] {scenario.id}: {', '.join(sizes)}"
        + ("" if folder is None else f"; spans checked against {folder}")
    )


def _stored_text(doc: str) -> str | None:
    """A cited document's text from the evidence store (drafted scenarios cite ingested news)."""
    from accord.errors import AccordError
    from accord.store.db import default_db_path

    if not default_db_path().is_file():
        return None  # no store (and no DuckDB to load)
    from accord.store.documents import DocumentStore

    try:
        with DocumentStore(read_only=True) as store:
            return store.get(doc).text
    except (AccordError, OSError):
        return None


@app.command("analyze")
@handle_errors
def analyze_cmd(
    scenario: str = typer.Argument(
        FLAGSHIP, help="built-in scenario id or YAML file", autocompletion=complete_scenario
    ),
    relax: list[str] = typer.Option(
        [], "--relax", help="lift a red line (PARTY.ISSUE) or fallback (PARTY.fallback); repeatable"
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json"),
    plot: Path | None = typer.Option(
        None, "--plot", help="write the utility-space plot to this PNG"
    ),
) -> None:
    """Analyse a scenario: proposals, zone of agreement, solutions, deadlock diagnosis."""
    from accord.analysis import analyze
    from accord.cli.analysis_view import render_analysis
    from accord.scenarios import load_scenario
    from accord.validators import check_output_file

    if plot is not None:
        from accord.report.png import check_png_export

        check_output_file(plot, "--plot")
        check_png_export()  # kaleido and a browser, before the work
    result = analyze(load_scenario(scenario), relax)
    if plot is not None:
        from accord.report.plots import utility_space_figure
        from accord.report.png import with_heading, write_png

        heading = f"{result.scenario.title} ({result.scenario.date})"
        write_png(with_heading(utility_space_figure(result), heading), plot)
    if fmt is OutputFormat.json:
        print_json(result.to_dict())
        return
    render_analysis(console, result)
    if plot is not None:
        console.print(f"plot written to {plot}")
