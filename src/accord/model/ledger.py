"""The counts ledger: people taken, released, held, at dates, with sources."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from accord.model.base import Strict
from accord.model.evidence import Evidenced

QUANTITIES = (
    "hostages_taken",
    "hostages_released",
    "hostages_rescued",
    "hostages_held_living",
    "hostages_held_dead",
    "hostages_killed_in_captivity",
    "bodies_returned",
    "prisoners_released",
    "other",
)


class LedgerEntry(Strict):
    quantity: str = Field(description="one of the BRIEF's count quantities, or 'other'")
    label: str | None = Field(default=None, description="what is counted when quantity is 'other'")
    count: Evidenced
    as_of: dt.date | None = None
    qualifier: str | None = None
