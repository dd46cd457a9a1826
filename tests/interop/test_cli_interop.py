"""`accord import genius` and `accord export genius`, run as a user would."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from accord.cli import app
from accord.scenarios import load_scenario

runner = CliRunner()


def test_import_a_folder_then_export_it(domains_dir, tmp_path):
    out = tmp_path / "laptop.yaml"
    r = runner.invoke(
        app,
        [
            "import",
            "genius",
            str(domains_dir / "Laptop"),
            "-o",
            str(out),
            "--date",
            "2024-01-01",
            "--format",
            "json",
        ],
    )
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout)
    assert summary["outcomes"] == 27 and summary["parties"] == ["laptop_c_prof1", "laptop_c_prof2"]
    assert load_scenario(out).id == "laptop-c-domain"
    r = runner.invoke(app, ["export", "genius", str(out), "-o", str(tmp_path / "xml")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "xml" / "laptop-c-domain.xml").exists()
    assert "Single-phase projection" in r.stdout


def test_import_named_files(domains_dir, tmp_path):
    d = domains_dir / "ItexvsCypress"
    r = runner.invoke(
        app,
        [
            "import",
            "genius",
            str(d / "ItexvsCypress_domain.xml"),
            str(d / "Itex.xml"),
            str(d / "Cypress.xml"),
            "-o",
            str(tmp_path / "s.yaml"),
        ],
    )
    assert r.exit_code == 0, r.output
    assert [p.id for p in load_scenario(tmp_path / "s.yaml").parties] == ["itex", "cypress"]


def test_unsupported_construct_is_an_error_without_traceback(domains_dir, tmp_path):
    r = runner.invoke(
        app,
        ["import", "genius", str(domains_dir / "2nd_hand_car"), "-o", str(tmp_path / "car.yaml")],
    )
    assert r.exit_code == 2
    assert "car_dealer.xml: a non-additive profile" in r.output
    assert "Traceback" not in r.output
    assert not (tmp_path / "car.yaml").exists()


def test_export_a_builtin_scenario(tmp_path):
    r = runner.invoke(
        app, ["export", "genius", "gaza-2025-03", "-o", str(tmp_path), "--format", "json"]
    )
    assert r.exit_code == 0, r.output
    assert any("red lines are not enforced" in n for n in json.loads(r.stdout)["notes"])


def test_accord_analyze_on_an_imported_domain_finds_negmas_solutions(domains_dir, tmp_path):
    """The user path: import, then `accord analyze` -- same points as the NegMAS reference."""
    import pytest
    from interop_reference import REFERENCE

    if not REFERENCE.exists():
        pytest.skip("no stored NegMAS reference")
    ref = json.loads(REFERENCE.read_text())["domains"]["ItexvsCypress"]
    out = tmp_path / "itex.yaml"
    r = runner.invoke(app, ["import", "genius", str(domains_dir / "ItexvsCypress"), "-o", str(out)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["analyze", str(out), "--format", "json"])
    assert r.exit_code == 0, r.output
    solutions = json.loads(r.stdout)["solutions"]
    for key in ("nash", "kalai_smorodinsky", "egalitarian"):
        mine = [p["final_utility"] for p in solutions[key]["parties"].values()]
        assert any(mine == pytest.approx(point, abs=1e-6) for point in ref[key]), key
