"""The budget is computed from the issues exactly as the compiler will build the grid."""

from __future__ import annotations

import math

import pytest
from hostile_fuzz import BASE
from hostile_shapes import flagship_tree, with_extra_issues

from accord.analysis import compile_scenario
from accord.analysis.budget import PACKAGES_ENV, check_budget, package_count
from accord.errors import InputError
from accord.model import Scenario
from accord.scenarios import builtin_paths, load_scenario


@pytest.mark.parametrize("sid", list(builtin_paths()))
def test_the_count_is_the_compiled_grid(sid: str) -> None:
    s = load_scenario(sid)
    assert package_count(s) == math.prod(g.size for g in compile_scenario(s).grids)


@pytest.mark.parametrize("steps, top", [(2, 1), (3, 2), (5, 3), (7, 10), (9, 2.6)])
def test_count_issue_options_match_the_compiler(steps: int, top: float) -> None:
    tree = {
        **BASE,
        "issues": [dict(i) for i in BASE["issues"]],
        "proposals": [],
        "positions": [{k: v for k, v in p.items() if k != "red_line"} for p in BASE["positions"]],
    }
    issue = tree["issues"][0] = dict(tree["issues"][0])
    issue["steps"] = steps
    issue["categories"] = [
        {"id": "c0", "max": {"value": top, "assumption": {"low": 0, "high": top, "reason": "test"}}}
    ]
    s = Scenario.model_validate(tree)
    assert package_count(s) == math.prod(g.size for g in compile_scenario(s).grids)


def test_the_limit_can_be_lowered_for_a_server(monkeypatch: pytest.MonkeyPatch) -> None:
    s = load_scenario("gaza-2025-03")
    check_budget(s)
    monkeypatch.setenv(PACKAGES_ENV, "1000")
    with pytest.raises(InputError, match="over the limit of 1,000"):
        compile_scenario(s)
    monkeypatch.setenv(PACKAGES_ENV, "lots")
    with pytest.raises(InputError, match=PACKAGES_ENV):
        check_budget(s)


def test_the_message_names_the_count_the_limit_and_the_fix() -> None:
    s = Scenario.model_validate(with_extra_issues(20))
    with pytest.raises(InputError) as err:
        check_budget(s)
    message = str(err.value)
    assert "\n" not in message
    for needle in ("packages", "MAX_VALUED_PACKAGES", "steps", "the largest"):
        assert needle in message


def test_flagship_tree_round_trips() -> None:
    assert Scenario.model_validate(flagship_tree()) == load_scenario("gaza-2025-03")
