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
from accord.evidence.mode_words import FUTURE_FRAMES
from accord.evidence.modes import in_nominal_clause

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
TABLED = {"proposal", "proposals", "plan", "plans", "initiative", "framework", "roadmap"} | {
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
            | classes.get("hold", frozenset())
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
                c.lower_ in DEAL_WORDS or c.lower_ in TABLED
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


def lacked(tok: Any, verb: Any) -> bool:
    """The word ``tok`` is inside a negated relative clause below the refused ``verb`` ("will
    not sign any agreement that does not end the war"): refusing what lacks it requires it."""
    t = tok
    for _ in range(8):
        if t.i == verb.i or t.head.i == t.i:
            return False
        if t.dep_ in ("relcl", "acl") and any(c.dep_ == "neg" for c in t.children):
            return True
        t = t.head
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
    noun: Any = None  # the package noun that opened it, where a sentence's noun did


@lru_cache(maxsize=1)
def counter_nouns() -> frozenset[str]:
    """Nouns of a package in answer to another's ("counter-proposal", "response")."""
    v = vocab.verbs()
    return frozenset(f for n in [*v.counter_nouns, *v.answer_nouns] for f in vocab.noun_forms(n))


_APPROVING = frozenset(
    f
    for lemma in ("approve", "welcome", "endorse", "back", "accept", "embrace", "ratify")
    for f in vocab.verb_forms(lemma)
)


def owner_words(tok: Any) -> list[Any]:
    """The words that name a package's owner: "X's plan", "a proposal by X", "the paper of
    the Bordurian and Syldavian mediators", "the proposals agreed by Bordurian and Syldavian
    mediators"; not the reporter of "the terms as described by X"."""
    return (
        [c for c in tok.children if c.dep_ in ("poss", "compound", "amod")]
        + [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        + [
            g
            for c in tok.children
            if c.dep_ == "acl"
            # ("the terms as described by X": X reports the terms, it does not own them)
            and not any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
            # ("the framework approved by X and welcomed by Y": they accept another's package)
            and c.lower_ not in _APPROVING
            for a in c.children
            if a.dep_ == "agent"
            for g in a.children
            if g.dep_ == "pobj"
        ]
    )


@lru_cache(maxsize=1)
def _answers() -> frozenset[str]:
    return frozenset(f for n in vocab.verbs().answer_nouns for f in vocab.noun_forms(n))


def answered(tok: Any, index: Any, holder: str | None) -> bool:
    """``tok`` names what an answer answers ("its response to the proposal for a 60-day
    truce"): the other side's package, not the answering party's terms (unless ``holder`` is
    named there: "the response to the plan outlined by X" is X's plan)."""
    t = tok
    for _ in range(8):
        if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ in _answers():
            lo, hi = t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)
            return all(m.actor != holder for m in index.actors_in(lo, hi))
        if t.head.i == t.i:
            return False
        t = t.head
    return False
