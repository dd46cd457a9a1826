"""Untrusted article text is shown as text in the browser, never run or parsed as HTML."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e


def test_hostile_article_is_displayed_as_text(page, evidence_loaded, hostile_article, shot):
    name, text = hostile_article
    page.goto(evidence_loaded.url + "/")
    page.wait_for_selector("#matrix-table td.cell")
    page.click("nav.tabs button[data-tab=evidence]")
    page.wait_for_selector(".documents-table")
    # the title (first line, with <script> and <img onerror>) is shown literally
    row = page.locator(".documents-table tr", has_text=name)
    assert "<script>window.__pwned = 1</script>" in row.inner_text()
    assert '<img src=x onerror="window.__pwned = 2">' in row.inner_text()
    # the claims from it keep the markup as text too
    hostile_claims = page.locator("#claims-list .claim", has_text=name)
    assert hostile_claims.count() >= 1
    assert "<" in hostile_claims.first.locator("blockquote").inner_text()
    # open the document: the whole text, tags included, is text in the viewer
    row.locator("a.source-link").click()
    page.wait_for_selector("#source-viewer[open]")
    assert page.inner_text("#source-text").strip() == text.strip()
    shot(page, "safety-hostile-article")
    # nothing ran and no element came from the article
    page.hover("#source-text")
    assert page.evaluate("window.__pwned") is None
    assert (
        page.locator(
            "main img, #source-viewer img, main b[onmouseover], #source-viewer script"
        ).count()
        == 0
    )
    assert page.evaluate("document.querySelectorAll('script:not([src])').length") == 0
    assert page.errors == []
