"""``accord serve`` (the web workbench) and ``accord report`` (a self-contained HTML file)."""

from __future__ import annotations

from pathlib import Path

import typer

from accord._optional import require
from accord.cli.app import app, console, handle_errors
from accord.cli.complete import complete_scenario
from accord.errors import InputError
from accord.scenarios import FLAGSHIP
from accord.validators import MAX_CHARS


@app.command()
@handle_errors
def serve(
    host: str = typer.Option(
        "127.0.0.1", help="Address to bind; the default serves this machine only."
    ),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    corpus: Path | None = typer.Option(None, help="Folder of source documents the page may show."),
    max_chars: int = typer.Option(
        MAX_CHARS,
        "--max-chars",
        min=1,
        help="longest article text the API extracts (~14 µs of CPU per character)",
    ),
) -> None:
    """Start the web workbench (documents and forecast runs: the accord store in ACCORD_HOME).

    Example: ``accord serve --port 8000`` then open http://127.0.0.1:8000/
    """
    uvicorn = require("uvicorn", extra="web")

    from accord.web.app import WebConfig, create_app

    if corpus is not None and not corpus.is_dir():
        raise InputError(f"--corpus {corpus}: not a folder")
    if host not in ("127.0.0.1", "localhost", "::1"):
        console.print(
            f"[yellow]warning:[/] serving on {host}: other machines can reach the workbench"
        )
    console.print(f"accord workbench on http://{host}:{port}/  (API docs: /api/docs; Ctrl-C stops)")
    uvicorn.run(
        create_app(WebConfig(corpus=corpus, max_chars=max_chars)),
        host=host,
        port=port,
        log_level="warning",
    )


@app.command()
@handle_errors
def report(
    scenario: str = typer.Argument(
        FLAGSHIP, help="Built-in scenario id or YAML file.", autocompletion=complete_scenario
    ),
    output: Path = typer.Option(
        Path("accord-report.html"), "-o", "--output", help="HTML file to write."
    ),
    pdf: bool = typer.Option(False, "--pdf", help="Also print a PDF next to it (needs Chromium)."),
    relax: list[str] = typer.Option(
        [], "--relax", help="Relax a red line (party.issue) or fallback."
    ),
    store: bool = typer.Option(
        True,
        "--store/--no-store",
        help="Include the evidence and the latest forecast run from the store.",
    ),
) -> None:
    """Write one self-contained HTML report (charts embedded, opens offline).

    It holds the positions, the analysis, the newest finished forecast run of
    the scenario and the evidence in the accord store (ACCORD_HOME).

    Example: ``accord report labour-2026-03 -o report.html --pdf``
    """
    require("jinja2", extra="web")
    require("plotly", extra="web")
    from accord.report.html import build_report
    from accord.scenarios import load_scenario

    if output.suffix.lower() not in (".html", ".htm"):
        raise InputError(f"-o {output}: the report is HTML; give a file name ending in .html")
    html = build_report(load_scenario(scenario), relax=relax, include_store=store)
    try:
        output.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror}") from None
    console.print(f"wrote {output} ({len(html) / 1e6:.1f} MB, self-contained)")
    if pdf:
        from accord.report.pdf import html_to_pdf

        out = html_to_pdf(output, output.with_suffix(".pdf"))
        console.print(f"wrote {out}")
