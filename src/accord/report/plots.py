"""Plotly figures shared by the workbench and the HTML report.

Each function returns a :class:`plotly.graph_objects.Figure`; the web API
sends ``fig.to_plotly_json()`` and the report embeds the figure with the
``plotly.min.js`` that ships inside the plotly package (no CDN).
"""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go

import accord.analysis.bargaining as bargaining
from accord.analysis import Analysis
from accord.report.fmt import Names

# from the registry of bargaining solutions (analysis/bargaining.py)
SOLUTION_SYMBOLS = {s.name: s.symbol for s in bargaining.REGISTRY}
SOLUTION_LABELS = {s.name: s.label for s in bargaining.REGISTRY}
LAYOUT = dict(template="plotly_white", margin=dict(l=60, r=20, t=50, b=50), font=dict(size=12))


def _xy(parties: dict[str, Any], x: str, y: str) -> tuple[float, float]:
    return parties[x]["expected_utility"], parties[y]["expected_utility"]


def utility_space_figure(
    analysis: Analysis, x: str | None = None, y: str | None = None
) -> go.Figure:
    """Expected utilities of two belligerents: frontier, fallbacks, solutions, tabled proposals.

    Axes are the first two belligerents unless ``x``/``y`` name others.
    """
    d = analysis.to_dict()
    names = Names(analysis.scenario)
    parties = d["parties"]
    x = x or parties[0]
    y = y or parties[1]
    nx, ny = names.party(x), names.party(y)
    fig = go.Figure()
    fr = d["agreement_space"]["frontier"]
    if fr:
        fig.add_trace(
            go.Scatter(
                x=[p[x] for p in fr],
                y=[p[y] for p in fr],
                mode="lines",
                name="Pareto frontier (all packages)",
                line=dict(color="#888"),
            )
        )
    zf = d["agreement_space"]["zone_frontier"]
    if zf:
        fig.add_trace(
            go.Scatter(
                x=[p[x] for p in zf],
                y=[p[y] for p in zf],
                mode="markers",
                name="frontier of the zone of agreement",
                marker=dict(color="#2a9d8f", size=5),
            )
        )
    fb = d["fallbacks"]
    fig.add_shape(
        type="line", x0=fb[x], x1=fb[x], y0=0, y1=1, line=dict(color="#e76f51", dash="dash")
    )
    fig.add_shape(
        type="line", x0=0, x1=1, y0=fb[y], y1=fb[y], line=dict(color="#e76f51", dash="dash")
    )
    fig.add_trace(
        go.Scatter(
            x=[fb[x]],
            y=[fb[y]],
            mode="markers",
            name="fallbacks (no deal)",
            marker=dict(color="#e76f51", size=10, symbol="x"),
        )
    )
    for name, sol in d["solutions"].items():
        if sol is None:
            continue
        sx, sy = _xy(sol["parties"], x, y)
        fig.add_trace(
            go.Scatter(
                x=[sx],
                y=[sy],
                mode="markers",
                name=SOLUTION_LABELS.get(name, name),
                marker=dict(size=14, symbol=SOLUTION_SYMBOLS.get(name, "circle")),
            )
        )
    for prop in d["proposals"]:
        px_, py_ = _xy(prop["parties"], x, y)
        fig.add_trace(
            go.Scatter(
                x=[px_],
                y=[py_],
                mode="markers+text",
                name=prop["title"],
                text=[prop["title"]],
                textposition="top right",
                marker=dict(
                    size=12,
                    symbol="x-thin-open",
                    color="#264653",
                    line=dict(width=3, color="#264653"),
                ),
                hovertemplate=f"{nx} %{{x:.3f}}<br>{ny} %{{y:.3f}}<br>all phases carried out: "
                f"{prop['completion_probability']:.0%}<extra>%{{text}}</extra>",
            )
        )
    if not d["agreement_space"]["zone_exists"] and d["diagnosis"]:
        first = d["diagnosis"][0]
        ox, oy = _xy(first["package"]["parties"], x, y)
        fig.add_trace(
            go.Scatter(
                x=[ox],
                y=[oy],
                mode="markers",
                marker=dict(size=13, symbol="cross", color="#f4a261"),
                name="opened by relaxing "
                + " + ".join(names.constraint_short(r) for r in first["relax"]),
            )
        )
    zone = d["agreement_space"]
    title = (
        f"zone of agreement: {zone['zone_size']:,} of {zone['packages']:,} packages"
        if zone["zone_exists"]
        else f"no zone of agreement among {zone['packages']:,} packages"
    )
    fig.update_layout(
        **LAYOUT,
        title=title,
        height=520,
        xaxis=dict(title=f"{nx}: expected utility", range=[0, 1.02]),
        yaxis=dict(title=f"{ny}: expected utility", range=[0, 1.02]),
        legend=dict(font=dict(size=11)),
    )
    return fig


def figure_json(fig: go.Figure) -> dict[str, Any]:
    """A figure as plain JSON (data, layout) for ``Plotly.newPlot``."""
    import json

    return json.loads(fig.to_json())  # type: ignore[no-any-return]
