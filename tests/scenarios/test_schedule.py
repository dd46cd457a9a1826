"""Scheduled events, the interim, faction shifts and order linkages: rejected with a clear line when wrong."""

from __future__ import annotations

import pytest

from accord.errors import ScenarioError
from accord.scenarios import parse_scenario

BASE = """
id: port
title: port talks
date: 2026-03-01
parties:
  - {id: union, name: Union, role: belligerent}
  - {id: company, name: Company, role: belligerent}
issues:
  - {id: pay, kind: continuous, min: 0, max: {value: 10, assumption: {low: 10, high: 10, reason: "test"}}, steps: 5}
  - {id: hours, kind: boolean}
status_quo: {pay: 0, hours: "no"}
positions:
  - {party: union, issue: pay, weight: {value: 0.7, assumption: {low: 0.7, high: 0.7, reason: "test"}}, ideal: max, assumption: test}
  - {party: union, issue: hours, weight: {value: 0.3, assumption: {low: 0.3, high: 0.3, reason: "test"}}, ideal: "yes", assumption: test}
  - {party: company, issue: pay, weight: {value: 1.0, assumption: {low: 1, high: 1, reason: "test"}}, ideal: min, assumption: test}
fallbacks:
  - {party: union, utility: {value: 0.2, assumption: {low: 0.1, high: 0.3, reason: "test"}}}
  - {party: company, utility: {value: 0.2, assumption: {low: 0.1, high: 0.3, reason: "test"}}}
commitment: {temperature: {value: 0.05, assumption: {low: 0.05, high: 0.05, reason: "test"}}}
phase_templates:
  - {id: one, title: all at once, phases: [{name: all}]}
factions:
  - id: members
    party: union
    name: the members
    say: vote
    votes: {value: 0.3, assumption: {low: 0.2, high: 0.4, reason: "test"}}
    weights: {pay: {value: 1.0, assumption: {low: 1, high: 1, reason: "test"}}}
    fallback: {value: 0.3, assumption: {low: 0.2, high: 0.4, reason: "test"}}
    assumption: test
dynamics:
  interim:
    description: an informal pause
    start_rate_per_day: {value: 0.01, assumption: {low: 0.0, high: 0.02, reason: "test"}}
    end_rate_per_day: {value: 0.05, assumption: {low: 0.02, high: 0.1, reason: "test"}}
  scheduled:
    - id: ballot
      description: a members' ballot
      date: 2026-04-01
      probability: {value: 0.8, assumption: {low: 0.6, high: 1.0, reason: "test"}}
      fallback_shift: {union: {value: 0.05, assumption: {low: 0.0, high: 0.1, reason: "test"}}}
      faction_shift: [{faction: union.members, votes: {value: 0.2, assumption: {low: 0.1, high: 0.3, reason: "test"}}}]
      interim: start
      assumption: test
linkages:
  - {id: pay_first, kind: order, description: pay before hours, first: {issue: pay}, later: {issue: hours}, assumption: test}
"""


def test_the_complete_example_loads() -> None:
    s = parse_scenario(BASE, "port.yaml")
    assert s.dynamics.scheduled[0].faction_shift[0].faction == "union.members"
    assert s.dynamics.interim is not None and s.linkages[0].kind == "order"


@pytest.mark.parametrize(
    "old,new,words",
    [
        ("date: 2026-04-01", "date: 2026-02-01", "not after the snapshot"),
        ("faction: union.members", "faction: union.crew", "unknown faction 'union.crew'"),
        (
            "value: 0.8, assumption: {low: 0.6, high: 1.0",
            "value: 1.2, assumption: {low: 0.6, high: 1.4",
            "probability lies in [0, 1]",
        ),
        ("fallback_shift: {union:", "fallback_shift: {bosses:", "unknown party 'bosses'"),
        ("      interim: start\n", "      interim: start\n      sources: []\n", None),
        ("first: {issue: pay}, ", "", "needs 'first' and 'later'"),
        (
            "start_rate_per_day: {value: 0.01, assumption: {low: 0.0",
            "start_rate_per_day: {value: 0.01, assumption: {low: -0.1",
            "rate cannot be negative",
        ),
    ],
)
def test_a_broken_declaration_is_reported_with_its_line(
    old: str, new: str, words: str | None
) -> None:
    assert old in BASE
    text = BASE.replace(old, new, 1)
    if words is None:  # an empty sources list next to an assumption is fine
        parse_scenario(text, "port.yaml")
        return
    with pytest.raises(ScenarioError) as info:
        parse_scenario(text, "port.yaml")
    assert any(words in p and p.startswith("port.yaml:") for p in info.value.problems), (
        info.value.problems
    )


def test_a_interim_change_needs_a_declared_interim_and_votes_need_a_vote_faction() -> None:
    no_interim = BASE.split("  interim:\n")[0] + "  scheduled:" + BASE.split("  scheduled:")[1]
    with pytest.raises(ScenarioError) as info:
        parse_scenario(no_interim, "port.yaml")
    assert any("declare dynamics.interim" in p for p in info.value.problems)
    voice = BASE.replace("say: vote", "say: voice")
    with pytest.raises(ScenarioError) as info:
        parse_scenario(voice, "port.yaml")
    assert any("has no votes" in p for p in info.value.problems)


def _snapshots() -> list[str]:
    """The built-in snapshots drawn from the corpus (those citing documents)."""
    from accord.scenarios import builtin_paths, load_scenario

    return [sid for sid in builtin_paths() if load_scenario(sid).sources]


@pytest.mark.parametrize("sid", _snapshots())
def test_builtin_mediator_stakes_are_sourced_or_dated_assumptions(sid: str) -> None:
    """Issue 16.4: every mediator of a snapshot has a stake; each number cites the corpus or is a
    range whose reason is dated to the snapshot, and no lever is declared without a source."""
    import re

    from accord.scenarios import load_scenario

    s = load_scenario(sid)
    assert len(_snapshots()) == 3
    assert {m.party for m in s.mediators} == {p.id for p in s.parties if p.role == "mediator"}
    numbers = [(m.deal_value, m.failure_value) for m in s.mediators]
    for m in s.mediators:
        for lever in m.levers:
            assert lever.effect is not None and lever.effect.sources, lever.id
            numbers.append((lever.effect, lever.cost))
    for pair in numbers:
        for ev in pair:
            if ev.sources:
                continue
            assert ev.assumption is not None and ev.assumption.low < ev.assumption.high
            dates = re.findall(r"as of (\d{4}-\d\d-\d\d)", ev.assumption.reason)
            assert dates and all(d == s.date.isoformat() for d in dates), ev.assumption.reason
