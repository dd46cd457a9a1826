"""The JSON Schema of a scenario file, with a description and an example on every field.

Editors that read JSON Schema (VS Code's YAML extension, say) then complete
field names and show what each means:
``# yaml-language-server: $schema=scenario.schema.json`` at the top of a file.

>>> schema = scenario_schema()
>>> schema["properties"]["fallbacks"]["description"]
"each belligerent's utility of no agreement"
"""

from __future__ import annotations

import io
import json
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from accord.model import Scenario
from accord.scenarios.fields import FIELDS


def _example_value(text: str) -> Any:
    """An example as the value it stands for (YAML), or None when it is only a sketch ('...')."""
    if "..." in text:
        return None
    try:
        value = YAML(typ="safe", pure=True).load(io.StringIO(text))
    except YAMLError:
        return None
    return json.loads(json.dumps(value, default=str))  # dates as the text written in the file


def _annotate(node: dict[str, Any], model: str) -> None:
    docs = FIELDS.get(model, {})
    for name, prop in node.get("properties", {}).items():
        if name in docs:
            description, example = docs[name]
            prop.setdefault("description", description)
            value = _example_value(
                example.split(" or ")[0] if example.startswith("{value") else example
            )
            if prop.get("type") == "string" and not isinstance(value, str):
                value = example
            if value is not None:
                prop.setdefault("examples", [value])


def scenario_schema() -> dict[str, Any]:
    """pydantic's JSON Schema of :class:`Scenario`, every field described from :data:`FIELDS`."""
    schema = Scenario.model_json_schema()
    _annotate(schema, "Scenario")
    for name, sub in schema.get("$defs", {}).items():
        _annotate(sub, name)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema.setdefault(
        "description", "An accord scenario: one negotiation at one date (docs/scenarios.md)."
    )
    return schema
