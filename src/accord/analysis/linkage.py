"""Coherent packages: the linkage constraints a scenario declares, over the whole grid.

A linkage ties issues together so that a package breaking it is one nobody
would table: an exchange ratio (``ratio``: at least ``at_least`` hours of
training per worker reinstated, say) or a dependency (``requires``: a shorter
working week only with a job guarantee). Like red lines, each is a two-issue
(or one-issue) table broadcast over the Cartesian grid, so the mask of
coherent packages costs no Python loop per package. Linkages use their nominal
values; ``accord analyze`` and the forecast's candidate packages both exclude
packages that break one.

>>> from accord.scenarios import load_scenario
>>> from accord.analysis import compile_scenario
>>> from accord.model import Scenario
>>> data = load_scenario("labour-2026-03").model_dump(mode="json")
>>> data["linkages"] = [{"id": "hours_need_security", "kind": "requires", "assumption": "invented",
...     "description": "a 36-hour week only with a three-year guarantee",
...     "when": {"working_week": "hours_36"}, "then": {"job_security": "three_years"}}]
>>> c = compile_scenario(Scenario.model_validate(data))
>>> mask = coherent_mask(c)
>>> mask.shape[0] == int(np.prod([g.size for g in c.grids])), bool(mask.any()), bool(mask.all())
(True, True, False)
"""

from __future__ import annotations

import numpy as np

from accord.analysis.compile import CompiledScenario
from accord.model import IssueKind, PhaseTemplate
from accord.model.scenario import IssueRef, Linkage, LinkageKind


def _amount(c: CompiledScenario, ref: IssueRef) -> tuple[int, np.ndarray]:
    """Issue index and the amount each of its options gives (a category's count, a total, or a level)."""
    j = c.issue_ids.index(ref.issue)
    g = c.grids[j]
    raw = np.asarray(g.raw, dtype=float)
    if g.issue.kind is IssueKind.count:
        if ref.category is not None:
            cats = [cat.id for cat in g.issue.categories or []]
            return j, raw.reshape(g.size, -1)[:, cats.index(ref.category)]
        return j, raw.reshape(g.size, -1).sum(axis=1)
    return j, raw.reshape(g.size)


def _at_least(
    c: CompiledScenario, issue_id: str, value: str | float | int
) -> tuple[int, np.ndarray]:
    j = c.issue_ids.index(issue_id)
    _, amount = _amount(c, IssueRef(issue=issue_id))
    return j, amount >= c.grids[j].issue.to_number(value) - 1e-9


def _pair(shape: tuple[int, ...], j: int, k: int, table: np.ndarray) -> np.ndarray:
    """A (options_j, options_k) table, or (options_j,) when j == k, broadcast over the grid and flattened."""
    dims = [1] * len(shape)
    if j == k:
        dims[j] = shape[j]
        return np.broadcast_to(table.reshape(dims), shape).ravel()
    if j > k:
        j, k, table = k, j, table.T
    dims[j], dims[k] = shape[j], shape[k]
    return np.broadcast_to(table.reshape(dims), shape).ravel()


def _part(c: CompiledScenario, ref: IssueRef, raw: np.ndarray) -> np.ndarray:
    """The amount of ``ref`` in raw states of its issue (rows): a category, a total or a level."""
    issue = c.grids[c.issue_ids.index(ref.issue)].issue
    rows = np.asarray(raw, dtype=float).reshape(len(raw), -1)
    if issue.kind is IssueKind.count:
        if ref.category is not None:
            cats = [cat.id for cat in issue.categories or []]
            return rows[:, cats.index(ref.category)]
        return rows.sum(axis=1)
    return rows[:, 0]


def delivery_stages(
    c: CompiledScenario, template: PhaseTemplate, ref: IssueRef
) -> tuple[int, np.ndarray, np.ndarray]:
    """Issue index, and per option the phase by which ``ref`` is delivered in full and the phase
    in which its delivery starts (``len(phases)`` when it never moves from the status quo)."""
    j = c.issue_ids.index(ref.issue)
    g = c.grids[j]
    M = len(template.phases)
    raw = np.asarray(g.raw, dtype=float)
    final = _part(c, ref, raw)
    status = float(_part(c, ref, np.asarray(c.status_quo[j], dtype=float)[None])[0])
    done = np.full(g.size, M - 1, dtype=np.int64)
    start = np.full(g.size, M, dtype=np.int64)
    for m in range(M - 1, -1, -1):
        now = _part(c, ref, c.cumulative(template, m, j, raw))
        done = np.where(np.abs(now - final) <= 1e-9, m, done)
        start = np.where(np.abs(now - status) > 1e-9, m, start)
    return j, done, start


def linkage_ok(
    c: CompiledScenario, lk: Linkage, template: PhaseTemplate | None = None
) -> np.ndarray:
    """(N,) True where a grid package meets linkage ``lk``.

    An ``order`` linkage needs the phase template that spreads the packages over phases;
    without one it is not checked (all True).
    """
    shape = tuple(g.size for g in c.grids)
    if lk.kind is LinkageKind.order:
        if template is None:
            return np.ones(int(np.prod(shape)), dtype=bool)
        assert lk.first is not None and lk.later is not None
        j, done, _ = delivery_stages(c, template, lk.first)
        k, _, start = delivery_stages(c, template, lk.later)
        M = len(template.phases)
        if j == k:  # two categories of one issue: one table over its options
            table = (done < start) if not lk.same_phase else (done <= start)
            return _pair(shape, j, j, table | (start == M))
        ok = (
            done[:, None] < start[None, :] if not lk.same_phase else done[:, None] <= start[None, :]
        )
        return _pair(shape, j, k, ok | (start[None, :] == M))
    if lk.kind is LinkageKind.ratio:
        assert lk.numerator is not None and lk.denominator is not None
        j, num = _amount(c, lk.numerator)
        k, den = _amount(c, lk.denominator)
        if j == k:
            same = np.ones(len(num), dtype=bool)
            if lk.at_least is not None:
                same &= num >= lk.at_least.value * den - 1e-9
            if lk.at_most is not None:
                same &= num <= lk.at_most.value * den + 1e-9
            return _pair(shape, j, j, same)
        table = np.ones((len(num), len(den)), dtype=bool)
        if lk.at_least is not None:
            table &= num[:, None] >= lk.at_least.value * den[None, :] - 1e-9
        if lk.at_most is not None:
            table &= num[:, None] <= lk.at_most.value * den[None, :] + 1e-9
        return _pair(shape, j, k, table)
    assert lk.when is not None and lk.then is not None
    (wi, wv), (ti, tv) = next(iter(lk.when.items())), next(iter(lk.then.items()))
    j, reached = _at_least(c, wi, wv)
    k, met = _at_least(c, ti, tv)
    if j == k:
        return _pair(shape, j, j, ~reached | met)
    return _pair(shape, j, k, ~reached[:, None] | met[None, :])


def coherent_mask(c: CompiledScenario, template: PhaseTemplate | None = None) -> np.ndarray:
    """(N,) True where a grid package meets every linkage of the scenario (all True without linkages).

    With ``template``, order linkages are checked on the phases it spreads each package over.
    """
    n = int(np.prod([g.size for g in c.grids]))
    mask = np.ones(n, dtype=bool)
    for lk in c.scenario.linkages:
        mask &= linkage_ok(c, lk, template)
    return mask


def broken_linkages(c: CompiledScenario, states: list[list[np.ndarray]]) -> list[dict[str, str]]:
    """The linkages a phased package breaks: ``states[m][j]`` is issue j's raw state after phase m.

    Ratio and requires linkages are read on the final state, order linkages on the phases.
    """
    out = []
    final = states[-1]
    for lk in c.scenario.linkages:
        if lk.kind is LinkageKind.order:
            assert lk.first is not None and lk.later is not None
            j, k = c.issue_ids.index(lk.first.issue), c.issue_ids.index(lk.later.issue)
            firsts = [float(_part(c, lk.first, s[j][None])[0]) for s in states]
            laters = [float(_part(c, lk.later, s[k][None])[0]) for s in states]
            status = float(_part(c, lk.later, np.asarray(c.status_quo[k], dtype=float)[None])[0])
            done = next(m for m, x in enumerate(firsts) if abs(x - firsts[-1]) <= 1e-9)
            start = next((m for m, x in enumerate(laters) if abs(x - status) > 1e-9), len(states))
            ok = start == len(states) or (done <= start if lk.same_phase else done < start)
        else:
            ok = bool(_final_ok(c, lk, final))
        if not ok:
            out.append({"id": lk.id, "description": lk.description})
    return out


def _final_ok(c: CompiledScenario, lk: Linkage, final: list[np.ndarray]) -> bool:
    if lk.kind is LinkageKind.ratio:
        assert lk.numerator is not None and lk.denominator is not None
        num = float(_part(c, lk.numerator, final[c.issue_ids.index(lk.numerator.issue)][None])[0])
        den = float(
            _part(c, lk.denominator, final[c.issue_ids.index(lk.denominator.issue)][None])[0]
        )
        lo = lk.at_least is None or num >= lk.at_least.value * den - 1e-9
        hi = lk.at_most is None or num <= lk.at_most.value * den + 1e-9
        return lo and hi
    assert lk.when is not None and lk.then is not None
    (wi, wv), (ti, tv) = next(iter(lk.when.items())), next(iter(lk.then.items()))

    def reached(iid: str, value: str | float | int) -> bool:
        issue = c.grids[c.issue_ids.index(iid)].issue
        amount = float(_part(c, IssueRef(issue=iid), final[c.issue_ids.index(iid)][None])[0])
        return amount >= issue.to_number(value) - 1e-9

    return not reached(wi, wv) or reached(ti, tv)
