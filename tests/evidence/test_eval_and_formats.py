"""`accord eval extraction` on JSON Lines with splits; every evidence table as JSON and CSV;
sources cited by outlet, date and URL; `evidence check` reads news up to the scenario's date.
The documents are written for the test."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import InputError
from accord.evidence.scoring import evaluate, parse_split

runner = CliRunner()

DOCS = [
    {
        "id": "01_wire",
        "url": "https://news.example/01",
        "title": "Hostages freed",
        "outlet": "Example Wire",
        "published": "2025-02-01",
        "text": "Militants released 12 hostages on Saturday. Hamas demands a permanent ceasefire.",
    },
    {
        "id": "02_daily",
        "url": "https://daily.example/02",
        "title": "Prisoners freed",
        "outlet": "Example Daily",
        "published": "2025-04-01",
        "text": " date 2025-04-01 Israel freed 90 Palestinian prisoners on Monday.",
    },
]
GOLD = [
    {
        "doc": "01_wire",
        "published": "2025-02-01",
        "claims": [],
        "events": [],
        "counts": [
            {
                "quantity": "hostages_released",
                "value": 12,
                "approx": False,
                "as_of": "2025-02-01",
                "qualifier": "",
                "evidence": "12 hostages",
            }
        ],
    },
    {
        "doc": "02_daily",
        "published": "2025-04-01",
        "claims": [],
        "events": [],
        "counts": [
            {
                "quantity": "prisoners_released",
                "value": 90,
                "approx": False,
                "as_of": "2025-03-31",
                "qualifier": "",
                "evidence": "90 Palestinian prisoners",
            }
        ],
    },
]


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture()
def data(tmp_path: Path) -> tuple[Path, Path]:
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    for g in GOLD:
        (gold / f"{g['doc']}.json").write_text(json.dumps(g), encoding="utf-8")
    return jsonl, gold


def test_split_by_prefix_or_file(tmp_path: Path) -> None:
    assert parse_split("heldout=04_, 08_") == ("heldout", ("04_", "08_"))
    ids = tmp_path / "ids.txt"
    ids.write_text("# set aside\n02_daily\n", encoding="utf-8")
    assert parse_split(f"aside={ids}") == ("aside", ("02_daily",))
    with pytest.raises(InputError, match="NAME=PREFIX"):
        parse_split("heldout")


def test_eval_takes_json_lines_and_scores_each_split(data: tuple[Path, Path]) -> None:
    jsonl, gold = data
    result = evaluate(gold, jsonl, splits=[("aside", ("02_",))])
    assert result["counts"]["f1"] == 1.0
    assert result["splits"]["aside"]["support"]["counts"]["gold"] == 1
    assert result["splits"]["rest"]["support"]["counts"]["gold"] == 1


def test_eval_without_metadata_dates_infers_them_from_the_text(data: tuple[Path, Path]) -> None:
    jsonl, gold = data
    result = evaluate(gold, jsonl, without_published=True)
    # 02 states its date at the top; 01 gives only a weekday, so it stays undated
    assert result["support"]["dates"] == {"extracted": 1, "gold": 2, "matched": 1}


def test_eval_cli_csv_has_a_row_per_part_and_kind(data: tuple[Path, Path]) -> None:
    jsonl, gold = data
    out = runner.invoke(
        app,
        [
            "eval",
            "extraction",
            "--gold",
            str(gold),
            "--docs",
            str(jsonl),
            "--split",
            "aside=02_",
            "--format",
            "csv",
        ],
    )
    assert out.exit_code == 0, out.output
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert {(r["part"], r["kind"]) for r in rows} >= {
        ("all", "counts"),
        ("aside", "dates"),
        ("rest", "counts"),
    }


def test_eval_cli_table_footnotes_the_interval_and_lists_items_when_asked(
    data: tuple[Path, Path],
) -> None:
    jsonl, gold = data
    args = ["eval", "extraction", "--gold", str(gold), "--docs", str(jsonl), "--errors"]
    out = runner.invoke(app, args)
    assert out.exit_code == 0, out.output
    text = " ".join(out.stdout.split())
    assert "interval" in text and "The interval resamples documents" in text
    assert "the fewer the documents (2 here), the wider it is" in text
    # the tables fit 80 columns (the test console's width) and cut no header or figure short
    rows = [ln for ln in out.stdout.splitlines() if "┃" in ln or "│" in ln]
    assert rows and all(len(ln) <= 80 and "…" not in ln for ln in rows), rows
    assert "P precision, R recall" in text
    assert "Unmatched items by nearest cause" in text and "no gold claim there" in text
    assert "Unmatched items (their words)" not in text
    listed = runner.invoke(app, [*args, "--list"])
    assert "Unmatched items (their words)" in " ".join(listed.stdout.split())
    items = json.loads(runner.invoke(app, [*args, "--list", "--format", "json"]).stdout)
    assert all(i["doc"] in ("01_wire", "02_daily") for i in items["error_items"])
    support = items["support"]
    assert len(items["error_items"]) == sum(
        support[k]["extracted"] + support[k]["gold"] - 2 * support[k]["matched"]
        for k in ("claims", "counts", "events")
    )
    none = runner.invoke(
        app,
        ["eval", "extraction", "--gold", str(gold), "--docs", str(jsonl)]
        + ["--resamples", "0", "--format", "csv"],
    )
    rows = list(csv.DictReader(io.StringIO(none.stdout)))
    assert rows and all(r["f1_low"] == "" for r in rows) and "side" not in rows[0]


def test_tables_as_json_and_csv_cite_outlet_date_and_url(data: tuple[Path, Path]) -> None:
    jsonl, _gold = data
    assert runner.invoke(app, ["ingest", str(jsonl)]).exit_code == 0
    ledger = json.loads(runner.invoke(app, ["ledger", "--format", "json"]).stdout)
    source = ledger[0]["sources"][0]
    assert {source["outlet"], source["url"]} <= {
        "Example Wire",
        "Example Daily",
        "https://news.example/01",
        "https://daily.example/02",
    }
    assert all(r["mode"] == "actual" for r in ledger)
    lines = list(
        csv.DictReader(io.StringIO(runner.invoke(app, ["ledger", "--format", "csv"]).stdout))
    )
    assert {r["outlet"] for r in lines} == {"Example Wire", "Example Daily"}
    assert {r["as_of"] for r in lines} == {"2025-02-01", "2025-03-31"}  # what they refer to
    claims = json.loads(runner.invoke(app, ["claims", "--format", "json"]).stdout)
    assert claims and {"value", "mode", "outlet", "url", "published"} <= set(claims[0])
    rows = list(
        csv.DictReader(io.StringIO(runner.invoke(app, ["claims", "--format", "csv"]).stdout))
    )
    assert rows[0]["outlet"] == "Example Wire"
    out = runner.invoke(app, ["timeline", "--undated", "--format", "csv"])
    assert out.exit_code == 0 and out.stdout.splitlines()[0].startswith("date,type")


def test_check_reads_only_news_published_by_the_scenario_date(data: tuple[Path, Path]) -> None:
    jsonl, _gold = data
    runner.invoke(app, ["ingest", str(jsonl)])
    report = json.loads(
        runner.invoke(app, ["evidence", "check", "gaza-2025-03", "--format", "json"]).stdout
    )
    assert report["as_of"] == "2025-03-06" and report["excluded"]["after"] == ["02_daily"]
    early = json.loads(
        runner.invoke(
            app, ["evidence", "check", "gaza-2025-03", "--as-of", "2025-01-01", "--format", "json"]
        ).stdout
    )
    assert early["excluded"]["after"] == ["01_wire", "02_daily"]
    assert all(not p["supporting"] and not p["contradicting"] for p in early["positions"])
    bad = runner.invoke(app, ["evidence", "check", "gaza-2025-03", "--as-of", "soon"])
    assert bad.exit_code != 0 and "YYYY-MM-DD" in bad.output
