"""Bargaining solutions on arrays: Nash, Kalai–Smorodinsky, egalitarian, utilitarian.

Every function takes ``U``, a float array of shape ``(n_outcomes, n_parties)``
(one row of utilities per outcome), optionally ``d``, the disagreement point
(each party's fallback / reservation value), and an optional boolean ``mask``
restricting the candidate outcomes (e.g. to outcomes no red line excludes).
Indices returned always refer to rows of ``U``; ties are broken towards the
lowest row index, so results are deterministic.

The definitions follow NegMAS (``negmas.preferences.ops``) exactly:

* **Pareto frontier** -- outcomes not weakly dominated by another candidate
  (:func:`accord.analysis.frontier.pareto_mask`; duplicates are all kept).
* **Rational candidates** -- the solutions are searched on the frontier of the
  candidates with ``U >= d`` in every column (weak inequality, as NegMAS's
  ``pareto_frontier`` filters with ``points >= reserved``).
* **Effective disagreement point** -- NegMAS measures gains from
  ``max(d_i, worst utility of party i among the candidates)``: a fallback below
  everything on the table is no threat, so the worst outcome on the table is
  the disagreement point. ``clamp=False`` uses ``d`` literally instead.
* **Nash** -- maximises ``prod_i (U_i - d_i)``. With two parties the floats are
  NegMAS's bit for bit; with more, the factors are multiplied in ascending order
  (and sums added in ascending order) so relabelling the parties cannot change
  a result through rounding.
* **Kalai–Smorodinsky** -- NegMAS's ``ks_points``: with the ideal point
  ``x_i = max U_i`` over all candidates (rational or not), the relative gains
  ``a_i = (U_i - d_i) / (x_i - d_i)`` (or ``U_i - d_i`` when ``x_i == d_i``);
  minimises ``max_i a_i - min_i a_i``.
* **Egalitarian** -- maximises ``min_i (U_i - d_i)`` (NegMAS calls this
  ``kalai_points``).
* **Utilitarian** -- maximises ``sum_i U_i`` over the frontier of the
  candidates (no rationality filter: it takes no ``d``).

NegMAS returns every point within ``1e-12`` of the optimum; accord returns the
lowest-index exact optimum, which is always one of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from accord.analysis.frontier import check_mask, check_utilities, pareto_mask
from accord.errors import InputError

__all__ = [
    "BargainingProblem",
    "Solutions",
    "bargaining_problem",
    "effective_disagreement",
    "egalitarian",
    "egalitarian_index",
    "kalai_smorodinsky",
    "kalai_smorodinsky_index",
    "nash",
    "nash_index",
    "solve_all",
    "utilitarian",
    "utilitarian_index",
]


# --------------------------------------------------------------------------- validation


def _check_disagreement(d: np.ndarray, n_parties: int) -> np.ndarray:
    d = np.asarray(d, dtype=np.float64)
    if d.shape != (n_parties,):
        raise InputError(
            f"disagreement point must have shape ({n_parties},) (one value per party); "
            f"got shape {d.shape}"
        )
    if np.isnan(d).any():
        raise InputError("disagreement point contains NaN; use -inf for 'no fallback'")
    return d


# --------------------------------------------------------------------------- solutions


def effective_disagreement(
    U: np.ndarray, d: np.ndarray, mask: np.ndarray | None = None
) -> np.ndarray:
    """The point gains are measured from: ``max(d_i, worst candidate utility of party i)``.

    ``-inf`` in ``d`` (no fallback) therefore means "the worst outcome on the table".

    >>> effective_disagreement(np.array([[0.2, 0.9], [0.6, 0.3]]), np.array([0.0, 0.5])).tolist()
    [0.2, 0.5]
    """
    U = check_utilities(U)
    d = _check_disagreement(d, U.shape[1])
    m = check_mask(mask, len(U))
    if not m.any():
        return d.copy()
    return np.maximum(d, _col_min(_rows(U, m)))


def _rows(U: np.ndarray, m: np.ndarray) -> np.ndarray:
    return U if m.all() else U[m]


# Column by column: reductions across a tall (n, k) array's short axis are several
# times slower in NumPy than k passes over contiguous-enough columns.
def _col_min(U: np.ndarray) -> np.ndarray:
    return np.array([U[:, c].min() for c in range(U.shape[1])])


def _col_max(U: np.ndarray) -> np.ndarray:
    return np.array([U[:, c].max() for c in range(U.shape[1])])


def _all_ge(U: np.ndarray, d: np.ndarray) -> np.ndarray:
    ok = U[:, 0] >= d[0]
    for c in range(1, U.shape[1]):
        ok &= U[:, c] >= d[c]
    return ok


def _rational_frontier(
    U: np.ndarray, d: np.ndarray, mask: np.ndarray | None, frontier: np.ndarray | None
) -> np.ndarray:
    m = check_mask(mask, len(U))
    if frontier is None:
        frontier = pareto_mask(U, m)
    # The frontier of the rational candidates is the frontier of all candidates
    # restricted to the rational ones: whatever dominates a rational row is rational.
    return np.flatnonzero(frontier & _all_ge(U, d))


def _prepare(U, d, mask, clamp):
    U = check_utilities(U)
    d = _check_disagreement(d, U.shape[1])
    m = check_mask(mask, len(U))
    if clamp and m.any():
        d = np.maximum(d, _col_min(_rows(U, m)))
    return U, d, m


def _first_argbest(values: np.ndarray, idx: np.ndarray, maximise: bool) -> int | None:
    if idx.size == 0:
        return None
    best = values.max() if maximise else values.min()
    return int(idx[np.flatnonzero(values == best)[0]])


def _canonical(rows: np.ndarray) -> np.ndarray:
    # Float sums and products of three or more terms depend on their order; sorting
    # each row first makes relabelling the parties unable to change a result. Two
    # terms commute exactly, so two-party problems keep NegMAS's bit-for-bit floats.
    return rows if rows.shape[1] <= 2 else np.sort(rows, axis=1)


def _welfare(rows: np.ndarray) -> np.ndarray:
    rows = _canonical(rows)
    total = rows[:, 0].copy()
    for c in range(1, rows.shape[1]):
        total += rows[:, c]
    return total


def _nash(U, d, cand):
    if cand.size == 0:
        return None
    gains = _canonical(U[cand] - d)
    product = gains[:, 0].copy()
    for c in range(1, gains.shape[1]):  # left to right, as NegMAS multiplies
        product *= gains[:, c]
    return _first_argbest(product, cand, maximise=True)


def _ks(U, d, m, cand):
    if cand.size == 0:
        return None
    ideal = _col_max(_rows(U, m))
    span = ideal - d
    gains = U[cand] - d
    safe = np.where(span != 0, span, 1.0)
    adv = np.where(span != 0, gains / safe, gains)
    return _first_argbest(adv.max(axis=1) - adv.min(axis=1), cand, maximise=False)


def _egalitarian(U, d, cand):
    if cand.size == 0:
        return None
    return _first_argbest((U[cand] - d).min(axis=1), cand, maximise=True)


def nash_index(
    U: np.ndarray, d: np.ndarray, mask: np.ndarray | None = None, *, clamp: bool = True
) -> int | None:
    """Row maximising the product of gains over the disagreement point, or None.

    Searched on the Pareto frontier of the candidates with ``U >= d``.

    >>> U = np.array([[1.0, 0.1], [0.6, 0.6], [0.1, 1.0], [0.0, 0.0]])
    >>> nash_index(U, np.array([0.0, 0.0]))
    1
    >>> nash_index(U, np.array([2.0, 0.0])) is None
    True
    """
    U, d, m = _prepare(U, d, mask, clamp)
    return _nash(U, d, _rational_frontier(U, d, m, None))


def kalai_smorodinsky_index(
    U: np.ndarray, d: np.ndarray, mask: np.ndarray | None = None, *, clamp: bool = True
) -> int | None:
    """Row whose relative gains towards the ideal point are most equal, or None.

    >>> U = np.array([[1.0, 0.0], [0.7, 0.4], [0.45, 0.5], [0.0, 0.5]])
    >>> kalai_smorodinsky_index(U, np.array([0.0, 0.0]))
    1
    """
    U, d, m = _prepare(U, d, mask, clamp)
    return _ks(U, d, m, _rational_frontier(U, d, m, None))


def egalitarian_index(
    U: np.ndarray, d: np.ndarray, mask: np.ndarray | None = None, *, clamp: bool = True
) -> int | None:
    """Row maximising the smallest gain over the disagreement point, or None.

    >>> U = np.array([[1.0, 0.0], [0.7, 0.4], [0.45, 0.5], [0.0, 0.5]])
    >>> egalitarian_index(U, np.array([0.0, 0.0]))
    2
    """
    U, d, m = _prepare(U, d, mask, clamp)
    return _egalitarian(U, d, _rational_frontier(U, d, m, None))


def utilitarian_index(U: np.ndarray, mask: np.ndarray | None = None) -> int | None:
    """Row maximising the sum of utilities (searched on the Pareto frontier), or None.

    >>> utilitarian_index(np.array([[1.0, 0.0], [0.7, 0.4], [0.45, 0.5]]))
    1
    """
    U = check_utilities(U)
    cand = np.flatnonzero(pareto_mask(U, mask))
    return _first_argbest(_welfare(U[cand]), cand, maximise=True) if cand.size else None


@dataclass(frozen=True)
class BargainingProblem:
    """One bargaining problem, prepared once for every solution in the registry.

    ``U`` holds one row of utilities per outcome, ``d`` the disagreement point
    gains are measured from (after clamping), ``mask`` the candidate rows;
    ``frontier`` lists the Pareto-optimal candidates and ``rational`` those of
    them with ``U >= d``, both ascending. A solution function takes this and
    returns a row of ``U`` or None (see :mod:`accord.analysis.bargaining`).
    """

    U: np.ndarray
    d: np.ndarray
    mask: np.ndarray
    frontier: np.ndarray
    rational: np.ndarray

    @property
    def ideal(self) -> np.ndarray:
        """Each party's best utility over the candidates."""
        return (
            _col_max(_rows(self.U, self.mask))
            if self.mask.any()
            else np.full(self.U.shape[1], -np.inf)
        )


def bargaining_problem(
    U: np.ndarray, d: np.ndarray, mask: np.ndarray | None = None, *, clamp: bool = True
) -> BargainingProblem:
    """Check the inputs and compute the frontier once.

    >>> p = bargaining_problem(np.array([[1.0, 0.1], [0.6, 0.6], [0.0, 0.0]]), np.zeros(2))
    >>> p.frontier.tolist(), p.rational.tolist(), nash(p)
    ([0, 1], [0, 1], 1)
    """
    U, d, m = _prepare(U, d, mask, clamp)
    front = pareto_mask(U, m)
    return BargainingProblem(
        U=U,
        d=d,
        mask=m,
        frontier=np.flatnonzero(front),
        rational=_rational_frontier(U, d, m, front),
    )


def nash(p: BargainingProblem) -> int | None:
    """Maximises the product of gains over the disagreement point (on the rational frontier)."""
    return _nash(p.U, p.d, p.rational)


def kalai_smorodinsky(p: BargainingProblem) -> int | None:
    """Makes the relative gains towards the ideal point as equal as possible."""
    return _ks(p.U, p.d, p.mask, p.rational)


def egalitarian(p: BargainingProblem) -> int | None:
    """Maximises the smallest gain over the disagreement point."""
    return _egalitarian(p.U, p.d, p.rational)


def utilitarian(p: BargainingProblem) -> int | None:
    """Maximises the sum of utilities over the whole frontier (no rationality filter)."""
    if not p.frontier.size:
        return None
    return _first_argbest(_welfare(p.U[p.frontier]), p.frontier, maximise=True)


@dataclass(frozen=True)
class Solutions:
    """All bargaining solutions of one problem; indices are rows of ``U``.

    ``frontier`` lists the Pareto-optimal candidate rows in ascending order;
    ``rational_frontier`` those of them with ``U >= disagreement`` (NegMAS's
    ``pareto_frontier``); ``disagreement`` is the point gains were measured
    from (after clamping).
    """

    frontier: np.ndarray
    rational_frontier: np.ndarray
    nash: int | None
    kalai_smorodinsky: int | None
    egalitarian: int | None
    utilitarian: int | None
    disagreement: np.ndarray
    # the prepared problem, so every registered solution (analysis/bargaining.py) reuses the frontier
    problem: BargainingProblem | None = field(default=None, compare=False, repr=False)


def solve_all(
    U: np.ndarray, d: np.ndarray, mask: np.ndarray | None = None, *, clamp: bool = True
) -> Solutions:
    """Compute the frontier once and the four classical solutions on it.

    >>> s = solve_all(np.array([[1.0, 0.1], [0.6, 0.6], [0.1, 1.0], [0.0, 0.0]]), np.zeros(2))
    >>> s.frontier.tolist(), s.nash, s.kalai_smorodinsky, s.egalitarian, s.utilitarian
    ([0, 1, 2], 1, 1, 1, 1)
    """
    p = bargaining_problem(U, d, mask, clamp=clamp)
    return Solutions(
        frontier=p.frontier,
        rational_frontier=p.rational,
        nash=nash(p),
        kalai_smorodinsky=kalai_smorodinsky(p),
        egalitarian=egalitarian(p),
        utilitarian=utilitarian(p),
        disagreement=p.d,
        problem=p,
    )
