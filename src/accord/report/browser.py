"""The installed Chrome or Chromium that prints PDF reports and draws PNG figures.

One lookup for ``accord report --pdf`` (:mod:`accord.report.pdf`) and
``--plot`` (:mod:`accord.report.png`): ``$ACCORD_CHROMIUM`` when set, else
``$BROWSER_PATH`` (the variable kaleido reads), else the first of
:data:`NAMES` on the PATH, else the first of :data:`PLACES` (where the
installers put it on macOS, Windows and snap-based Linux). Nothing is
downloaded; a variable naming no executable file, or no browser at all, is one
line saying what to install.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from accord.errors import AccordError

VARIABLES = ("ACCORD_CHROMIUM", "BROWSER_PATH")
NAMES = (
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
    "msedge",
    "microsoft-edge",
)
PLACES = (
    "/snap/bin/chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    r"C:\Program Files\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
)
INSTALL = "Chrome or Chromium (Debian/Ubuntu: apt-get install chromium)"


class BrowserError(AccordError):
    """No usable Chrome or Chromium (a variable names no executable file, or none is installed)."""


def _executable(path: str | Path) -> bool:
    return Path(path).is_file() and os.access(path, os.X_OK)


def find_chromium(hint: str = f"install {INSTALL}") -> str:
    """Path of the Chrome or Chromium to run, or :class:`BrowserError` ending in ``hint``.

    ``hint`` says what the caller needs and what to install, e.g. ``"--pdf needs
    Chrome or Chromium ..."``; it ends both one-line errors.
    """
    for name in VARIABLES:
        given = os.environ.get(name)
        if given:
            if _executable(given):
                return given
            raise BrowserError(f"{name}={given} is not an executable file; {hint}")
    for exe in NAMES:
        found = shutil.which(exe)
        if found and _executable(found):
            return found
    for place in PLACES:
        if _executable(place):
            return place
    raise BrowserError(f"no Chrome or Chromium found; {hint}")
