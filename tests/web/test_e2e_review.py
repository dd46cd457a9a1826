"""Reviewing claims in the workbench, in headless Chromium, as a reader does: mark a claim
wrong (from the keyboard), correct one, add one the rules missed; the page and the API agree."""

from __future__ import annotations

import httpx
import pytest
from held_store import ADDED, ARTICLE, posted
from test_e2e_layout import OVERFLOW

pytestmark = pytest.mark.e2e

READY = "body[data-evidence-ready='1'] #claims-list tr.claim"


@pytest.fixture(scope="module")
def reviewed(live_server):
    return posted(live_server, "talks.txt", ARTICLE)


def page_claims(page) -> dict[str, tuple[str, str]]:
    return {
        row["id"]: (row["review"], row["actor"])
        for row in page.evaluate(
            "[...document.querySelectorAll('#claims-list tr.claim')].map((tr) => "
            "({id: tr.dataset.claimId, review: tr.dataset.review, actor: tr.dataset.actor}))"
        )
    }


def api_claims(server) -> dict[str, tuple[str, str]]:
    rows = httpx.get(f"{server.url}/api/reviews/claims").json()["claims"]
    return {r["id"]: (r["review"] or "", r["actor"]) for r in rows}


def open_evidence(page, server, ready: str = READY, shown: str = "claims") -> None:
    """Open the Evidence tab and wait until ``ready`` (its ``shown`` rows) is drawn."""
    page.goto(server.url + "/?tab=evidence")
    try:  # generous: forecasts of earlier test modules may still be using the CPU
        page.wait_for_selector(ready, timeout=60_000)
    except Exception as exc:
        raise AssertionError(
            f"no {shown} shown; page says: {page.inner_text('#messages')!r}"
        ) from exc


def select_in_source(page, doc: str, text: str, words: str) -> None:
    """Open ``doc`` (whose text is ``text``) from the documents table and select ``words`` in
    it, as a reader does with the mouse before pressing an "Add ... from the selected words"."""
    page.locator(".documents-table a.source-link", has_text=doc).click()
    page.wait_for_selector("#source-viewer[open] .source-actions:not([hidden])")
    start = text.index(words)
    page.evaluate(
        """([a, b]) => { const t = document.getElementById('source-text').firstChild;
        const r = document.createRange(); r.setStart(t, a); r.setEnd(t, b);
        getSelection().removeAllRanges(); getSelection().addRange(r); }""",
        [start, start + len(words)],
    )


def add_from_selection(page, kind: str, doc: str, text: str, words: str, first: str) -> None:
    """Select ``words`` of ``doc`` and press "Add a ``kind`` from the selected words": the add
    form holds the words and the document, and the cursor is on its field ``first``."""
    select_in_source(page, doc, text, words)
    page.click(f"#source-add-{kind}")
    assert page.input_value(f"#{kind}-add-evidence") == words
    assert page.input_value(f"#{kind}-add-doc") == doc
    assert page.evaluate("document.activeElement.id") == f"{kind}-add-{first}"


def test_mark_correct_and_add_claims_in_the_page(page, reviewed, wait_until, shot):
    open_evidence(page, reviewed)
    assert page_claims(page) == api_claims(reviewed)
    # mark the Hamas claim wrong from the keyboard: the row says so and keeps the focus
    row = page.locator("#claims-list tr.claim[data-actor=hamas]").first
    cid = row.get_attribute("data-claim-id")
    row.locator("button.review-wrong").focus()
    page.keyboard.press("Enter")
    wrong = f"#claims-list tr[data-claim-id='{cid}'][data-review=wrong]"
    page.wait_for_selector(wrong)
    assert "wrong (left out of the evidence)" in page.inner_text(wrong)
    assert page.evaluate("document.activeElement.closest('tr').dataset.claimId") == cid
    # correct who holds the Qatar claim
    qatar = page.locator("#claims-list tr.claim[data-actor=qatar]").first
    qid = qatar.get_attribute("data-claim-id")
    qatar.locator("button.review-edit").click()
    qatar.locator(".claim-edit select[name=actor]").select_option("egypt")
    qatar.locator(".claim-edit button.review-save").click()
    page.wait_for_selector(f"#claims-list tr[data-claim-id='{qid}'][data-review=corrected]")
    assert "was qatar offer" in page.inner_text(f"#claims-list tr[data-claim-id='{qid}']")
    # add the claim the rules missed: select its words in the document's text
    add_from_selection(page, "claim", "talks.txt", ARTICLE, ADDED, "actor")
    page.select_option("#claim-add-actor", "egypt")
    page.select_option("#claim-add-issue", "humanitarian_aid")
    page.select_option("#claim-add-stance", "demand")
    page.click("#claim-add-submit")
    page.wait_for_selector("#claims-list tr.claim[data-review=added]")
    assert ADDED in page.inner_text("#claims-list tr.claim[data-review=added]")
    # words not in the document: the API's message, nothing added
    page.fill("#claim-add-evidence", "aid must flow")
    page.click("#claim-add-submit")
    page.wait_for_selector("#messages .message.error")
    assert "are not in document 'talks.txt'" in page.inner_text("#messages")
    assert "are not in document 'talks.txt'" in page.inner_text("#claim-add .add-error")
    shot(page, "evidence-review")
    # the page and GET /api/reviews/claims agree; the wrong claim has left the evidence
    assert page_claims(page) == api_claims(reviewed)
    assert api_claims(reviewed)[cid] == ("wrong", "hamas")
    assert api_claims(reviewed)[qid] == ("corrected", "egypt")
    assert len([v for v in api_claims(reviewed).values() if v[0] == "added"]) == 1
    # "unreviewed claims only" leaves the three reviewed out
    page.check("#claims-todo")
    wait_until(page, "!document.querySelector('#claims-list tr.claim:not([data-review=\"\"])')")
    assert len(page_claims(page)) == len(api_claims(reviewed)) - 3
    page.uncheck("#claims-todo")
    page.wait_for_selector(wrong)
    # undo takes the review back
    page.locator(f"{wrong} button.review-undo").click()
    page.wait_for_selector(f"#claims-list tr[data-claim-id='{cid}'][data-review='']")
    assert api_claims(reviewed)[cid] == ("", "hamas")
    assert page.errors == []


def test_the_review_controls_fit_a_phone(browser, reviewed):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        open_evidence(page, reviewed)
        page.locator("#claims-list tr.claim button.review-edit").first.click()
        fit = page.evaluate(OVERFLOW)
        assert fit["scroll"] <= fit["width"] and not fit["wide"], fit
        box = page.locator("#claim-add").bounding_box()
        assert box is not None and box["x"] + box["width"] <= 390
    finally:
        context.close()
