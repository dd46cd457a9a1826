"""Ingest on hostile folders: broken files skipped by name, nothing read from outside, nothing
stored twice, exit codes that say whether anything went in, and a kill -9 that loses nothing."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_run import CHILD_SCRIPT, SHARED, accord, child_env, needs_corpus

from accord.errors import InputError
from accord.evidence.ingest import SECTION_CHARS, scan, sections
from accord.evidence.types import Document
from accord.store.documents import DocumentStore, normalized_hash
from accord.validators import check_text, clean_published


def _ingest_json(home: Path, *paths: Path, extract: bool = False) -> tuple[int, dict]:
    args = ["ingest", *map(str, paths), "--format", "json"] + ([] if extract else ["--no-extract"])
    result = accord(home, *args)
    assert "Traceback" not in result.output, result.output
    return result.code, json.loads(result.stdout)


def _stored(home: Path) -> list[Document]:
    with DocumentStore(home / "accord.duckdb") as store:
        return list(store.documents())


def test_a_folder_gives_article_files_only_and_never_leaves(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Qatar said talks would resume on Monday.")
    (folder / "sub" / "b.html").write_text(
        "<html><body><article><p>Egypt said the crossing "
        "would open on Tuesday for aid trucks.</p></article>"
        "</body></html>"
    )
    (folder / "notes.md").write_text("# not an article")
    (folder / "data.json").write_text("{}")
    (folder / "config.yaml").write_text("a: 1")
    (folder / ".hidden.txt").write_text("hidden")
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET outside the folder")
    os.symlink(secret, folder / "link.txt")
    os.symlink(tmp_path, folder / "loop")
    files, skipped = scan([folder])
    assert sorted(p.name for p in files) == ["a.txt", "b.html"]
    reasons = {Path(p).name: r for p, r in skipped}
    assert set(reasons) == {"notes.md", "data.json", "config.yaml", "link.txt", "loop"}
    assert "outside the folder" in reasons["link.txt"]
    code, report = _ingest_json(home, folder)
    assert code == 0 and sorted(report["added"]) == ["a.txt", "b.html"]
    assert {Path(s["path"]).name for s in report["skipped"]} == set(reasons)
    assert all("SECRET" not in d.text for d in _stored(home))


def test_broken_and_binary_files_are_named_and_the_rest_goes_in(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Hamas said it received the proposal.")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "latin1.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    (folder / "empty.txt").write_text("   \n")
    (folder / "nul-late.txt").write_bytes(b"text " * 5000 + b"\x00 more")
    (folder / "broken.jsonl").write_text(
        '{"id": "ok", "text": "Israel said it sent a team."}\n'
        '{"id": "bad", "text": \n'
        '{"id": "nul", "text": "a\\u0000b"}\n'
        '{"id": "blank", "text": "  "}\n'
    )
    code, report = _ingest_json(home, folder)
    assert code == 0
    assert sorted(report["added"]) == ["good.txt", "ok"]
    failed = " ".join(f["reason"] for f in report["failed"])
    for name in (
        "binary.txt",
        "latin1.txt",
        "empty.txt",
        "nul-late.txt",
        "broken.jsonl:2",
        "broken.jsonl:3",
        "broken.jsonl:4",
    ):
        assert name in failed, failed


def test_exit_code_says_nothing_was_ingested(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notes.md").write_text("not an article")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02")
    result = accord(home, "ingest", str(folder), "--no-extract")
    assert result.code == 3 and "nothing was ingested" in result.stderr
    assert "Traceback" not in result.output
    (folder / "good.txt").write_text("Qatar said the talks resumed.")
    assert accord(home, "ingest", str(folder), "--no-extract").code == 0
    assert accord(home, "ingest", str(folder), "--no-extract").code == 0  # all already stored


def test_duplicate_ids_and_bad_dates_are_renamed_or_dropped_with_warnings(
    home: Path, tmp_path: Path
) -> None:
    records = [
        {"id": "wire", "text": "Qatar said talks resumed.", "published": "not a date"},
        {"id": "wire", "text": "Egypt said the crossing opened.", "published": "0000-01-01"},
        {"id": "other", "text": "Hamas said it would reply.", "published": "2099-12-31"},
        {"id": "fine", "text": "Israel said it sent a team.", "published": "2024-05-06"},
    ]
    path = tmp_path / "wires.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    code, report = _ingest_json(home, path)
    assert code == 0 and sorted(report["added"]) == ["fine", "other", "wire", "wire~2"]
    assert report["renamed"] == [{"from": "wire", "to": "wire~2"}]
    warnings = " ".join(report["warnings"])
    for bad in ("not a date", "0000-01-01", "2099-12-31"):
        assert bad in warnings
    dates = {d.name: d.published for d in _stored(home)}
    assert dates == {"wire": None, "wire~2": None, "other": None, "fine": "2024-05-06"}
    # a second file reusing an id with a new text is renamed against the store as well
    again = tmp_path / "more.jsonl"
    again.write_text(json.dumps({"id": "fine", "text": "Qatar said a new round begins."}) + "\n")
    assert _ingest_json(home, again)[1]["added"] == ["fine~2"]


@needs_corpus
def test_near_identical_texts_are_stored_once(home: Path, tmp_path: Path) -> None:
    source = sorted((SHARED / "corpus").glob("*.txt"))[0]
    text = source.read_text(encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plain.txt").write_text(text)
    variant = text.replace('"', "\u201c").replace("'", "\u2019").replace(" - ", " \u2014 ")
    (folder / "variant.txt").write_text("  " + variant.upper().replace(" ", "  ") + "\n\n")
    (folder / "as.jsonl").write_text(json.dumps({"id": "same", "text": text.replace("\n", " \n")}))
    assert normalized_hash(text) == normalized_hash(variant.upper())
    code, report = _ingest_json(home, folder)
    assert code == 0 and len(report["added"]) == 1 and len(report["duplicates"]) == 2
    assert len(_stored(home)) == 1


def test_texts_are_checked_the_same_way_everywhere() -> None:
    for bad in ("", "   ", "a\x00b"):
        with pytest.raises(InputError):
            check_text(bad)
    assert clean_published("2024-02-30")[0] is None
    assert clean_published("2024-02-29T10:00:00Z") == ("2024-02-29", None)


def test_a_long_text_is_split_into_sections_that_cover_it() -> None:
    paragraph = "The mediators said the talks would continue on Monday. " * 20 + "\n\n"
    doc = Document(name="long.txt", text=paragraph * 400, published="2024-01-01")
    parts = sections(doc)
    assert len(parts) > 1 and all(len(p.text) <= SECTION_CHARS for p in parts)
    assert "".join(p.text for p in parts) == doc.text
    assert [p.name for p in parts[:2]] == ["long.txt#1", "long.txt#2"]
    assert {p.published for p in parts} == {"2024-01-01"}


@needs_corpus
@pytest.mark.slow
def test_a_long_article_is_extracted_in_bounded_memory(home: Path, tmp_path: Path) -> None:
    # distinct paragraphs built from the annotated articles at test time (nothing stored in the repo)
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "corpus").glob("*.txt"))]
    parts, k = [], 0
    while sum(map(len, parts)) < 120_000:
        for t in texts:
            k += 1
            parts.append(f"Update {k}.\n\n{t}\n\n")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.txt").write_text("".join(parts))
    result = accord(
        home, "ingest", str(folder), "--format", "json", "--max-chars", "200000", timeout=600
    )  # over the default extraction budget: raised, so it is stored in sections and extracted
    assert result.code == 0, result.output
    report = json.loads(result.stdout)
    assert len(report["added"]) >= 8 and report["extracted"] == len(report["added"])
    assert result.peak_mb < 1024


def test_an_ingest_killed_midway_resumes_without_loss_or_duplicates(
    home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    n = 4000
    for k in range(n):
        (folder / f"{k:05d}.txt").write_text(f"Report {k}: the mediators said round {k} ended.")
    (folder / f"{n:05d}.txt").write_text("Report 0: the mediators said round 0 ended.")  # duplicate
    db = home / "accord.duckdb"
    rng = random.Random(7)
    partial = []
    for _attempt in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD_SCRIPT, "ingest", str(folder), "--no-extract"],
            env=child_env(home),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # wait for the first committed batch (DuckDB's write-ahead log grows), then kill at a
        # random point of the rest of the loop
        wal = db.with_name(db.name + ".wal")
        deadline = time.monotonic() + 120
        while (
            proc.poll() is None
            and time.monotonic() < deadline
            and not (wal.exists() and wal.stat().st_size > 0)
        ):
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.3))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        partial.append(len(_stored(home)))
    assert partial == sorted(partial)  # what was committed before a kill stays committed
    code, report = _ingest_json(home, folder)
    assert code == 0
    docs = _stored(home)
    names = [d.name for d in docs]
    assert len(docs) == n and len(set(names)) == n
    assert len({d.hash for d in docs}) == n
    assert set(names) == {f"{k:05d}.txt" for k in range(n)}
    print("documents stored after each kill:", partial)
