"""Assumptions drawn together (``Assumption.drawn_with``): one point of [0, 1] per run places each."""

from __future__ import annotations

import numpy as np
import pytest
from pydantic import ValidationError
from sim_scenarios import labour_dispute

from accord.model import Scenario
from accord.simulate.montecarlo import apply_overrides
from accord.simulate.parameters import parameter_table


def _tied() -> Scenario:
    """The union's wage weight rises and its back-pay weight falls with one draw."""
    data = labour_dispute().model_dump(mode="json")
    for pos in data["positions"]:
        if pos["party"] == "union" and pos["issue"] in ("wage", "back_pay"):
            pos["weight"]["assumption"] = {
                "low": 0.2,
                "high": 0.6,
                "reason": "test: invented",
                "drawn_with": "union.priorities",
                "drawn_reversed": pos["issue"] == "back_pay",
            }
    return Scenario.model_validate(data)


def _columns(table, *names):
    index = [p.name for p in table.parameters]
    return [index.index(n) for n in names]


def test_tied_assumptions_move_together_or_against_each_other() -> None:
    table = parameter_table(_tied())
    lead, wage, pay = _columns(
        table, "draw.union.priorities", "weight.union.wage", "weight.union.back_pay"
    )
    u, values = table.draw(np.random.default_rng(0), 500)
    assert np.allclose(values[:, wage], 0.2 + 0.4 * values[:, lead])
    assert np.allclose(values[:, pay], 0.6 - 0.4 * values[:, lead])
    assert lead in table.varying and wage not in table.varying and pay not in table.varying
    assert np.allclose(u[:, wage], values[:, lead])  # sensitivity bins the draw's point


def test_set_fixes_the_shared_draw_or_one_member() -> None:
    table = apply_overrides(parameter_table(_tied()), {"draw.union.priorities": 1.0})
    lead, wage, pay = _columns(
        table, "draw.union.priorities", "weight.union.wage", "weight.union.back_pay"
    )
    _, values = table.draw(np.random.default_rng(0), 50)
    assert np.allclose(values[:, wage], 0.6) and np.allclose(values[:, pay], 0.2)
    table = apply_overrides(parameter_table(_tied()), {"weight.union.wage": 0.35})
    _, values = table.draw(np.random.default_rng(0), 50)
    assert np.allclose(values[:, wage], 0.35)  # fixed by the user: stays fixed
    assert np.allclose(values[:, pay], 0.6 - 0.4 * values[:, lead])
    with pytest.raises(Exception, match=r"lies in \[0, 1\]"):
        apply_overrides(parameter_table(_tied()), {"draw.union.priorities": 1.5})


def test_a_scenario_without_ties_draws_as_before() -> None:
    table = parameter_table(labour_dispute())
    assert not any(p.name.startswith("draw.") for p in table.parameters)
    assert all(p.tie is None for p in table.parameters)


def test_a_reversed_draw_needs_a_name() -> None:
    data = labour_dispute().model_dump(mode="json")
    data["positions"][0]["weight"]["assumption"] = {
        "low": 0.2,
        "high": 0.6,
        "reason": "test: invented",
        "drawn_reversed": True,
    }
    with pytest.raises(ValidationError, match="'drawn_reversed' needs 'drawn_with'"):
        Scenario.model_validate(data)
