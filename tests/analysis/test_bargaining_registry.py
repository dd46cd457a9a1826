"""The contract every registered bargaining solution must pass (analysis/bargaining.py).

Each entry of the registry is checked, with hypothesis over small random
utility spaces, for: a package on the frontier of the candidates or None (and
None only when there is nothing to choose from), Pareto efficiency against
every candidate, individual rationality when the entry declares it,
unchanged by relabelling the parties when it declares symmetry, and the same
answer on every call without touching its inputs. A new entry gets all of it
by being added to ``REGISTRY``.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from plotly.validator_cache import ValidatorCache

from accord.analysis import analyze, bargaining, run
from accord.analysis.bargaining import REGISTRY, SOLUTIONS, BargainingSolution
from accord.analysis.solutions import BargainingProblem, bargaining_problem
from accord.scenarios import parse_scenario
from accord.scenarios.template import starting_file

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "extending.md"


def guide_example() -> BargainingSolution:
    """The solution docs/extending.md adds: its function block and its registry line, run as written."""
    text = GUIDE.read_text(encoding="utf-8")
    function, line = re.findall(r"^```python\n(.*?)^```", text, re.S | re.M)[:2]
    namespace = {
        "np": np,
        "BargainingProblem": BargainingProblem,
        "BargainingSolution": BargainingSolution,
    }
    exec(function, namespace)  # noqa: S102 - our own documentation
    return eval(line.strip().rstrip(","), namespace)  # noqa: S307


EXAMPLE = guide_example()
coarse = st.sampled_from([0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0])  # ties are common


@st.composite
def spaces(draw):
    k = draw(st.integers(2, 4))
    n = draw(st.integers(1, 30))
    U = draw(arrays(np.float64, (n, k), elements=coarse | st.floats(0, 1)))
    d = draw(arrays(np.float64, (k,), elements=st.floats(-0.2, 0.6)))
    mask = draw(arrays(np.bool_, (n,)))
    clamp = draw(st.booleans())
    return U, d, mask, clamp


def dominated(U: np.ndarray, mask: np.ndarray, i: int) -> bool:
    others = U[mask]
    return bool((((others >= U[i]).all(axis=1)) & ((others > U[i]).any(axis=1))).any())


# every registered entry, and the one the guide shows how to add
ENTRIES = pytest.mark.parametrize(
    "entry", (*REGISTRY, EXAMPLE), ids=[s.name for s in (*REGISTRY, EXAMPLE)]
)


@ENTRIES
def test_an_entry_declares_what_the_plots_and_page_need(entry: BargainingSolution):
    assert entry.name.isidentifier() and entry.name == entry.name.lower()
    assert entry.label and entry.description
    ValidatorCache.get_validator("scatter.marker", "symbol").validate_coerce(entry.symbol)
    assert entry is EXAMPLE or SOLUTIONS[entry.name] is entry


def test_names_labels_and_symbols_are_distinct():
    for attr in ("name", "label", "symbol"):
        values = [getattr(s, attr) for s in (*REGISTRY, EXAMPLE)]
        assert len(set(values)) == len(values), attr


@ENTRIES
@settings(max_examples=60, deadline=None)
@given(space=spaces())
def test_an_entry_returns_an_efficient_frontier_package_or_none(entry, space):
    U, d, mask, clamp = space
    problem = bargaining_problem(U, d, mask, clamp=clamp)
    i = entry.find(problem)
    pool = problem.rational if entry.rational else problem.frontier
    if i is None:
        assert pool.size == 0, "None although there were packages to choose from"
        return
    assert isinstance(i, int)
    assert i in set(problem.frontier.tolist()), "not on the Pareto frontier of the candidates"
    assert mask[i]
    assert not dominated(U, mask, i), (
        "another candidate is at least as good for all and better for one"
    )
    if entry.rational:
        assert (U[i] >= problem.d).all(), "gives a party less than its disagreement value"


@ENTRIES
@settings(max_examples=50, deadline=None)
@given(space=spaces(), data=st.data())
def test_a_symmetric_entry_ignores_the_order_of_the_parties(entry, space, data):
    if not entry.symmetric:
        pytest.skip(f"{entry.name} declares no symmetry")
    U, d, mask, clamp = space
    perm = np.array(data.draw(st.permutations(range(U.shape[1]))))
    a = entry.find(bargaining_problem(U, d, mask, clamp=clamp))
    b = entry.find(bargaining_problem(U[:, perm], d[perm], mask, clamp=clamp))
    assert a == b


@ENTRIES
@settings(max_examples=60, deadline=None)
@given(space=spaces())
def test_an_entry_is_deterministic_and_leaves_its_inputs_alone(entry, space):
    U, d, mask, clamp = space
    before = (U.copy(), d.copy(), mask.copy())
    problem = bargaining_problem(U, d, mask, clamp=clamp)
    first = entry.find(problem)
    assert entry.find(problem) == first
    assert entry.find(bargaining_problem(U, d, mask, clamp=clamp)) == first
    for x, y in zip(before, (U, d, mask), strict=True):
        np.testing.assert_array_equal(x, y)


@ENTRIES
def test_on_a_symmetric_two_party_space_an_entry_picks_the_symmetric_package(entry):
    # packages (a, b) and their mirror images; the only symmetric efficient one is (0.6, 0.6)
    U = np.array([[1.0, 0.1], [0.1, 1.0], [0.6, 0.6], [0.8, 0.3], [0.3, 0.8], [0.2, 0.2]])
    if not entry.symmetric:
        pytest.skip(f"{entry.name} declares no symmetry")
    assert entry.find(bargaining_problem(U, np.zeros(2))) == 2


def test_analyze_reports_every_registered_solution_with_its_label():
    scenario = parse_scenario(starting_file("registry-check"), "registry-check.yaml")
    result = analyze(scenario).to_dict()
    assert list(result["solutions"]) == [s.name for s in REGISTRY]
    assert result["solution_labels"] == {s.name: s.label for s in REGISTRY}
    assert all(result["solutions"][s.name] is not None for s in REGISTRY)


def test_a_scenario_without_a_zone_reports_every_solution_as_none():
    text = starting_file("no-zone").replace(
        "    red_line: 40\n", "    red_line: 80\n"
    )  # above the buyer's 70
    result = analyze(parse_scenario(text, "no-zone.yaml")).to_dict()
    assert not result["agreement_space"]["zone_exists"]
    assert result["solutions"] == {s.name: None for s in REGISTRY}


def test_adding_the_guides_example_to_the_registry_is_all_analyze_needs(monkeypatch):
    # what one more line in REGISTRY amounts to once the modules are imported
    registry = (*REGISTRY, EXAMPLE)
    monkeypatch.setattr(bargaining, "REGISTRY", registry)
    monkeypatch.setattr(bargaining, "SOLUTIONS", {s.name: s for s in registry})
    monkeypatch.setattr(run, "SOLUTION_NAMES", tuple(s.name for s in registry))
    result = analyze(parse_scenario(starting_file("added"), "added.yaml")).to_dict()
    assert result["solutions"][EXAMPLE.name] is not None
    assert result["solution_labels"][EXAMPLE.name] == "relative egalitarian"
