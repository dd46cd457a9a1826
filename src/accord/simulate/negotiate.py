"""One negotiation, round by round: the same kernel as the Monte Carlo, with a transcript.

By default every parameter sits at its nominal value; ``draw=True`` draws
them from their ranges like one Monte Carlo run. The seed fixes the noise
(perception, events, honour choices). The mediators pull the levers they choose
in ``analyze``, as in a forecast (:mod:`accord.simulate.levers`); ``levers=False``
is every mediator's "no lever" option, with the same noise for the same seed.

>>> from accord.scenarios import load_scenario
>>> t = negotiate(load_scenario("labour-2026-03"), horizon=30, seed=1)
>>> t.steps[0].action in {"tabled", "no text", "offer", "event"}
True
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from accord.model import Scenario
from accord.simulate import protocols as pr
from accord.simulate.config import ForecastConfig
from accord.simulate.levers import LEVER
from accord.simulate.montecarlo import build_task, chunk_rng, run_kernel
from accord.simulate.parameters import dynamic_names
from accord.simulate.ratify import LOG_BLOCKED, LOG_INTERIM, LOG_SCHEDULED
from accord.simulate.run import OUTCOME_COLUMNS
from accord.simulate.space import compile_space, measures

# kernel outcome columns about deals (the rest are the tracked stocks, reported under their words)
DEAL_COLUMNS = (
    "first_deal_day",
    "first_package",
    "first_fate",
    "deals",
    "collapses",
    "zone_at_start",
    "zone_open_day",
    "opened_by",
)
ACTIONS = {
    pr.LOG_TABLED: "tabled",
    pr.LOG_NO_TEXT: "no text",
    pr.LOG_ACCEPT: "accepted",
    pr.LOG_REJECT: "rejected",
    pr.LOG_OFFER: "offer",
    pr.LOG_SIGNED: "signed",
    pr.LOG_HONOUR: "honoured",
    pr.LOG_DEFECT: "walked away",
    pr.LOG_COMPLETE: "completed",
    pr.LOG_EVENT: "event",
    pr.LOG_PHASE: "next phase",
    pr.LOG_YIELD: "gives up its red lines",
    pr.LOG_ZONE: "zone opens",
    LOG_BLOCKED: "blocked by a faction",
    LOG_SCHEDULED: "scheduled event",
    LOG_INTERIM: "interim state",
}


@dataclass
class Step:
    day: int
    date: str
    actor: str
    action: str
    package: int | None
    why: str
    terms: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "day": self.day,
            "date": self.date,
            "actor": self.actor,
            "action": self.action,
            "package": self.package,
            "why": self.why,
            "terms": self.terms,
        }


@dataclass
class Transcript:
    scenario: str
    protocol: str
    seed: int
    steps: list[Step]
    outcome: dict[str, int]
    parameters: dict[str, float] = field(default_factory=dict)
    outcome_words: dict[str, str] = field(
        default_factory=dict
    )  # tracked key -> the scenario's words
    # the levers the mediators pull, as in a forecast's summary (empty without mediator stakes);
    # each pulled lever that moves a fallback also carries its effect in this run ("in_run")
    mediation: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "scenario": self.scenario,
            "protocol": self.protocol,
            "seed": self.seed,
            "steps": [s.to_dict() for s in self.steps],
            "outcome": self.outcome,
            "outcome_words": self.outcome_words,
            "parameters": self.parameters,
            "mediation": self.mediation,
        }


def negotiate(
    scenario: Scenario,
    protocol: str = "mediated",
    strategy: str | None = None,
    horizon: int = 365,
    seed: int = 0,
    template: str | None = None,
    draw: bool = False,
    overrides: dict[str, float] | None = None,
    max_steps: int = 4000,
    levers: bool = True,
) -> Transcript:
    """Run one negotiation and return its transcript.

    ``levers``: the mediators pull the levers they choose in ``analyze``
    (``accord negotiate --no-levers``: none)."""
    cfg = ForecastConfig(
        scenario=scenario.id,
        runs=1,
        horizon=horizon,
        seed=seed,
        protocol=protocol,
        strategy=strategy,
        template=template,
        overrides=overrides or {},
        levers=levers,
    )
    space = compile_space(scenario, template, cfg.max_candidates, cfg.levers)
    task = build_task(scenario, cfg, space)
    rng = chunk_rng(seed, 0)
    # the levers' effects from their own stream, as in a forecast's chunk: the other draws and the
    # run's noise are those of the same seed without levers
    _, drawn = task.table.draw(rng, 1, rng3=chunk_rng(seed, 0, stream=2))
    values = drawn if draw else task.table.nominal()[None, :]
    seeds = rng.integers(0, 2**63 - 1, size=1, dtype=np.int64)
    out, log_i, log_f, n = run_kernel(task, seeds, values, log_capacity=max_steps)
    parties = task.table.parties
    events = task.table.events
    start = scenario.date
    steps: list[Step] = []
    shown: set[int] = set()
    for row, (a, b) in zip(log_i[:n], log_f[:n], strict=True):
        day, code, actor, item, extra = (int(x) for x in row)
        who = parties[actor] if 0 <= actor < len(parties) else "mediators"
        why = ""
        terms = None
        pkg: int | None = (
            item if code not in (pr.LOG_EVENT, pr.LOG_NO_TEXT, pr.LOG_YIELD, pr.LOG_ZONE) else None
        )
        if code == pr.LOG_TABLED:
            why = f"best balance of perceived gains (Nash product {a:.4f})"
        elif code == pr.LOG_NO_TEXT:
            why = "no package the mediators believe both sides would accept"
        elif code in (pr.LOG_ACCEPT, pr.LOG_REJECT):
            rel = "reaches" if code == pr.LOG_ACCEPT else "falls short of"
            if protocol == "mediated":
                why = f"expects {a:.3f} from it (under the risk of defection), which {rel} its fallback {b:.3f}"
            else:
                why = f"reads the package at {a:.3f}, which {rel} its aspiration {b:.3f}"
        elif code == pr.LOG_OFFER:
            why = f"values it at {a:.3f}; its aspiration is {b:.3f}"
        elif code in (pr.LOG_HONOUR, pr.LOG_DEFECT):
            why = f"chance of honouring phase {extra + 1} was {a:.2f} (fallback now {b:.3f})"
        elif code == pr.LOG_EVENT:
            ev = events[item]
            who = parties[ev.party] if ev.party >= 0 else "—"
            why = f"{ev.id.replace('_', ' ')} (magnitude {a:g})"
        elif code == pr.LOG_PHASE:
            why = f"phase {extra + 1} of {space.n_phases} begins"
        elif code == pr.LOG_COMPLETE:
            why = "every phase carried out"
        elif code == pr.LOG_YIELD:
            why = f"its no-deal value has fallen by {b:.3f} since the snapshot, to {a:.3f}"
        elif code == pr.LOG_ZONE:
            who = "—"
            why = (
                f"a package now gives every party more than its fallback, opened mostly by "
                f"{dynamic_names(task.table)[item]} (moved values by {a:.3f})"
                if item >= 0
                else "a package now gives every party more than its fallback"
            )
        elif code == pr.LOG_SIGNED:
            who = "all parties"
            why = "every party accepted"
        elif code in (LOG_BLOCKED, LOG_SCHEDULED, LOG_INTERIM):
            who, why = _outside_step(task.table, code, item, extra, a, b)
            pkg = extra if code == LOG_BLOCKED else None
        if (
            pkg is not None
            and pkg >= 0
            and pkg not in shown
            and code in (pr.LOG_TABLED, pr.LOG_OFFER, pr.LOG_SIGNED)
        ):
            terms = space.terms(pkg)
            shown.add(pkg)
        steps.append(
            Step(
                day,
                (start + dt.timedelta(days=day)).isoformat(),
                who,
                ACTIONS[code],
                pkg,
                why,
                terms,
            )
        )
    raw = {c: int(v) for c, v in zip(OUTCOME_COLUMNS, out[0], strict=True)}
    # the deal columns as they are; the tracked stocks and pause under the scenario's keys
    outcome = {c: v for c, v in raw.items() if c in DEAL_COLUMNS}
    tracked = measures(scenario)
    outcome.update({m.key: raw[m.hist] for m in tracked})
    params = {p.name: float(v) for p, v in zip(task.table.parameters, values[0], strict=True)}
    words = {m.key: m.label for m in tracked}
    mediation = space.mediation(levers)
    for pulled in mediation.get("pulled", []):
        name = f"{LEVER}{pulled['mediator']}.{pulled['lever']}"
        if name in params:
            pulled["in_run"] = params[name]
    return Transcript(scenario.id, protocol, seed, steps, outcome, params, words, mediation)


def _outside_step(
    table: Any, code: int, item: int, extra: int, a: float, b: float
) -> tuple[str, str]:
    """Who and why for a faction's block, a scheduled event or the interim state changing."""
    if code == LOG_BLOCKED:
        f = table.factions[item]
        return f.id, (
            f"the faction rejects the package the leaderships agreed (its votes {a:.2f}, "
            f"its fallback {b:.3f}): not ratified"
        )
    if code == LOG_SCHEDULED:
        return "—", f"{table.scheduled[item].id.replace('_', ' ')} takes place"
    cause = f" ({table.scheduled[item].id.replace('_', ' ')})" if item >= 0 else ""
    return "—", ("an interim state begins" if extra == 1 else "the interim state ends") + cause
