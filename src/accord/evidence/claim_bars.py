"""The claim rules for a refusal barred by a clause (:func:`barred_positions`): "X would not
agree to A before B", "will not end the war while Y remains", "will not free A without B",
"refuses to A before B": A is the holder's condition, B what it asks for; and for a delivery
kept for a deal (:func:`kept_deliveries`): "will only free A as part of a deal that B". ``owner``,
``emit`` and ``out`` as in :mod:`accord.evidence.claim_clauses`.
"""

from __future__ import annotations

from typing import Any

from accord.evidence.agreement_terms import deal_package_nouns
from accord.evidence.claim_clauses import Emit, Mention, Owner
from accord.evidence.conditions import lasting_while
from accord.evidence.cues import REFUSING
from accord.evidence.holders import token_at
from accord.evidence.term_forms import PHASE_NOUNS
from accord.evidence.types import Claim

_COMPLETING = frozenset({"xcomp", "pcomp", "prep"})  # a verb completing another, up to it
# the auxiliaries of a refusal to come (also "could not begin before X", "cannot start before
# X": ruled out till then)
_BARRED_AUX = frozenset({"will", "wo", "would", "shall", "can", "ca", "could"})
_BARRED_HEADS = frozenset({"VERB", "NOUN"})  # what a "before" phrase may bar


def barred_positions(
    sent: Any,
    issues: tuple[Mention, ...],
    local: dict[str, str],
    out: dict[tuple[str, str, str], Claim],
    owner: Owner,
    emit: Emit,
) -> None:
    """ "X would not agree to A before B", "A will not happen before B": a refusal barred by a
    clause "before ..." on a negated future verb (or on the verb it completes) is a condition
    of its holder on A, and B is what the holder asks for — as with "until". The rejection the
    negated verb gave either is dropped. A clause "while X remains" bars it the same way ("would
    not end the war while the militia remains in power"), and so does "without B" on the
    negated verb ("will not free A without B"); a phrase "before B" too ("rejects any withdrawal
    before the disarmament of X"), and one on a relative clause of the refused object ("rejects
    any deal that ends the war before the withdrawal of X")."""
    base = sent.start_char
    for mark in sent:
        if mark.dep_ == "prep" and mark.lower_ == "without" and mark.head.pos_ == "VERB":
            clause, verb = mark, mark.head  # "will not free A without B"
        elif (
            mark.dep_ == "prep"
            and mark.lower_ == "without"
            and mark.head.dep_ == "dobj"
            and mark.head.head.pos_ == "VERB"
        ):
            clause, verb = mark, mark.head.head  # "will not allow a truce without B"
        elif mark.dep_ == "prep" and mark.lower_ == "before" and mark.head.pos_ in _BARRED_HEADS:
            # "rejects any withdrawal before the disarmament of X", the noun's or the verb's
            clause, verb = mark, mark.head
            if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
                verb = verb.head  # "will not agree to a withdrawal before ...": the verb's
            if (verb.pos_ == "NOUN" and verb.dep_ == "dobj") or verb.pos_ == "ADP":
                verb = verb.head
            if verb.tag_ in ("VBD", "VBN") and not any(
                c.dep_ == "aux" and c.lower_ in _BARRED_AUX for c in verb.children
            ):
                continue  # "rejected the plan before the talks": a time, not a bar
        elif mark.dep_ != "mark" or mark.head.dep_ != "advcl":
            continue
        elif mark.lower_ != "before" and not (mark.lower_ == "while" and lasting_while(mark.head)):
            continue
        else:
            clause, verb = mark.head, mark.head.head
        for _ in range(
            4
        ):  # "would not consent to halt(ing) the war before ...": up to the negation
            if verb.dep_ == "relcl" and verb.head.dep_ == "dobj":
                # "rejects any deal that ends the war before X": the refused object's
                verb = verb.head.head
                continue
            if (over := _participle_over(verb)) is not None:
                verb = over  # "would not withdraw beyond the line set out in X before Y"
                continue
            if (
                any(c.dep_ == "neg" for c in verb.children)
                or verb.lower_ in REFUSING
                or verb.dep_ not in _COMPLETING
            ):
                break
            verb = verb.head
        refusing = verb.lower_ in REFUSING and verb.pos_ == "VERB"  # "refuses to A before B"
        if not refusing and not any(
            c.dep_ == "neg"
            # "no truce will happen before X", "there will be no truce before X"
            or (c.dep_ in ("nsubj", "attr") and any(g.lower_ == "no" for g in c.children))
            for c in verb.children
        ):
            continue
        if not refusing and not any(
            c.dep_ == "aux" and c.lower_ in _BARRED_AUX for c in verb.children
        ):
            continue
        holder = owner(verb.idx - base)
        if holder is None:
            continue
        if (
            mark.dep_ == "prep"
            and any(c.dep_ == "pcomp" for c in mark.children)
            and not any(
                clause.left_edge.i <= token_at(sent, base + s).i <= clause.right_edge.i
                for _i, s, _e, _im, _v in issues
            )
        ):
            # "will not end the war without achieving its goals": no term asked ("would not
            # allow a return without security checks" asks for one the issues do not name)
            continue
        for issue, s, _e, _implied, ivalue in issues:
            tok = token_at(sent, base + s)
            inside = clause.left_edge.i <= tok.i <= clause.right_edge.i
            if not inside and not verb.left_edge.i <= tok.i <= verb.right_edge.i:
                continue
            stance = "demand" if inside else "condition"
            was = local.get(issue, "reject")
            if was != "reject" and not (inside and was == "condition"):
                continue  # a stance of its own ("will not withdraw before X is freed": a condition)
            dropped = ("reject", "accept", "condition") if inside else ("reject", "accept")
            for key in [k for k in out if k[:2] == (holder, issue) and k[2] in dropped]:
                out.pop(key)
            local[issue] = stance
            emit(holder, issue, stance, ivalue, at=s)


def _participle_over(verb: Any) -> Any | None:
    """The negated future verb a participle on its object hangs under ("would not withdraw
    beyond the line set out in X before Y": the clause the parser gave the participle bars
    the refusal), else ``None``."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.dep_ not in ("pobj", "dobj"):
        return None
    over = verb.head.head.head if verb.head.dep_ == "pobj" else verb.head.head
    negated = any(c.dep_ == "neg" for c in over.children)
    bound = any(c.dep_ == "aux" and c.lower_ in _BARRED_AUX for c in over.children)
    return over if over.pos_ == "VERB" and negated and bound else None


_KEEPING_PREPS = frozenset({"under", "within", "in", "as"})


def _kept_for(verb: Any) -> Any | None:
    """The deal or stage a delivery is kept for ("will only free them as part of a deal that
    ...", "only under an agreement", "only in the second phase"), else ``None``."""
    if not any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children):
        return None
    deals = deal_package_nouns()[0] | PHASE_NOUNS
    # (the parser may hang it on the object: "free all the people held under a deal")
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in _KEEPING_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            if prep.lower_ == "as" and noun.lower_ == "part":  # "as part of a deal"
                noun = next(
                    (g for c in noun.children if c.lower_ == "of" for g in c.children), noun
                )
            if noun.lower_ in deals:
                return noun
    return None


def kept_deliveries(
    sent: Any,
    issues: tuple[Mention, ...],
    local: dict[str, str],
    out: dict[tuple[str, str, str], Claim],
    owner: Owner,
    emit: Emit,
) -> None:
    """ "X will only free the people held as part of a deal that ends the war": X's delivery kept
    for a deal is its condition, and what that deal must do ("that ends the war") is asked for;
    the acceptance or offer the delivery verb gave gives way."""
    base = sent.start_char
    for issue, s, _e, implied, ivalue in issues:
        if implied is not None:
            continue
        verb = token_at(sent, base + s)
        if verb.pos_ != "VERB":
            continue
        deal = _kept_for(verb)
        holder = owner(verb.idx - base) if deal is not None else None
        if deal is None or holder is None:
            continue
        for stance in ("accept", "offer", "demand"):
            out.pop((holder, issue, stance), None)
        local[issue] = "condition"
        emit(holder, issue, "condition", ivalue, at=s)
        lo, hi = deal.left_edge.idx, deal.right_edge.idx + len(deal.right_edge.text)
        for other, at, _oe, oimplied, ovalue in issues:
            if oimplied is None and lo <= base + at < hi:
                for stance in ("condition", "accept", "offer"):
                    out.pop((holder, other, stance), None)
                local[other] = "demand"
                emit(holder, other, "demand", ovalue, at=at)
