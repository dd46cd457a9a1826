"""A gold file may annotate some kinds only (``annotated``): the others are not scored for it,
and a kind no file annotates has no row (invented text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.errors import EvidenceError
from accord.evidence.score_table import score_rows
from accord.evidence.scoring import load_gold, score
from accord.evidence.types import Claim, Count, Extraction, PublicationDate, Span

TEXT = "Party Alder wants the toll cut. Nine carts crossed."


def _extraction() -> Extraction:
    claim = Claim("alder", None, "toll", "demand", None, Span("d", 0, 30, TEXT[:30]))
    return Extraction(
        "d",
        PublicationDate("2024-05-01", None, None, "text"),
        claims=[claim],
        counts=[Count("carts_crossed", 9, False, None, "", Span("d", 31, 51, TEXT[31:]))],
    )


def _gold(tmp_path: Path, **extra: object) -> dict:
    record = {
        "doc": "d",
        "published": None,
        "claims": [{"actor": "alder", "issue": "toll", "stance": "demand", "evidence": TEXT[:30]}],
        **extra,
    }
    (tmp_path / "d.json").write_text(json.dumps(record), encoding="utf-8")
    return load_gold(tmp_path)


def test_kinds_left_out_are_not_scored(tmp_path: Path) -> None:
    result = score({"d": _extraction()}, _gold(tmp_path, annotated=["claims"]), {"d": TEXT})
    assert result["annotated"] == ["claims"] and result["claims"]["f1"] == 1.0
    assert result["support"]["counts"]["extracted"] == 0  # the count is not a false positive
    assert result["support"]["dates"]["extracted"] == 0  # nor the date
    assert {r["kind"] for r in score_rows(result)} == {
        "claims",
        "review coverage",
        "speaker accuracy",
    }


def test_without_the_field_every_kind_is_scored(tmp_path: Path) -> None:
    result = score({"d": _extraction()}, _gold(tmp_path))
    assert result["annotated"] == ["claims", "counts", "events", "dates"]
    assert result["counts"]["precision"] == 0.0 and result["support"]["counts"]["extracted"] == 1
    assert result["support"]["dates"]["extracted"] == 1  # a date where the gold has none


@pytest.mark.parametrize("bad", [["claims", "quotes"], "claims"])
def test_an_unknown_kind_names_the_file_and_field(tmp_path: Path, bad: object) -> None:
    with pytest.raises(EvidenceError, match=r"d\.json: field 'annotated'"):
        _gold(tmp_path, annotated=bad)
