"""Stored forecast runs shaped for reading, and their charts.

A run's summary (see :mod:`accord.simulate.summary`) becomes three Plotly
figures: the probability of a first deal by each date with its 95% band,
the distributions of what the scenario tracks (stocks released, days its
pause is in force: words and units from its ``tracked`` section), and the
tornado of the parameters whose range moves the forecast most. A scored
backtest (:func:`accord.simulate.scoring.score`) becomes a reliability diagram.
The page, the report and the PNG files (``--plot``, :mod:`accord.report.png`)
draw the same figures.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from accord.report.fmt import forecast_notes, humanize
from accord.report.plots import LAYOUT
from accord.store.runs import RunStore

TORNADO_TOP = 10


def outcome_label(summary: dict[str, Any], key: str) -> str:
    """An outcome in the scenario's words (``outcome_words``), else its key in words."""
    return summary.get("outcome_words", {}).get(key, {}).get("label") or humanize(key)


def outcome_unit(summary: dict[str, Any], key: str) -> str:
    return summary.get("outcome_words", {}).get(key, {}).get("unit", "")


def parameter_label(name: str) -> str:
    """A forecast parameter in words: ``red_line_yield.union`` -> ``red line yield (union)``."""
    head, _, tail = name.partition(".")
    return humanize(head) + (f" ({humanize(tail)})" if tail else "")


def deal_curve_figure(run: dict[str, Any]) -> go.Figure:
    """P(first deal by date) with its 95% interval."""
    s = run["summary"]
    dates = [pt["date"] for pt in s["curve"]]
    fig = go.Figure()
    fig.add_trace(
        go.Scatter(
            x=dates + dates[::-1],
            y=[pt["high"] for pt in s["curve"]] + [pt["low"] for pt in s["curve"]][::-1],
            fill="toself",
            fillcolor="rgba(31,95,153,0.2)",
            line=dict(width=0),
            hoverinfo="skip",
            name="95% interval",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=dates,
            y=[pt["p_deal"] for pt in s["curve"]],
            mode="lines",
            line=dict(color="#1f5f99", width=2),
            name="chance of a first deal by date",
        )
    )
    fig.update_layout(
        **LAYOUT,
        height=380,
        title=f"Chance of a first deal by date ({s['runs']:,} runs, from {s['start']})",
        yaxis=dict(title="chance of a first deal", range=[0, 1], tickformat=".0%"),
        xaxis=dict(title="date"),
        legend=dict(orientation="h", y=-0.2),
    )
    return fig


def outcomes_figure(run: dict[str, Any]) -> go.Figure:
    """Histograms of outcomes by the horizon, as shares of runs."""
    s = run["summary"]
    hists = s["histograms"]
    keys = list(hists)
    labels = {k: outcome_label(s, k) for k in keys}
    # titles on two lines: three side by side still fit a phone's width
    titles = ["<br>".join(labels[k].rsplit(" ", 1)) for k in keys]
    fig = make_subplots(
        rows=1, cols=max(1, len(keys)), subplot_titles=titles, horizontal_spacing=0.08
    )
    for c, key in enumerate(keys, start=1):
        h = list(hists[key])
        while len(h) > 1 and h[-1] == 0:  # each histogram on its own range, not the longest one's
            h.pop()
        unit = outcome_unit(s, key)
        fig.add_trace(
            go.Bar(
                x=list(range(len(h))),
                y=[v / s["runs"] for v in h],
                name=labels[key],
                marker_color="#2a9d8f",
                showlegend=False,
                hovertemplate=f"%{{x}} {unit}: %{{y:.1%}} of runs<extra></extra>",
            ),
            row=1,
            col=c,
        )
        fig.update_yaxes(
            tickformat=".0%", title_text="share of runs" if c == 1 else None, row=1, col=c
        )
        fig.update_xaxes(title_text=unit, range=[-0.5, len(h) - 0.5], row=1, col=c)
    fig.update_layout(
        **{**LAYOUT, "margin": dict(l=60, r=20, t=90, b=50)},
        height=340,
        title=f"Outcomes by the horizon ({s['horizon_days']} days), share of runs",
    )
    return fig


def tornado_figure(run: dict[str, Any], top: int = TORNADO_TOP) -> go.Figure:
    """P(deal by the horizon) when each parameter is in its lowest vs highest fifth."""
    s = run["summary"]
    base = s["p_deal_by_horizon"]
    rows = s["sensitivity"][:top][::-1]
    names = [f"{parameter_label(r['parameter'])}, {r['origin']}" for r in rows]
    fig = go.Figure()
    fig.add_trace(
        go.Bar(
            y=names,
            x=[r["p_deal_low"] - base for r in rows],
            base=base,
            orientation="h",
            name="parameter in its lowest fifth",
            marker_color="#1f77b4",
            customdata=[r["low"] for r in rows],
            hovertemplate="%{y}<br>low end (%{customdata}): P(deal) %{x:.0%}<extra></extra>",
        )
    )
    fig.add_trace(
        go.Bar(
            y=names,
            x=[r["p_deal_high"] - base for r in rows],
            base=base,
            orientation="h",
            name="parameter in its highest fifth",
            marker_color="#ff7f0e",
            customdata=[r["high"] for r in rows],
            hovertemplate="%{y}<br>high end (%{customdata}): P(deal) %{x:.0%}<extra></extra>",
        )
    )
    ends = [base] + [r["p_deal_low"] for r in rows] + [r["p_deal_high"] for r in rows]
    pad = max(0.02, 0.08 * (max(ends) - min(ends)))  # the bars' own span, not a squashing 0–100%
    fig.update_layout(
        **{**LAYOUT, "margin": dict(l=230, r=20, t=50, b=60)},
        barmode="overlay",
        height=max(300, 40 + 32 * len(rows)),
        title=f"What moves the chance of a deal by the horizon (now {base:.0%})",
        xaxis=dict(
            title="chance of a deal by the horizon",
            tickformat=".0%",
            range=[max(0.0, min(ends) - pad), min(1.0, max(ends) + pad)],
        ),
        legend=dict(orientation="h", y=-0.25),
    )
    return fig


RELIABILITY_SERIES = (
    ("forecast", "accord forecast", "circle"),
    ("hazard", "constant hazard", "square"),
)


def reliability_figure(scores: dict[str, Any]) -> go.Figure:
    """Observed frequency against forecast probability, per bin, for the forecast and the hazard baseline."""
    fig = go.Figure()
    fig.add_trace(
        go.Scatter(
            x=[0, 1],
            y=[0, 1],
            mode="lines",
            line=dict(color="grey", dash="dash"),
            name="perfectly reliable",
            hoverinfo="skip",
        )
    )
    for key, label, symbol in RELIABILITY_SERIES:
        table = scores.get("reliability", {}).get(key, [])
        if not table:
            continue
        fig.add_trace(
            go.Scatter(
                x=[r["mean_forecast"] for r in table],
                y=[r["observed"] for r in table],
                mode="lines+markers+text",
                marker=dict(symbol=symbol, size=9),
                text=[str(r["events"]) for r in table],
                textposition="bottom right",
                cliponaxis=False,  # a label at 0 or 1 stays readable
                name=f"{label} (Brier {scores[key]['brier']:.3f})",
                hovertemplate="forecast %{x:.0%}, observed %{y:.0%}: %{text} events<extra></extra>",
            )
        )
    fig.update_layout(
        **LAYOUT,
        height=520,
        title=f"Reliability over {scores.get('events', 0)} events (labels: events per bin)",
        xaxis=dict(title="forecast probability (bin mean)", range=[0, 1], tickformat=".0%"),
        yaxis=dict(title="observed frequency", range=[-0.02, 1.02], tickformat=".0%"),
        legend=dict(x=0.01, y=0.99, bgcolor="rgba(255,255,255,0.8)"),
    )
    return fig


def run_figures(run: dict[str, Any]) -> dict[str, go.Figure]:
    """The three charts of a finished run."""
    return {
        "curve": deal_curve_figure(run),
        "outcomes": outcomes_figure(run),
        "tornado": tornado_figure(run),
    }


def _brief(row: dict[str, Any]) -> dict[str, Any]:
    cfg = {k: v for k, v in row["config"].items() if k != "scenario_data"}
    out = {
        k: row[k]
        for k in (
            "id",
            "created_at",
            "finished_at",
            "scenario",
            "seed",
            "code_version",
            "status",
            "n_chunks",
            "finished_chunks",
        )
    }
    out["config"] = cfg
    return out


def list_runs(
    scenario_id: str | None = None, db_path: str | Path | None = None, limit: int = 50
) -> list[dict[str, Any]]:
    """Stored runs, newest first, optionally of one scenario (configuration, status, progress)."""
    rows = RunStore(db_path).list(limit=1000)
    return [_brief(r) for r in rows if scenario_id is None or r["scenario"] == scenario_id][:limit]


def run_view(run_id: str, db_path: str | Path | None = None) -> dict[str, Any]:
    """One run: its record and, when finished, its summary and charts (Plotly JSON)."""
    from accord.report.plots import figure_json

    row = RunStore(db_path).get(run_id)
    out = _brief(row)
    if row["status"] == "done" and row["summary"]:
        result = row["summary"]
        summary = {k: v for k, v in result["summary"].items() if k not in ("curve", "histograms")}
        out["summary"] = summary
        out["notes"] = forecast_notes(summary)
        out["labels"] = {
            "outcomes": {k: outcome_label(summary, k) for k in summary.get("outcomes", {})},
            "units": {k: outcome_unit(summary, k) for k in summary.get("outcomes", {})},
            "parameters": {
                r["parameter"]: parameter_label(r["parameter"])
                for r in summary.get("sensitivity", [])
            },
        }
        out["figures"] = {k: figure_json(f) for k, f in run_figures(result).items()}
    return out


def latest_run(scenario_id: str, db_path: str | Path | None = None) -> dict[str, Any] | None:
    """The newest finished run of ``scenario_id`` with its full result, or None."""
    store = RunStore(db_path)
    for r in store.list(limit=1000):
        if r["scenario"] == scenario_id and r["status"] == "done":
            return store.get(r["id"])
    return None
