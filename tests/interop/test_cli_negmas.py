"""`accord import genius` then `accord analyze`: the CLI's Nash and KS points are NegMAS's.

Both measure gains from max(reservation value, worst utility) -- the scenario
of an imported domain declares that convention and the output names it.
Held-out ANAC domains (one variant per domain, two profiles) are compared
with NegMAS live; the shared top-level domains with the stored reference too.
"""

from __future__ import annotations

import json
import warnings

import pytest
from interop_reference import REFERENCE, all_domain_folders, negmas_scenario, negmas_solutions
from typer.testing import CliRunner

from accord.cli import app
from accord.interop import find_genius_sets, import_genius

runner = CliRunner()
MAX_OUTCOMES = 20_000  # NegMAS enumerates in Python


def two_profile_sets() -> list:
    out = []
    for folder in all_domain_folders():
        if "y2014" in folder.parts or folder.name in ("2nd_hand_car", "6issues"):
            continue
        sets = find_genius_sets(folder)
        s = sets[-1]  # one variant per domain (C: undiscounted in ANAC 2012)
        if len(s.profiles) == 2:
            out.append(pytest.param(s, id=f"{folder.parent.name}/{folder.name}"))
    return out


def cli_solutions(s, tmp_path) -> dict:
    out = tmp_path / "s.yaml"
    r = runner.invoke(
        app, ["import", "genius", str(s.domain), *map(str, s.profiles), "-o", str(out)]
    )
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["analyze", str(out), "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["disagreement"]["convention"] == "genius"
    return data


def assert_among(data: dict, ref: dict) -> None:
    for key in ("nash", "kalai_smorodinsky"):
        sol = data["solutions"][key]
        if not ref[key]:
            assert sol is None, key
            continue
        mine = [p["final_utility"] for p in sol["parties"].values()]
        assert any(mine == pytest.approx(pt, abs=6e-7) for pt in ref[key]), (
            f"{key}: accord {mine} not among NegMAS's {ref[key]}"
        )


def test_cli_matches_the_stored_negmas_reference(domains_dir, tmp_path):
    if not REFERENCE.exists():
        pytest.skip("no stored NegMAS reference")
    ref = json.loads(REFERENCE.read_text())["domains"]
    checked = 0
    for name, r in ref.items():
        if "negmas_error" in r or r["n_outcomes"] > MAX_OUTCOMES:
            continue
        (s,) = find_genius_sets(domains_dir / name)
        assert_among(cli_solutions(s, tmp_path), r)
        checked += 1
    assert checked >= 3


@pytest.mark.negmas
@pytest.mark.parametrize("s", two_profile_sets())
def test_cli_matches_negmas_on_held_out_anac_domains(s, tmp_path):
    pytest.importorskip("negmas")
    data = cli_solutions(s, tmp_path)  # accord reads every one of them, as GENIUS does
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ns = negmas_scenario(s.domain, list(s.profiles))
    except Exception:  # NegMAS's reader refuses some files GENIUS (and accord) read
        assert data["solutions"]["nash"] is not None
        return
    if ns.outcome_space.cardinality > MAX_OUTCOMES:
        # too many outcomes for NegMAS's Python enumeration in a test (the benchmark compares
        # them): accord's points must still be Pareto-optimal on its own frontier
        front = data["agreement_space"]["frontier"]
        for key in ("nash", "kalai_smorodinsky"):
            sol = data["solutions"][key]["parties"]
            assert not any(
                all(f[p] > sol[p]["final_utility"] + 1e-6 for p in sol) for f in front
            ), f"{key} is dominated by a frontier point"
        return
    assert_among(data, negmas_solutions(ns))


def test_a_scenario_may_declare_the_literal_fallback_and_the_output_says_so(domains_dir):
    from accord.analysis import analyze
    from accord.model import Disagreement

    (s,) = find_genius_sets(domains_dir / "anac" / "y2013" / "Coffee")
    scenario = import_genius(s.domain, list(s.profiles))
    genius = analyze(scenario).to_dict()["disagreement"]
    literal = analyze(scenario.model_copy(update={"disagreement": Disagreement.fallback})).to_dict()
    assert genius["convention"] == "genius" and "GENIUS/NegMAS" in genius["rule"]
    assert literal["disagreement"]["convention"] == "fallback"
    # Coffee_util2's worst utility (0.226) lies above its reservation value (0.2)
    assert literal["disagreement"]["point"]["coffee_util2"] == pytest.approx(0.2)
    assert genius["point"]["coffee_util2"] == pytest.approx(0.2263320550814471)
