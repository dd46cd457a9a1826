"""Reviewing figures and events in the workbench, in headless Chromium: mark a count wrong and
an event right, correct a figure, filter the unreviewed, add a figure and an event the rules
missed; the page and the API agree."""

from __future__ import annotations

import httpx
import pytest
from held_store import FIGURES, MISSED, MISSED_COUNT, MISSED_EVENT, posted
from test_e2e_layout import OVERFLOW
from test_e2e_review import add_from_selection, open_evidence

pytestmark = pytest.mark.e2e

READY = "body[data-evidence-ready='1'] #figures-list tr.count"


@pytest.fixture(scope="module")
def figures(live_server):
    return posted(live_server, "truce.txt", FIGURES)


def page_items(page, kind: str) -> dict[str, str]:
    """id -> review of the rows the page shows for ``kind`` (count, event)."""
    return page.evaluate(
        f"Object.fromEntries([...document.querySelectorAll('tr.{kind}[data-{kind}-id]')]"
        f".map((tr) => [tr.dataset.{kind}Id, tr.dataset.review]))"
    )


def api_items(server, kind: str, **params: str) -> dict[str, str]:
    rows = httpx.get(f"{server.url}/api/reviews/{kind}s", params=params).json()[f"{kind}s"]
    return {r["id"]: r["review"] or "" for r in rows}


def api_row(server, kind: str, rid: str) -> dict:
    rows = httpx.get(f"{server.url}/api/reviews/{kind}s").json()[f"{kind}s"]
    return next(r for r in rows if r["id"] == rid)


def test_mark_a_count_wrong_and_an_event_right_in_the_page(page, figures, wait_until, shot):
    counts = httpx.get(f"{figures.url}/api/reviews/counts").json()["counts"]
    events = httpx.get(f"{figures.url}/api/reviews/events").json()["events"]
    c33 = next(c["id"] for c in counts if c["value"] == 33)
    c1900 = next(c["id"] for c in counts if c["value"] == 1900)
    talks = next(e["id"] for e in events if e["location"] == "Cairo")
    open_evidence(page, figures, READY, "figures")
    assert page_items(page, "count") == api_items(figures, "count")
    assert page_items(page, "event") == api_items(figures, "event")
    assert "33 —" in page.inner_text(".ledger-table")
    # the figure 33 marked wrong: its row says so, the ledger leaves it out
    page.locator(f"tr[data-count-id='{c33}'] button.review-wrong").click()
    wrong = f"#figures-list tr[data-count-id='{c33}'][data-review=wrong]"
    page.wait_for_selector(wrong)
    assert "wrong (left out of the ledger)" in page.inner_text(wrong)
    assert page.evaluate("document.activeElement.closest('tr').dataset.countId") == c33
    assert "33 —" not in page.inner_text(".ledger-table")
    # the talks in Cairo marked right from the keyboard
    page.locator(f"tr[data-event-id='{talks}'] button.review-right").focus()
    page.keyboard.press("Enter")
    right = f"#events-list tr[data-event-id='{talks}'][data-review=right]"
    page.wait_for_selector(right)
    assert "right" in page.inner_text(f"{right} .review-state")
    # the other figure corrected in its edit form: 1,890, exact, planned, no date
    row = page.locator(f"tr[data-count-id='{c1900}']")
    row.locator("button.review-edit").click()
    row.locator(".claim-edit input[name=value]").fill("1890")
    row.locator(".claim-edit input[name=approx]").uncheck()
    row.locator(".claim-edit input[name=as_of]").fill("")
    row.locator(".claim-edit select[name=mode]").select_option("planned")
    row.locator(".claim-edit button.review-save").click()
    fixed = f"#figures-list tr[data-count-id='{c1900}'][data-review=corrected]"
    page.wait_for_selector(fixed)
    assert "was prisoners released ~1,900 as of 2025-03-02" in page.inner_text(fixed)
    # a figure the API refuses: its message, nothing stored
    page.locator(f"{fixed} button.review-edit").click()
    page.fill(f"{fixed} .claim-edit input[name=value]", "-5")
    page.evaluate(f'document.querySelector("{fixed} .claim-edit").noValidate = true')
    page.locator(f"{fixed} .claim-edit button.review-save").click()
    page.wait_for_selector("#messages .message.error")
    assert "value" in page.inner_text("#messages")
    shot(page, "evidence-review-items")
    # the page and the API agree
    assert page_items(page, "count") == api_items(figures, "count")
    assert page_items(page, "event") == api_items(figures, "event")
    assert api_items(figures, "count")[c33] == "wrong"
    assert api_items(figures, "event")[talks] == "right"
    got = api_row(figures, "count", c1900)
    assert (got["value"], got["approx"], got["mode"], got["as_of"]) == (
        1890,
        False,
        "planned",
        None,
    )
    # "unreviewed only" leaves the reviewed figures and events out
    page.check("#claims-todo")
    wait_until(page, "!document.querySelector('tr.reviewable:not([data-review=\"\"])')")
    assert page_items(page, "count") == api_items(figures, "count", todo="true") == {}
    assert page_items(page, "event") == api_items(figures, "event", todo="true")
    page.uncheck("#claims-todo")
    page.wait_for_selector(wrong)
    # undo takes the review back; the ledger has the figure again
    page.locator(f"{wrong} button.review-undo").click()
    page.wait_for_selector(f"#figures-list tr[data-count-id='{c33}'][data-review='']")
    assert api_items(figures, "count")[c33] == ""
    assert "33 —" in page.inner_text(".ledger-table")
    assert page.errors == []


@pytest.fixture(scope="module")
def missed(figures):
    """A document from which the rules read no figure and no event."""
    return posted(figures, "convoys.txt", MISSED)


def added_row(page, kind: str) -> str:
    """The selector of the one row of ``kind`` a reader added, as the page shows it."""
    return f"#{'figures' if kind == 'count' else 'events'}-list tr.{kind}[data-review=added]"


def test_add_a_figure_and_an_event_the_rules_missed_in_the_page(page, missed, shot):
    page.goto(missed.url + "/?tab=evidence")
    page.wait_for_selector(READY, timeout=60_000)
    assert page.locator("tr[data-review=added]").count() == 0
    # the figure: its words selected in the document's text, as for a claim
    add_from_selection(page, "count", "convoys.txt", MISSED, MISSED_COUNT, "quantity")
    page.select_option("#count-add-quantity", "hostages_released")
    # a figure the API refuses: its message in the form, nothing stored
    page.fill("#count-add-value", "-5")
    page.evaluate("document.getElementById('count-add').noValidate = true")
    page.click("#count-add-submit")
    page.wait_for_selector("#count-add .add-error:not([hidden])")
    assert "value: Input should be greater than or equal to 0" in page.inner_text(
        "#count-add .add-error"
    )
    assert page.locator(added_row(page, "count")).count() == 0
    page.fill("#count-add-value", "25")
    page.fill("#count-add-as_of", "2025-03-06")
    page.click("#count-add-submit")
    page.wait_for_selector(added_row(page, "count"))
    cid = page.get_attribute(added_row(page, "count"), "data-count-id")
    assert "Added figure" in page.inner_text("#messages")
    assert page.evaluate("document.activeElement.closest('tr').dataset.countId") == cid
    assert MISSED_COUNT in page.inner_text(added_row(page, "count"))
    assert "25 — convoys.txt" in page.inner_text(".ledger-table")  # the ledger counts it
    # the event: its words typed into the form; words not in the document are refused
    page.select_option("#event-add-doc", "convoys.txt")
    page.fill("#event-add-evidence", "flew to Cairo")
    page.select_option("#event-add-type", "meeting")
    page.click("#event-add-submit")
    page.wait_for_selector("#event-add .add-error:not([hidden])")
    assert "are not in document 'convoys.txt'" in page.inner_text("#event-add .add-error")
    page.fill("#event-add-evidence", MISSED_EVENT)
    page.fill("#event-add-date", "2025-03-05")
    page.fill("#event-add-location", "Doha")
    page.click("#event-add-submit")
    page.wait_for_selector(added_row(page, "event"))
    eid = page.get_attribute(added_row(page, "event"), "data-event-id")
    dated = page.inner_text(f".timeline-table tr[data-event-id='{eid}']")  # in the timeline
    assert "2025-03-05" in dated and "meeting" in dated and "Doha" in dated
    shot(page, "evidence-add-items")
    # both stay after a reload, as the API lists them
    page.reload()
    page.wait_for_selector(f"{READY}[data-count-id='{cid}'][data-review=added]", timeout=60_000)
    assert page.get_attribute(added_row(page, "event"), "data-event-id") == eid
    assert page_items(page, "count") == api_items(missed, "count")
    assert page_items(page, "event") == api_items(missed, "event")
    count = api_row(missed, "count", cid)
    assert (count["doc"], count["quantity"], count["value"], count["as_of"]) == (
        "convoys.txt",
        "hostages_released",
        25,
        "2025-03-06",
    )
    assert (count["approx"], count["mode"], count["evidence"]) == (False, "actual", MISSED_COUNT)
    event = api_row(missed, "event", eid)
    assert (event["type"], event["date"], event["location"], event["mode"]) == (
        "meeting",
        "2025-03-05",
        "Doha",
        "actual",
    )
    assert "25 — convoys.txt" in page.inner_text(".ledger-table")
    assert page.errors == []


def test_the_figure_and_event_forms_fit_a_phone(browser, figures):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(figures.url + "/?tab=evidence")
        page.wait_for_selector(READY, timeout=60_000)
        page.locator("#figures-list tr.count button.review-edit").first.click()
        page.locator("#events-list tr.event button.review-edit").first.click()
        assert page.locator(".claim-edit").count() == 2
        fit = page.evaluate(OVERFLOW)
        assert fit["scroll"] <= fit["width"] and not fit["wide"], fit
        for form in ("#count-add", "#event-add"):
            box = page.locator(form).bounding_box()
            assert box is not None and box["x"] + box["width"] <= 390, form
    finally:
        context.close()
