"""An imported GENIUS domain forecasts and negotiates with no word of the flagship case: the
engine takes every word of its outcomes from the scenario, and a GENIUS domain declares none."""

from __future__ import annotations

import json

import pytest
from neutral_words import flagship_words
from typer.testing import CliRunner

from accord.cli import app

runner = CliRunner()


def run(*args: str) -> str:
    r = runner.invoke(app, list(args))
    assert r.exit_code == 0, r.output
    assert "Traceback" not in r.output
    return r.stdout


@pytest.fixture(scope="module")
def laptop(domains_dir, tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("laptop") / "laptop.yaml"
    run("import", "genius", str(domains_dir / "Laptop"), "-o", str(out), "--date", "2024-01-01")
    return str(out)


def test_a_genius_domain_forecasts_with_no_flagship_word(laptop, tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path))
    args = ("forecast", laptop, "--runs", "300", "--horizon", "60", "--workers", "1", "--no-store")
    text = run(*args)
    data = json.loads(run(*args, "--format", "json"))
    assert "Chance of a first deal" in text
    assert "tracks no stock" in text  # a GENIUS domain declares no tracked stocks
    assert data["summary"]["outcomes"] == {} and data["summary"]["runs"] == 300
    assert flagship_words(text) | flagship_words(json.dumps(data)) == set()


def test_a_genius_domain_negotiates_with_no_flagship_word(laptop, tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path))
    text = run("negotiate", laptop, "--horizon", "60", "--seed", "3")
    data = run("negotiate", laptop, "--horizon", "60", "--seed", "3", "--format", "json")
    assert "deal(s)" in text
    assert flagship_words(text) | flagship_words(data) == set()
