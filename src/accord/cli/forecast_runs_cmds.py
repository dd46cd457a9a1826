"""``accord negotiate`` (one run, round by round) and ``accord runs`` (the stored forecast runs).

Thin commands over :mod:`accord.simulate.negotiate` and :mod:`accord.store.runs`.
"""

from __future__ import annotations

import typer
from rich import box
from rich.table import Table

from accord.cli.app import OutputFormat, app, console, handle_errors, print_json
from accord.cli.complete import complete_scenario
from accord.cli.forecast_cmds import parse_overrides, render_forecast
from accord.scenarios import FLAGSHIP

runs_app = typer.Typer(
    help="Stored forecast runs.", no_args_is_help=False, invoke_without_command=True
)
app.add_typer(runs_app, name="runs")


@app.command("negotiate")
@handle_errors
def negotiate_cmd(
    scenario: str = typer.Argument(
        FLAGSHIP, help="built-in scenario id or YAML file", autocompletion=complete_scenario
    ),
    protocol: str = typer.Option("mediated", "--protocol", help="mediated | alternating"),
    strategy: str | None = typer.Option(
        None, "--strategy", help="alternating offers: see `accord forecast`"
    ),
    horizon: int = typer.Option(365, "--horizon", help="days simulated"),
    seed: int = typer.Option(0, "--seed", help="fixes perception noise, events and honour choices"),
    template: str | None = typer.Option(None, "--template", help="phase template of a signed deal"),
    draw: bool = typer.Option(
        False, "--draw", help="draw parameters from their ranges instead of nominal"
    ),
    set_: list[str] | None = typer.Option(
        None, "--set", help="fix a parameter: NAME=VALUE (repeatable)"
    ),
    levers: bool = typer.Option(
        True,
        "--levers/--no-levers",
        help="the mediators pull the levers they choose in `accord analyze` (pressure, aid, "
        "suspend, guarantee), or none; the same seed gives the same noise either way",
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json"),
) -> None:
    """Run one negotiation and print its transcript round by round."""
    from accord.report.fmt import mediation_line
    from accord.scenarios import load_scenario
    from accord.simulate.config import ForecastConfig
    from accord.simulate.negotiate import negotiate

    ForecastConfig(
        scenario=scenario,
        runs=1,
        horizon=horizon,
        seed=seed,
        protocol=protocol,
        strategy=strategy,
        levers=levers,
    )
    t = negotiate(
        load_scenario(scenario),
        protocol=protocol,
        strategy=strategy,
        horizon=horizon,
        seed=seed,
        template=template,
        draw=draw,
        overrides=parse_overrides(set_),
        levers=levers,
    )
    if fmt is OutputFormat.json:
        print_json(t.to_dict())
        return
    console.print(f"[bold]{t.scenario}[/] · {protocol} · seed {seed} · {horizon} days")
    line = mediation_line(t.mediation)  # the levers act from day 0: said before the rounds
    if line:
        console.print(line, highlight=False, soft_wrap=True)
    quiet: list = []  # consecutive rounds in which the mediators tabled nothing

    def flush() -> None:
        if quiet:
            span = quiet[0].date if len(quiet) == 1 else f"{quiet[0].date} to {quiet[-1].date}"
            console.print(
                f"{span} [bold]mediators[/] no text in {len(quiet)} round(s): {quiet[0].why}",
                highlight=False,
                soft_wrap=True,
            )
            quiet.clear()

    for s in t.steps:
        if s.action == "no text":
            quiet.append(s)
            continue
        flush()
        pkg = f" package #{s.package}" if s.package is not None and s.package >= 0 else ""
        console.print(
            f"{s.date} (day {s.day:>3}) [bold]{s.actor}[/] {s.action}{pkg}: {s.why}",
            highlight=False,
            soft_wrap=True,
        )
        if s.terms:
            console.print(
                "    " + "; ".join(f"{k}={v}" for k, v in s.terms.items()),
                highlight=False,
                style="dim",
                soft_wrap=True,
            )
    flush()
    o = t.outcome
    if o["first_deal_day"] < 0:
        console.print(f"no deal within {horizon} days")
    tracked = ", ".join(f"{o[k]} {label}" for k, label in t.outcome_words.items())
    console.print(
        f"by day {horizon}: {tracked + ', ' if tracked else ''}"
        f"{o['deals']} deal(s), {o['collapses']} collapse(s)"
    )


@runs_app.callback()
@handle_errors
def runs_cmd(
    ctx: typer.Context,
    limit: int = typer.Option(50, "--limit", help="most recent runs shown"),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json"),
) -> None:
    """List stored forecast runs (newest first); `accord runs show ID` for one."""
    if ctx.invoked_subcommand is not None:
        return
    from accord.store.runs import RunStore

    rows = RunStore().list(limit)
    if fmt is OutputFormat.json:
        for r in rows:
            r["config"].pop("scenario_data", None)
        print_json(rows)
        return
    # fits 80 columns: light borders, the date without the time, numbers never cut
    t = Table(title="Forecast runs", box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    for col in ("id", "created", "scenario", "protocol", "runs", "days", "seed", "status"):
        fixed = col in ("id", "created", "runs", "days", "seed")
        t.add_column(
            col,
            no_wrap=fixed,
            overflow="fold",
            min_width={"scenario": 13, "protocol": 8}.get(col),
            justify="right" if col in ("runs", "days", "seed") else "left",
        )
    for r in rows:
        c = r["config"]
        done = f"{r['finished_chunks']}/{r['n_chunks']}"
        t.add_row(
            r["id"],
            str(r["created_at"])[:10],
            r["scenario"],
            c["protocol"],
            f"{c['runs']:,}",
            str(c["horizon"]),
            str(r["seed"]),
            r["status"] if r["status"] == "done" else f"{r['status']} {done}",
        )
    if not rows:
        console.print("No forecast runs are stored yet: `accord forecast` runs one and keeps it.")
        return
    console.print(t)


@runs_app.command("show")
@handle_errors
def runs_show_cmd(
    run_id: str = typer.Argument(..., help="run id from `accord runs`"),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json"),
) -> None:
    """Show one stored run: parameters, seed, code version and results."""
    from accord.store.runs import RunStore

    r = RunStore().get(run_id)
    r["config"].pop("scenario_data", None)
    if fmt is OutputFormat.json:
        print_json(r)
        return
    console.print(
        f"run {r['id']} · {r['status']} · {r['finished_chunks']}/{r['n_chunks']} chunks · "
        f"created {r['created_at']} · code {r['code_version']} · seed {r['seed']}"
    )
    console.print(
        "config: " + ", ".join(f"{k}={v}" for k, v in r["config"].items()), highlight=False
    )
    if r["summary"] is None:
        console.print(f"not finished; resume with: accord forecast --resume {r['id']}")
        return
    render_forecast(r["summary"])
