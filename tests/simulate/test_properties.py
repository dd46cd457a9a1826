"""Invariants of every run, whatever the seed, horizon, protocol and event rates (hypothesis)."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.scenarios import load_scenario
from accord.simulate.config import ForecastConfig
from accord.simulate.montecarlo import build_task, chunk_rng, kernel_inputs, run_chunk, run_kernel
from accord.simulate.run import OUTCOME_COLUMNS

COL = {c: i for i, c in enumerate(OUTCOME_COLUMNS)}
FLAGSHIP = load_scenario("gaza-2025-03")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 2**32),
    horizon=st.integers(1, 400),
    protocol=st.sampled_from(["mediated", "alternating"]),
    death=st.floats(0, 0.2),
    rescue=st.floats(0, 0.2),
    magnitude=st.integers(1, 4),
)
def test_people_conserved_and_counts_bounded(
    seed, horizon, protocol, death, rescue, magnitude
) -> None:
    cfg = ForecastConfig(
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
    task = build_task(FLAGSHIP, cfg)
    rng = chunk_rng(seed, 0)
    _, values = task.table.draw(rng, 64)
    out, *_ = run_kernel(task, rng.integers(0, 2**63 - 1, size=64, dtype=np.int64), values)
    assert (out[:, COL["deals"] : COL["remains_held"] + 1] >= 0).all()
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
    assert (out[:, COL["pause_days"]] <= horizon).all()
    assert (out[:, COL["collapses"]] <= out[:, COL["deals"]]).all()
    dealt = out[:, COL["first_deal_day"]] >= 0
    assert (out[~dealt, COL["deals"]] == 0).all()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 2**32),
    scenario=st.sampled_from(["gaza-2023-12", "gaza-2025-03"]),
    temperature=st.floats(0.05, 0.5),
    phase_days=st.integers(1, 20),
)
def test_successive_deals_never_overdraw_the_prisoners_held(
    seed, scenario, temperature, phase_days
) -> None:
    """Deals that collapse and are signed again draw on one pool of prisoners per category."""
    sc = load_scenario(scenario)
    overrides = {
        "commitment.temperature": temperature,
        "phase_days": phase_days,
        "round_days": 1,
        "red_line_yield.israel": 0.0,
        "red_line_yield.hamas": 0.0,
    }
    cfg = ForecastConfig(
        scenario=scenario, runs=64, horizon=400, seed=seed, chunk_size=64, overrides=overrides
    )
    task = build_task(sc, cfg)
    rng = chunk_rng(seed, 0)
    _, values = task.table.draw(rng, 64)
    out, *_ = run_kernel(task, rng.integers(0, 2**63 - 1, size=64, dtype=np.int64), values)
    pool = kernel_inputs(task, values)["pool0"].sum(axis=1)
    assert (out[:, COL["pool_released"]] <= pool).all()
    assert (
        out[:, COL["held_released"]] + out[:, COL["held_rescued"]] + out[:, COL["held_died"]]
        <= task.held_total0
    ).all()
    assert (out[:, COL["remains_released"]] <= task.remains0 + out[:, COL["held_died"]]).all()


@settings(max_examples=10, deadline=None)
@given(seed=st.integers(0, 2**32), chunk=st.integers(0, 1000))
def test_a_chunk_depends_only_on_seed_and_index(seed, chunk) -> None:
    cfg = ForecastConfig(runs=10**6, horizon=30, seed=seed, chunk_size=32)
    task = build_task(FLAGSHIP, cfg)
    a, b = run_chunk(task, chunk), run_chunk(task, chunk)
    assert a.to_json() == b.to_json()
    assert a.n == 32 and int(a.hist["deal_day"].sum()) == 32
