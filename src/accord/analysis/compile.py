"""Compile a scenario into arrays once; every analysis then works on arrays.

For each issue the compiler builds the grid of options searched by the
agreement-space analysis (every level of an ordinal issue; ``steps`` evenly
spaced integers per category of a count issue, combined across categories;
``steps`` points of a continuous range) and, per belligerent, tables of value
and red-line verdicts over those options.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import numpy as np

from accord.analysis import values as V
from accord.model import Issue, IssueKind, PhaseTemplate, Scenario


@dataclass(frozen=True)
class IssueGrid:
    """The options searched for one issue: ``raw[g]`` is option g's raw value."""

    issue: Issue
    raw: np.ndarray  # (G,) or (G, C) for count issues

    @property
    def size(self) -> int:
        return int(self.raw.shape[0])

    def describe(self, g: int) -> str | dict[str, float]:
        return V.describe_raw(self.issue, self.raw[g])


@dataclass(frozen=True)
class RedLine:
    """One red line as a constraint: bit ``bit`` of a package's violation mask."""

    party: str
    issue: str
    level: object
    bit: int
    condition: tuple[str, object] | None = None  # (issue, level): binds only at or above it

    @property
    def key(self) -> str:
        return f"{self.party}.{self.issue}"


@dataclass
class CompiledScenario:
    """A scenario as arrays. Parties are the belligerents, in scenario order."""

    scenario: Scenario
    parties: list[str]
    grids: list[IssueGrid]
    weights: np.ndarray  # (P, J)
    fallback: np.ndarray  # (P,)
    temperature: float
    status_quo: list[np.ndarray]  # raw status quo per issue
    red_lines: list[RedLine]
    relaxed: tuple[str, ...] = ()
    # constraints after the red lines and fallbacks: vetoing factions ('party.faction')
    # and majorities ('party.majority'), see accord.analysis.factions
    extra_constraints: list[str] = field(default_factory=list)
    # per party, per issue: value table over the grid (G_j,), weighted
    weighted_value: list[list[np.ndarray]] = field(default_factory=list)
    # per party, per issue: value of the status quo (unweighted)
    status_value: np.ndarray = field(default_factory=lambda: np.zeros(0))  # (P, J)
    # per issue: bit-code of the unconditional red lines each option violates (int64)
    violation_code: list[np.ndarray] = field(default_factory=list)
    # conditional red lines: (bit, issue index, bad options, condition issue index, condition met)
    conditional: list[tuple[int, int, np.ndarray, int, np.ndarray]] = field(default_factory=list)
    # per issue index of the guarantee issue, and penalty per option of it
    guarantee_index: int | None = None
    penalty_by_option: np.ndarray | None = None
    # single-package evaluations (the web explorer) revisit the same few values
    _value_cache: dict[tuple[int, int, bytes], np.ndarray] = field(default_factory=dict, repr=False)

    @property
    def issue_ids(self) -> list[str]:
        return [g.issue.id for g in self.grids]

    def fallback_bit(self, p: int) -> int:
        return len(self.red_lines) + p

    @property
    def n_constraints(self) -> int:
        return len(self.red_lines) + len(self.parties) + len(self.extra_constraints)

    def constraint_name(self, bit: int) -> str:
        if bit < len(self.red_lines):
            return self.red_lines[bit].key
        if bit < len(self.red_lines) + len(self.parties):
            return f"{self.parties[bit - len(self.red_lines)]}.fallback"
        return self.extra_constraints[bit - len(self.red_lines) - len(self.parties)]

    def constraint_bit(self, name: str) -> int:
        """The bit of a constraint added after the red lines and fallbacks."""
        return len(self.red_lines) + len(self.parties) + self.extra_constraints.index(name)

    def value(self, p: int, j: int, raw: np.ndarray) -> np.ndarray:
        """Unweighted value of raw issue values for party index p on issue index j."""
        raw = np.asarray(raw, dtype=float)
        small = raw.size <= 16
        if small:
            key = (p, j, raw.tobytes() + bytes(raw.ndim))
            hit = self._value_cache.get(key)
            if hit is not None:
                return hit
        issue = self.grids[j].issue
        out = V.value(issue, self.scenario.position(self.parties[p], issue.id), raw)
        if small and len(self._value_cache) < 100_000:
            out = np.asarray(out)
            out.setflags(write=False)  # shared by later calls: never modified in place
            self._value_cache[key] = out
        return out

    def red_line_ok(self, p: int, j: int, raw: np.ndarray) -> np.ndarray:
        issue = self.grids[j].issue
        if f"{self.parties[p]}.{issue.id}" in self.relaxed:
            return np.ones(
                np.asarray(raw).shape[: (-1 if issue.kind is IssueKind.count else None)] or (),
                dtype=bool,
            )
        return V.red_line_ok(issue, self.scenario.position(self.parties[p], issue.id), raw)

    def condition_met(self, rl: RedLine, raw: np.ndarray) -> np.ndarray:
        """Where the condition of a conditional red line holds, for raw values of its issue."""
        if rl.condition is None:
            return np.ones(np.shape(raw)[:1] or (), dtype=bool)
        issue = self.grids[self.issue_ids.index(rl.condition[0])].issue
        threshold = V.as_raw(issue, rl.condition[1])
        if issue.kind is IssueKind.count:
            return np.asarray(raw).sum(axis=-1) >= threshold.sum() - 1e-9
        return np.asarray(raw) >= threshold - 1e-9

    def cumulative(self, template: PhaseTemplate, k: int, j: int, raw: np.ndarray) -> np.ndarray:
        """Raw state of issue j after phase k of ``template`` for final values ``raw``."""
        if k >= len(template.phases) - 1:
            return raw
        issue = self.grids[j].issue
        delivery = template.phases[k].delivery.get(issue.id)
        if delivery is None:
            return raw
        if issue.is_numeric:
            out = raw * float(delivery)
            return np.floor(out + 1e-9) if issue.kind is IssueKind.count else out
        cap = float(issue.ordered_levels.index(str(delivery)))
        return np.minimum(raw, cap)


def _grid(issue: Issue) -> np.ndarray:
    if issue.kind in (IssueKind.ordinal, IssueKind.boolean):
        return np.arange(len(issue.ordered_levels), dtype=float)
    if issue.kind is IssueKind.continuous:
        return np.linspace(issue.lower, issue.upper, issue.steps)
    axes = [
        np.unique(np.rint(np.linspace(0.0, c.max.value, issue.steps)))
        for c in issue.categories or []
    ]
    return np.array(list(itertools.product(*axes)), dtype=float)


def compile_scenario(
    scenario: Scenario, relax: tuple[str, ...] | list[str] = ()
) -> CompiledScenario:
    """Arrays for ``scenario``; ``relax`` lifts red lines (``party.issue``) or fallbacks (``party.fallback``)."""
    from accord.analysis.budget import check_budget
    from accord.errors import InputError

    check_budget(scenario)  # before any grid is allocated
    parties = [p.id for p in scenario.belligerents]
    relax = tuple(relax)
    known = {
        f"{p.party}.{p.issue}"
        for p in scenario.positions
        if p.red_line is not None and p.party in parties
    }
    known |= {f"{p}.fallback" for p in parties}
    known |= {f"{f.party}.{f.id}" for f in scenario.factions}
    for r in relax:
        if r not in known:
            raise InputError(
                f"cannot relax '{r}': not a red line or fallback of a belligerent. "
                f"Choose from: {', '.join(sorted(known))}"
            )
    grids = [IssueGrid(issue, _grid(issue)) for issue in scenario.issues]
    weights = np.zeros((len(parties), len(grids)))
    for p, pid in enumerate(parties):
        for j, g in enumerate(grids):
            pos = scenario.position(pid, g.issue.id)
            weights[p, j] = pos.weight.value if pos else 0.0
    red_lines: list[RedLine] = []
    for pid in parties:
        for g in grids:
            pos = scenario.position(pid, g.issue.id)
            if pos is not None and pos.red_line is not None and f"{pid}.{g.issue.id}" not in relax:
                cond = (
                    next(iter(pos.red_line_applies_if.items())) if pos.red_line_applies_if else None
                )
                red_lines.append(RedLine(pid, g.issue.id, pos.red_line, len(red_lines), cond))
    fallback = np.array([scenario.fallback(pid).utility.value for pid in parties])
    c = CompiledScenario(
        scenario=scenario,
        parties=parties,
        grids=grids,
        weights=weights,
        fallback=fallback,
        temperature=scenario.commitment.temperature.value,
        status_quo=[V.as_raw(g.issue, scenario.status_quo[g.issue.id]) for g in grids],
        red_lines=red_lines,
        relaxed=relax,
    )
    c.weighted_value = [
        [weights[p, j] * c.value(p, j, g.raw) for j, g in enumerate(grids)]
        for p in range(len(parties))
    ]
    c.status_value = np.array(
        [
            [float(c.value(p, j, c.status_quo[j])) for j in range(len(grids))]
            for p in range(len(parties))
        ]
    )
    for j, g in enumerate(grids):
        code = np.zeros(g.size, dtype=np.int64)
        for rl in red_lines:
            if rl.issue == g.issue.id:
                ok = c.red_line_ok(parties.index(rl.party), j, g.raw)
                if rl.condition is None:
                    code |= np.where(ok, 0, 1 << rl.bit).astype(np.int64)
                else:
                    k = c.issue_ids.index(rl.condition[0])
                    met = c.condition_met(rl, grids[k].raw)
                    c.conditional.append((rl.bit, j, ~ok, k, met))
        c.violation_code.append(code)
    cm = scenario.commitment
    if cm.guarantee_issue is not None:
        j = c.issue_ids.index(cm.guarantee_issue)
        levels = grids[j].issue.ordered_levels
        c.guarantee_index = j
        c.penalty_by_option = np.array([cm.penalty_by_level[lv].value for lv in levels])
    c.extra_constraints = _faction_constraints(scenario, relax)
    if c.n_constraints > 62:
        raise InputError("at most 62 red lines and fallbacks can be analysed together")
    return c


def _faction_constraints(scenario: Scenario, relax: tuple[str, ...]) -> list[str]:
    """One constraint per vetoing faction, one per party whose factions vote (not relaxed)."""
    out: list[str] = []
    voting: list[str] = []
    for f in scenario.factions:
        name = f"{f.party}.{f.id}"
        if name in relax:
            continue
        if f.say == "veto":
            out.append(name)
        elif f.say == "vote" and f.party not in voting:
            voting.append(f.party)
    return out + [f"{p}.majority" for p in voting]
