"""``accord forecast``: a Monte Carlo forecast of a negotiation, and how it is printed.

Thin command over :mod:`accord.simulate`; ``accord negotiate`` and ``accord runs`` are in
:mod:`accord.cli.forecast_runs_cmds`, ``accord backtest`` in :mod:`accord.cli.forecast_scores_cmds`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.table import Table

from accord.cli.app import OutputFormat, app, console, err_console, handle_errors, print_json
from accord.cli.complete import complete_scenario
from accord.errors import AccordError, InputError
from accord.scenarios import FLAGSHIP

if TYPE_CHECKING:  # a progress bar is loaded when a command shows one
    from rich.progress import Progress


def parse_overrides(items: list[str] | None) -> dict[str, float]:
    from accord.validators import parse_override

    return dict(parse_override(item) for item in items or [])


# options that define a run: `--resume ID` continues the stored run and may not change them
_RUN_DEFINING = (
    "runs",
    "horizon",
    "seed",
    "protocol",
    "strategy",
    "template",
    "set_",
    "scenario",
    "deadline",
    "calibrate",
    "replay",
    "red_line_clock",
    "levers",
)


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
            "--set"
            if n == "set_"
            else "SCENARIO"
            if n == "scenario"
            else f"--{n.replace('_', '-')}"
            for n in given
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
    from accord.scenarios.loader import _line_of, _tree, resolve
    from accord.scenarios.spans import iter_source_refs
    from accord.scenarios.timeline import source_date_problems

    docs = sorted(
        {ref.doc for _, ref in iter_source_refs(scenario)} | {s.doc for s in scenario.sources}
    )
    bad = source_date_problems(scenario, _store_dates(docs))
    if not bad:
        return
    path = resolve(file)
    tree = _tree(path.read_text(encoding="utf-8"), str(path))  # parsed by the load
    problems = [f"{path}:{_line_of(tree, p)}: {'.'.join(map(str, p))}: {m}" for p, m in bad]
    raise ScenarioError(
        f"{path}: {len(bad)} source(s) postdate, or may postdate, the snapshot's date "
        f"{scenario.date}",
        problems,
    )


def _progress() -> Progress:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

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
    scenario: str = typer.Argument(
        FLAGSHIP, help="built-in scenario id or YAML file", autocompletion=complete_scenario
    ),
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
        help="keep only draws consistent with the record before the snapshot: the standstill "
        "and the reported responses to tabled proposals",
    ),
    replay: str = typer.Option(
        "back",
        "--replay",
        help="with --calibrate, how the standstill is replayed: back (from the state the "
        "pressures started from, up to the snapshot), forward (from the snapshot's state, as if "
        "the days to come were past) or still (the snapshot's state, pressures held still)",
    ),
    red_line_clock: str = typer.Option(
        "stated",
        "--red-line-clock",
        help="with --calibrate --replay back, from when a red line's yield is counted: stated "
        "(from the latest cited source stating the side's red lines), standstill (from the "
        "standstill's first day) or snapshot (as if stated on the snapshot's date)",
    ),
    levers: bool = typer.Option(
        True,
        "--levers/--no-levers",
        help="the mediators pull the levers they choose in `accord analyze` (pressure, aid, "
        "suspend, guarantee), or none, to see what the levers change",
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
                overrides=parse_overrides(set_),
                deadline=deadline,
                calibrate=calibrate,
                replay=replay,
                red_line_clock=red_line_clock,
                levers=levers,
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
    from accord.report.fmt import forecast_notes

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
        from accord.report.fmt import plural

        console.print(
            f"half of the runs reach a deal within {plural(s['median_days_to_deal'], 'day')}"
        )
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
    for line in forecast_notes(s)["mediation"]:
        console.print(line, soft_wrap=True)
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
    from accord.report.fmt import forecast_notes

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
