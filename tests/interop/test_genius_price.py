"""GENIUS cost-based ``price`` issues: the dealer profile of ``2nd_hand_car``.

The expected numbers are worked out here from the file's own figures with
``EvaluatorPrice``'s formula, not taken from accord's reader.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from accord.errors import InteropError
from accord.interop import analyse_genius, read_domain, read_profile, utilities
from accord.interop.genius_price import CostPriceProfile

# car_dealer.xml: evaluations (divided by each issue's largest, EvaluatorDiscrete) and costs
LEVELS = ["good", "fairly good", "standard", "meager", "none"]
EVAL = {
    "CD player": dict(zip(LEVELS, [58, 60, 70, 30, 65], strict=True)),
    "Extra speakers": dict(zip(LEVELS, [20, 80, 90, 20, 85], strict=True)),
    "Airconditioning": dict(zip(LEVELS, [90, 85, 20, 20, 89], strict=True)),
    "Tow hedge": dict(zip(LEVELS, [60, 70, 100, 20, 65], strict=True)),
}
COST = {
    "CD player": [700, 600, 500, 300, 0],
    "Extra speakers": [500, 400, 300, 200, 0],
    "Airconditioning": [2000, 1700, 1500, 1200, 0],
    "Tow hedge": [500, 400, 300, 200, 0],
}
WEIGHTS = {"CD player": 0.25, "Extra speakers": 0.08, "Airconditioning": 0.08, "Tow hedge": 0.38}
PRICE_WEIGHT, LOWER, UPPER = 0.21, 13000.0, 20600.0  # the profile's <range>, not the domain's


def dealer_by_hand(outcome: tuple[str, ...], price: float) -> float:
    names = list(EVAL)
    total, costs = 0.0, 0.0
    for name, value in zip(names, outcome, strict=True):
        total += WEIGHTS[name] * EVAL[name][value] / max(EVAL[name].values())
        costs += COST[name][list(EVAL[name]).index(value)]
    max_margin = (UPPER - LOWER - sum(max(c) for c in COST.values())) / LOWER  # 3900 / 13000
    total += PRICE_WEIGHT * min(1.0, max(0.0, (price - costs - LOWER) / (max_margin * LOWER)))
    return min(1.0, total)


@pytest.fixture
def car(domains_dir):
    folder = domains_dir / "2nd_hand_car"
    domain = read_domain(folder / "car_domain.xml")
    return folder, domain, read_profile(folder / "car_dealer.xml", domain)


def test_the_dealer_profile_reads_with_evaluator_price(car):
    _, domain, dealer = car
    assert isinstance(dealer, CostPriceProfile)
    assert (dealer.lower, dealer.upper, dealer.rationality) == (LOWER, UPPER, 0.5)
    assert dealer.max_cost == 3700.0 and dealer.max_margin * dealer.lower == pytest.approx(3900)
    assert any("GENIUS 10.4 no longer evaluates this type" in w for w in dealer.warnings)
    assert any("rationality_factor 0.5" in n for n in dealer.notes)


def test_every_dealer_utility_equals_the_formula_worked_by_hand(car):
    folder, domain, dealer = car
    U = utilities(domain, [dealer])[:, 0]
    prices = domain.issues[-1].numbers
    assert prices[0] == 13000.0 and prices[-1] == 22666.0  # the domain's range, 11 points
    for k in range(domain.n_outcomes):
        labels = domain.outcome(k)
        idx = np.unravel_index(k, domain.shape)
        assert U[k] == pytest.approx(dealer_by_hand(labels[:-1], prices[idx[-1]]), abs=1e-12)
    # profit clipped at 0 below cost + 13000, at 1 above a 3900 margin
    assert U.min() >= 0 and U.max() == 1.0


def test_2nd_hand_car_analyses_with_the_dealers_costs(domains_dir):
    folder = domains_dir / "2nd_hand_car"
    a = analyse_genius(
        folder / "car_domain.xml", [folder / "car_buyer.xml", folder / "car_dealer.xml"]
    )
    assert a.domain.n_outcomes == 5**4 * 11
    nash = a.frontier[a.solutions["nash"]]
    outcome = a.frontier_outcomes[a.solutions["nash"]]
    assert nash[1] == pytest.approx(dealer_by_hand(outcome[:-1], float(outcome[-1])), abs=1e-12)
    assert a.disagreement[1] == pytest.approx(0.3068)  # the dealer's reservation value


PRICE_PROFILE = """<utility_space>
<objective index="0" name="toy">
<issue index="1" type="discrete" name="Colour">
<item index="1" value="red" evaluation="1" {red_cost}/><item index="2" value="blue" evaluation="2" cost="300"/>
</issue>
<issue index="2" type="price" name="Price"><range lowerbound="{lb}" upperbound="2000"/></issue>
<weight index="1" value="0.5"/><weight index="2" value="0.5"/>
</objective>
</utility_space>
"""
DOMAIN = """<utility_space><objective index="0" name="toy">
<issue index="1" type="discrete" name="Colour"><item index="1" value="red"/><item index="2" value="blue"/></issue>
<issue index="2" type="real" name="Price"><range lowerbound="1000" upperbound="2000"/></issue>
</objective></utility_space>
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path / name


def test_a_small_price_profile_by_hand(tmp_path):
    domain = read_domain(write(tmp_path, "d.xml", DOMAIN), real_levels=3)
    prof = read_profile(
        write(tmp_path, "p.xml", PRICE_PROFILE.format(red_cost='cost="100"', lb="1000")), domain
    )
    # margin 2000 - 1000 - 300 = 700; red costs 100, blue 300; prices 1000, 1500, 2000
    U = utilities(domain, [prof])[:, 0].reshape(2, 3)
    np.testing.assert_allclose(
        U,
        [
            [0.25 + 0.5 * 0, 0.25 + 0.5 * 400 / 700, 0.25 + 0.5 * 1.0],
            [0.5 + 0.5 * 0, 0.5 + 0.5 * 200 / 700, 0.5 + 0.5 * 700 / 700],
        ],
        atol=1e-12,
    )


@pytest.mark.parametrize(
    ("red_cost", "lb", "message"),
    [
        ("", "1000", r"p\.xml:\d+: <issue 'Colour'> items \['red'\] of 'Colour' have no cost"),
        ('cost="100"', "0", "lowerbound 0 must be positive"),
        ('cost="100"', "1900", "leaves no margin over the largest item costs"),
    ],
)
def test_price_profiles_genius_cannot_evaluate_are_named(tmp_path, red_cost, lb, message):
    domain = read_domain(write(tmp_path, "d.xml", DOMAIN), real_levels=3)
    with pytest.raises(InteropError, match=message):
        read_profile(
            write(tmp_path, "p.xml", PRICE_PROFILE.format(red_cost=red_cost, lb=lb)), domain
        )


def test_the_dealer_has_no_negmas_linear_equivalent(car):
    pytest.importorskip("negmas")
    from accord.interop.negmas_adapter import genius_to_negmas

    _, domain, dealer = car
    with pytest.raises(InteropError, match="car_dealer.xml: a non-additive profile"):
        genius_to_negmas(domain, [dealer, dealer])
