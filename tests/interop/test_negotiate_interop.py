"""Negotiating on imported domains: tournament, alternating offers' rules, discounting, NegMAS agents."""

from __future__ import annotations

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.interop import export_genius, find_genius_sets, import_genius, read_genius
from accord.interop.tournament import run_tournament
from accord.simulate.sao import sao_batch

runner = CliRunner()


def test_tournament_over_a_folder_of_domains(domains_dir):
    r = runner.invoke(
        app,
        ["tournament", str(domains_dir / "anac" / "y2013"), "--steps", "60", "--format", "json"],
    )
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert len(data["domains"]) == 18
    # 18 two-profile domains x 2 role orders x 3 x 3 strategy pairs
    assert data["negotiations"] == 18 * 2 * 9
    for sc in data["scores"].values():
        assert 0.0 <= sc["utility"] <= 1.0 and 0.0 <= sc["agreements"] <= 1.0
    # conceding early costs utility against the same field: Boulware scores above Conceder
    assert data["scores"]["boulware"]["utility"] > data["scores"]["conceder"]["utility"]
    again = runner.invoke(
        app,
        ["tournament", str(domains_dir / "anac" / "y2013"), "--steps", "60", "--format", "json"],
    )
    assert json.loads(again.stdout)["scores"] == data["scores"]  # deterministic


def test_tournament_skips_what_it_cannot_run_and_says_why(domains_dir):
    r = runner.invoke(app, ["tournament", str(domains_dir / "anac" / "y2014")])
    assert r.exit_code == 2
    assert "non-linear profiles" in r.output and "Traceback" not in r.output
    r = runner.invoke(
        app, ["tournament", str(domains_dir / "Laptop"), "--strategies", "tit_for_tat"]
    )
    assert r.exit_code == 2 and "non-time-based" in r.output


def test_discounting_changes_tournament_scores(domains_dir):
    folder = domains_dir / "anac" / "y2012" / "Laptop"  # A: discount 0.5, C: none
    res = run_tournament(folder, ("boulware",), n_steps=50)
    by = {d["domain"].split(":")[-1]: d["mean_utility"]["boulware"] for d in res.per_domain}
    assert by["Laptop-A-domain"] < by["Laptop-C-domain"]


def brute_sao(U, r, e, n, tol=0.0):
    """The rules of accord.simulate.sao, written out with full scans (no sorting)."""
    lo = [max(U[:, p].min(), r[p]) for p in (0, 1)]
    hi = [U[:, p].max() for p in (0, 1)]
    current, accepted = -1, 0
    for step in range(n):
        t = (step + 1.0) / (n + 1.0)
        for p in (0, 1):
            x = (hi[p] - lo[p]) * (1.0 - t ** e[p]) + lo[p] - 1e-4
            need = max(lo[p], min(hi[p], x)) - tol
            if current >= 0 and need <= U[current, p] <= hi[p] + 1e-4:
                accepted += 1
                if accepted == 2:
                    return current, step
                continue
            ok = np.flatnonzero(U[:, p] >= need)
            if ok.size:
                best = U[ok, p].min()
                current = int(ok[U[ok, p] == best].max())  # ties: highest index
            else:
                current = int(np.flatnonzero(U[:, p] == U[:, p].max()).max())
            accepted = 1
    return -1, n


@pytest.mark.parametrize("tol", [0.0, 1e-3])
def test_sorted_alternating_offers_follow_the_stated_rules_ties_included(tol):
    rng = np.random.default_rng(3)
    U = np.round(rng.random((400, 2)), 2)  # many exact ties
    cases = [
        ((0.0, 0.0), (4.0, 0.25), 30),
        ((0.3, 0.2), (1.0, 1.0), 50),
        ((0.1, 0.5), (0.25, 4.0), 80),
    ]
    agreement, step = sao_batch(
        U,
        np.array([c[0] for c in cases]),
        np.array([c[1] for c in cases]),
        np.array([c[2] for c in cases], dtype=np.int64),
        tol,
    )
    assert [(int(a), int(s)) for a, s in zip(agreement, step, strict=True)] == [
        brute_sao(U, *c, tol=tol) for c in cases
    ]


def test_discount_factors_round_trip_through_export(domains_dir, tmp_path):
    (s,) = [
        x
        for x in find_genius_sets(domains_dir / "anac" / "y2012" / "Laptop")
        if "-A-" in x.domain.name
    ]
    scenario = import_genius(s.domain, list(s.profiles))
    assert [p.discount_factor for p in scenario.parties] == [0.5, 0.5]
    result = export_genius(scenario, tmp_path)
    _, profiles = read_genius(result.domain, result.profiles)
    assert [p.discount for p in profiles] == [0.5, 0.5]


@pytest.mark.negmas
def test_negmas_negotiators_run_on_an_accord_scenario(domains_dir):
    pytest.importorskip("negmas")
    from accord.interop.negmas_adapter import run_negmas

    (s,) = [
        x
        for x in find_genius_sets(domains_dir / "anac" / "y2012" / "Laptop")
        if "-A-" in x.domain.name
    ]
    scenario = import_genius(s.domain, list(s.profiles))
    out = run_negmas(scenario, ["AspirationNegotiator", "ConcederTBNegotiator"], n_steps=40)
    assert out["agreement"] is not None and set(out["agreement"]) == {
        "Laptop",
        "Harddisk",
        "External Monitor",
    }
    for u in out["utilities"].values():
        assert u["discounted"] == pytest.approx(u["utility"] * 0.5 ** out["relative_time"])
    a = run_negmas(scenario, ["RandomNegotiator", "RandomNegotiator"], n_steps=40, seed=5)
    b = run_negmas(scenario, ["RandomNegotiator", "RandomNegotiator"], n_steps=40, seed=5)
    assert a == b


def test_utility_at_discounts_as_genius_and_checks_its_inputs():
    from accord.analysis.discount import utility_at
    from accord.errors import InputError

    U = np.array([[0.8, 0.6]])
    np.testing.assert_allclose(utility_at(U, np.array([0.5, 0.25]), 0.5), [[0.8 * 0.5**0.5, 0.3]])
    np.testing.assert_array_equal(utility_at(U, np.array([0.5, 0.25]), 0.0), U)
    with pytest.raises(InputError, match="relative time"):
        utility_at(U, np.array([1.0, 1.0]), 1.5)
    with pytest.raises(InputError, match="discount factors"):
        utility_at(U, np.array([0.0, 1.0]), 0.5)


def test_accord_negotiate_runs_on_an_imported_domain(domains_dir, tmp_path):
    out = tmp_path / "animal.yaml"
    r = runner.invoke(
        app, ["import", "genius", str(domains_dir / "anac" / "y2013" / "Animal"), "-o", str(out)]
    )
    assert r.exit_code == 0, r.output
    r = runner.invoke(
        app,
        [
            "negotiate",
            str(out),
            "--protocol",
            "alternating",
            "--strategy",
            "linear",
            "--horizon",
            "60",
            "--format",
            "json",
        ],
    )
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["outcome"]["deals"] == 1
    assert any(s["action"] == "signed" for s in data["steps"])


@pytest.mark.negmas
def test_negmas_tie_rule_reproduces_negmas_on_exact_ties():
    pytest.importorskip("negmas")
    import warnings

    from negmas import make_issue, make_os
    from negmas.gb.negotiators.timebased import (
        BoulwareTBNegotiator,
        ConcederTBNegotiator,
        LinearTBNegotiator,
    )
    from negmas.preferences import MappingUtilityFunction
    from negmas.sao import SAOMechanism

    rng = np.random.default_rng(1)
    K = 300
    a = np.round(rng.random(K), 2)  # many exact ties on both sides
    U = np.stack([a, np.round(1 - a + 0.3 * rng.random(K), 2)], axis=1)
    osp = make_os([make_issue(values=K, name="o")])
    kinds = [(BoulwareTBNegotiator, 4.0), (LinearTBNegotiator, 1.0), (ConcederTBNegotiator, 0.25)]
    cases = [
        (i, j, n, r)
        for i in range(3)
        for j in range(3)
        for n in (20, 50)
        for r in ((0, 0), (0.3, 0.2))
    ]
    got = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for i, j, n, r in cases:
            m = SAOMechanism(outcome_space=osp, n_steps=n)
            for p, (cls, _) in enumerate((kinds[i], kinds[j])):
                m.add(
                    cls(name=f"p{p}"),
                    ufun=MappingUtilityFunction(
                        {(k,): float(U[k, p]) for k in range(K)},
                        outcome_space=osp,
                        reserved_value=r[p],
                    ),
                )
            m.run()
            got.append(-1 if m.agreement is None else m.agreement[0])
    args = (
        U,
        np.array([c[3] for c in cases], dtype=float),
        np.array([[kinds[c[0]][1], kinds[c[1]][1]] for c in cases]),
        np.array([c[2] for c in cases], dtype=np.int64),
    )
    negmas_rule, _ = sao_batch(*args, ties="negmas")
    assert negmas_rule.tolist() == got
    high_index, _ = sao_batch(*args)
    assert high_index.tolist() != got  # the default rule differs on exact ties (documented)


def test_offers_from_buckets_equal_offers_from_the_sorted_outcomes():
    """The batch finds offers without sorting; a sort and bisection must pick the same ones."""
    from accord.simulate import sao

    rng = np.random.default_rng(3)
    for trial in range(200):
        K = int(rng.integers(1, 3000))
        # a third of the instances have many exact ties; scales from 1e-9 to 1e6
        scale = float(rng.choice([1e-9, 1.0, 1e6]))
        if trial % 3 == 0:
            U = rng.integers(0, 5, size=(K, 2)) / 4.0 * scale
        else:
            U = rng.random((K, 2)) * scale
        n = int(rng.integers(1, 15))
        reserve = rng.random((n, 2)) * (0.6 if trial % 2 else 0.0) * scale
        if trial % 7 == 0:
            reserve[:] = 1.5 * scale  # above every value: offers fall back to the best outcome
        exps = rng.choice([0.25, 1.0, 2.0, 4.0], size=(n, 2))
        steps = rng.integers(1, 60, size=n).astype(np.int64)
        tol = float(rng.choice([0.0, 1e-3]))
        planned = sao._planned(U, reserve, exps, steps, tol)
        asc, vals = sao._orders(U, reserve[0], "high-index")
        sorted_ = sao._sao_many(U, asc, vals, reserve, exps, steps, tol)
        assert planned[0].tolist() == sorted_[0].tolist(), trial
        assert planned[1].tolist() == sorted_[1].tolist(), trial
        chosen = sao_batch(U, reserve, exps, steps, tol)  # whichever way it picks
        assert chosen[0].tolist() == sorted_[0].tolist(), trial
