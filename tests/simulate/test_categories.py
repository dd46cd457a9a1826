"""Living hostages by category: conserved per category, never negative, and single-category
scenarios unchanged by the per-category ledger."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.scenarios import load_scenario
from accord.simulate import ForecastConfig, forecast
from accord.simulate.montecarlo import build_task, chunk_rng, run_kernel
from accord.simulate.run import CATEGORY_COLUMNS, OUTCOME_COLUMNS

COL = {c: i for i, c in enumerate(OUTCOME_COLUMNS)}
CAT = {c: i for i, c in enumerate(CATEGORY_COLUMNS)}
DECEMBER = load_scenario("gaza-2023-12")  # three categories: women_children, civilian_men, soldiers


def test_categories_start_at_their_maxima() -> None:
    task = build_task(DECEMBER, ForecastConfig(scenario="gaza-2023-12", runs=10, horizon=10))
    assert task.categories == ["women_children", "civilian_men", "soldiers"]
    assert task.held0.tolist() == [20, 80, 30]
    assert int(task.held0.sum()) == task.held_total0
    assert task.held.shape[2] == 3


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 2**32),
    horizon=st.integers(1, 400),
    protocol=st.sampled_from(["mediated", "alternating"]),
    death=st.floats(0, 0.3),
    rescue=st.floats(0, 0.2),
    magnitude=st.integers(1, 6),
)
def test_people_conserved_per_category_and_never_negative(
    seed, horizon, protocol, death, rescue, magnitude
) -> None:
    cfg = ForecastConfig(
        scenario="gaza-2023-12",
        runs=64,
        horizon=horizon,
        seed=seed,
        protocol=protocol,
        chunk_size=64,
        overrides={
            "event.deaths_in_captivity.rate": death,
            "event.rescue_operation.rate": rescue,
            "event.rescue_operation.magnitude": magnitude,
        },
    )
    task = build_task(DECEMBER, cfg)
    rng = chunk_rng(seed, 0)
    _, values = task.table.draw(rng, 64)
    out_cat = np.full((64, 3, len(CATEGORY_COLUMNS)), -1, dtype=np.int64)
    out, *_ = run_kernel(
        task, rng.integers(0, 2**63 - 1, size=64, dtype=np.int64), values, out_cat=out_cat
    )
    assert (out_cat >= 0).all()
    assert (
        out_cat.sum(axis=2) == task.held0
    ).all()  # held + released + died + rescued = initial, per category
    for name in CATEGORY_COLUMNS:  # the categories add up to the totals
        assert (out_cat[:, :, CAT[name]].sum(axis=1) == out[:, COL[f"held_{name}"]]).all()
    assert (
        out[:, COL["held_remaining"]]
        + out[:, COL["held_released"]]
        + out[:, COL["held_rescued"]]
        + out[:, COL["held_died"]]
        == task.held_total0
    ).all()
    assert (
        out[:, COL["remains_held"]] + out[:, COL["remains_released"]]
        == task.remains0 + out[:, COL["held_died"]]
    ).all()


def test_deaths_fall_on_every_category_in_proportion() -> None:
    cfg = ForecastConfig(
        scenario="gaza-2023-12",
        runs=2000,
        horizon=365,
        seed=3,
        chunk_size=2000,
        overrides={
            "event.deaths_in_captivity.rate": 0.2,
            "event.rescue_operation.rate": 0.0,
            # red lines that never yield: most runs stay without a deal
            "red_line_yield.israel": 1.0,
            "red_line_yield.hamas": 1.0,
        },
    )
    task = build_task(DECEMBER, cfg)
    rng = chunk_rng(cfg.seed, 0)
    _, values = task.table.draw(rng, cfg.runs)
    out_cat = np.zeros((cfg.runs, 3, len(CATEGORY_COLUMNS)), dtype=np.int64)
    out, *_ = run_kernel(
        task, rng.integers(0, 2**63 - 1, size=cfg.runs, dtype=np.int64), values, out_cat=out_cat
    )
    assert (out_cat[:, :, CAT["died"]].sum(axis=0) > 0).all()
    # among runs without a deal (deals release some categories first), deaths split as those held (20 : 80 : 30)
    no_deal = out[:, COL["deals"]] == 0
    assert no_deal.sum() > 100
    died = out_cat[no_deal, :, CAT["died"]].sum(axis=0)
    share = died / died.sum()
    assert share == pytest.approx(task.held0 / task.held0.sum(), abs=0.02)


def _json(f) -> str:
    d = f.to_dict()
    d.pop("run_id")
    return json.dumps(d, sort_keys=True)


def test_same_json_for_any_worker_count_with_categories() -> None:
    cfg = ForecastConfig(scenario="gaza-2023-12", runs=900, horizon=120, seed=7, chunk_size=200)
    one = forecast(cfg, scenario=DECEMBER, workers=1)
    two = forecast(cfg, scenario=DECEMBER, workers=2)
    assert _json(one) == _json(two)
    by_cat = one.summary["outcomes_by_category"]
    assert list(by_cat) == ["women_children", "civilian_men", "soldiers"]
    assert [c["held_at_start"] for c in by_cat.values()] == [20, 80, 30]
    total = one.summary["outcomes"]["hostages_released"]["mean"]
    assert sum(c["released"]["mean"] for c in by_cat.values()) == pytest.approx(total, abs=0.01)


@pytest.mark.parametrize(
    ("scenario", "protocol"), [("gaza-2025-03", "mediated"), ("gaza-2024-04", "alternating")]
)
def test_a_single_category_gives_the_totals(scenario, protocol) -> None:
    cfg = ForecastConfig(
        scenario=scenario, runs=1000, horizon=365, seed=11, protocol=protocol, chunk_size=500
    )
    s = forecast(cfg, workers=1).summary
    (only,) = s["outcomes_by_category"].values()
    # the scenario's held stock is "hostages": its outcomes are hostages_released, hostages_died, ...
    assert {k: only[k] for k in CATEGORY_COLUMNS} == {
        k: s["outcomes"][f"hostages_{k}"] for k in CATEGORY_COLUMNS
    }
