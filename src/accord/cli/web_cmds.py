"""``accord serve`` (the web workbench) and ``accord report`` (a self-contained HTML file)."""

from __future__ import annotations

from pathlib import Path

import typer

from accord.cli.app import app, console, handle_errors
from accord.errors import InputError


@app.command()
@handle_errors
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to bind; the default serves this machine only."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    db: Path | None = typer.Option(None, help="Store file (default: the accord store in ACCORD_HOME)."),
    corpus: Path | None = typer.Option(None, help="Folder of source documents the page may show."),
) -> None:
    """Start the web workbench.

    Example: ``accord serve --port 8000`` then open http://127.0.0.1:8000/
    """
    import uvicorn

    from accord.web.app import WebConfig, create_app

    if corpus is not None and not corpus.is_dir():
        raise InputError(f"--corpus {corpus}: not a folder")
    if host not in ("127.0.0.1", "localhost", "::1"):
        console.print(f"[yellow]warning:[/] serving on {host}: other machines can reach the workbench")
    console.print(f"accord workbench on http://{host}:{port}/  (API docs: /api/docs; Ctrl-C stops)")
    uvicorn.run(create_app(WebConfig(db_path=db, corpus=corpus)), host=host, port=port,
                log_level="warning")
