"""What a user relies on: open zones end in deals, guarantees keep deals alive, strategies are what they say."""

from __future__ import annotations

import numpy as np
import pytest
from sim_scenarios import labour_dispute

from accord.analysis import analyze
from accord.errors import InputError
from accord.scenarios import load_scenario
from accord.simulate import ForecastConfig, forecast
from accord.simulate.negotiate import negotiate
from accord.simulate.strategies import STRATEGIES, parse_strategies


@pytest.mark.parametrize(
    "protocol,strategy",
    [
        ("mediated", None),
        ("alternating", "conceder"),
        ("alternating", "boulware"),
        ("alternating", "tit_for_tat"),
    ],
)
def test_a_non_empty_zone_with_patient_parties_reaches_a_deal(protocol, strategy) -> None:
    deadline = 60 if protocol == "alternating" else None
    f = forecast(
        ForecastConfig(
            runs=300, horizon=120, seed=2, protocol=protocol, strategy=strategy, deadline=deadline
        ),
        scenario=labour_dispute(fallback=0.1),
        workers=1,
        store=False,
    )
    assert f.summary["p_deal_by_horizon"] > 0.95


def test_no_zone_no_deal() -> None:
    f = forecast(
        ForecastConfig(runs=200, horizon=60, seed=2),
        scenario=labour_dispute(fallback=0.95),
        workers=1,
        store=False,
    )
    assert f.summary["p_deal_by_horizon"] == 0.0


@pytest.mark.parametrize("protocol", ["mediated", "alternating"])
def test_a_scenario_with_no_zone_and_no_dynamics_never_signs(protocol) -> None:
    scenario = labour_dispute(
        fallback=0.75
    )  # `analyze` finds no zone: every package is below a fallback
    assert not analyze(scenario).to_dict()["agreement_space"]["zone_exists"]
    f = forecast(
        ForecastConfig(runs=400, horizon=365, seed=5, protocol=protocol, deadline=60),
        scenario=scenario,
        workers=1,
        store=False,
    )
    assert f.summary["p_deal_by_horizon"] == 0.0
    assert f.summary["zone"]["at_start"] == 0.0 and f.summary["zone"]["opened"] == 0.0


def test_a_mediator_guarantee_raises_the_chance_of_a_deal() -> None:
    # a walk-out after the first step keeps the back pay: without a penalty the employer expects one,
    # so the phased deal is worth less to the union than its fallback
    p = [
        forecast(
            ForecastConfig(runs=400, horizon=60, seed=1),
            scenario=labour_dispute(fallback=0.6, penalty=pen),
            workers=1,
            store=False,
        ).summary["p_deal_by_horizon"]
        for pen in (0.0, 0.3)
    ]
    assert p[0] < 0.05 and p[1] > 0.9


def test_a_guarantor_penalty_raises_the_chance_a_phased_deal_completes() -> None:
    flagship = load_scenario("gaza-2025-03")
    base = {"commitment.temperature": 0.1}
    shares = []
    for penalty in (0.0, 0.3):
        overrides = {
            **base,
            **{
                f"penalty.{lv}": penalty
                for lv in ("none", "mediator_guarantee", "international_force")
            },
        }
        f = forecast(
            ForecastConfig(runs=2000, horizon=200, seed=4, overrides=overrides),
            scenario=flagship,
            workers=1,
            store=False,
        )
        shares.append(f.summary["implementation"]["completed"])
    assert shares[1] > shares[0] + 0.05


def test_pressure_on_a_fallback_opens_a_zone_and_the_forecast_names_it() -> None:
    press = [
        {
            "id": "squeeze",
            "description": "test",
            "target_party": "union",
            "rate_per_day": {
                "value": -0.01,
                "assumption": {"low": -0.01, "high": -0.01, "reason": "test"},
            },
        }
    ]
    slow = forecast(
        ForecastConfig(runs=300, horizon=90, seed=1),
        scenario=labour_dispute(fallback=0.75),
        workers=1,
        store=False,
    )
    fast = forecast(
        ForecastConfig(runs=300, horizon=90, seed=1),
        scenario=labour_dispute(fallback=0.75, pressures=press),
        workers=1,
        store=False,
    )
    assert slow.summary["p_deal_by_horizon"] == 0.0 < fast.summary["p_deal_by_horizon"]
    zone = fast.summary["zone"]
    assert zone["at_start"] == 0.0 and zone["opened"] > 0.9
    assert list(zone["opened_by"]) == ["pressure.squeeze"]
    assert (
        5 <= zone["opened_by"]["pressure.squeeze"]["median_day"] < 90
    )  # analyze: no zone until below 0.7
    t = negotiate(labour_dispute(fallback=0.75, pressures=press), horizon=90, seed=1)
    opened = [s for s in t.steps if s.action == "zone opens"]
    assert len(opened) == 1 and "pressure.squeeze" in opened[0].why
    signed = [s for s in t.steps if s.action == "signed"]
    assert signed and signed[0].day >= opened[0].day


def test_every_strategy_carries_its_metadata() -> None:
    for name, s in STRATEGIES.items():
        assert s.name == name and s.description
        assert s.exponent > 0
    # time-based strategies concede in the documented order: conceder < linear < boulware exponents
    assert (
        STRATEGIES["conceder"].exponent
        < STRATEGIES["linear"].exponent
        < STRATEGIES["boulware"].exponent
    )
    assert STRATEGIES["tit_for_tat"].reactive and not STRATEGIES["boulware"].reactive


def test_a_boulware_party_concedes_later_than_a_conceder() -> None:
    days = {}
    for strategy in ("conceder", "boulware"):
        f = forecast(
            ForecastConfig(
                runs=300, horizon=120, seed=3, protocol="alternating", strategy=strategy
            ),
            scenario=labour_dispute(fallback=0.1),
            workers=1,
            store=False,
        )
        p = np.array([pt["p_deal"] for pt in f.summary["curve"]])
        days[strategy] = int(np.searchsorted(p, 0.5))
    assert days["conceder"] < days["boulware"]


def test_strategy_specs_are_checked() -> None:
    assert [s.name for s in parse_strategies("union=linear", ["union", "employer"])] == [
        "linear",
        "boulware",
    ]
    with pytest.raises(InputError, match="unknown party"):
        parse_strategies("bob=linear", ["union", "employer"])
    with pytest.raises(InputError, match="--strategy applies"):
        ForecastConfig(strategy="linear")


def _squeeze(rate: float, limit: float | None = None, cost: float | None = None) -> list[dict]:
    def fixed(v: float) -> dict:
        return {"value": v, "assumption": {"low": v, "high": v, "reason": "test"}}

    pr = {
        "id": "squeeze",
        "description": "test",
        "target_party": "union",
        "applied_by": "employer",
        "rate_per_day": fixed(rate),
    }
    if limit is not None:
        pr["limit"] = fixed(limit)
    if cost is not None:
        pr["cost_per_day"] = fixed(cost)
    return [pr]


def test_a_saturating_pressure_moves_a_fallback_no_further_than_its_limit() -> None:
    # the zone needs the union's fallback below 0.7 (analyze); a pressure limited to 0.03 never gets it there
    def p(press):
        return forecast(
            ForecastConfig(runs=200, horizon=365, seed=1),
            scenario=labour_dispute(fallback=0.75, pressures=press),
            workers=1,
            store=False,
        ).summary["p_deal_by_horizon"]

    assert p(_squeeze(-0.01, limit=0.03)) == 0.0
    assert p(_squeeze(-0.01, limit=0.5)) > 0.9


def test_applying_pressure_costs_the_applier() -> None:
    # no effect on the target at all, but a cost to the employer: its fallback falls until a zone opens
    f = forecast(
        ForecastConfig(runs=200, horizon=365, seed=1),
        scenario=labour_dispute(fallback=0.75, pressures=_squeeze(0.0, cost=0.01)),
        workers=1,
        store=False,
    )
    assert f.summary["p_deal_by_horizon"] > 0.9
    assert list(f.summary["zone"]["opened_by"]) == ["pressure.squeeze"]


def test_rescues_that_cost_the_holder_leverage_bring_a_deal_forward() -> None:
    base = load_scenario("gaza-2025-03").model_dump(mode="json")
    rescue = next(e for e in base["dynamics"]["events"] if e["kind"] == "rescue")
    rescue["rate_per_day"] = {
        "value": 0.05,
        "assumption": {"low": 0.05, "high": 0.05, "reason": "test"},
    }
    plain = type(load_scenario("gaza-2025-03")).model_validate(base)
    rescue["fallback_shift"] = {
        "hamas": {"value": -0.02, "assumption": {"low": -0.02, "high": -0.02, "reason": "test"}}
    }
    shifted = type(plain).model_validate(base)
    cfg = ForecastConfig(runs=600, horizon=120, seed=2)
    p0 = forecast(cfg, scenario=plain, workers=1, store=False).summary
    p1 = forecast(cfg, scenario=shifted, workers=1, store=False).summary
    assert p1["p_deal_by_horizon"] > p0["p_deal_by_horizon"] + 0.05
    assert "event.rescue_operation" in p1["zone"]["opened_by"]
    assert "event.rescue_operation" not in p0["zone"]["opened_by"]


def test_military_operations_raise_the_risk_to_hostages_while_they_last() -> None:
    data = load_scenario("gaza-2025-03").model_dump(mode="json")
    data["dynamics"]["pressures"][0]["risk_to_held"] = {
        "value": 2.0,
        "assumption": {"low": 2.0, "high": 2.0, "reason": "test"},
    }
    risky = type(load_scenario("gaza-2025-03")).model_validate(data)
    no_deal = {
        "red_line_yield.israel": 1.0,
        "red_line_yield.hamas": 1.0,
        "event.deaths_in_captivity.rate": 0.01,
    }
    cfg = ForecastConfig(runs=2000, horizon=365, seed=3, overrides=no_deal)
    base = forecast(cfg, workers=1, store=False).summary["outcomes"]["hostages_died"]["mean"]
    more = forecast(cfg, scenario=risky, workers=1, store=False).summary["outcomes"][
        "hostages_died"
    ]["mean"]
    assert (
        base > 0 and 2.4 < more / base < 3.3
    )  # three times the rate, less the thinning by those still alive
