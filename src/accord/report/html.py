"""The self-contained HTML report: analysis, forecast and evidence in one file.

Charts are Plotly figures with ``plotly.min.js`` inlined from the plotly
package, so the file opens offline and needs no server. All text from
scenarios and articles is HTML-escaped by the template (autoescape).

>>> from accord.scenarios import load_scenario
>>> html = build_report(load_scenario("labour-2026-03"), db_path=None, include_store=False)
>>> html.startswith("<!doctype html>") and 'src="http' not in html
True
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import jinja2

from accord import __version__
from accord.analysis import analyze
from accord.model import Scenario
from accord.report import fmt, views
from accord.report.plots import utility_space_figure
from accord.report.words import analysis_view, executive_summary

PLOT_CONFIG = {"displaylogo": False, "responsive": True}


def plotly_js() -> str:
    """The text of ``plotly.min.js`` from the installed plotly package."""
    import plotly

    return (Path(plotly.__file__).parent / "package_data" / "plotly.min.js").read_text("utf-8")


def figure_html(fig: Any) -> str:
    """A figure as a ``<div>`` and its ``Plotly.newPlot`` call (plotly.js must be on the page)."""
    # plotly escapes <, > and / inside the embedded JSON, so text cannot close the script
    return str(fig.to_html(full_html=False, include_plotlyjs=False, config=PLOT_CONFIG))


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("accord.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = fmt.pct
    env.filters["num"] = fmt.number
    env.filters["util"] = fmt.utility
    env.filters["secs"] = fmt.seconds
    env.filters["words"] = fmt.humanize
    return env


def report_context(
    scenario: Scenario,
    db_path: str | Path | None = None,
    relax: list[str] | tuple[str, ...] = (),
    include_store: bool = True,
    forecast: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Everything the report shows, as plain data (the template only lays it out)."""
    analysis = analyze(scenario, list(relax))
    names = fmt.Names(scenario)
    analysis_d = analysis_view(analysis)
    evidence = None
    if include_store:
        from accord.report.evidence_views import evidence_view
        from accord.report.forecast_views import latest_run

        evidence = evidence_view(db_path)
        if forecast is None:
            run = latest_run(scenario.id, db_path)
            forecast = forecast_context(run) if run else None
    if forecast is not None:
        forecast = {**forecast, "notes": fmt.forecast_notes(forecast["summary"])}
    return {
        "version": __version__,
        "generated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "summary": views.scenario_summary(scenario),
        "matrix": views.positions_matrix(scenario),
        "provenance": views.provenance_counts(scenario),
        "analysis": analysis_d,
        "names": names,
        "executive": executive_summary(
            analysis_d, names, forecast["summary"] if forecast else None
        ),
        "space_figure": figure_html(utility_space_figure(analysis)),
        "scenario_ledger": views.ledger_view(scenario),
        "evidence": evidence,
        "forecast": forecast,
    }


def forecast_context(run: dict[str, Any]) -> dict[str, Any]:
    """A stored run (``RunStore.get``) as the report's forecast section: numbers and charts."""
    from accord.report.forecast_views import run_figures

    result = run["summary"]
    cfg = {k: v for k, v in run["config"].items() if k != "scenario_data"}
    return {
        "id": run["id"],
        "created_at": run["created_at"],
        "code_version": run["code_version"],
        "config": cfg,
        "summary": result["summary"],
        "charts": {k: figure_html(f) for k, f in run_figures(result).items()},
    }


def render_report(context: dict[str, Any], inline_js: bool = True) -> str:
    """The report HTML from :func:`report_context`; ``inline_js`` embeds plotly.js in the file."""
    return (
        _env()
        .get_template("report.html.j2")
        .render(**context, plotly_js=plotly_js() if inline_js else "")
    )


def build_report(
    scenario: Scenario,
    db_path: str | Path | None = None,
    relax: list[str] | tuple[str, ...] = (),
    include_store: bool = True,
    forecast: dict[str, Any] | None = None,
) -> str:
    """One self-contained HTML document: positions, analysis, forecast, evidence."""
    return render_report(report_context(scenario, db_path, relax, include_store, forecast))
