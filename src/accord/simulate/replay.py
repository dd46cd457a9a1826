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
  [0, 1] cannot have led to the snapshot at that pace and is dropped. The red lines' clock
  (``red_line_clock``) says from when a red line's yield is counted:

  - ``standstill`` (the default): from the standstill's first day, the day the replay holds them
    from. A red line yields once its side's value of no agreement has fallen by its yield since
    then, so a draw whose pressures had already brought that fall before the snapshot (while the
    snapshot still states the line) is dropped, and the forecast counts only the rest of the yield
    (the yield less the fall the replay ran). One path, from the standstill's start through the
    snapshot and on;
  - ``snapshot``: the count starts again at the snapshot (the forecast runs with the yield as
    drawn): as if each red line had been stated on the snapshot's date. Calibrated runs stored
    before the clock could be chosen resume with it.

  Apart from the yield, the forecast runs as drawn, from the snapshot (so do those of the other
  replays).
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

import datetime as dt
from dataclasses import dataclass

import numpy as np

from accord.model import Scenario
from accord.simulate.parameters import ParameterTable

# a red line yields once its side's value of no agreement has fallen by its yield since the run's
# start; values lie in [0, 1], so a yield of 2 is never reached: the red line holds
HELD = 2.0


@dataclass(frozen=True)
class Replay:
    """The values a replay runs with, and the draws it rules out."""

    values: np.ndarray  # (n, n_parameters) the replay's values
    possible: np.ndarray  # (n,) False where no past state in [0, 1] leads to the snapshot
    forecast: np.ndarray  # (n, n_parameters) the forecast's values: the yield left at the snapshot


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


def shifts(table: ParameterTable, values: np.ndarray, days: int) -> np.ndarray:
    """(n, P) how far each party's value of no agreement moves in the first ``days`` days of the
    standstill: its fallback pressures (saturating), less each applier's daily cost."""
    n = values.shape[0]
    rate, limit = _columns(table, "pressure"), _columns(table, "pressure_limit")
    cost = _columns(table, "pressure_cost")
    shift = np.zeros((n, len(table.parties)))
    for q, spec in enumerate(table.pressures):
        if q not in rate or spec.kind != 0:
            continue  # weight pressures are held still (the weights are the snapshot's)
        lim = np.abs(values[:, limit[q]]) if q in limit else np.full(n, np.inf)
        shift[:, spec.party] += np.sign(values[:, rate[q]]) * movement(
            values[:, rate[q]], lim, days
        )
        if spec.applier >= 0 and q in cost:
            shift[:, spec.applier] -= values[:, cost[q]] * days
    return shift


def replay(
    table: ParameterTable,
    values: np.ndarray,
    how: str,
    days: int,
    clock: str = "snapshot",
    lines: np.ndarray | None = None,
    stated: np.ndarray | None = None,
) -> Replay:
    """The replay of a ``days``-day standstill under ``how`` (``accord.simulate.config.REPLAYS``).

    For ``back`` only: ``clock`` (``accord.simulate.config.CLOCKS``) says from when the red lines'
    yield is counted, ``lines`` (n, P) which parties hold a red line in each run (a stated one,
    or a possible one the run holds), and ``stated`` (P,) how many days before the snapshot each
    party last stated its red lines (:func:`red_line_ages`).
    """
    n = values.shape[0]
    everyone = np.ones(n, dtype=bool)
    if how == "forward" or days <= 0:
        return Replay(values, everyone, values)
    past = values.copy()
    if how == "still":
        for i, p in enumerate(table.parameters):
            if p.target[0] in ("pressure", "pressure_cost"):
                past[:, i] = 0.0
        return Replay(past, everyone, values)
    rate = _columns(table, "pressure")
    for q, spec in enumerate(table.pressures):
        if q in rate and spec.kind != 0:
            past[:, rate[q]] = 0.0  # weights are the snapshot's: their pressures held still
    shift = shifts(table, values, days)
    possible = everyone.copy()
    for party, col in _columns(table, "fallback").items():
        start = values[:, col] - shift[:, party]
        possible &= (start >= 0.0) & (start <= 1.0)
        past[:, col] = np.clip(start, 0.0, 1.0)
    forecast = values
    if clock != "snapshot" and lines is not None:
        forecast = values.copy()
        ages = np.full(len(table.parties), days) if clock == "standstill" else stated
        for party, col in _columns(table, "red_line_yield").items():
            age = int(min(days, max(0, ages[party] if ages is not None else 0)))
            if age == 0:
                continue
            # the fall from the day the lines were stated to the snapshot
            fallen = shifts(table, values, days - age)[:, party] - shift[:, party]
            holds = lines[:, party]
            possible &= ~holds | (fallen < values[:, col])  # not yielded before the snapshot
            forecast[:, col] = np.where(holds, values[:, col] - fallen, values[:, col])
    for col in _columns(table, "red_line_yield").values():
        past[:, col] = HELD  # the red lines stood through the standstill
    return Replay(past, possible, forecast)


def red_line_ages(scenario: Scenario, parties: list[str], standstill: int) -> np.ndarray:
    """(P,) days from the latest publication that states each party's red lines (stated or
    possible) to the snapshot, within ``[0, standstill]``; 0 where no cited source is dated."""
    published = {s.doc: s.published or s.published_latest for s in scenario.sources}
    latest: dict[str, dt.date] = {}
    for pos in scenario.positions:
        if pos.red_line is None and pos.possible_red_line is None:
            continue
        for ref in pos.evidence:
            day = published.get(ref.doc)
            if day is not None and day <= scenario.date:
                latest[pos.party] = max(day, latest.get(pos.party, day))
    return np.array(
        [min(standstill, (scenario.date - latest[p]).days) if p in latest else 0 for p in parties],
        dtype=np.int64,
    )
