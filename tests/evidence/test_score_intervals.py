"""The 95 % intervals of ``accord eval extraction``: a percentile bootstrap over documents,
checked on tallies and on scored extractions built by hand (invented text)."""

from __future__ import annotations

import time

import numpy as np

from accord.evidence.score_intervals import (
    accuracy_interval,
    document_intervals,
    draws,
    f1_interval,
    f1_values,
)
from accord.evidence.score_table import score_rows
from accord.evidence.scoring import Tally, prf, score
from accord.evidence.types import Claim, Extraction, PublicationDate, Span

TEXT = "Party Alder wants the toll cut. Party Birch rejects it."


def extraction(name: str, stances: list[str]) -> Extraction:
    words = TEXT[:31]
    return Extraction(
        doc=name,
        published=PublicationDate(None, None, None, "none"),
        claims=[
            Claim("a", "Ann Vale", "toll", s, None, Span(name, 0, len(words), words))
            for s in stances
        ],
    )


def gold(stances: list[str]) -> dict:
    claims = [
        {"actor": "a", "issue": "toll", "stance": s, "speaker": "Ann Vale", "evidence": TEXT[:31]}
        for s in stances
    ]
    return {"claims": claims, "counts": [], "events": [], "published": None}


def test_resamples_draw_each_document_with_replacement() -> None:
    w = draws(5, 200, seed=3)
    assert w.shape == (200, 5) and (w.sum(axis=1) == 5).all() and w.min() >= 0
    assert (w == 0).any() and (w > 1).any()  # some left out, some drawn twice
    assert (draws(5, 200, seed=3) == w).all()


def test_f1_follows_prf_on_every_edge_case() -> None:
    for tp, pred, gold_n in [(3, 4, 6), (0, 0, 0), (0, 2, 0), (0, 0, 2), (2, 2, 2), (0, 3, 3)]:
        got = float(f1_values(np.array([tp, pred, tp, gold_n])))
        assert round(got, 4) == prf(tp, pred, gold_n)["f1"]


def test_one_document_collapses_the_interval_to_the_point() -> None:
    ex = {"d1": extraction("d1", ["demand", "reject"])}
    g = {"d1": gold(["demand", "accept", "reject"])}
    result = score(ex, g, resamples=500, seed=0)
    point = result["claims"]["f1"]
    assert 0 < point < 1
    assert result["intervals"]["claims"] == {"f1_low": point, "f1_high": point}
    assert result["interval"] == {
        "method": "percentile bootstrap over documents",
        "level": 0.95,
        "resamples": 500,
        "seed": 0,
    }


def test_identical_documents_give_the_point_too() -> None:
    names = ["d1", "d2"]
    ex = {n: extraction(n, ["demand", "reject"]) for n in names}
    g = {n: gold(["demand", "accept", "reject"]) for n in names}
    result = score(ex, g, resamples=300, seed=5)
    point = result["claims"]["f1"]
    assert result["intervals"]["claims"] == {"f1_low": point, "f1_high": point}
    speaker = result["attributes"]["claims.speaker"]
    assert result["intervals"]["claims.speaker"] == {"low": speaker, "high": speaker}


def test_a_perfect_and_a_failed_document_span_the_whole_range() -> None:
    # resampling two documents gives both twice (F1 1), each once (0.5) or the failed one
    # twice (0) with chances 1/4, 1/2, 1/4: the 95 % interval runs from 0 to 1
    tallies = np.array([[1, 1, 1, 1], [0, 1, 0, 1]])
    assert f1_interval(tallies, resamples=1000, seed=0) == (0.0, 1.0)
    assert accuracy_interval(np.array([[1, 1], [0, 1]]), resamples=1000, seed=0) == (0.0, 1.0)
    # with many such documents the interval narrows around 0.5
    many = np.tile(tallies, (50, 1))
    low, high = f1_interval(many, resamples=1000, seed=0)
    assert 0.35 < low < 0.5 < high < 0.65


def test_the_same_seed_gives_the_same_interval() -> None:
    names = [f"d{i}" for i in range(6)]
    runs = [["demand"], ["demand", "reject"], ["accept"], [], ["reject"], ["demand"]]
    ex = {n: extraction(n, r) for n, r in zip(names, runs, strict=True)}
    g = {n: gold(["demand", "reject"]) for n in names}
    first = score(ex, g, resamples=400, seed=11)
    again = score(ex, g, resamples=400, seed=11)
    assert first["intervals"] == again["intervals"]
    low, high = first["intervals"]["claims"]["f1_low"], first["intervals"]["claims"]["f1_high"]
    assert low < first["claims"]["f1"] < high
    others = {
        (r["intervals"]["claims"]["f1_low"], r["intervals"]["claims"]["f1_high"])
        for r in (score(ex, g, resamples=50, seed=s) for s in range(8))
    }
    assert len(others) > 1  # the seed is used: few resamples differ between seeds


def test_rows_carry_the_interval_and_none_without_resamples() -> None:
    ex = {"d1": extraction("d1", ["demand"])}
    g = {"d1": gold(["demand"])}
    rows = score_rows(score(ex, g, resamples=100))
    claims = next(r for r in rows if r["kind"] == "claims")
    assert (claims["f1_low"], claims["f1_high"]) == (1.0, 1.0)
    speaker = next(r for r in rows if r["kind"] == "speaker accuracy")
    assert (speaker["f1_low"], speaker["f1_high"]) == (1.0, 1.0)
    plain = score(ex, g)
    assert "intervals" not in plain and "interval" not in plain
    assert all(r["f1_low"] is None and r["f1_high"] is None for r in score_rows(plain))


def test_thirty_documents_a_thousand_resamples_well_under_a_second() -> None:
    rng = np.random.default_rng(0)
    per_doc = []
    for _ in range(30):
        doc = {}
        for kind in ("claims", "counts", "events", "dates"):
            t = Tally(*rng.integers(0, 9, size=3).tolist())
            t.attrs = {"speaker": [int(rng.integers(0, 5)), 5]} if kind == "claims" else {}
            doc[kind] = t
        per_doc.append(doc)
    start = time.perf_counter()
    got = document_intervals(per_doc, resamples=1000, seed=0)
    took = time.perf_counter() - start
    assert set(got) == {"claims", "counts", "events", "dates", "claims.speaker"}
    assert took < 1.0, took  # measured ~0.01 s; a shared machine may be slower
