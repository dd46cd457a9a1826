"""The second built-in example, a labour dispute: every number is an assumption with a
range and a reason, it is listed and analysed through the same commands, and nothing the
analysis prints (text or JSON) carries a word of the flagship case."""

from __future__ import annotations

import json

import pytest
from neutral_words import flagship_words
from pydantic import BaseModel
from typer.testing import CliRunner

from accord.cli import app
from accord.model import Evidenced, PhasedAgreement, Position
from accord.scenarios import load_scenario

EXAMPLE = "labour-2026-03"


def run(*args: str):
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result


def walk(obj, path=()):
    if isinstance(obj, BaseModel):
        yield path, obj
        for name in type(obj).model_fields:
            yield from walk(getattr(obj, name), (*path, name))
    elif isinstance(obj, list | tuple):
        for k, v in enumerate(obj):
            yield from walk(v, (*path, k))
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, (*path, k))


def test_every_number_is_an_assumption_with_a_range_and_a_reason():
    scenario = load_scenario(EXAMPLE)
    numbers = [(p, o) for p, o in walk(scenario) if isinstance(o, Evidenced)]
    assert len(numbers) >= 25
    for path, number in numbers:
        assert number.assumption is not None, path
        assert number.assumption.low <= number.value <= number.assumption.high, path
        assert len(number.assumption.reason) >= 3, path
    for path, obj in walk(scenario):
        if isinstance(obj, Position | PhasedAgreement):
            assert obj.assumption and not obj.evidence, (
                f"{path}: no source exists, so it must say it is assumed"
            )


def test_the_example_is_listed_among_the_builtins():
    rows = json.loads(run("scenarios", "--format", "json").stdout)
    (row,) = [r for r in rows if r["id"] == EXAMPLE]
    assert row["parties"] == ["union", "employer", "mediation_service", "members"]
    assert "strike_suspended" in row["issues"]
    assert EXAMPLE in run("scenarios").stdout


def test_the_example_validates_from_its_id():
    assert f"ok {EXAMPLE}" in run("validate", EXAMPLE).stdout


@pytest.fixture(scope="module")
def analysis_json() -> dict:
    return json.loads(run("analyze", EXAMPLE, "--format", "json").stdout)


def test_the_analysis_finds_a_zone_and_values_the_tabled_proposals(analysis_json):
    a = analysis_json
    assert a["parties"] == ["union", "employer"]
    assert a["agreement_space"]["zone_exists"]
    verdicts = {
        p["id"]: {k: v["acceptable"] for k, v in p["parties"].items()} for p in a["proposals"]
    }
    # each side's opening position crosses the other's red lines; the mediator's draft does not
    assert verdicts["union_demand"] == {"union": True, "employer": False}
    assert verdicts["employer_offer"] == {"union": False, "employer": True}
    assert verdicts["mediator_draft"] == {"union": True, "employer": True}
    final = a["recommendation"]["package"]["phases"][-1]["terms"]
    assert 3 <= final["wage_rise"] <= 5  # between the two red lines
    assert final["strike_suspended"] == "yes"


def test_no_flagship_word_in_the_analysis_text_or_json(analysis_json):
    text = run("analyze", EXAMPLE).stdout
    assert "Zone of agreement" in text
    assert flagship_words(text) == set()
    assert flagship_words(json.dumps(analysis_json)) == set()


def test_no_flagship_word_in_the_analysis_with_a_relaxed_red_line():
    result = run("analyze", EXAMPLE, "--relax", "employer.strike_suspended", "--format", "json")
    assert flagship_words(result.stdout) == set()


def test_no_flagship_word_in_the_scenario_file_itself():
    from accord.scenarios import builtin_paths

    assert flagship_words(builtin_paths()[EXAMPLE].read_text(encoding="utf-8")) == set()


def test_no_flagship_word_in_the_forecast(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path))
    text = run(
        "forecast", EXAMPLE, "--runs", "200", "--horizon", "60", "--workers", "1", "--no-store"
    ).stdout
    data = run(
        "forecast",
        EXAMPLE,
        "--runs",
        "200",
        "--horizon",
        "60",
        "--workers",
        "1",
        "--no-store",
        "--format",
        "json",
    ).stdout
    assert "dismissed staff reinstated" in text  # the example's own words (its tracked section)
    assert (
        "days with the strike suspended"
        in json.loads(data)["summary"]["outcome_words"]["strike_suspended_days"]["label"]
    )
    assert flagship_words(text) | flagship_words(data) == set()


def test_no_flagship_word_in_the_workbench_words_or_figure_of_the_analysis():
    from accord.analysis import analyze
    from accord.report.plots import utility_space_figure
    from accord.report.words import analysis_view

    analysis = analyze(load_scenario(EXAMPLE))
    view = json.dumps(analysis_view(analysis), default=str)
    figure = json.dumps(utility_space_figure(analysis).to_plotly_json(), default=str)
    assert "zone of agreement exists" in view
    assert flagship_words(view) | flagship_words(figure) == set()
