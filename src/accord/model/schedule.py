"""Dated outside events, an interim state, and what moves factions: more inputs of the forecast.

A :class:`ScheduledEvent` happens (or not) on a known date after the
snapshot: a vote, a visit, a deadline set by an outside power. It takes place
with ``probability`` and, when it does, moves parties' fallbacks and factions'
votes or fallbacks by ranged amounts, and may start or end an interim state.

An :class:`Interim` is a state between open conflict and a signed deal:
nothing is exchanged and nothing is signed, but pressures pause and each
party's no-deal value moves by ``fallback_shift`` while it holds. It starts
and breaks down at daily rates while no deal is in force.

A :class:`FactionShift` moves one faction (``party.faction``) when an event
happens: its share of the votes (its weight in ratification) or its
fallback. Events counted in people move it per person, other events per occurrence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum

from pydantic import Field

from accord.model.base import Strict
from accord.model.evidence import Evidenced, SourceRef

Report = Callable[[tuple[str | int, ...], str], None]


class FactionShift(Strict):
    """How an event moves one faction: its votes (its say in ratification) or its fallback."""

    faction: str = Field(
        pattern=r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$", description="'party.faction'"
    )
    votes: Evidenced | None = Field(
        default=None, description="change of its share of the votes (a vote faction)"
    )
    fallback: Evidenced | None = Field(default=None, description="change of its fallback")


class InterimChange(StrEnum):
    start = "start"
    end = "end"


class ScheduledEvent(Strict):
    """An outside event due on ``date``: it happens with ``probability``, with ranged effects."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    description: str
    date: dt.date = Field(description="the day it is due (after the snapshot)")
    probability: Evidenced = Field(description="chance that it takes place, in [0, 1]")
    fallback_shift: dict[str, Evidenced] = Field(
        default_factory=dict, description="party -> how much its fallback moves when it happens"
    )
    faction_shift: list[FactionShift] = Field(default_factory=list)
    interim: InterimChange | None = Field(
        default=None, description="'start' or 'end': it starts or ends an interim state"
    )
    sources: list[SourceRef] = Field(default_factory=list)
    assumption: str | None = Field(
        default=None, description="why it is expected, when no source announces it"
    )


class Interim(Strict):
    """An interim state: the conflict's pressures pause without a signed deal."""

    description: str
    start_rate_per_day: Evidenced = Field(
        description="chance per day that one begins while no deal is in force"
    )
    end_rate_per_day: Evidenced = Field(description="chance per day that it breaks down")
    fallback_shift: dict[str, Evidenced] = Field(
        default_factory=dict,
        description="party -> how much its no-deal value moves while the interim holds",
    )


def schedule_problems(
    scenario: object,
    report: Report,
    party_ref: Callable[[tuple[str | int, ...], str | None], None],
) -> None:
    """Scheduled events, the interim and faction shifts: dates, chances, known parties and factions."""
    from accord.model.scenario import Scenario

    assert isinstance(scenario, Scenario)
    dyn = scenario.dynamics
    factions = {(f"{f.party}.{f.id}"): f for f in scenario.factions}

    def shifts(path: tuple[str | int, ...], items: list[FactionShift]) -> None:
        for j, fs in enumerate(items):
            f = factions.get(fs.faction)
            if f is None:
                report(
                    path + (j, "faction"),
                    f"unknown faction '{fs.faction}' (factions: {', '.join(factions) or 'none'})",
                )
            elif fs.votes is not None and f.say.value != "vote":
                report(path + (j, "votes"), f"'{fs.faction}' has no votes (say: {f.say.value})")
            if fs.votes is None and fs.fallback is None:
                report(path + (j,), "a faction shift moves its 'votes' or its 'fallback'")

    seen: set[str] = set()
    for k, ev in enumerate(dyn.scheduled):
        path: tuple[str | int, ...] = ("dynamics", "scheduled", k)
        if ev.id in seen:
            report(path + ("id",), f"duplicate id '{ev.id}'")
        seen.add(ev.id)
        if ev.date <= scenario.date:
            report(
                path + ("date",),
                f"{ev.date} is not after the snapshot ({scenario.date}): what has happened "
                "belongs in the scenario itself",
            )
        if not 0.0 <= ev.probability.low <= ev.probability.high <= 1.0:
            report(path + ("probability",), "a probability lies in [0, 1]")
        for pid in ev.fallback_shift:
            party_ref(path + ("fallback_shift", pid), pid)
        shifts(path + ("faction_shift",), ev.faction_shift)
        if not ev.sources and not ev.assumption:
            report(path, "a scheduled event needs 'sources' or an 'assumption' saying why")
        if ev.interim is not None and dyn.interim is None:
            report(path + ("interim",), "declare dynamics.interim to start or end one")
    for k, sev in enumerate(dyn.events):
        shifts(("dynamics", "events", k, "faction_shift"), sev.faction_shift)
    if dyn.interim is not None:
        for name in ("start_rate_per_day", "end_rate_per_day"):
            if getattr(dyn.interim, name).low < 0:
                report(("dynamics", "interim", name), "a rate cannot be negative")
        for pid in dyn.interim.fallback_shift:
            party_ref(("dynamics", "interim", "fallback_shift", pid), pid)
