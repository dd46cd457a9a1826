"""The evidence records, defined in :mod:`accord.model.extraction` (re-exported here).

>>> Span("a.txt", 0, 5, "Union").to_dict()["end"]
5
"""

from accord.model.evidence import Span
from accord.model.extraction import (
    Claim,
    Count,
    Document,
    Event,
    Extraction,
    Mention,
    PublicationDate,
    Quote,
)

__all__ = [
    "Claim",
    "Count",
    "Document",
    "Event",
    "Extraction",
    "Mention",
    "PublicationDate",
    "Quote",
    "Span",
]
