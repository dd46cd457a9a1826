"""People wanted back home: "bring everyone home", "until the last of them is home", "no
one may be left behind".

A party whose one concern is its own people (``package_issue_of`` in ``data/lexicon.yaml``)
often states its demand with no word of the issue at all: it asks for them to come home. The
structure read from the dependency parse:

- a verb of coming or bringing (``homecoming`` in ``data/verbs.yaml``: bring, come, return,
  be ...) with "home" or "back" below it, or a verb of leaving (``leave_behind``) with
  "behind" below it and a negation on it ("must not leave anyone behind");
- not a homecoming that happened: a verb in the past, or a present "is home" ("she is home")
  that no "until" or modal puts ahead, reports a return, not a demand;
- the dead named in the sentence (``status: dead`` of ``data/count_nouns.yaml``, their
  bodies or a burial) make it a demand for the bodies too; the living named beside them
  keep the demand for the living.

>>> from types import SimpleNamespace as T
>>> homecoming(T(lower_="said", pos_="VERB", children=[], tag_="VBD"))
False
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.agreement_terms import deal_package_nouns
from accord.evidence.count_vocab import vocabulary

_HOME = frozenset({"home", "back"})
_DEALS = frozenset().union(*deal_package_nouns())  # deals and packages
_MODALS = frozenset({"must", "should", "will", "would", "shall", "'ll", "’ll", "can", "to"})
_PAST_AUX = frozenset({"was", "were", "has", "have", "had", "'s", "’s"})
_NEGATIONS = frozenset({"not", "n't", "never"})
_NO_ONE = frozenset({"no", "nobody", "none"})


@lru_cache(maxsize=1)
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    return vocab.stance_forms("homecoming"), vocab.stance_forms("leave_behind")


@lru_cache(maxsize=1)
def dead_words() -> frozenset[str]:
    """Words naming the dead or what is returned of them ("fallen", "bodies", "burial")."""
    cv = vocabulary()
    dead = {w for w, s in cv.statuses.items() if s == "dead"}
    remains = {w for w, g in cv.groups.items() if g == "remains"}
    return frozenset(dead | remains | {"burial", "buried", "grave", "graves"})


@lru_cache(maxsize=1)
def living_words() -> frozenset[str]:
    cv = vocabulary()
    return frozenset(w for w, s in cv.statuses.items() if s == "living")


def _ahead(verb: Any) -> bool:
    """A verb whose homecoming is still to come: under "until", with a modal or "to", an
    imperative, or in a clause of wanting; not a past or a present state reported."""
    kids = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ == "until" for c in kids):
        return True
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in kids):
        return True
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUX for c in kids):
        return False
    if verb.tag_ in ("VBD", "VBN"):
        return False
    if verb.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return True  # "Bring them home", "bring all of them back"
    return verb.dep_ in ("xcomp", "ccomp") and verb.tag_ in ("VB", "VBG")  # "wants them to come"


def homecoming(verb: Any) -> bool:
    """Whether ``verb`` asks for people to come home: a verb of coming or bringing with
    "home" or "back", still ahead, not negated; or a negated verb of leaving with "behind"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    home, leave = _verbs()
    kids = list(verb.children)
    low = verb.lower_
    if low in leave and any(c.lower_ == "behind" for c in kids):
        negated = any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in kids) or any(
            c.dep_ in ("dobj", "nsubjpass", "nsubj")
            and (c.lower_ in _NO_ONE or any(g.lower_ in _NO_ONE for g in c.children))
            for c in kids
        )  # "must not leave anyone behind", "no one will be left behind"
        return negated
    if low not in home or not any(c.lower_ in _HOME and c.dep_ != "nsubj" for c in kids):
        return False
    if any(c.dep_ == "neg" for c in kids):
        return False
    return _ahead(verb)


def wanted_home(sent: Any) -> list[Any]:
    """The verbs of a sentence that ask for people to come home."""
    if sent.words.isdisjoint(_HOME | {"behind"}):
        return []
    return [t for t in sent if homecoming(t) and not _deal_term(t)]


def _deal_term(verb: Any) -> bool:
    """A homecoming a deal or package provides for ("a deal in which half of them will come
    home"): its terms, not a wish."""
    t = verb
    for _ in range(3):
        if t.dep_ in ("relcl", "acl") and t.head.lower_ in _DEALS:
            return True
        if t.dep_ == "relcl" and any(  # "... in which half of them will come home"
            c.dep_ == "prep"
            and c.lower_ in ("in", "under")
            and any(g.lower_ == "which" for g in c.children)
            for c in t.children
        ):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def home_issue(holder: str | None, words: frozenset[str]) -> str | None:
    """The issue ``holder`` asks for when it wants people home: its one concern's
    (``package_issue_of``), else the release of the group of people the sentence names
    (``home_issue_of_group``), when the holder is not the one who delivers it."""
    lex = vocab.lexicon()
    if holder is None:
        return None
    own = lex.package_issue_of.get(holder)
    if own is not None:
        return own
    groups = {vocabulary().groups.get(w) for w in words} - {None}
    for group, issue in lex.home_issue_of_group.items():
        if group in groups and lex.issues[issue].delivered_by not in (None, holder):
            return issue
    return None
