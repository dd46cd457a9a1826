"""The workbench in a real headless Chromium, as a user sees it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e


def test_page_loads_with_flagship_scenario_and_positions_matrix(page, live_server, shot):
    page.goto(live_server.url + "/")
    page.wait_for_selector("#matrix-table td.cell")
    assert "gaza-2025-03" == page.eval_on_selector("#scenario-picker", "e => e.value")
    assert "Hostage and ceasefire talks" in page.inner_text("#scenario-head")
    cells = page.locator("#matrix-table td.cell")
    assert cells.count() >= 15
    assert page.locator("#matrix-table td.cell.assumed").count() > 0  # assumptions marked
    # clicking a sourced cell shows its quote and source document
    page.click("#matrix-table td.cell[data-party=hamas][data-issue=ceasefire]")
    detail = page.inner_text("#positions-detail")
    assert "permanent ceasefire" in detail
    assert "004_4e0664ac42c67242.txt" in detail
    shot(page, "positions")
    assert page.errors == []


def test_agreement_space_shows_plot_and_deadlock_in_words(page, live_server, shot):
    page.goto(live_server.url + "/")
    page.wait_for_selector("#matrix-table td.cell")
    page.click("nav.tabs button[data-tab=space]")
    page.wait_for_selector("#space-plot .main-svg", timeout=30_000)
    verdict = page.inner_text("#space-verdict")
    assert verdict in ("Deadlock diagnosis", "Zone of agreement")
    summary = page.inner_text("#space-diagnosis")
    assert "red line" in summary
    assert page.locator("#space-plot .scatterlayer .trace").count() >= 3
    shot(page, "agreement-space")
    assert page.errors == []


def _expected(page, party):
    return float(page.inner_text(f"#explorer-result [data-party={party}] .expected"))


def test_explorer_slider_changes_utilities(page, live_server, shot, wait_until):
    page.goto(live_server.url + "/")
    page.wait_for_selector("#matrix-table td.cell")
    page.click("nav.tabs button[data-tab=explorer]")
    page.wait_for_selector("#explorer-result [data-party=israel] .expected")
    # the package is evaluated again once the plot is drawn; "before" is read after that, or
    # the second evaluation could satisfy the wait below while the slider's is being drawn
    page.wait_for_selector("#explorer-plot .main-svg", timeout=30_000)
    page.wait_for_selector("#explorer-result[aria-busy=false]")
    seq = page.evaluate("document.body.dataset.explorerSeq")
    before = {p: _expected(page, p) for p in ("israel", "hamas")}
    slider = page.locator("input[data-issue=hostage_release][data-phase='0']")
    slider.fill("0")  # sets the value and fires input, as a drag does
    wait_until(page, f"document.body.dataset.explorerSeq !== '{seq}'")
    after = {p: _expected(page, p) for p in ("israel", "hamas")}
    assert after != before
    assert after["israel"] < before["israel"]  # fewer hostages released is worse for israel
    ms = float(page.inner_text("#explorer-timing").split()[2])
    assert ms < 200
    page.wait_for_selector("#explorer-plot .main-svg", timeout=30_000)
    shot(page, "deal-explorer")
    assert page.errors == []


def test_evidence_tab_shows_quote_with_its_source(page, evidence_loaded, shot):
    page.goto(evidence_loaded.url + "/")
    page.wait_for_selector("#matrix-table td.cell")
    page.click("nav.tabs button[data-tab=evidence]")
    page.wait_for_selector("#claims-list .claim")
    page.select_option("#claims-actor", "hamas")
    page.wait_for_selector("#claims-list .claim[data-actor=hamas]")
    assert page.locator("#claims-list .claim:not([data-actor=hamas])").count() == 0
    claim = page.locator("#claims-list .claim", has_text="004_4e0664ac42c67242.txt").first
    assert "permanent ceasefire" in claim.inner_text() or claim.locator("blockquote").inner_text()
    # what no claim was read from: the hamas statement of the article, with its source link
    page.click("#statements-unread summary")
    unread = page.locator(".statements-table tbody tr")
    assert unread.count() >= 1 and unread.first.inner_text().startswith("hamas")
    assert unread.first.locator("a.source-link").count() == 1
    claim.locator("a.source-link").click()
    page.wait_for_selector("#source-viewer[open] mark")
    mark = page.inner_text("#source-viewer mark")
    assert mark and mark in page.inner_text("#source-text")
    assert "Hamas rejects Trump threat" in page.inner_text("#source-title")
    shot(page, "evidence-source")
    page.click("#source-close")
    assert page.locator(".ledger-table").count() == 1
    conflict = page.locator(".ledger-table tr", has=page.locator(".badge.conflict")).first
    assert "hostages taken" in conflict.inner_text() and "240" in conflict.inner_text()
    shot(page, "evidence")
    assert page.errors == []


def test_forecast_started_from_the_page_completes_and_charts_appear(
    page, live_server, shot, wait_until
):
    page.goto(live_server.url + "/")
    page.wait_for_selector("#matrix-table td.cell")
    page.click("nav.tabs button[data-tab=forecast]")
    page.wait_for_selector("#forecast-form")
    page.fill("#forecast-form input[name=runs]", "8192")  # two chunks: progress moves
    page.fill("#forecast-form input[name=horizon]", "120")
    page.fill("#forecast-form input[name=seed]", "7")
    page.click("#forecast-start")
    wait_until(
        page,
        "document.querySelector('#forecast-status').textContent.startsWith('done')",
        timeout=120,
    )
    page.wait_for_selector("#forecast-curve .main-svg")
    page.wait_for_selector("#forecast-tornado .main-svg")
    headline = page.inner_text("#forecast-headline")
    assert "Chance of a first deal within 120 days" in headline and "95% interval" in headline
    # the band and the curve are both drawn (Plotly may draw the frame before the traces)
    wait_until(
        page,
        "document.querySelectorAll('#forecast-curve .scatterlayer .trace').length === 2",
        timeout=30,
    )
    assert page.locator("#forecast-run-picker option").count() >= 1
    # the outcomes in the scenario's own words (its tracked section), with their units
    outcomes = page.inner_text(".outcomes-table")
    assert "living hostages returned" in outcomes and "days of ceasefire" in outcomes
    # the run's sample in the CLI's words; no calibration or outside events: no such section
    assert page.inner_text("#forecast-sample") == "effective sample size 8,192 of 8,192 runs."
    assert page.locator("#forecast-calibration, #forecast-outside").count() == 0
    # the mediators' levers in the CLI's words: the flagship's stakes choose none to pull
    assert page.is_checked("#forecast-levers")
    assert page.inner_text("#forecast-mediation") == (
        "mediators' levers (as chosen in analyze): none pulled; guarantees up to 'none'"
    )
    shot(page, "forecast")
    # unticked, the run is started without levers and the page says so
    first = page.evaluate("document.body.dataset.forecastRun")
    page.uncheck("#forecast-levers")
    page.fill("#forecast-form input[name=runs]", "1000")
    page.click("#forecast-start")
    wait_until(
        page,
        f"document.body.dataset.forecastRun !== '{first}' && "
        "document.querySelector('#forecast-status').textContent.startsWith('done')",
        timeout=120,
    )
    assert page.inner_text("#forecast-mediation") == (
        "mediators' levers off (--no-levers); guarantees up to 'none'"
    )
    picked = page.locator("#forecast-run-picker option:checked").inner_text()
    assert "1,000 runs" in picked and "no levers" in picked
    assert page.errors == []


def test_a_calibrated_forecast_started_from_the_page_says_what_the_record_kept(
    page, live_server, wait_until
):
    page.goto(live_server.url + "/")
    page.wait_for_selector("#matrix-table td.cell")
    page.click("nav.tabs button[data-tab=forecast]")
    page.wait_for_selector("#forecast-form")
    assert page.is_disabled("#forecast-form select[name=red_line_clock]")
    page.check("#forecast-calibrate")
    assert page.is_enabled("#forecast-form select[name=red_line_clock]")
    page.select_option("#forecast-form select[name=red_line_clock]", "snapshot")
    page.fill("#forecast-form input[name=runs]", "2000")
    page.fill("#forecast-form input[name=horizon]", "120")
    page.click("#forecast-start")
    wait_until(
        page,
        "document.querySelector('#forecast-status').textContent.startsWith('done')",
        timeout=120,
    )
    page.wait_for_selector("#forecast-calibration")
    notes = page.inner_text("#forecast-calibration")
    assert "calibrated to the record: kept" in notes
    assert "red lines' yield counted from the snapshot" in notes
    assert "calibrated" in page.inner_text("#forecast-run-picker")
    assert page.errors == []


def test_loading_a_scenario_file_validates_it_in_the_page(
    page, live_server, shot, tmp_path, wait_until
):
    from accord.scenarios import builtin_paths

    page.goto(live_server.url + "/")
    page.wait_for_selector("#matrix-table td.cell")
    bad = tmp_path / "broken.yaml"
    bad.write_text("id: broken\ntitle: [unclosed\n", "utf-8")
    page.set_input_files("#scenario-file", str(bad))
    page.wait_for_selector("#messages .message.error")
    assert "broken.yaml:" in page.inner_text("#messages")
    shot(page, "upload-error")
    good = tmp_path / "mine.yaml"
    text = builtin_paths()["gaza-2025-03"].read_text("utf-8")
    good.write_text(
        text.replace("id: gaza-2025-03", "id: my-variant", 1).replace(
            "title: Hostage and ceasefire talks", "title: My variant of the talks", 1
        ),
        "utf-8",
    )
    page.set_input_files("#scenario-file", str(good))
    # the old scenario's cells stay until the new ones are drawn: wait for the page's own
    # signal that this scenario's positions are rendered
    wait_until(
        page,
        "document.body.dataset.scenario === 'my-variant' "
        "&& document.body.dataset.ready === 'positions'",
    )
    assert "My variant of the talks" in page.inner_text("#scenario-head")
    assert page.eval_on_selector("#scenario-picker", "e => e.value") == "my-variant"
    assert page.errors == []


def test_position_cells_show_their_source_on_hover(page, live_server):
    page.goto(live_server.url + "/")
    page.wait_for_selector("#matrix-table td.cell")
    title = page.get_attribute(
        "#matrix-table td.cell[data-party=hamas][data-issue=ceasefire]", "title"
    )
    assert "004_4e0664ac42c67242.txt" in title and "2025-03-06" in title


def test_recommended_package_opens_in_the_explorer(page, live_server, wait_until):
    page.goto(live_server.url + "/")
    page.wait_for_selector("#matrix-table td.cell")
    page.click("nav.tabs button[data-tab=space]")
    page.click("button.open-package >> text=mediator's recommendation", timeout=60_000)
    page.wait_for_selector("#tab-explorer:not([hidden]) #explorer-result [data-party=hamas]")
    wait_until(
        page, "document.querySelector('#explorer-start').value === 'analysis:recommendation'"
    )
    # the recommendation's terms are on the sliders
    import httpx

    rec = httpx.get(live_server.url + "/api/scenarios/gaza-2025-03/analysis", timeout=60).json()
    final = rec["recommendation"]["package"]["phases"][-1]["terms"]
    levels = page.locator("#explorer-controls input[data-issue=ceasefire]").evaluate_all(
        "els => els.map(e => e.closest('label').querySelector('output').dataset.level)"
    )
    assert levels[-1] == final["ceasefire"]
    assert page.errors == []


@pytest.mark.parametrize("scenario_id", ["gaza-2023-12", "gaza-2024-04", "gaza-2025-03"])
def test_every_tab_renders_cleanly_for_each_builtin(page, live_server, scenario_id):
    """No tab shows a raw null, undefined, NaN or [object Object], and nothing throws."""
    page.goto(f"{live_server.url}/?scenario={scenario_id}")
    page.wait_for_selector("#matrix-table td.cell")
    ready = {
        "space": "#space-verdict",
        "explorer": "#explorer-result .party-result",
        "forecast": "#forecast-runs > *",
        "evidence": "#evidence-body h3",
    }
    for tab, selector in ready.items():
        page.click(f"nav.tabs button[data-tab={tab}]")
        page.wait_for_selector(f"#tab-{tab} {selector}", timeout=60_000)
        text = page.inner_text(f"#tab-{tab}")
        for bad in ("null", "undefined", "NaN", "[object Object]"):
            assert bad not in text.split() and "[object Object]" not in text, (tab, bad)
    text = page.inner_text("#tab-positions") + page.inner_text("#scenario-head")
    assert "undefined" not in text and "[object Object]" not in text
    assert page.errors == []
