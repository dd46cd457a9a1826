"""The issuer of a statement reproduced as a document: a press release's own body.

A press release or a statement published as it was received names its issuer on a line of its
own at the top ("STATEMENT" / "<the body's full name>" / "City | Issued: date"), and its body
speaks in the first person inside quotation marks that no reporting verb attributes. Such an
unattributed quote is the issuer's: its claims take the issuer as their source, as a quote
with "..., the forum said" would. The issuer line must be a known actor's name of two words or
more standing alone (a one-word line is a heading, not a name), among the lines before the
first paragraph of running text.
"""

from __future__ import annotations

import re

from accord.evidence.actors import ActorIndex
from accord.evidence.attribution import Attribution

# the issuer's own voice ("us" in lower case: "the US" is a party)
FIRST_PLURAL = re.compile(r"\b([Ww]e|[Oo]urs?)\b|\bus\b")
HEADER_LINES = 8  # lines read before the running text
_RUNNING = 15  # a line of this many words or more is running text: the header is over


def release_issuer(text: str, index: ActorIndex) -> Attribution | None:
    """The body a line of the document's header names on its own, else ``None``."""
    pos = 0
    for n, line in enumerate(text.split("\n", HEADER_LINES)):  # the header, not the whole text
        start, pos = pos, pos + len(line) + 1
        body = line.strip().rstrip(".:")
        if not body:
            continue
        if n >= HEADER_LINES or len(body.split()) >= _RUNNING:
            return None
        if len(body.split()) < 2:
            continue
        lead = start + line.index(body[0])
        found = index.actors_in(lead, lead + len(body))
        if (
            len(found) == 1
            and found[0].evidence.start == lead
            and found[0].evidence.end == lead + len(body)
        ):
            return Attribution(body, found[0].actor)
    return None
