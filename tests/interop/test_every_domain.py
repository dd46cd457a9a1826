"""Every domain folder under shared/domains -- ANAC 2010-2014 included -- imports and analyses.

Folders holding several variants (ANAC 2012's A, B, C) give one negotiation
each. A profile that is not additive (ANAC 2014's hyper-rectangles, the cost-based
price issue of ``2nd_hand_car``) is analysed in GENIUS's terms and refused
as an additive scenario with the reason.
"""

from __future__ import annotations

import numpy as np
import pytest
from interop_reference import all_domain_folders, shared_dir

from accord.analysis import analyze
from accord.errors import InteropError
from accord.interop import analyse_genius_set, find_genius_sets, import_genius

NONLINEAR = "y2014"
# analysed in GENIUS's terms; not additive, so not an accord scenario (the reason is given)
NOT_ADDITIVE = {"2nd_hand_car": r"car_dealer\.xml: a non-additive profile \(.*cost-based price"}


def folders(nonlinear: bool) -> list:
    chosen = [f for f in all_domain_folders() if (NONLINEAR in f.parts) == nonlinear]
    base = shared_dir() / "domains"
    return [pytest.param(f, id=str(f.relative_to(base))) for f in chosen] or [
        pytest.param(None, marks=pytest.mark.skip(reason="shared GENIUS domains not found"))
    ]


def test_the_shared_tree_has_the_anac_years(domains_dir):
    years = {f.parent.name for f in all_domain_folders() if f.parent.name.startswith("y20")}
    assert years == {"y2010", "y2011", "y2012", "y2013", "y2014"}
    assert len(all_domain_folders()) >= 50


@pytest.mark.parametrize("folder", folders(nonlinear=False))
def test_every_linear_domain_imports_and_analyses(folder):
    sets = find_genius_sets(folder)
    assert sets
    for s in sets:
        a = analyse_genius_set(s)
        assert len(a.frontier) >= 1
        assert (a.frontier <= 1.0).all() and (a.frontier >= 0.0).all()
        assert a.solutions["utilitarian"] is not None
        if folder.name in NOT_ADDITIVE:
            with pytest.raises(InteropError, match=NOT_ADDITIVE[folder.name]):
                import_genius(s.domain, list(s.profiles))
            continue
        scenario = import_genius(s.domain, list(s.profiles))
        assert scenario.disagreement.value == "genius"
        assert [p.discount_factor for p in scenario.parties] == [
            p.discount_factor for p in a.profiles
        ]
        if len(s.profiles) == 2 and a.domain.n_outcomes <= 20_000:
            # the user path -- scenario, `analyze` -- finds GENIUS's Nash point
            result = analyze(scenario).to_dict()
            nash = result["solutions"]["nash"]
            assert (nash is None) == (a.solutions["nash"] is None)
            if nash is not None:
                mine = [v["final_utility"] for v in nash["parties"].values()]
                # the JSON rounds to 6 decimals; GENIUS caps totals above 1 (Laptop's weights
                # sum to 1.00005), the additive scenario cannot
                slack = 6e-7 + max(0.0, max(float(p.weights.sum()) for p in a.profiles) - 1.0)
                assert mine == pytest.approx(a.frontier[a.solutions["nash"]].tolist(), abs=slack)


@pytest.mark.slow
@pytest.mark.parametrize("folder", folders(nonlinear=True))
def test_anac2014_exact_frontier_dominates_or_meets_every_reference_point(folder, checked_analysis):
    # the session's analysis of the folder, shared with test_genius_reference (same
    # frontier and summary as a plain analyse_genius_set; integer programs run once)
    s, a = checked_analysis(folder)
    assert s.pareto is not None and s.pareto.shape[1] == 2
    assert a.domain.n_outcomes == 10**30
    ref = a.reference
    assert ref is not None and ref["points"] == len(s.pareto)
    # GENIUS's reference frontier came from a search, not an exhaustive one: every point of
    # it is on the exact frontier or strictly dominated by a point of it, none lies beyond
    assert ref["not_dominated"] == 0
    assert ref["on_frontier"] + ref["dominated"] == ref["points"]
    # every frontier point is a concrete outcome whose GENIUS utility was recomputed
    assert np.all(np.diff(a.frontier[:, 1]) < 0) and np.all(np.diff(a.frontier[:, 0]) > 0)
    assert all(v is not None for v in a.solutions.values())
