"""The steps of :func:`accord.evidence.claims.extract_claims`, each reading one kind of
position in a sentence (:class:`accord.evidence.claim_sentence.SentenceClaims`) and
recording it with ``emit``; they run in the order of that function, and a later step
may override or drop what an earlier one recorded. The step that gives each issue mention
the stance of its cue (:func:`accord.evidence.claim_cue.issue_stances`) is in
:mod:`accord.evidence.claim_cue`.
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence import vocab
from accord.evidence.agreement_terms import answered, set_against
from accord.evidence.claim_bars import barred_positions, kept_deliveries
from accord.evidence.claim_clauses import (
    accused_positions,
    aims,
    clause_conditions,
    reassign_demands,
    refused_deliveries,
)
from accord.evidence.claim_cue import FIRM, in_return
from accord.evidence.claim_references import PLAN_INTRO
from accord.evidence.claim_sentence import PACKAGE_ISSUE, SentenceClaims
from accord.evidence.conditions import MARK_WORDS, RATE_WORDS
from accord.evidence.cue_phrases import in_restricted_deal
from accord.evidence.cues import (
    DEADLINE,
    HALTING_FIRST,
    REFERS,
    REFUSING,
    ULTIMATUM_NOUNS,
    deadline_act,
    halted,
    on_deal,
    other_conjunct,
    package_stance,
    sought_acts,
    value_of,
)
from accord.evidence.deal_demands import (
    bare_efforts,
    demand_seekers,
    effort_aim,
    package_issue_of,
)
from accord.evidence.holders import (
    ACTORS,
    GROUP,
    GROUPS,
    actor_in,
    core,
    members,
    token_at,
)
from accord.evidence.homecoming import dead_words, home_issue, living_words, wanted_home
from accord.evidence.mode_words import ASKING
from accord.evidence.modes import exchange_for, exchange_of
from accord.evidence.term_forms import obliged_verb
from accord.evidence.threats import (
    clause_threats,
    may_threaten,
    thing_threatens,
    warned_to,
    warner,
)
from accord.evidence.unkept import complainer

ATTAINING = vocab.stance_forms("attain")
ACCUSING = vocab.stance_forms("accuse")
_NOT = frozenset({"not", "t", "never", "cannot", "neither"})  # sentence words of a negation

_MEDIATORS = frozenset(GROUPS.get("mediators", ()))  # the parties that deliver no term
_CONCERNED = frozenset(vocab.lexicon().package_issue_of)  # one concern: their own people


def _adjective_on_deal(adj: Any) -> bool:
    """A predicate adjective whose preposition the parse hangs on its verb ("remained keen
    | on a deal"): the preposition right after it, on a deal."""
    if adj.dep_ != "acomp":
        return False
    return any(c.dep_ == "prep" and c.i == adj.i + 1 and on_deal(c) for c in adj.head.children)


def package_demands(st: SentenceClaims) -> None:
    """A sentence that names no issue may still demand the package: "the union pressed for
    keeping to the accord", "urged both sides to conclude the deal"; a party whose one concern
    is its people asks for them whatever it urges ("urged the government not to let the
    opportunity pass"). Seeking a deal ("efforts to reach an agreement") is read also beside
    issues named elsewhere in the sentence ("the pause was normal and they would continue their
    efforts to reach an agreement")."""
    if not PACKAGE_ISSUE or not st.parsed:
        return
    sent, base = st.sent, st.base
    if st.issues:
        for seeker in demand_seekers(sent):
            lo = seeker.left_edge.idx - base
            hi = seeker.head.right_edge.idx + len(seeker.head.right_edge.text) - base
            holder = st.owner(seeker.idx - base)
            if holder is None or any(lo <= s < hi for _i, s, _e, _st, _v in st.issues):
                continue
            st.emit(holder, package_issue_of(holder, PACKAGE_ISSUE), "demand", None, at=lo)
        return
    for stance, cs, _ce in st.cues:
        verb = token_at(sent, base + cs)
        if (
            stance == "demand"
            # a verb, or a predicate adjective ("remains committed to a deal")
            and (verb.pos_ == "VERB" or (verb.pos_ == "ADJ" and verb.dep_ == "acomp"))
            # "does not want a deal", "is not committed to a deal"
            and not any(
                c.dep_ == "neg"
                for c in (*verb.children, *(verb.head.children if verb.dep_ == "acomp" else ()))
            )
        ):
            holder = st.owner(cs)
            if on_deal(verb) or _adjective_on_deal(verb) or holder in _CONCERNED:
                st.emit(holder, package_issue_of(holder, PACKAGE_ISSUE), "demand", None, at=cs)
                break
    # "efforts to reach an agreement"
    for seeker in demand_seekers(sent):
        holder = st.owner(seeker.idx - base)
        issue = package_issue_of(holder, PACKAGE_ISSUE)
        st.emit(holder, issue, "demand", None, at=seeker.idx - base)
    # "the mediators would continue their efforts": a mediator's efforts are its mediation
    for effort in bare_efforts(sent):
        holder = st.owner(effort.idx - base)
        # ("the mediators will continue their efforts": the group's members)
        listed = (
            GROUPS.get(holder[len(GROUP) :], []) if holder and holder.startswith(GROUP) else None
        )
        if holder and all(m in _MEDIATORS for m in (listed or members(holder))):
            st.emit(holder, PACKAGE_ISSUE, "demand", None, at=effort.idx - base)


def plan_frame(st: SentenceClaims) -> bool:
    """ "Under the plan, ..." after "X's plan": X offers its main issue, and the sentence
    says no more (True). A package whose owner is not named this way is the tabling
    frame's, read with the deal terms: the offers of its frame are dropped from the cues."""
    doc, text, k = st.doc, st.text, st.k
    plan_owner = None
    if PLAN_INTRO.search(text) and st.issues and k > 0:
        prev = doc.sents[k - 1]
        m = re.search(r"([\w.’']+)\s+(proposal|plan)\b", prev.text)
        if m:
            found = doc.index.actors_in(prev.start_char + m.start(), prev.start_char + m.end())
            plan_owner = found[0].actor if found else None
    intro = PLAN_INTRO.search(text) if plan_owner is None and k > 0 else None
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


_FUTURE = frozenset({"will", "shall", "'ll", "’ll"})
_PERSONAL = frozenset({"we", "i", "he", "she", "they"})


def vowed_issues(st: SentenceClaims) -> None:
    """An act a party says it will bring about, where no cue spoke and the other side delivers
    it ("we will bring our people home"): the party's aim, a demand. The verb's subject is the
    party or a person speaking for it; a negated, conditional or asked verb vows nothing."""
    if not st.parsed or not st.issues:
        return
    for issue, s, e, implied, ivalue in st.issues:
        if implied is not None or any(k[1] == issue for k in st.out):
            continue
        verb = token_at(st.sent, st.base + s)
        last = token_at(st.sent, st.base + e - 1)
        if verb is None or (last is not None and exchange_for(last)):
            continue  # "will free A in exchange for B": B is a term, not an aim
        while verb is not None and verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
        if verb is None or verb.pos_ != "VERB" or verb.dep_ in ("advcl", "relcl", "acl", "pcomp"):
            continue
        kids = list(verb.children)
        if not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in kids) or any(
            c.dep_ in ("neg", "mark") for c in kids
        ):
            continue
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subj is None or not (
            subj.lower_ in _PERSONAL or actor_in(core(subj), st.doc.index, subj.idx)
        ):
            continue
        holder = st.owner(verb.idx - st.base)
        if holder is None or holder == st.doc.giver.get(issue) or holder.startswith(ACTORS):
            continue
        value = value_of(issue, st.text[max(0, s - 40) : e], ivalue)
        st.emit(holder, issue, "demand", value, at=verb.idx - st.base)


def homecoming_demands(st: SentenceClaims) -> None:
    """A party whose one concern is its people (``package_issue_of``) asking for them to come
    home ("bring every one of them home", "no one left behind"), where nothing else gave it
    that issue: its demand; with their dead named, its demand for the bodies (``dead_issue_of``),
    and for the living too when they are named beside them."""
    if not st.parsed:
        return
    verbs = wanted_home(st.sent)
    if not verbs:
        return
    at = verbs[0].idx - st.base
    holder = st.att.actor if st.att is not None and st.att.actor else st.owner(at)
    issue = home_issue(holder, st.sent.words)
    if holder is None or issue is None:
        return
    words = st.sent.words
    dead = vocab.lexicon().dead_issue_of.get(issue) if not words.isdisjoint(dead_words()) else None
    wanted = [dead] if dead else []
    if not dead or not words.isdisjoint(living_words()):
        wanted.append(issue)
    for want in wanted:
        if not any(k[0] == holder and k[1] == want for k in st.out):
            st.emit(holder, want, "demand", None, at=at)


def obliged_terms(st: SentenceClaims) -> None:
    """A party bound to deliver an issue ("X is required to return the remains", "Y is due
    to free 90 people", "Z is to release 33"): a term it accepted, where nothing else gave the
    party a stance on that issue."""
    if not st.parsed or not st.issues:
        return
    bound: set[int] = set()  # the verbs of the terms read as accepted
    for issue, s, _e, _implied, _value in st.issues:
        tok = token_at(st.sent, st.base + s)
        verb = obliged_verb(tok) if tok is not None else None
        if verb is None:
            continue
        holder = st.owner(verb.idx - st.base)
        if holder is None or st.doc.giver.get(issue) != holder:
            continue
        # ("X is to free N in return": bound to it, X does not offer it, it accepted it)
        offered = st.out.pop((holder, issue, "offer"), None)
        if offered is None and any(k[0] == holder and k[1] == issue for k in st.out):
            continue
        st.emit(holder, issue, "accept", None, mode="planned", at=verb.idx - st.base)
        bound.add(verb.i)
    for issue, s, _e, _implied, _value in st.issues:
        # "X is to free N in exchange for M inmates": M the other party's term, not X's demand
        tok = token_at(st.sent, st.base + s)
        verb = _exchanged_by(tok) if tok is not None else None
        giver = st.doc.giver.get(issue)
        if verb is None or verb.i not in bound or giver is None:
            continue
        for key in [k for k in st.out if k[1] == issue and k[2] == "demand" and k[0] != giver]:
            st.out.pop(key)
        st.emit(giver, issue, "accept", None, mode="planned", at=s)


def _exchanged_by(tok: Any) -> Any | None:
    """The verb whose "in exchange for" / "in return for" object holds ``tok``."""
    for_ = exchange_of(tok, depth=5)
    prep = for_.head.head if for_ is not None else None  # "in"
    return prep.head if prep is not None and prep.lower_ == "in" else None


def package_stances(st: SentenceClaims) -> None:
    """A second firm verb whose object is a package that names no issue ("A agreed to the
    truce, but B rejected the proposal"): a stance on the package."""
    if not st.issues or not PACKAGE_ISSUE or not st.parsed:
        return
    for stance, cs, _ce in st.cues:
        if stance not in FIRM or cs in st.used:
            continue
        verb = token_at(st.sent, st.base + cs)
        got = package_stance(verb, stance, st.issues, st.base)
        if got is not None:
            st.emit(st.owner(cs), PACKAGE_ISSUE, got, None, at=cs)


def halts(st: SentenceClaims) -> None:
    """A party halting what it delivers rejects it, whatever else the sentence gave it."""
    if not st.issues or not st.parsed or st.sent.words.isdisjoint(HALTING_FIRST):
        return
    for verb in st.sent:
        for issue, s in halted(verb, st.issues, st.base):
            holder = st.owner(verb.idx - st.base)
            if holder is not None and st.doc.giver.get(issue) == holder:
                source = complainer(st, holder, verb)
                if source is not None:  # "Y said X held back the aid": Y asks for it
                    st.local[issue] = "demand"
                    st.emit(source, issue, "demand", None, at=s)
                    continue
                for other in ("offer", "accept", "demand"):
                    st.out.pop((holder, issue, other), None)
                st.local[issue] = "reject"
                st.emit(holder, issue, "reject", None, mode="actual", at=s)


# a refusal barred by a clause ("... before X", "while X lasts")
_BARS = frozenset({"before", "while", "without"})


def clause_positions(st: SentenceClaims) -> None:
    """Positions read from the clause structure (:mod:`accord.evidence.claim_clauses`,
    :mod:`accord.evidence.threats`), each where its words occur."""
    sent, issues, local, out = st.sent, st.issues, st.local, st.out
    owner, emit, giver, words = st.owner, st.emit, st.doc.giver, st.sent.words
    if issues and st.parsed and not words.isdisjoint(_NOT | {"no"}):
        refused_deliveries(sent, issues, local, owner, emit, giver)
    if (
        issues
        and st.parsed
        # (and what the fighting carried on is for: "will continue the war to free them")
        and (not words.isdisjoint(ATTAINING) or any(m[3] in ("reject", "threat") for m in issues))
    ):
        aims(sent, issues, local, out, owner, emit)
    if st.parsed and not words.isdisjoint(MARK_WORDS | RATE_WORDS):
        clause_conditions(sent, issues, local, out, owner, emit)
    if (
        issues
        and st.parsed
        and not words.isdisjoint(_BARS)
        and not (words.isdisjoint(_NOT | {"no"}) and words.isdisjoint(REFUSING))
    ):
        barred_positions(sent, issues, local, out, owner, emit)
    if issues and st.parsed and "only" in words:
        kept_deliveries(sent, issues, local, out, owner, emit)
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
    asked = warned_to(st.sent, st.base, threats) if st.parsed else []
    cue_tok = token_at(st.sent, st.base + threats[0][1]) if st.parsed else None
    if cue_tok is not None and thing_threatens(cue_tok):
        return  # "a dispute that threatened to unravel the truce": no party's threat
    for issue, s, _e, implied, _v in st.issues:
        if implied is not None:
            continue
        if cue_tok is not None and other_conjunct(cue_tok, token_at(st.sent, st.base + s)):
            continue  # "X said A will be freed, and Y warned ...": A is no part of the warning
        if st.local.get(issue, "demand") == "demand":
            st.emit(holder, issue, "threat", None)
        if st.local.get(issue, "demand") in ("demand", "threat") and any(
            lo <= s < hi for lo, hi in asked
        ):
            st.emit(holder, issue, "demand", None, at=threats[0][1])


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
        stance == "accept" and md == "planned" and i not in firm_issues
        for _a, i, stance, _sp, md, _s in terms
    ):
        # deal terms "X will release A in exchange for B": B is a term too, accepted by the
        # party that delivers it, not a demand of X (unless A is conditioned or refused: "only
        # in return for B")
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
    delivering, index = st.doc.deals.delivering, st.doc.index
    # a deal reached, told by mediators: they report its terms, they offer none
    reporters = _MEDIATORS.intersection((st.att.actor, *st.att.actors) if st.att else ())
    agreed = any(t[2] == "accept" and t[4] == "actual" for t in terms)
    for actor, issue, stance, speaker, mode, s in terms:
        if stance == "offer" and st.parsed and answered(token_at(sent, base + s), index, actor):
            continue  # "its response to the proposal for a truce": the proposal's term
        if (
            stance in ("accept", "offer")
            and st.parsed
            and effort_aim(token_at(sent, base + s), token_at(sent, base + s).sent.root)
        ):
            continue  # "agreed to free X as part of efforts to reach a truce": sought (above)
        if (
            stance == "offer"
            and st.parsed
            and actor in delivering
            and giver.get(issue) not in (None, actor)
            and in_return(st, s)
        ):
            # a party's own package "X for Y": what it asks in return, delivered by the
            # other side, is its demand (a mediator's package offers both sides' terms)
            stance = "demand"
        if (
            stance == "offer"
            and actor in delivering
            and giver.get(issue) not in (None, actor)
            and (actor, issue, "demand") in out
        ):
            continue  # "the group is also demanding the release of ...": its own package asks
        if stance == "accept" and mode == "planned" and issue in firm_issues:
            continue  # terms someone demands or rejects are not agreed terms
        if stance == "accept" and st.parsed and in_restricted_deal(token_at(sent, base + s)):
            continue  # "will only accept a deal that ends X": X asked for, not agreed
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
        if stance == "offer" and actor in _MEDIATORS:
            # a mediator's package "A in exchange for B" offers both sides' terms; it sets
            # no condition of its own
            opposite += ("condition",)
        if stance == "reject" and set_against(st.text, s):
            opposite = ()  # "accepts a pause but not an end to the war": both stand
        for other in opposite:
            out.pop((actor, issue, other), None)
        if stance == "accept" and actor not in _MEDIATORS and agreed:
            for mediator in reporters:
                # "the mediators said X and Y agreed to a pause under which A is freed in
                # exchange for B"
                out.pop((mediator, issue, "offer"), None)
        value = value_of(issue, st.text[max(0, s - 40) : s + 40], None)
        st.emit(actor, issue, stance, value, mode=mode, speaker=speaker, at=s)
