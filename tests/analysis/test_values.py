"""Value functions and red lines on arrays: what a position means, issue by issue."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.analysis import values as V
from accord.analysis.compile import compile_scenario
from accord.model import Issue, Position, assumed
from accord.scenarios import load_scenario

W = assumed(0.5, 0.0, 1.0, "test")
CEASEFIRE = Issue(id="ceasefire", kind="ordinal", levels=["none", "pause", "phased", "permanent"])
AID = Issue(id="aid", kind="continuous", min=0, max=assumed(600, 400, 800, "test"))
PRISONERS = Issue.model_validate(
    {
        "id": "prisoners",
        "kind": "count",
        "categories": [
            {
                "id": "general",
                "max": {"value": 100, "assumption": {"low": 50, "high": 200, "reason": "test"}},
            },
            {
                "id": "life",
                "max": {"value": 10, "assumption": {"low": 5, "high": 20, "reason": "test"}},
            },
        ],
    }
)


def pos(issue: Issue, **kw) -> Position:
    return Position(party="a", issue=issue.id, weight=W, assumption="test", **kw)


def test_the_ideal_is_worth_one_and_the_far_end_zero():
    p = pos(CEASEFIRE, ideal="permanent")
    np.testing.assert_allclose(V.value(CEASEFIRE, p, np.arange(4.0)), [0, 1 / 3, 2 / 3, 1])
    p = pos(AID, ideal="min")
    np.testing.assert_allclose(V.value(AID, p, np.array([0.0, 300.0, 600.0])), [1, 0.5, 0])


def test_an_ideal_in_the_middle_falls_off_on_both_sides():
    p = pos(CEASEFIRE, ideal="pause")
    v = V.value(CEASEFIRE, p, np.arange(4.0))
    assert v[1] == 1.0 and v[0] < 1 and v[2] < 1 and v[3] == 0.0


def test_shapes_bend_the_curve_between_the_same_ends():
    x = np.array([0.0, 150.0, 300.0, 600.0])
    lin, cav, vex = (
        V.value(AID, pos(AID, ideal="max", shape=s), x) for s in ("linear", "concave", "convex")
    )
    for v in (lin, cav, vex):
        assert v[0] == 0.0 and v[-1] == 1.0
    assert (cav[1:3] > lin[1:3]).all() and (vex[1:3] < lin[1:3]).all()


def test_an_explicit_values_table_is_used_as_given():
    g = Issue(id="g", kind="ordinal", levels=["none", "mediator", "force"])
    p = pos(g, ideal="mediator", values={"none": 0.0, "mediator": 1.0, "force": 0.4})
    np.testing.assert_allclose(V.value(g, p, np.arange(3.0)), [0.0, 1.0, 0.4])


def test_no_position_means_no_value_and_no_red_line():
    assert V.value(AID, None, np.array([0.0, 600.0])).tolist() == [0.0, 0.0]
    assert V.red_line_ok(AID, None, np.array([0.0, 600.0])).tolist() == [True, True]


def test_category_weights_make_life_sentences_count_more():
    p = pos(PRISONERS, ideal="min", category_weights={"general": 1.0, "life": 3.0})
    ten_general, ten_life = V.value(PRISONERS, p, np.array([[10.0, 0.0], [0.0, 10.0]]))
    assert ten_life < ten_general


def test_an_ordinal_red_line_allows_only_the_ideal_side():
    p = pos(CEASEFIRE, ideal="permanent", red_line="phased")
    assert V.red_line_ok(CEASEFIRE, p, np.arange(4.0)).tolist() == [False, False, True, True]
    p = pos(CEASEFIRE, ideal="none", red_line="pause")
    assert V.red_line_ok(CEASEFIRE, p, np.arange(4.0)).tolist() == [True, True, False, False]


def test_a_count_red_line_on_one_category_binds_that_category_in_the_ideal_direction():
    # "no prisoners with life sentences" for a side that wants fewer releases
    p = pos(PRISONERS, ideal="min", red_line={"life": 0})
    raw = np.array([[100.0, 0.0], [0.0, 1.0]])
    assert V.red_line_ok(PRISONERS, p, raw).tolist() == [True, False]
    # "at least 5 with life sentences" for a side that wants more
    p = pos(PRISONERS, ideal="max", red_line={"life": 5})
    assert V.red_line_ok(PRISONERS, p, np.array([[0.0, 5.0], [100.0, 4.0]])).tolist() == [
        True,
        False,
    ]


def test_a_total_without_a_breakdown_is_spread_over_categories_in_proportion():
    np.testing.assert_allclose(V.as_raw(PRISONERS, 55), [50.0, 5.0])
    np.testing.assert_allclose(V.as_raw(PRISONERS, {"life": 3}), [0.0, 3.0])
    assert V.describe_raw(PRISONERS, np.array([50.0, 5.0])) == {"general": 50, "life": 5}
    assert V.describe_raw(CEASEFIRE, np.array(2.0)) == "phased"


@settings(max_examples=100, deadline=None)
@given(
    ideal=st.sampled_from(["min", "max", 0.0, 150.0, 300.0, 600.0]),
    shape=st.sampled_from(["linear", "concave", "convex"]),
    xs=st.lists(st.floats(0, 600), min_size=1, max_size=20),
)
def test_values_lie_in_the_unit_interval_and_peak_at_the_ideal(ideal, shape, xs):
    p = pos(AID, ideal=ideal, shape=shape)
    v = V.value(AID, p, np.array(xs))
    assert ((v >= 0) & (v <= 1)).all()
    assert V.value(AID, p, np.array([AID.to_number(ideal)]))[0] == pytest.approx(1.0)


@settings(max_examples=100, deadline=None)
@given(
    ideal=st.sampled_from(["min", "max"]),
    red=st.floats(0, 600),
    xs=st.lists(st.floats(0, 600), min_size=2, max_size=20),
)
def test_a_value_at_least_as_good_as_an_accepted_one_is_accepted(ideal, red, xs):
    # red lines are monotone: moving toward the ideal never crosses one
    p = pos(AID, ideal=ideal, red_line=red)
    x = np.sort(np.array(xs))
    ok = V.red_line_ok(AID, p, x)
    order = ok if ideal == "max" else ok[::-1]
    assert (np.diff(order.astype(int)) >= 0).all()


def test_the_flagship_grid_has_the_documented_size():
    c = compile_scenario(load_scenario("gaza-2025-03"))
    sizes = {g.issue.id: g.size for g in c.grids}
    # hostages 7 steps, bodies 3, prisoners 5 x 5 (two categories), aid 5
    assert sizes["hostage_release"] == 7 and sizes["bodies_return"] == 3
    assert sizes["prisoner_release"] == 25 and sizes["humanitarian_aid"] == 5
    assert sizes["ceasefire"] == 4 and sizes["hamas_rule"] == 3
    np.testing.assert_allclose(c.weights.sum(axis=1), 1.0)
    assert c.parties == ["israel", "hamas"]
