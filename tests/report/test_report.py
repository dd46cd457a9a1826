"""``accord report``: one self-contained HTML file (and a PDF) with analysis and evidence."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.evidence.types import Document
from accord.report.html import build_report
from accord.scenarios import builtin_paths, parse_scenario
from accord.services.forecasts import forecast
from accord.services.ingest import add_document
from accord.simulate import ForecastConfig

FLAGSHIP = "gaza-2025-03"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh accord home holding one article and one finished forecast run."""
    old = os.environ.get("ACCORD_HOME")
    home = tmp_path_factory.mktemp("home")
    os.environ["ACCORD_HOME"] = str(home)
    add_document(
        None,
        Document(
            name="note.txt",
            text=(
                "Hostages update\n\nHamas said on Wednesday it demands a permanent ceasefire. "
                "Israel said 251 hostages were taken on October 7, 2023.\n\n"
                'A Hamas spokesman said: "The roads in the hills are closed by snow this week."\n'
            ),
        ),
    )
    # another outlet's figure for the same count: the ledger shows the disagreement
    add_document(
        None,
        Document(
            name="other.txt",
            text=(
                "Hostage count\n\nAn official said 240 hostages were taken on October 7, 2023.\n"
            ),
        ),
    )
    forecast(ForecastConfig(scenario=FLAGSHIP, runs=512, horizon=60, seed=1), workers=1)
    yield home
    if old is None:
        os.environ.pop("ACCORD_HOME", None)
    else:
        os.environ["ACCORD_HOME"] = old


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory, store: Path) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = CliRunner().invoke(app, ["report", FLAGSHIP, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_report_is_self_contained(report_file):
    html = report_file.read_text("utf-8")
    assert html.startswith("<!doctype html>")
    # no external script, stylesheet, image or frame: everything is inline
    assert not re.search(r"<(script|img|iframe)[^>]+src=", html)
    assert not re.search(r"<link[^>]+href=", html)
    assert "Plotly.newPlot" in html and "plotly.js v" in html  # the library itself is inlined


def test_report_has_positions_analysis_and_evidence(report_file):
    html = report_file.read_text("utf-8")
    for words in [
        "1. Positions",
        "red line",
        "assumed",
        "004_4e0664ac42c67242.txt",
        "2. Agreement space",
        "Deadlock",
        "Tabled proposals",
        "3. Forecast",
        "4. Evidence",
        "Counts in the scenario",
        "Counts reported in the news",
        "Claims by actor",
        "Statements no claim was read from",
        "The roads in the hills are closed by snow",  # a statement no position was read from
        "note.txt",
        "Chance of a first deal within 60 days",
        "disagree: 240 vs 251",
        "effective sample size 512 of 512 runs",
    ]:
        assert words in html, words
    # a run without calibration, scheduled events, interim or factions shows none of them
    assert "Calibration to the record" not in html and "Scheduled events, interim" not in html


def test_report_escapes_text_from_scenarios(tmp_path, store):
    text = builtin_paths()[FLAGSHIP].read_text("utf-8")
    text = text.replace(
        "title: Revised US proposal for the second phase",
        'title: "Plan <script>alert(1)</script> <img src=x onerror=alert(2)>"',
        1,
    )
    html = build_report(parse_scenario(text, "x.yaml"), include_store=False)
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_report_rejects_a_non_html_output(tmp_path, store):
    result = CliRunner().invoke(app, ["report", FLAGSHIP, "-o", str(tmp_path / "r.pdf")])
    assert result.exit_code == 2 and ".html" in result.output


def test_report_unknown_scenario_is_a_clear_error(tmp_path, store):
    result = CliRunner().invoke(app, ["report", "no-such", "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2 and "no built-in scenario" in result.output


needs_chromium = pytest.mark.skipif(
    not Path(CHROMIUM).exists() and shutil.which("chromium") is None,
    reason="Chromium is not installed (Debian: apt-get install chromium)",
)


@pytest.mark.e2e
@needs_chromium
def test_report_renders_offline_in_chromium(report_file):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    sync_playwright = sync_api.sync_playwright

    requests: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.on("request", lambda r: requests.append(r.url))
        page.route(
            "**/*",
            lambda route: (
                route.abort() if not route.request.url.startswith("file:") else route.continue_()
            ),
        )
        page.goto(report_file.as_uri())
        page.wait_for_selector("#analysis .main-svg")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "report.png"), full_page=False)
        browser.close()
    assert all(u.startswith(("file:", "data:", "blob:", "about:")) for u in requests), requests


@pytest.mark.e2e
@needs_chromium
def test_report_pdf(tmp_path, store):
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", FLAGSHIP, "-o", str(out), "--pdf", "--no-store"])
    assert result.exit_code == 0, result.output
    pdf = out.with_suffix(".pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") >= 2
