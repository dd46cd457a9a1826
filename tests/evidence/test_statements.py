"""``accord statements``: every attributed statement with the claims read from it, the unread
ones for a reader; and the review coverage ``eval extraction`` reports for them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.evidence.extract import extract_document
from accord.evidence.score_table import score_rows
from accord.evidence.scoring import score
from accord.evidence.tables import statement_rows, statements
from accord.evidence.types import Document

runner = CliRunner()

# invented: one statement the rules read a position from, one they do not
TEXT = (
    "Talks resume in the capital\n\n"
    'Hamas spokesman Omar Vale said on Monday: "We reject the proposal for a ceasefire '
    'that does not end the war."\n\n'
    'Vale also told reporters: "The roads in the hills have been closed by snow all week '
    'and the trucks wait."\n\n'
    'An Israeli official called it "a stunt."\n'
)
READ = "We reject the proposal"
UNREAD = "The roads in the hills"


@pytest.fixture(scope="module")
def extraction():
    return extract_document(Document(name="a.txt", text=TEXT))


def test_statements_flag_what_no_claim_was_read_from(extraction) -> None:
    rows = statement_rows([extraction])
    by_words = {r["evidence"].strip('"')[:22]: r for r in rows}
    assert set(by_words) == {READ, UNREAD}  # "a stunt." is a term: fewer than four words
    assert by_words[READ]["claims"] == ["hamas reject ceasefire"]
    assert by_words[UNREAD]["claims"] == []
    assert {r["actor"] for r in rows} == {"hamas"}
    assert {r["speaker"] for r in rows} == {"Omar Vale"}
    for r in rows:
        assert TEXT[r["start"] : r["end"]] == r["evidence"]
    unread = statements([extraction], unread=True)
    assert [q.text.strip('"')[:22] for q, _read, _pub in unread] == [UNREAD]
    assert statements([extraction], actor="israel") == []
    assert len(statements([extraction], min_words=1)) == 3


def test_review_coverage_counts_gold_claims_inside_listed_items(extraction) -> None:
    def gold(words: str) -> dict:
        return {
            "claims": [
                {
                    "actor": "hamas",
                    "issue": "humanitarian_aid",
                    "stance": "demand",
                    "evidence": words,
                }
            ],
            "counts": [],
            "events": [],
            "published": None,
        }

    texts = {"a.txt": TEXT}
    inside = score({"a.txt": extraction}, {"a.txt": gold("closed by snow all week")}, texts)
    assert inside["support"]["review"] == {"extracted": 2, "gold": 1, "matched": 1}
    assert inside["claims"]["recall"] == 0.0  # no such claim was read; its words are listed
    row = next(r for r in score_rows(inside) if r["kind"] == "review coverage")
    assert (row["recall"], row["precision"]) == (1.0, 0.5)
    outside = score({"a.txt": extraction}, {"a.txt": gold("Talks resume in the capital")}, texts)
    assert outside["support"]["review"]["matched"] == 0


def test_statements_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt")]).exit_code == 0
    every = json.loads(runner.invoke(app, ["statements", "--format", "json"]).stdout)
    assert [r["claims"] for r in every] == [["hamas reject ceasefire"], []]
    unread = json.loads(runner.invoke(app, ["statements", "--unread", "--format", "json"]).stdout)
    assert [r["evidence"].strip('"')[:22] for r in unread] == [UNREAD]
    csv = runner.invoke(app, ["statements", "--format", "csv", "--actor", "hamas"]).stdout
    assert csv.splitlines()[0].startswith("published,actor,speaker,description,direct,claims")
    assert len(csv.splitlines()) == 3
    table = runner.invoke(app, ["statements", "--unread"])
    assert table.exit_code == 0 and "Statements no claim was read from" in table.stdout
    none = runner.invoke(app, ["statements", "--actor", "israel"])
    assert "nothing to show" in none.stdout


def test_a_reader_who_leaves_early_is_no_error() -> None:
    """``accord schema | head -1``: the closed pipe ends the command quietly, not as a bug."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "accord", "schema"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # before the command writes a byte: its writes meet a closed pipe
    err = proc.stderr.read().decode()
    assert proc.wait() == 1
    assert "internal error" not in err and "Traceback" not in err
