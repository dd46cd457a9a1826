"""docs/scenarios.md cannot drift: its step-by-step example, built from the page's text,
validates and analyses; every other example there is valid for its field; the errors it
shows are the ones accord prints; and it mentions every field of the model."""

from __future__ import annotations

import json
import re
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel, TypeAdapter
from ruamel.yaml import YAML
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import ScenarioError
from accord.model import Evidenced, Scenario
from accord.scenarios import parse_scenario
from accord.scenarios.fields import FIELDS

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "scenarios.md"
FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.S | re.M)


def section(title: str) -> str:
    text = GUIDE.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def blocks(text: str, lang: str) -> list[str]:
    return [body for kind, body in FENCE.findall(text) if kind == lang]


@pytest.fixture(scope="module")
def example() -> str:
    """The minimal scenario, as a reader would assemble it from the guide."""
    return "\n".join(blocks(section("A minimal scenario"), "yaml"))


def test_the_guides_example_validates_and_analyses(example, tmp_path):
    scenario = parse_scenario(example, "quarry.yaml")
    assert scenario.id == "quarry-2026"
    path = tmp_path / "quarry.yaml"
    path.write_text(example, encoding="utf-8")
    runner = CliRunner()
    validated = runner.invoke(app, ["validate", str(path)])
    assert validated.exit_code == 0, validated.output
    # the guide quotes what validate prints
    shown = [
        line
        for block in blocks(section("A minimal scenario"), "bash")
        for line in block.splitlines()
    ]
    said = next(line for line in shown if line.startswith("accord validate quarry.yaml"))
    assert said.split("# ")[1] in " ".join(validated.stdout.split())
    analysed = runner.invoke(app, ["analyze", str(path), "--format", "json"])
    assert analysed.exit_code == 0, analysed.output
    data = json.loads(analysed.stdout)
    assert [p["title"] for p in data["proposals"]] == ["the mediator's draft"]
    assert data["agreement_space"]["zone_exists"]
    assert data["recommendation"] is not None


def test_the_errors_the_guide_shows_are_the_ones_accord_prints(example):
    broken = example.replace(
        'weight: {value: 0.6, assumption: {low: 0.5, high: 0.7, reason: "illustrative: residents complain of night work"}}',
        "weight: 0.6",
    ).replace("    kind: ordinal\n", "    kind: ranked\n")
    with pytest.raises(ScenarioError) as info:
        parse_scenario(broken, "quarry.yaml")
    shown = blocks(section("A minimal scenario"), "text")[0].splitlines()
    assert sorted(shown) == sorted(info.value.problems)


def _validate_fragment(block: str) -> None:
    data = YAML(typ="safe", pure=True).load(block)
    assert isinstance(data, dict), block
    for key, value in data.items():
        annotation = (
            Scenario.model_fields[key].annotation if key in Scenario.model_fields else Evidenced
        )
        if key == "status_quo":
            continue
        TypeAdapter(annotation).validate_python(value)


def test_every_field_example_is_valid_for_its_field():
    examples = blocks(section("Evidence") + section("Every field"), "yaml")
    assert len(examples) >= 9
    for block in examples:
        _validate_fragment(block)


def test_the_guide_mentions_every_field_of_the_model():
    text = GUIDE.read_text(encoding="utf-8")
    missing = sorted(
        {
            f
            for fields in FIELDS.values()
            for f in fields
            if f"`{f}`" not in text and f"{f}:" not in text
        }
    )
    assert missing == []


def test_the_field_table_covers_every_model_field():
    """scenarios/fields.py and fields_evidence.py document every field of every scenario model."""
    seen: dict[str, type[BaseModel]] = {"Scenario": Scenario}
    todo: list[type[BaseModel]] = [Scenario]
    while todo:
        for sub in _submodels(todo.pop()):
            if sub.__name__ not in seen:
                seen[sub.__name__] = sub
                todo.append(sub)
    for name, model in seen.items():
        assert name in FIELDS, f"{name} has no entry in scenarios/fields.py or fields_evidence.py"
        assert set(model.model_fields) == set(FIELDS[name]), name


def _submodels(model: type[BaseModel]):
    def walk(annotation):
        for arg in typing.get_args(annotation):
            yield from walk(arg)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield annotation

    for field in model.model_fields.values():
        yield from walk(field.annotation)
