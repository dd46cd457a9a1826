"""``accord backtest``: forecasts from past snapshots, scored against what happened.

Thin command over :mod:`accord.simulate.backtest` and :mod:`accord.simulate.scoring`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from accord.cli.app import OutputFormat, app, console, handle_errors, print_json
from accord.cli.complete import complete_scenario
from accord.errors import InputError


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
        None,
        help="snapshots (ids or YAML files); default: the built-ins",
        autocompletion=complete_scenario,
    ),
    outcomes: Path | None = typer.Option(
        None,
        "--outcomes",
        help="what happened (YAML/JSON, see docs/forecast.md): score the forecasts against it",
    ),
    runs: int = typer.Option(2000, "--runs", "-n", help="Monte Carlo runs per snapshot"),
    horizon: int = typer.Option(365, "--horizon", help="days forecast from each snapshot"),
    seed: int = typer.Option(0, "--seed", help="same seed, same forecasts"),
    protocol: str = typer.Option("mediated", "--protocol", help="mediated | alternating"),
    backend: str = typer.Option("local", "--backend", help="local | ray"),
    workers: int | None = typer.Option(
        None, "--workers", "-w", help="processes (local) or CPUs (ray)"
    ),
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
    replay: str = typer.Option(
        "back", "--replay", help="with --calibrate: back, forward or still (see accord forecast)"
    ),
    red_line_clock: str = typer.Option(
        "stated",
        "--red-line-clock",
        help="with --calibrate --replay back: stated, standstill or snapshot (see accord forecast)",
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
        replay=replay,
        red_line_clock=red_line_clock,
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
    for key, label in (("flat", "flat 50%"), ("hazard", "constant hazard")):
        d = scores.get("versus", {}).get(key)
        if d is None:
            continue
        console.print(
            f"accord forecast minus {label}: {d['difference']:+.3f} Brier "
            f"(95% interval {d['low']:+.3f} to {d['high']:+.3f} resampling the "
            f"{d['snapshots']} snapshot(s); better in {d['share_better']:.0%} of resamples)",
            highlight=False,
            soft_wrap=True,
        )
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
