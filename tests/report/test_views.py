"""The data the workbench and the report show, checked against the model and the analysis."""

from __future__ import annotations

import os

import pytest

from accord.analysis import analyze, compile_scenario, evaluate_phases, evaluate_proposal
from accord.errors import InputError, NotFoundError
from accord.report import views
from accord.report.fmt import Names
from accord.report.sources import corpus_file, source_text
from accord.report.words import analysis_summary
from accord.scenarios import builtin_paths, load_scenario

SCENARIOS = sorted(builtin_paths())


@pytest.mark.parametrize("sid", SCENARIOS)
def test_positions_matrix_mirrors_the_scenario(sid):
    sc = load_scenario(sid)
    m = views.positions_matrix(sc)
    assert set(m["parties"]) == {p.party for p in sc.positions}
    for pos in sc.positions:
        cell = m["cells"][pos.party][pos.issue]
        assert cell["assumed"] == (not pos.evidence)
        assert (cell["red_line"] is None) == (pos.red_line is None)
        assert cell["weight"]["value"] == pos.weight.value
        assert cell["weight"]["assumed"] == pos.weight.is_assumption
        assert [e["quote"] for e in cell["evidence"]] == [r.quote for r in pos.evidence]


@pytest.mark.parametrize("sid", SCENARIOS)
def test_explorer_starting_points_evaluate_like_the_tabled_proposals(sid):
    """The explorer's phase-by-phase copy of a proposal is the proposal the analysis evaluates."""
    sc = load_scenario(sid)
    c = compile_scenario(sc)
    setup = views.explorer_setup(sc)
    starts = {s["id"]: s for s in setup["starting_points"]}
    for prop in sc.proposals:
        start = starts[prop.id]
        mine = evaluate_phases(c, start["phases"], start["guarantor_penalty"])
        theirs = evaluate_proposal(c, prop)
        assert mine.completion == pytest.approx(theirs.completion)
        for pid in c.parties:
            assert mine.parties[pid].expected_utility == pytest.approx(
                theirs.parties[pid].expected_utility
            )
            assert mine.parties[pid].crossed == theirs.parties[pid].crossed


def test_status_quo_start_is_one_phase_of_the_status_quo():
    sc = load_scenario("gaza-2025-03")
    start = views.explorer_setup(sc)["starting_points"][0]
    assert start["id"] == "status_quo" and len(start["phases"]) == 1
    assert start["phases"][0]["terms"]["ceasefire"] == sc.status_quo["ceasefire"]


def test_provenance_counts_add_up_and_see_assumptions():
    c = views.provenance_counts(load_scenario("gaza-2025-03"))
    assert c["total"] == c["sourced"] + c["assumed"] + c["both"] > 0
    assert c["assumed"] > 0 and c["sourced"] > 0


def test_summary_attributes_red_lines_to_parties():
    a = analyze(load_scenario("gaza-2025-03"))
    lines = analysis_summary(a.to_dict(), Names(a.scenario))
    assert lines[0].startswith(("Deadlock", "A zone of agreement"))
    assert any("stated red line" in ln for ln in lines)
    r = analyze(load_scenario("gaza-2025-03"), ["hamas.ceasefire"])
    relaxed = analysis_summary(r.to_dict(), Names(r.scenario))
    assert any("has relaxed" in ln for ln in relaxed)


def test_corpus_file_stays_inside_the_folder(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("inside", "utf-8")
    (tmp_path / "secret.txt").write_text("outside", "utf-8")
    os.symlink(tmp_path / "secret.txt", corpus / "link.txt")
    assert corpus_file("a.txt", corpus) == (corpus / "a.txt").resolve()
    for name in ["../secret.txt", "link.txt", "..", ".", "", "sub/a.txt", "a.txt/", "/etc/passwd"]:
        assert corpus_file(name, corpus) is None, name
    with pytest.raises(InputError):
        source_text("../secret.txt", corpus, None, use_store=False)
    with pytest.raises(NotFoundError):
        source_text("link.txt", corpus, None, use_store=False)
