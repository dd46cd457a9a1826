"""The counts ledger: dated figures (people or items taken, released, held), with sources.

Quantity names are the evidence vocabulary's count quantities (or ``other`` with a label);
a tracked stock can start from one (``tracked.stocks[].start_from``).
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from accord.model.base import Strict
from accord.model.evidence import Evidenced


class LedgerEntry(Strict):
    quantity: str = Field(description="a count quantity of the evidence vocabulary, or 'other'")
    label: str | None = Field(default=None, description="what is counted when quantity is 'other'")
    count: Evidenced
    as_of: dt.date | None = None
    qualifier: str | None = None
