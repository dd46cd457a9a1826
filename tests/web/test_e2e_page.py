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
