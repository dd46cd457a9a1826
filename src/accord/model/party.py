"""Parties to a negotiation: belligerents, mediators and constituencies."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from accord.model.base import Strict
from accord.model.evidence import SourceRef


class Role(StrEnum):
    belligerent = "belligerent"  # a side whose consent an agreement needs
    mediator = "mediator"  # hosts talks, tables packages, may guarantee
    constituency = "constituency"  # presses a party from inside (families, publics)


class Party(Strict):
    """An actor. ``aliases`` link mentions in the news to this party."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str
    role: Role
    aliases: list[str] = Field(default_factory=list)
    represents: str | None = Field(
        default=None, description="for a constituency: the party it presses"
    )
    evidence: list[SourceRef] = Field(default_factory=list)
    discount_factor: float = Field(
        default=1.0,
        gt=0.0,
        le=1.0,
        description="time preference, GENIUS's discounting: an agreement worth u is worth "
        "u * discount_factor ** t at relative time t in [0, 1] of the negotiation; 1 = none",
    )
