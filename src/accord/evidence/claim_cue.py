"""Each issue mention's stance from its cue, and the holder that takes it: the
:func:`issue_stances` step of :func:`accord.evidence.claims.extract_claims`.

An issue takes the stance it implies, else that of its nearest cue read in its clause
(:func:`_cue_of`: a judgement of the issue, a condition that asks for what it names, an
offer under a firm verb or negated, an acceptance still asked for or hypothetical); the
cue's holder takes it (:func:`_take`: a demand refused, an offer of what the other side
gives read as a demand, an accepted term given to the party that delivers it). The other
steps are in :mod:`accord.evidence.claim_steps`.
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence import vocab
from accord.evidence.agreement_terms import answered, mutual_issues, set_against, short_of
from accord.evidence.claim_sentence import PACKAGE_ISSUE, Cue, SentenceClaims
from accord.evidence.conditions import persisting_until
from accord.evidence.count_vocab import vocabulary as count_vocabulary
from accord.evidence.cue_clauses import (
    FIRM,
    abandoned,
    asked_of_offer,
    asking_cue,
    bound_acceptance,
    condition_object,
    denied_lack,
    denied_report,
    depends_on_issue,
    governs,
    held_back_until,
    judged_package,
    judgement,
    package_before,
    ready_for_mutual,
    tabled_term,
    under_deal_cue,
)
from accord.evidence.cue_phrases import (
    accepted_mode,
    exchange_done,
    free_relative,
    negated_offer,
    received_package,
    restricted_acceptance,
)
from accord.evidence.cues import (
    REFUSING,
    alleged,
    governing_firm,
    other_conjunct,
    set_apart,
    value_of,
)
from accord.evidence.deal_demands import effort_aim
from accord.evidence.holders import ACTORS, GROUPS, UNATTRIBUTED, holder_of, token_at
from accord.evidence.lexicon import SOFT_OFFER
from accord.evidence.modes import conditions_for, exchange_for, has_marks, obliged, read

DENYING = vocab.stance_forms("deny")
FAILING = vocab.stance_forms("fail")
MEDIATING = frozenset(GROUPS.get("mediators", ()))  # the parties that deliver no term
PACKAGES = frozenset(
    f
    for n in (*vocab.verbs().package_nouns, *vocab.verbs().deal_nouns)
    for f in vocab.noun_forms(n)
)
_OTHER_CLAUSE = re.compile(r"(^|[\s,;])(as|while|whereas|but|because|although)\s", re.I)
_SUPPORTS = re.compile(r"\bsupport\w*\s+(\S+\s+){0,3}?(objectives|goals|aims|demands)\b", re.I)


def issue_stances(st: SentenceClaims) -> None:
    """Each issue mention's stance: the one it implies, else that of its nearest cue
    (:func:`_cue_of`), taken by the cue's holder (:func:`_take`)."""
    for issue, s, e, implied, ivalue in st.issues:
        value = value_of(issue, st.text[max(0, s - 40) : e], ivalue)
        if implied:
            if (
                implied in ("reject", "threat")
                and any(
                    c[0] == "condition"
                    and c[1] >= e
                    # (a threat stays one when the war is to resume "once the pause ends")
                    and (implied == "reject" or st.text[c[1] : c[2]].lower() in ("unless", "if"))
                    for c in st.cues
                )
            ):
                implied = "condition"  # "will continue the war until X": X conditions it
            tabler = tabled_term(st, s) if implied == "reject" and st.parsed else None
            if tabler is not None:
                # "X submitted a plan that would keep its forces in Y": a term X offers
                st.emit(st.owner(tabler.idx - st.base), issue, "offer", value, at=s)
                continue
            st.emit(st.owner(s), issue, implied, value, at=s)
            continue
        cue = _cue_of(st, issue, s, e, value)
        if cue is not None:
            _take(st, issue, s, value, cue)


def _subject_clause(cue: Any, mention: Any) -> bool:
    """Whether the cue after a mention is in a clause with a subject of its own that does not
    hold the mention ("X will not leave Y, telling reporters that Z must not rearm")."""
    verb = cue.head if cue.dep_ in ("aux", "auxpass", "neg") else cue
    if (
        verb.pos_ not in ("VERB", "AUX")
        or verb.dep_ != "ccomp"
        or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return False
    if any(a.dep_ == "relcl" for a in verb.ancestors):
        return False  # a relative clause says whose the mention is ("which Y says X accepted")
    return not any(a.i == verb.i for a in mention.ancestors) and mention.i != verb.i


def _cue_of(st: SentenceClaims, issue: str, s: int, e: int, value: str | None) -> Cue | None:
    """The cue that gives the issue mention at ``s:e`` its stance, read in its clause."""
    sent, text, base, cues = st.sent, st.text, st.base, st.cues
    before = [
        c
        for c in cues
        if c[0] != "threat"
        # a cue ending in the infinitive marker the issue starts with ("willing to"
        # + "to withdraw") still precedes it
        and (
            c[2] <= s
            or (c[1] < s and text[s : c[2]].strip().lower() == "to")
            # a modal the mention's words take in ("the crew must be released")
            or (s < c[1] and c[2] <= e and c[0] == "demand")
        )
        and not (c[0] in FIRM and free_relative(sent, base + c[1]))
        # (not a cue of a coordinated clause of its own: "A refused X, and B said Y ...")
        and not (
            st.parsed and other_conjunct(token_at(sent, base + c[1]), token_at(sent, base + s))
        )
    ]
    # a cue after the issue names whose it is ("X, a key demand by Y"), not across a
    # conjunction opening another clause ("X ..., as Y vows to ...")
    after = [
        c
        for c in cues
        if c[1] >= e
        and c[0] != "threat"
        and not _OTHER_CLAUSE.search(text[e : c[1]])
        and not (
            st.parsed and _subject_clause(token_at(sent, base + c[1]), token_at(sent, base + s))
        )
    ]
    cue = before[-1] if before else (after[0] if after and after[0][1] - e < 60 else None)
    if (
        cue is not None
        and cue[0] == "offer"
        and cue in before
        and st.parsed
        and asked_of_offer(token_at(sent, base + s), token_at(sent, base + cue[1]))
    ):
        cue = ("demand", cue[1], cue[2])  # "ready to free them all if Y ends X": X asked for
    if (
        cue is not None
        and cue[0] == "accept"
        and cue in before
        and st.parsed
        and (bound := bound_acceptance(st, cue, e)) is not None
    ):
        cue = bound  # "committed to the deal as long as the other side is": a condition
    if cue is not None and under_deal_cue(text, cue):
        return None  # "Under the deal, X is to free ...": terms of a deal, read as such later
    if st.parsed:
        judged = judgement(st, s, [c for c in cues if c[1] >= e])
        if judged is not None:
            return judged  # "called the proposal for X a non-starter": the verb's subject rejects X
    if (
        cue is not None
        and cue[0] == "condition"
        and cue in before
        and (
            any(i2 != issue and s2 < cue[1] for i2, s2, _e2, _st, _v in st.issues)
            or package_before(st, cue[1])
        )
    ):
        # what the condition asks for ("accept a truce only if X", "sign the deal if X")
        cue = ("demand", cue[1], cue[2])
    if (
        cue is not None
        and cue[0] == "condition"
        and cue in before
        and st.parsed
        and (
            persisting_until(token_at(sent, base + cue[1]))
            or held_back_until(token_at(sent, base + cue[1]))
        )
    ):
        # "will not rest until X is home", "delays the handover until Y lets B in": X and B
        # are asked for
        cue = ("demand", cue[1], cue[2])
    if cue is not None and cue[0] == "condition" and st.parsed and not depends_on_issue(st, cue):
        cue = None  # "people remain dependent on aid": no one's condition
    if (
        cue is not None
        and cue[0] == "condition"
        and st.parsed
        and any(i2 != issue for i2, _s2, _e2, _st2, _v2 in st.issues)
        and condition_object(st, cue, s)
    ):
        # "conditioned A on B", "made A dependent on B": B is asked for, A conditioned (with
        # no A named, "conditioned any deal on B", B is the condition)
        cue = ("demand", cue[1], cue[2])
    if (
        cue is not None
        and cue[0] == "offer"
        and st.parsed
        and exchange_done(token_at(sent, base + cue[1]))
    ):
        return None  # "105 were freed in exchange for 240 inmates": an exchange carried out
    if cue is not None and cue[0] == "offer" and st.parsed:
        cue = governing_firm(sent, cue, cues, base)
        if cue[0] == "offer" and negated_offer(token_at(sent, base + cue[1])):
            cue = ("reject", cue[1], cue[2])  # "is not willing to", "never ready to"
        elif cue[0] == "offer" and received_package(token_at(sent, base + cue[1])):
            cue = None  # "X is studying the proposal": someone else's
    if (
        cue is not None
        and cue[0] in ("accept", "offer")
        and cue[2] <= s
        and set_against(text, s, cue[2])
    ):
        return ("reject", cue[1], cue[2])  # "accepts a pause but not an end to the war"
    ctok = token_at(sent, base + cue[1]) if cue is not None else None
    let_go = abandoned(ctok) if ctok is not None and st.parsed else None
    if let_go is not None:  # "dropped its demand for X": X let go of, by the demand's holder
        return ("accept", let_go.idx - base, let_go.idx - base + len(let_go.text))
    if (
        cue is not None
        and cue[0] in ("accept", "reject")
        and st.parsed
        and ctok is not None
        and ctok.pos_ == "VERB"
    ):
        reading = read(ctok, sent.start, has_marks(sent))
        asking = asking_cue(st, ctok) if reading.mode != "actual" and ctok.tag_ == "VB" else None
        if asking is not None and not reading.negated:
            # "A urged B to accept X", "hoped B would accept X", "expects B to agree to X":
            # A asks for X (B has taken no position yet)
            return asking
        if reading.mode in ("conditional", "hypothetical", "demanded") or (
            (ctok.tag_ == "VBG" and ctok.dep_ in ("csubj", "nsubj")) or alleged(ctok)
        ):
            # "if X agreed", "accepting X would": no position taken yet; a cue right
            # after the issue may still say whose it is ("whether it would agree to
            # X, a key demand by Y")
            cue = after[0] if after and after[0][1] - e < 40 and after[0][0] == "demand" else None
            att = st.att
            if cue is None and att is not None and att.actor and obliged(ctok):
                # "B said A must accept X" (each party of a joint source)
                joint = ACTORS + ",".join(att.actors) if att.actors else att.actor
                st.emit(joint, issue, "demand", value, at=s)
        elif (
            reading.negated
            # "would accept no deal that ...": the object denied
            or any(
                c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
                for c in ctok.children
            )
            or (ctok.dep_ == "xcomp" and ctok.head.lower_ in REFUSING)
            or (ctok.dep_ in ("xcomp", "ccomp") and ctok.head.lower_ in DENYING)
        ):
            # "did not accept X", "refused to accept X", "denied agreeing to X": a rejection
            cue = ("reject", cue[1], cue[2]) if cue[0] == "accept" else None
            if cue is not None and denied_lack(st, ctok, s):
                # "will not agree to any deal that does not free X": X is asked for, the deal
                # conditioned on it (as "will only accept a deal that frees X")
                if PACKAGE_ISSUE is not None:
                    st.emit(st.owner(cue[1]), PACKAGE_ISSUE, "condition", None, at=cue[1])
                cue = ("demand", cue[1], cue[2])
            elif cue is not None and short_of(token_at(st.sent, st.base + s), ctok):
                # "will not accept anything short of X": X is asked for
                cue = ("demand", cue[1], cue[2])
        elif ctok.dep_ == "xcomp" and ctok.head.lower_ in FAILING:
            cue = None  # "failed to agree on X": neither agreed nor refused
        elif cue[0] == "accept" and restricted_acceptance(ctok, token_at(st.sent, st.base + s)):
            # "will only accept a deal that frees X": X asked for, the deal conditioned on it
            if PACKAGE_ISSUE is not None:
                st.emit(st.owner(cue[1]), PACKAGE_ISSUE, "condition", None, at=cue[1])
            cue = ("demand", cue[1], cue[2])
    return cue


_PLEDGE = re.compile(r"(pledg|promis)", re.I)
_EXCHANGE = re.compile(r"in (return|exchange)", re.I)
_ONLY = re.compile(r"\bonly\s+$", re.I)


def mediating_only(holder: str | None, doc: Any) -> bool:
    """Whether ``holder`` (or each party of a joint holder) mediates and delivers no term of
    its own."""
    parts = holder[len(ACTORS) :].split(",") if holder and holder.startswith(ACTORS) else [holder]
    return all(p in MEDIATING and p not in doc.deals.delivering for p in parts)


def in_return(st: SentenceClaims, s: int) -> bool:
    """The issue named at ``s`` is what is asked in return ("in exchange for the crew":
    a word of its mention inside the object of "in exchange for" / "in return for")."""
    e = next((e for _i, s2, e, _st, _v in st.issues if s2 == s), s + 1)
    return any(
        exchange_for(t)
        for t in st.sent
        if st.base + s <= t.idx < st.base + e and t.pos_ in ("NOUN", "PROPN", "VERB")
    )


def package_asks(
    ctok: Any, above: bool = False, holder: str | None = None, index: Any = None
) -> bool:
    """The cue at ``ctok`` is in a clause whose verb (or, with ``above``, one above it) has an
    unnamed package for subject, or describes one whose author is not ``holder``: its terms."""
    for verb in (ctok, *ctok.ancestors) if above else (ctok.head if ctok.pos_ == "ADP" else ctok,):
        if (
            index is not None
            and verb.dep_ == "relcl"
            and verb.head.lower_ in PACKAGES
            and holder_of(verb.head, index) not in (None, holder)
        ):
            return True
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if (
            verb.pos_ == "VERB"  # (not "made any truce dependent on X": a small clause)
            and subj is not None
            and subj.lower_ in PACKAGES
            and not any(c.dep_ == "poss" or c.pos_ == "PROPN" for c in subj.children)
        ):
            return True
    return False


def _asked_parties(st: SentenceClaims, ctok: Any) -> set[str | None]:
    """The parties named as subjects of the clauses the verb of asking at ``ctok`` governs
    ("calls for X to free A": X)."""
    verb = ctok.head if ctok.pos_ == "ADP" else ctok
    return {
        st.owner(g.idx - st.base)
        for c in verb.children
        if c.dep_ in ("xcomp", "advcl", "ccomp")
        for g in c.children
        if g.dep_ in ("nsubj", "nsubjpass")
    }


def _apart_from_package(verb: Any, tok: Any) -> bool:
    """``tok`` lies in a clause set apart from ``verb`` (:func:`accord.evidence.cues.set_apart`)
    while the verb's object is a package: the verb takes the package, not what the clause
    names."""
    if not any(c.dep_ == "dobj" and c.lower_ in PACKAGES for c in verb.children):
        return False
    return any(set_apart(c) and c.left_edge.i <= tok.i <= c.right_edge.i for c in verb.children)


def _exchange_done(st: SentenceClaims, s: int, cue: Cue) -> bool:
    """An exchange cue ("in return", "in exchange for") on a delivery told as done: a verb of
    delivery in the simple past with no auxiliary, modal or negation ("X released 240 people
    in return")."""
    if not _EXCHANGE.match(st.text[cue[1] : cue[2]]):
        return False
    verb = token_at(st.sent, st.base + s)
    for _ in range(4):  # up to the mention's verb ("released 240 people": from "240")
        if verb is None or verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    return (
        verb is not None
        and verb.pos_ == "VERB"
        and count_vocabulary().action(verb.lower_) == "released"  # a verb of delivery
        and verb.tag_ == "VBD"
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)
    )


def _take(st: SentenceClaims, issue: str, s: int, value: str | None, cue: Cue) -> None:
    """The stance of ``cue`` on the issue at ``s``, held by the cue's owner (or the party
    that delivers an accepted term); a demand is remembered for later references."""
    doc, sent, text, base, giver = st.doc, st.sent, st.text, st.base, st.doc.giver
    stance = cue[0]
    if st.parsed and _apart_from_package(token_at(sent, base + cue[1]), token_at(sent, base + s)):
        return  # "accepted the deal after receiving guarantees": the deal, read as a package
    if stance == "offer" and st.parsed and _exchange_done(st, s, cue):
        return  # "X released 240 people in return": an exchange carried out, no stance
    st.used.add(cue[1])
    st.local[issue] = stance
    holder = st.owner(cue[1])
    if (
        stance == "reject"
        and st.parsed
        and st.att
        and st.att.actor not in (None, holder, UNATTRIBUTED)
    ):
        if judged_package(token_at(sent, base + cue[1])):
            holder = st.att.actor  # "X said Y's reply shows a lack of desire": X judges it
    if (
        stance == "demand"
        and st.parsed
        and package_asks(token_at(sent, base + cue[1]))
        and holder in _asked_parties(st, token_at(sent, base + cue[1]))
    ):
        return  # "the proposal calls for X to free A": X is asked, it demands nothing
    if stance == "demand" and st.parsed and conditions_for(token_at(sent, base + s)):
        stance = "condition"  # "X's conditions for ending the war": the end is conditioned
    if (
        stance == "demand"
        and st.parsed
        and issue in mutual_issues()
        and giver.get(issue) == holder
        and not governs(token_at(sent, base + cue[1]), token_at(sent, base + s))
    ):
        return  # "X's request complicates the talks on a truce": not X's demand for a truce
    if stance == "demand" and st.parsed:
        # "rejected Ruritanian requests to ...": the rejection is the verb's holder's
        ctok = token_at(sent, base + cue[1])
        refuser = ctok.head.head if ctok.head.pos_ == "ADP" else ctok.head
        refusing = refuser.lower_ in REFUSING or any(
            c[0] == "reject" and token_at(sent, base + c[1]).i == refuser.i for c in st.cues
        )  # a refusal cue of other words: "pushed back against the call for ..."
        if ctok.pos_ == "NOUN" and refusing:
            # also through a preposition: "balked at the demand for ..."
            refuser_holder = st.owner(refuser.idx - base)
            st.emit(refuser_holder, issue, "reject", value, at=cue[1])
            if refuser_holder == holder:
                return  # an unowned demand refused: no demand of the refuser's own
    if (
        stance == "offer"
        and giver.get(issue) not in (None, holder)
        and not ready_for_mutual(st, issue, holder, cue)
        and (
            (
                (soft := SOFT_OFFER.search(text[cue[1] : cue[2]])) is not None
                # (a mediator's package gives both sides' terms: "the envoy's plan would
                # extend the truce in return for the release of ...", its offer)
                and not (_EXCHANGE.match(soft.group()) and mediating_only(holder, doc))
            )
            # a party's pledge over what the other side gives is a demand ("X pledged to bring
            # the crew home"); a mediator's pledge stays its offer ("to lead the rebuilding")
            or (_PLEDGE.match(text[cue[1] : cue[2]]) and holder not in MEDIATING)
            # "X offered A in exchange for B": B, the other side's to give, is X's demand
            # (X a party to the exchange; a mediator's offer holds both sides' terms)
            or (st.parsed and holder in doc.deals.delivering and in_return(st, s))
        )
    ):
        if st.parsed and package_asks(
            token_at(sent, base + cue[1]), above=True, holder=holder, index=doc.index
        ):
            return  # "the proposal calls for X to free A in return for B": the package's terms
        stance = "demand"
    if (
        stance == "offer"
        and _ONLY.search(text[: cue[1]])
        and _EXCHANGE.match(text[cue[1] : cue[2]])
        and not (st.parsed and in_return(st, s))
    ):
        stance = "condition"  # "will free A only in return for B": A conditioned on B
    if stance == "accept" and st.parsed and denied_report(token_at(sent, base + cue[1])):
        stance = "reject"  # "pushed back on reports that X would agree to Y": X's refusal
    if stance == "accept" and issue not in mutual_issues():
        # a term is accepted by the party that delivers it ("A, B agree to a truce and B's
        # release of detained people"), named beside it; not an outsider's endorsement
        deliverer = giver.get(issue)
        if (
            deliverer not in (None, holder)
            and holder != UNATTRIBUTED
            and (
                any(m.actor == deliverer for m in doc.index.actors_in(base, base + len(text)))
                or (holder or "").startswith(ACTORS)
                and deliverer in (holder or "")[len(ACTORS) :].split(",")
            )
        ):
            holder = deliverer
    if (
        stance == "accept"
        and mediating_only(holder, doc)
        and issue not in mutual_issues()
        and giver.get(issue) not in (None, holder)
    ):
        return  # "X stands ready to help broker a deal on the release": a mediator
        # helps another's term along, it does not accept it
    if (
        stance in ("accept", "offer")
        and st.parsed
        and effort_aim(token_at(sent, base + s), token_at(sent, base + cue[1]))
    ):
        stance = "demand"  # "agreed to free X as part of efforts to reach a truce": the aim
    if stance == "offer" and st.parsed and answered(token_at(sent, base + s), doc.index, holder):
        return  # "submitted its response to the proposal for a truce": the proposal's term
    st.emit(holder, issue, stance, value, at=cue[1], mode=accepted_mode(stance, sent, base + s))
    if stance == "demand" and holder:
        doc.demands.setdefault(holder, [])
        if issue not in doc.demands[holder]:
            doc.demands[holder].append(issue)
        # supporting another side's objectives makes them one's own
        sup = _SUPPORTS.search(text[: cue[2] + 5])
        if sup:
            st.emit(st.owner(sup.start()), issue, "demand", value)
