"""The agreement space: every package on the grid, valued under defection risk.

A package is one option per issue plus a phase template. For each template
the engine builds, by broadcasting per-issue tables, arrays over the whole
Cartesian grid: each belligerent's utility of the final terms, its collapse
value at every phase boundary, the guarantor penalty and the bit-mask of red
lines the package crosses. No Python loop runs per package.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from accord.analysis.commitment import collapse_value, value_phases
from accord.analysis.compile import CompiledScenario
from accord.analysis.linkage import coherent_mask
from accord.model import PhaseTemplate


def outer_sum(vectors: list[np.ndarray], dtype: type = np.float64) -> np.ndarray:
    """Flattened ``sum_j vectors[j][g_j]`` over the Cartesian grid, in C order.

    >>> outer_sum([np.array([0., 10.]), np.array([1., 2., 3.])]).tolist()
    [1.0, 2.0, 3.0, 11.0, 12.0, 13.0]
    """
    dims = len(vectors)
    out: np.ndarray | None = None
    for j, v in enumerate(vectors):
        shape = [1] * dims
        shape[j] = v.shape[0]
        term: np.ndarray = v.astype(dtype, copy=False).reshape(shape)
        out = term if out is None else out + term
    assert out is not None
    full = tuple(v.shape[0] for v in vectors)
    if out.shape != full:  # some trailing issues have a single option
        out = np.broadcast_to(out, full).copy()
    return out.ravel()


@dataclass
class TemplateBlock:
    """All packages of one template: arrays indexed by the flattened grid position."""

    template: PhaseTemplate
    offset: int
    size: int
    final: np.ndarray  # (P, N) utility of the final terms
    expected: np.ndarray  # (P, N) expected utility under defection risk
    completion: np.ndarray  # (N,)
    violations: np.ndarray  # (N,) int64 bit mask of crossed red lines


@dataclass
class PackageSpace:
    compiled: CompiledScenario
    blocks: list[TemplateBlock]
    shape: tuple[int, ...]

    @property
    def size(self) -> int:
        return sum(b.size for b in self.blocks)

    def expected(self) -> np.ndarray:
        """(N, P) expected utilities of every package, all templates stacked."""
        return np.concatenate([b.expected for b in self.blocks], axis=1).T

    def final(self) -> np.ndarray:
        return np.concatenate([b.final for b in self.blocks], axis=1).T

    def completion(self) -> np.ndarray:
        return np.concatenate([b.completion for b in self.blocks])

    def violations(self) -> np.ndarray:
        """Crossed red lines plus fallbacks not met (bit per constraint)."""
        c = self.compiled
        out = []
        for b in self.blocks:
            v = b.violations.copy()
            for p, pid in enumerate(c.parties):
                if f"{pid}.fallback" not in c.relaxed:
                    below = b.expected[p] < c.fallback[p] - FALLBACK_TOLERANCE
                    v |= below.astype(np.int64) << np.int64(c.fallback_bit(p))
            out.append(v)
        return np.concatenate(out)

    def coherent(self) -> np.ndarray:
        """(N,) True where a package meets every linkage the scenario declares (accord.analysis.linkage)."""
        if not any(lk.kind == "order" for lk in self.compiled.scenario.linkages):
            return np.tile(coherent_mask(self.compiled), len(self.blocks))
        # delivery-order linkages depend on how each template spreads a package over phases
        return np.concatenate([coherent_mask(self.compiled, b.template) for b in self.blocks])

    def locate(self, index: int) -> tuple[PhaseTemplate, tuple[int, ...]]:
        """Template and per-issue option indices of package ``index``."""
        for b in self.blocks:
            if b.offset <= index < b.offset + b.size:
                return b.template, tuple(
                    int(i) for i in np.unravel_index(index - b.offset, self.shape)
                )
        raise IndexError(index)

    def terms(self, index: int) -> dict[str, object]:
        """The final terms of package ``index`` in the scenario's own words."""
        _, options = self.locate(index)
        return {
            g.issue.id: g.describe(o) for g, o in zip(self.compiled.grids, options, strict=True)
        }


FALLBACK_TOLERANCE = 1e-12  # a package this close below a fallback still meets it (float error)
SLICE = 1 << 16  # packages valued at a time: temporaries stay in cache instead of page-faulting


def _value_in_slices(
    finals: np.ndarray, collapse: np.ndarray, penalty: np.ndarray | float, temperature: float
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`value_phases` over the grid, a slice of packages at a time (same numbers)."""
    n = finals.shape[1]
    expected = np.empty_like(finals)
    completion = np.empty(n)
    for a in range(0, n, SLICE):
        sl = slice(a, min(a + SLICE, n))
        pen = penalty[sl] if isinstance(penalty, np.ndarray) else penalty
        v = value_phases(finals[:, sl], collapse[:, :, sl], pen, temperature)
        expected[:, sl] = v.expected
        completion[sl] = v.completion
    return expected, completion


def red_line_violations(c: CompiledScenario) -> np.ndarray:
    """Bit-mask of the red lines each grid package crosses (conditional ones included), flattened."""
    shape = tuple(g.size for g in c.grids)
    violations = outer_sum(c.violation_code, dtype=np.int64)
    for bit, j, bad, k, met in c.conditional:
        vj, vk = [1] * len(shape), [1] * len(shape)
        vj[j], vk[k] = bad.shape[0], met.shape[0]
        pair = np.broadcast_to(bad.reshape(vj) & met.reshape(vk), shape)
        violations |= pair.ravel().astype(np.int64) << np.int64(bit)
    return violations


def enumerate_packages(
    c: CompiledScenario, templates: list[PhaseTemplate] | None = None
) -> PackageSpace:
    """Value every package of the grid under every phase template."""
    templates = templates if templates is not None else list(c.scenario.phase_templates)
    shape = tuple(g.size for g in c.grids)
    n_parties = len(c.parties)
    violations = red_line_violations(c)
    finals = np.stack([outer_sum(c.weighted_value[p]) for p in range(n_parties)])
    if c.guarantee_index is not None and c.penalty_by_option is not None:
        vectors = [np.zeros(g.size) for g in c.grids]
        vectors[c.guarantee_index] = c.penalty_by_option
        penalty: np.ndarray | float = outer_sum(vectors)
    else:
        penalty = 0.0
    irreversible = [j for j, g in enumerate(c.grids) if not g.issue.reversible]
    blocks: list[TemplateBlock] = []
    offset = 0
    for t in templates:
        n_boundaries = len(t.phases) - 1
        collapse = np.empty((n_boundaries, n_parties, finals.shape[1]))
        for b in range(n_boundaries):
            for p in range(n_parties):
                vectors = [np.zeros(g.size) for g in c.grids]
                for j in irreversible:
                    g = c.grids[j]
                    delivered = c.value(p, j, c.cumulative(t, b, j, g.raw))
                    vectors[j] = c.weights[p, j] * (delivered - c.status_value[p, j])
                collapse[b, p] = collapse_value(c.fallback[p], outer_sum(vectors))
        expected, completion = _value_in_slices(finals, collapse, penalty, c.temperature)
        blocks.append(
            TemplateBlock(
                template=t,
                offset=offset,
                size=finals.shape[1],
                final=finals,
                expected=expected,
                completion=completion,
                violations=violations,
            )
        )
        offset += finals.shape[1]
    return PackageSpace(compiled=c, blocks=blocks, shape=shape)
