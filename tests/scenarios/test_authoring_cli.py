"""``accord new`` writes a starting file that validates and analyses as written;
``accord schema`` prints a JSON Schema that describes every field and accepts the built-ins."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.scenarios import builtin_paths, load_scenario
from accord.scenarios.fields import FIELDS
from accord.scenarios.loader import _parse_yaml, _plain


def run(*args: str):
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.output + result.stderr
    return result


def test_new_writes_a_file_that_validates_and_analyses(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("new", "harbour-talks")
    assert result.exit_code == 0, result.output
    path = tmp_path / "harbour-talks.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count("#") > 20, "the starting file explains its fields in comments"
    assert load_scenario(path).id == "harbour-talks"
    assert run("validate", str(path)).exit_code == 0
    analysed = run("analyze", str(path), "--format", "json")
    assert analysed.exit_code == 0, analysed.output
    data = json.loads(analysed.stdout)
    assert data["scenario"]["id"] == "harbour-talks"
    assert data["agreement_space"]["zone_exists"]


def test_new_never_overwrites_without_force(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.yaml").write_text("keep me\n", encoding="utf-8")
    result = run("new", "mine")
    assert result.exit_code == 2
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert (tmp_path / "mine.yaml").read_text(encoding="utf-8") == "keep me\n"
    assert run("new", "mine", "--force").exit_code == 0
    assert load_scenario(tmp_path / "mine.yaml").id == "mine"


def test_new_rejects_a_name_that_cannot_be_an_id(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("new", "My Talks")
    assert result.exit_code == 2
    assert "cannot be a scenario id" in result.stderr
    assert not list(tmp_path.iterdir())


@pytest.fixture(scope="module")
def schema() -> dict:
    result = run("schema")
    assert result.exit_code == 0
    return json.loads(result.stdout)


def test_schema_describes_every_field(schema):
    undescribed = [
        f"{name}.{field}"
        for name, sub in [("Scenario", schema), *schema["$defs"].items()]
        for field, prop in sub.get("properties", {}).items()
        if not prop.get("description")
    ]
    assert undescribed == []
    assert set(schema["$defs"]) | {"Scenario"} >= set(FIELDS)


@pytest.mark.parametrize("sid", sorted(builtin_paths()))
def test_every_builtin_conforms_to_the_schema(schema, sid):
    path = builtin_paths()[sid]
    data = _plain(_parse_yaml(path.read_text(encoding="utf-8"), str(path)))
    data = json.loads(json.dumps(data, default=str))  # dates as the strings a YAML editor sees
    jsonschema.validate(data, schema)


def test_schema_rejects_an_unknown_field(schema):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(
            {"id": "x", "title": "t", "date": "2026-01-01", "colour": "red"}, schema
        )


def test_schema_can_be_written_to_a_file(tmp_path):
    out = tmp_path / "scenario.schema.json"
    assert run("schema", "-o", str(out)).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "Scenario"


def test_the_starting_file_conforms_to_the_schema(schema):
    from accord.scenarios.template import starting_file

    data = _plain(_parse_yaml(starting_file("mine"), "mine.yaml"))
    jsonschema.validate(json.loads(json.dumps(data, default=str)), schema)
