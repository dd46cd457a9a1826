"""A plan of force approved is no acceptance: "the security cabinet approved a plan to take
control of CITY", "the minister approved the army's plan to capture CITY", "approved a plan to
expand the ground operation" decide on an operation, not on what another party put forward.
The words of force are the class ``military_operation`` of ``data/verbs.yaml`` (its verbs and
nouns) and the few of taking ground that plans use (``_TAKING``)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.agreement_terms import deal_package_nouns
from accord.evidence.event_triggers import Trigger

# taking ground as plans word it ("a plan to take control of", "to occupy", "to conquer")
_TAKING = frozenset({"control", "occupy", "occupation", "conquer", "conquest", "expand"})
# the owner of a plan that is the armed force itself ("the army's plan")
_FORCES = frozenset({"army", "military", "forces", "troops"})


@lru_cache(maxsize=1)
def _force_words() -> frozenset[str]:
    """The single words of the class of force, verbs and nouns."""
    cls = vocab.verbs().events["military_operation"]
    return frozenset(w.lower() for w in [*cls.verbs, *cls.nouns] if " " not in w) | _TAKING


def plan_of_force(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """An approving verb whose object is a plan of force (see the module): no acceptance."""
    if not parsed or trig.noun or trig.type != "acceptance":
        return False
    return approves_force(tok)


def approves_force(tok: Any) -> bool:
    """The verb ``tok`` takes a plan of force for its object (see the module): no package of
    another party accepted, as an event or as a position."""
    package = deal_package_nouns()[1]
    force = _force_words()
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lower_ not in package:
            continue
        for c in obj.children:
            if c.dep_ == "poss" and c.lower_ in _FORCES:
                return True
            if c.dep_ in ("acl", "relcl", "prep") and any(t.lower_ in force for t in c.subtree):
                return True
    return False


# quantifiers of a rule ("for every inmate freed", "for each body returned")
_EVERY = frozenset({"every", "each"})


def release_as_term(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A release verb that states a term, not a happening: a participle on a deal or a package
    ("an agreement freeing the abductees", "a plan releasing N inmates"), or a clause on what a
    rule counts ("for every abductee whose remains are handed over", "for each one freed")."""
    if not parsed or trig.noun or trig.type != "release":
        return False
    head = tok.head
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        deal, package = deal_package_nouns()
        return head.lower_ in deal or head.lower_ in package
    if tok.dep_ in ("relcl", "acl") and head.dep_ == "pobj" and head.head.lower_ == "for":
        return any(c.dep_ == "det" and c.lower_ in _EVERY for c in head.children)
    return False
