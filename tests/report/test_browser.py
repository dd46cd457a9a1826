"""One Chrome/Chromium lookup for PDF reports and PNG figures, with one-line errors.

The lookup runs against real files: the installed Chromium, executables written
to a temporary folder put on the PATH, and files that are not executable.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from accord.report import browser
from accord.report.browser import INSTALL, VARIABLES, BrowserError, find_chromium

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture
def bare(monkeypatch, tmp_path: Path) -> Path:
    """No variable set, an empty folder as the only PATH, no usual install place."""
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))
    monkeypatch.setattr(browser, "PLACES", ())
    return folder


def executable(path: Path) -> Path:
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(0o755)
    return path


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium is not installed")
def test_the_installed_chromium_is_found(monkeypatch) -> None:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    found = Path(find_chromium())
    assert found.is_file() and os.access(found, os.X_OK)


def test_a_name_on_the_path_is_found_and_accord_chromium_comes_first(bare, monkeypatch) -> None:
    on_path = executable(bare / "google-chrome")
    assert find_chromium() == str(on_path)
    chosen = executable(bare.parent / "my-chromium")
    monkeypatch.setenv("BROWSER_PATH", str(on_path))
    assert find_chromium() == str(on_path)
    monkeypatch.setenv("ACCORD_CHROMIUM", str(chosen))
    assert find_chromium() == str(chosen)


def test_a_usual_install_place_is_found(bare, monkeypatch) -> None:
    place = executable(bare.parent / "Chromium")
    monkeypatch.setattr(browser, "PLACES", (str(bare.parent / "absent"), str(place)))
    assert find_chromium() == str(place)


@pytest.mark.parametrize("variable", VARIABLES)
def test_a_variable_naming_no_executable_is_one_line(bare, monkeypatch, variable) -> None:
    text = bare.parent / "notes.txt"
    text.write_text("not a browser")
    executable(bare / "chromium")  # a browser on the PATH does not hide the bad variable
    for given in (bare.parent / "none", text):
        monkeypatch.setenv(variable, str(given))
        with pytest.raises(BrowserError) as err:
            find_chromium("install it")
        assert str(err.value) == f"{variable}={given} is not an executable file; install it"


def test_no_browser_at_all_is_one_line_saying_what_to_install(bare) -> None:
    with pytest.raises(BrowserError) as err:
        find_chromium()
    assert str(err.value) == f"no Chrome or Chromium found; install {INSTALL}"
    assert "apt-get install chromium" in INSTALL


def test_report_pdf_without_a_browser_is_one_line_and_keeps_the_html(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in VARIABLES}
    env["ACCORD_CHROMIUM"] = str(tmp_path / "none")
    out = tmp_path / "r.html"
    result = subprocess.run(
        [sys.executable, "-m", "accord", "report", "labour-2026-03", "-o", str(out), "--pdf"]
        + ["--no-store"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == (
        f"error: ACCORD_CHROMIUM={tmp_path / 'none'} is not an executable file; install "
        f"{INSTALL} or set ACCORD_CHROMIUM to its path; the HTML report was written without "
        "the PDF"
    )
    assert out.is_file() and not out.with_suffix(".pdf").exists()
