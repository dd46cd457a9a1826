"""Invariants of the analysis engine, checked on small random scenarios (hypothesis).

The scenarios are built in Python: 2-3 belligerents, 2-4 small issues of every
kind, random weights, ideals, red lines, fallbacks and phase templates. Each
property is a promise a user relies on when reading an analysis.
"""

from __future__ import annotations

import datetime as dt
import itertools

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from accord.analysis import (
    analyze,
    compile_scenario,
    enumerate_packages,
    evaluate_phases,
    honour_probability,
    value_phases,
)
from accord.analysis.space import outer_sum
from accord.model import Scenario
from accord.scenarios import load_scenario

FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def ev(value: float) -> dict:
    return {
        "value": value,
        "assumption": {
            "low": min(0.0, value),
            "high": max(1.0, value),
            "reason": "random test scenario",
        },
    }


@st.composite
def issues(draw, k: int) -> dict:
    kind = draw(st.sampled_from(["ordinal", "boolean", "count", "continuous"]))
    issue: dict = {"id": f"i{k}", "kind": kind, "reversible": draw(st.booleans())}
    if kind == "ordinal":
        issue["levels"] = [f"l{n}" for n in range(draw(st.integers(2, 4)))]
    elif kind == "count":
        n_cat = draw(st.integers(1, 2))
        issue["categories"] = [
            {"id": f"c{n}", "max": ev(draw(st.integers(1, 6)))} for n in range(n_cat)
        ]
        issue["steps"] = draw(st.integers(2, 3))
    elif kind == "continuous":
        issue["min"] = 0
        issue["max"] = ev(draw(st.sampled_from([1.0, 10.0])))
        issue["steps"] = draw(st.integers(2, 4))
    return issue


def levels(issue: dict) -> list[str]:
    return issue.get("levels") or ["no", "yes"]


def upper(issue: dict) -> float:
    if issue["kind"] == "count":
        return float(sum(c["max"]["value"] for c in issue["categories"]))
    return float(issue["max"]["value"])


@st.composite
def positions(draw, party: str, issue_list: list[dict]) -> list[dict]:
    raw = [draw(st.integers(1, 9)) for _ in issue_list]
    weights = [r / sum(raw) for r in raw]
    out = []
    for issue, w in zip(issue_list, weights, strict=True):
        pos: dict = {"party": party, "issue": issue["id"], "weight": ev(w), "assumption": "random"}
        pos["shape"] = draw(st.sampled_from(["linear", "concave", "convex"]))
        if issue["kind"] in ("ordinal", "boolean"):
            lv = levels(issue)
            pos["ideal"] = draw(st.sampled_from(lv))
            if draw(st.booleans()):
                pos["red_line"] = draw(st.sampled_from(lv))
        else:
            pos["ideal"] = draw(st.sampled_from(["min", "max"]))
            if draw(st.booleans()):
                top = upper(issue)
                pos["red_line"] = draw(st.sampled_from([0.0, top / 3, top / 2, top]))
        out.append(pos)
    return out


@st.composite
def scenarios(draw, min_parties: int = 2, max_parties: int = 3) -> dict:
    n_parties = draw(st.integers(min_parties, max_parties))
    parties = [f"p{k}" for k in range(n_parties)]
    issue_list = [draw(issues(k)) for k in range(draw(st.integers(2, 4)))]
    status_quo = {
        i["id"]: (levels(i)[0] if i["kind"] in ("ordinal", "boolean") else 0) for i in issue_list
    }
    delivery: dict = {}
    for i in issue_list:
        if i["kind"] in ("count", "continuous"):
            delivery[i["id"]] = draw(st.sampled_from([0.0, 0.5, 1.0]))
        else:
            delivery[i["id"]] = draw(st.sampled_from(levels(i)))
    data = {
        "id": "random",
        "title": "random scenario",
        "date": dt.date(2025, 1, 1),
        "parties": [{"id": p, "name": p.upper(), "role": "belligerent"} for p in parties]
        + [{"id": "m", "name": "mediator", "role": "mediator"}],
        "issues": issue_list,
        "status_quo": status_quo,
        "positions": [pos for p in parties for pos in draw(positions(p, issue_list))],
        "fallbacks": [
            {"party": p, "utility": ev(draw(st.sampled_from([0.0, 0.1, 0.3, 0.5])))}
            for p in parties
        ],
        "commitment": {"temperature": ev(draw(st.sampled_from([0.0, 0.05, 0.3])))},
        "phase_templates": [
            {"id": "single", "title": "single", "phases": [{"name": "all"}]},
            {
                "id": "two",
                "title": "two",
                "phases": [{"name": "first", "delivery": delivery}, {"name": "rest"}],
            },
        ],
    }
    return data


def build(data: dict) -> Scenario:
    return Scenario.model_validate(data)


def dominated_by_any(points: np.ndarray, U: np.ndarray) -> np.ndarray:
    """For each point, whether some row of U weakly dominates it (>= everywhere, > somewhere)."""
    ge = (U[None, :, :] >= points[:, None, :]).all(axis=2)
    gt = (U[None, :, :] > points[:, None, :]).any(axis=2)
    return (ge & gt).any(axis=1)


# --------------------------------------------------------------------------- frontier and solutions


@FAST
@given(scenarios())
def test_no_frontier_point_is_dominated(data):
    s = build(data)
    a = analyze(s)
    space = enumerate_packages(compile_scenario(s))
    U = space.expected()
    assert len(a.frontier) > 0
    assert not dominated_by_any(a.frontier, U).any()
    if a.zone_size:
        zone = U[space.violations() == 0]
        assert not dominated_by_any(a.zone_frontier, zone).any()
        # the zone frontier is made of zone packages
        assert all((np.abs(zone - p).max(axis=1) == 0).any() for p in a.zone_frontier)


@FAST
@given(scenarios())
def test_nash_maximises_the_product_of_gains_over_the_zone(data):
    s = build(data)
    a = analyze(s)
    assume(a.zone_size > 0)
    space = enumerate_packages(compile_scenario(s))
    U = space.expected()
    zone = np.flatnonzero(space.violations() == 0)
    d = a.compiled.fallback
    assert (U[zone] >= d - 1e-12).all(), "zone packages meet every fallback"
    products = np.prod(U[zone] - d, axis=1)
    nash = a.solutions["nash"]
    assert nash is not None and nash.index in set(zone.tolist())
    assert np.prod(U[nash.index] - d) >= products.max() - 1e-12
    for name, view in a.solutions.items():
        assert view is not None and view.index in set(zone.tolist()), name


@FAST
@given(scenarios())
def test_a_solution_is_valued_as_the_grid_values_it(data):
    # the package the user reads (phases, evaluation) is the package on the grid
    s = build(data)
    a = analyze(s)
    assume(a.zone_size > 0)
    U = enumerate_packages(compile_scenario(s)).expected()
    for view in a.solutions.values():
        got = [view.evaluation.parties[p].expected_utility for p in a.compiled.parties]
        np.testing.assert_allclose(got, U[view.index], atol=1e-9)


# --------------------------------------------------------------------------- red lines


@FAST
@given(scenarios(), st.data())
def test_adding_a_red_line_never_enlarges_the_zone(data, draw):
    before = enumerate_packages(compile_scenario(build(data)))
    free = [k for k, p in enumerate(data["positions"]) if "red_line" not in p]
    assume(free)
    k = draw.draw(st.sampled_from(free))
    pos = dict(data["positions"][k])
    issue = next(i for i in data["issues"] if i["id"] == pos["issue"])
    if issue["kind"] in ("ordinal", "boolean"):
        pos["red_line"] = draw.draw(st.sampled_from(levels(issue)))
    else:
        pos["red_line"] = draw.draw(st.sampled_from([0.0, upper(issue) / 2, upper(issue)]))
    stricter = {
        **data,
        "positions": [pos if n == k else p for n, p in enumerate(data["positions"])],
    }
    after = enumerate_packages(compile_scenario(build(stricter)))
    zone_before = before.violations() == 0
    zone_after = after.violations() == 0
    assert not (zone_after & ~zone_before).any(), (
        "a package entered the zone when a red line was added"
    )
    assert analyze(build(stricter)).zone_size <= analyze(build(data)).zone_size


@FAST
@given(scenarios())
def test_relaxing_a_red_line_never_shrinks_the_zone(data):
    s = build(data)
    lines = [f"{p.party}.{p.issue}" for p in s.positions if p.red_line is not None]
    assume(lines)
    base = analyze(s).zone_size
    assert analyze(s, [lines[0]]).zone_size >= base
    assert analyze(s, lines).zone_size >= base


# --------------------------------------------------------------------------- relabelling


@FAST
@given(scenarios())
def test_relabelling_parties_permutes_the_results(data):
    s = build(data)
    swapped_data = {**data, "parties": list(reversed(data["parties"][:-1])) + data["parties"][-1:]}
    t = build(swapped_data)
    a, b = analyze(s), analyze(t)
    assert b.compiled.parties == list(reversed(a.compiled.parties))
    assert a.zone_size == b.zone_size
    Ua = enumerate_packages(a.compiled).expected()
    Ub = enumerate_packages(b.compiled).expected()
    np.testing.assert_array_equal(Ua, Ub[:, ::-1])
    for name in a.solutions:
        va, vb = a.solutions[name], b.solutions[name]
        assert (va is None) == (vb is None), name
        if va is not None:
            assert va.phases == vb.phases and va.template == vb.template, name
    # the same minimal relaxations, each opening as many packages (ties may list them in another order)
    da, db = a.diagnosis or [], b.diagnosis or []
    assert sorted((len(r.constraints), r.packages) for r in da) == sorted(
        (len(r.constraints), r.packages) for r in db
    )
    if len(da) < 8:  # below the listing limit, the very same sets
        assert {frozenset(r.constraints) for r in da} == {frozenset(r.constraints) for r in db}


# --------------------------------------------------------------------------- commitment


@st.composite
def phase_arrays(draw):
    P = draw(st.integers(2, 3))
    N = draw(st.integers(1, 6))
    B = draw(st.integers(0, 3))
    unit = st.floats(0, 1, allow_nan=False)
    final = draw(arrays(np.float64, (P, N), elements=unit))
    collapse = draw(arrays(np.float64, (B, P, N), elements=unit))
    return final, collapse


@settings(max_examples=100, deadline=None)
@given(phase_arrays())
def test_a_phase_certain_to_be_honoured_is_valued_as_unconditional(arrays_):
    final, collapse = arrays_
    # with tau = 0, honouring worth at least walking away means it happens for sure
    honest = np.minimum(collapse, final[None])
    v = value_phases(final, honest, 0.0, 0.0)
    np.testing.assert_array_equal(v.expected, final)
    np.testing.assert_array_equal(v.completion, np.ones(final.shape[1]))
    # a guarantor penalty far larger than any temptation does the same at any temperature
    w = value_phases(final, collapse, 1e6, 0.05)
    np.testing.assert_allclose(w.expected, final, atol=1e-12)
    np.testing.assert_allclose(w.completion, 1.0)


@settings(max_examples=100, deadline=None)
@given(phase_arrays())
def test_expected_value_lies_between_collapse_and_final(arrays_):
    final, collapse = arrays_
    v = value_phases(final, collapse, 0.0, 0.1)
    assert ((v.completion >= 0) & (v.completion <= 1)).all()
    lo = np.minimum(final, collapse.min(axis=0, initial=np.inf))
    hi = np.maximum(final, collapse.max(axis=0, initial=-np.inf))
    assert (v.expected >= lo - 1e-12).all() and (v.expected <= hi + 1e-12).all()


@settings(max_examples=100, deadline=None)
@given(phase_arrays(), st.floats(0.0, 0.5), st.floats(0.0, 0.5))
def test_a_larger_penalty_never_lowers_the_completion_chance(arrays_, p1, p2):
    final, collapse = arrays_
    lo, hi = sorted((p1, p2))
    for tau in (0.0, 0.1):
        a = value_phases(final, collapse, lo, tau).completion
        b = value_phases(final, collapse, hi, tau).completion
        assert (b >= a - 1e-12).all()


@settings(max_examples=100, deadline=None)
@given(
    arrays(np.float64, st.integers(2, 30), elements=st.floats(-5, 5, allow_nan=False)),
    st.floats(0.0, 2.0),
)
def test_honour_probability_is_monotone_in_the_gap(gaps, tau):
    gaps = np.sort(gaps)
    p = honour_probability(gaps, tau)
    assert ((p >= 0) & (p <= 1)).all()
    assert (np.diff(p) >= 0).all()
    if tau > 0:
        np.testing.assert_allclose(honour_probability(np.zeros(1), tau), 0.5)
        # symmetric around a zero gap
        np.testing.assert_allclose(p + honour_probability(-gaps, tau), 1.0, atol=1e-12)


def test_honour_is_certain_at_temperature_zero_exactly_when_honouring_pays():
    assert honour_probability(np.array([-1e-9, 0.0, 1e-9]), 0.0).tolist() == [0.0, 1.0, 1.0]


@st.composite
def phased_packages(draw):
    """A random scenario with fallbacks anywhere on [0, 1], and a random 1-3 phase package of it."""
    data = draw(scenarios())
    for fb in data["fallbacks"]:
        fb["utility"] = ev(draw(st.floats(0.0, 1.0)))
    c = compile_scenario(build(data))
    phases = [
        {
            "name": f"phase {k + 1}",
            "terms": {
                g.issue.id: g.describe(draw(st.integers(0, g.size - 1)))
                for g in c.grids
                if draw(st.booleans())
            },
        }
        for k in range(draw(st.integers(1, 3)))
    ]
    return c, phases


@FAST
@given(phased_packages())
def test_expected_utility_of_any_phased_package_lies_on_the_utility_scale(drawn):
    """Utilities are normalised to [0, 1]; a phased package's expected utility too,
    whatever the fallbacks and whatever the phases deliver before a collapse."""
    c, phases = drawn
    for v in evaluate_phases(c, phases).parties.values():
        assert -1e-9 <= v.expected_utility <= 1 + 1e-9, v
    expected = enumerate_packages(c).expected()
    assert (expected >= -1e-9).all() and (expected <= 1 + 1e-9).all()


def test_a_collapse_after_large_irreversible_gains_is_worth_at_most_the_best_outcome():
    """The case found: the union's fallback raised to 0.6, then pay, hours and reinstatement
    (worth 0.65 to it, irreversible) in phase 1 and a final phase it would walk away from.
    Fallback plus delivered gains was 1.25 for the union (and -0.25 for the employer)."""
    scenario = load_scenario("labour-2026-03")
    fallbacks = [
        f.model_copy(update={"utility": f.utility.model_copy(update={"value": 0.6})})
        if f.party == "union"
        else f
        for f in scenario.fallbacks
    ]
    c = compile_scenario(scenario.model_copy(update={"fallbacks": fallbacks}))
    phases = [
        {"terms": {"wage_rise": 8, "working_week": "hours_36", "reinstatement": 24}},
        {"terms": {"job_security": "none", "strike_suspended": "yes"}},
    ]
    ev_ = evaluate_phases(c, phases)
    union, employer = ev_.parties["union"], ev_.parties["employer"]
    assert union.final_utility < 1.0 and union.honour[0] < 0.01  # the union walks away
    assert union.expected_utility == pytest.approx(1.0, abs=0.01)
    assert 0.0 <= union.expected_utility <= 1.0
    assert 0.0 <= employer.expected_utility <= 1.0


# --------------------------------------------------------------------------- grid


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        arrays(np.float64, st.integers(1, 4), elements=st.floats(-100, 100)), min_size=1, max_size=4
    )
)
def test_outer_sum_equals_the_brute_force_sum(vectors):
    brute = [sum(combo) for combo in itertools.product(*[v.tolist() for v in vectors])]
    np.testing.assert_allclose(outer_sum(vectors), brute, rtol=0, atol=1e-9)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        arrays(np.int64, st.integers(1, 4), elements=st.integers(0, 2**40)), min_size=1, max_size=4
    )
)
def test_outer_sum_of_integer_codes_is_exact(vectors):
    brute = [sum(combo) for combo in itertools.product(*[v.tolist() for v in vectors])]
    assert outer_sum(vectors, dtype=np.int64).tolist() == brute


def test_honour_probability_at_a_subnormal_temperature_is_the_limit_without_a_warning():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        p = honour_probability(np.array([-1.0, 0.0, 2.0]), 5e-324)
    assert p.tolist() == [0.0, 0.5, 1.0]
