"""Evaluate one phased agreement: utilities, red lines, honour chances, expected value.

Used for the proposals tabled in a scenario and for any package a user
builds (the web deal explorer). Phase terms are cumulative states; an issue a
phase does not mention keeps its previous state (status quo before phase 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from accord.analysis import values as V
from accord.analysis.commitment import collapse_value, value_phases
from accord.analysis.compile import CompiledScenario
from accord.analysis.linkage import broken_linkages
from accord.analysis.space import FALLBACK_TOLERANCE
from accord.errors import InputError
from accord.model import PhasedAgreement
from accord.validators import check_finite, check_known


@dataclass
class PartyVerdict:
    party: str
    final_utility: float
    expected_utility: float
    fallback: float
    red_lines: dict[str, dict[str, Any]]  # issue -> {red_line, value, ok}
    honour: list[float]  # per boundary

    @property
    def crossed(self) -> list[str]:
        return [i for i, r in self.red_lines.items() if not r["ok"]]

    @property
    def gain(self) -> float:
        return self.expected_utility - self.fallback

    @property
    def acceptable(self) -> bool:
        return not self.crossed and self.expected_utility >= self.fallback - FALLBACK_TOLERANCE

    def to_dict(self) -> dict[str, Any]:
        return {
            "final_utility": round(self.final_utility, 6),
            "expected_utility": round(self.expected_utility, 6),
            "fallback": round(self.fallback, 6),
            "gain_over_fallback": round(self.gain, 6),
            "red_lines": self.red_lines,
            "red_lines_crossed": self.crossed,
            "acceptable": self.acceptable,
            "honour_probability": [round(h, 6) for h in self.honour],
        }


@dataclass
class ProposalEvaluation:
    id: str
    title: str
    phases: list[dict[str, Any]]
    parties: dict[str, PartyVerdict]
    proceed: list[float]  # per boundary: chance the next phase starts
    completion: float
    responses: dict[str, str] = field(default_factory=dict)
    linkages_broken: list[dict[str, str]] = field(default_factory=list)  # accord.analysis.linkage

    @property
    def acceptable_to_all(self) -> bool:
        return all(v.acceptable for v in self.parties.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "phases": self.phases,
            "parties": {p: v.to_dict() for p, v in self.parties.items()},
            "phase_proceed_probability": [round(x, 6) for x in self.proceed],
            "completion_probability": round(self.completion, 6),
            "acceptable_to_all": self.acceptable_to_all,
            "reported_responses": self.responses,
            "linkages_broken": self.linkages_broken,
        }


def evaluate_phases(
    c: CompiledScenario,
    phases: list[dict[str, Any]],
    guarantor_penalty: dict[str, float] | None = None,
    *,
    id: str = "package",
    title: str = "package",
) -> ProposalEvaluation:
    """Evaluate phases given as ``[{"name": ..., "terms": {issue: value}}, ...]``.

    ``guarantor_penalty`` adds, per party, the penalty a guarantor imposes on
    walking away (on top of the penalty set by the guarantee issue's level).
    """
    if not phases:
        raise InputError("a package needs at least one phase")
    # every party of the scenario may be named (a mediator's penalty has no effect); values finite
    named = [p.id for p in c.scenario.parties]
    extra_penalty = {
        check_known(str(pid), named, "guarantor_penalty"): check_finite(
            value, f"guarantor_penalty {str(pid)[:40]}"
        )
        for pid, value in (guarantor_penalty or {}).items()
    }
    ids = c.issue_ids
    state = [np.array(r, dtype=float) for r in c.status_quo]
    states: list[list[np.ndarray]] = []
    described: list[dict[str, Any]] = []
    for k, ph in enumerate(phases):
        terms = ph.get("terms", {}) or {}
        for iid, term in terms.items():
            if iid not in ids:
                raise InputError(f"phase {k + 1}: unknown issue '{iid}' (issues: {', '.join(ids)})")
            issue = c.grids[ids.index(iid)].issue
            try:
                state[ids.index(iid)] = V.as_raw(issue, term)
            except ValueError as exc:
                raise InputError(f"phase {k + 1}, issue '{iid}': {exc}") from None
        states.append([s.copy() for s in state])
        described.append(
            {
                "name": ph.get("name", f"phase {k + 1}"),
                "terms": {
                    iid: V.describe_raw(g.issue, s)
                    for iid, g, s in zip(ids, c.grids, state, strict=True)
                },
                "condition": ph.get("condition"),
                "obligations": ph.get("obligations") or _obligations(c, states, k),
            }
        )
    final = states[-1]
    n_parties = len(c.parties)
    final_u = np.array(
        [
            sum(c.weights[p, j] * float(c.value(p, j, final[j])) for j in range(len(ids)))
            for p in range(n_parties)
        ]
    )
    delivered = np.zeros((len(phases) - 1, n_parties, 1))
    for b in range(len(phases) - 1):
        for p in range(n_parties):
            delivered[b, p, 0] = sum(
                c.weights[p, j] * (float(c.value(p, j, states[b][j])) - c.status_value[p, j])
                for j, g in enumerate(c.grids)
                if not g.issue.reversible
            )
    collapse = collapse_value(c.fallback[:, None], delivered)
    penalty = np.zeros((n_parties, 1))
    if c.guarantee_index is not None and c.penalty_by_option is not None:
        level = int(round(float(final[c.guarantee_index])))
        penalty += c.penalty_by_option[level]
    for pid, extra in extra_penalty.items():
        if pid in c.parties:
            penalty[c.parties.index(pid)] += extra
    val = value_phases(final_u[:, None], collapse, penalty, c.temperature)
    verdicts: dict[str, PartyVerdict] = {}
    lines_by_key = {rl.key: rl for rl in c.red_lines}
    for p, pid in enumerate(c.parties):
        lines: dict[str, dict[str, Any]] = {}
        for j, g in enumerate(c.grids):
            pos = c.scenario.position(pid, g.issue.id)
            if pos is None or pos.red_line is None:
                continue
            ok = bool(c.red_line_ok(p, j, final[j]))
            applies = True
            rl = lines_by_key.get(f"{pid}.{g.issue.id}")  # None when relaxed
            if rl is not None and rl.condition is not None:
                applies = bool(c.condition_met(rl, final[c.issue_ids.index(rl.condition[0])]))
                ok = ok or not applies
            lines[g.issue.id] = {
                "red_line": pos.red_line,
                "applies_if": pos.red_line_applies_if,
                "applies": applies,
                "value": V.describe_raw(g.issue, final[j]),
                "ok": ok,
                "relaxed": f"{pid}.{g.issue.id}" in c.relaxed,
            }
        verdicts[pid] = PartyVerdict(
            party=pid,
            final_utility=float(final_u[p]),
            expected_utility=float(val.expected[p, 0]),
            fallback=float(c.fallback[p]),
            red_lines=lines,
            honour=[float(val.honour[b, p, 0]) for b in range(len(phases) - 1)],
        )
    return ProposalEvaluation(
        id=id,
        title=title,
        phases=described,
        parties=verdicts,
        proceed=[float(x) for x in val.proceed[:, 0]],
        completion=float(val.completion[0]),
        linkages_broken=broken_linkages(c, states),
    )


def _obligations(
    c: CompiledScenario, states: list[list[np.ndarray]], k: int
) -> dict[str, list[str]]:
    """Who delivers what in phase k: issues whose state moved, by their ``delivered_by`` party."""
    prev = states[k - 1] if k > 0 else c.status_quo
    out: dict[str, list[str]] = {}
    for j, g in enumerate(c.grids):
        if not np.array_equal(states[k][j], prev[j]):
            who = g.issue.delivered_by or "all"
            out.setdefault(who, []).append(g.issue.id)
    return out


def evaluate_proposal(c: CompiledScenario, proposal: PhasedAgreement) -> ProposalEvaluation:
    """Evaluate a tabled proposal of the scenario."""
    phases = [
        {
            "name": ph.name,
            "terms": terms,
            "condition": ph.condition,
            "obligations": ph.obligations,
        }
        for ph, terms in zip(proposal.phases, proposal.cumulative_terms(), strict=True)
    ]
    penalty = proposal.guarantor_penalties(c.parties)
    ev = evaluate_phases(c, phases, penalty, id=proposal.id, title=proposal.title)
    ev.responses = dict(proposal.responses)
    return ev
