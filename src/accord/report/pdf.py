"""Print an HTML report to PDF with headless Chromium (``--print-to-pdf``).

Chromium is looked up as ``$ACCORD_CHROMIUM``, then ``chromium``,
``chromium-browser``, ``google-chrome`` on the PATH. It runs without network
access to anything but the local file, and is given a few seconds of virtual
time so the Plotly charts are drawn before the page is printed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from accord.errors import AccordError

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-pdf-header-footer",
    "--run-all-compositor-stages-before-draw",
    "--virtual-time-budget=10000",
]
TIMEOUT_S = 120


class PdfError(AccordError):
    """The PDF could not be printed (no Chromium, or Chromium failed)."""


def find_chromium() -> str:
    """Path of a Chromium executable, or :class:`PdfError` saying how to get one."""
    env = os.environ.get("ACCORD_CHROMIUM")
    if env:
        if Path(env).is_file():
            return env
        raise PdfError(f"ACCORD_CHROMIUM={env} is not a file")
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    raise PdfError(
        "--pdf needs Chromium: install it (Debian: apt-get install chromium) or set "
        "ACCORD_CHROMIUM to its path; the HTML report was written without it"
    )


def html_to_pdf(html_path: str | Path, pdf_path: str | Path) -> Path:
    """Print ``html_path`` to ``pdf_path`` and return the PDF's path."""
    html = Path(html_path).resolve()
    pdf = Path(pdf_path).resolve()
    chromium = find_chromium()
    # a throw-away profile: nothing of the user's browser is read or written
    with tempfile.TemporaryDirectory(prefix="accord-chromium-") as profile:
        cmd = [
            chromium,
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ]
        try:
            done = subprocess.run(
                cmd, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
            )
        except subprocess.TimeoutExpired:
            raise PdfError(
                f"Chromium did not finish printing {html.name} within {TIMEOUT_S} s"
            ) from None
    if done.returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-3:])
        raise PdfError(
            f"Chromium could not print {html.name} to PDF (exit {done.returncode}): {tail}"
        )
    return pdf
