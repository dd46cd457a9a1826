"""What moves a negotiation over time: pressures and stochastic events.

These are inputs of the forecasting engine (``accord.simulate``); the static
analysis ignores them. Rates are per day and carry evidence or an assumption
range like every other number.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from accord.model.base import Strict
from accord.model.evidence import Evidenced
from accord.model.schedule import FactionShift, Interim, ScheduledEvent


class PressureTarget(StrEnum):
    fallback = "fallback"  # moves the party's fallback utility (per day)
    weight = "weight"  # moves the salience of one issue (per day, then renormalised)


class Pressure(Strict):
    """A lever that moves one party's fallback or weights day by day."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    description: str
    applied_by: str | None = None
    target_party: str
    target: PressureTarget = PressureTarget.fallback
    issue: str | None = Field(default=None, description="for target 'weight'")
    rate_per_day: Evidenced
    limit: Evidenced | None = Field(
        default=None,
        description="the most this pressure can move its target in all (same units as the rate, positive): "
        "its daily effect shrinks as the total approaches the limit (saturates); none: linear",
    )
    risk_to_held: Evidenced | None = Field(
        default=None,
        description="how much more likely deaths among the held stock (tracked.stocks, kind held) are "
        "while this pressure acts (0.5: 50% more)",
    )
    cost_per_day: Evidenced | None = Field(
        default=None,
        description="what applying it costs the party applying it: that party's fallback falls by this much "
        "a day while the pressure acts (a belligerent applier only)",
    )


class EventKind(StrEnum):
    death = "death"  # one or more of the held stock die (the dead join the remains stock)
    rescue = "rescue"  # one or more of the held stock are freed without a deal
    leader_strike = "leader_strike"
    mediator_shift = "mediator_shift"
    escalation = "escalation"


class StochasticEvent(Strict):
    """An event that happens at random with a daily rate, and what it changes."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    kind: EventKind
    description: str
    rate_per_day: Evidenced
    magnitude: Evidenced | None = Field(
        default=None, description="size of the effect (people, or utility shift)"
    )
    affects: str | None = Field(default=None, description="party whose fallback or stance moves")
    fallback_shift: dict[str, Evidenced] = Field(
        default_factory=dict,
        description="death and rescue events: how much each named party's fallback moves per person "
        "(leverage)",
    )
    faction_shift: list[FactionShift] = Field(
        default_factory=list,
        description="how it moves factions' votes or fallbacks (per person for events counted in people)",
    )


class Dynamics(Strict):
    pressures: list[Pressure] = Field(default_factory=list)
    events: list[StochasticEvent] = Field(default_factory=list)
    scheduled: list[ScheduledEvent] = Field(
        default_factory=list, description="outside events due on a date, with uncertain effects"
    )
    interim: Interim | None = Field(
        default=None, description="an interim state: pressures pause without a signed deal"
    )
    perception_noise: Evidenced | None = Field(
        default=None, description="s.d. of the noise on each party's reading of a package's utility"
    )
    # The fields below are optional; when absent the forecasting engine uses its
    # own stated assumptions (listed in docs/forecast.md and in every forecast).
    red_line_cost: Evidenced | None = Field(
        default=None,
        description="no longer used: replaced by red_line_yield (the forecast rejects it with that advice)",
    )
    red_line_yield: Evidenced | None = Field(
        default=None,
        description="fall of a party's no-deal value, from its value at the snapshot, after which it gives "
        "up its stated red lines (utility units; 0: red lines never bind in the forecast)",
    )
    round_days: Evidenced | None = Field(
        default=None, description="days between two rounds of talks"
    )
    phase_days: Evidenced | None = Field(
        default=None, description="days a phase of an implemented agreement lasts"
    )
