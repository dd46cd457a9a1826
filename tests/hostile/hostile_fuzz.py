"""Scenario shapes for fuzzing: a small valid scenario, hostile mutations, one pipeline.

:func:`mutated_texts` is a hypothesis strategy of scenario files: a small valid
scenario with up to four mutations (a value replaced by a hostile one, a key
dropped, a list repeated, ids swapped) written as YAML, sometimes cut short or
with aliases. :func:`run_pipeline` is what a user's file goes through:
parse, validate, budget, analysis. Anything it raises other than an
:class:`~accord.errors.AccordError` is a bug. ``fuzz_scenarios.py`` runs the
same strategy for as many examples as asked.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import math
from typing import Any

from hypothesis import strategies as st

from accord.analysis import analyze
from accord.analysis.budget import check_budget, package_count
from accord.errors import AccordError
from accord.scenarios import parse_scenario


def _ev(value: float, low: float = 0.0, high: float = 1.0) -> dict[str, Any]:
    return {
        "value": value,
        "assumption": {
            "low": min(low, value),
            "high": max(high, value),
            "reason": "fuzz base scenario",
        },
    }


BASE: dict[str, Any] = {
    "id": "fuzz",
    "title": "fuzz base",
    "date": "2025-01-01",
    "parties": [
        {"id": "a", "name": "A", "role": "belligerent"},
        {"id": "b", "name": "B", "role": "belligerent"},
        {"id": "m", "name": "M", "role": "mediator"},
    ],
    "issues": [
        {
            "id": "people",
            "kind": "count",
            "steps": 3,
            "reversible": False,
            "categories": [{"id": "c0", "max": _ev(4, 0, 4)}, {"id": "c1", "max": _ev(2, 0, 2)}],
        },
        {
            "id": "truce",
            "kind": "ordinal",
            "levels": ["none", "pause", "permanent"],
            "reversible": True,
        },
        {"id": "aid", "kind": "continuous", "min": 0, "max": _ev(10, 0, 10), "steps": 3},
        {"id": "monitor", "kind": "boolean"},
    ],
    "status_quo": {"people": 0, "truce": "none", "aid": 0, "monitor": "no"},
    "positions": [
        {
            "party": "a",
            "issue": "people",
            "weight": _ev(0.5),
            "ideal": "max",
            "red_line": 2.0,
            "assumption": "fuzz",
        },
        {"party": "a", "issue": "truce", "weight": _ev(0.3), "ideal": "none", "assumption": "fuzz"},
        {"party": "a", "issue": "aid", "weight": _ev(0.1), "ideal": "min", "assumption": "fuzz"},
        {"party": "a", "issue": "monitor", "weight": _ev(0.1), "ideal": "no", "assumption": "fuzz"},
        {"party": "b", "issue": "people", "weight": _ev(0.2), "ideal": "min", "assumption": "fuzz"},
        {
            "party": "b",
            "issue": "truce",
            "weight": _ev(0.5),
            "ideal": "permanent",
            "red_line": "pause",
            "assumption": "fuzz",
        },
        {"party": "b", "issue": "aid", "weight": _ev(0.2), "ideal": "max", "assumption": "fuzz"},
        {
            "party": "b",
            "issue": "monitor",
            "weight": _ev(0.1),
            "ideal": "yes",
            "assumption": "fuzz",
        },
    ],
    "fallbacks": [{"party": "a", "utility": _ev(0.2)}, {"party": "b", "utility": _ev(0.3)}],
    "commitment": {"temperature": _ev(0.05)},
    "phase_templates": [
        {"id": "single", "title": "single", "phases": [{"name": "all"}]},
        {
            "id": "two",
            "title": "two",
            "phases": [
                {"name": "first", "delivery": {"people": 0.5, "truce": "pause"}},
                {"name": "rest"},
            ],
        },
    ],
    "proposals": [
        {
            "id": "p1",
            "title": "a proposal",
            "tabled_by": ["m"],
            "assumption": "fuzz",
            "phases": [
                {
                    "name": "one",
                    "terms": {"people": 3, "truce": "pause", "aid": 5, "monitor": "yes"},
                }
            ],
        }
    ],
    "tracked": {
        "stocks": [{"id": "held", "kind": "held", "issue": "people", "name": "people held"}],
        "pause": {"issue": "truce", "lasting_from": "permanent"},
    },
    "dynamics": {
        "events": [
            {
                "id": "e1",
                "kind": "rescue",
                "description": "fuzz event",
                "rate_per_day": _ev(0.01, 0, 0.05),
                "magnitude": _ev(1, 1, 2),
            }
        ]
    },
}

HOSTILE: list[Any] = [
    math.nan,
    math.inf,
    -math.inf,
    1e308,
    -1e308,
    10**30,
    2**63,
    -(2**63) - 1,
    -1,
    0,
    0.5,
    1e-320,
    "",
    " ",
    "x" * 5000,
    None,
    True,
    False,
    [],
    {},
    [[[[[]]]]],
    {"a": {"b": {"c": 1}}},
    "../../etc/passwd",
    "/etc/passwd",
    "a\x00b",
    "\u202eevil",
    "2099-12-31",
    "0000-01-01",
    "1850-01-01",
    "not a date",
    dt.date(1, 1, 1),
    dt.date(9999, 12, 31),
    "max",
    "min",
    "nan",
    "inf",
    "yes",
    "none",
    "a",
    "b",
    "m",
    "people",
    "truce",
    "c0",
    "fuzz",
    1e6,
    200,
    201,
    1_000_000,
]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for k, v in enumerate(node):
            out += _paths(v, (*prefix, k))
    return out


def _get(tree: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        tree = tree[step]
    return tree


@st.composite
def mutated_trees(draw: st.DrawFn, max_mutations: int = 4) -> dict[str, Any]:
    tree = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(0, max_mutations))):
        paths = _paths(tree)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = _get(tree, path[:-1])
        key = path[-1]
        action = draw(st.sampled_from(["replace", "replace", "replace", "drop", "repeat", "copy"]))
        if action == "replace":
            parent[key] = copy.deepcopy(draw(st.sampled_from(HOSTILE)))
        elif action == "drop":
            del parent[key]
        elif action == "repeat" and isinstance(parent[key], list):
            parent[key] = parent[key] * draw(st.sampled_from([2, 3, 40]))
        elif action == "repeat" and isinstance(parent[key], dict) and isinstance(parent, list):
            parent.extend(copy.deepcopy([parent[key]] * draw(st.sampled_from([2, 30]))))
        else:  # copy another node of the tree here (wrong shape, right vocabulary)
            other = draw(st.sampled_from(paths))
            if other[: len(path)] != path:
                parent[key] = copy.deepcopy(_get(tree, other))
    return tree


def to_yaml(node: Any) -> str:
    """Flow-style YAML that keeps NaN and infinities as YAML floats (JSON cannot)."""
    if isinstance(node, dict):
        return "{" + ", ".join(f"{json.dumps(str(k))}: {to_yaml(v)}" for k, v in node.items()) + "}"
    if isinstance(node, list):
        return "[" + ", ".join(to_yaml(v) for v in node) + "]"
    if isinstance(node, bool) or node is None:
        return json.dumps(node)
    if isinstance(node, float):
        if math.isnan(node):
            return ".nan"
        if math.isinf(node):
            return ".inf" if node > 0 else "-.inf"
        return repr(node)
    if isinstance(node, int):
        return str(node)
    if isinstance(node, dt.date):
        return node.isoformat()
    return json.dumps(node)


@st.composite
def mutated_texts(draw: st.DrawFn) -> str:
    text = to_yaml(draw(mutated_trees()))
    twist = draw(st.sampled_from(["none"] * 6 + ["cut", "alias", "junk"]))
    if twist == "cut":
        text = text[: draw(st.integers(0, len(text)))]
    elif twist == "alias":  # anchor the first list and refer to it from a new key
        text = text.replace("[", "&x [", 1)
        text = text[:-1] + ', "extra": [*x, *x, *x]}' if "&x" in text else text
    elif twist == "junk":
        at = draw(st.integers(0, len(text)))
        text = (
            text[:at]
            + draw(
                st.sampled_from(
                    [
                        "\x00",
                        "\t",
                        "{",
                        "]",
                        "&a",
                        "*a",
                        "!!python/object:os.system ''",
                        "\n---\n",
                        "%YAML 1.1\n",
                        "\ufeff",
                    ]
                )
            )
            + text[at:]
        )
    return text


def run_pipeline(text: str) -> str:
    """What a scenario file goes through; returns how far it got. Raises only on a bug."""
    try:
        scenario = parse_scenario(text, "fuzz.yaml")
        check_budget(scenario)
        if package_count(scenario) * len(scenario.phase_templates) <= 20_000:
            analyze(scenario)
            return "analysed"
        return "validated"
    except AccordError:
        return "refused"
