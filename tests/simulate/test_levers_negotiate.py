"""Mediators' levers in one negotiation (``accord negotiate``): the levers of a forecast (levers.py)."""

from __future__ import annotations

import json
from typing import Any

from sim_scenarios import labour_dispute, mediated, pressure
from typer.testing import CliRunner

from accord.cli import app
from accord.model import Scenario
from accord.simulate.negotiate import Transcript, negotiate

LEVER = "lever.arbiter.lean_on_employer"


def steps(t: Transcript) -> list[dict[str, Any]]:
    return [s.to_dict() for s in t.steps]


def test_a_pulled_lever_changes_the_run_and_no_levers_is_the_run_without_it() -> None:
    # a fallback of 0.65 leaves no zone; analyze's arbiter leans on the employer (effect 0.5-0.6)
    s = mediated(labour_dispute(fallback=0.65), [pressure()])
    for draw in (False, True):
        on = negotiate(s, horizon=180, seed=1, draw=draw)
        off = negotiate(s, horizon=180, seed=1, draw=draw, levers=False)
        assert on.outcome["first_deal_day"] >= 0 and off.outcome["first_deal_day"] < 0
        pulled = on.mediation["pulled"][0]
        assert pulled["lever"] == "lean_on_employer" and pulled["in_run"] == on.parameters[LEVER]
        assert 0.5 <= pulled["in_run"] <= 0.6 and (pulled["in_run"] == 0.55) is not draw
        assert off.mediation == {"levers_applied": False, "pulled": [], "guarantee_up_to": "none"}
        assert LEVER not in off.parameters
        # the same seed, the same noise and draws: --no-levers is the run with the lever at no
        # effect, and the run of the same stake holding no lever at all
        idle = negotiate(s, horizon=180, seed=1, draw=draw, overrides={LEVER: 0.0})
        held = negotiate(
            mediated(labour_dispute(fallback=0.65), []), horizon=180, seed=1, draw=draw
        )
        assert steps(idle) == steps(off) == steps(held)
        assert idle.outcome == off.outcome == held.outcome
        assert {k: v for k, v in idle.parameters.items() if k != LEVER} == off.parameters


def test_without_mediator_stakes_the_switch_changes_nothing() -> None:
    s: Scenario = labour_dispute(fallback=0.3)
    on, off = (
        negotiate(s, horizon=90, seed=2, draw=True),
        negotiate(s, horizon=90, seed=2, draw=True, levers=False),
    )
    assert on.to_dict() == off.to_dict() and on.mediation == {}


def test_the_cli_transcript_says_which_lever_is_pulled_and_runs_without_it(tmp_path) -> None:
    path = tmp_path / "mediated.yaml"
    s = mediated(labour_dispute(fallback=0.65), [pressure()])
    path.write_text(json.dumps(s.model_dump(mode="json")))  # JSON is YAML
    args = ["negotiate", str(path), "--horizon", "180", "--seed", "1"]
    runner = CliRunner()
    on = runner.invoke(app, args)
    assert on.exit_code == 0, on.output
    assert (
        "mediators' levers (as chosen in analyze): arbiter pulls 'lean_on_employer' (pressure on "
        "employer, effect 0.55 in this run, range 0.5 – 0.6); guarantees up to 'none'"
    ) in on.stdout
    assert "signed" in on.stdout
    off = runner.invoke(app, [*args, "--no-levers"])
    assert off.exit_code == 0, off.output
    assert "mediators' levers off (--no-levers); guarantees up to 'none'" in off.stdout
    assert "no deal within 180 days" in off.stdout and "signed" not in off.stdout
    drawn = json.loads(runner.invoke(app, [*args, "--draw", "--format", "json"]).stdout)
    assert drawn["mediation"]["pulled"][0]["in_run"] == drawn["parameters"][LEVER]
