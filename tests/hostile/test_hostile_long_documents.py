"""Long documents against the extraction budget (issue 13): refused by name with the limit, the
length and the option to raise, the rest of the folder ingested; a re-run with a higher budget
stores and extracts them in sections, without duplicates; the API says the same with a 4xx.

Timings are not asserted here (they are in BENCHMARKS.md, "One long article"); every CLI case
runs in a child whose peak memory is checked against 1 GB (``hostile_run.accord``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hostile_run import accord

from accord.evidence.ingest import SECTION_CHARS, sections
from accord.evidence.pipeline import run_extraction
from accord.evidence.types import Document
from accord.store.documents import DocumentStore
from accord.validators import MAX_CHARS


def long_text(chars: int) -> str:
    """Distinct news-like paragraphs (invented), ``chars`` characters in all."""
    out, k, n = [], 0, 0
    while n < chars:
        k += 1
        para = (
            f"Update {k}. Qatar said on Monday that round {k} of the talks would resume in "
            f"Doha. Israel said {k + 40} trucks of aid had crossed. Hamas said it rejected "
            f'the proposal for a permanent ceasefire. "We are close," a negotiator said.\n\n'
        )
        out.append(para)
        n += len(para)
    return "".join(out)[:chars]


def _folder(tmp_path: Path, long_chars: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.txt").write_text(long_text(long_chars))
    (folder / "short.txt").write_text("Qatar said the talks would resume on Monday.")
    return folder


def _stored(home: Path) -> list[Document]:
    with DocumentStore(home / "accord.duckdb") as store:
        return list(store.documents())


@pytest.mark.parametrize("chars", [1_000_000, 19_000_000])
def test_a_document_over_the_budget_is_named_and_the_rest_goes_in(
    home: Path, tmp_path: Path, chars: int
) -> None:
    folder = _folder(tmp_path, chars)
    (folder / "wires.jsonl").write_text(
        json.dumps({"id": "wire-long", "text": long_text(MAX_CHARS + 1)})
        + "\n"
        + json.dumps({"id": "wire-short", "text": "Egypt said the crossing opened."})
        + "\n"
    )
    result = accord(home, "ingest", str(folder), "--format", "json")
    assert result.code == 0 and "Traceback" not in result.output, result.output
    report = json.loads(result.stdout)
    assert sorted(report["added"]) == ["short.txt", "wire-short"]
    assert report["extracted"] == 2
    too_long = {t["name"]: t for t in report["too_long"]}
    assert set(too_long) == {"long.txt", "wire-long"}
    assert too_long["long.txt"]["chars"] == chars
    assert too_long["wire-long"]["chars"] == MAX_CHARS + 1
    assert {t["limit"] for t in too_long.values()} == {MAX_CHARS}
    reason = too_long["long.txt"]["reason"]
    for needle in (str(folder / "long.txt"), f"{chars:,} characters", f"{MAX_CHARS:,}"):
        assert needle in reason, reason
    assert f"--max-chars {chars}" in reason
    assert "wires.jsonl:1" in too_long["wire-long"]["reason"]
    assert sorted(d.name for d in _stored(home)) == ["short.txt", "wire-short"]  # not stored


def test_the_table_output_says_too_long_and_nothing_in_exits_3(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.txt").write_text(long_text(MAX_CHARS + 1))
    result = accord(home, "ingest", str(folder))
    assert result.code == 3 and "nothing was ingested" in result.stderr, result.output
    assert "1 too long" in result.stdout
    flat = " ".join(result.stdout.split())
    assert f"{MAX_CHARS + 1:,} characters" in flat and f"--max-chars {MAX_CHARS + 1}" in flat
    assert _stored(home) == []


def test_html_markup_far_over_the_budget_is_refused_before_it_is_parsed(
    home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    paragraphs = "".join(f"<p>{p}</p>" for p in long_text(30_000).split("\n\n"))
    (folder / "page.html").write_text(f"<html><body><article>{paragraphs}</article></body></html>")
    (folder / "short.txt").write_text("Qatar said the talks would resume on Monday.")
    result = accord(
        home, "ingest", str(folder), "--format", "json", "--no-extract", "--max-chars", "1000"
    )
    report = json.loads(result.stdout)
    assert result.code == 0 and report["added"] == ["short.txt"], result.output
    (item,) = report["too_long"]
    assert "of html" in item["reason"] and "20 times" in item["reason"]
    assert "(20,000)" in item["reason"] and "--max-chars" in item["reason"]
    assert item["name"] == "page.html" and item["limit"] == 20_000


def test_raising_the_budget_stores_and_extracts_it_once(home: Path, tmp_path: Path) -> None:
    folder = _folder(tmp_path, 40_000)
    first = accord(home, "ingest", str(folder), "--format", "json", "--max-chars", "30000")
    assert first.code == 0 and json.loads(first.stdout)["added"] == ["short.txt"], first.output
    again = accord(home, "ingest", str(folder), "--format", "json", "--max-chars", "50000")
    report = json.loads(again.stdout)
    assert again.code == 0 and report["too_long"] == [], again.output
    assert report["duplicates"] == ["short.txt"]
    parts = report["added"]
    assert parts == [f"long.txt#{k}" for k in range(1, len(parts) + 1)] and len(parts) >= 3
    assert report["extracted"] == len(parts)
    third = json.loads(
        accord(home, "ingest", str(folder), "--format", "json", "--max-chars", "50000").stdout
    )
    assert third["added"] == [] and third["extracted"] == 0
    docs = _stored(home)
    assert len(docs) == len(parts) + 1 and len({d.hash for d in docs}) == len(docs)
    assert all(len(d.text) <= SECTION_CHARS for d in docs)
    assert "".join(d.text for d in docs if d.name.startswith("long.txt#")) == long_text(40_000)


def test_a_long_documents_sections_spread_over_workers_give_the_same_extractions() -> None:
    doc = Document(name="long.txt", text=long_text(3 * SECTION_CHARS), published="2024-05-06")
    parts = sections(doc)
    assert len(parts) >= 3
    one = [e.to_dict() for e in run_extraction(parts)]
    two = [e.to_dict() for e in run_extraction(parts, workers=2)]
    assert two == one
    assert sum(len(e["claims"]) for e in one) > 0


# ---- the API: the same budget, a 4xx with the limit, the value and what to change


@pytest.fixture
def api(home: Path, monkeypatch: pytest.MonkeyPatch):
    testclient = pytest.importorskip("fastapi.testclient")
    from accord.web.app import WebConfig, create_app

    monkeypatch.setenv("ACCORD_HOME", str(home))

    def make(**config: object):
        return testclient.TestClient(create_app(WebConfig(persist=False, **config)))  # type: ignore[arg-type]

    return make


def test_the_api_refuses_a_text_over_the_budget_and_takes_the_next(api, home: Path) -> None:
    with api() as client:
        text = long_text(1_000_000)
        r = client.post("/api/evidence/documents", json={"name": "long.txt", "text": text})
        assert r.status_code == 400, r.text
        body = r.json()
        assert body["error"] == "DocumentTooLong"
        for needle in ("long.txt", "1,000,000 characters", f"{MAX_CHARS:,}", "--max-chars"):
            assert needle in body["detail"], body
        assert _stored(home) == []
        for chars in (5_000_000, 19_000_000):  # over the request body cap: refused unread
            r = client.post("/api/evidence/documents", json={"name": "x", "text": "a" * chars})
            assert r.status_code == 413 and r.json()["error"] == "RequestTooLarge", r.text
            assert "3,000,000 bytes" in r.json()["detail"]
        r = client.post(
            "/api/evidence/documents",
            json={"name": "short.txt", "text": "Qatar said the talks would resume on Monday."},
        )
        assert r.status_code == 201 and r.json()["added"] is True, r.text
    assert [d.name for d in _stored(home)] == ["short.txt"]


def test_a_server_with_a_raised_budget_stores_a_long_text_in_sections(api, home: Path) -> None:
    with api(max_chars=50_000) as client:
        text = long_text(40_000)
        r = client.post("/api/evidence/documents", json={"name": "long.txt", "text": text})
        assert r.status_code == 201, r.text
        out = r.json()
        assert out["added"] is True and out["name"] == "long.txt"
        assert out["sections"][:2] == ["long.txt#1", "long.txt#2"] and len(out["sections"]) >= 3
        assert out["claims"] is not None and out["claims"] > 0
        again = client.post("/api/evidence/documents", json={"name": "long.txt", "text": text})
        assert again.status_code == 201 and again.json()["added"] is False
    docs = _stored(home)
    assert sorted(d.name for d in docs) == sorted(out["sections"])
    assert all(len(d.text) <= SECTION_CHARS for d in docs)
