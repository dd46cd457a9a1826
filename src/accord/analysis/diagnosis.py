"""Deadlock diagnosis: why no package satisfies every red line and fallback.

Every package carries a bit-mask of the constraints it breaks (one bit per
red line of a belligerent, one per fallback not met). Relaxing a set R of
constraints opens a zone exactly when some package breaks only constraints
in R. The *minimal* relaxation sets are therefore the minimal elements,
under set inclusion, of the distinct violation masks found on the grid — an
exact answer over the grid, computed from ``np.unique`` of the masks.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from accord.analysis.compile import CompiledScenario


@dataclass(frozen=True)
class Relaxation:
    """A minimal set of constraints whose relaxation opens a zone."""

    constraints: tuple[str, ...]  # 'party.issue' or 'party.fallback'
    mask: int
    packages: int  # how many packages it opens
    package: int  # index of the package it opens that is best for the worse-off party


@dataclass(frozen=True)
class Conflict:
    """Red lines on one issue that no option satisfies together."""

    issue: str
    red_lines: dict[str, str]  # party -> its red line, as written


def popcount(x: np.ndarray) -> np.ndarray:
    x = x.astype(np.uint64)
    count = np.zeros(x.shape, dtype=np.int64)
    while np.any(x):
        count += (x & np.uint64(1)).astype(np.int64)
        x >>= np.uint64(1)
    return count


def minimal_masks(masks: np.ndarray) -> np.ndarray:
    """Distinct masks with no other distinct mask as a strict subset (ascending popcount)."""
    uniq = np.unique(masks)
    uniq = uniq[np.argsort(popcount(uniq), kind="stable")]
    keep: list[int] = []
    for m in uniq.tolist():
        if not any((k & ~m) == 0 for k in keep):
            keep.append(m)
    return np.array(keep, dtype=np.int64)


def minimal_relaxations(
    c: CompiledScenario,
    violations: np.ndarray,
    expected: np.ndarray,
    limit: int = 8,
) -> list[Relaxation]:
    """The smallest sets of constraints whose relaxation opens a zone, with the package each opens.

    ``expected`` is (N, P). Sets are ordered by size, then by how many
    packages they open. The package shown maximises the smallest gain over
    the fallbacks among the packages the set opens.
    """
    out: list[Relaxation] = []
    mins = minimal_masks(violations)
    counts = {int(m): int(np.count_nonzero(violations == m)) for m in mins.tolist()}
    ordered = sorted(mins.tolist(), key=lambda m: (bin(m).count("1"), -counts[m]))
    for m in ordered[:limit]:
        idx = np.flatnonzero(violations == m)
        gains = (expected[idx] - c.fallback).min(axis=1)
        best = int(idx[int(np.argmax(gains))])
        names = tuple(c.constraint_name(b) for b in range(c.n_constraints) if m >> b & 1)
        out.append(Relaxation(constraints=names, mask=int(m), packages=counts[m], package=best))
    return out


def red_line_conflicts(c: CompiledScenario) -> list[Conflict]:
    """Issues on which the belligerents' red lines leave no common option.

    A conditional red line counts when the other red lines on its condition's
    issue leave only options that meet the condition (it is then binding).
    """
    out: list[Conflict] = []
    for j, g in enumerate(c.grids):
        lines = [rl for rl in c.red_lines if rl.issue == g.issue.id]
        if len(lines) < 2:
            continue
        allowed = c.violation_code[j] == 0
        active = [rl for rl in lines if rl.condition is None]
        for bit, jj, bad, k, met in c.conditional:
            if jj != j:
                continue
            if np.all(met[c.violation_code[k] == 0]):
                allowed &= ~bad
                active.append(next(rl for rl in lines if rl.bit == bit))
        if len(active) >= 2 and not np.any(allowed):
            out.append(
                Conflict(issue=g.issue.id, red_lines={rl.party: _say(rl.level) for rl in active})
            )
    return out


def _say(level: object) -> str:
    if isinstance(level, dict):
        return ", ".join(f"{k}: {v:g}" for k, v in level.items())
    if isinstance(level, float) and level.is_integer():
        return str(int(level))
    return str(level)
