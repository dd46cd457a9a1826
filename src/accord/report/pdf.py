"""Print an HTML report to PDF with headless Chromium (``--print-to-pdf``).

Chromium is found by :func:`accord.report.browser.find_chromium`
(``$ACCORD_CHROMIUM``, ``$BROWSER_PATH``, the PATH, the usual install places),
the same lookup as PNG export. It runs without network access to anything but
the local file, and is given a few seconds of virtual time so the Plotly charts
are drawn before the page is printed.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from accord.errors import AccordError
from accord.report.browser import INSTALL, find_chromium

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
    """Chromium could not print the PDF (a missing Chromium is a ``BrowserError``)."""


def html_to_pdf(html_path: str | Path, pdf_path: str | Path) -> Path:
    """Print ``html_path`` to ``pdf_path`` and return the PDF's path."""
    html = Path(html_path).resolve()
    pdf = Path(pdf_path).resolve()
    chromium = find_chromium(
        f"install {INSTALL} or set ACCORD_CHROMIUM to its path; "
        "the HTML report was written without the PDF"
    )
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
