"""Factions inside a party and mediators with stakes: ratification, diagnosis, plans."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from accord.analysis import analyze
from accord.model import Scenario


def _a(value: float) -> dict[str, Any]:
    return {"value": value, "assumption": {"low": value, "high": value, "reason": "test value"}}


def dispute(
    factions: list[dict[str, Any]] | None = None,
    mediators: list[dict[str, Any]] | None = None,
    penalty: float = 0.0,
    temperature: float = 0.05,
    fallback: float = 0.1,
    proposals: list[dict[str, Any]] | None = None,
    phased_only: bool = False,
) -> Scenario:
    """A wage dispute with a wide zone between the two leaderships."""
    return Scenario.model_validate(
        {
            "id": "factions-test",
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
                {"id": "security_guarantees", "kind": "ordinal", "levels": ["none", "arbiter"]},
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
                    "assumption": "t",
                },
                {
                    "party": "union",
                    "issue": "back_pay",
                    "weight": _a(0.3),
                    "ideal": "max",
                    "assumption": "t",
                },
                {
                    "party": "union",
                    "issue": "strike_ends",
                    "weight": _a(0.1),
                    "ideal": "yes",
                    "assumption": "t",
                },
                {
                    "party": "union",
                    "issue": "security_guarantees",
                    "weight": _a(0.1),
                    "ideal": "arbiter",
                    "assumption": "t",
                },
                {
                    "party": "employer",
                    "issue": "wage",
                    "weight": _a(0.4),
                    "ideal": "min",
                    "assumption": "t",
                    "red_line": 5,
                },
                {
                    "party": "employer",
                    "issue": "back_pay",
                    "weight": _a(0.2),
                    "ideal": "min",
                    "assumption": "t",
                },
                {
                    "party": "employer",
                    "issue": "strike_ends",
                    "weight": _a(0.4),
                    "ideal": "yes",
                    "assumption": "t",
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
                *(
                    []
                    if phased_only
                    else [{"id": "one_step", "title": "all at once", "phases": [{"name": "all"}]}]
                ),
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
            "proposals": proposals or [],
            "factions": factions or [],
            "mediators": mediators or [],
        }
    )


def hardliners(say: str = "veto", **extra: Any) -> dict[str, Any]:
    """Union members who want the whole wage rise and nothing less than 8."""
    return {
        "id": "hardliners",
        "party": "union",
        "name": "the union's hardliners",
        "say": say,
        "weights": {"wage": _a(0.9), "strike_ends": _a(0.1)},
        "red_lines": {"wage": 8},
        "fallback": _a(0.2),
        "assumption": "test",
        **extra,
    }


def test_a_veto_blocks_what_the_leaderships_accept_and_the_diagnosis_names_it() -> None:
    assert analyze(dispute()).zone_size > 0  # the leaderships alone have a zone
    a = analyze(dispute([hardliners()]))
    assert a.zone_size == 0
    relaxations = [r.constraints for r in a.diagnosis or []]
    assert ("union.hardliners",) in relaxations
    text = " ".join(sum((d["concessions"] for d in a.to_dict()["diagnosis"]), []))
    assert "the union's hardliners" in text
    # the what-if: the faction walks out (or is overruled)
    opened = analyze(dispute([hardliners()]), relax=["union.hardliners"])
    assert opened.zone_size > 0


def test_a_faction_that_accepts_changes_nothing() -> None:
    lenient = hardliners(red_lines={})
    lenient["fallback"] = _a(0.0)
    base, with_faction = analyze(dispute()), analyze(dispute([lenient]))
    assert with_faction.zone_size == base.zone_size
    nash = with_faction.solutions["nash"]
    assert nash is not None and nash.ratification is not None
    assert nash.ratification["union"][0]["accepts"] is True


def test_audience_cost_shrinks_the_zone_without_a_veto() -> None:
    base = analyze(dispute()).zone_size
    costly = analyze(dispute([hardliners("voice", audience_cost=_a(0.5))])).zone_size
    free = analyze(dispute([hardliners("voice")])).zone_size
    assert free == base and 0 <= costly < base


def test_a_majority_of_votes_is_needed() -> None:
    minority = analyze(dispute([hardliners("vote", votes=_a(0.3))]))
    majority = analyze(dispute([hardliners("vote", votes=_a(0.6))]))
    assert minority.zone_size > 0
    assert majority.zone_size == 0
    assert ("union.majority",) in [r.constraints for r in majority.diagnosis or []]


def test_tabled_proposals_get_each_factions_verdict() -> None:
    proposal = {
        "id": "p1",
        "title": "a 6 rise",
        "tabled_by": ["arbiter"],
        "assumption": "t",
        "phases": [
            {
                "name": "all",
                "terms": {
                    "wage": 6,
                    "back_pay": 5,
                    "strike_ends": "yes",
                    "security_guarantees": "none",
                },
            }
        ],
    }
    a = analyze(dispute([hardliners()], proposals=[proposal]))
    verdict = a.to_dict()["ratification"]["p1"]["union"][0]
    assert verdict["faction"] == "hardliners" and verdict["accepts"] is False
    assert verdict["red_lines_crossed"] == ["wage"]


def test_a_guarantee_lever_changes_the_recommendation_when_it_makes_phases_credible() -> None:
    # only a phased deal is on the table; without a guarantee its second phase is too
    # uncertain for both sides to prefer it to their fallbacks
    mediator = {
        "party": "arbiter",
        "deal_value": _a(1.0),
        "failure_value": _a(0.0),
        "assumption": "test",
        "levers": [
            {"id": "guarantee_phase_two", "kind": "guarantee", "level": "arbiter", "cost": _a(0.2)}
        ],
    }
    s = dispute(mediators=[mediator], penalty=0.6, temperature=0.1, fallback=0.55, phased_only=True)
    a = analyze(s).to_dict()
    rec = a["recommendation"]
    assert rec["mediator"]["lever"] == "guarantee_phase_two"
    assert rec["mediator"]["mediator_gain"] == pytest.approx(0.8)
    guaranteed = rec["package"]["phases"][-1]["terms"]["security_guarantees"]
    assert guaranteed == "arbiter"
    options = {o["lever"]: o for o in a["mediation"][0]["options"]}
    assert options[None]["zone_size"] == 0 < options["guarantee_phase_two"]["zone_size"]
    # a lever costing more than the deal is worth is not pulled
    mediator["levers"][0]["cost"] = _a(1.5)
    a2 = analyze(
        dispute(mediators=[mediator], penalty=0.6, temperature=0.1, fallback=0.55, phased_only=True)
    )
    assert a2.to_dict()["mediation"][0]["chosen"]["lever"] != "guarantee_phase_two"


def test_pressure_lever_opens_a_zone_by_lowering_a_fallback() -> None:
    mediator = {
        "party": "arbiter",
        "deal_value": _a(1.0),
        "failure_value": _a(0.2),
        "assumption": "test",
        "levers": [
            {
                "id": "lean_on_employer",
                "kind": "pressure",
                "target": "employer",
                "effect": _a(0.5),
                "cost": _a(0.1),
            }
        ],
    }
    s = dispute(mediators=[mediator], fallback=0.9)
    a = analyze(s).to_dict()
    # without a lever the arbiter can reach no package (it cannot guarantee either)
    assert a["mediation"][0]["options"][0] == {
        "lever": None,
        "kind": None,
        "cost": 0.0,
        "zone_size": 0,
        "mediator_gain": 0.0,
    }
    assert a["mediation"][0]["chosen"]["lever"] == "lean_on_employer"
    assert a["recommendation"]["mediator"]["mediator_gain"] == pytest.approx(0.7)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"party": "arbiter"}, "belong to a belligerent"),
        ({"id": "wage"}, "is taken"),
        ({"weights": {"wage": _a(0.5)}}, "sum to 0.5000"),
        ({"weights": {"nope": _a(1.0)}}, "unknown issue 'nope'"),
        ({"say": "vote"}, "needs votes"),
        (
            {"weights": {"wage": _a(0.5), "security_guarantees": _a(0.5)}, "party": "employer"},
            "no position on 'security_guarantees'",
        ),
        ({"red_lines": {"wage": 11}}, "outside"),
    ],
)
def test_faction_problems_name_the_field(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        dispute([{**hardliners(), **change}])


def test_mediator_lever_problems() -> None:
    bad = {
        "party": "arbiter",
        "deal_value": _a(1.0),
        "failure_value": _a(0.0),
        "assumption": "t",
        "levers": [
            {"id": "g", "kind": "guarantee", "level": "nato", "cost": _a(0.1)},
            {"id": "p", "kind": "pressure", "cost": _a(0.1)},
        ],
    }
    with pytest.raises(ValueError) as err:
        dispute(mediators=[bad])
    text = str(err.value)
    assert "guarantee level" in text and "needs an effect" in text and "needs a target" in text
