"""Small scenarios built in code for the forecasting tests (no corpus needed)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from accord.model import Scenario


def _a(value, low=None, high=None):
    low = value if low is None else low
    high = value if high is None else high
    return {"value": value, "assumption": {"low": low, "high": high, "reason": "test value"}}


def labour_dispute(
    fallback: float = 0.1,
    penalty: float = 0.0,
    temperature: float = 0.05,
    pressures: list | None = None,
    events: list | None = None,
) -> Scenario:
    """Two sides, a wage and a guarantee issue, no red lines: a wide zone of agreement."""
    return Scenario.model_validate(
        {
            "id": "labour-test",
            "title": "a wage dispute",
            "date": dt.date(2024, 1, 1),
            "parties": [
                {"id": "union", "name": "Union", "role": "belligerent"},
                {"id": "employer", "name": "Employer", "role": "belligerent"},
                {"id": "arbiter", "name": "Arbiter", "role": "mediator"},
            ],
            "issues": [
                {"id": "wage", "kind": "continuous", "min": 0, "max": _a(10), "steps": 11},
                {
                    "id": "back_pay",
                    "kind": "continuous",
                    "min": 0,
                    "max": _a(10),
                    "steps": 6,
                    "delivered_by": "employer",
                },
                {"id": "strike_ends", "kind": "boolean", "reversible": True},
                {
                    "id": "security_guarantees",
                    "kind": "ordinal",
                    "levels": ["none", "arbiter"],
                    "reversible": True,
                },
            ],
            "status_quo": {
                "wage": 0,
                "back_pay": 0,
                "strike_ends": "no",
                "security_guarantees": "none",
            },
            "positions": [
                {
                    "party": "union",
                    "issue": "wage",
                    "weight": _a(0.5),
                    "ideal": "max",
                    "assumption": "test",
                },
                {
                    "party": "union",
                    "issue": "back_pay",
                    "weight": _a(0.3),
                    "ideal": "max",
                    "assumption": "test",
                },
                {
                    "party": "union",
                    "issue": "strike_ends",
                    "weight": _a(0.1),
                    "ideal": "yes",
                    "assumption": "test",
                },
                {
                    "party": "union",
                    "issue": "security_guarantees",
                    "weight": _a(0.1),
                    "ideal": "arbiter",
                    "assumption": "test",
                },
                {
                    "party": "employer",
                    "issue": "wage",
                    "weight": _a(0.4),
                    "ideal": "min",
                    "assumption": "test",
                },
                {
                    "party": "employer",
                    "issue": "back_pay",
                    "weight": _a(0.2),
                    "ideal": "min",
                    "assumption": "test",
                },
                {
                    "party": "employer",
                    "issue": "strike_ends",
                    "weight": _a(0.4),
                    "ideal": "yes",
                    "assumption": "test",
                },
            ],
            "fallbacks": [
                {"party": "union", "utility": _a(fallback)},
                {"party": "employer", "utility": _a(fallback)},
            ],
            "commitment": {
                "temperature": _a(temperature),
                "guarantee_issue": "security_guarantees",
                "penalty_by_level": {"none": _a(0.0), "arbiter": _a(penalty)},
            },
            "phase_templates": [
                {
                    "id": "two_step",
                    "title": "back pay first, the rest after",
                    "phases": [
                        {
                            "name": "first",
                            "delivery": {"back_pay": 1.0, "wage": 0.0, "strike_ends": "yes"},
                        },
                        {"name": "second"},
                    ],
                },
            ],
            "dynamics": {"pressures": pressures or [], "events": events or []},
        }
    )


# mediators' levers (accord.simulate.levers)
GUARANTEE = {"id": "guarantee_phase_two", "kind": "guarantee", "level": "arbiter", "cost": _a(0.2)}


def pressure(kind: str = "pressure", effect: Any = None, cost: float = 0.1) -> dict[str, Any]:
    return {
        "id": "lean_on_employer",
        "kind": kind,
        "target": "employer",
        "effect": effect or _a(0.55, 0.5, 0.6),
        "cost": _a(cost),
    }


def mediated(s: Scenario, levers: list[dict[str, Any]], deal_value: float = 1.0) -> Scenario:
    """``s`` with a stake for its mediator, holding ``levers``."""
    data = s.model_dump(mode="json")
    data["mediators"] = [
        {
            "party": "arbiter",
            "deal_value": _a(deal_value),
            "failure_value": _a(0.0),
            "assumption": "test",
            "levers": levers,
        }
    ]
    return Scenario.model_validate(data)
