"""GENIUS cost-based ``price`` issues (the ABMP dealer profile of ``2nd_hand_car``).

A ``price`` issue's utility depends on the other issues: the seller's profit
is the price minus the costs of the discrete items chosen, measured against
the best margin the profile allows. The formula is GENIUS's
``negotiator.utility.EvaluatorPrice.getEvaluation`` (the GENIUS releases that
had the type)::

    costs      = sum of cost(item chosen) over the profile's discrete issues
    max_cost   = sum of the largest item cost of each of those issues
    max_margin = (upperbound - lowerbound - max_cost) / lowerbound
    utility    = clip((price - costs - lowerbound) / (max_margin * lowerbound), 0, 1)

with ``lowerbound``/``upperbound`` the profile's own ``<range>`` (not the
domain's) and item costs from the ``cost`` attributes (``EvaluatorDiscrete``:
every item's cost kept, the largest is the issue's maximum). The
``rationality_factor`` is read and, as in GENIUS, never used. The profile's
utility is then ``min(1, sum_j w_j * e_j)`` like any additive profile, the
price issue's evaluation ``e`` being the value above.

GENIUS 10.4 no longer has this type: ``EVALUATORTYPE.convertToType("price")``
prints "Evaluator type specified incorrectly." and falls back to an empty
``EvaluatorDiscrete``, whose evaluation of any bid is a null (a
``NullPointerException``), so 10.4 cannot give the dealer a utility at all.
accord follows ``EvaluatorPrice``, the only meaning GENIUS ever gave the type,
and says so in the profile's warnings.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from accord.interop.genius import GeniusDomain, ProfileBase


@dataclass(frozen=True, kw_only=True)
class CostPriceProfile(ProfileBase):
    """An additive profile whose ``price_issue`` is valued by ``EvaluatorPrice``.

    ``values[price_issue]`` is unused (zeros); ``costs[j]`` is the cost per level
    of discrete issue ``j`` (``None`` for issues without costs).
    """

    weights: np.ndarray
    values: tuple[np.ndarray, ...]
    price_issue: int
    lower: float
    upper: float
    costs: tuple[np.ndarray | None, ...]
    rationality: float | None = None

    @property
    def max_cost(self) -> float:
        total = 0.0
        for c in self.costs:
            if c is not None:
                total += float(c.max())
        return total

    @property
    def max_margin(self) -> float:
        """GENIUS's ``maxMargin``: ``(upperbound - lowerbound - max_cost) / lowerbound``."""
        return (self.upper - self.lower - self.max_cost) / self.lower

    def price_evaluation(self, price: np.ndarray, costs: np.ndarray | float) -> np.ndarray:
        """``EvaluatorPrice.getEvaluation`` for arrays of prices and item-cost totals."""
        profit = price - costs - self.lower
        return np.clip(profit / (self.max_margin * self.lower), 0.0, 1.0)

    def outcome_utilities(self, domain: GeniusDomain, *, cap: bool = True) -> np.ndarray:
        """The utility of every outcome (C order), terms added issue by issue as GENIUS does."""
        shape = domain.shape

        def along(j: int, a: np.ndarray) -> np.ndarray:
            view = [1] * len(shape)
            view[j] = shape[j]
            return np.asarray(a, dtype=float).reshape(view)

        cost_total: np.ndarray | float = 0.0
        for j, c in enumerate(self.costs):
            if c is not None:
                cost_total = cost_total + along(j, c)
        p = self.price_issue
        price = along(p, np.asarray(domain.issues[p].numbers, dtype=float))
        total: np.ndarray | float = 0.0
        for j, (w, table) in enumerate(zip(self.weights, self.values, strict=True)):
            term = self.price_evaluation(price, cost_total) if j == p else along(j, table)
            total = total + w * term
        u = np.broadcast_to(total, shape).ravel().astype(float)
        if cap:
            np.minimum(u, 1.0, out=u)  # AdditiveUtilitySpace caps at 1
        return u


__all__ = ["CostPriceProfile"]
