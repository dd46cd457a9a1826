"""The evidence commands end to end, in a temporary ACCORD_HOME."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app

from .test_gold import SHARED

runner = CliRunner()
needs_shared = pytest.mark.skipif(
    not (SHARED / "corpus").is_dir(), reason=f"no shared corpus at {SHARED}"
)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@needs_shared
def test_ingest_ledger_timeline_claims() -> None:
    out = runner.invoke(app, ["ingest", str(SHARED / "corpus"), "--format", "json"])
    assert out.exit_code == 0, out.output
    assert len(json.loads(out.stdout)["added"]) == 5
    again = json.loads(
        runner.invoke(app, ["ingest", str(SHARED / "corpus"), "--format", "json"]).stdout
    )
    assert again["added"] == [] and len(again["duplicates"]) == 5
    ledger = json.loads(
        runner.invoke(app, ["ledger", "--quantity", "hostages_taken", "--format", "json"]).stdout
    )
    taken = next(r for r in ledger if r["as_of"] == "2023-10-07")
    assert {240, 250, 251} <= set(taken["values"]) and taken["disagreement"]
    events = json.loads(runner.invoke(app, ["timeline", "--format", "json"]).stdout)
    dates = [e["date"] for e in events]
    assert dates == sorted(dates) and events
    claims = json.loads(
        runner.invoke(
            app, ["claims", "--actor", "hamas", "--issue", "ceasefire", "--format", "json"]
        ).stdout
    )
    assert claims and all(c["actor"] == "hamas" for c in claims)
    text = (SHARED / "corpus" / claims[0]["doc"]).read_text(encoding="utf-8")
    assert text[claims[0]["start"] : claims[0]["end"]] == claims[0]["evidence"]


@needs_shared
def test_eval_extraction_json_shape() -> None:
    out = runner.invoke(
        app,
        [
            "eval",
            "extraction",
            "--gold",
            str(SHARED / "gold"),
            "--docs",
            str(SHARED / "corpus"),
            "--format",
            "json",
        ],
    )
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert {"claims", "counts", "events", "dates", "attributes"} <= set(data)
    assert set(data["claims"]) == {"precision", "recall", "f1"}


@needs_shared
def test_eval_extraction_gives_intervals_and_an_error_profile_in_json_and_csv() -> None:
    def run(fmt: str) -> str:
        out = runner.invoke(
            app,
            ["eval", "extraction", "--gold", str(SHARED / "gold"), "--docs"]
            + [str(SHARED / "corpus"), "--errors", "--seed", "3", "--resamples", "300"]
            + ["--format", fmt],
        )
        assert out.exit_code == 0, out.output
        return out.stdout

    data = json.loads(run("json"))
    assert set(data["claims"]) == {"precision", "recall", "f1"}  # unchanged for old readers
    assert data["interval"]["resamples"] == 300 and data["interval"]["seed"] == 3
    for kind in ("claims", "counts", "events"):
        bounds = data["intervals"][kind]
        assert bounds["f1_low"] <= data[kind]["f1"] <= bounds["f1_high"]
        support = data["support"][kind]
        for side in ("gold", "extracted"):
            assert sum(data["errors"][kind][side].values()) == support[side] - support["matched"]
    assert data["intervals"]["claims"]["f1_low"] < data["intervals"]["claims"]["f1_high"]
    assert "error_items" not in data  # counts only unless --list
    rows = list(csv.DictReader(io.StringIO(run("csv"))))
    claims = next(r for r in rows if (r["part"], r["kind"], r["side"]) == ("all", "claims", ""))
    assert float(claims["f1_low"]) == data["intervals"]["claims"]["f1_low"]  # same seed
    speaker = next(r for r in rows if r["kind"] == "speaker accuracy")
    assert float(speaker["f1_high"]) == data["intervals"]["claims.speaker"]["high"]
    causes = {(r["kind"], r["side"], r["category"]): int(r["items"]) for r in rows if r["side"]}
    assert causes[("claims", "gold", "not found")] == data["errors"]["claims"]["gold"]["not found"]
    assert "evidence" not in rows[0]


def test_eval_list_needs_errors(tmp_path: Path) -> None:
    out = runner.invoke(app, ["eval", "extraction", "--gold", str(tmp_path), "--list"])
    assert out.exit_code == 2 and "--list prints the items of --errors" in out.output


@needs_shared
def test_evidence_check_reports_positions_and_unmodelled() -> None:
    runner.invoke(app, ["ingest", str(SHARED / "corpus")])
    out = runner.invoke(app, ["evidence", "check", "gaza-2025-03", "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    hamas_ceasefire = next(
        p for p in data["positions"] if (p["party"], p["issue"]) == ("hamas", "ceasefire")
    )
    assert hamas_ceasefire["supporting"]
    assert "unmodelled" in data
    # per party, the statements that gave no claim, from the documents read (not those left out)
    unread = data["unread_statements"]
    statements = json.loads(
        runner.invoke(app, ["statements", "--unread", "--format", "json"]).stdout
    )
    expected: dict[str, int] = {}
    for q in statements:
        left_out = data["excluded"]["undated"] + data["excluded"]["after"]
        if q["doc"] not in left_out and q["actor"] in {
            "israel",
            "hamas",
            "qatar",
            "egypt",
            "united_states",
            "hostage_families",
        }:
            expected[q["actor"]] = expected.get(q["actor"], 0) + 1
    assert unread == expected and unread.get("israel", 0) > 0
    table = runner.invoke(app, ["evidence", "check", "gaza-2025-03"]).stdout
    assert "Statements that gave no claim" in " ".join(table.split())


def test_bad_gold_folder_is_a_clear_error(tmp_path: Path) -> None:
    out = runner.invoke(app, ["eval", "extraction", "--gold", str(tmp_path / "nope")])
    assert out.exit_code == 2
    assert "not a folder of gold JSON files" in " ".join(out.output.split())


def test_empty_tables_say_why_and_what_to_do() -> None:
    for command in ("ledger", "timeline", "claims"):
        out = runner.invoke(app, [command])
        assert out.exit_code == 0, out.output
        assert "nothing to show" in out.stdout and "accord ingest" in out.stdout, command
