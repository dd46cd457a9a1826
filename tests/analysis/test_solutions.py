"""Bargaining solutions on arrays: invariants (hypothesis) and brute-force checks."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from accord.analysis.frontier import pareto_mask
from accord.analysis.solutions import (
    Solutions,
    effective_disagreement,
    egalitarian_index,
    kalai_smorodinsky_index,
    nash_index,
    solve_all,
    utilitarian_index,
)
from accord.errors import InputError

# Few distinct values so that ties and duplicated utility vectors are common.
coarse = st.sampled_from([0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0])


@st.composite
def problems(draw, min_parties=2, max_parties=4):
    k = draw(st.integers(min_parties, max_parties))
    n = draw(st.integers(1, 40))
    U = draw(arrays(np.float64, (n, k), elements=coarse | st.floats(0, 1)))
    d = draw(arrays(np.float64, (k,), elements=st.floats(-0.2, 0.6)))
    mask = draw(arrays(np.bool_, (n,)))
    return U, d, mask


def dominates(a: np.ndarray, b: np.ndarray) -> bool:
    return bool((a >= b).all() and (a > b).any())


def brute_pareto(U: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Every candidate compared with every other one (a row of comparisons at a time)."""
    idx = np.flatnonzero(mask)
    C = U[idx]
    out = np.zeros(len(U), dtype=bool)
    for i in idx:
        # some candidate at least as good for everyone and better for someone (never i itself)
        out[i] = not ((C >= U[i]).all(axis=1) & (C > U[i]).any(axis=1)).any()
    return out


@settings(max_examples=300, deadline=None)
@given(problems(min_parties=1, max_parties=5))
def test_frontier_is_exactly_the_non_dominated_candidates(problem):
    U, _, mask = problem
    front = pareto_mask(U, mask)
    assert not front[~mask].any()
    np.testing.assert_array_equal(front, brute_pareto(U, mask))


@settings(max_examples=200, deadline=None)
@given(problems())
def test_every_candidate_off_the_frontier_is_dominated_by_a_frontier_point(problem):
    U, _, mask = problem
    front = np.flatnonzero(pareto_mask(U, mask))
    for i in np.flatnonzero(mask & ~pareto_mask(U, mask)):
        assert any(dominates(U[j], U[i]) for j in front)
    for i in front:
        assert not any(dominates(U[j], U[i]) for j in front)


@settings(max_examples=200, deadline=None)
@given(problems())
def test_nash_maximises_the_product_of_gains_among_rational_candidates(problem):
    U, d, mask = problem
    i = nash_index(U, d, mask)
    dd = effective_disagreement(U, d, mask)
    rational = mask & (U >= dd).all(axis=1)
    if not rational.any():
        assert i is None
        return
    assert i is not None and rational[i]
    products = np.prod(U[rational] - dd, axis=1)
    assert np.prod(U[i] - dd) >= products.max() - 1e-12


@settings(max_examples=200, deadline=None)
@given(problems())
def test_solutions_lie_on_the_frontier_and_are_rational(problem):
    U, d, mask = problem
    s = solve_all(U, d, mask)
    front = pareto_mask(U, mask)
    np.testing.assert_array_equal(s.frontier, np.flatnonzero(front))
    rational = (U >= s.disagreement).all(axis=1)
    np.testing.assert_array_equal(
        s.rational_frontier, np.flatnonzero(pareto_mask(U, mask & rational))
    )
    for i in (s.nash, s.kalai_smorodinsky, s.egalitarian):
        if i is not None:
            assert front[i] and (U[i] >= s.disagreement).all()
    if s.utilitarian is not None:
        assert front[s.utilitarian]
    assert s.nash == nash_index(U, d, mask)
    assert s.kalai_smorodinsky == kalai_smorodinsky_index(U, d, mask)
    assert s.egalitarian == egalitarian_index(U, d, mask)
    assert s.utilitarian == utilitarian_index(U, mask)


@settings(max_examples=200, deadline=None)
@given(problems(), st.randoms(use_true_random=False))
def test_permuting_parties_gives_the_same_outcomes(problem, rnd):
    U, d, mask = problem
    perm = list(range(U.shape[1]))
    rnd.shuffle(perm)
    a, b = solve_all(U, d, mask), solve_all(U[:, perm], d[perm], mask)
    np.testing.assert_array_equal(a.frontier, b.frontier)
    assert (a.nash, a.kalai_smorodinsky, a.egalitarian, a.utilitarian) == (
        b.nash,
        b.kalai_smorodinsky,
        b.egalitarian,
        b.utilitarian,
    )


@settings(max_examples=100, deadline=None)
@given(problems(), st.permutations(range(40)))
def test_ties_go_to_the_lowest_index(problem, perm):
    U, d, _ = problem
    # duplicate every row: the chosen index must be the first copy
    U2 = np.vstack([U, U])
    s = solve_all(U2, d)
    for i in (s.nash, s.kalai_smorodinsky, s.egalitarian, s.utilitarian):
        assert i is None or i < len(U)


def test_duplicated_frontier_points_are_all_kept():
    U = np.array([[0.5, 0.5], [0.5, 0.5], [0.2, 0.2], [1.0, 0.0]])
    assert pareto_mask(U).tolist() == [True, True, False, True]


@pytest.mark.slow
def test_two_party_frontier_matches_brute_force_on_a_grid_with_many_ties():
    rng = np.random.default_rng(1)
    U = rng.integers(0, 6, size=(3000, 2)).astype(float)
    U[:, 1] = 5 - U[:, 0] + rng.integers(0, 2, size=3000)
    mask = rng.random(3000) < 0.8
    np.testing.assert_array_equal(pareto_mask(U, mask), brute_pareto(U, mask))


def test_no_rational_outcome_gives_none():
    U = np.array([[0.2, 0.9], [0.9, 0.2]])
    d = np.array([0.95, 0.0])
    s = solve_all(U, d)
    assert (s.nash, s.kalai_smorodinsky, s.egalitarian) == (None, None, None)
    assert s.utilitarian is not None


def test_empty_mask_gives_empty_frontier_and_no_solutions():
    U = np.array([[0.2, 0.9], [0.9, 0.2]])
    s = solve_all(U, np.zeros(2), np.zeros(2, dtype=bool))
    assert s.frontier.size == 0
    assert s == Solutions(s.frontier, s.rational_frontier, None, None, None, None, s.disagreement)


def test_clamp_measures_gains_from_the_worst_outcome_on_the_table():
    U = np.array([[0.9, 0.3], [0.6, 0.5], [0.4, 0.55]])
    d = np.array([-1.0, -1.0])
    # from (-1, -1) the products are 2.47, 2.4, 2.17; from (0.4, 0.3) they are 0, 0.04, 0
    assert nash_index(U, d, clamp=False) == 0
    assert nash_index(U, d) == 1


def test_kalai_smorodinsky_differs_from_egalitarian_when_ranges_differ():
    U = np.array([[1.0, 0.0], [0.7, 0.4], [0.45, 0.5], [0.0, 0.5]])
    assert kalai_smorodinsky_index(U, np.zeros(2)) == 1
    assert egalitarian_index(U, np.zeros(2)) == 2


@pytest.mark.parametrize(
    ("U", "d", "mask", "message"),
    [
        (np.zeros(3), np.zeros(1), None, "2-D"),
        (np.array([[np.nan, 0.0]]), np.zeros(2), None, "NaN"),
        (np.zeros((2, 2)), np.zeros(3), None, r"shape \(2,\)"),
        (np.zeros((2, 2)), np.zeros(2), np.array([1, 0]), "boolean"),
    ],
)
def test_bad_input_is_named(U, d, mask, message):
    with pytest.raises(InputError, match=message):
        solve_all(U, d, mask)


def test_large_two_party_frontier_matches_a_plain_sweep():
    """10^6 rows: the binned pre-filter keeps exactly the frontier (its speed: benchmarks/)."""
    rng = np.random.default_rng(0)
    U = rng.random((1_000_000, 2))
    order = np.lexsort((-U[:, 1], -U[:, 0]))  # u0 descending (distinct floats: no ties)
    best_before = np.r_[-np.inf, np.maximum.accumulate(U[order, 1])[:-1]]
    expected = np.zeros(len(U), dtype=bool)
    expected[order[U[order, 1] > best_before]] = True
    front = pareto_mask(U)
    np.testing.assert_array_equal(front, expected)
    assert 1 <= front.sum() < 100


def test_subnormal_and_huge_ranges_do_not_break_the_two_party_filter():
    tiny = np.array([[5e-324, 0.0], [0.0, 0.0], [5e-324, 0.0], [0.0, 0.0]])
    assert pareto_mask(tiny).tolist() == [True, False, True, False]
    huge = np.array([[-1e308, 1.0], [1e308, 0.0], [0.0, 0.5], [0.0, 0.4]])
    assert pareto_mask(huge).tolist() == [True, True, True, False]
