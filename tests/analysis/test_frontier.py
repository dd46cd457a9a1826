"""The two-party Pareto frontier against a brute-force O(n²) dominance check (hypothesis).

Aimed at the shapes the forecast's candidate search gives ``pareto_mask``: tall arrays read
as column views, many rows set to one value (packages excluded), a first column that is the
same for every candidate.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from accord.analysis.frontier import pareto_mask


def brute_mask(U: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Row i is kept when it is a candidate and no candidate j is >= everywhere and > once."""
    C = U[mask]
    ge = (C[:, None, :] >= U[None, :, :]).all(axis=2)  # ge[j, i]: candidate j >= row i
    gt = (C[:, None, :] > U[None, :, :]).any(axis=2)
    return mask & ~(ge & gt).any(axis=0)


few = st.sampled_from([-1.0, 0.0, 0.25, 0.5, 1.0])


@st.composite
def two_party(draw):
    n = draw(st.integers(1, 400))
    column = arrays(np.float64, (n,), elements=few | st.floats(-1, 1))
    u0 = np.full(n, draw(few)) if draw(st.booleans()) else draw(column)
    u1 = np.full(n, draw(few)) if draw(st.booleans()) else draw(column)
    U = np.stack([u0, u1], axis=1)
    if draw(st.booleans()):  # "excluded" rows set to one value, as the forecast space does
        U[draw(arrays(np.bool_, (n,)))] = -1.0
    mask = draw(arrays(np.bool_, (n,))) if draw(st.booleans()) else np.ones(n, dtype=bool)
    return U, mask


@settings(max_examples=400, deadline=None)
@given(two_party())
def test_two_party_frontier_is_the_brute_force_mask(problem):
    U, mask = problem
    np.testing.assert_array_equal(pareto_mask(U, mask), brute_mask(U, mask))


@settings(max_examples=100, deadline=None)
@given(two_party(), st.booleans())
def test_column_order_and_memory_layout_do_not_change_the_frontier(problem, fortran):
    U, mask = problem
    W = np.asfortranarray(U) if fortran else np.ascontiguousarray(U[:, ::-1])[:, ::-1]
    np.testing.assert_array_equal(pareto_mask(W, mask), pareto_mask(U, mask))
    np.testing.assert_array_equal(pareto_mask(U[:, ::-1], mask), pareto_mask(U, mask))


def test_a_tall_array_of_one_value_is_all_frontier_and_a_constant_column_keeps_the_best():
    same = np.full((200_000, 2), -1.0)
    assert pareto_mask(same).all()
    rng = np.random.default_rng(3)
    U = np.stack([np.full(3000, 0.5), rng.integers(0, 40, 3000) / 40], axis=1)
    mask = rng.random(3000) < 0.7
    np.testing.assert_array_equal(pareto_mask(U, mask), brute_mask(U, mask))
    assert pareto_mask(U, mask).sum() == (U[mask, 1] == U[mask, 1].max()).sum()


def test_forecast_like_grid_matches_brute_force():
    """Half the rows excluded (set to -1), the rest on a coarse grid with ties: the binned
    pre-filter and the sweep give exactly the non-dominated rows."""
    rng = np.random.default_rng(7)
    U = rng.integers(0, 50, size=(4000, 2)) / 50
    U[rng.random(4000) < 0.5] = -1.0
    np.testing.assert_array_equal(pareto_mask(U), brute_mask(U, np.ones(4000, dtype=bool)))
