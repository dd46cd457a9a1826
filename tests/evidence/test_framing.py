"""Framing by outlet: the words each outlet uses, in whose voice, with spans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import EvidenceError
from accord.evidence.framing import FramingVocabulary, find_terms, framing_by, load_vocabulary
from accord.evidence.types import Document

from .test_gold import SHARED

runner = CliRunner()

VOCAB = FramingVocabulary.model_validate(
    {
        "version": 1,
        "reporting_cues": ["said", "according to"],
        "groups": [
            {"id": "strikers", "label": "workers on strike", "terms": ["strikers", "wreckers"]},
            {
                "id": "held",
                "label": "people held",
                "terms": ["captives", "hostages"],
                "default_terms": ["hostages"],
                "markers": ["foreign"],
            },
            {
                "id": "jailed",
                "label": "people jailed",
                "terms": ["captives", "prisoners"],
                "default_terms": ["prisoners"],
                "markers": ["local"],
            },
            {"id": "talks", "label": "the talks", "terms": ["deal"], "not_followed_by": ["with"]},
        ],
    }
)


def _uses(text: str) -> list[tuple[str, str, str]]:
    return [(u.group, u.term, u.voice) for u in find_terms(text, VOCAB)]


def test_voice_is_own_quoted_or_reported() -> None:
    text = (
        'The strikers marched. "They are wreckers," the manager said. '
        "The strikers are paid too little, according to the union."
    )
    assert _uses(text) == [
        ("strikers", "strikers", "own"),
        ("strikers", "wreckers", "quoted"),
        ("strikers", "strikers", "reported"),
    ]


def test_shared_terms_resolved_by_markers_in_the_same_sentence_only() -> None:
    assert _uses("Ten local captives and two foreign captives were freed.") == [
        ("jailed", "captives", "own"),
        ("held", "captives", "own"),
    ]
    # a marker in the previous sentence does not count; no default for "captives": skipped
    assert _uses("Local news. Captives were freed.") == []
    assert _uses("Hostages and prisoners were freed.") == [
        ("held", "hostages", "own"),
        ("jailed", "prisoners", "own"),
    ]


def test_excluded_continuations_and_word_boundaries() -> None:
    assert _uses("They will deal with it. The deal holds. Dealers came.") == [
        ("talks", "deal", "own")
    ]


def test_framing_by_outlet_keeps_spans_and_claims() -> None:
    docs = [
        Document(
            name="a", text="The strikers won the deal.", outlet="Daily A", published="2024-01-02"
        ),
        Document(name="b", text='"Wreckers," he said.', outlet="Weekly B", published=None),
    ]
    rows = framing_by(docs, VOCAB, claims={"a": ["union", "union", "employer"]})
    by_key = {r["key"]: r for r in rows}
    a = by_key["Daily A"]
    strikers = next(g for g in a["groups"] if g["group"] == "strikers")
    ex = strikers["terms"][0]["example"]
    assert docs[0].text[ex["start"] : ex["end"]] == ex["text"] == "strikers"
    assert a["claims_by_actor"][0] == {"actor": "union", "claims": 2, "share": 2 / 3}
    assert by_key["Weekly B"]["attributed_share"] == 1.0
    months = framing_by(docs, VOCAB, by="month")
    assert [r["key"] for r in months] == ["2024-01", "undated"]
    with pytest.raises(EvidenceError, match="--by"):
        framing_by(docs, VOCAB, by="year")


def test_vocabulary_errors_name_the_file_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "framing.yaml"
    bad.write_text(
        "version: 1\ngroups:\n  - id: x\n    label: X\n    terms: [a]\n    default_terms: [b]\n"
    )
    with pytest.raises(EvidenceError, match=r"framing\.yaml: groups\.0: .*default_terms"):
        load_vocabulary(bad)
    with pytest.raises(EvidenceError, match="cannot read"):
        load_vocabulary(tmp_path / "missing.yaml")


def test_builtin_vocabulary_labels_are_plain_words() -> None:
    vocab = load_vocabulary()
    for group in vocab.groups:
        assert "_" not in group.label and group.label == group.label.strip()


@pytest.mark.skipif(not (SHARED / "news").is_dir(), reason=f"no shared news at {SHARED}")
def test_framing_command_on_the_news(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))
    news = SHARED / "news" / "articles.jsonl"
    out = runner.invoke(app, ["ingest", str(news), "--no-extract", "--format", "json"])
    assert out.exit_code == 0, out.output
    out = runner.invoke(app, ["framing", "--format", "json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.stdout)["rows"]
    texts = {
        json.loads(line)["id"]: json.loads(line)["text"]
        for line in news.read_text("utf-8").splitlines()
    }
    assert len(rows) >= 15  # one row per outlet
    for row in rows:
        for group in row["groups"]:
            for term in group["terms"]:
                ex = term["example"]
                assert texts[ex["doc"]][ex["start"] : ex["end"]].lower() == term["term"]
                assert 0 <= term["own_voice"] <= term["count"]
    table = runner.invoke(app, ["framing", "--group", "people_held_in_gaza"])
    assert table.exit_code == 0 and "people held in Gaza" in table.stdout
    bad = runner.invoke(app, ["framing", "--group", "nope"])
    assert bad.exit_code == 2 and "unknown group" in bad.output


def test_the_page_and_report_evidence_carry_framing(tmp_path: Path) -> None:
    from accord.report.evidence_views import evidence_view
    from accord.store.documents import DocumentStore

    db = tmp_path / "store.duckdb"
    with DocumentStore(db) as store:
        store.add(
            Document(
                name="a",
                text="Militants freed two hostages, officials said.",
                outlet="Daily A",
                published="2024-01-02",
            )
        )
    view = evidence_view(db)
    [row] = view["framing"]
    assert row["key"] == "Daily A"
    groups = {g["group"]: g for g in row["groups"]}
    assert groups["people_held_in_gaza"]["terms"][0]["term"] == "hostages"
    assert groups["armed_group_members"]["terms"][0]["own_voice"] == 0  # a reported sentence


def test_framing_on_a_new_store_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "new-home"))
    out = runner.invoke(app, ["framing"])
    assert out.exit_code == 0 and "accord ingest" in out.stdout
