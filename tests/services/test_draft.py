"""Drafting scenarios from the evidence: dates respected, positions from claims, spans cited."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from accord.analysis import analyze
from accord.cli import app
from accord.evidence.types import (
    Claim,
    Count,
    Document,
    Event,
    Extraction,
    PublicationDate,
    Quote,
    Span,
)
from accord.scenarios import load_scenario
from accord.services.draft import REVIEW, Item, draft, draft_yaml
from accord.services.draft_frame import load_frame
from accord.services.drafts import diff_scenarios

SHARED = (
    Path(os.environ["ACCORD_SHARED"])
    if os.environ.get("ACCORD_SHARED")
    else Path(__file__).resolve().parents[2].parent / "shared"
)

runner = CliRunner()


class Doc:
    """A made-up article: sentences appended with the claims and counts they support."""

    def __init__(self, name: str, published: str | None) -> None:
        self.name, self.published, self.text = name, published, ""
        self.claims: list[Claim] = []
        self.counts: list[Count] = []
        self.events: list[Event] = []

    def _span(self, sentence: str) -> Span:
        start = len(self.text)
        self.text += sentence + " "
        return Span(self.name, start, start + len(sentence), sentence)

    def claim(
        self, sentence: str, actor: str, issue: str, stance: str, value: str | None = None
    ) -> Doc:
        self.claims.append(Claim(actor, None, issue, stance, value, self._span(sentence)))
        return self

    def count(self, sentence: str, quantity: str, value: int, as_of: str | None = None) -> Doc:
        self.counts.append(
            Count(quantity, value, False, as_of, "test figure", self._span(sentence))
        )
        return self

    def event(self, sentence: str, kind: str, day: str, mode: str = "actual") -> Doc:
        self.events.append(Event(kind, day, None, None, [], self._span(sentence), mode))
        return self

    def item(self) -> Item:
        doc = Document(self.name, self.text, outlet="Test Daily", published=self.published)
        ex = Extraction(
            self.name,
            PublicationDate(self.published, None, None, "test"),
            claims=self.claims,
            counts=self.counts,
            events=self.events,
        )
        return Item(doc, ex, dt.date.fromisoformat(self.published) if self.published else None)


FRAME = load_frame()
DAY = dt.date(2024, 6, 1)


def _items() -> list[Item]:
    early = (
        Doc("early", "2024-01-10")
        .claim(
            "Group B demands a permanent end to the war.",
            "hamas",
            "ceasefire",
            "demand",
            "permanent",
        )
        .claim(
            "Side A will never accept a permanent ceasefire.",
            "israel",
            "ceasefire",
            "reject",
            "permanent",
        )
        .count("Group B holds 100 living people.", "hostages_held_living", 100, "2024-01-10")
    )
    later = (
        Doc("later", "2024-05-20")
        .claim("Group B asked for a pause.", "hamas", "ceasefire", "demand", "pause")
        .claim("A mediator tabled a pause.", "qatar", "ceasefire", "offer", "pause")
        .claim("Side A accepted the pause.", "israel", "ceasefire", "accept", "pause")
        .count("Group B now holds 80 living people.", "hostages_held_living", 80)
    )
    future = Doc("future", "2024-07-01").claim(
        "Group B now demands a full withdrawal.", "hamas", "withdrawal", "demand", "full"
    )
    undated = Doc("undated", None).claim(
        "Side A refuses.", "israel", "hamas_rule", "demand", "removed"
    )
    return [early.item(), later.item(), future.item(), undated.item()]


def test_only_documents_published_by_the_date_are_used() -> None:
    d = draft(_items(), DAY, FRAME)
    assert d.used == ["early", "later"]
    assert d.excluded == ["future", "undated"]
    assert {s.doc for s in d.scenario.sources} == {"early", "later"}
    hamas_withdrawal = d.scenario.position("hamas", "withdrawal")
    assert hamas_withdrawal is not None and hamas_withdrawal.assumption.startswith(REVIEW)
    assert any("no known publication date" in n for n in d.notes)


def test_statements_no_claim_was_read_from_are_noted_by_party() -> None:
    """Positions the draft may lack: a party's statements that gave no claim, from the
    documents the draft used only."""
    items = _items()

    def said(item: Item, words: str, actor: str, at: int = 0) -> None:
        span = Span(item.doc.name, at, at + len(words), words)
        item.extraction.quotes.append(Quote(words, True, "A. Speaker", actor, None, span))

    early, _later, future, _undated = items
    said(early, "we will never accept a permanent ceasefire", "israel", 46)  # read: a claim
    said(early, "the weather in the hills is cold this week", "israel", 200)
    said(early, "nobody we know has said a word about this", "a_group_not_in_the_frame", 300)
    said(future, "the weather in the valley is warm this week", "hamas", 200)
    notes = [n for n in draft(items, DAY, FRAME).notes if "gave no claim" in n]
    assert notes == [
        "1 statement(s) for israel gave no claim: positions this draft may lack "
        "(accord statements --unread --actor israel)"
    ]


def test_positions_from_the_latest_claims_and_red_lines_from_firm_words() -> None:
    s = draft(_items(), DAY, FRAME).scenario
    hamas = s.position("hamas", "ceasefire")
    israel = s.position("israel", "ceasefire")
    assert hamas is not None and israel is not None
    assert hamas.ideal == "pause" and hamas.red_line is None  # "asked for" is not absolute
    # "will never accept a permanent ceasefire": the worst level left acceptable is the one below
    assert israel.red_line == "phased"
    assert [r.doc for r in israel.evidence] == ["later", "early"]
    for party in ("israel", "hamas"):
        total = sum(p.weight.value for p in s.positions if p.party == party)
        assert total == pytest.approx(1.0, abs=1e-9)
    weights = {p.issue: p.weight.value for p in s.positions if p.party == "hamas"}
    assert weights["ceasefire"] == max(weights.values())


def test_a_firm_claim_the_party_later_asks_less_than_is_no_red_line() -> None:
    def drafted(later_value: str):
        early = Doc("firm", "2024-01-10").claim(
            "Side A will never settle for less than Group B removed.",
            "israel",
            "hamas_rule",
            "demand",
            "removed",
        )
        later = Doc("later_ask", "2024-03-10").claim(
            f"Side A asked for Group B to be {later_value}.",
            "israel",
            "hamas_rule",
            "demand",
            later_value,
        )
        return draft([early.item(), later.item()], DAY, FRAME).scenario.position(
            "israel", "hamas_rule"
        )

    softer = drafted("disarmed")  # asks for less than the line: the line was given up
    assert softer is not None and softer.red_line is None and softer.ideal == "disarmed"
    assert softer.stance is not None and "is no red line" in softer.stance
    same = drafted("removed")  # restates it: the line stands
    assert same is not None and same.red_line == "removed"


def test_ledger_maxima_proposals_and_responses() -> None:
    s = draft(_items(), DAY, FRAME).scenario
    living = s.issue("hostage_release").categories[0]  # type: ignore[index]
    assert living.max.value == 80 and living.max.sources[0].doc == "later"
    assert [e.count.value for e in s.ledger if e.quantity == "hostages_held_living"] == [100, 80]
    [proposal] = s.proposals
    assert proposal.tabled_by == ["qatar"] and proposal.phases[0].terms == {"ceasefire": "pause"}
    assert proposal.responses == {"israel": "accept"}


def test_a_figure_used_twice_is_written_twice_not_as_a_yaml_alias() -> None:
    # the latest living count is the issue's maximum and a ledger entry: both cite its span
    text = draft_yaml(draft(_items(), DAY, FRAME))
    assert "&id" not in text and "*id" not in text
    assert text.count("Group B now holds 80 living people.") >= 2


def test_the_record_holds_the_deals_reported_before_the_date() -> None:
    first = (
        Doc("first", "2023-12-01")
        .event("The truce began on Friday.", "ceasefire_start", "2023-11-24")
        .event("The truce was extended.", "ceasefire_start", "2023-11-28")
    )
    second = (
        Doc("second", "2024-05-20")
        .event("A truce is due to begin on Sunday.", "ceasefire_start", "2024-05-26", "planned")
        .event("The talks opened in the capital.", "talks", "2024-05-19")
        .event("A truce took hold in April.", "ceasefire_start", "2024-04-02")
    )
    late = Doc("late", "2024-07-01").event("A truce began.", "ceasefire_start", "2024-05-30")
    d = draft([first.item(), second.item(), late.item()], DAY, FRAME)
    assert d.scenario.record is not None and FRAME.record is not None
    assert d.scenario.record.since == FRAME.record.since
    # one deal per truce (its start and extension four days apart are one), dated by its
    # first report; a planned start, another kind of event and a later document are not deals
    deals = d.scenario.record.deals
    assert [x.date for x in deals] == [dt.date(2023, 11, 24), dt.date(2024, 4, 2)]
    assert [len(x.sources) for x in deals] == [2, 1] and deals[0].description.startswith(REVIEW)
    assert any(n.startswith("record: 2 deal(s)") for n in d.notes)
    # a frame without a record drafts none, as before
    bare = FRAME.model_copy(update={"record": None})
    assert draft([first.item()], DAY, bare).scenario.record is None


def test_the_draft_analyses_and_diffs() -> None:
    old = draft(_items(), dt.date(2024, 2, 1), FRAME).scenario
    new = draft(_items(), DAY, FRAME).scenario
    assert analyze(new).packages > 0
    changes = diff_scenarios(old, new)
    moved = {(c["what"], c["party"], c["issue"]) for c in changes}
    assert ("ideal", "hamas", "ceasefire") in moved
    assert ("new proposal", "qatar", None) in moved
    ideal = next(c for c in changes if c["what"] == "ideal" and c["party"] == "hamas")
    assert ideal["before"] == "permanent" and ideal["after"] == "pause"
    assert {r["doc"] for r in ideal["spans"]} == {"later"}
    assert diff_scenarios(new, new) == []


def test_rolling_drafts_one_per_origin(tmp_path: Path) -> None:
    from accord.errors import InputError
    from accord.services.drafts import rolling_drafts

    paths = rolling_drafts(_items(), dt.date(2024, 1, 1), dt.date(2024, 7, 1), 60, tmp_path)
    assert [p.name for p in paths] == [
        f"gaza-draft-{d}.yaml" for d in ("2024-01-01", "2024-03-01", "2024-04-30", "2024-06-29")
    ]
    scenarios = [load_scenario(p) for p in paths]
    assert [len(s.sources) for s in scenarios] == [0, 1, 1, 2]
    with pytest.raises(InputError, match="before --from"):
        rolling_drafts([], dt.date(2024, 2, 1), dt.date(2024, 1, 1), 30, tmp_path)


def test_a_bad_frame_names_the_file_and_field(tmp_path: Path) -> None:
    from accord.errors import InputError

    bad = tmp_path / "frame.yaml"
    bad.write_text("version: 1\nid: x\n")
    with pytest.raises(InputError, match=r"frame\.yaml: title"):
        load_frame(bad)


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "news").is_dir(), reason=f"no shared news at {SHARED}")
def test_draft_from_the_corpus_and_the_news(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("ACCORD_CORPUS", str(SHARED / "corpus"))
    out = runner.invoke(
        app,
        [
            "ingest",
            str(SHARED / "corpus"),
            str(SHARED / "news" / "articles.jsonl"),
            "--format",
            "json",
        ],
    )
    assert out.exit_code == 0, out.output
    published = {
        json.loads(line)["id"]: json.loads(line)["published"]
        for line in (SHARED / "news" / "articles.jsonl").read_text("utf-8").splitlines()
    }
    files: dict[str, Path] = {}
    for day in ("2024-06-01", "2025-03-06"):
        files[day] = tmp_path / f"draft-{day}.yaml"
        out = runner.invoke(
            app, ["draft", "--as-of", day, "-o", str(files[day]), "--format", "json"]
        )
        assert out.exit_code == 0, out.output
        report: dict[str, Any] = json.loads(out.stdout)
        s = load_scenario(files[day])
        for src in s.sources:
            assert src.published is not None and src.published.isoformat() <= day
            if src.doc in published and published[src.doc]:
                assert published[src.doc] <= day
        for party in ("israel", "hamas"):
            assert len([p for p in s.positions if p.party == party]) >= 6
            assert sum(1 for n in report["claims_per_issue"][party].values() if n) >= 4
        valid = runner.invoke(app, ["validate", str(files[day])])
        assert valid.exit_code == 0, valid.output
        assert analyze(s).packages > 0
    diff = runner.invoke(
        app,
        ["draft", "--as-of", "2025-03-06", "--diff", str(files["2024-06-01"]), "--format", "json"],
    )
    changes = json.loads(diff.stdout)["changes"]
    assert any(c["what"] in ("ideal", "red line", "weight") for c in changes)
    for c in changes:
        for ref in c["spans"]:
            day = published.get(ref["doc"])
            assert day is None or day <= "2025-03-06"
    # rolling origins: a draft every 180 days, each forecast from its own date
    out = runner.invoke(
        app,
        [
            "backtest",
            "--every",
            "180d",
            "--from",
            "2024-01-01",
            "--to",
            "2025-01-01",
            "--runs",
            "50",
            "--horizon",
            "60",
            "--format",
            "json",
        ],
    )
    assert out.exit_code == 0, out.output
    rows = json.loads(out.stdout)
    assert [r["date"] for r in rows] == ["2024-01-01", "2024-06-29", "2024-12-26"]
    assert all("error" not in r for r in rows), rows
