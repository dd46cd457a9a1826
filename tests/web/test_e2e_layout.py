"""The workbench at phone and desktop widths: no overflow, no internals in the text, every control
reachable by keyboard; screenshots of each tab at both widths go to docs/img/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

IMG = Path(__file__).resolve().parents[2] / "docs" / "img"
READY = {
    "positions": "#matrix-table td.cell",
    "space": "body[data-space-ready='1'] #space-plot .main-svg",
    "explorer": "#explorer-result .party-result",
    "forecast": "#forecast-runs > *",
    "forecast-run": "body[data-forecast-run] #forecast-tornado .main-svg",
    "evidence": "body[data-evidence-ready='1'] #evidence-body h3",
}
# an identifier: lower-case words joined by underscores (file names of sources are exempt, see below)
IDENTIFIER = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
RAW = ("null", "NaN", "undefined", "None", "[object Object]")

VISIBLE_TEXT = """() => {
  // the page's visible text, less the names of source files (a file is called what it is called)
  let text = document.body.innerText;
  const names = new Set([...document.querySelectorAll("a.source-link")].map((a) => a.innerText.trim()));
  for (const name of names) if (name) text = text.split(name).join(" ");
  return text;
}"""

OVERFLOW = """() => {
  const w = document.documentElement.clientWidth;
  const wide = [];
  for (const e of document.querySelectorAll("body *")) {
    const r = e.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    if (r.right > w + 1 && !e.closest(".table-scroll") && !e.closest(".plot")) {
      wide.push(`${e.tagName.toLowerCase()}#${e.id}.${[...e.classList].join(".")} right=${Math.round(r.right)}`);
    }
  }
  return { scroll: document.documentElement.scrollWidth, width: w, wide: wide.slice(0, 5) };
}"""

# every visible control of the shown panel and the header, and whether it can take keyboard focus
UNREACHABLE = """() => {
  const sel = "a[href], button, input, select, textarea, summary, [tabindex]";
  const out = [];
  const roots = [document.querySelector("header.top"), document.querySelector("section.tab:not([hidden])")];
  for (const root of roots) for (const e of root.querySelectorAll(sel)) {
    const r = e.getBoundingClientRect();
    if (!r.width || !r.height || e.disabled || e.closest("[hidden]") || e.closest("details:not([open]) > :not(summary)")) continue;
    e.focus();
    if (document.activeElement !== e || e.tabIndex < 0) out.push(`${e.tagName.toLowerCase()}#${e.id}.${e.className}`);
  }
  return out;
}"""


@pytest.fixture(scope="module")
def with_a_forecast(evidence_loaded):
    """A small finished forecast in the store, so the forecast tab shows its charts and tables."""
    import time

    import httpx

    with httpx.Client(base_url=evidence_loaded.url, timeout=60) as client:
        job = client.post(
            "/api/scenarios/gaza-2025-03/forecast/runs",
            json={"runs": 4096, "horizon": 120, "seed": 3},
        ).json()
        deadline = time.monotonic() + 180
        while (status := client.get(f"/api/forecast/jobs/{job['id']}").json()["status"]) != "done":
            assert status in ("queued", "running") and time.monotonic() < deadline, status
            time.sleep(0.3)
    return evidence_loaded


def _open(page, url, tab, wait_until):
    page.goto(url)
    page.wait_for_selector(READY["positions"], state="attached", timeout=60_000)
    if tab != "positions":
        page.click(f"nav.tabs [role=tab][data-tab={tab}]")
    page.wait_for_selector(f"#tab-{tab}:not([hidden])", timeout=10_000)
    page.wait_for_selector(READY[tab], timeout=90_000)
    if tab == "forecast" and page.locator("#forecast-run-picker").count():
        page.wait_for_selector(READY["forecast-run"], timeout=90_000)
    page.wait_for_timeout(300)  # plots settle to their column's width


def _check_view(page, where):
    o = page.evaluate(OVERFLOW)
    assert o["scroll"] <= o["width"] + 1 and not o["wide"], (where, o)
    text = page.evaluate(VISIBLE_TEXT)
    words = set(re.findall(r"[A-Za-z\[\]]+(?: Object\])?", text))
    for bad in RAW:
        assert bad not in words, (where, bad)
    assert "{'" not in text and "[object Object]" not in text, where
    ids = sorted(set(IDENTIFIER.findall(text)))
    assert not ids, (where, ids[:10])
    unreachable = page.evaluate(UNREACHABLE)
    assert not unreachable, (where, unreachable[:10])


@pytest.mark.slow
@pytest.mark.parametrize("width,height", [(390, 844), (1440, 900)])
def test_every_tab_fits_reads_cleanly_and_is_keyboard_reachable(
    browser, with_a_forecast, width, height, wait_until
):
    """With articles in the store (one of them hostile) and a forecast run, so every tab is full."""
    live_server = with_a_forecast
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        IMG.mkdir(parents=True, exist_ok=True)
        for tab in ("positions", "space", "explorer", "forecast", "evidence"):
            _open(page, f"{live_server.url}/?scenario=gaza-2025-03&tab={tab}", tab, wait_until)
            _check_view(page, (tab, width))
            page.evaluate(
                "for (const e of document.querySelectorAll('.table-scroll')) e.scrollLeft = 0"
            )
            top = page.evaluate(
                "document.querySelector('nav.tabs').getBoundingClientRect().top + scrollY"
            )
            full = page.evaluate("document.documentElement.scrollHeight")
            page.screenshot(
                path=str(IMG / f"{tab}-{width}.png"),
                full_page=True,
                clip={"x": 0, "y": top, "width": width, "height": min(1800, full - top)},
            )
        assert errors == []
    finally:
        context.close()


@pytest.mark.slow
@pytest.mark.parametrize("scenario_id", ["gaza-2024-04", "gaza-2023-12"])
def test_other_scenarios_read_cleanly_on_a_phone(browser, live_server, scenario_id, wait_until):
    """2024-04 has no tabled proposal and a deadlock on a count: empty tables say why, no dicts."""
    context = browser.new_context(viewport={"width": 360, "height": 780})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        for tab in ("positions", "space", "explorer"):
            _open(page, f"{live_server.url}/?scenario={scenario_id}&tab={tab}", tab, wait_until)
            _check_view(page, (scenario_id, tab))
            if scenario_id == "gaza-2024-04" and tab != "explorer":
                assert "No proposal is tabled" in page.inner_text(f"#tab-{tab}")
        assert errors == []
    finally:
        context.close()


def test_tabs_follow_the_aria_pattern_and_the_arrow_keys(page, live_server):
    page.goto(live_server.url + "/")
    page.wait_for_selector(READY["positions"])
    tabs = page.locator("nav.tabs [role=tab]")
    assert tabs.count() == 5
    for k in range(5):
        t = tabs.nth(k)
        panel = t.get_attribute("aria-controls")
        assert page.get_attribute(f"#{panel}", "role") == "tabpanel"
        assert page.get_attribute(f"#{panel}", "aria-labelledby") == t.get_attribute("id")
    page.focus("#tabbtn-positions")
    page.keyboard.press("ArrowRight")
    assert page.get_attribute("#tabbtn-space", "aria-selected") == "true"
    assert page.evaluate("document.activeElement.id") == "tabbtn-space"
    assert "tab=space" in page.url
    page.keyboard.press("End")
    assert page.get_attribute("#tabbtn-evidence", "aria-selected") == "true"


def test_scenario_file_can_be_loaded_from_the_keyboard(page, live_server, wait_until):
    page.goto(live_server.url + "/")
    page.wait_for_selector(READY["positions"])
    wait_until(page, "document.body.dataset.ready === 'positions'")
    page.focus("#load-scenario")
    assert page.evaluate("document.activeElement.id") == "load-scenario"
    with page.expect_file_chooser(timeout=20_000) as chooser:
        page.press("#load-scenario", "Enter")
    assert chooser.value.element.get_attribute("id") == "scenario-file"


def test_api_docs_render_with_no_network_beyond_the_server(page, live_server):
    outside: list[str] = []

    def only_local(route):
        if route.request.url.startswith(live_server.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.goto(live_server.url + "/api/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=30_000)
    assert "accord workbench API" in page.inner_text(".swagger-ui .info .title")
    page.wait_for_selector(".swagger-ui .opblock-tag", timeout=30_000)
    assert outside == []
