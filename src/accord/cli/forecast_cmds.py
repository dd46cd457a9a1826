"""``accord forecast``, ``accord negotiate``, ``accord runs`` and ``accord backtest``.

Thin commands over :mod:`accord.simulate` and :mod:`accord.store.runs`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import typer
from rich import box
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from accord.cli.app import OutputFormat, app, console, err_console, handle_errors, print_json
from accord.errors import AccordError, InputError
from accord.report.fmt import forecast_notes
from accord.scenarios import FLAGSHIP

runs_app = typer.Typer(
    help="Stored forecast runs.", no_args_is_help=False, invoke_without_command=True
)
app.add_typer(runs_app, name="runs")


def _overrides(items: list[str] | None) -> dict[str, float]:
    from accord.validators import parse_override

    return dict(parse_override(item) for item in items or [])


# options that define a run: `--resume ID` continues the stored run and may not change them
_RUN_DEFINING = ("runs", "horizon", "seed", "protocol", "strategy", "template", "set_", "scenario")


def _refuse_changed_flags(ctx: typer.Context) -> None:
    # compared by name: typer may bring its own copy of click's ParameterSource enum
    given = [
        name
        for name in _RUN_DEFINING
        if getattr(ctx.get_parameter_source(name), "name", "DEFAULT")
        not in ("DEFAULT", "DEFAULT_MAP")
    ]
    if given:
        flags = ", ".join(
            "--set" if n == "set_" else "SCENARIO" if n == "scenario" else f"--{n}" for n in given
        )
        raise InputError(
            f"--resume continues a stored run with its own settings; drop {flags} "
            "(or start a new run without --resume)"
        )


def _store_dates(docs: list[str]) -> dict[str, dt.date]:
    """Publication dates the evidence store knows for these documents (none without a store)."""
    from accord.store.db import default_db_path

    if not docs or not default_db_path().is_file():
        return {}
    from accord.store.documents import DocumentStore

    out: dict[str, dt.date] = {}
    try:
        with DocumentStore(read_only=True) as store:
            for doc in store.documents(docs):
                try:
                    out[doc.name] = dt.date.fromisoformat(str(doc.published)[:10])
                except ValueError:
                    continue
    except AccordError:
        return {}
    return out


def check_source_dates(file: Path | str, scenario: Any) -> None:
    """Reject a scenario citing a source published (or possibly published) after its date."""
    from accord.errors import ScenarioError
    from accord.scenarios.loader import _line_of, _parse_yaml, resolve
    from accord.scenarios.spans import iter_source_refs
    from accord.scenarios.timeline import source_date_problems

    docs = sorted(
        {ref.doc for _, ref in iter_source_refs(scenario)} | {s.doc for s in scenario.sources}
    )
    bad = source_date_problems(scenario, _store_dates(docs))
    if not bad:
        return
    path = resolve(file)
    tree = _parse_yaml(path.read_text(encoding="utf-8"), str(path))
    problems = [f"{path}:{_line_of(tree, p)}: {'.'.join(map(str, p))}: {m}" for p, m in bad]
    raise ScenarioError(
        f"{path}: {len(bad)} source(s) postdate, or may postdate, the snapshot's date "
        f"{scenario.date}",
        problems,
    )


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]forecast"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("chunks"),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )


@app.command("forecast")
@handle_errors
def forecast_cmd(
    ctx: typer.Context,
    scenario: str = typer.Argument(FLAGSHIP, help="built-in scenario id or YAML file"),
    runs: int = typer.Option(10_000, "--runs", "-n", help="number of Monte Carlo runs"),
    horizon: int = typer.Option(365, "--horizon", help="days simulated from the scenario's date"),
    seed: int = typer.Option(0, "--seed", help="same seed, same forecast on every backend"),
    protocol: str = typer.Option("mediated", "--protocol", help="mediated | alternating"),
    strategy: str | None = typer.Option(
        None,
        "--strategy",
        help="alternating offers: boulware | linear | conceder | tit_for_tat, "
        "or per party: union=boulware,employer=conceder",
    ),
    template: str | None = typer.Option(None, "--template", help="phase template of signed deals"),
    deadline: int | None = typer.Option(
        None,
        "--deadline",
        help="alternating offers: days to the bargaining deadline (default 180; "
        "independent of --horizon)",
    ),
    backend: str = typer.Option("local", "--backend", help="local | ray"),
    workers: int | None = typer.Option(
        None, "--workers", "-w", help="processes (local) or CPUs (ray)"
    ),
    address: str | None = typer.Option(
        None, "--address", help="Ray cluster address (ray://host:10001 or auto)"
    ),
    set_: list[str] | None = typer.Option(
        None, "--set", help="fix a parameter: NAME=VALUE (repeatable)"
    ),
    calibrate: bool = typer.Option(
        False,
        "--calibrate",
        help="keep only draws consistent with the standstill before the snapshot",
    ),
    resume: str | None = typer.Option(None, "--resume", help="finish an interrupted run by its id"),
    store: bool = typer.Option(True, "--store/--no-store", help="record the run in the store"),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json"),
    plot: Path | None = typer.Option(
        None, "--plot", help="write the deal-by-date, outcome and tornado charts to one PNG"
    ),
) -> None:
    """Forecast a negotiation: P(deal by date), outcomes, collapse risk, sensitivity."""
    from accord.services.forecasts import forecast as run_forecast
    from accord.services.forecasts import resume as run_resume
    from accord.simulate import ForecastConfig
    from accord.validators import check_output_file

    if resume:
        _refuse_changed_flags(ctx)
    if plot is not None:
        from accord.report.png import check_png_export

        check_output_file(plot, "--plot")
        check_png_export()  # kaleido and a browser, before the runs
    with _progress() as bar:
        task = bar.add_task("forecast", total=None)

        def report(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        if resume:
            result = run_resume(
                resume, backend=backend, workers=workers, address=address, progress=report
            )
        else:
            cfg = ForecastConfig(
                scenario=scenario,
                runs=runs,
                horizon=horizon,
                seed=seed,
                protocol=protocol,
                strategy=strategy,
                template=template,
                overrides=_overrides(set_),
                deadline=deadline,
                calibrate=calibrate,
            )
            result = run_forecast(
                cfg, backend=backend, workers=workers, address=address, store=store, progress=report
            )
    data = result.to_dict()
    if plot is not None:
        from accord.report.forecast_views import run_figures
        from accord.report.png import stack_figures, write_png

        title = f"{data['scenario']}: {data.get('scenario_title', '')}".rstrip(": ")
        write_png(stack_figures(list(run_figures(data).values()), heading=title), plot)
    if fmt is OutputFormat.json:
        print_json(data)
        return
    render_forecast(data)
    if plot is not None:
        console.print(f"plots written to {plot}")


def render_forecast(d: dict[str, Any]) -> None:
    s = d["summary"]
    cfg = d["config"]
    console.print(f"[bold]{d['scenario']}[/] — {d.get('scenario_title', '')}")
    console.print(
        f"{s['runs']:,} runs from {s['start']} over {s['horizon_days']} days · protocol "
        f"{s['protocol']} · deals phased as '{s['template']}' · seed {cfg['seed']} · "
        f"{s['candidates']} candidate packages · run {d['run_id'] or '(not stored)'}"
    )
    t = Table(title="Chance of a first deal by date (95% interval)")
    for col in ("by", "date", "P(deal)", "interval"):
        t.add_column(col, justify="right" if col != "date" else "left")
    for m in s["milestones"]:
        t.add_row(
            f"day {m['day']}", m["date"], f"{m['p_deal']:.1%}", f"{m['low']:.1%} – {m['high']:.1%}"
        )
    console.print(t)
    if s["median_days_to_deal"] is not None:
        console.print(f"half of the runs reach a deal within {s['median_days_to_deal']} days")
    o = Table(title=f"Outcomes by day {s['horizon_days']}")
    for col in ("", "mean", "5%", "median", "95%"):
        o.add_column(col, justify="right" if col else "left")
    words = s.get("outcome_words", {})
    for key, x in s["outcomes"].items():  # what the scenario tracks, in its words
        label = words.get(key, {}).get("label") or key.replace("_", " ")
        o.add_row(label, f"{x['mean']:.1f}", str(x["p5"]), str(x["p50"]), str(x["p95"]))
    if s["outcomes"]:
        console.print(o)
    else:
        console.print("the scenario tracks no stock over time (no 'tracked' section): deals only")
    im = s["implementation"]
    phases = ", ".join(f"after {k}: {v:.1%}" for k, v in im["collapsed_after_phase"].items())
    console.print(
        f"of the first deals: {im['completed']:.1%} carried out, {im['collapsed']:.1%} collapsed "
        f"({phases or 'single phase'}), {im['in_force_at_horizon']:.1%} still in progress"
    )
    if s["terms"]["by_issue"]:
        terms = Table(title="Terms of first deals (most frequent value per issue)")
        terms.add_column("issue")
        terms.add_column("most frequent")
        terms.add_column("share", justify="right")
        for issue, dist in s["terms"]["by_issue"].items():
            if dist:
                value, share = next(iter(dist.items()))
                terms.add_row(issue, value, f"{share:.0%}")
        console.print(terms)
    near = s["terms"].get("closest_tabled_proposal") or {}
    if near:
        console.print(
            "first deals closest to each tabled proposal: "
            + ", ".join(f"{pid} {share:.0%}" for pid, share in near.items()),
            soft_wrap=True,
        )
    render_uncertainty(d)
    engine = [p["name"] for p in d["parameters"] if p["origin"] == "engine"]
    if engine:
        console.print(
            f"[dim]engine assumptions (no source in the scenario): {', '.join(engine)}[/]"
        )


def tornado_lines(sensitivity: list[dict[str, Any]], top: int = 3, width: int = 80) -> list[str]:
    """The ``top`` most influential assumptions as text bars, each line at most ``width`` characters.

    >>> rows = [{"parameter": "red_line_yield.union", "low": 0.05, "high": 0.3, "p_deal_low": 1.0,
    ...          "p_deal_high": 0.86, "swing": -0.14}]
    >>> line = tornado_lines(rows)[0]
    >>> len(line) <= 80, "red_line_yield.union" in line, "100% → 86%" in line
    (True, True, True)
    """
    bar_width = 10
    name_width = width - bar_width - 44
    largest = max((abs(r["swing"]) for r in sensitivity[:top]), default=0.0) or 1.0
    lines = []
    for r in sensitivity[:top]:
        name = (
            r["parameter"]
            if len(r["parameter"]) <= name_width
            else r["parameter"][: name_width - 1] + "…"
        )
        rng = f"{r['low']:.3g} – {r['high']:.3g}"
        bar = "█" * max(1, round(bar_width * abs(r["swing"]) / largest)) if r["swing"] else ""
        lines.append(
            f"  {name:<{name_width}} {rng:>15} {r['p_deal_low']:>5.0%} → {r['p_deal_high']:<5.0%}"
            f" {bar:<{bar_width}} {r['swing'] * 100:+6.1f} pt"
        )
    return lines


def render_uncertainty(d: dict[str, Any]) -> None:
    """Interval, effective sample size, the three assumptions that move the forecast most, and --set values."""
    s = d["summary"]
    notes = forecast_notes(s)
    lo, hi = s["p_deal_band"]
    console.print(
        f"P(first deal by day {s['horizon_days']}): {s['p_deal_by_horizon']:.1%} "
        f"(95% interval {lo:.1%} – {hi:.1%}; Monte Carlo error only) · {notes['sample'][0]}",
        highlight=False,
    )
    for i, line in enumerate(notes["calibration"]):
        console.print(("  " if i else "") + line, highlight=False)
    for key in ("scheduled", "interim", "factions"):
        for line in notes[key]:
            console.print(line, highlight=False)
    zone = s.get("zone") or {}
    if zone:
        opened = ", ".join(
            f"{name} {v['share_of_runs']:.0%} (median {v['median_date']})"
            for name, v in list(zone["opened_by"].items())[:3]
        )
        console.print(
            f"zone of agreement at the snapshot in {zone['at_start']:.0%} of runs; opened later by the "
            f"dynamics in {zone['opened']:.0%}" + (f": {opened}" if opened else ""),
            highlight=False,
        )
    console.print(
        f"the three assumptions that move P(deal by day {s['horizon_days']}) most "
        f"(lowest → highest fifth of each range):",
        highlight=False,
    )
    for line in tornado_lines(s["sensitivity"]):
        console.print(line, highlight=False, markup=False)
    used = s.get("set_values", d["config"].get("overrides", {}))
    console.print(
        "values fixed with --set: " + (", ".join(f"{k}={v:g}" for k, v in used.items()) or "none"),
        highlight=False,
    )


@app.command("negotiate")
@handle_errors
def negotiate_cmd(
    scenario: str = typer.Argument(FLAGSHIP, help="built-in scenario id or YAML file"),
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
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json"),
) -> None:
    """Run one negotiation and print its transcript round by round."""
    from accord.scenarios import load_scenario
    from accord.simulate.config import ForecastConfig
    from accord.simulate.negotiate import negotiate

    ForecastConfig(
        scenario=scenario, runs=1, horizon=horizon, seed=seed, protocol=protocol, strategy=strategy
    )
    t = negotiate(
        load_scenario(scenario),
        protocol=protocol,
        strategy=strategy,
        horizon=horizon,
        seed=seed,
        template=template,
        draw=draw,
        overrides=_overrides(set_),
    )
    if fmt is OutputFormat.json:
        print_json(t.to_dict())
        return
    console.print(f"[bold]{t.scenario}[/] · {protocol} · seed {seed} · {horizon} days")
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


def _rolling_origins(every: str, start: str | None, end: str | None) -> list[Path]:
    """Drafts from the evidence store at each origin (services.drafts.rolling_drafts)."""
    from accord.services.drafts import items_from_store, rolling_drafts
    from accord.store.db import accord_home
    from accord.store.documents import DocumentStore

    text = every.strip().lower().removesuffix("d")
    if not text.isdigit():
        raise InputError(f"--every takes a number of days such as 30d, not '{every}'")
    if start is None or end is None:
        raise InputError("--every needs --from DATE and --to DATE")
    try:
        first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        raise InputError(f"--from/--to take dates as YYYY-MM-DD (got '{start}', '{end}')") from None
    with DocumentStore() as store:
        if store.count() == 0:
            raise InputError(
                "the evidence store is empty: run `accord ingest FILES` before --every"
            )
        items = items_from_store(store)
    folder = accord_home() / "drafts" / f"{first}_{last}_{text}d"
    return rolling_drafts(items, first, last, int(text), folder)


@app.command("backtest")
@handle_errors
def backtest_cmd(
    scenarios: list[str] | None = typer.Argument(
        None, help="snapshots (ids or YAML files); default: the built-ins"
    ),
    outcomes: Path | None = typer.Option(
        None,
        "--outcomes",
        help="what happened (YAML/JSON, see docs/forecast.md): score the forecasts against it",
    ),
    runs: int = typer.Option(2000, "--runs", "-n", help="Monte Carlo runs per snapshot"),
    horizon: int = typer.Option(365, "--horizon", help="days forecast from each snapshot"),
    seed: int = typer.Option(0, "--seed"),
    protocol: str = typer.Option("mediated", "--protocol", help="mediated | alternating"),
    backend: str = typer.Option("local", "--backend", help="local | ray"),
    workers: int | None = typer.Option(None, "--workers", "-w"),
    plot: Path | None = typer.Option(
        None, "--plot", help="with --outcomes: write the reliability diagram (PNG)"
    ),
    every: str | None = typer.Option(
        None,
        "--every",
        help="draft a snapshot from the evidence store every N days "
        "(e.g. 30d) between --from and --to: rolling origins",
    ),
    start: str | None = typer.Option(
        None, "--from", help="with --every: the first origin (YYYY-MM-DD)"
    ),
    end: str | None = typer.Option(
        None, "--to", help="with --every: the last possible origin (YYYY-MM-DD)"
    ),
    calibrate: bool = typer.Option(
        False, "--calibrate", help="calibrate each forecast to its snapshot's record"
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json"),
) -> None:
    """Forecast from each snapshot; with --outcomes, score them against the flat and constant-hazard baselines."""
    from accord.simulate.backtest import backtest, backtest_scores
    from accord.simulate.scoring import load_outcomes

    if plot is not None and outcomes is None:
        raise InputError(
            "--plot draws the reliability diagram of a scored backtest: give --outcomes FILE too"
        )
    if plot is not None:
        from accord.report.png import check_png_export
        from accord.validators import check_output_file

        check_output_file(plot, "--plot")
        check_png_export()  # kaleido and a browser, before the forecasts
    if every is not None:
        if scenarios:
            raise InputError("give snapshots or --every, not both")
        scenarios = [str(p) for p in _rolling_origins(every, start, end)]
    elif start is not None or end is not None:
        raise InputError("--from and --to set the rolling origins of --every: give --every too")
    observed = load_outcomes(outcomes) if outcomes is not None else None
    rows = backtest(
        runs=runs,
        horizon=horizon,
        seed=seed,
        protocol=protocol,
        backend=backend,
        workers=workers,
        scenarios=scenarios or None,
        outcomes=observed,
        calibrate=calibrate,
    )
    scores = backtest_scores(rows) if observed is not None else None
    if plot is not None and scores is not None:
        from accord.report.forecast_views import reliability_figure
        from accord.report.png import write_png

        write_png(reliability_figure(scores), plot, width=700)
    if fmt is OutputFormat.json:
        print_json(rows if scores is None else {"snapshots": rows, "scores": scores})
        return
    for r in rows:
        if "error" in r:
            console.print(f"[bold]{r['scenario']}[/] ({r['date']}): [red]{r['error']}[/]")
            continue
        line = " · ".join(
            f"by {m['date']}: {m['p_deal']:.0%} ({m['low']:.0%}–{m['high']:.0%})"
            for m in r["milestones"]
            if m["day"] in (30, 90, 180, horizon)
        )
        console.print(
            f"[bold]{r['scenario']}[/] (snapshot of {r['date']}): P(first deal) {line}",
            highlight=False,
            soft_wrap=True,
        )
        lr = r.get("held_released")
        held = (
            f"{r['held_label']} by day {horizon}: mean {lr['mean']:.1f} (5–95%: {lr['p5']}–{lr['p95']}); "
            if lr
            else ""
        )
        console.print(
            f"    {held}deals carried out: {r['completed_share_of_deals']:.0%}; "
            f"most sensitive to: {', '.join(r['most_sensitive'])}",
            highlight=False,
            soft_wrap=True,
        )
    if scores is not None:
        render_scores(rows, scores)
        if plot is not None:
            console.print(f"reliability diagram written to {plot}")
    console.print(
        "[dim]forecasts use only what each snapshot knew; see docs/forecast.md for what they are not[/]"
    )


def render_scores(rows: list[dict[str, Any]], scores: dict[str, Any]) -> None:
    """Events, mean scores and the reliability table of a scored backtest (fits 80 columns)."""
    ev = Table(title="Settled events: forecast and baselines")
    for col in ("snapshot", "event", "hap.", "model", "flat", "hazard"):
        ev.add_column(col, justify="left" if col in ("snapshot", "event") else "right")
    for r in rows:
        for e in r.get("events", []):
            hz = "—" if e["hazard"] is None else f"{e['hazard']:.0%}"
            ev.add_row(
                r["scenario"],
                f"deal ≤ {e['days']} d",
                "yes" if e["outcome"] else "no",
                f"{e['forecast']:.0%}",
                "50%",
                hz,
            )
    console.print(ev)
    if not scores.get("events"):
        console.print("no event is settled by the outcomes file (observed_until too early?)")
        return
    t = Table(title=f"Mean scores over {scores['events']} events (lower is better)")
    for col in ("", "Brier", "log"):
        t.add_column(col, justify="right" if col else "left")
    for key, label in (
        ("forecast", "accord forecast"),
        ("flat", "flat 50%"),
        ("hazard", "constant hazard"),
    ):
        if key in scores:
            t.add_row(label, f"{scores[key]['brier']:.3f}", f"{scores[key]['log']:.3f}")
    console.print(t)
    rel = Table(title="Reliability (events binned by forecast)")
    for col in ("forecast bin", "events", "mean forecast", "observed"):
        rel.add_column(col, justify="right")
    for b in scores["reliability"]["forecast"]:
        rel.add_row(b["bin"], str(b["events"]), f"{b['mean_forecast']:.0%}", f"{b['observed']:.0%}")
    console.print(rel)
    for r in rows:
        obs = r.get("observed") or {}
        if obs:
            c, lr = obs["collapse"], obs.get("held_released")
            held = (
                f"; {lr['label']} forecast {lr['forecast_mean']:.1f} "
                f"(5–95%: {lr['interval_5_95'][0]}–{lr['interval_5_95'][1]}), observed {lr['outcome']}"
                if lr
                else ""
            )
            console.print(
                f"{r['scenario']}: collapse forecast {c['forecast']:.0%}, happened: "
                f"{'yes' if c['outcome'] else 'no'}{held}",
                highlight=False,
                soft_wrap=True,
            )
