"""The commitment problem: valuing a phased agreement when later phases may not be honoured.

At each boundary between two phases every party chooses: honour the next
phase, or walk away. Walking away leaves it with its fallback plus what was
already delivered and cannot be undone (people released stay released, pay
already paid stays paid; a suspended strike or a pause in fighting ends),
bounded to the utility scale (:func:`collapse_value`), minus any guarantor's
penalty.
Honouring is worth the expected value of the rest of the agreement. With
noise ``temperature`` (tau) the chance of honouring is logistic:

    P_i(honour at b) = 1 / (1 + exp(-(V_i(b+1) - (C_i(b) - penalty_i)) / tau))

and with tau = 0 it is 1 when honouring is worth at least as much, else 0.
The next phase proceeds only if every party honours it:
``proceed(b) = prod_i P_i(b)``, and by backward induction

    V_i(b) = proceed(b) * V_i(b+1) + (1 - proceed(b)) * C_i(b),

with V_i(last) = u_i(final terms). The expected value of the agreement is
V_i(0): phase 1 is carried out on signing. A phase that is certain to be
honoured (proceed = 1) is valued exactly as if unconditional.

Arrays: ``final`` is (P, N), ``collapse`` is (B, P, N) for B = phases - 1
boundaries, ``penalty`` broadcasts to (P, N). Works for N = 1 (one proposal)
and N = 10^7 (the agreement-space grid) alike.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class PhaseValuation:
    expected: np.ndarray  # (P, N) expected utility of signing
    honour: np.ndarray  # (B, P, N) chance each party honours each boundary
    proceed: np.ndarray  # (B, N) chance each boundary is crossed
    completion: np.ndarray  # (N,) chance every phase is carried out


def collapse_value(fallback: np.ndarray | float, delivered: np.ndarray | float) -> np.ndarray:
    """What a party has after a collapse: its fallback plus what was delivered, within [0, 1].

    ``delivered`` is the weighted change of the irreversible issues from the
    status quo, ``Σ_j w_j (v_j(x_j) − v_j(status quo))``. The fallback is not a
    point of the issue grid, so the sum can pass the ends of the utility scale
    (a high fallback plus large gains, or a low one plus large losses); a
    collapsed state is worth no more than the best outcome (1) and no less than
    the worst (0). Within those ends the value is the plain sum. Arguments
    broadcast.

    >>> collapse_value(0.3, 0.1).item()
    0.4
    >>> collapse_value(0.6, 0.65).item()  # would pass the best outcome
    1.0
    """
    return np.clip(np.add(fallback, delivered, dtype=float), 0.0, 1.0)


def honour_probability(gap: np.ndarray, temperature: float) -> np.ndarray:
    """Logistic choice of honouring given the value gap (honour − walk)."""
    if temperature <= 0:
        return (gap >= 0).astype(float)
    with np.errstate(over="ignore"):  # a tiny temperature: the ratio is ±inf, tanh gives ±1
        return 0.5 * (1.0 + np.tanh(gap / (2.0 * temperature)))


def value_phases(
    final: np.ndarray,
    collapse: np.ndarray,
    penalty: np.ndarray | float,
    temperature: float,
) -> PhaseValuation:
    """Expected values and honour chances of phased agreements (see module doc)."""
    final = np.asarray(final, dtype=float)
    collapse = np.asarray(collapse, dtype=float)
    n_boundaries = collapse.shape[0]
    honour = np.empty_like(collapse)
    proceed = np.empty((n_boundaries, *final.shape[1:]))
    v = final
    for b in range(n_boundaries - 1, -1, -1):
        honour[b] = honour_probability(v - (collapse[b] - penalty), temperature)
        # with three or more parties the float product depends on its order; multiplying
        # the chances in ascending order keeps results unchanged when parties are relabelled
        chances = honour[b] if honour.shape[1] <= 2 else np.sort(honour[b], axis=0)
        proceed[b] = chances.prod(axis=0)
        v = proceed[b] * v + (1.0 - proceed[b]) * collapse[b]
    completion = proceed.prod(axis=0) if n_boundaries else np.ones(final.shape[1:])
    return PhaseValuation(expected=v, honour=honour, proceed=proceed, completion=completion)
