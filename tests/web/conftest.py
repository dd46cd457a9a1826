"""Fixtures: a workbench server on a free loopback port, and a headless Chromium page."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from accord.web.app import WebConfig, create_app

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",  # containers give /dev/shm 64 MB; long pages crash the renderer there
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveServer:
    """uvicorn serving ``app`` in a thread on 127.0.0.1; stopped by :meth:`stop`."""

    def __init__(self, app: object):
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(
            uvicorn.Config(
                app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off"
            )
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the workbench server did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def accord_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("accord_home")
    old = os.environ.get("ACCORD_HOME")
    os.environ["ACCORD_HOME"] = str(home)
    yield home
    if old is None:
        os.environ.pop("ACCORD_HOME", None)
    else:
        os.environ["ACCORD_HOME"] = old


@pytest.fixture(scope="module")
def live_server(accord_home: Path) -> Iterator[LiveServer]:
    server = LiveServer(create_app(WebConfig())).start()
    yield server
    server.stop()


# One browser for this folder's e2e modules in a row, launched by the first that asks and
# closed after the last test of this folder (pytest_runtest_teardown below): each test still
# gets a fresh context (no cookies, storage or page state pass between tests), and Chromium is
# launched once instead of once per module. It is closed before another folder's tests run
# because Playwright's sync API allows one running instance at a time, and other test folders
# (tests/report) start their own.
_BROWSER: dict[str, object] = {}


def _close_browser() -> None:
    if "browser" in _BROWSER:
        _BROWSER.pop("browser").close()  # type: ignore[attr-defined]
        _BROWSER.pop("playwright").stop()  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's chromium package")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright Python package is not installed (pip install -e '.[dev]')")
    if "browser" not in _BROWSER:
        pw = sync_playwright().start()
        _BROWSER["playwright"] = pw
        _BROWSER["browser"] = pw.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
    yield _BROWSER["browser"]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """After a test's fixtures are torn down (its page and context first), close the shared
    browser when the next test is not in this folder (or there is none)."""
    try:
        return (yield)
    finally:
        if nextitem is None or Path(__file__).parent not in nextitem.path.parents:
            _close_browser()


def pytest_sessionfinish() -> None:
    _close_browser()  # a run stopped early (-x, Ctrl-C) may not have reached the last test


@pytest.fixture
def page(browser: object, live_server: LiveServer) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.errors = errors
    yield pg
    context.close()


def screenshot(page: object, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)  # type: ignore[attr-defined]
    return path


@pytest.fixture
def shot() -> object:
    """``shot(page, name)`` saves a full-page screenshot under artifacts/screenshots/."""
    return screenshot


HOSTILE_NAME = "hostile_article.txt"
HOSTILE_TEXT = (
    'Talks resume <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2">\n\n'
    'Hamas said on Wednesday it demands a permanent ceasefire <b onmouseover="window.__pwned=3">'
    "before any release</b>, a spokesman told reporters. "
    '"We will not release the hostages <script>alert(1)</script> without a full withdrawal," '
    "the spokesman said.\n"
)


@pytest.fixture(scope="module")
def evidence_loaded(live_server: LiveServer) -> LiveServer:
    """The flagship's source article and a hostile article, ingested through the API."""
    import httpx

    from accord.scenarios import find_corpus

    corpus = find_corpus()
    if corpus is None or not (corpus / "004_4e0664ac42c67242.txt").is_file():
        pytest.skip("the corpus folder (shared/corpus or $ACCORD_CORPUS) is not available")
    docs = [
        ("004_4e0664ac42c67242.txt", (corpus / "004_4e0664ac42c67242.txt").read_text("utf-8")),
        (HOSTILE_NAME, HOSTILE_TEXT),
        # another outlet's figure for the same count, so the ledger has a disagreement
        (
            "other_outlet.txt",
            "Hostage count\n\nAn Israeli official said 240 hostages were "
            "taken on October 7, 2023.\n",
        ),
    ]
    with httpx.Client(base_url=live_server.url, timeout=120) as client:
        for name, text in docs:
            r = client.post("/api/evidence/documents", json={"name": name, "text": text})
            assert r.status_code == 201, r.text
    return live_server


@pytest.fixture(scope="session")
def hostile_article() -> tuple[str, str]:
    return HOSTILE_NAME, HOSTILE_TEXT


def _wait_until(page: object, expression: str, timeout: float = 30.0) -> None:
    """Poll ``expression`` in the page until it is truthy.

    Playwright's ``wait_for_function`` evaluates with ``eval`` inside the page,
    which the workbench's Content-Security-Policy forbids (as it should);
    ``page.evaluate`` goes through the DevTools protocol instead.
    """
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):  # type: ignore[attr-defined]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for: {expression}")
        time.sleep(0.05)


@pytest.fixture
def wait_until() -> object:
    """``wait_until(page, js_expression, timeout=30)``."""
    return _wait_until
