"""The analysis of each built-in snapshot agrees with what the articles report.

* Every snapshot: "neither side will budge" -- no package on the grid meets
  both sides' red lines and fallbacks (the zone of agreement is empty).
* The diagnosis names the demands the articles say block a deal, and lifting a
  minimal set of constraints it reports does open a zone, whose bargaining
  solutions then lie inside it.
* March 2025: Hamas rejected the revised US proposal and insists on the
  January terms; the revised proposal's second stage is unlikely to happen
  (the commitment problem); guarantees make phased deals likelier to complete.
"""

from __future__ import annotations

import numpy as np
import pytest

from accord.analysis import analyze, compile_scenario, enumerate_packages, evaluate_proposal
from accord.analysis.factions import screen
from accord.model import Guarantor, assumed
from accord.scenarios import load_scenario

BUILTINS = ("gaza-2023-12", "gaza-2024-04", "gaza-2025-03")

_cache: dict[tuple[str, tuple[str, ...]], object] = {}


def analysis(sid: str, relax: tuple[str, ...] = ()):
    key = (sid, tuple(sorted(relax)))
    if key not in _cache:
        _cache[key] = analyze(load_scenario(sid), list(relax))
    return _cache[key]


def relaxations(sid: str) -> list[tuple[str, ...]]:
    return [r.constraints for r in analysis(sid).diagnosis]


# --------------------------------------------------------------------------- deadlock


@pytest.mark.parametrize("sid", BUILTINS)
def test_no_zone_of_agreement_in_any_snapshot(sid):
    a = analysis(sid)
    assert a.packages > 10_000
    assert a.zone_size == 0
    assert not a.zone_exists
    assert a.diagnosis, "an empty zone must come with a diagnosis"
    assert all(v is None for v in a.solutions.values())


def test_march_2025_diagnosis_names_hamas_rule_and_the_ceasefire():
    a = analysis("gaza-2025-03")
    assert "hamas_rule" in {c.issue for c in a.conflicts}
    conflict = next(c for c in a.conflicts if c.issue == "hamas_rule")
    assert set(conflict.red_lines) == {"israel", "hamas"}
    # every minimal way out concedes on Hamas's post-war status or on the ceasefire
    for constraints in relaxations("gaza-2025-03"):
        assert any(c.endswith((".hamas_rule", ".ceasefire")) for c in constraints), constraints
    assert ("hamas.ceasefire",) in relaxations("gaza-2025-03")


def test_april_2024_conflicts_match_the_qatari_prime_ministers_account():
    # "talks have stalled over the Hamas demand that Gazans be allowed to return
    # to northern Gaza ... Another obstacle ... terrorists with life sentences"
    conflicts = {c.issue: c for c in analysis("gaza-2024-04").conflicts}
    assert {"displaced_return", "prisoner_release"} <= set(conflicts)
    assert set(conflicts["displaced_return"].red_lines) == {"israel", "hamas"}
    assert all("life_sentences" in v for v in conflicts["prisoner_release"].red_lines.values())
    # no way out without a concession on both the prisoners and the ceasefire
    for constraints in relaxations("gaza-2024-04"):
        issues = {c.split(".", 1)[1] for c in constraints}
        assert {"prisoner_release", "ceasefire"} <= issues, constraints


def test_december_2023_deadlock_is_over_the_ceasefire():
    a = analysis("gaza-2023-12")
    conflict = next(c for c in a.conflicts if c.issue == "ceasefire")
    assert conflict.red_lines == {"israel": "pause", "hamas": "permanent"}
    for constraints in relaxations("gaza-2023-12"):
        assert any(c.endswith(".ceasefire") for c in constraints), constraints


def test_december_2023_hamas_rejects_a_pause_deal_on_its_ceasefire_red_line():
    (cairo,) = analysis("gaza-2023-12").proposals
    assert cairo.id == "cairo_pause_deal"
    assert cairo.parties["hamas"].crossed == ["ceasefire"]
    assert not cairo.acceptable_to_all


# --------------------------------------------------------------------------- relaxing


@pytest.mark.parametrize("sid", BUILTINS)
def test_relaxing_a_minimal_set_opens_a_zone_with_solutions_inside_it(sid):
    for r in analysis(sid).diagnosis:
        relax = r.constraints
        a = analysis(sid, relax)
        assert a.zone_size == r.packages > 0, relax
        assert sorted(a.relaxed) == sorted(relax)
        # the solutions exist and are packages of the zone
        c = compile_scenario(load_scenario(sid), list(relax))
        space = enumerate_packages(c)
        in_zone = (
            screen(c, space)[1] == 0
        ) & space.coherent()  # declared linkages hold in the zone
        assert np.count_nonzero(in_zone) == a.zone_size
        assert in_zone[r.package], (
            f"{relax}: the package the diagnosis shows is not in the opened zone"
        )
        for name, view in a.solutions.items():
            assert view is not None, f"{relax}: no {name} solution although the zone is not empty"
            assert in_zone[view.index], f"{relax}: the {name} solution lies outside the zone"
            assert all(v.acceptable for v in view.evaluation.parties.values()), (relax, name)
        assert a.recommendation is not None
        assert a.recommendation["requires_relaxing"] == []


def test_relaxing_only_part_of_the_first_minimal_set_keeps_the_zone_empty():
    for sid in BUILTINS:
        first = relaxations(sid)[0]
        for drop in first:
            part = tuple(c for c in first if c != drop)
            # a strict subset of a minimal set opens nothing by itself unless it is a minimal set too
            if any(set(m) <= set(part) for m in relaxations(sid)):
                continue
            assert analysis(sid, part).zone_size == 0, (sid, part)


# --------------------------------------------------------------------------- March 2025 proposals


def _proposal(pid: str):
    return next(p for p in analysis("gaza-2025-03").proposals if p.id == pid)


def test_hamas_values_the_revised_us_proposal_below_its_fallback():
    us = _proposal("us_revised_proposal")
    hamas = us.parties["hamas"]
    assert us.responses["hamas"] == "rejected"
    assert hamas.expected_utility < hamas.fallback
    assert not hamas.acceptable


def test_the_january_terms_are_acceptable_to_hamas():
    jan = _proposal("january_terms")
    hamas = jan.parties["hamas"]
    assert hamas.crossed == []
    assert hamas.expected_utility > hamas.fallback
    assert hamas.acceptable
    # and Hamas prefers them to the revised plan
    assert (
        hamas.expected_utility > _proposal("us_revised_proposal").parties["hamas"].expected_utility
    )


def test_israel_supports_neither_proposal_while_hamas_stays_in_power():
    for pid in ("january_terms", "us_revised_proposal"):
        assert _proposal(pid).parties["israel"].crossed == ["hamas_rule"]


def test_the_revised_us_proposal_is_unlikely_to_reach_its_second_stage():
    us = _proposal("us_revised_proposal")
    assert len(us.proceed) == 1
    assert us.completion == pytest.approx(us.proceed[0])
    assert us.completion < 0.5


def test_expected_value_mixes_final_terms_and_collapse_by_the_completion_chance():
    us = _proposal("us_revised_proposal")
    for v in us.parties.values():
        # one boundary: E = p * final + (1 - p) * collapse, so E lies between collapse and final
        lo, hi = sorted((v.final_utility, v.expected_utility))
        assert lo <= v.expected_utility <= hi


@pytest.mark.parametrize("pid", ["us_revised_proposal", "january_terms"])
def test_raising_guarantor_penalties_raises_the_chance_a_phased_deal_completes(pid):
    scenario = load_scenario("gaza-2025-03")
    c = compile_scenario(scenario)
    proposal = scenario.proposal(pid)
    completion = []
    for penalty in (0.0, 0.05, 0.1, 0.2, 0.4):
        g = Guarantor(party="qatar", penalty=assumed(penalty, 0.0, 1.0, "test guarantee"))
        guaranteed = proposal.model_copy(update={"guarantors": [*proposal.guarantors, g]})
        completion.append(evaluate_proposal(c, guaranteed).completion)
    assert all(b >= a for a, b in zip(completion, completion[1:], strict=False)), completion
    assert completion[-1] > completion[0] + 0.1, completion


def test_a_stronger_guarantee_level_raises_completion_on_the_grid():
    scenario = load_scenario("gaza-2025-03")
    space = enumerate_packages(compile_scenario(scenario))
    c = space.compiled
    j = c.guarantee_index
    assert j is not None
    # same final terms, phased template, guarantee none vs international_force
    block = next(b for b in space.blocks if len(b.template.phases) > 1)
    options = np.array(np.unravel_index(np.arange(block.size), space.shape))
    none = np.flatnonzero(options[j] == 0)
    force = np.ravel_multi_index(
        tuple(
            np.where(k == j, len(c.grids[j].issue.ordered_levels) - 1, options[k][none])
            for k in range(len(space.shape))
        ),
        space.shape,
    )
    assert np.all(block.completion[force] >= block.completion[none] - 1e-12)
    assert np.mean(block.completion[force]) > np.mean(block.completion[none])
