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
from accord.model import IssueKind
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


def linkage_ok(c: CompiledScenario, lk: Linkage) -> np.ndarray:
    """(N,) True where a grid package meets linkage ``lk``."""
    shape = tuple(g.size for g in c.grids)
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


def coherent_mask(c: CompiledScenario) -> np.ndarray:
    """(N,) True where a grid package meets every linkage of the scenario (all True without linkages)."""
    n = int(np.prod([g.size for g in c.grids]))
    mask = np.ones(n, dtype=bool)
    for lk in c.scenario.linkages:
        mask &= linkage_ok(c, lk)
    return mask
