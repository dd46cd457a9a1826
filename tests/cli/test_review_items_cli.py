"""`accord review counts|events` end to end, as a user runs it: ingest an invented article,
review the figures and events read from it (right, wrong, corrected, added), see the ledger
and the timeline as reviewed, export them as gold and score the extractor on them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from review_runner import fails, ingested, run

# an invented report (no real article)
ARTICLE = """Hostages freed as truce holds

DOHA, March 3, 2025 - Hamas freed 24 hostages on Sunday, and Israel released 150 \
Palestinian prisoners, officials said.

Negotiators met in Cairo on Monday for a new round of talks on extending the truce.

About 59 hostages are still held in Gaza, according to Israeli officials.

The Red Cross said 12 aid convoys reached Rafah on Saturday.
"""
MISSED = "12 aid convoys reached Rafah on Saturday"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    return ingested(tmp_path, "truce.txt", ARTICLE)


def rows(what: str, *args: str) -> list[dict]:
    return json.loads(run("review", what, *args, "--format", "json"))


def test_review_counts_and_events_then_ledger_timeline_and_gold(
    article: Path, tmp_path: Path
) -> None:
    counts = {r["quantity"]: r for r in rows("counts", "--doc", "truce.txt")}
    events = rows("events")
    assert {"hostages_released", "prisoners_released"} <= set(counts)
    talks = next(e for e in events if e["location"] == "Cairo")
    freed, jailed = counts["hostages_released"], counts["prisoners_released"]

    assert "stored" in run("review", "mark", freed["id"], "wrong", "--note", "a day off")
    fixed = json.loads(
        run("review", "set", jailed["id"], "--value", "151", "--approx", "--format", "json")
    )
    assert (fixed["verdict"], fixed["fields"]["value"], fixed["fields"]["approx"]) == (
        "corrected",
        151,
        True,
    )
    run("review", "set", talks["id"], "--location", "Giza", "--date", "2025-03-02")
    added = json.loads(
        run(
            "review", "add", "truce.txt", "--kind", "count", "--evidence", MISSED,
            "--quantity", "other", "--value", "12", "--label", "aid convoys",
            "--as-of", "2025-03-01", "--format", "json",
        )
    )  # fmt: skip
    assert ARTICLE[added["span_start"] : added["span_end"]] == MISSED

    listed = {r["id"]: r for r in rows("counts")}
    assert listed[freed["id"]]["review"] == "wrong"
    assert listed[jailed["id"]]["was"]["value"] == 150 and listed[jailed["id"]]["value"] == 151
    assert listed[added["id"]]["review"] == "added" and not listed[added["id"]]["extracted"]
    assert freed["id"] not in {r["id"] for r in rows("counts", "--unreviewed")}
    table = run("review", "counts")
    assert "wrong" in table and "corrected (was prisoners_released 150" in table
    csv_head = run("review", "events", "--format", "csv").splitlines()[0]
    assert csv_head.startswith("id,doc,review,type,date,")

    # the ledger and the timeline: as extracted, and as reviewed
    def figures(*args: str) -> set[tuple[str, int, bool]]:
        ledger = json.loads(run("ledger", *args, "--format", "json"))
        return {(r["quantity"], s["value"], s["approx"]) for r in ledger for s in r["sources"]}

    assert ("hostages_released", 24, False) in figures()
    reviewed = figures("--reviewed")
    assert ("hostages_released", 24, False) not in reviewed
    assert ("prisoners_released", 151, True) in reviewed and ("other", 12, False) in reviewed
    places = {e["location"] for e in json.loads(run("timeline", "--format", "json"))}
    assert "Cairo" in places and "Giza" not in places
    timeline = json.loads(run("timeline", "--reviewed", "--format", "json"))
    assert [e["date"] for e in timeline if e["location"] == "Giza"] == ["2025-03-02"]
    assert "Timeline as reviewed" in run("timeline", "--reviewed")

    # the gold: counts gone through, events begun and not done
    confirmed = json.loads(
        run("review", "confirm", "truce.txt", "--kind", "count", "--format", "json")
    )
    assert {c["kind"] for c in confirmed} <= {"count"}
    assert rows("counts", "--unreviewed") == []
    gold_dir = tmp_path / "gold"
    [written] = json.loads(run("review", "export", "--gold", str(gold_dir), "--format", "json"))
    assert written["annotated"] == ["counts"] and "events" in written["left"]
    scores = json.loads(
        run("eval", "extraction", "--gold", str(gold_dir), "--resamples", "0", "--format", "json")
    )
    assert scores["annotated"] == ["counts"]
    n = len(counts)  # the extracted figures: one marked wrong, one added
    assert scores["support"]["counts"] == {"extracted": n, "gold": n, "matched": n - 2}
    # the terminal may wrap the path anywhere (a long temporary folder): compare without spaces
    said = "".join(run("review", "export", "--gold", str(gold_dir)).split())
    assert f"{written['file']}:{n}counts;" in said and "eventsnotreviewed" in said

    out = run("review", "confirm", "truce.txt", "--kind", "all")
    assert "0 count(s) marked right (none was left unreviewed)" in out
    [written] = json.loads(run("review", "export", "--gold", str(gold_dir), "--format", "json"))
    claims = ["claims"] if rows("claims") else []  # confirmed too, when the article has some
    assert written["annotated"] == [*claims, "counts", "events"] and written["left"] == {}


def test_bad_item_input_is_one_clear_line(article: Path) -> None:
    count = rows("counts")[0]
    event = rows("events")[0]
    assert "--quantity 'hostage' is not a count quantity; use one of: hostages_taken" in fails(
        "review", "set", count["id"], "--quantity", "hostage"
    )
    assert "--type 'party' is not an event type; use one of: talks" in fails(
        "review", "set", event["id"], "--type", "party"
    )
    assert "--stance does not apply to" in fails("review", "set", event["id"], "--stance", "demand")
    assert "--date 'Monday': a date as YYYY-MM-DD" in fails(
        "review", "set", event["id"], "--date", "Monday"
    )
    assert "an added event needs --type" in fails(
        "review", "add", "truce.txt", "--kind", "event", "--evidence", MISSED
    )
    assert "an added claim needs --actor, --issue, --stance" in fails(
        "review", "add", "truce.txt", "--evidence", MISSED
    )
    assert "--kind 'quote': one of claim, count, event" in fails(
        "review", "confirm", "truce.txt", "--kind", "quote"
    )
    assert "nor a count or event" in fails("review", "undo", "abcd1234")
    # nothing was stored by the failures
    assert all(r["review"] is None for r in rows("counts") + rows("events"))
    run("review", "mark", event["id"], "wrong")
    assert "is unreviewed" in run("review", "undo", event["id"])
    assert "no review to undo" in fails("review", "undo", event["id"])
