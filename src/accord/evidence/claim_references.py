"""The claim step that reads a firm stance on what names no issue (:func:`referred_positions`:
"rejected these demands", "accepted it", "signed off on it") by the issues of the plan,
position or demands it refers to, in the sentence or the ones around it; and the opening
of a sentence that sets out a plan's terms (:data:`PLAN_INTRO`: "Under the plan, ..."),
which :func:`accord.evidence.claim_steps.plan_frame` reads too.
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence.agreement_terms import refused
from accord.evidence.claim_cue import FIRM
from accord.evidence.claim_sentence import PACKAGE_ISSUE, SentenceClaims
from accord.evidence.cue_clauses import bound_acceptance, judged_package
from accord.evidence.cue_phrases import (
    REFERS_BACK,
    claims_at,
    package_before,
    previous_position,
    pronoun_object,
)
from accord.evidence.cues import REFERS, issue_mentions
from accord.evidence.event_plans import approves_force
from accord.evidence.holders import UNATTRIBUTED, token_at
from accord.evidence.imperatives import quoted_imperative
from accord.evidence.modes import decided, has_marks, imperative, obliged, read
from accord.evidence.parties import subject_of

PLAN_INTRO = re.compile(
    r"^\s*(under (this|the|that) (\w+ )?(plan|proposal|deal|framework)|"
    r"(the|this|that) (\w+ )?(plan|proposal) (would|calls))",
    re.I,
)
_BARE_ANSWER = re.compile(r"sa(id|ys|y)\s+(yes|no)", re.I)
_ANSWER_JUDGED = re.compile(r"(respond|react|repl|answer|dealt|deal)\w*\b", re.I)
_ASKED_FOR = re.compile(r"\b(demands|conditions|requests|extension|attempts)\b", re.I)
# changes asked to a package ("the changes were not acceptable"): the package they would change
_AMENDS = re.compile(r"\b(amendments?|changes)\b", re.I)


def _bare_verb(verb: Any) -> bool:
    """A verb of answering used without an object or complement ("X accepted; Y refused")."""
    return (
        verb.pos_ == "VERB"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        # (a clause of its own, not one on a noun: "the text X approved" has its object there)
        and verb.dep_ in ("ROOT", "conj", "ccomp", "parataxis")
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "prt", "attr", "oprd", "advcl", "neg")
            and not _comma_participle(c)
            for c in verb.children
        )
    )


def _comma_participle(c: Any) -> bool:
    """A participle set off by a comma after the verb ("refused, insisting on X"): an aside on
    the refusal, not its object."""
    return c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > 0 and c.doc[c.i - 1].text == ","


def _none_taken(verb: Any) -> bool:
    """A verb whose object is denied ("would accept no new conditions")."""
    return any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in verb.children
    )


def _own_subject(verb: Any, holder: str | None, st: SentenceClaims) -> bool:
    """The verb's subject names no party but ``holder`` ("the group would not ...", not "the
    government of Y would not ..." read as the reporter's)."""
    subj, _passive = subject_of(verb)
    if subj is None:
        return False
    end = subj.right_edge.idx + len(subj.right_edge.text)
    named = {m.actor for m in st.doc.index.actors_in(subj.left_edge.idx, end)}
    return not named or named == {holder}


def _asked(verb: Any, st: SentenceClaims) -> bool:
    """An acceptance said in the imperative, not negated: the speaker asks for it."""
    return (imperative(verb) or quoted_imperative(verb, st)) and not any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("do", "don't")) for c in verb.children
    )


def referred_positions(st: SentenceClaims) -> None:
    """A firm stance on what names no issue ("rejected these demands", "accepted it") takes
    the issues of the plan, position or demands it refers to; a pronoun object refers back
    past the sentence even when issues are named after it ("rejected it and demanded X")."""
    doc, sent, text, base, k = st.doc, st.sent, st.text, st.base, st.k
    firm = [c for c in st.cues if c[0] in FIRM]
    recent = claims_at(doc.claims, doc.sents[k - 1].start_char) if k > 0 else []
    pronoun = bool(firm and st.parsed and pronoun_object(token_at(sent, base + firm[0][1])))
    # a bare answer ("Y said yes."): to what was put to it, as a pronoun refers back
    pronoun = pronoun or bool(firm and _BARE_ANSWER.fullmatch(text[firm[0][1] : firm[0][2]]))
    # an answer judged in its own words ("responded 'in a positive spirit'", "replied
    # positively"): to what was put to it
    pronoun = pronoun or bool(
        firm and not st.issues and _ANSWER_JUDGED.match(text[firm[0][1] : firm[0][2]])
    )
    # an answer with nothing after the verb ("X accepted; Y refused."): to what was put before
    pronoun = pronoun or bool(
        firm and st.parsed and _bare_verb(token_at(sent, base + firm[0][1])) and not st.issues
    )
    named_before = any(s < firm[0][1] for _i, s, _e, _st, _v in st.issues) if firm else False
    # (a package named before the pronoun is what it stands for: "put a plan to Y, and Z
    # signed off on it")
    package = package_before(sent, base, st.issues, firm[0][1]) if pronoun and named_before else []
    if ((st.issues and (not pronoun or named_before)) or not firm) and not package:
        return  # an issue named before the pronoun may be what it stands for
    if not (REFERS.search(text) or REFERS_BACK.search(text) or _AMENDS.search(text) or pronoun):
        return
    stance, cs, _ce = firm[0]
    cue_tok = token_at(sent, base + cs)
    cue_reading = (
        read(cue_tok, sent.start, has_marks(sent)) if st.parsed and cue_tok.pos_ == "VERB" else None
    )
    none = cue_reading is not None and _none_taken(cue_tok)  # "would accept no conditions"
    negated = cue_reading is not None and (cue_reading.negated or refused(cue_tok) or none)
    refusing = (stance == "accept") == negated  # (not "would not abandon the deal")
    if negated:
        # "did not agree to", "refused to accept", "denied agreeing to"
        stance = "reject" if stance == "accept" else stance
    holder = st.owner(cs)
    source = st.att.actor if st.att is not None else None
    if (
        cue_reading is not None
        and cue_reading.mode == "demanded"
        and stance == "accept"
        and obliged(cue_tok)
        and source not in (None, holder, UNATTRIBUTED)
        and not (st.att and st.att.actors)
    ):
        # "X must accept the proposal, Y said": Y asks it of X
        holder, stance, cue_reading = source, "demand", None
    if (
        cue_reading is not None
        and cue_reading.mode != "actual"
        and not decided(cue_tok)
        # a refusal in the future is decided ("said it would not accept them"), by whom its
        # clause names
        and not (
            cue_reading.mode == "planned"
            and refusing
            and stance == "reject"
            and _own_subject(cue_tok, holder, st)
        )
    ):
        return  # "if the union agreed to it", "to weigh or turn down the offer": no stance yet
    if judged_package(cue_tok) and st.att and st.att.actor not in (None, holder, UNATTRIBUTED):
        holder = st.att.actor  # "X's plan is far from ...", Y said: the source judges
    inherited: list[str] = []
    nxt = doc.sents[k + 1].text if k + 1 < len(doc.sents) else ""
    back = previous_position(text, holder, recent, pronoun)
    if package:
        inherited = [i for i in package if not any(key[:2] == (holder, i) for key in st.out)]
    elif st.issues:
        inherited = back  # named issues besides: only a position just stated is referred to
    elif re.search(r"\b(plan|proposal|framework)\b", text, re.I) and PLAN_INTRO.search(nxt):
        inherited = [i for i, _s, _e, st_, _v in issue_mentions(nxt) if st_ is None][:1]
    elif back:
        inherited = back  # "X proposed a truce. Y rejected it"
    elif re.search(r"\b(plan|proposal)\b", text, re.I):
        inherited = doc.last_plan
    else:
        # "rejected these demands", "accepted the request": the other side's demands; not a
        # deal ("welcomed the agreement": the deal, below, not the demands told before it)
        others = [a for a in doc.demands if a != holder]
        asked = REFERS_BACK.search(text) or _ASKED_FOR.search(text)
        inherited = doc.demands[others[-1]] if others and asked else []
    if not inherited and PACKAGE_ISSUE and not st.issues:
        inherited = [PACKAGE_ISSUE]  # a deal or proposal whose terms are not given
    if stance == "accept" and st.parsed and cue_tok.pos_ == "VERB" and approves_force(cue_tok):
        return  # "the cabinet approved a plan to take control of CITY": no package accepted
    if stance == "accept" and st.parsed and cue_tok.pos_ == "VERB" and _asked(cue_tok, st):
        stance = "demand"  # ""Accept the deal now," the forum said": it asks for the deal
    if stance == "accept" and st.parsed and bound_acceptance(st, firm[0], cs):
        stance = "condition"  # "committed to the deal as long as the other side is"
    for issue in inherited:
        st.emit(holder, issue, stance, None, at=cs)
    if st.parsed and cue_tok.pos_ == "VERB":
        _answered_too(st, firm[1:], cue_tok, holder, inherited)


def _answered_too(
    st: SentenceClaims, cues: list[Any], first: Any, holder: str | None, issues: list[str]
) -> None:
    """The stances of other parties on the same thing, coordinated with the first ("was
    accepted by X and rejected by Y", "X accepted it and Y turned it down"): the issues the
    first refers to, each party's own stance."""
    for stance, cs, _ce in cues:
        tok = token_at(st.sent, st.base + cs)
        joined = (tok.dep_ in ("conj", "parataxis") and tok.head.i == first.i) or (
            # "X accepted; Y refused": the parser hangs the first on the second
            first.dep_ in ("ccomp", "parataxis")
            and first.head.i == tok.i
            and any(t.text == ";" for t in tok.doc[first.i : tok.i])
        )
        if not joined or tok.pos_ != "VERB":
            continue
        other = st.owner(cs)
        if other in (None, holder, UNATTRIBUTED):
            continue
        reading = read(tok, st.sent.start, has_marks(st.sent))
        if reading.mode != "actual":
            continue
        if reading.negated or refused(tok):
            stance = "reject" if stance == "accept" else stance
        for issue in issues:
            st.emit(other, issue, stance, None, at=cs)
