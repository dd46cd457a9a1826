"""Time discipline: a snapshot cites only what was published by its date."""

from __future__ import annotations

import datetime as dt
import functools

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli.app import app
from accord.scenarios import builtin_paths, load_scenario
from accord.scenarios.timeline import publication_windows, source_date_problems

runner = CliRunner()
LATER = "003_dc610e0354c53506.txt"  # undated; names a minister in office from 2024-11-08


@pytest.mark.parametrize("sid", sorted(builtin_paths()))
def test_built_in_snapshots_cite_nothing_later_than_their_date(sid) -> None:
    sc = load_scenario(sid)
    assert source_date_problems(sc) == []
    for doc, (_earliest, latest) in publication_windows(sc).items():
        assert latest is not None and latest <= sc.date, doc


@pytest.mark.parametrize("sid", sorted(builtin_paths()))
def test_built_ins_state_every_behavioural_constant_with_a_dated_reason(sid) -> None:
    sc = load_scenario(sid)
    dyn = sc.dynamics
    for ev in (dyn.red_line_yield, dyn.round_days, dyn.phase_days, dyn.perception_noise):
        assert (
            ev is not None and ev.assumption is not None and ev.assumption.low < ev.assumption.high
        )
    for ev in (dyn.red_line_yield, dyn.round_days, dyn.phase_days):
        assert (
            sc.date.isoformat() in ev.assumption.reason
            or sc.date.strftime("%B %Y") in ev.assumption.reason
            or any(s.doc for s in ev.sources)
        )


def _with_later_citation(tmp_path, published: dict) -> str:
    data = yaml.safe_load(builtin_paths()["gaza-2024-04"].read_text(encoding="utf-8"))
    data["sources"].append({"doc": LATER, **published})
    pos = next(
        p for p in data["positions"] if p["party"] == "israel" and p["issue"] == "withdrawal"
    )
    pos["evidence"].append(
        {
            "doc": LATER,
            "start": 1804,
            "end": 1898,
            "quote": "accepting a full withdrawal and blanket ceasefire would allow the terror "
            "group to reconstitute",
        }
    )
    path = tmp_path / "later.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (
            {"published_earliest": "2024-11-08"},
            "published no earlier than 2024-11-08, after the snapshot's date 2024-04-03",
        ),
        (
            {"published": "2025-01-10"},
            "published on 2025-01-10, after the snapshot's date 2024-04-03",
        ),
        (
            {"published_earliest": "2023-10-07", "published_latest": "2025-10-10"},
            "may have been published after",
        ),
        ({}, "has no publication date"),
    ],
)
def test_validate_rejects_a_later_or_undated_source_naming_it_and_both_dates(
    tmp_path, corpus, published, expected
) -> None:
    path = _with_later_citation(tmp_path, published)
    r = runner.invoke(app, ["validate", path, "--corpus", str(corpus)])
    assert r.exit_code != 0
    assert LATER in r.output and expected in r.output
    assert "Traceback" not in r.output


def test_validate_passes_the_built_ins(corpus) -> None:
    for sid in builtin_paths():
        r = runner.invoke(app, ["validate", sid, "--corpus", str(corpus)])
        assert r.exit_code == 0, r.output


def test_a_date_from_the_evidence_store_counts() -> None:
    sc = load_scenario("gaza-2024-04")
    data = sc.model_dump(mode="json")
    data["positions"][3]["evidence"].append(
        {"doc": LATER, "start": 1804, "end": 1808, "quote": "acce"}
    )
    cited = type(sc).model_validate(data)
    assert "no publication date" in source_date_problems(cited)[0][1]
    assert source_date_problems(cited, {LATER: dt.date(2024, 3, 1)}) == []
    assert "after the snapshot" in source_date_problems(cited, {LATER: dt.date(2024, 12, 1)})[0][1]


@functools.cache
def _april_2024():
    return load_scenario("gaza-2024-04")


@settings(max_examples=30, deadline=None)
@given(offset=st.integers(-400, 400), width=st.integers(0, 400))
def test_a_range_passes_exactly_when_it_ends_by_the_snapshot(offset, width) -> None:
    sc = _april_2024()  # read once; each example edits its own dump of it
    data = sc.model_dump(mode="json")
    earliest = sc.date + dt.timedelta(days=offset)
    latest = earliest + dt.timedelta(days=width)
    data["sources"].append(
        {
            "doc": "x.txt",
            "published_earliest": earliest.isoformat(),
            "published_latest": latest.isoformat(),
        }
    )
    problems = source_date_problems(type(sc).model_validate(data))
    assert (problems == []) == (latest <= sc.date)


def test_a_recorded_deal_after_the_snapshot_is_rejected() -> None:
    sc = load_scenario("gaza-2024-04")
    data = sc.model_dump(mode="json")
    data["record"]["deals"].append(
        {"date": "2024-06-01", "description": "invented, after the snapshot"}
    )
    problems = source_date_problems(type(sc).model_validate(data))
    assert problems and problems[0][0] == ("record", "deals", 1, "date")
    assert "2024-06-01" in problems[0][1] and "2024-04-03" in problems[0][1]


def test_linkages_name_known_issues_and_categories() -> None:
    from pydantic import ValidationError

    sc = load_scenario("gaza-2025-03")
    data = sc.model_dump(mode="json")
    data["linkages"][0]["denominator"] = {"issue": "hostage_release", "category": "nobody"}
    data["linkages"].append(
        {
            "id": "bad",
            "kind": "requires",
            "description": "x",
            "when": {"ceasefire": "forever"},
            "then": {"withdrawl": "full"},
            "assumption": "test",
        }
    )
    with pytest.raises(ValidationError) as err:
        type(sc).model_validate(data)
    text = str(err.value)
    assert (
        "unknown category 'nobody'" in text
        and "unknown issue 'withdrawl'" in text
        and "forever" in text
    )
