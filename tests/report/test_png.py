"""PNG files (``--plot``): the page's Plotly figures drawn by kaleido in the installed Chromium.

The checks read the PNG itself (signature, size from its header, and pixel
data that is not a blank canvas), and run the real browser: Chromium is
installed by ``.ci/run``.
"""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

pytest.importorskip("kaleido")  # the plot extra
from png_checks import SIGNATURE, assert_chart_png  # noqa: E402

from accord.analysis import analyze  # noqa: E402
from accord.report.forecast_views import reliability_figure, run_figures  # noqa: E402
from accord.report.plots import utility_space_figure  # noqa: E402
from accord.report.png import INSTALL, PAGE, find_browser, stack_figures, write_png  # noqa: E402
from accord.scenarios import load_scenario  # noqa: E402
from accord.simulate import ForecastConfig, forecast  # noqa: E402
from accord.simulate.scoring import score  # noqa: E402

ACCORD = [sys.executable, "-m", "accord"]


def accord(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*ACCORD, *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=cwd,
        env={**os.environ, **env},
        check=False,
    )


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def blank_png(width: int, height: int) -> bytes:
    """A valid white RGB PNG: what a broken export could leave behind."""
    rows = b"".join(b"\x00" + b"\xff" * 3 * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        SIGNATURE
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(rows))
        + _chunk(b"IEND", b"")
    )


def test_the_png_check_refuses_a_blank_canvas(tmp_path: Path) -> None:
    blank = tmp_path / "blank.png"
    blank.write_bytes(blank_png(1000, 600) + b"\x00" * 30_000)  # padded past the size floor
    with pytest.raises(AssertionError, match="blank"):
        assert_chart_png(blank)


def test_the_pages_utility_space_figure_is_drawn_to_png(tmp_path: Path) -> None:
    fig = utility_space_figure(analyze(load_scenario("gaza-2023-12")))
    out = write_png(fig, tmp_path / "space.png", width=800, scale=1)
    assert_chart_png(out, size=(800, 520))  # the figure's own height, the width asked for


def test_a_forecasts_three_charts_stack_into_one_png(tmp_path: Path) -> None:
    cfg = ForecastConfig(scenario="gaza-2025-03", runs=100, horizon=30, seed=3)
    run = forecast(cfg, workers=1).to_dict()
    figs = list(run_figures(run).values())
    stacked = stack_figures(figs, heading="gaza-2025-03")
    assert len(stacked.data) == sum(len(f.data) for f in figs)  # every trace kept
    layout = stacked.layout.to_plotly_json()
    bands = []  # each chart's y-axis domains, top to bottom
    for k, fig in enumerate(figs):
        axes = {
            t.yaxis or "y"
            for t in stacked.data[sum(len(f.data) for f in figs[:k]) :][: len(fig.data)]
        }
        domains = [layout["yaxis" + a[1:]]["domain"] for a in axes]
        bands.append((min(d[0] for d in domains), max(d[1] for d in domains)))
    assert all(0 <= lo < hi <= 1 for lo, hi in bands)
    assert all(below[1] < above[0] for above, below in zip(bands, bands[1:], strict=False))
    height = stacked.layout.height
    assert height > sum(f.layout.height for f in figs)  # the gaps and the heading add to them
    out = write_png(stacked, tmp_path / "forecast.png", width=900, scale=1)
    assert_chart_png(out, size=(900, height))


def test_the_reliability_diagram_is_drawn_to_png(tmp_path: Path) -> None:
    events = [
        {"forecast": p, "flat": 0.5, "hazard": 0.4, "outcome": int(p > 0.5)}
        for p in (0.05, 0.1, 0.3, 0.6, 0.8, 0.95)
    ]
    fig = reliability_figure(score(events))
    assert {t.name.split(" (")[0] for t in fig.data} == {
        "perfectly reliable",
        "accord forecast",
        "constant hazard",
    }
    assert_chart_png(write_png(fig, tmp_path / "rel.png", width=600, scale=1), size=(600, 520))


def test_the_page_kaleido_draws_on_loads_nothing_from_the_network() -> None:
    from kaleido import PageGenerator

    page = PageGenerator(plotly=None, **PAGE).generate_index()  # what Kaleido(**PAGE) opens
    scripts = re.findall(r'<script src="([^"]+)"', page)
    assert any(s.endswith("/package_data/plotly.min.js") for s in scripts), scripts
    assert all(s.startswith("file://") for s in scripts), scripts


def test_the_browser_is_one_that_is_installed() -> None:
    found = Path(find_browser())
    assert found.is_file() and os.access(found, os.X_OK)


@pytest.mark.parametrize("variable", ["ACCORD_CHROMIUM", "BROWSER_PATH"])
def test_a_missing_browser_is_one_line_naming_what_to_install(tmp_path: Path, variable) -> None:
    result = accord(
        "analyze", "--plot", "space.png", cwd=tmp_path, **{variable: str(tmp_path / "none")}
    )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"error: {variable}={tmp_path / 'none'} is not an executable file; {INSTALL}"
    )
    assert "chromium" in INSTALL and 'accord[plot]"' in INSTALL
    assert not (tmp_path / "space.png").exists()


def test_a_program_that_is_not_a_browser_is_one_line(tmp_path: Path) -> None:
    result = accord("analyze", "--plot", "space.png", cwd=tmp_path, ACCORD_CHROMIUM="/bin/true")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: /bin/true could not draw the PNG")
    assert not (tmp_path / "space.png").exists()


def test_a_browser_that_never_answers_is_stopped_at_the_deadline(tmp_path: Path) -> None:
    marker = f"{os.getpid() % 10_000 + 70_000}"  # a sleep no other process runs
    silent = tmp_path / "silent-browser"
    silent.write_text(f"#!/bin/sh\nexec sleep {marker}\n")
    silent.chmod(0o755)
    result = accord(
        "analyze", "--plot", "space.png", cwd=tmp_path,
        ACCORD_CHROMIUM=str(silent), ACCORD_PNG_TIMEOUT="2",
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        f"error: {silent} did not draw the PNG within 2 s and was stopped"
    )
    assert not (tmp_path / "space.png").exists()
    left = subprocess.run(["pgrep", "-f", f"sleep {marker}"], capture_output=True, text=True)
    assert left.stdout == "", "the browser's processes outlived the command"


def test_the_deadline_must_be_a_positive_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accord.errors import InputError

    fig = {"data": [{"type": "bar", "x": ["a"], "y": [1]}], "layout": {}}
    for bad in ("soon", "0", "-3"):
        monkeypatch.setenv("ACCORD_PNG_TIMEOUT", bad)
        with pytest.raises(InputError, match="ACCORD_PNG_TIMEOUT"):
            write_png(fig, tmp_path / "x.png")


def test_a_png_is_drawn_from_inside_a_running_event_loop(tmp_path: Path) -> None:
    import asyncio

    fig = {"data": [{"type": "bar", "x": ["a", "b"], "y": [1, 3]}], "layout": {"height": 300}}

    async def inside() -> Path:
        return write_png(fig, tmp_path / "loop.png", width=400)

    out = asyncio.run(inside())
    assert out.read_bytes().startswith(SIGNATURE)


def test_a_plot_the_system_refuses_to_write_is_one_line(tmp_path: Path) -> None:
    # /proc takes no new files, even from root (for whom a locked folder is no test)
    result = accord("analyze", "--plot", "/proc/accord-space.png", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot write" in lines[0] and "/proc/accord-space.png" in lines[0]
