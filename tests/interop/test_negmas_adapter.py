"""NegMAS agents negotiate on accord scenarios through the adapter."""

from __future__ import annotations

import datetime as dt
import warnings

import numpy as np
import pytest

from accord.errors import InteropError
from accord.interop import find_genius_files, import_genius, read_genius, utilities

pytestmark = pytest.mark.negmas
negmas = pytest.importorskip("negmas")

from accord.interop.negmas_adapter import from_negmas, negmas_to_genius, to_negmas  # noqa: E402

DAY = dt.date(2024, 1, 1)


@pytest.fixture
def itex(domains_dir):
    domain, profiles = find_genius_files(domains_dir / "ItexvsCypress")
    return domain, profiles, import_genius(domain, profiles, date=DAY)


def test_a_negmas_mechanism_runs_on_an_imported_domain(itex):
    from negmas.sao import AspirationNegotiator, BoulwareTBNegotiator, SAOMechanism

    _, _, scenario = itex
    ns = to_negmas(scenario)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = SAOMechanism(outcome_space=ns.outcome_space, n_steps=200)
        m.add(AspirationNegotiator(name="buyer"), ufun=ns.ufuns[0])
        m.add(BoulwareTBNegotiator(name="seller"), ufun=ns.ufuns[1])
        state = m.run()
    assert state.agreement is not None
    assert ns.outcome_space.is_valid(state.agreement)
    for u, f in zip(ns.ufuns, scenario.fallbacks, strict=True):
        assert u(state.agreement) >= f.utility.value


def test_negmas_ufuns_give_accords_utilities_for_every_outcome(itex):
    domain, profiles, scenario = itex
    ns = to_negmas(scenario)
    outcomes = list(ns.outcome_space.enumerate_or_sample())
    theirs = np.array([[u(o) for u in ns.ufuns] for o in outcomes])
    np.testing.assert_array_equal(theirs, utilities(*read_genius(domain, profiles)))


def test_negmas_scenario_comes_back_as_the_same_positions(itex):
    _, _, scenario = itex
    back = from_negmas(to_negmas(scenario), date=DAY, scenario_id=scenario.id)
    assert back.issues == scenario.issues
    assert [(p.party, p.issue, p.weight.value, p.values) for p in back.positions] == [
        (p.party, p.issue, p.weight.value, p.values) for p in scenario.positions
    ]


def test_flagship_scenario_runs_in_negmas():
    from accord.scenarios import load_scenario

    ns = to_negmas(load_scenario("gaza-2025-03"))
    assert len(ns.ufuns) == 2
    assert ns.outcome_space.cardinality > 1000


def test_non_linear_negmas_ufuns_are_named():
    from negmas import make_issue, make_os
    from negmas.inout import Scenario
    from negmas.preferences import MappingUtilityFunction

    os = make_os([make_issue(["a", "b"], name="x")])
    ufun = MappingUtilityFunction(lambda o: 0.5, outcome_space=os, name="odd")
    with pytest.raises(InteropError, match="'odd' is a MappingUtilityFunction"):
        negmas_to_genius(Scenario(outcome_space=os, ufuns=(ufun, ufun)))
