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
