"""Words, not internals: the one formatting module, and what the CLI, the report and the API say."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from accord.analysis import analyze
from accord.cli import app
from accord.report.fmt import Names, humanize, number, pct, seconds, utility
from accord.report.html import render_report, report_context
from accord.report.words import analysis_view, executive_summary
from accord.scenarios import load_scenario

IDENTIFIER = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")


@pytest.mark.parametrize(
    "p,text",
    [
        (0.0, "0%"),
        (1.0, "100%"),
        (0.0023, "0.23%"),
        (0.00001, "<0.01%"),
        (0.05, "5.0%"),
        (0.5, "50%"),
        (0.999, "99.9%"),
        (0.99999, ">99.99%"),
        (None, "–"),
        (float("nan"), "–"),
    ],
)
def test_percentages_have_the_precision_they_need(p, text):
    assert pct(p) == text


def test_numbers_durations_and_utilities_read_plainly():
    assert number(2011.089) == "2,011"
    assert number(1407.75, "prisoners") == "1,408 prisoners"
    assert number(0.45) == "0.45" and number(11.021) == "11"
    assert number(float("inf")) == "–" and number(None) == "–"
    assert seconds(2.9138) == "2.9 s" and seconds(0.04) == "40 ms" and seconds(185) == "3 min 5 s"
    assert utility(0.149143, signed=True) == "+0.149"
    assert humanize("life_sentences") == "life sentences"


def test_terms_use_the_scenario_names_and_units():
    names = Names(load_scenario("gaza-2025-03"))
    assert names.party("israel") == "Government of Israel"
    assert names.term("prisoner_release", {"general": 1000, "life_sentences": 33}) == (
        "1,000 prisoners without life sentences and 33 prisoners serving life sentences"
    )
    assert names.term("humanitarian_aid", 150.0) == "150 trucks per day"
    assert names.term("security_guarantees", "international_force") == "international force"
    # a conditional red line says its condition
    assert "applies only if" in names.red_line("israel", "hamas_rule")
    older = Names(
        load_scenario("gaza-2024-04")
    )  # categories without names: the unit and the id in words
    assert older.term("prisoner_release", {"general": 1000, "life_sentences": 33}) == (
        "1,000 prisoners (general) and 33 prisoners (life sentences)"
    )


@pytest.mark.parametrize("sid", ["gaza-2023-12", "gaza-2024-04", "gaza-2025-03"])
def test_sentences_carry_no_ids_or_python_reprs(sid):
    a = analyze(load_scenario(sid))
    d = analysis_view(a)
    text = " ".join(
        d["summary"]
        + executive_summary(d, Names(a.scenario))
        + [c for r in d["text"]["diagnosis"] for c in r["concessions"]]
    )
    assert "{'" not in text and "None" not in text
    assert not IDENTIFIER.findall(text), IDENTIFIER.findall(text)[:5]


def test_the_report_opens_with_an_executive_summary_and_no_raw_numbers():
    forecast = {
        "summary": {
            "p_deal_by_horizon": 0.7585,
            "p_deal_band": [0.7452, 0.7714],
            "horizon_days": 120,
            "median_days_to_deal": 50,
            "implementation": {"completed": 0.642, "collapsed": 0.169},
            "runs": 4096,
            "start": "2025-03-06",
            "milestones": [],
            "outcomes": {
                "prisoners_released": {"mean": 2011.089, "p5": 0, "p50": 1474, "p95": 3084}
            },
        },
        "id": "r1",
        "created_at": "2026-01-01T00:00:00",
        "code_version": "x",
        "config": {"protocol": "mediated", "seed": 0},
        "charts": {"curve": "", "outcomes": "", "tornado": ""},
    }
    ctx = report_context(load_scenario("gaza-2025-03"), include_store=False, forecast=forecast)
    html = render_report(ctx, inline_js=False)
    body = html.split("<body>", 1)[1]
    assert body.index("Executive summary") < body.index("1. Positions")
    assert "76% chance of a first deal within 120 days" in body
    assert "2011.089" not in body and "2,011" in body
    assert not re.search(r"\d\.\d{4} s", body)  # durations are rounded ("2.9 s")
    assert "{'" not in body


def test_cli_help_shows_no_bool_metavars_or_literal_backticks():
    runner = CliRunner()
    commands = [c.name for c in app.registered_commands if c.name] + ["report", "serve", "analyze"]
    for name in sorted(set(commands)):
        out = runner.invoke(app, [name, "--help"], env={"COLUMNS": "120"}).output
        assert "<bool>" not in out and "``" not in out, name
