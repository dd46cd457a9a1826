"""The steps of :func:`accord.evidence.claims.extract_claims`, each reading one kind of
position in a sentence (:class:`accord.evidence.claim_sentence.SentenceClaims`) and
recording it with ``emit``; they run in the order of that function, and a later step
may override or drop what an earlier one recorded.
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence import vocab
from accord.evidence.agreement_terms import mutual_issues, verb_classes
from accord.evidence.claim_clauses import (
    REFERS_BACK,
    accepted_mode,
    accused_positions,
    aims,
    barred_positions,
    claims_at,
    clause_conditions,
    free_relative,
    negated_offer,
    previous_position,
    pronoun_object,
    reassign_demands,
    received_package,
    refused_deliveries,
)
from accord.evidence.claim_sentence import PACKAGE_ISSUE, Cue, SentenceClaims
from accord.evidence.cues import (
    DEADLINE,
    HALTING,
    REFERS,
    REFUSING,
    ULTIMATUM_NOUNS,
    alleged,
    deadline_act,
    governing_firm,
    halted,
    issue_mentions,
    on_deal,
    package_stance,
    sought_acts,
    value_of,
)
from accord.evidence.deal_demands import demand_seekers, package_issue_of
from accord.evidence.holders import ACTORS, GROUPS, MARK_WORDS, token_at
from accord.evidence.lexicon import SOFT_OFFER
from accord.evidence.modes import ASKING, decided, exchange_for, has_marks, obliged, read
from accord.evidence.threats import clause_threats, may_threaten, warner

ATTAINING = vocab.stance_forms("attain")
ACCUSING = vocab.stance_forms("accuse")
DENYING = vocab.stance_forms("deny")
FAILING = vocab.stance_forms("fail")
MEDIATING = frozenset(GROUPS.get("mediators", ()))  # the parties that deliver no term
_PLAN_INTRO = re.compile(
    r"^\s*(under (this|the|that) (\w+ )?(plan|proposal|deal|framework)|"
    r"(the|this|that) (\w+ )?(plan|proposal) (would|calls))",
    re.I,
)
_NOT = frozenset({"not", "t", "never", "cannot", "neither"})  # sentence words of a negation
_OTHER_CLAUSE = re.compile(r"(^|[\s,;])(as|while|whereas|but|because|although)\s", re.I)
_SUPPORTS = re.compile(r"\bsupport\w*\s+(\S+\s+){0,3}?(objectives|goals|aims|demands)\b", re.I)
_FIRM = ("reject", "accept")


def package_demands(st: SentenceClaims) -> None:
    """A sentence that names no issue may still demand the package: "the union pressed for
    keeping to the accord", "urged both sides to conclude the deal"."""
    if st.issues or not PACKAGE_ISSUE or not st.parsed:
        return
    sent, base = st.sent, st.base
    for stance, cs, _ce in st.cues:
        verb = token_at(sent, base + cs)
        if (
            stance == "demand"
            and verb.pos_ == "VERB"
            and on_deal(verb)
            and not any(c.dep_ == "neg" for c in verb.children)  # "does not want a deal"
        ):
            holder = st.owner(cs)
            st.emit(holder, package_issue_of(holder, PACKAGE_ISSUE), "demand", None, at=cs)
            break
    # "efforts to reach an agreement"
    for seeker in demand_seekers(sent):
        holder = st.owner(seeker.idx - base)
        issue = package_issue_of(holder, PACKAGE_ISSUE)
        st.emit(holder, issue, "demand", None, at=seeker.idx - base)


def referred_positions(st: SentenceClaims) -> None:
    """A firm stance on what names no issue ("rejected these demands", "accepted it") takes
    the issues of the plan, position or demands it refers to; a pronoun object refers back
    past the sentence even when issues are named after it ("rejected it and demanded X")."""
    doc, sent, text, base, k = st.doc, st.sent, st.text, st.base, st.k
    firm = [c for c in st.cues if c[0] in _FIRM]
    recent = claims_at(doc.claims, doc.sents[k - 1].start_char) if k > 0 else []
    pronoun = bool(firm and st.parsed and pronoun_object(token_at(sent, base + firm[0][1])))
    named_before = any(s < firm[0][1] for _i, s, _e, _st, _v in st.issues) if firm else False
    if (st.issues and (not pronoun or named_before)) or not firm:
        return  # an issue named before the pronoun may be what it stands for
    if not (REFERS.search(text) or REFERS_BACK.search(text) or pronoun):
        return
    stance, cs, _ce = firm[0]
    cue_tok = token_at(sent, base + cs)
    cue_reading = (
        read(cue_tok, sent.start, has_marks(sent)) if st.parsed and cue_tok.pos_ == "VERB" else None
    )
    if cue_reading is not None and cue_reading.negated:
        stance = "reject" if stance == "accept" else stance  # "did not agree to"
    if cue_reading is not None and cue_reading.mode != "actual" and not decided(cue_tok):
        return  # "if the union agreed to it", "to weigh or turn down the offer": no stance yet
    holder = st.owner(cs)
    inherited: list[str] = []
    nxt = doc.sents[k + 1].text if k + 1 < len(doc.sents) else ""
    back = previous_position(text, holder, recent, pronoun)
    if st.issues:
        inherited = back  # named issues besides: only a position just stated is referred to
    elif re.search(r"\b(plan|proposal|framework)\b", text, re.I) and _PLAN_INTRO.search(nxt):
        inherited = [i for i, _s, _e, st_, _v in issue_mentions(nxt) if st_ is None][:1]
    elif back:
        inherited = back  # "X proposed a truce. Y rejected it"
    elif re.search(r"\b(plan|proposal)\b", text, re.I):
        inherited = doc.last_plan
    else:
        others = [a for a in doc.demands if a != holder]
        inherited = doc.demands[others[-1]] if others else []
    if not inherited and PACKAGE_ISSUE and not st.issues:
        inherited = [PACKAGE_ISSUE]  # a deal or proposal whose terms are not given
    for issue in inherited:
        st.emit(holder, issue, stance, None, at=cs)


def plan_frame(st: SentenceClaims) -> bool:
    """ "Under the plan, ..." after "X's plan": X offers its main issue, and the sentence
    says no more (True). A package whose owner is not named this way is the tabling
    frame's, read with the deal terms: the offers of its frame are dropped from the cues."""
    doc, text, k = st.doc, st.text, st.k
    plan_owner = None
    if _PLAN_INTRO.search(text) and st.issues and k > 0:
        prev = doc.sents[k - 1]
        m = re.search(r"([\w.’']+)\s+(proposal|plan)\b", prev.text)
        if m:
            found = doc.index.actors_in(prev.start_char + m.start(), prev.start_char + m.end())
            plan_owner = found[0].actor if found else None
    intro = _PLAN_INTRO.search(text) if plan_owner is None and k > 0 else None
    if intro is not None:
        # "Under the proposal, X would ...": the package's terms, not an offer by the
        # clause's subject
        st.cues = tuple(c for c in st.cues if not (c[0] == "offer" and c[1] < intro.end()))
    if plan_owner is None:
        return False
    main = [i for i, _s, _e, stance, _v in st.issues if stance is None][:1]
    doc.last_plan = main
    for issue in main:
        st.emit(plan_owner, issue, "offer", None)
    return True


def ultimatums(st: SentenceClaims) -> None:
    """An ultimatum: "gave the union until Friday to take the offer" demands what the act
    concerns (its issues, else the package)."""
    sent, text, base, issues = st.sent, st.text, st.base, st.issues
    if not st.parsed or sent.words.isdisjoint(DEADLINE | ASKING | ULTIMATUM_NOUNS):
        return
    for verb in sent:
        act = deadline_act(verb)
        if act is None:
            continue
        lo, hi = act.left_edge.idx - base, act.right_edge.idx - base
        wanted = [i for i, s, _e, _st, _v in issues if lo <= s <= hi]
        if verb.lower_ in ASKING:
            # a request: only a package to accept ("urged X to back the deal"); the
            # issues of a request are read by the stance cues
            wanted = []
            if (
                PACKAGE_ISSUE
                and not any(lo <= s <= hi for _i, s, _e, _st, _v in issues)
                and any(c[0] == "accept" and lo <= c[1] <= hi for c in st.cues)
                and REFERS.search(text[lo : hi + 20])
            ):
                wanted = [PACKAGE_ISSUE]
        elif not wanted and PACKAGE_ISSUE and REFERS.search(text[lo : hi + 20]):
            wanted = [PACKAGE_ISSUE]
        for issue in wanted:
            st.emit(st.owner(verb.idx - base), issue, "demand", None, at=verb.idx - base)


def issue_stances(st: SentenceClaims) -> None:
    """Each issue mention's stance: the one it implies, else that of its nearest cue
    (:func:`_cue_of`), taken by the cue's holder (:func:`_take`)."""
    for issue, s, e, implied, ivalue in st.issues:
        value = value_of(issue, st.text[max(0, s - 40) : e], ivalue)
        if implied:
            if implied == "reject" and any(c[0] == "condition" and c[1] >= e for c in st.cues):
                implied = "condition"  # "will continue the war until X": X conditions it
            tabler = _tabled_term(st, s) if implied == "reject" and st.parsed else None
            if tabler is not None:
                # "X submitted a plan that would keep its forces in Y": a term X offers
                st.emit(st.owner(tabler.idx - st.base), issue, "offer", value, at=s)
                continue
            st.emit(st.owner(s), issue, implied, value, at=s)
            continue
        cue = _cue_of(st, issue, s, e, value)
        if cue is not None:
            _take(st, issue, s, value, cue)


def sought_issues(st: SentenceClaims) -> None:
    """Issues inside the act a verb of seeking asks for, that no cue gave a stance: demanded by
    the seeker ("encouraged X to free the captured crew", "aims to dismantle the militia")."""
    if not st.parsed or not st.issues:
        return
    for verb, lo, hi in sought_acts(st.sent, st.cues):
        for issue, s, e, implied, ivalue in st.issues:
            if implied is not None or not lo <= s < hi or any(k[1] == issue for k in st.out):
                continue
            at = verb.idx - st.base
            st.local[issue] = "demand"
            value = value_of(issue, st.text[max(0, s - 40) : e], ivalue)
            st.emit(st.owner(at), issue, "demand", value, at=at)


def _cue_of(st: SentenceClaims, issue: str, s: int, e: int, value: str | None) -> Cue | None:
    """The cue that gives the issue mention at ``s:e`` its stance, read in its clause."""
    sent, text, base, cues = st.sent, st.text, st.base, st.cues
    before = [
        c
        for c in cues
        if c[0] != "threat"
        # a cue ending in the infinitive marker the issue starts with ("willing to"
        # + "to withdraw") still precedes it
        and (c[2] <= s or (c[1] < s and text[s : c[2]].strip().lower() == "to"))
        and not (c[0] in _FIRM and free_relative(sent, base + c[1]))
    ]
    # a cue after the issue names whose it is ("X, a key demand by Y"), not across a
    # conjunction opening another clause ("X ..., as Y vows to ...")
    after = [
        c
        for c in cues
        if c[1] >= e and c[0] != "threat" and not _OTHER_CLAUSE.search(text[e : c[1]])
    ]
    cue = before[-1] if before else (after[0] if after and after[0][1] - e < 60 else None)
    if st.parsed:
        judged = _judgement(st, s, [c for c in cues if c[1] >= e])
        if judged is not None:
            return judged  # "called the proposal for X a non-starter": the verb's subject rejects X
    if (
        cue is not None
        and cue[0] == "condition"
        and cue in before
        and any(i2 != issue and s2 < cue[1] for i2, s2, _e2, _st, _v in st.issues)
    ):
        cue = ("demand", cue[1], cue[2])  # what the condition asks for
    if cue is not None and cue[0] == "condition" and st.parsed and not _depends_on_issue(st, cue):
        cue = None  # "people remain dependent on aid": no one's condition
    if (
        cue is not None
        and cue[0] == "condition"
        and st.parsed
        and any(i2 != issue for i2, _s2, _e2, _st2, _v2 in st.issues)
        and _condition_object(st, cue, s)
    ):
        # "conditioned A on B", "made A dependent on B": B is asked for, A conditioned (with
        # no A named, "conditioned any deal on B", B is the condition)
        cue = ("demand", cue[1], cue[2])
    if cue is not None and cue[0] == "offer" and st.parsed:
        cue = governing_firm(sent, cue, cues, base)
        if cue[0] == "offer" and negated_offer(token_at(sent, base + cue[1])):
            cue = ("reject", cue[1], cue[2])  # "is not willing to", "never ready to"
        elif cue[0] == "offer" and received_package(token_at(sent, base + cue[1])):
            cue = None  # "X is studying the proposal": someone else's
    ctok = token_at(sent, base + cue[1]) if cue is not None else None
    if (
        cue is not None
        and cue[0] in ("accept", "reject")
        and st.parsed
        and ctok is not None
        and ctok.pos_ == "VERB"
    ):
        reading = read(ctok, sent.start, has_marks(sent))
        asking = _asking_cue(st, ctok) if reading.mode != "actual" and ctok.tag_ == "VB" else None
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
            or (ctok.dep_ == "xcomp" and ctok.head.lower_ in REFUSING)
            or (ctok.dep_ in ("xcomp", "ccomp") and ctok.head.lower_ in DENYING)
        ):
            # "did not accept X", "refused to accept X", "denied agreeing to X": a rejection
            cue = ("reject", cue[1], cue[2]) if cue[0] == "accept" else None
            if cue is not None and _denied_lack(st, ctok, s):
                # "will not agree to any deal that does not free X": X is required
                cue = ("condition", cue[1], cue[2])
        elif ctok.dep_ == "xcomp" and ctok.head.lower_ in FAILING:
            cue = None  # "failed to agree on X": neither agreed nor refused
    return cue


_ON = frozenset({"on", "upon"})


def _judgement(st: SentenceClaims, s: int, after: list[Cue]) -> Cue | None:
    """A firm judgement in the object complement of the verb whose object names the issue at
    ``s``: "called the offer of X a trap", "described the demand for X as unacceptable" (the
    complement, or the object of its "as"); ``None`` when there is none."""
    tok = token_at(st.sent, st.base + s)
    for c in after:
        if c[0] not in _FIRM:
            continue
        word = token_at(st.sent, st.base + c[1])
        verb = word.head
        if word.dep_ in ("amod", "pobj") and verb.lower_ == "as" and verb.dep_ == "prep":
            verb = verb.head
        elif word.dep_ not in ("oprd", "xcomp"):
            continue
        if verb.pos_ == "VERB" and verb.i < tok.i < word.i and verb.left_edge.i <= tok.i:
            return c
    return None


def _governs(cue: Any, tok: Any) -> bool:
    """``tok`` is inside the phrase of the cue word, or of the verb it belongs to ("calls for
    a truce", "is demanding a truce", "its demand for a truce")."""
    heads = [cue] + ([cue.head] if cue.dep_ in ("prt", "prep", "aux", "mark") else [])
    return any(h.left_edge.i <= tok.i <= h.right_edge.i for h in heads)


def _tabled_term(st: SentenceClaims, s: int) -> Any | None:
    """The verb tabling a package whose clause holds the mention at ``s``: "X submitted a plan
    that would keep its troops in Y", "tabled maps under which ..." (the package's terms are
    the tabler's offer); else ``None``."""
    table = verb_classes().get("table", frozenset())
    t = token_at(st.sent, st.base + s)
    for _ in range(6):
        if t.dep_ in ("relcl", "acl") and t.head.pos_ == "NOUN":
            noun = t.head
            verb = noun.head
            if noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lower_ in table:
                return verb
            return None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _denied_lack(st: SentenceClaims, verb: Any, s: int) -> bool:
    """The issue at ``s`` is inside a negated relative clause below the refused ``verb``
    ("will not accept a deal that does not end the war"): refusing what lacks it requires it."""
    t = token_at(st.sent, st.base + s)
    for _ in range(8):
        if t.i == verb.i or t.head.i == t.i:
            return False
        if t.dep_ in ("relcl", "acl") and any(c.dep_ == "neg" for c in t.children):
            return True
        t = t.head
    return False


def _asking_cue(st: SentenceClaims, verb: Any) -> Cue | None:
    """The demand cue of a verb that asks for the clause of ``verb`` ("urged B to accept",
    "hoped that pressure would lead B to accept"), up the clauses it completes (three at
    most); ``None`` when no demand cue governs it."""
    t = verb
    for _ in range(3):
        if t.dep_ not in ("xcomp", "ccomp") or t.head.i == t.i:
            return None
        t = t.head
        for c in st.cues:
            if c[0] == "demand" and token_at(st.sent, st.base + c[1]).i == t.i:
                return c
    return None


def _depends_on_issue(st: SentenceClaims, cue: Cue) -> bool:
    """A cue "depends on", "dependent on" conditions an issue: what depends is one ("the
    release depends on ...", "made the truce dependent on ..."); other cues always do."""
    if not st.text[cue[1] : cue[2]].lower().startswith("depend"):
        return True
    word = token_at(st.sent, st.base + cue[1])
    adjective = word.pos_ not in ("VERB", "AUX")
    head = (
        word.head
        if adjective and word.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "amod")
        else word
    )
    ends = [c for c in (*head.children, *word.children) if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if adjective and word.dep_ == "amod":
        ends.append(head)  # "a truce dependent on ..."
    for _i, s, _e, _st, _v in st.issues:
        tok = token_at(st.sent, st.base + s)
        if any(t.left_edge.i <= tok.i <= t.right_edge.i for t in ends):
            return True
    return False


def _condition_object(st: SentenceClaims, cue: Cue, s: int) -> bool:
    """The issue at ``s`` is what a condition word sets as the condition: inside the object of
    "on"/"upon" hung on the word ("conditioned the release on a pullout", "made the truce
    dependent on the return of ..."; the parser may hang "on" on the conditioned noun)."""
    word = token_at(st.sent, st.base + cue[1])
    tok = token_at(st.sent, st.base + s)
    return any(
        c.dep_ == "prep" and c.lower_ in _ON and c.i > word.i and c.i < tok.i <= c.right_edge.i
        for c in word.subtree
    )


_PLEDGE = re.compile(r"(pledg|promis)", re.I)
_READY = re.compile(r"\b(willing|ready|prepared)\s+to\b", re.I)


def _ready_for_mutual(st: SentenceClaims, issue: str, holder: str | None, cue: Cue) -> bool:
    """A party to the deal ready to act on an issue both sides give ("X is willing to consider
    a longer pause", "ready to discuss a truce"): its offer, not a demand of the other side."""
    return (
        issue in mutual_issues()
        and holder in st.doc.deals.delivering
        and _READY.search(st.text[cue[1] : cue[2] + 4]) is not None
    )


def _in_return(st: SentenceClaims, s: int) -> bool:
    """The issue named at ``s`` is what is asked in return ("in exchange for the crew":
    a word of its mention inside the object of "in exchange for" / "in return for")."""
    e = next((e for _i, s2, e, _st, _v in st.issues if s2 == s), s + 1)
    return any(
        exchange_for(t)
        for t in st.sent
        if st.base + s <= t.idx < st.base + e and t.pos_ in ("NOUN", "PROPN", "VERB")
    )


def _take(st: SentenceClaims, issue: str, s: int, value: str | None, cue: Cue) -> None:
    """The stance of ``cue`` on the issue at ``s``, held by the cue's owner (or the party
    that delivers an accepted term); a demand is remembered for later references."""
    doc, sent, text, base, giver = st.doc, st.sent, st.text, st.base, st.doc.giver
    stance = cue[0]
    st.used.add(cue[1])
    st.local[issue] = stance
    holder = st.owner(cue[1])
    if (
        stance == "demand"
        and st.parsed
        and issue in mutual_issues()
        and giver.get(issue) == holder
        and not _governs(token_at(sent, base + cue[1]), token_at(sent, base + s))
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
        and not _ready_for_mutual(st, issue, holder, cue)
        and (
            SOFT_OFFER.search(text[cue[1] : cue[2]])
            # a party's pledge over what the other side gives is a demand ("X pledged to bring
            # the crew home"); a mediator's pledge stays its offer ("to lead the rebuilding")
            or (_PLEDGE.match(text[cue[1] : cue[2]]) and holder not in MEDIATING)
            # "X offered A in exchange for B": B, the other side's to give, is X's demand
            # (X a party to the exchange; a mediator's offer holds both sides' terms)
            or (st.parsed and holder in doc.deals.delivering and _in_return(st, s))
        )
    ):
        stance = "demand"
    if stance == "accept" and issue not in mutual_issues():
        # a term is accepted by the party that delivers it ("A, B agree to a truce
        # and B's release of detained people"): another party named beside it
        deliverer = giver.get(issue)
        if deliverer not in (None, holder) and (
            any(m.actor == deliverer for m in doc.index.actors_in(base, base + len(text)))
            or (holder or "").startswith(ACTORS)
            and deliverer in (holder or "")[len(ACTORS) :].split(",")
        ):
            holder = deliverer
    if (
        stance == "accept"
        and holder in MEDIATING
        and holder not in doc.deals.delivering
        and issue not in mutual_issues()
        and giver.get(issue) not in (None, holder)
    ):
        return  # "X stands ready to help broker a deal on the release": a mediator
        # helps another's term along, it does not accept it
    st.emit(holder, issue, stance, value, at=cue[1], mode=accepted_mode(stance, sent, base + s))
    if stance == "demand" and holder:
        doc.demands.setdefault(holder, [])
        if issue not in doc.demands[holder]:
            doc.demands[holder].append(issue)
        # supporting another side's objectives makes them one's own
        sup = _SUPPORTS.search(text[: cue[2] + 5])
        if sup:
            st.emit(st.owner(sup.start()), issue, "demand", value)


def package_stances(st: SentenceClaims) -> None:
    """A second firm verb whose object is a package that names no issue ("A agreed to the
    truce, but B rejected the proposal"): a stance on the package."""
    if not st.issues or not PACKAGE_ISSUE or not st.parsed:
        return
    for stance, cs, _ce in st.cues:
        if stance not in _FIRM or cs in st.used:
            continue
        verb = token_at(st.sent, st.base + cs)
        got = package_stance(verb, stance, st.issues, st.base)
        if got is not None:
            st.emit(st.owner(cs), PACKAGE_ISSUE, got, None, at=cs)


def halts(st: SentenceClaims) -> None:
    """A party halting what it delivers rejects it, whatever else the sentence gave it."""
    if not st.issues or not st.parsed or st.sent.words.isdisjoint(HALTING):
        return
    for verb in st.sent:
        for issue, s in halted(verb, st.issues, st.base):
            holder = st.owner(verb.idx - st.base)
            if holder is not None and st.doc.giver.get(issue) == holder:
                for other in ("offer", "accept", "demand"):
                    st.out.pop((holder, issue, other), None)
                st.local[issue] = "reject"
                st.emit(holder, issue, "reject", None, mode="actual", at=s)


def clause_positions(st: SentenceClaims) -> None:
    """Positions read from the clause structure (:mod:`accord.evidence.claim_clauses`,
    :mod:`accord.evidence.threats`), each where its words occur."""
    sent, issues, local, out = st.sent, st.issues, st.local, st.out
    owner, emit, giver, words = st.owner, st.emit, st.doc.giver, st.sent.words
    if issues and st.parsed and not words.isdisjoint(_NOT):
        refused_deliveries(sent, issues, local, owner, emit, giver)
    if issues and st.parsed and not words.isdisjoint(ATTAINING):
        aims(sent, issues, local, out, owner, emit)
    if st.parsed and not words.isdisjoint(MARK_WORDS):
        clause_conditions(sent, issues, local, out, owner, emit)
    if issues and st.parsed and "before" in words and not words.isdisjoint(_NOT):
        barred_positions(sent, issues, local, out, owner, emit)
    if issues and st.parsed and not words.isdisjoint(ACCUSING):
        accused_positions(sent, issues, local, out, owner, emit, st.doc.index)
    if st.parsed and may_threaten(words):
        clause_threats(sent, issues, local, out, emit, st.doc.index, giver, st.att)


def cue_threats(st: SentenceClaims) -> None:
    """A threat cue: its warner threatens over the issues demanded (or given no stance)."""
    threats = [c for c in st.cues if c[0] == "threat"]
    if not threats:
        return
    holder = warner(st.sent, threats[0][1], st.owner, st.doc.index)
    for issue, _s, _e, implied, _v in st.issues:
        if implied is None and st.local.get(issue, "demand") == "demand":
            st.emit(holder, issue, "threat", None)


def moved_demands(st: SentenceClaims) -> None:
    """Demands misplaced on the party that delivers the issue, moved to whoever asks."""
    reassign_demands(
        st.out, st.doc.giver, st.cue_at, st.cues, st.owner, st.emit, st.sent, st.att, st.span
    )


def deal_terms(st: SentenceClaims) -> None:
    """The terms of a deal the sentence describes (:class:`accord.evidence.agreements.
    Agreements`), over the stances read so far unless someone demands or rejects them."""
    sent, base, out, giver = st.sent, st.base, st.out, st.doc.giver
    plain = [
        (i, s, e)
        for i, s, e, implied, _v in st.issues
        if implied is None and not any(t[1] == s for t in st.talks)
    ]
    firm_issues = {key[1] for key in out if key[2] in ("demand", "condition", "reject", "threat")}
    terms = st.doc.deals.sentence(st.k, sent, plain, st.att)
    if st.parsed and any(
        stance == "accept" and md == "planned" for _a, _i, stance, _sp, md, _s in terms
    ):
        # deal terms "X will release A in exchange for B": B is a term too, accepted by the
        # party that delivers it, not a demand of X
        for issue, s, _e, _implied, _v in st.issues:
            asked = next((kk for kk in out if kk[1] == issue and kk[2] == "demand"), None)
            deliverer = giver.get(issue)
            if (
                asked is not None
                and deliverer is not None
                and deliverer != asked[0]
                and exchange_for(token_at(sent, base + s))
            ):
                old_claim = out.pop(asked)
                firm_issues.discard(issue)
                terms.append((deliverer, issue, "accept", old_claim.speaker, "planned", s))
    delivering = st.doc.deals.delivering
    for actor, issue, stance, speaker, mode, s in terms:
        if (
            stance == "offer"
            and st.parsed
            and actor in delivering
            and giver.get(issue) not in (None, actor)
            and _in_return(st, s)
        ):
            # a party's own package "X for Y": what it asks in return, delivered by the
            # other side, is its demand (a mediator's package offers both sides' terms)
            stance = "demand"
        if stance == "accept" and mode == "planned" and issue in firm_issues:
            continue  # terms someone demands or rejects are not agreed terms
        if stance == "reject" and (actor, issue, "condition") in out:
            continue  # "would not agree to X before Y": a conditional refusal, read above
        opposite = {
            "accept": ("offer", "demand", "reject"),
            "reject": ("accept", "offer"),
            "offer": ("demand", "accept"),
            # what a party's own package asks of the other side (its counter-proposal's terms,
            # "A for B"): not offered as well
            "demand": ("offer",),
        }.get(stance, ())
        for other in opposite:
            out.pop((actor, issue, other), None)
        value = value_of(issue, st.text[max(0, s - 40) : s + 40], None)
        st.emit(actor, issue, stance, value, mode=mode, speaker=speaker, at=s)
