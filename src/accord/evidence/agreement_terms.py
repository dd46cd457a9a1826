"""Word classes and clause tests the agreement reader uses (:mod:`accord.evidence.agreements`).

The verb classes (``agree``, ``table``, ``refuse``) and the deal and package nouns come from
``data/verbs.yaml``; mutual issues from ``data/lexicon.yaml``. The clause tests read the parse:
whether an issue is a deal term (future, modal, "to be", a verb of inclusion), whether a
word sits in a gerund used as a noun, and what a package noun is for; and the frame a deal or
a tabled package opens (:class:`Frame`), whose list items and fact-box lines are its terms
(:func:`accord.evidence.frame_terms.listed_term`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.columns import columns
from accord.evidence.modes import FUTURE_FRAMES, in_nominal_clause

# auxiliaries of the future: a term that "will" or "would" be delivered
FUTURE = frozenset({"will", "would", "shall", "’ll", "'ll"})

DEAL_WORDS = {"deal", "deals", "agreement", "agreements", "accord", "arrangement", "phase"}
# verbs by which a deal as subject lays down its terms ("the agreement calls for ...")
PROVIDING = frozenset(
    {"calls", "call", "called", "provides", "provide", "provided", "stipulates", "envisages"}
    | {"foresees", "envisaged", "foresaw", "requires", "required", "obliges", "commits", "binds"}
)
# packages tabled as terms ("the proposal calls for ..."); a party's response or demands that
# call for something ask for it
_TABLED = {"proposal", "proposals", "plan", "plans", "initiative", "framework", "roadmap"} | {
    "blueprint",
    "blueprints",
}
INCLUDING = {
    "include",
    "includes",
    "included",
    "including",
    "involve",
    "involves",
    "involving",
    "promise",
    "promises",
    "guarantee",
    "guarantees",
    "provide",
    "provides",
    "allow",
    "allows",
    "see",
    "sees",
    "entail",
    "entails",
    "envisage",
    "envisages",
    "foresee",
    "foresees",
    "contain",
    "contains",
    "require",
    "requires",
    "stipulate",
    "stipulates",
    "cover",
    "covers",
}

# an issue set against the one a cue took: "open to a pause, but not a permanent truce"
_BUT_NOT = re.compile(r"\b(but|yet)\s+not\s+((with|to|on|for)\s+)?((an?|the|any)\s+)?$", re.I)


def set_against(text: str, s: int, lo: int = 0) -> bool:
    """Whether the issue mention at ``s`` of a sentence's ``text`` follows "but not" (within
    30 characters, and not before ``lo``): "accepts a pause but not an end to the war".

    >>> set_against("open to a pause but not a permanent truce", 24)
    True
    """
    return bool(_BUT_NOT.search(text[max(lo, s - 30) : s]))


@lru_cache(maxsize=1)
def verb_classes() -> dict[str, frozenset[str]]:
    table = vocab.verbs().stance_verbs
    return {
        cls: frozenset(f for lemma in lemmas for f in vocab.verb_forms(lemma))
        for cls, lemmas in table.items()
    }


def refused(tok: Any) -> bool:
    """Whether a verb is the infinitive of a refusal ("refused to accept", "declined to sign")
    or what a denial denies ("denied agreeing to", "denied that it had signed"): what it does
    is refused, as if negated."""
    classes = verb_classes()
    return (tok.dep_ == "xcomp" and tok.head.lower_ in classes.get("refuse", frozenset())) or (
        tok.dep_ in ("xcomp", "ccomp") and tok.head.lower_ in classes.get("deny", frozenset())
    )


@lru_cache(maxsize=1)
def deal_package_nouns() -> tuple[frozenset[str], frozenset[str]]:
    v = vocab.verbs()
    deal = frozenset(f for n in v.deal_nouns for f in vocab.noun_forms(n))
    package = frozenset(f for n in v.package_nouns for f in vocab.noun_forms(n))
    return deal, package


@lru_cache(maxsize=1)
def talk_nouns() -> frozenset[str]:
    """Nouns naming negotiations (the ``talks`` event class of ``data/verbs.yaml``), those
    that name talks on their own (no ``needs_for`` entry)."""
    talks = vocab.verbs().events.get("talks")
    if talks is None:
        return frozenset()
    return frozenset(
        f for n in talks.nouns if n not in talks.needs_for for f in vocab.noun_forms(n)
    )


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    deal, package = deal_package_nouns()
    classes = verb_classes()
    return (
        frozenset(
            w
            for f in classes.get("agree", frozenset())
            | classes.get("enter", frozenset())
            | classes.get("table", frozenset())
            | classes.get("convey", frozenset())
            | classes.get("convey_to", frozenset())
            | classes.get("refuse", frozenset())
            for w in f.split()
        )
        | deal
        | package
    )


@lru_cache(maxsize=1)
def mutual_issues() -> frozenset[str]:
    return frozenset(i for i, e in vocab.lexicon().issues.items() if e.mutual)


def term_holders(issue: str, parties: list[str], giver: dict[str, str]) -> list[str]:
    """Who accepts an issue in an agreement among ``parties``: every party for a mutual issue,
    else the party that delivers it (when it is among them, or when the parties are joint)."""
    if issue in mutual_issues():
        return parties
    d = giver.get(issue)
    if d in parties:
        return [d]
    if len(parties) == 1 and d is None:
        return parties
    return []


def package_issue(noun: Any, char: int) -> bool:
    """The issue at ``char`` is what a package noun is for: in its "for"/"on" phrase, its
    infinitive ("a plan to end the war") or its compound ("a truce plan")."""
    for c in noun.children:
        if (c.dep_ == "prep" and c.lower_ in ("for", "on", "regarding")) or (
            c.dep_ in ("acl", "compound", "amod") and c.i != noun.i
        ):
            if any(t.idx <= char < t.idx + len(t.text) + 1 for t in c.subtree):
                return True
    return _listed_after_colon(noun, char)


def _listed_after_colon(noun: Any, char: int) -> bool:
    """The issue at ``char`` is in the list a colon opens right after the package's phrase
    ("accepted their latest paper without changes: a truce, ..."), with no verb between."""
    for t in noun.doc[noun.i + 1 : noun.sent.end]:
        if t.text == ":":
            return t.idx < char
        if t.pos_ in ("VERB", "AUX") or t.text in (";", "."):
            return False
    return False


def verbal(tok: Any) -> bool:
    """A verb, or a word the tagger took for a noun that the parse uses as one (a headline's
    "Ruritania rejects": the root, with a subject)."""
    return tok.pos_ == "VERB" or (
        tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children)
    )


def nominal(tok: Any) -> bool:
    """Inside a gerund used as a noun ("accepting X would ...", "by refusing to")."""
    return in_nominal_clause(tok, depth=4)


def _frames(head: Any) -> frozenset[str]:
    """Heads that make "to" + verb a future: "is set to", "plans to", "is to" ("is" only as the
    verb's own head: "was ready to ..." is a readiness, an offer)."""
    if any(c.dep_ in ("acomp", "attr") for c in head.children):
        return FUTURE_FRAMES - _BE
    return FUTURE_FRAMES


_BE = frozenset({"is", "are", "was", "were"})
# heads whose subject is the planner, not the term: "the group plans to ..."
_PLANS = frozenset({"plans", "plan", "planned", "planning", "intends", "intend", "intended"})


def is_term(tok: Any) -> bool:
    """A term of a deal: the issue's clause is future or modal ("will release", "would be
    freed", "to be freed"), or a verb of inclusion has it ("the deal includes the release"),
    also through the noun phrase the issue sits in ("allow the entry of more convoys and aid")."""
    t = tok
    clauses = 0
    for _ in range(10):
        if clauses >= 4:
            return False
        if t.pos_ in ("VERB", "AUX") or t.dep_ not in ("pobj", "prep", "conj", "cc"):
            clauses += 1
        if t.pos_ in ("VERB", "AUX"):
            aux = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
            if aux & {"will", "would", "shall", "’ll", "'ll", "wo"}:
                return True
            if t.lower_ in _frames(t) - _PLANS and any(
                c.dep_ == "xcomp"
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                and (t.lower_ in _BE or any(g.dep_ == "auxpass" for g in c.children))
                for c in t.children
            ):
                # the subject of "is to" + verb ("40 convoys are to enter daily") or of a
                # planned passive ("three are expected to be freed"); an active verb after
                # it ("a pause expected to start at dawn") gives its timing, no term
                return True
            if (
                "to" in aux
                and t.dep_ in ("xcomp", "ccomp", "advcl", "ROOT", "relcl", "acl", "conj")
                and ("be" in aux or t.head.lower_ in INCLUDING | _frames(t.head))
            ):
                return True
            if "to" in aux and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                return True  # news style for the future: "X to free 30 fishermen"
            if t.lower_ in INCLUDING:
                return True
            if t.lower_ in PROVIDING and any(
                c.lower_ in DEAL_WORDS or c.lower_ in _TABLED
                for c in [x for x in t.children if x.dep_ == "nsubj"]
                + ([t.head] if t.dep_ == "relcl" else [])
            ):
                return True  # "the agreement / the proposal (, which) calls for the release ..."
            if t.tag_ in ("VBD",) or aux & {"had", "has", "have", "was", "were", "did"}:
                return False
            if t.dep_ == "advcl" and any(c.dep_ == "mark" for c in t.children):
                return False  # "will follow after X is completed": X is a circumstance
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def extent(tok: Any) -> tuple[int, int]:
    """Character extent of a verb's clause."""
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right.text)


def token_index(sent: Any, char: int) -> int:
    """The index of the first token of ``sent`` that holds ``char`` or ends right before it."""
    cols = columns(sent.doc)  # offsets and ends of the tokens, read once per document
    idx, end = cols.idx, cols.end
    for i in range(sent.start, sent.end):
        if idx[i] <= char < end[i] + 1:
            return i
    return int(sent.start)


def is_parsed(sent: Any) -> bool:
    got = getattr(sent, "parsed", None)
    return bool(got) if got is not None else any(t.dep_ != "ROOT" for t in sent)


_SHORT = frozenset({("short", "of"), ("less", "than"), ("other", "than")})


def short_of(tok: Any, verb: Any) -> bool:
    """The word ``tok`` names what falls short below the refused ``verb`` ("will not accept
    anything short of X", "nothing less than X"): refusing less than it requires it."""
    t = tok
    for _ in range(8):
        if t.i == verb.i or t.head.i == t.i:
            return False
        head = t.head
        if t.dep_ in ("pobj", "conj") and (head.head.lower_, head.lower_) in _SHORT:
            return True
        t = head
    return False


def aimed_at(tok: Any) -> Any | None:
    """The verb of seeking an attaining verb completes ("is working to secure an accord",
    "strove to reach a deal", "tries to secure"), else ``None``: what is sought is not had."""
    classes = verb_classes()
    if tok.lower_ not in classes.get("attain", ()) or tok.dep_ not in ("xcomp", "advcl"):
        return None
    head = tok.head
    if head.i != tok.i and head.lower_ in classes.get("seek", ()) and head.pos_ in ("VERB", "AUX"):
        return head
    return None


def under_deal(tok: Any) -> bool:
    """ "Under the deal, ...", "under the terms of the agreement", "under the truce": what
    follows is the terms of a deal the text takes as made."""
    if tok.lower_ != "under" or tok.dep_ != "prep":
        return False
    for obj in (g for g in tok.children if g.dep_ == "pobj"):
        for _ in range(3):  # "under the terms of the second stage of the pact"
            if obj.lower_ not in ("terms", "phase", "stage", "part"):
                break
            obj = next(
                (
                    g
                    for c in obj.children
                    if c.lower_ == "of"
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                obj,
            )
        if _bare_stage(obj):
            return True  # "Under the first phase, 33 are to be freed": a stage of the deal
        if (
            (obj.lower_ in DEAL_WORDS or obj.lower_ in _truce_nouns())
            and obj.lower_ != "phase"
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children)
        ):
            return True  # (also "the exchange under the four-day truce": a truce in place)
    return False


_STAGES = frozenset({"phase", "stage"})
_ORDINALS = frozenset({"first", "second", "third", "initial", "opening", "next", "final", "last"})


def _bare_stage(obj: Any) -> bool:
    """A stage named by its rank and nothing else ("the first phase", "the second stage",
    not "the first phase of the plan"): the stage of the deal the text is about."""
    return (
        obj.lower_ in _STAGES
        and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
        and any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in obj.children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
    )


def deal_asks(tok: Any, package: bool = False) -> bool:
    """ "the agreement calls for the release of ...": what a deal asks for is its terms, not a
    party's demand; inside a tabled package (``package``) also what the package, or "it",
    asks of a party through a verb that lays down terms ("the plan calls for X to withdraw",
    "it requires Y to free ...")."""
    t = tok
    for _ in range(4):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ == "VERB":
            return any(deal_subject(c) for c in t.children) or (
                package
                and t.lower_ in PROVIDING
                and any(
                    c.dep_ == "nsubj" and (c.lower_ in _TABLED or c.lower_ == "it")
                    for c in t.children
                )
            )
    return False


def deal_subject(tok: Any) -> bool:
    """A definite deal noun as the subject of a clause in the present or future ("the deal
    will see", "this agreement is structured"): a deal the text takes as made; "a deal" is one
    sought, "those who oppose the deal" speak of it without reporting it, and "the deal
    outlined" looks back on an earlier one."""
    low = tok.lower_
    if low not in DEAL_WORDS and low not in _truce_nouns():
        return False  # most tokens: no deal word
    if in_force(tok):
        return True
    return (
        low in DEAL_WORDS
        and tok.lower_ != "phase"
        and tok.pos_ == "NOUN"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.head.tag_ != "VBD"  # "the deal outlined ...": an earlier deal, background
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
    )


def deal_taken(sent: Any) -> bool:
    """Whether a word of ``sent`` is a deal taken as made (:func:`deal_subject`) or opens
    "under the deal" (:func:`under_deal`). Both need the word itself to be a deal or truce
    noun, or "under": only those words are looked at (forms read from the doc's arrays)."""
    doc = getattr(sent, "doc", None)
    if doc is None:
        return any(deal_subject(t) or under_deal(t) for t in sent)
    keys = _deal_keys()
    lows = columns(doc).lower[sent.start : sent.end]
    toks = getattr(sent, "tokens", None) or list(sent)
    return any(
        deal_subject(toks[i]) or under_deal(toks[i]) for i, w in enumerate(lows) if w in keys
    )


@lru_cache(maxsize=1)
def _deal_keys() -> frozenset[str]:
    return frozenset(DEAL_WORDS) | _truce_nouns() | {"under"}


_STARTED = frozenset({"began", "begun", "begins", "started", "starts", "begin", "start"})
_ENTERED = frozenset({"took", "taken", "takes", "came", "comes", "went", "goes", "entered"})


def deal_starts(tok: Any) -> bool:
    """A definite deal noun as the subject of its start, done or to come ("the agreement
    will take effect on Sunday", "the deal came into force"), or kept up ("the pause between
    A and B will continue for a seventh day"), not negated: the deal is made (or extended)."""
    verb = tok.head
    low = verb.lower_
    return (
        tok.dep_ == "nsubj"
        and tok.pos_ == "NOUN"
        and (tok.lower_ in DEAL_WORDS or tok.lower_ in _truce_nouns())  # "the truce began"
        and tok.lower_ != "phase"
        and (
            any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
            # "a pause in the fighting between A and B will take effect": whose it is is said
            or any(t.lower_ == "between" for t in tok.subtree)
        )
        and (
            low in _STARTED
            or (
                low in _ENTERED | {"take", "come", "go", "enter"}
                and any(t.lower_ in ("effect", "force") for t in verb.subtree)
            )
            or (low in _IS and _in_force(verb))  # "the truce is in force"
            or (low == "continue" and any(c.lower_ == "will" for c in verb.children))
        )
        and not any(c.dep_ == "neg" for c in verb.children)
    )


_IS = frozenset({"is", "are", "remains", "remain"})


def _in_force(verb: Any) -> bool:
    """A copula with "in force", "in effect" or "in place" below it."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(g.dep_ == "pobj" and g.lower_ in ("force", "effect", "place") for g in c.children)
        for c in verb.children
    )


def in_force(tok: Any) -> bool:
    """A definite deal or truce noun as the subject of its start ("the agreement took effect",
    "the truce began on Sunday", "the accord came into force"): a deal in place, whose terms
    the next sentences may report ("X will release ... on Saturday")."""
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and tok.pos_ == "NOUN"
        and (tok.lower_ in DEAL_WORDS or tok.lower_ in _truce_nouns())
        and tok.lower_ != "phase"
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
        and (
            verb.lower_ in _STARTED
            or (
                verb.lower_ in _ENTERED
                and any(t.lower_ in ("effect", "force") for t in verb.subtree)
            )
        )
        and not any(c.dep_ in ("aux", "neg") and c.lower_ != "has" for c in verb.children)
    )


@lru_cache(maxsize=1)
def _truce_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in vocab.verbs().truce_nouns)


def verb_of(tok: Any) -> Any | None:
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            return verb
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


@dataclass
class Frame:
    kind: str  # deal or package
    parties: list[str]  # deal: the parties; package: who tabled it
    speaker: str | None
    since: int  # sentence number where it was last named
    issues: list[str] = field(default_factory=list)
    counter: bool = False  # a party's package in answer to another's (a counter-proposal)


@lru_cache(maxsize=1)
def counter_nouns() -> frozenset[str]:
    """Nouns of a package in answer to another's ("counter-proposal", "response")."""
    v = vocab.verbs()
    return frozenset(f for n in [*v.counter_nouns, *v.answer_nouns] for f in vocab.noun_forms(n))
