"""Coherent packages: a package breaking a declared linkage is never tabled, signed or recommended."""

from __future__ import annotations

import numpy as np
import pytest
from sim_scenarios import labour_dispute

from accord.analysis import analyze, compile_scenario
from accord.analysis.linkage import coherent_mask
from accord.analysis.space import enumerate_packages
from accord.model import Scenario
from accord.scenarios import load_scenario
from accord.simulate import ForecastConfig, forecast
from accord.simulate.negotiate import negotiate
from accord.simulate.space import compile_space

BACK_PAY_WITH_RETURN = {
    "id": "back_pay_with_return",
    "kind": "requires",
    "description": "test",
    "when": {"strike_ends": "yes"},
    "then": {"back_pay": 6},
    "assumption": "test",
}
WAGE_FOR_BACK_PAY = {
    "id": "wage_per_back_pay",
    "kind": "ratio",
    "description": "test",
    "numerator": {"issue": "wage"},
    "denominator": {"issue": "back_pay"},
    "at_most": {"value": 1.0, "assumption": {"low": 1.0, "high": 1.0, "reason": "test"}},
}


def _linked(fallback: float = 0.1) -> Scenario:
    data = labour_dispute(fallback=fallback).model_dump(mode="json")
    data["linkages"] = [BACK_PAY_WITH_RETURN, WAGE_FOR_BACK_PAY]
    return Scenario.model_validate(data)


def _coherent(terms: dict) -> bool:
    ok = terms["strike_ends"] != "yes" or float(terms["back_pay"]) >= 6
    return ok and float(terms["wage"]) <= float(terms["back_pay"])


def test_the_mask_is_what_the_linkages_say_package_by_package() -> None:
    sc = _linked()
    c = compile_scenario(sc)
    space = enumerate_packages(c, sc.phase_templates[:1])
    mask = coherent_mask(c)
    assert 0 < mask.sum() < len(mask)
    for i in range(len(mask)):
        assert mask[i] == _coherent(space.terms(i)), space.terms(i)


def test_analyze_never_recommends_a_package_breaking_a_linkage() -> None:
    plain, linked = analyze(labour_dispute()), analyze(_linked())
    assert 0 < linked.zone_size < plain.zone_size
    for view in linked.solutions.values():
        assert view is not None and _coherent(linked_terms(linked, view.index))
    rec = linked.recommendation
    assert rec is not None and "Nash" in rec["basis"]


def linked_terms(a, index: int) -> dict:
    return enumerate_packages(a.compiled).terms(index)


def test_no_zone_diagnosis_opens_only_coherent_packages() -> None:
    a = analyze(_linked(fallback=0.95))
    assert a.zone_size == 0 and a.diagnosis
    for r in a.diagnosis:
        assert _coherent(linked_terms(a, r.package))


@pytest.mark.parametrize("protocol", ["mediated", "alternating"])
def test_the_forecast_never_tables_or_signs_a_package_breaking_a_linkage(protocol) -> None:
    sc = _linked()
    space = compile_space(sc)
    assert all(_coherent(space.terms(k)) for k in range(space.size))
    f = forecast(
        ForecastConfig(runs=300, horizon=120, seed=3, protocol=protocol, deadline=60),
        scenario=sc,
        workers=1,
    )
    assert f.summary["p_deal_by_horizon"] > 0.5
    assert all(_coherent(p["terms"]) for p in f.summary["terms"]["top_packages"])
    t = negotiate(sc, protocol=protocol, horizon=120, seed=3)
    tabled = [
        s.package
        for s in t.steps
        if s.action in ("tabled", "offer", "signed") and s.package is not None
    ]
    assert tabled and all(_coherent(space.terms(k)) for k in tabled)


def test_the_flagship_exchange_ratio_holds_for_every_candidate() -> None:
    space = compile_space(load_scenario("gaza-2025-03"))
    for k in range(space.size):
        t = space.terms(k)
        prisoners = (
            sum(t["prisoner_release"].values())
            if isinstance(t["prisoner_release"], dict)
            else t["prisoner_release"]
        )
        assert prisoners >= 30 * float(t["hostage_release"]) - 1e-9
    assert np.isfinite(space.values).all()


WAGE_BEFORE_BACK_PAY = {
    "id": "wage_before_back_pay",
    "kind": "order",
    "description": "the wage rise is paid in full before any back pay",
    "first": {"issue": "wage"},
    "later": {"issue": "back_pay"},
    "assumption": "test",
}


def test_a_delivery_order_linkage_is_checked_on_the_phases_and_never_tabled_when_broken() -> None:
    """The template pays back pay in phase 1 and the wage in phase 2: against the declared
    order, so only packages without back pay are coherent, in analyze, the explorer and the forecast."""
    data = labour_dispute().model_dump(mode="json")
    data["linkages"] = [WAGE_BEFORE_BACK_PAY]
    sc = Scenario.model_validate(data)
    a = analyze(sc)
    assert a.zone_size > 0
    space = enumerate_packages(a.compiled)
    coherent = space.coherent()
    assert 0 < coherent.sum() < len(coherent)
    for i in np.flatnonzero(coherent):
        assert float(space.terms(int(i))["back_pay"]) == 0
    for view in a.solutions.values():
        assert view is not None and float(linked_terms(a, view.index)["back_pay"]) == 0
    # the deal explorer: the same terms in the declared order are fine, reversed they are not
    from accord.analysis import evaluate_phases

    wrong = [{"terms": {"back_pay": 6}}, {"terms": {"wage": 5, "back_pay": 6}}]
    right = [{"terms": {"wage": 5}}, {"terms": {"back_pay": 6}}]
    assert [b["id"] for b in evaluate_phases(a.compiled, wrong).linkages_broken] == [
        "wage_before_back_pay"
    ]
    assert evaluate_phases(a.compiled, right).linkages_broken == []
    fspace = compile_space(sc)
    assert fspace.size > 0 and all(
        float(fspace.terms(k)["back_pay"]) == 0 for k in range(fspace.size)
    )
    f = forecast(ForecastConfig(runs=200, horizon=90, seed=2), scenario=sc, workers=1)
    assert f.summary["p_deal_by_horizon"] > 0.5
    assert all(float(p["terms"]["back_pay"]) == 0 for p in f.summary["terms"]["top_packages"])
