"""Hyper-rectangle profiles: GENIUS's inclusive bounds, and an exact frontier without enumeration."""

from __future__ import annotations

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from accord.analysis.frontier import pareto_mask
from accord.cli import app
from accord.errors import InteropError
from accord.interop import import_genius, read_domain, read_profile, utilities
from accord.interop.genius_nonlinear import rectangle_frontier

runner = CliRunner()


def domain_xml(n_issues: int, top: int) -> str:
    issues = "".join(
        f'<issue etype="integer" index="{k}" name="i{k}" type="integer" vtype="integer" '
        f'lowerbound="0" upperbound="{top}"/>'
        for k in range(1, n_issues + 1)
    )
    return f'<negotiation_template><utility_space><objective index="0" name="root">{issues}</objective></utility_space></negotiation_template>'


def profile_xml(n_issues: int, top: int, rects, maxutility: float, extra: str = "") -> str:
    issues = "".join(
        f'<issue etype="integer" index="{k}" name="i{k}" type="integer" lowerbound="0" upperbound="{top}"/>'
        for k in range(1, n_issues + 1)
    )
    body = "".join(
        f'<hyperRectangle utility="{r[0]}">'
        + "".join(
            f'<{r[2] if len(r) > 2 else "INCLUDES"} index="{i}" min="{a}" max="{b}"/>'
            for i, a, b in r[1]
        )
        + "</hyperRectangle>"
        for r in rects
    )
    return (
        f'<!-- profile -->\n<?xml version="1.0"?>\n<utility_space type="nonlinear"><objective index="0" name="root">'
        f'{issues}<utility maxutility="{maxutility}"><ufun type="PlainUfun" weight="1" aggregation="sum">'
        f"{body}</ufun></utility></objective>{extra}</utility_space>"
    )


def random_rects(rng, n_issues, top, n, exclusive=0.0):
    out = []
    for _ in range(n):
        # (no draw without exclusive rectangles: the instances of the other tests stay the same)
        tag = "EXCLUDES" if exclusive and rng.random() < exclusive else "INCLUDES"
        k = rng.integers(1, 4)
        idx = rng.choice(np.arange(1, n_issues + 1), k, replace=False)
        bounds = []
        for i in sorted(idx):
            a, b = sorted(rng.integers(0, top + 1, 2))
            bounds.append((int(i), int(a), int(b)))
        out.append((int(rng.integers(1, 100)), bounds, tag))
    return out


def test_bounds_are_inclusive_and_the_total_is_divided_then_capped(tmp_path):
    (tmp_path / "d.xml").write_text(domain_xml(2, 3))
    (tmp_path / "p.xml").write_text(
        profile_xml(2, 3, [(60, [(1, 1, 2)]), (50, [(1, 2, 2), (2, 3, 3)]), (5, [])], 100)
    )
    d = read_domain(tmp_path / "d.xml")
    p = read_profile(tmp_path / "p.xml", d)
    U = utilities(d, [p, p])[:, 0].reshape(4, 4)
    assert U[1, 0] == pytest.approx(0.65)  # i1 = 1 = min: inside
    assert U[2, 3] == 1.0  # 60 + 50 + 5 = 115 > 100: capped
    assert U[3, 3] == pytest.approx(0.05)  # i1 = 3 > max: outside
    assert any("bounds inclusive" in n for n in p.notes)
    with pytest.raises(
        InteropError,
        match=r"non-additive profile \(hyper-rectangles.*cannot become an accord scenario",
    ):
        import_genius(tmp_path / "d.xml", [tmp_path / "p.xml", tmp_path / "p.xml"])


def test_an_excludes_rectangle_counts_outside_it(tmp_path):
    """GENIUS's ExclusiveHyperRectangle: its utility when some bound fails, 0 inside."""
    (tmp_path / "d.xml").write_text(domain_xml(2, 3))
    rects = [
        (40, [(1, 1, 2), (2, 0, 1)], "EXCLUDES"),
        (10, [(2, 3, 3)]),
        (7, [(1, 5, 6)], "EXCLUDES"),
    ]
    (tmp_path / "p.xml").write_text(profile_xml(2, 3, rects, 100))
    # both tags in one rectangle: GENIUS keeps the EXCLUDES bounds only
    both = profile_xml(2, 3, [(40, [(1, 1, 2)], "EXCLUDES")], 100).replace(
        "</hyperRectangle>", '<INCLUDES index="2" min="0" max="0"/></hyperRectangle>'
    )
    (tmp_path / "q.xml").write_text(both)
    d = read_domain(tmp_path / "d.xml")
    U = utilities(d, [read_profile(tmp_path / "p.xml", d), read_profile(tmp_path / "q.xml", d)])
    U = U.reshape(4, 4, 2)
    # i1 = 1, i2 = 0: inside the first (0); i2 != 3; the third's bound 5..6 holds no level of
    # 0..3, so every outcome is outside it (7)
    assert U[1, 0, 0] == pytest.approx(0.07)
    assert U[0, 3, 0] == pytest.approx(0.40 + 0.10 + 0.07)  # i1 = 0: outside the first
    assert U[2, 2, 0] == pytest.approx(0.40 + 0.07)  # i2 = 2: outside the first
    assert U[1, 3, 1] == 0.0 and U[3, 0, 1] == pytest.approx(0.40)


@pytest.mark.parametrize(("seed", "exclusive"), [(0, 0.0), (1, 0.0), (2, 0.0), (3, 0.4), (4, 0.4)])
def test_the_integer_program_finds_exactly_the_enumerated_frontier(tmp_path, seed, exclusive):
    rng = np.random.default_rng(seed)
    n, top = 5, 5  # 6^5 = 7,776 outcomes: small enough to list and compare
    (tmp_path / "d.xml").write_text(domain_xml(n, top))
    for k in (1, 2):
        rects = random_rects(rng, n, top, 12, exclusive)
        cap = 0.8 * sum(r[0] for r in rects) / 2  # below the true best: the cap binds
        (tmp_path / f"p{k}.xml").write_text(profile_xml(n, top, rects, cap))
    d = read_domain(tmp_path / "d.xml")
    ps = [read_profile(tmp_path / f"p{k}.xml", d) for k in (1, 2)]
    U = utilities(d, ps)
    brute = {tuple(u) for u in U[pareto_mask(U)]}
    fr = rectangle_frontier(d, ps)
    assert {tuple(u) for u in fr.points} == brute
    np.testing.assert_array_equal(fr.worst, U.min(axis=0))
    for x, u in zip(fr.outcomes, fr.points, strict=True):
        assert tuple(U[np.ravel_multi_index(tuple(x), d.shape)]) == tuple(u)


def test_the_reference_checks_batch_totals_are_the_profiles_own_outcome_by_outcome(tmp_path):
    """The reference check looks for realised points among the frontier's outcomes and their
    one-issue neighbours, totalled in one go: the same floats as ``raw``, every neighbour listed."""
    from accord.interop.genius_reference import _near, _raw_totals

    rng = np.random.default_rng(3)
    (tmp_path / "d.xml").write_text(domain_xml(4, 3))
    for k in (1, 2):
        rects = random_rects(rng, 4, 3, 10, exclusive=0.4)
        (tmp_path / f"p{k}.xml").write_text(profile_xml(4, 3, rects, 100))
    d = read_domain(tmp_path / "d.xml")
    ps = [read_profile(tmp_path / f"p{k}.xml", d) for k in (1, 2)]
    every = np.array(np.unravel_index(np.arange(4**4), d.shape)).T
    raw = _raw_totals(ps, every)
    assert raw.tolist() == [[p.raw(x) for p in ps] for x in every]
    base = every[[0, 77, 200]]
    near = _near(d, base)
    assert near[:3].tolist() == base.tolist()
    assert len(near) == 3 + 3 * 4 * 3  # each issue moved to each of its 3 other levels
    within_one = (every[:, None, :] != base[None, :, :]).sum(axis=2).min(axis=1) <= 1
    assert {tuple(x) for x in near.tolist()} == {tuple(x) for x in every[within_one].tolist()}


def test_cli_analyses_a_non_linear_folder_and_compares_pareto_xml(tmp_path):
    rng = np.random.default_rng(7)
    (tmp_path / "x-domain.xml").write_text(domain_xml(4, 4))
    for k in (1, 2):
        rects = random_rects(rng, 4, 4, 8)
        (tmp_path / f"profile-{k}.xml").write_text(
            profile_xml(4, 4, rects, sum(r[0] for r in rects), '<discount_factor value="0.5"/>')
        )
    (tmp_path / "pareto.xml").write_text("\n0.0, 0.0\n")
    r = runner.invoke(app, ["import", "genius", str(tmp_path), "--analyze", "--format", "json"])
    assert r.exit_code == 0, r.output
    a = json.loads(r.stdout)["analysis"]
    assert a["reference_frontier"] == {
        "points": 1,
        "on_frontier": 0,
        "dominated": 1,
        "not_dominated": 0,
    }
    assert a["discount_factors"] == {"profile-1": 0.5, "profile-2": 0.5}
    assert a["disagreement"]["convention"] == "genius"
    r = runner.invoke(app, ["import", "genius", str(tmp_path), "-o", str(tmp_path / "x.yaml")])
    assert r.exit_code == 2 and "cannot become an accord scenario" in r.output


def test_cli_imports_each_variant_or_the_one_named(domains_dir, tmp_path):
    folder = domains_dir / "anac" / "y2012" / "Laptop"
    r = runner.invoke(app, ["import", "genius", str(folder), "-o", str(tmp_path / "one.yaml")])
    assert r.exit_code == 2 and "give -o a folder" in r.output
    r = runner.invoke(
        app, ["import", "genius", str(folder), "-o", str(tmp_path / "all"), "--format", "json"]
    )
    assert r.exit_code == 0, r.output
    assert [v["scenario"] for v in json.loads(r.stdout)["variants"]] == [
        "laptop-a-domain",
        "laptop-b-domain",
        "laptop-c-domain",
    ]
    r = runner.invoke(
        app,
        [
            "import",
            "genius",
            str(folder),
            "--variant",
            "B",
            "-o",
            str(tmp_path / "b.yaml"),
            "--format",
            "json",
        ],
    )
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["discount_factors"] == {
        "laptop_b_prof1": 0.75,
        "laptop_b_prof2": 0.75,
    }
