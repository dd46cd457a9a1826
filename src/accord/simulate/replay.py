"""How ``--calibrate`` replays the standstill before the snapshot (docs/forecast.md,
"Calibration to the record").

The record says that for ``s`` days before the snapshot no deal was made. Each parameter draw
replays ``s`` days on a second random stream and is kept only when its replay, too, has no deal.
What the replay starts from is the question this module answers:

* ``back`` (the default): the pressures ran through the standstill at the drawn pace and brought
  the parties to the snapshot's state, while the red lines the snapshot states stood (a red line
  is stated as of the snapshot: it had not yielded before it). The replay starts from the values
  of no agreement the parties had ``s`` days before (each fallback pressure's movement over ``s``
  days, saturating as in the kernel, and each applier's daily cost, taken back) and runs the
  pressures forward to the snapshot with the red lines held; weight pressures are held still
  (the weights are the snapshot's). A draw whose past value of no agreement would lie outside
  [0, 1] cannot have led to the snapshot at that pace and is dropped. The forecast itself runs as
  drawn, from the snapshot (so do those of the other replays).
* ``forward``: the replay starts from the snapshot's state with the dynamics at their drawn
  pace, as if the ``s`` days to come were the ``s`` days past. A kept draw is one whose trends
  open no zone within ``s`` days, so the calibrated chance of a deal within ``s`` days is near 0
  by construction.
* ``still``: the snapshot's state with every pressure and its cost held at 0: whether the
  positions as they stand had a deal within reach; it says nothing about the pace of what
  follows.

Only the parameter values differ between the replays; the kernel is the same.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from accord.simulate.parameters import ParameterTable

# a red line yields once its side's value of no agreement has fallen by its yield since the run's
# start; values lie in [0, 1], so a yield of 2 is never reached: the red line holds
HELD = 2.0


@dataclass(frozen=True)
class Replay:
    """The values a replay runs with, and the draws it rules out."""

    values: np.ndarray  # (n, n_parameters) the replay's values
    possible: np.ndarray  # (n,) False where no past state in [0, 1] leads to the snapshot


def _columns(table: ParameterTable, kind: str) -> dict[int, int]:
    """Column of each ``kind`` parameter, by its first target index."""
    return {p.target[1]: i for i, p in enumerate(table.parameters) if p.target[0] == kind}


def movement(rate: np.ndarray, limit: np.ndarray, days: int) -> np.ndarray:
    """How far a pressure moves its target in ``days`` days of fighting: the kernel's daily
    step ``|rate| * max(0, 1 - moved / limit)``, without the [0, 1] bounds of the target."""
    a = np.abs(rate)
    moved = np.zeros_like(a)
    with np.errstate(divide="ignore", invalid="ignore"):
        for _ in range(days):
            moved += a * np.nan_to_num(np.maximum(0.0, 1.0 - moved / limit))
    return moved


def replay(table: ParameterTable, values: np.ndarray, how: str, days: int) -> Replay:
    """The replay of a ``days``-day standstill under ``how`` (``accord.simulate.config.REPLAYS``)."""
    n = values.shape[0]
    everyone = np.ones(n, dtype=bool)
    if how == "forward" or days <= 0:
        return Replay(values, everyone)
    past = values.copy()
    if how == "still":
        for i, p in enumerate(table.parameters):
            if p.target[0] in ("pressure", "pressure_cost"):
                past[:, i] = 0.0
        return Replay(past, everyone)
    fallback = _columns(table, "fallback")
    rate, limit = _columns(table, "pressure"), _columns(table, "pressure_limit")
    cost = _columns(table, "pressure_cost")
    shift = np.zeros((n, len(table.parties)))  # how far each fallback moved during the standstill
    for q, spec in enumerate(table.pressures):
        if q not in rate:
            continue
        if spec.kind != 0:
            past[:, rate[q]] = 0.0  # weights are the snapshot's: their pressures held still
            continue
        lim = np.abs(values[:, limit[q]]) if q in limit else np.full(n, np.inf)
        moved = movement(values[:, rate[q]], lim, days)
        shift[:, spec.party] += np.sign(values[:, rate[q]]) * moved
        if spec.applier >= 0 and q in cost:
            shift[:, spec.applier] -= values[:, cost[q]] * days
    possible = everyone.copy()
    for party, col in fallback.items():
        start = values[:, col] - shift[:, party]
        possible &= (start >= 0.0) & (start <= 1.0)
        past[:, col] = np.clip(start, 0.0, 1.0)
    for col in _columns(table, "red_line_yield").values():
        past[:, col] = HELD  # the red lines stood through the standstill
    return Replay(past, possible)
