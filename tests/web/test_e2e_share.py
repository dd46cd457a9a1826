"""Share and keep: a view's URL opens the same view; tables download with the page's numbers."""

from __future__ import annotations

import csv
import io
import json

import httpx
import pytest

from accord.report.fmt import pct

pytestmark = pytest.mark.e2e


def _ready_space(page, wait_until):
    page.wait_for_selector("#matrix-table td.cell", state="attached", timeout=60_000)
    wait_until(page, "document.body.dataset.spaceReady === '1'", timeout=90)


def test_a_shared_url_opens_the_same_view_with_several_relaxations(
    page, live_server, wait_until, browser
):
    page.goto(live_server.url + "/?scenario=gaza-2023-12")
    page.wait_for_selector("#matrix-table td.cell")
    page.click("nav.tabs [role=tab][data-tab=space]")
    _ready_space(page, wait_until)
    page.click(".relax-panel summary")
    page.check("#relax-form input[data-relax='hamas.ceasefire']")
    page.check("#relax-form input[data-relax='israel.ceasefire']")
    page.click("#relax-apply")
    wait_until(
        page,
        "document.body.dataset.relax === 'hamas.ceasefire,israel.ceasefire' "
        "&& document.body.dataset.spaceReady === '1'",
        timeout=90,
    )
    wait_until(page, "location.search.includes('relax=')")
    shared = page.url
    assert "scenario=gaza-2023-12" in shared and "tab=space" in shared
    assert "relax=hamas.ceasefire,israel.ceasefire" in shared
    note = page.inner_text("#relaxed-note")
    assert "Hamas's stated red line" in note and "Government of Israel's stated red line" in note
    summary = page.inner_text("#space-diagnosis ul.summary")

    other = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    try:
        other.goto(shared)
        _ready_space(other, wait_until)
        assert other.eval_on_selector("#scenario-picker", "e => e.value") == "gaza-2023-12"
        assert other.get_attribute("#tabbtn-space", "aria-selected") == "true"
        assert other.inner_text("#relaxed-note") == note
        assert other.inner_text("#space-diagnosis ul.summary") == summary
        checked = other.eval_on_selector_all(
            "#relax-form input:checked", "els => els.map(e => e.value)"
        )
        assert sorted(checked) == ["hamas.ceasefire", "israel.ceasefire"]
    finally:
        other.context.close()
    assert page.errors == []


def test_an_unknown_scenario_in_the_url_says_so_and_shows_the_flagship(page, live_server):
    page.goto(live_server.url + "/?scenario=unknown")
    page.wait_for_selector("#messages .message.error")
    assert "There is no scenario “unknown”" in page.inner_text("#messages")
    page.wait_for_selector("#matrix-table td.cell")
    assert page.eval_on_selector("#scenario-picker", "e => e.value") == "gaza-2025-03"
    assert page.errors == []


def test_tables_download_as_csv_and_json_with_the_numbers_on_the_page(
    page, live_server, wait_until, tmp_path
):
    page.goto(live_server.url + "/?scenario=gaza-2025-03&tab=space")
    _ready_space(page, wait_until)
    box = page.locator(".table-box", has=page.locator("table.proposals-table"))
    shown = box.locator("table").evaluate(
        "t => [...t.querySelectorAll('tr')].map(tr => [...tr.children].map(c => c.textContent.replace(/\\s+/g, ' ').trim()))"
    )
    with page.expect_download() as dl:
        box.locator("button.download-csv").click()
    path = tmp_path / "proposals.csv"
    dl.value.save_as(path)
    assert dl.value.suggested_filename == "proposals.csv"
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"))))
    assert rows == shown
    # the percentages are the API's probabilities, worded by the one formatting module
    api = httpx.get(live_server.url + "/api/scenarios/gaza-2025-03/analysis", timeout=60).json()
    col = rows[0].index("all phases carried out")
    assert [r[col] for r in rows[1:]] == [
        pct(p["completion_probability"]) for p in api["proposals"]
    ]
    with page.expect_download() as dl:
        box.locator("button.download-json").click()
    jpath = tmp_path / "proposals.json"
    dl.value.save_as(jpath)
    records = json.loads(jpath.read_text("utf-8"))
    assert [list(r.values()) for r in records] == shown[1:] and list(records[0]) == shown[0]
    assert page.errors == []


def test_a_saved_package_has_a_link_that_opens_it(page, live_server, wait_until, browser):
    page.goto(live_server.url + "/?scenario=gaza-2025-03&tab=explorer")
    page.wait_for_selector("#explorer-result .party-result", timeout=60_000)
    page.locator("input[data-issue=hostage_release][data-phase='0']").fill("5")
    page.fill("#package-name", "Five now")
    page.click("#save-package")
    wait_until(page, "location.search.includes('package=five-now')")
    url = page.url
    other = browser.new_context(viewport={"width": 1440, "height": 900}).new_page()
    try:
        other.goto(url)
        other.wait_for_selector("#explorer-result .party-result", timeout=60_000)
        wait_until(other, "document.querySelector('#explorer-start').value === 'saved:five-now'")
        value = other.eval_on_selector(
            "input[data-issue=hostage_release][data-phase='0']", "e => e.value"
        )
        assert value == "5"
        # side by side with the tabled proposal it started from
        other.select_option("#compare-with", index=2)
        other.wait_for_selector(".compare-table")
        assert "chance every phase is carried out" in other.inner_text(".compare-table")
    finally:
        other.context.close()
    httpx.delete(live_server.url + "/api/scenarios/gaza-2025-03/packages/five-now", timeout=10)
    assert page.errors == []


def test_a_solution_of_a_relaxed_view_opens_with_its_numbers_and_says_what_it_assumes(
    page, live_server, wait_until
):
    page.goto(live_server.url + "/?scenario=gaza-2025-03&tab=space&relax=hamas.ceasefire")
    _ready_space(page, wait_until)
    page.locator(".solutions-table button.open-package").first.click()
    page.wait_for_selector("#tab-explorer:not([hidden]) .relaxed-note")
    assert "Hamas's stated red line on cessation of fighting" in page.inner_text(
        "#explorer-controls .relaxed-note"
    )
    outputs = page.locator("#explorer-controls input[data-issue=hostage_release]").evaluate_all(
        "els => els.map(e => e.closest('label').querySelector('output').textContent)"
    )
    assert outputs and all(o.strip() not in ("", "–") for o in outputs), outputs
    page.wait_for_selector("#explorer-result .party-result")
    assert "–" not in page.inner_text("#explorer-result .party-result >> nth=0").split()
    assert page.errors == []


def test_two_scenarios_side_by_side(page, live_server, wait_until):
    page.goto(live_server.url + "/?scenario=gaza-2025-03")
    page.wait_for_selector("#matrix-table td.cell")
    page.click("details.compare summary")
    page.select_option("#compare-scenario", "gaza-2024-04")
    wait_until(page, "document.body.dataset.compareReady === 'gaza-2024-04'", timeout=120)
    text = page.inner_text(".compare-scenarios-table")
    assert "2025-03-06" in text and "2024-04-03" in text
    assert (
        "red lines on" in text and "chance every phase of the recommendation is carried out" in text
    )
    assert "Government of Israel: fallback" in text
    assert page.errors == []
