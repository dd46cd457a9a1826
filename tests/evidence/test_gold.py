"""The extractor reaches the agreed scores on the shared gold annotations."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from accord.evidence.extract import extract_many
from accord.evidence.ingest import read_documents
from accord.evidence.scoring import load_gold, score


def shared_dir() -> Path:
    env = os.environ.get("ACCORD_SHARED")
    return Path(env) if env else Path(__file__).parents[2].parent / "shared"


SHARED = shared_dir()
pytestmark = pytest.mark.skipif(
    not (SHARED / "gold").is_dir() or not (SHARED / "corpus").is_dir(),
    reason=f"no shared corpus and gold at {SHARED} (set ACCORD_SHARED)",
)


@pytest.fixture(scope="module")
def result() -> dict:
    docs = list(read_documents(SHARED / "corpus"))
    extractions = {e.doc: e for e in extract_many(docs)}
    return score(extractions, load_gold(SHARED / "gold"), {d.name: d.text for d in docs})


def test_claims_f1(result: dict) -> None:
    assert result["claims"]["f1"] >= 0.775, result["claims"]


def test_speaker_accuracy(result: dict) -> None:
    assert result["attributes"]["claims.speaker"] >= 0.95, result["attributes"]


def test_review_coverage(result: dict) -> None:
    """Gold positions inside a claim or a statement no claim was read from."""
    assert result["attributes"]["claims.review_recall"] >= 0.9, result["attributes"]


def test_counts_f1(result: dict) -> None:
    assert result["counts"]["f1"] == 1.0, result["counts"]


def test_events_f1(result: dict) -> None:
    assert result["events"]["f1"] >= 0.81, result["events"]


def test_dates_are_right_for_every_dated_article(result: dict) -> None:
    assert result["dates"]["precision"] == 1.0
    assert result["dates"]["recall"] == 1.0


def test_article_dated_by_its_news_gets_the_day_and_a_range_around_it() -> None:
    # 004 names no date: its lede reports a reaction to a public milestone
    docs = [d for d in read_documents(SHARED / "corpus") if d.name.startswith("004_")]
    (ex,) = list(extract_many(docs))
    gold = load_gold(SHARED / "gold")[docs[0].name]["published"]
    assert ex.published.date == gold
    assert ex.published.earliest is not None and ex.published.earliest <= gold
    assert ex.published.latest is not None and gold <= ex.published.latest


def test_undated_article_gets_a_range_not_a_date() -> None:
    docs = [d for d in read_documents(SHARED / "corpus") if d.name.startswith("003_")]
    (ex,) = list(extract_many(docs))
    assert ex.published.date is None
    assert ex.published.earliest is not None
