"""Time discounting as GENIUS defines it: ``u * d ** t`` at relative time ``t`` in [0, 1].

A party with discount factor ``d`` (``Party.discount_factor``; 1 = none)
values an agreement worth ``u`` reached at relative time ``t`` at
``u * d ** t``; its reservation value counts at the deadline, ``t = 1``.
Scaling one party's utilities by a positive constant changes neither the
Pareto frontier nor the Nash or Kalai-Smorodinsky points at a given time, so
the analysis reports discounted utilities rather than different solutions.

>>> utility_at(np.array([[0.8, 0.5]]), np.array([0.5, 1.0]), 1.0).tolist()
[[0.4, 0.5]]
"""

from __future__ import annotations

import numpy as np

from accord.errors import InputError


def utility_at(U: np.ndarray, factors: np.ndarray, t: float) -> np.ndarray:
    """``U`` (rows of per-party utilities) discounted to relative time ``t``."""
    if not 0.0 <= t <= 1.0:
        raise InputError(f"relative time must lie in [0, 1], got {t}")
    f = np.asarray(factors, dtype=float)
    if (f <= 0).any() or (f > 1).any():
        raise InputError(f"discount factors must lie in (0, 1], got {f.tolist()}")
    return np.asarray(U, dtype=float) * f**t


def fallback_now(d: np.ndarray, factors: np.ndarray, t: float) -> np.ndarray:
    """The no-deal value a party weighs against agreeing now, at relative time ``t``.

    Agreeing now is worth ``u * f ** t``; no agreement is the reservation value at the
    deadline, ``d * f``. So a party accepts when ``u >= d * f ** (1 - t)``: an impatient party
    (``f < 1``) settles for less early on, and for no less than ``d`` at the deadline. The
    forecast (``accord.simulate``) uses this threshold, with ``t`` = day / bargaining deadline.

    >>> fallback_now(np.array([0.5, 0.5]), np.array([0.81, 1.0]), 0.5).tolist()
    [0.45, 0.5]
    """
    if not 0.0 <= t <= 1.0:
        raise InputError(f"relative time must lie in [0, 1], got {t}")
    return np.asarray(d, dtype=float) * np.asarray(factors, dtype=float) ** (1.0 - t)
