"""Reviewing counts and events through the services, on a real store whose article the
extractor read: ids shared with claims, verdicts, corrections checked against the
vocabulary, added items, confirm, undo, the reviewed view and the export as gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.errors import EvidenceError, InputError, NotFoundError
from accord.evidence.scoring import load_gold, score
from accord.model.extraction import Document
from accord.services.ingest import stored_extractions
from accord.services.item_reviews import add_item, item_rows
from accord.services.review_actions import (
    confirm_any,
    correct_any,
    find_any,
    forget_any,
    mark_any,
)
from accord.services.review_gold import export_gold
from accord.services.reviews import claim_rows
from accord.store.documents import DocumentStore

# an invented report (no real article)
TEXT = (
    "Hostages freed as truce holds\n\n"
    "DOHA, March 3, 2025 - Hamas freed 24 hostages on Sunday, and Israel released 150 "
    "Palestinian prisoners, officials said.\n\n"
    "Negotiators met in Cairo on Monday for a new round of talks on extending the truce.\n\n"
    "About 59 hostages are still held in Gaza, according to Israeli officials.\n\n"
    "Mediators will meet in Paris next week.\n"
)


@pytest.fixture
def store(tmp_path: Path):
    with DocumentStore(tmp_path / "s.duckdb") as s:
        s.add(Document(name="truce.txt", text=TEXT))
        yield s


def _by(rows: list[dict], field: str) -> dict:
    return {r[field]: r for r in rows}


def test_counts_and_events_are_listed_with_ids_unique_across_kinds(store: DocumentStore) -> None:
    counts = item_rows(store, "count", "truce.txt")
    events = item_rows(store, "event")
    assert {"hostages_released", "prisoners_released"} <= {r["quantity"] for r in counts}
    assert "talks" in {r["type"] for r in events}
    assert all(r["review"] is None and r["extracted"] for r in counts + events)
    assert all(TEXT[r["start"] : r["end"]] == r["evidence"] for r in counts + events)
    ids = [r["id"] for r in counts + events + claim_rows(store)]
    assert len(ids) == len(set(ids)) and all(len(i) >= 8 for i in ids)
    with pytest.raises(NotFoundError, match="no document named 'x.txt'"):
        item_rows(store, "count", "x.txt")
    with pytest.raises(InputError, match="item kind 'quote'"):
        item_rows(store, "quote")


def test_mark_correct_add_and_the_reviewed_view(store: DocumentStore) -> None:
    counts = _by(item_rows(store, "count"), "quantity")
    talks = _by(item_rows(store, "event"), "location")["Cairo"]
    freed, jailed = counts["hostages_released"], counts["prisoners_released"]
    assert mark_any(store, freed["id"][:6], "wrong", note="not this day")[0] == "count"
    kind, review = correct_any(store, jailed["id"], {"value": 151, "approx": True})
    assert (kind, review.verdict, review.fields["value"]) == ("count", "corrected", 151)
    correct_any(store, talks["id"], {"location": "Giza", "date": "2025-03-02"})
    meeting = "Mediators will meet in Paris next week."
    added = add_item(store, "event", "truce.txt", meeting, {"type": "meeting", "mode": "planned"})
    assert (added.verdict, added.fields["location"]) == ("added", None)

    rows = _by(item_rows(store, "count"), "quantity")
    assert rows["hostages_released"]["review"] == "wrong"
    assert rows["hostages_released"]["note"] == "not this day"
    fixed = rows["prisoners_released"]
    assert (fixed["value"], fixed["approx"], fixed["was"]["value"]) == (151, True, 150)
    assert item_rows(store, "event", todo=True) == [
        r for r in item_rows(store, "event") if r["id"] not in (talks["id"], added.id)
    ]

    [ex] = stored_extractions(store, reviewed=True)
    assert "hostages_released" not in {c.quantity for c in ex.counts}
    assert [(c.value, c.approx) for c in ex.counts if c.quantity == "prisoners_released"] == [
        (151, True)
    ]
    places = {(e.type, e.location, e.date, e.mode) for e in ex.events}
    assert ("talks", "Giza", "2025-03-02", "actual") in places
    assert ("meeting", None, None, "planned") in places
    [raw] = stored_extractions(store)  # as extracted unless asked
    assert "hostages_released" in {c.quantity for c in raw.counts}

    # marking a correction right undoes it; undo takes a review back, and an added one out
    mark_any(store, jailed["id"], "right")
    assert _by(item_rows(store, "count"), "quantity")["prisoners_released"]["value"] == 150
    assert forget_any(store, freed["id"])[0] == "count"
    assert _by(item_rows(store, "count"), "quantity")["hostages_released"]["review"] is None
    forget_any(store, added.id)
    assert "meeting" not in {r["type"] for r in item_rows(store, "event")}
    with pytest.raises(InputError, match="no review to undo"):
        forget_any(store, freed["id"])


def test_bad_values_are_refused_naming_the_allowed_ones(store: DocumentStore) -> None:
    count = item_rows(store, "count")[0]
    event = item_rows(store, "event")[0]
    with pytest.raises(InputError, match="--quantity 'hostages' is not a count quantity; use one"):
        correct_any(store, count["id"], {"quantity": "hostages"})
    with pytest.raises(InputError, match="--type 'party' is not an event type; use one of: talks"):
        correct_any(store, event["id"], {"type": "party"})
    with pytest.raises(InputError, match="--mode 'demanded' is not an event mode; .*planned"):
        correct_any(store, event["id"], {"mode": "demanded"})
    with pytest.raises(InputError, match="--date 'Monday': a date as YYYY-MM-DD"):
        correct_any(store, event["id"], {"date": "Monday"})
    with pytest.raises(InputError, match="--value -3: a count is a whole number"):
        correct_any(store, count["id"], {"value": -3})
    with pytest.raises(InputError, match="--quantity does not apply to .* \\(an event\\)"):
        correct_any(store, event["id"], {"quantity": "other"})
    with pytest.raises(InputError, match="--actor does not apply to .* \\(a count\\)"):
        correct_any(store, count["id"], {"actor": "hamas"})
    with pytest.raises(InputError, match="nothing to set"):
        correct_any(store, count["id"], {})
    with pytest.raises(NotFoundError, match="no claim with id 'abcd1234' .* nor a count or event"):
        find_any(store, "abcd1234")
    with pytest.raises(InputError, match="an added count needs --value"):
        add_item(store, "count", "truce.txt", "59 hostages", {"quantity": "other"})
    with pytest.raises(EvidenceError, match="not in document 'truce.txt'"):
        add_item(store, "event", "truce.txt", "words nobody wrote", {"type": "talks"})
    with pytest.raises(InputError, match="reads this count already"):
        add_item(
            store,
            "count",
            "truce.txt",
            count["evidence"],
            {"quantity": count["quantity"], "value": count["value"]},
        )
    # nothing was stored by the failures
    assert all(r["review"] is None for r in item_rows(store, "count") + item_rows(store, "event"))


def test_export_annotates_the_kinds_gone_through(store: DocumentStore, tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    counts = item_rows(store, "count")
    wrong, *rest = counts
    mark_any(store, wrong["id"], "wrong")
    events = item_rows(store, "event")
    mark_any(store, events[0]["id"], "right")  # events begun, not done
    [row] = export_gold(store, gold_dir)
    assert row["file"] is None and row["annotated"] == []
    assert row["left"] == {"counts": len(rest), "events": len(events) - 1}
    confirm_any(store, "truce.txt", ("count",))
    [row] = export_gold(store, gold_dir)
    assert row["annotated"] == ["counts"] and row["counts"] == len(rest)
    assert set(row["left"]) == {"events"}
    gold = json.loads(Path(row["file"]).read_text(encoding="utf-8"))
    assert gold["events"] == [] and len(gold["counts"]) == len(rest)
    assert all(c["evidence"] in TEXT for c in gold["counts"])

    # the scorer reads the counts only: the one marked wrong is the one false positive
    [ex] = stored_extractions(store)
    scores = score({"truce.txt": ex}, load_gold(gold_dir), {"truce.txt": TEXT})
    assert scores["annotated"] == ["counts"]
    assert scores["support"]["counts"] == {
        "extracted": len(counts),
        "gold": len(rest),
        "matched": len(rest),
    }
    confirm_any(store, "truce.txt", ("event",))
    [row] = export_gold(store, gold_dir)
    assert row["annotated"] == ["counts", "events"] and row["left"] == {}
    assert export_gold(store, gold_dir, partial=True)[0]["annotated"] == ["counts", "events"]
    with pytest.raises(InputError, match="--kind 'quote'"):
        confirm_any(store, "truce.txt", ("quote",))


def test_drafts_read_the_reviewed_counts_and_events(store: DocumentStore) -> None:
    from accord.services.drafts import items_from_store

    talks = [r for r in item_rows(store, "event") if r["type"] == "talks"]
    freed = _by(item_rows(store, "count"), "quantity")["hostages_released"]
    for row in talks:
        mark_any(store, row["id"], "wrong")
    correct_any(store, freed["id"], {"value": "25"}, None)
    [item] = items_from_store(store)
    assert talks and "talks" not in {e.type for e in item.extraction.events}
    released = [c.value for c in item.extraction.counts if c.quantity == "hostages_released"]
    assert released == [25]
