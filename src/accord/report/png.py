"""PNG files of the Plotly figures (``--plot``), drawn by kaleido in a local Chrome or Chromium.

The figures are the ones the workbench and the HTML report show
(:mod:`accord.report.plots`, :mod:`accord.report.forecast_views`): a chart is
defined once. kaleido (the ``plot`` extra) renders a figure in a headless
Chrome or Chromium that is already installed, found as for ``accord report
--pdf`` (:func:`accord.report.browser.find_chromium`: ``$ACCORD_CHROMIUM``,
``$BROWSER_PATH``, the PATH, the usual install places). Nothing is fetched: plotly.js is the file inside the installed plotly
package, MathJax is off, and a missing browser is a one-line error saying what
to install, never a download. A browser that does not answer is given
:data:`DEADLINE` seconds (``$ACCORD_PNG_TIMEOUT``), then stopped with every
process it started, and the error says so: a broken browser never hangs a command.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import signal
from pathlib import Path
from typing import Any

from accord._optional import require
from accord.errors import AccordError, InputError
from accord.report.browser import INSTALL as BROWSER
from accord.report.browser import find_chromium

WIDTH = 1000  # pixels of the page; the PNG is SCALE times larger
SCALE = 2
HEADING = 50  # pixels above stacked figures for their heading
# kaleido's page: plotly.js from the installed plotly package (its default), no MathJax (a CDN's)
PAGE = {"mathjax": False}
INSTALL = f'PNG export needs kaleido (pip install "accord[plot]") and {BROWSER}'
DEADLINE = 60.0  # seconds a browser has to draw one PNG ($ACCORD_PNG_TIMEOUT)


class PngError(AccordError):
    """A figure could not be drawn to PNG (no browser, or the browser failed)."""


def find_browser() -> str:
    """The Chrome or Chromium kaleido will drive, or a one-line error saying what to install."""
    require("kaleido", extra="plot")
    return find_chromium(INSTALL)


def check_png_export() -> str:
    """Everything PNG export needs is installed (checked before the work that makes the figure)."""
    require("plotly", extra="plot")
    return find_browser()


def png_bytes(fig: Any, width: int = WIDTH, height: int | None = None, scale: int = SCALE) -> bytes:
    """A figure (a Plotly ``Figure`` or its JSON) as PNG bytes."""
    kaleido = require("kaleido", extra="plot")
    from kaleido.errors import ChromeNotFoundError, KaleidoError

    for name in ("choreographer", "kaleido"):  # their warnings would be lines besides our one
        logging.getLogger(name).setLevel(logging.ERROR)
    browser = find_browser()
    spec = fig.to_plotly_json() if hasattr(fig, "to_plotly_json") else dict(fig)
    layout = spec.get("layout") or {}
    size = dict(width=width, height=height or layout.get("height") or 500, scale=scale)
    deadline = _deadline()
    try:
        data = _run(_draw(kaleido, spec, dict(format="png", **size), browser, deadline))
    except TimeoutError:
        raise PngError(
            f"{browser} did not draw the PNG within {deadline:g} s and was stopped "
            "(is it Chrome or Chromium? $ACCORD_PNG_TIMEOUT gives it longer)"
        ) from None
    except ChromeNotFoundError:
        raise PngError(f"no Chrome or Chromium found; {INSTALL}") from None
    except (KaleidoError, OSError, RuntimeError) as exc:
        why = exc.args[0] if exc.args and isinstance(exc.args[0], str) else type(exc).__name__
        why = (why.strip().splitlines() or [""])[0][:200]
        raise PngError(
            f"{browser} could not draw the PNG ({why}); is it Chrome or Chromium?"
        ) from None
    return bytes(data)


def _run(coro: Any) -> Any:
    """Run a coroutine to its end, on a thread of its own when this one runs an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


def _deadline() -> float:
    raw = os.environ.get("ACCORD_PNG_TIMEOUT", "").strip()
    if not raw:
        return DEADLINE
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not 0 < value < 86_400:
        raise InputError(f"ACCORD_PNG_TIMEOUT must be a number of seconds above 0 (got {raw!r})")
    return value


async def _draw(
    kaleido: Any, spec: Any, opts: dict[str, Any], browser: str, deadline: float
) -> Any:
    """kaleido's drawing with a deadline; past it, the browser's process groups are stopped.

    kaleido starts the browser through a wrapper process that leads a process group of its
    own; past the deadline those groups are killed, so kaleido sees the browser gone and
    closes its pipes and threads as after any failed start (cancelling the drawing instead
    left the browser running and kaleido's threads blocked on its pipe).
    """

    async def draw() -> Any:
        async with kaleido.Kaleido(path=browser, **PAGE) as k:
            return await k.calc_fig(spec, opts=opts)

    task = asyncio.ensure_future(draw())
    done, _ = await asyncio.wait({task}, timeout=deadline)
    if done:
        return task.result()
    for group in _child_groups():  # the browser gone, kaleido closes what it opened
        try:
            os.killpg(group, signal.SIGKILL)
        except OSError:  # gone already
            pass
    done, _ = await asyncio.wait({task}, timeout=10)
    if not done:
        task.cancel()
    with contextlib.suppress(Exception, asyncio.CancelledError):  # moot once it is stopped
        await task
    raise TimeoutError


def _child_groups() -> list[int]:
    """Process groups led by children of this process (Linux ``/proc``; none elsewhere)."""
    own = os.getpgrp()
    groups = []
    for task in Path(f"/proc/{os.getpid()}/task").glob("*/children"):
        try:
            pids = [int(pid) for pid in task.read_text().split()]
        except (OSError, ValueError):
            continue
        for pid in pids:
            try:
                group = os.getpgid(pid)
            except OSError:
                continue
            if group == pid and group != own:
                groups.append(group)
    return groups


def write_png(fig: Any, path: str | Path, **size: Any) -> Path:
    """Draw ``fig`` to the PNG file ``path`` and return the path."""
    out = Path(path)
    if out.suffix.lower() != ".png":
        raise InputError(f"--plot writes a PNG file; give a name ending in .png (got {out.name})")
    data = png_bytes(fig, **size)
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise InputError(f"cannot write the plot to {out}: {exc.strerror or exc}") from None
    return out


def with_heading(fig: Any, heading: str) -> Any:
    """The figure with ``heading`` above its title (a PNG stands alone, without the page's headings)."""
    title = fig.layout.title.text
    fig.update_layout(title=dict(text=heading + (f"<br><sub>{title}</sub>" if title else "")))
    return fig


_AXIS = re.compile(r"^([xy])axis(\d*)$")
_REF = re.compile(r"^([xy])(\d*)( domain)?$")


def stack_figures(figs: list[Any], heading: str = "", gap: int = 30) -> Any:
    """Several figures one above the other in one figure, each keeping its axes, title and legend.

    Heights and margins are the figures' own: each keeps the plotting area it had
    alone; ``heading`` goes above them all. Used for one PNG of a forecast's charts;
    the page shows them apart.
    """
    go = require("plotly.graph_objects", extra="plot")
    specs = [f.to_plotly_json() if hasattr(f, "to_plotly_json") else dict(f) for f in figs]
    margins = [dict(l=80, r=80, t=100, b=80) | (s["layout"].get("margin") or {}) for s in specs]
    areas = [
        (s["layout"].get("height") or 450) - m["t"] - m["b"]
        for s, m in zip(specs, margins, strict=True)
    ]
    total = sum(s["layout"].get("height") or 450 for s in specs) + gap * (
        len(specs) - 1
    )  # in pixels, margins included
    top, bottom = margins[0]["t"], margins[-1]["b"]
    plot_h = total - top - bottom
    if heading:  # a band of its own above the first figure's title
        total, top = total + HEADING, top + HEADING
    layout: dict[str, Any] = dict(specs[0]["layout"])
    for key in [k for k in layout if _AXIS.match(k) or k in ("title", "legend", "annotations")]:
        del layout[key]
    layout.update(
        height=total,
        margin=dict(
            l=max(m["l"] for m in margins), r=max(m["r"] for m in margins), t=top, b=bottom
        ),
        annotations=[],
        shapes=[],
        title=dict(text=heading, x=0.01, xref="container", y=1, yref="container", yanchor="top")
        | dict(pad=dict(t=15), font=dict(size=18)),
    )
    if any(s["layout"].get("barmode") == "overlay" for s in specs):
        layout["barmode"] = "overlay"
    data: list[dict[str, Any]] = []
    y_px = 0.0  # top of the current figure's plotting area, from the top of the whole plotting area
    for k, (spec, m, area) in enumerate(zip(specs, margins, areas, strict=True)):
        if k:
            y_px += margins[k - 1]["b"] + gap + m["t"]
        hi, lo = 1 - y_px / plot_h, 1 - (y_px + area) / plot_h
        y_px += area
        lay = spec["layout"]
        offset = {c: sum(1 for n in layout if _AXIS.match(n) and n[0] == c) for c in "xy"}

        def axis(ref: str, offset: dict[str, int] = offset) -> str:
            found = _REF.match(ref)
            if not found:
                return ref
            c, num, dom = found.groups()
            n = int(num or 1) + offset[c]
            return f"{c}{n if n > 1 else ''}{dom or ''}"

        def band(y: float, hi: float = hi, lo: float = lo) -> float:
            return lo + y * (hi - lo)

        used = {t.get(k, k[0]) for t in spec["data"] for k in ("xaxis", "yaxis")}
        names = {n for n in lay if _AXIS.match(n)} | {r[0] + "axis" + r[1:] for r in used}
        for name in sorted(names):
            found = _AXIS.match(name)
            ax = lay.get(name) or {}
            if not found:
                continue
            c, num = found.groups()
            new = dict(ax)
            for key in ("anchor", "overlaying", "matches", "scaleanchor"):
                if key in new and new[key] not in ("free", None):
                    new[key] = axis(new[key])
            if c == "y":
                d0, d1 = new.get("domain", [0, 1])
                new["domain"] = [band(d0), band(d1)]
            elif "anchor" not in new:
                new["anchor"] = axis("y")
            layout[c + "axis" + axis(f"{c}{num}")[1:]] = new
        legend = f"legend{k + 1}" if k else "legend"
        for trace in spec["data"]:
            t = dict(trace, legend=legend)
            for key in ("xaxis", "yaxis"):
                t[key] = axis(t.get(key, key[0]))
            data.append(t)
        shown = dict(lay.get("legend") or {})
        if "y" in shown:
            shown["y"] = band(shown["y"])
        else:
            shown.update(y=hi, yanchor="top")
        layout[legend] = shown
        for note in lay.get("annotations", []):
            n = dict(note)
            if n.get("yref", "paper") == "paper":
                n["y"] = band(n.get("y", 0.5))
            n["xref"], n["yref"] = axis(n.get("xref", "paper")), axis(n.get("yref", "paper"))
            layout["annotations"].append(n)
        for shape in lay.get("shapes", []):
            s = dict(shape)
            for key in ("y0", "y1"):
                if s.get("yref", "y") == "paper":
                    s[key] = band(s[key])
            s["xref"], s["yref"] = axis(s.get("xref", "x")), axis(s.get("yref", "y"))
            layout["shapes"].append(s)
        title = lay.get("title") or {}
        text = title.get("text") if isinstance(title, dict) else title
        if text:
            layout["annotations"].append(
                dict(
                    text=text,
                    xref="paper",
                    yref="paper",
                    x=0,
                    xanchor="left",
                    y=hi,
                    yanchor="bottom",
                    yshift=m["t"] * 0.45,
                    showarrow=False,
                    font=dict(size=16),
                )
            )
    return go.Figure(data=data, layout=layout)
