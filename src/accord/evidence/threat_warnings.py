"""A verb of warning that makes no threat: a warning against something ("warned the government
against leaving anyone behind": advice asked of the one warned), or a warning whose clause
states how things are, with no consequence to come ("warned that the government is choosing
X over Y", "warned there were still gaps": an assessment). A consequence to come is a modal
or a future ("would be met with a response", "all hell will break out"), a condition ("what
to do if troops approached") or an alternative ("move quickly or all bets will be off")."""

from __future__ import annotations

from typing import Any

from accord.evidence.event_nouns import WARNING
from accord.evidence.event_triggers import Trigger
from accord.evidence.mode_words import (
    CONDITION_MARKS,
    HYPOTHETICAL_AUX,
    OBLIGATION_AUX,
    PLANNED_AUX,
)

# words of a consequence to come inside the clause a warning states ("to": "is going to", an
# infinitive of what is to follow)
_TO_COME = frozenset(
    PLANNED_AUX | HYPOTHETICAL_AUX | OBLIGATION_AUX | CONDITION_MARKS | {"or", "to"}
)


def warning_of_no_threat(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A verb of warning against something, or stating a clause with no consequence to come
    (see the module): no threat."""
    if not parsed or trig.noun or trig.type != "threat" or tok.lower_ not in WARNING:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
        return True
    stated = [c for c in tok.children if c.dep_ == "ccomp"]
    if not stated or any(c.dep_ in ("xcomp", "prep") for c in tok.children):
        return False  # "warned of measures", "warned residents not to approach"
    return all(_TO_COME.isdisjoint(t.lower_ for t in c.subtree) for c in stated)
