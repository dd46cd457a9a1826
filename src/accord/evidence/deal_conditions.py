"""A deal said to be possible on a condition: "X says a deal is possible if Y".

A source that calls a deal possible (``possible_deal`` in ``data/verbs.yaml``: possible,
achievable ...) on a condition ("if", "once", "provided", "as long as" ...) states its condition
on the package: a ``condition`` claim on the package issue (``package_issue`` of
``data/lexicon.yaml``) for each party the sentence's source speaks for, and a ``demand`` of each
issue the condition names. The structure read from the dependency parse:

- the adjective with a deal noun as its subject, directly ("deal 'possible'") or through its
  copula ("a deal is possible"), or a deal noun it modifies ("deal possible", misparsed);
- a condition clause (an adverbial clause with a conditional marker) on the adjective, its
  copula or the reporting verb above them.

Without a source no one holds the condition ("A deal is possible if ..." in the outlet's
voice states none). A deal a mediator calls possible with no condition ("a deal is still
achievable", the envoy said) is the mediator's stated aim: a ``demand`` of the package issue
(the shared annotation scheme's reading of a mediator's aim to conclude a deal); a party
saying so states no position.

A step a party says it will not take on the deal until something happens ("the cabinet would
not meet until the mediators confirm ...", "will not convene to approve the deal before ...",
"would vote on it only once ...": ``convene`` in ``stance_verbs``) is its condition on the
package (``barred_steps``).

What a party's readiness or a deal it would take is "based on" ("ready to deal with any
proposal based on X", "ready to engage on the basis of X") is its condition on that issue
(``based_terms``).

"No deal without Y" ("X said there would be no deal without Y", "... no agreement unless Y")
is the same condition: a deal noun denied by "no" with "without" after it, or a condition
clause on its clause. (A headline's "Name: no deal without Y" has no source read yet.)
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.agreement_terms import deal_package_nouns
from accord.evidence.claim_sentence import PACKAGE_ISSUE, SentenceClaims
from accord.evidence.conditions import CONDITIONS
from accord.evidence.holders import ACTORS, GROUPS, members, token_at

_MARKS = frozenset(CONDITIONS | {"once", "long"})
_NO = frozenset({"no"})
_MEDIATORS = frozenset(GROUPS.get("mediators", ()))


@lru_cache(maxsize=1)
def _possible() -> frozenset[str]:
    return frozenset(w.casefold() for w in vocab.verbs().possible_deal)


_REACH = frozenset({"reach"})


def _within_reach(tok: Any) -> bool:
    """ "a deal is within reach": the phrase says the deal can be had, as "possible" does."""
    return (
        tok.lower_ == "within"
        and tok.dep_ == "prep"
        and any(c.dep_ == "pobj" and c.lower_ == "reach" for c in tok.children)
    )


def _deal_subject(adj: Any) -> bool:
    deal = deal_package_nouns()[0]
    if adj.dep_ == "amod" and adj.head.lower_ in deal:
        return True  # "deal possible if ...", the noun taken for a verb
    holders = [adj, adj.head] if adj.dep_ in ("acomp", "prep") else [adj]
    return any(c.dep_ == "nsubj" and c.lower_ in deal for h in holders for c in h.children)


def _condition(adj: Any) -> Any | None:
    """The condition clause on the adjective, its copula or the reporting verb above."""
    t = adj
    for _ in range(3):
        for c in t.children:
            if c.dep_ == "advcl" and any(
                g.dep_ in ("mark", "advmod") and g.lower_ in _MARKS for g in c.children
            ):
                return c
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _denied_without(noun: Any) -> Any | None:
    """What "no deal" is denied without: the object of its "without", or a condition clause
    on the clause it stands in ("there would be no agreement unless Y")."""
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None
    in_clause = noun.dep_ in ("attr", "nsubj")  # "there would be no deal without Y"
    for h in (noun, noun.head) if in_clause else (noun,):
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "without":
                return c
    return _condition(noun.head) if in_clause else None


def possible_deal(st: SentenceClaims) -> None:
    """The source's condition on the package, and its demand of what the condition names."""
    att, package = st.att, PACKAGE_ISSUE
    if (
        not st.parsed
        or att is None
        or not package
        or not st.sent.words & (_possible() | _NO | _REACH)
    ):
        return
    holder = ACTORS + ",".join(att.actors) if att.actors else att.actor
    if not holder:
        return
    deal = deal_package_nouns()[0]
    for noun in st.sent:
        clause = _denied_without(noun) if noun.lower_ in deal and noun.pos_ == "NOUN" else None
        if clause is not None:
            _condition_and_demands(st, holder, package, noun, clause)
            return
    for adj in st.sent:
        if not (_within_reach(adj) or (adj.lower_ in _possible() and adj.pos_ == "ADJ")):
            continue
        if not _deal_subject(adj):
            continue
        if any(c.dep_ == "neg" for c in (adj, *adj.children, *adj.head.children)):
            continue  # "a deal is not possible if ...": no condition, a refusal
        clause = _condition(adj)
        if clause is None:
            near_to = any(
                (c.dep_ == "prep" and c.lower_ == "to")
                or (c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children))
                for c in adj.children
            )
            if set(members(holder)) <= _MEDIATORS and not near_to:  # (not "close to collapse")
                # "a deal is still possible", a mediator says: its stated aim, a demand
                st.emit(holder, package, "demand", None, at=adj.idx - st.base)
                return
            continue
        _condition_and_demands(st, holder, package, adj, clause)
        return


def _condition_and_demands(
    st: SentenceClaims, holder: str, package: str, at: Any, clause: Any
) -> None:
    """The holder's condition on the package issue, and its demand of the issues the
    condition clause names."""
    st.emit(holder, package, "condition", None, mode="conditional", at=at.idx - st.base)
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    for issue, s, _e, _implied, _v in st.issues:
        if lo <= st.base + s < hi and issue != package:
            for m in members(holder):
                st.out.pop((m, issue, "condition"), None)  # asked for, not conditioned
            st.emit(holder, issue, "demand", None, at=s)


_CONVENING = vocab.stance_forms("convene")
_BARS = frozenset({"until", "till", "before"})
_ONLY_BARS = frozenset({"once", "after", "when"})
_FUTURE = frozenset({"will", "wo", "would", "shall"})


def barred_steps(st: SentenceClaims) -> None:
    """A step on the deal withheld until something happens: the holder's condition on it."""
    if not st.parsed or PACKAGE_ISSUE is None or st.sent.words.isdisjoint(_CONVENING):
        return
    for verb in st.sent:
        if verb.lower_ not in _CONVENING or verb.pos_ != "VERB" or not _barred(verb):
            continue
        holder = st.owner(verb.idx - st.base)
        if holder is None or holder.startswith(ACTORS):
            continue
        st.out.pop((holder, PACKAGE_ISSUE, "reject"), None)
        st.emit(holder, PACKAGE_ISSUE, "condition", None, at=verb.idx - st.base)


def _barred(verb: Any) -> bool:
    """ "will not meet until Y", "would not convene to approve it before Y", "would vote on it
    only once Y": a future step (or the step it is the purpose of) under such a clause."""
    top = verb.head if verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ == "VERB" else verb
    if not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in top.children):
        return False
    negated = any(c.dep_ == "neg" for c in top.children)
    for v in (top, verb) if top is not verb else (verb,):
        for clause in (c for c in v.children if c.dep_ == "advcl"):
            marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
            only = any(c.lower_ == "only" for c in clause.children) or any(
                c.lower_ == "only" for c in v.children
            )
            if (negated and marks & _BARS) or (not negated and only and marks & _ONLY_BARS):
                return True
    return False


_BASIS = frozenset({"based", "built", "founded", "grounded"})


def based_terms(st: SentenceClaims) -> None:
    """Issues a party's readiness or acceptance rests on ("any proposal based on X", "on the
    basis of X"): the party's conditions, in place of the demand or offer read before."""
    words = st.sent.words
    if not st.parsed or not st.issues or (words.isdisjoint(_BASIS) and "basis" not in words):
        return
    for issue, s, _e, implied, ivalue in st.issues:
        if implied is not None:
            continue
        tok = token_at(st.sent, st.base + s)
        basis = _basis_of(tok) if tok is not None else None
        if basis is None:
            continue
        holder = st.owner(basis.idx - st.base)
        if holder is None or holder.startswith(ACTORS):
            continue
        for stance in ("demand", "offer"):  # (an acceptance its own cue gave stays)
            st.out.pop((holder, issue, stance), None)
        st.local[issue] = "condition"
        st.emit(holder, issue, "condition", ivalue, at=s)


def _basis_of(tok: Any) -> Any | None:
    """The "based" or "basis" whose "on"/"of" object holds ``tok`` (through a list)."""
    t = tok
    for _ in range(4):
        if t.dep_ == "conj":
            t = t.head
            continue
        if t.dep_ == "pobj":
            prep = t.head
            if prep.lower_ == "on" and prep.head.lower_ in _BASIS:
                return prep.head
            if prep.lower_ == "of" and prep.head.lower_ == "basis":
                return prep.head
            return None
        if t.head.i == t.i:
            return None
        t = t.head
    return None
