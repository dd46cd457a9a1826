"""Scheduled outside events, an interim state, factions and time preference, as kernel inputs.

Every number here is a :class:`~accord.simulate.parameters.Parameter` like the
others (ranged, in the tornado, settable with ``--set``), but drawn from a
second random stream of the chunk (``stream=1``): a scenario that declares
none of these forecasts exactly as it did before they existed, and an event
with probability 0 changes nothing, bit for bit (tested). Whether a scheduled
event takes place in a run is decided on that stream too, before the run
starts, so the run's own stream is never consumed by it.

Parameters (names as ``--set`` takes them):

- ``scheduled.<id>.probability``, ``scheduled.<id>.shift.<party>``,
  ``scheduled.<id>.faction.<party>.<faction>.votes`` / ``.fallback``;
- ``interim.start_rate``, ``interim.end_rate``, ``interim.shift.<party>``;
- ``faction.<party>.<faction>.fallback`` / ``.votes`` / ``.audience_cost``;
- ``event.<id>.faction.<party>.<faction>.votes`` / ``.fallback``.

>>> from accord.scenarios import load_scenario
>>> sc = load_scenario("labour-2026-03")
>>> params, scheduled, factions, interim = outside_parameters(sc, [p.id for p in sc.belligerents], 0)
>>> [p.name for p in params], scheduled, factions, interim
([], [], [], False)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np

from accord.model import Scenario
from accord.model.faction import Say
from accord.simulate.parameters import ENGINE, SCENARIO, Parameter, ParameterTable, _from

SAY_CODES = {Say.veto: 0, Say.vote: 1, Say.voice: 2}
INTERIM_CODES = {None: 0, "start": 1, "end": 2}
OWN_STREAM = 1


@dataclass(frozen=True)
class ScheduledSpec:
    id: str
    day: int  # the run's day index on which it takes effect (deals that day are dated on its date)
    interim: int  # 0: none, 1: starts the interim state, 2: ends it


@dataclass(frozen=True)
class FactionSpec:
    id: str  # "party.faction"
    party: int
    say: int  # SAY_CODES
    weights: tuple[float, ...]  # nominal salience per issue (sums to 1)


def _p(name: str, target: tuple, ev: Any) -> Parameter:
    prm = _from(name, target, ev)
    return Parameter(
        prm.name, prm.target, prm.nominal, prm.low, prm.high, SCENARIO, prm.reason, stream=1
    )


def outside_parameters(
    scenario: Scenario, parties: list[str], n_events: int
) -> tuple[list[Parameter], list[ScheduledSpec], list[FactionSpec], bool]:
    """Parameters and specs of the scheduled events, the interim and the belligerents' factions."""
    issues = [i.id for i in scenario.issues]
    dyn = scenario.dynamics
    params: list[Parameter] = []
    factions: list[FactionSpec] = []
    for f in scenario.factions:
        if f.party not in parties:
            continue
        w = np.array([f.weights[i].value if i in f.weights else 0.0 for i in issues])
        fid = f"{f.party}.{f.id}"
        factions.append(
            FactionSpec(
                fid,
                parties.index(f.party),
                SAY_CODES[f.say],
                tuple(float(x) for x in w / max(w.sum(), 1e-12)),
            )
        )
        k = len(factions) - 1
        params.append(_p(f"faction.{fid}.fallback", ("fac_fb", k), f.fallback))
        if f.votes is not None and f.say is Say.vote:
            params.append(_p(f"faction.{fid}.votes", ("fac_votes", k), f.votes))
        if f.audience_cost is not None:
            params.append(_p(f"faction.{fid}.audience_cost", ("fac_cost", k), f.audience_cost))
    index = {spec.id: k for k, spec in enumerate(factions)}

    def faction_shifts(prefix: str, kind: str, e: int, shifts: list) -> None:
        for fs in shifts:
            if fs.faction not in index:
                continue
            k = index[fs.faction]
            if fs.votes is not None:
                params.append(
                    _p(f"{prefix}.faction.{fs.faction}.votes", (f"{kind}_fvotes", e, k), fs.votes)
                )
            if fs.fallback is not None:
                params.append(
                    _p(
                        f"{prefix}.faction.{fs.faction}.fallback",
                        (f"{kind}_ffb", e, k),
                        fs.fallback,
                    )
                )

    for e, ev in enumerate(dyn.events[:n_events] if n_events else dyn.events):
        faction_shifts(f"event.{ev.id}", "ev", e, ev.faction_shift)
    scheduled: list[ScheduledSpec] = []
    for s, sev in enumerate(dyn.scheduled):
        day = (sev.date - scenario.date).days - 1
        scheduled.append(ScheduledSpec(sev.id, day, INTERIM_CODES[sev.interim]))
        params.append(_p(f"scheduled.{sev.id}.probability", ("sched_prob", s), sev.probability))
        params.append(
            Parameter(
                f"scheduled.{sev.id}.draw",
                ("sched_draw", s),
                0.5,
                0.0,
                1.0,
                ENGINE,
                "the run's uniform draw: the event takes place when it falls below its "
                "probability (--set it to 0 to force the event, to 1 to rule it out)",
                stream=1,
            )
        )
        for pid, shift in sev.fallback_shift.items():
            if pid in parties:
                params.append(
                    _p(
                        f"scheduled.{sev.id}.shift.{pid}",
                        ("sched_shift", s, parties.index(pid)),
                        shift,
                    )
                )
        faction_shifts(f"scheduled.{sev.id}", "sched", s, sev.faction_shift)
    interim = dyn.interim is not None
    if dyn.interim is not None:
        params.append(_p("interim.start_rate", ("interim_start",), dyn.interim.start_rate_per_day))
        params.append(_p("interim.end_rate", ("interim_end",), dyn.interim.end_rate_per_day))
        for pid, shift in dyn.interim.fallback_shift.items():
            if pid in parties:
                params.append(
                    _p(f"interim.shift.{pid}", ("interim_shift", parties.index(pid)), shift)
                )
    return params, scheduled, factions, interim


def outside_inputs(table: ParameterTable, values: np.ndarray) -> dict[str, np.ndarray]:
    """Per-run kernel arrays of the scheduled events, the interim and the factions."""
    n = values.shape[0]
    P, J = len(table.parties), len(table.issues)
    S, F, E = len(table.scheduled), len(table.factions), len(table.events)
    prob = np.zeros((n, S))
    draw = np.ones((n, S))
    x: dict[str, np.ndarray] = {
        "sched_shift": np.zeros((n, S, P)),
        "sched_fvotes": np.zeros((n, S, F)),
        "sched_ffb": np.zeros((n, S, F)),
        "interim_start": np.zeros(n),
        "interim_end": np.zeros(n),
        "interim_shift": np.zeros((n, P)),
        "fac_fb": np.zeros((n, F)),
        "fac_votes": np.zeros((n, F)),
        "fac_cost": np.zeros((n, F)),
        "ev_fvotes": np.zeros((n, E, F)),
        "ev_ffb": np.zeros((n, E, F)),
    }
    for i, p in enumerate(table.parameters):
        kind, col = p.target[0], values[:, i]
        if kind == "sched_prob":
            prob[:, p.target[1]] = col
        elif kind == "sched_draw":
            draw[:, p.target[1]] = col
        elif kind in ("sched_shift", "sched_fvotes", "sched_ffb", "ev_fvotes", "ev_ffb"):
            x[kind][:, p.target[1], p.target[2]] = col
        elif kind in ("fac_fb", "fac_votes", "fac_cost", "interim_shift"):
            x[kind][:, p.target[1]] = col
        elif kind in ("interim_start", "interim_end"):
            x[kind][:] = col
    x["sched_on"] = (draw < prob).astype(np.int64)
    x["sched_day"] = np.array([s.day for s in table.scheduled], dtype=np.int64)
    x["sched_interim"] = np.array([s.interim for s in table.scheduled], dtype=np.int64)
    x["fac_party"] = np.array([f.party for f in table.factions], dtype=np.int64)
    x["fac_say"] = np.array([f.say for f in table.factions], dtype=np.int64)
    x["fac_w"] = np.array([f.weights for f in table.factions], dtype=float).reshape(F, J)
    x["discount"] = np.array(table.discount or (1.0,) * P, dtype=float)
    x["has_interim"] = np.array([1 if table.interim else 0], dtype=np.int64)
    return x


def faction_crossed(
    scenario: Scenario, factions: list[FactionSpec], options: np.ndarray
) -> np.ndarray:
    """(K, F): whether candidate k (its option per issue) crosses a red line faction f holds
    (its own red lines, or its party's when it states none), on the analysis' grid."""
    from accord.analysis import compile_scenario
    from accord.analysis.factions import faction_scenario
    from accord.analysis.space import red_line_violations

    out = np.zeros((len(options), len(factions)), dtype=bool)
    by_id = {f"{f.party}.{f.id}": f for f in scenario.factions}
    for k, spec in enumerate(factions):
        f = by_id[spec.id]
        cf = compile_scenario(faction_scenario(scenario, f))
        shape = tuple(g.size for g in cf.grids)
        flat = np.ravel_multi_index(tuple(options.T), shape)
        bits = np.int64(0)
        for rl in cf.red_lines:
            if rl.party == f.party:
                bits |= np.int64(1) << np.int64(rl.bit)
        out[:, k] = (red_line_violations(cf)[flat] & bits) != 0
    return out


def outside_hist(
    table: ParameterTable, out_dyn: np.ndarray, sched_on: np.ndarray, horizon: int
) -> dict[str, np.ndarray]:
    """Integer histograms of a chunk: interim days, faction block/unblock days, events that took place.

    ``out_dyn`` (runs x (1 + 2F)): days of interim, then per faction the first day it blocked a
    package the leaderships had agreed and the first later day one was ratified without it
    blocking (-1: never).
    """
    H = horizon
    F = len(table.factions)
    hist: dict[str, np.ndarray] = {}
    if table.interim:
        hist["interim_days"] = np.bincount(np.clip(out_dyn[:, 0], 0, H), minlength=H + 1).astype(
            np.int64
        )
    if F:
        for i, key in ((1, "faction_block"), (2, "faction_unblock")):
            days = out_dyn[:, i : 1 + 2 * F : 2]
            days = np.where(days < 0, H, np.minimum(days, H))
            hist[key] = np.concatenate(
                [np.bincount(days[:, f], minlength=H + 1) for f in range(F)]
            ).astype(np.int64)
    if table.scheduled:
        due = np.array([s.day < H for s in table.scheduled], dtype=bool)  # within the horizon
        hist["scheduled_on"] = (sched_on.sum(axis=0) * due).astype(np.int64)
    return hist


def outside_summary(stats: Any, table: ParameterTable, horizon: int, start: Any) -> dict[str, Any]:
    """The forecast summary's ``scheduled``, ``interim`` and ``factions`` sections."""
    import datetime as dt

    from accord.simulate.summary import distribution

    h, n, H = stats.hist, max(stats.n, 1), horizon
    out: dict[str, Any] = {}

    def median_date(counts: np.ndarray) -> str | None:
        total = int(counts[:H].sum())
        if total == 0:
            return None
        day = int(np.searchsorted(np.cumsum(counts[:H]), (total + 1) // 2))
        return (start + dt.timedelta(days=day + 1)).isoformat()

    if "scheduled_on" in h:
        out["scheduled"] = [
            {
                "id": s.id,
                "date": (start + dt.timedelta(days=s.day + 1)).isoformat(),
                "took_place": round(float(h["scheduled_on"][i]) / n, 6),
            }
            for i, s in enumerate(table.scheduled)
        ]
    if "interim_days" in h:
        t = h["interim_days"]
        out["interim"] = {
            "share_of_runs": round(1.0 - float(t[0]) / n, 6),
            "days": distribution(t),
        }
    if "faction_block" in h:
        F = len(table.factions)
        block = h["faction_block"].reshape(F, H + 1)
        unblock = h["faction_unblock"].reshape(F, H + 1)
        rows = []
        for f, spec in enumerate(table.factions):
            blocked = int(block[f, :H].sum())
            rows.append(
                {
                    "faction": spec.id,
                    "blocked": round(blocked / n, 6),
                    "first_blocked_median_date": median_date(block[f]),
                    "stopped_blocking": round(int(unblock[f, :H].sum()) / blocked, 6)
                    if blocked
                    else 0.0,
                    "stopped_median_date": median_date(unblock[f]),
                }
            )
        out["factions"] = rows
    return out


class Outside(NamedTuple):
    """The kernel's inputs for these dynamics, packed as one struct (as accord.simulate.inputs)."""

    disc: np.ndarray  # (P,) discount factors
    sched_day: np.ndarray  # (S,) int64 day index of each scheduled event
    sched_on: np.ndarray  # (n, S) int64 1 where the event takes place in the run
    sched_shift: np.ndarray  # (n, S, P) fallback shifts
    sched_fvotes: np.ndarray  # (n, S, F) faction vote shifts
    sched_ffb: np.ndarray  # (n, S, F) faction fallback shifts
    sched_interim: np.ndarray  # (S,) int64 0 none, 1 start, 2 end
    has_interim: np.ndarray  # (1,) int64
    interim_start: np.ndarray  # (n,) daily rate
    interim_end: np.ndarray  # (n,) daily rate
    interim_shift: np.ndarray  # (n, P) fallback shift while it holds
    fac_party: np.ndarray  # (F,) int64
    fac_say: np.ndarray  # (F,) int64 (SAY_CODES)
    fac_w: np.ndarray  # (F, J) issue weights
    fac_x: np.ndarray  # (K, F) bool: candidate crosses a red line the faction holds
    fac_votes0: np.ndarray  # (n, F)
    fac_fb0: np.ndarray  # (n, F)
    fac_cost: np.ndarray  # (n, F) audience cost
    ev_fvotes: np.ndarray  # (n, E, F) faction vote shift per event (per person for people)
    ev_ffb: np.ndarray  # (n, E, F)
    out_dyn: np.ndarray  # (n, 1 + 2F) int64: days of the interim state, faction block/unblock days


def outside_struct(
    table: ParameterTable,
    values: np.ndarray,
    fac_x: np.ndarray,
    out_dyn: np.ndarray,
    scheduled: bool = True,
) -> Outside:
    """:class:`Outside` for the drawn ``values``, with ``out_dyn`` to receive the results.

    ``scheduled=False`` leaves the scheduled events out (a replay of the time before the snapshot,
    when they were not yet due)."""
    x = outside_inputs(table, values)
    if not scheduled:
        x["sched_on"] = np.zeros_like(x["sched_on"])
    return Outside(
        disc=x["discount"],
        sched_day=x["sched_day"],
        sched_on=x["sched_on"],
        sched_shift=x["sched_shift"],
        sched_fvotes=x["sched_fvotes"],
        sched_ffb=x["sched_ffb"],
        sched_interim=x["sched_interim"],
        has_interim=x["has_interim"],
        interim_start=x["interim_start"],
        interim_end=x["interim_end"],
        interim_shift=x["interim_shift"],
        fac_party=x["fac_party"],
        fac_say=x["fac_say"],
        fac_w=x["fac_w"],
        fac_x=np.ascontiguousarray(fac_x, dtype=np.bool_),
        fac_votes0=x["fac_votes"],
        fac_fb0=x["fac_fb"],
        fac_cost=x["fac_cost"],
        ev_fvotes=x["ev_fvotes"],
        ev_ffb=x["ev_ffb"],
        out_dyn=out_dyn,
    )
