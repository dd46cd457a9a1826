"""Factions inside a party, and mediators' stakes and levers.

A party is rarely one actor: a government answers to coalition partners and
to the public, a movement to its wings. A :class:`Faction` values the issues
with its own weights (the party's value shapes otherwise), may keep its own
red lines and fallback, and has a ``say`` in ratification:

- ``veto``: a package it rejects is not ratified;
- ``vote``: it holds ``votes`` (a share of the party's decision); a package
  is ratified when the factions that accept it, with the leadership's
  remaining share, make a majority;
- ``voice``: no formal say.

Whatever its say, a faction that rejects a signed package costs the leadership
its ``audience_cost`` (on the leadership's utility scale): the price of
signing over its objection.

A :class:`MediatorStake` gives a mediator preferences over the outcome (its
value of a deal and of a failure) and :class:`Lever` s it can pull at a cost,
a guarantee of later phases among them.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from accord.model.base import Strict
from accord.model.evidence import Evidenced, SourceRef
from accord.model.position import Level

RESERVED_FACTION_IDS = frozenset({"fallback", "majority"})


class Say(StrEnum):
    veto = "veto"
    vote = "vote"
    voice = "voice"


class Faction(Strict):
    """A group inside ``party`` whose consent or objection matters to its leadership."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    party: str
    name: str
    say: Say = Say.voice
    weights: dict[str, Evidenced] = Field(
        description="the faction's salience per issue (sums to 1); issues left out weigh 0"
    )
    red_lines: dict[str, Level | dict[str, float]] | None = Field(
        default=None, description="the faction's own red lines; omitted: the party's"
    )
    fallback: Evidenced = Field(description="the faction's value of no agreement, on its own scale")
    votes: Evidenced | None = Field(
        default=None, description="for say: vote, its share of the decision"
    )
    audience_cost: Evidenced | None = Field(
        default=None, description="what signing over its objection costs the leadership"
    )
    stance: str | None = None
    evidence: list[SourceRef] = Field(default_factory=list)
    assumption: str | None = None


class LeverKind(StrEnum):
    guarantee = "guarantee"  # guarantees later phases: sets the commitment guarantee level
    pressure = "pressure"  # lowers a party's fallback
    aid = "aid"  # raises a party's value of any agreement
    suspend = "suspend"  # stops mediating: lowers both sides' fallbacks (no talks)


class Lever(Strict):
    """Something a mediator can do to move the talks, and what it costs the mediator."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    kind: LeverKind
    target: str | None = Field(default=None, description="the party it acts on (pressure, aid)")
    level: str | None = Field(
        default=None,
        description="guarantee: the level of the scenario's guarantee issue it provides",
    )
    effect: Evidenced | None = Field(
        default=None, description="pressure/aid/suspend: utility shift for the target(s)"
    )
    cost: Evidenced = Field(description="its cost to the mediator, on the mediator's scale")
    description: str | None = None


class MediatorStake(Strict):
    """A mediator's interest in the outcome and the levers it holds."""

    party: str
    deal_value: Evidenced = Field(description="the mediator's value of an agreement being signed")
    failure_value: Evidenced = Field(description="its value of talks failing")
    levers: list[Lever] = Field(default_factory=list)
    evidence: list[SourceRef] = Field(default_factory=list)
    assumption: str | None = None
