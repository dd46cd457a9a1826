"""`accord review` end to end, as a user runs it: ingest an invented article, review what was
read (right, wrong, corrected, added), see the reviewed claims, export them as gold and score
the extractor on them: the figures follow from the reviews."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from review_runner import fails, ingested, run

# an invented report (no real article); the parties are the vocabulary's
ARTICLE = """Mediators report progress in talks over a truce

DOHA, March 3, 2025 - Negotiators met in Doha on Monday for a new round of talks on a truce \
and an exchange of hostages for prisoners, officials said.

A Hamas spokesman said the group demands a permanent ceasefire and the full withdrawal of \
Israeli forces from Gaza before any further releases.

An Israeli official said Israel rejects a permanent ceasefire while Hamas remains in power in Gaza.

Qatar's foreign ministry said it offered to guarantee the implementation of any agreement reached.

Egypt said it would keep the Rafah crossing open for aid trucks, and a spokesman added that \
more aid should enter Gaza every day.

The families of the hostages urged the government to accept a deal that returns every hostage.
"""
ADDED = "more aid should enter Gaza every day"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    return ingested(tmp_path, "talks.txt", ARTICLE)


def key(c: dict) -> tuple[str, str, str]:
    return (c["actor"], c["issue"], c["stance"])


def test_review_export_and_score(article: Path, tmp_path: Path) -> None:
    rows = json.loads(run("review", "claims", "--doc", "talks.txt", "--format", "json"))
    assert len(rows) >= 3, rows  # the test needs three claims read from the article
    assert all(r["review"] is None and r["extracted"] for r in rows)
    right, wrong, fixed, *rest = rows
    run("review", "mark", right["id"], "right")
    run("review", "mark", wrong["id"], "wrong", "--note", "not stated")
    new_actor = "icrc" if fixed["actor"] != "icrc" else "iran"
    run("review", "set", fixed["id"], "--actor", new_actor, "--value", "checked")
    todo = json.loads(run("review", "claims", "--todo", "--format", "json"))
    assert [r["id"] for r in todo] == [r["id"] for r in rest]
    confirmed = json.loads(run("review", "confirm", "talks.txt", "--format", "json"))
    assert len(confirmed) == len(rest) and {c["verdict"] for c in confirmed} == {"right"}
    assert "0 claim(s) marked right (none was left unreviewed)" in run(
        "review", "confirm", "talks.txt"
    )
    added = json.loads(
        run(
            "review",
            "add",
            "talks.txt",
            "--evidence",
            ADDED,
            "--actor",
            "egypt",
            "--issue",
            "humanitarian_aid",
            "--stance",
            "demand",
            "--format",
            "json",
        )
    )
    assert ARTICLE[added["span_start"] : added["span_end"]] == ADDED

    assert json.loads(run("review", "claims", "--todo", "--format", "json")) == []

    # the claims table: a review column on the extracted claims ...
    plain = json.loads(run("claims", "--format", "json"))
    assert {r["id"]: r["review"] for r in plain}[wrong["id"]] == "wrong"
    # ... and the reviewed view: wrong out, correction applied, the added claim in
    reviewed = json.loads(run("claims", "--reviewed", "--format", "json"))
    ids = {r["id"]: r for r in reviewed}
    assert wrong["id"] not in ids
    assert ids[fixed["id"]]["actor"] == new_actor and ids[fixed["id"]]["value"] == "checked"
    assert ids[added["id"]]["evidence"] == ADDED and ids[added["id"]]["review"] == "added"
    assert len(reviewed) == len(rows)  # one out, one in (no duplicate keys in this article)
    csv_text = run("review", "claims", "--format", "csv")
    assert csv_text.splitlines()[0].startswith("id,doc,review,")

    gold_dir = tmp_path / "gold"
    [written] = json.loads(run("review", "export", "--gold", str(gold_dir), "--format", "json"))
    assert written["unreviewed"] == 0
    gold = json.loads(Path(written["file"]).read_text(encoding="utf-8"))
    gold_keys = Counter(key(c) for c in gold["claims"])
    assert gold_keys[key(wrong)] == Counter(key(r) for r in [right, *rest])[key(wrong)]
    assert ("egypt", "humanitarian_aid", "demand") in gold_keys

    scores = json.loads(
        run("eval", "extraction", "--gold", str(gold_dir), "--resamples", "0", "--format", "json")
    )
    extracted = Counter(key(c) for c in plain)
    matched = sum(min(n, gold_keys[k]) for k, n in extracted.items())
    support = scores["support"]["claims"]
    assert support == {
        "extracted": sum(extracted.values()),
        "gold": sum(gold_keys.values()),
        "matched": matched,
    }
    # the claim marked wrong is a false positive, the added one a miss
    assert matched < support["extracted"] and matched < support["gold"]
    assert scores["claims"]["precision"] == round(matched / support["extracted"], 4)
    assert scores["claims"]["recall"] == round(matched / support["gold"], 4)
    # the file annotates claims only: no counts, events or dates rows
    assert scores["annotated"] == ["claims"]
    table = run("eval", "extraction", "--gold", str(gold_dir), "--format", "csv")
    kinds = {line.split(",")[1] for line in table.splitlines()[1:]}
    assert kinds == {"claims", "review coverage", "speaker accuracy"}


def test_bad_review_input_is_one_clear_line(article: Path) -> None:
    [first, *_] = json.loads(run("review", "claims", "--format", "json"))
    assert "--stance 'insists' is not a stance id" in fails(
        "review", "set", first["id"], "--stance", "insists"
    )
    assert "not in document 'talks.txt'" in fails(
        "review",
        "add",
        "talks.txt",
        "--evidence",
        "words nobody wrote",
        "--actor",
        "egypt",
        "--issue",
        "humanitarian_aid",
        "--stance",
        "demand",
    )
    assert "no claim with id 'abcd1234'" in fails("review", "mark", "abcd1234", "right")
    assert "Traceback" not in fails("review", "mark", "zz", "right")
    # nothing was stored by the failures
    assert all(r["review"] is None for r in json.loads(run("review", "claims", "--format", "json")))


def test_undo_takes_a_review_back(article: Path) -> None:
    first = json.loads(run("review", "claims", "--format", "json"))[0]
    run("review", "mark", first["id"], "wrong")
    assert "is unreviewed" in run("review", "undo", first["id"])
    assert json.loads(run("review", "claims", "--format", "json"))[0]["review"] is None
    assert "no review to undo" in fails("review", "undo", first["id"])
