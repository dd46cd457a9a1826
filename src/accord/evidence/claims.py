"""Claims: who stated which position (stance) on which issue, with the sentence as evidence.

For each sentence the extractor finds the issues it names (issue lexicon), the
cue words that carry a stance (demand, offer, accept, reject, condition,
threat) and, for each issue, the nearest cue. The holder of the position is
the grammatical owner of that cue — the subject of its verb, or the possessor
of a noun such as "demands" — resolved to an actor; failing that, the actor
the sentence's speaker speaks for. A rejection of "these demands" or "the plan"
that names no issue inherits the issues of the demands or plan it refers to.
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex
from accord.evidence.agreement_terms import mutual_issues
from accord.evidence.agreements import UNSTATED, Agreements
from accord.evidence.claim_clauses import (
    REFERS_BACK,
    STANCE_MODE,
    accepted_mode,
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
    talks_as_package,
)
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
    stance_cues,
    value_of,
)
from accord.evidence.deal_demands import demand_seekers, package_issue_of
from accord.evidence.holders import (
    ACTORS,
    GROUP,
    GROUPS,
    MARK_WORDS,
    holder_of,
    is_parsed,
    token_at,
)
from accord.evidence.lexicon import (
    DEFAULT_DELIVERED_BY,
    SOFT_OFFER,
)
from accord.evidence.modes import ASKING, decided, exchange_for, has_marks, obliged, read
from accord.evidence.parties import joint_subject, subject_of
from accord.evidence.patients import patient_issues
from accord.evidence.speech import Attribution, claim_speaker
from accord.evidence.threats import clause_threats, may_threaten, warner
from accord.evidence.types import Claim, Span

PACKAGE_ISSUE = vocab.lexicon().package_issue
ATTAINING = frozenset(
    f for lemma in vocab.verbs().stance_verbs.get("attain", []) for f in vocab.verb_forms(lemma)
)
_PLAN_INTRO = re.compile(
    r"^\s*(under (this|the|that) (\w+ )?(plan|proposal|deal|framework)|"
    r"(the|this|that) (\w+ )?(plan|proposal) (would|calls))",
    re.I,
)
_NOT = frozenset({"not", "t", "never", "cannot"})  # sentence words of a negation
_OTHER_CLAUSE = re.compile(r"(^|[\s,;])(as|while|whereas|but|because|although)\s", re.I)
_SUPPORTS = re.compile(r"\bsupport\w*\s+(\S+\s+){0,3}?(objectives|goals|aims|demands)\b", re.I)


def extract_claims(
    sents: list[Any],
    index: ActorIndex,
    atts: list[Attribution | None],
    name: str,
    delivered_by: dict[str, str] | None = None,
) -> list[Claim]:
    """Claims of one document, one per (actor, issue, stance) per sentence.

    ``delivered_by`` maps an issue to the party that gives it (see
    :func:`accord.evidence.lexicon.delivered_by_of`); it tells a soft offer from a demand.
    Default: the table of the shared issue vocabulary.
    """
    giver = delivered_by if delivered_by is not None else DEFAULT_DELIVERED_BY
    claims: list[Claim] = []
    deals = Agreements(index, giver)
    demands: dict[str, list[str]] = {}  # latest issues each actor demanded
    last_plan: list[str] = []  # main issues of the last plan described
    for k, sent in enumerate(sents):
        text = sent.text
        base = sent.start_char
        att = atts[k]
        issues = issue_mentions(text)
        named = {i[0] for i in issues}
        extra = [m for m in patient_issues(sent, index, giver) if m[0] not in named]
        cues = stance_cues(text)
        talks: list[tuple[str, int, int, str | None, str | None]] = []
        if is_parsed(sent) and (
            not sent.words.isdisjoint(MARK_WORDS) or any(c[0] == "offer" for c in cues)
        ):
            talks = talks_as_package(sent, issues, PACKAGE_ISSUE, cues)  # not a deal's term
            extra += talks
        if extra:
            issues = tuple(sorted(issues + tuple(extra), key=lambda f: f[1]))
        span = Span(name, base, base + len(text), text)
        out: dict[tuple[str, str, str], Claim] = {}
        cue_at: dict[tuple[str, str, str], int] = {}  # where each claim's cue stands

        def emit(
            actor: str | None,
            issue: str,
            stance: str,
            value: str | None,
            att: Attribution | None = att,
            span: Span = span,
            out: dict[tuple[str, str, str], Claim] = out,
            cue_at: dict[tuple[str, str, str], int] = cue_at,
            mode: str | None = None,
            speaker: str | None = None,
            at: int | None = None,
            base: int = base,
            sent: Any = sent,
        ) -> None:
            if not actor:
                return
            if actor.startswith(GROUP) or actor.startswith(ACTORS):
                members = (
                    GROUPS.get(actor[len(GROUP) :], [])
                    if actor.startswith(GROUP)
                    else actor[len(ACTORS) :].split(",")
                )
                for member in members:
                    emit(member, issue, stance, value, att, span, out, cue_at, mode, speaker, at)
                return
            if (
                att is not None
                and att.content
                and at is not None
                and not (att.content[0] <= base + at < att.content[1])
            ):
                # outside what the source reports ("While X agreed, Y said ..."): a report inside
                # the sentence that covers it, else none
                att = next(
                    (
                        a
                        for a in att.inner
                        if a.content and a.content[0] <= base + at < a.content[1]
                    ),
                    None,
                )
            if speaker == UNSTATED:
                att, speaker = None, None  # the sentence's source does not state it
            else:
                speaker = speaker or claim_speaker(
                    sent, index, att, actor, None if at is None else base + at
                )
            desc = att.description if att and actor == "unattributed" else None
            if at is not None:
                cue_at.setdefault((actor, issue, stance), at)
            out.setdefault(
                (actor, issue, stance),
                Claim(
                    actor,
                    speaker,
                    issue,
                    stance,
                    value,
                    span,
                    desc,
                    mode or STANCE_MODE.get(stance, "actual"),
                ),
            )

        def owner(
            pos: int, sent: Any = sent, att: Attribution | None = att, base: int = base
        ) -> str | None:
            cue = token_at(sent, base + pos) if is_parsed(sent) else None
            joint_they = cue is not None and _they_of_joint(cue)  # not the last party named
            got = None if joint_they else holder_of(token_at(sent, base + pos), index)
            if got is None and cue is not None and (joint_they or joint_subject(cue)):
                got = ACTORS + ",".join(deals.delivering)  # "both sides agreed": not the reporter
            if got is None and att is not None:
                got = ACTORS + ",".join(att.actors) if att.actors else att.actor
            if got is None:
                inside = index.actors_in(base, base + pos) or index.actors_in(
                    base, base + len(sent.text)
                )
                got = inside[0].actor if inside else None
            return got

        firm = [c for c in cues if c[0] in ("reject", "accept")]
        firm_stances = ("reject", "accept")
        if not issues and PACKAGE_ISSUE and is_parsed(sent):
            # "the union pressed for keeping to the accord": a demand about a deal names no issue
            for stance, cs, _ce in cues:
                verb = token_at(sent, base + cs)
                if stance == "demand" and verb.pos_ == "VERB" and on_deal(verb):
                    holder = owner(cs)
                    emit(holder, package_issue_of(holder, PACKAGE_ISSUE), "demand", None, at=cs)
                    break
            # "urged both sides to conclude the deal", "efforts to reach an agreement"
            for seeker in demand_seekers(sent):
                holder = owner(seeker.idx - base)
                issue = package_issue_of(holder, PACKAGE_ISSUE)
                emit(holder, issue, "demand", None, at=seeker.idx - base)
        recent = claims_at(claims, sents[k - 1].start_char) if k > 0 else []
        pronoun = bool(
            firm and is_parsed(sent) and pronoun_object(token_at(sent, base + firm[0][1]))
        )
        if not issues and firm and (REFERS.search(text) or REFERS_BACK.search(text) or pronoun):
            stance, cs, _ce = firm[0]
            cue_tok = token_at(sent, base + cs)
            cue_reading = (
                read(cue_tok, sent.start, has_marks(sent))
                if is_parsed(sent) and cue_tok.pos_ == "VERB"
                else None
            )
            if cue_reading is not None and cue_reading.negated:
                stance = "reject" if stance == "accept" else stance  # "did not agree to"
            if cue_reading is not None and cue_reading.mode != "actual" and not decided(cue_tok):
                pass  # "if the union agreed to it", "to weigh or turn down the offer": no stance yet
            else:
                holder = owner(cs)
                inherited: list[str] = []
                nxt = sents[k + 1].text if k + 1 < len(sents) else ""
                back = previous_position(text, holder, recent, pronoun)
                if re.search(r"\b(plan|proposal|framework)\b", text, re.I) and _PLAN_INTRO.search(
                    nxt
                ):
                    inherited = [i for i, _s, _e, st, _v in issue_mentions(nxt) if st is None][:1]
                elif back:
                    inherited = back  # "X proposed a truce. Y rejected it"
                elif re.search(r"\b(plan|proposal)\b", text, re.I):
                    inherited = last_plan
                else:
                    others = [a for a in demands if a != holder]
                    inherited = demands[others[-1]] if others else []
                if not inherited and PACKAGE_ISSUE:
                    inherited = [PACKAGE_ISSUE]  # a deal or proposal whose terms are not given
                for issue in inherited:
                    emit(holder, issue, stance, None, at=cs)
        plan_owner = None
        if _PLAN_INTRO.search(text) and issues and k > 0:
            prev = sents[k - 1]
            m = re.search(r"([\w.’']+)\s+(proposal|plan)\b", prev.text)
            if m:
                found = index.actors_in(prev.start_char + m.start(), prev.start_char + m.end())
                plan_owner = found[0].actor if found else None
        intro = _PLAN_INTRO.search(text) if plan_owner is None and k > 0 else None
        if intro is not None:
            # "Under the proposal, X would ...": the package's terms (read with the deal terms),
            # not an offer by the clause's subject
            cues = tuple(c for c in cues if not (c[0] == "offer" and c[1] < intro.end()))
        if plan_owner is not None:
            # "Under the plan, ..." after "X's plan": X offers its main issue (a package whose
            # owner is not named this way is the tabling frame's, read with the deal terms)
            main = [i for i, _s, _e, st, _v in issues if st is None][:1]
            last_plan = main
            for issue in main:
                emit(plan_owner, issue, "offer", None)
            claims.extend(out.values())
            continue
        if is_parsed(sent) and not sent.words.isdisjoint(DEADLINE | ASKING | ULTIMATUM_NOUNS):
            # an ultimatum: "gave the union until Friday to take the offer" demands what
            # the act concerns (its issues, else the package)
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
                        and any(c[0] == "accept" and lo <= c[1] <= hi for c in cues)
                        and REFERS.search(text[lo : hi + 20])
                    ):
                        wanted = [PACKAGE_ISSUE]
                elif not wanted and PACKAGE_ISSUE and REFERS.search(text[lo : hi + 20]):
                    wanted = [PACKAGE_ISSUE]
                for issue in wanted:
                    emit(owner(verb.idx - base), issue, "demand", None, at=verb.idx - base)
        local: dict[str, str] = {}
        used: set[int] = set()  # offsets of the cues an issue took
        for issue, s, e, implied, ivalue in issues:
            window = text[max(0, s - 40) : e]
            value = value_of(issue, window, ivalue)
            if implied:
                if implied == "reject" and any(c[0] == "condition" and c[1] >= e for c in cues):
                    implied = "condition"  # "will continue the war until X": X conditions it
                emit(owner(s), issue, implied, value, at=s)
                continue
            before = [
                c
                for c in cues
                if c[0] != "threat"
                # a cue ending in the infinitive marker the issue starts with ("willing to"
                # + "to withdraw") still precedes it
                and (c[2] <= s or (c[1] < s and text[s : c[2]].strip().lower() == "to"))
                and not (c[0] in firm_stances and free_relative(sent, base + c[1]))
            ]
            # a cue after the issue names whose it is ("X, a key demand by Y"), not across a
            # conjunction opening another clause ("X ..., as Y vows to ...")
            after = [
                c
                for c in cues
                if c[1] >= e and c[0] != "threat" and not _OTHER_CLAUSE.search(text[e : c[1]])
            ]
            cue = before[-1] if before else (after[0] if after and after[0][1] - e < 60 else None)
            if (
                cue is not None
                and cue[0] == "condition"
                and cue in before
                and any(i2 != issue and s2 < cue[1] for i2, s2, _e2, _st, _v in issues)
            ):
                cue = ("demand", cue[1], cue[2])  # what the condition asks for
            if cue is not None and cue[0] == "offer" and is_parsed(sent):
                cue = governing_firm(sent, cue, cues, base)
                if cue[0] == "offer" and negated_offer(token_at(sent, base + cue[1])):
                    cue = ("reject", cue[1], cue[2])  # "is not willing to", "never ready to"
                elif cue[0] == "offer" and received_package(token_at(sent, base + cue[1])):
                    cue = None  # "X is studying the proposal": someone else's
            ctok = token_at(sent, base + cue[1]) if cue is not None else None
            if (
                cue is not None
                and cue[0] in ("accept", "reject")
                and is_parsed(sent)
                and ctok is not None
                and ctok.pos_ == "VERB"
            ):
                reading = read(ctok, sent.start, has_marks(sent))
                if reading.mode in ("conditional", "hypothetical", "demanded") or (
                    (ctok.tag_ == "VBG" and ctok.dep_ in ("csubj", "nsubj")) or alleged(ctok)
                ):
                    # "if X agreed", "accepting X would": no position taken yet; a cue right
                    # after the issue may still say whose it is ("whether it would agree to
                    # X, a key demand by Y")
                    cue = (
                        after[0]
                        if after and after[0][1] - e < 40 and after[0][0] == "demand"
                        else None
                    )
                    if cue is None and att is not None and att.actor and obliged(ctok):
                        # "B said A must accept X" (each party of a joint source)
                        joint = ACTORS + ",".join(att.actors) if att.actors else att.actor
                        emit(joint, issue, "demand", value, at=s)
                elif reading.negated or (ctok.dep_ == "xcomp" and ctok.head.lower_ in REFUSING):
                    # "did not accept X", "refused to accept X": a rejection of X
                    cue = ("reject", cue[1], cue[2]) if cue[0] == "accept" else None
            if cue is not None:
                stance = cue[0]
                used.add(cue[1])
                local[issue] = stance
                holder = owner(cue[1])
                if stance == "demand" and is_parsed(sent):
                    # "rejected Ruritanian requests to ...": the rejection is the verb's holder's
                    ctok = token_at(sent, base + cue[1])
                    refuser = ctok.head.head if ctok.head.pos_ == "ADP" else ctok.head
                    if ctok.pos_ == "NOUN" and refuser.lower_ in REFUSING:
                        # also through a preposition: "balked at the demand for ..."
                        emit(owner(refuser.idx - base), issue, "reject", value, at=cue[1])
                if (
                    stance == "offer"
                    and SOFT_OFFER.search(text[cue[1] : cue[2]])
                    and giver.get(issue) not in (None, holder)
                ):
                    stance = "demand"
                if stance == "accept" and issue not in mutual_issues():
                    # a term is accepted by the party that delivers it ("A, B agree to a truce
                    # and B's release of detained people"): another party named beside it
                    deliverer = giver.get(issue)
                    if deliverer not in (None, holder) and (
                        any(m.actor == deliverer for m in index.actors_in(base, base + len(text)))
                        or (holder or "").startswith(ACTORS)
                        and deliverer in (holder or "")[len(ACTORS) :].split(",")
                    ):
                        holder = deliverer
                emit(
                    holder,
                    issue,
                    stance,
                    value,
                    at=cue[1],
                    mode=accepted_mode(stance, sent, base + s),
                )
                if stance == "demand" and holder:
                    demands.setdefault(holder, [])
                    if issue not in demands[holder]:
                        demands[holder].append(issue)
                    # supporting another side's objectives makes them one's own
                    sup = _SUPPORTS.search(text[: cue[2] + 5])
                    if sup:
                        emit(owner(sup.start()), issue, "demand", value)
        if issues and PACKAGE_ISSUE and is_parsed(sent):
            # a second firm verb whose object is a package that names no issue ("A agreed to
            # the truce, but B rejected the proposal"): a stance on the package
            for stance, cs, _ce in cues:
                if stance not in ("accept", "reject") or cs in used:
                    continue
                verb = token_at(sent, base + cs)
                got = package_stance(verb, stance, issues, base)
                if got is not None:
                    emit(owner(cs), PACKAGE_ISSUE, got, None, at=cs)
        if issues and is_parsed(sent) and not sent.words.isdisjoint(HALTING):
            for verb in sent:
                for issue, s in halted(verb, issues, base):
                    holder = owner(verb.idx - base)
                    if holder is not None and giver.get(issue) == holder:
                        for other in ("offer", "accept", "demand"):
                            out.pop((holder, issue, other), None)
                        local[issue] = "reject"
                        emit(holder, issue, "reject", None, mode="actual", at=s)
        if issues and is_parsed(sent) and not sent.words.isdisjoint(_NOT):
            refused_deliveries(sent, issues, local, owner, emit, giver)
        if issues and is_parsed(sent) and not sent.words.isdisjoint(ATTAINING):
            aims(sent, issues, local, out, owner, emit)
        if is_parsed(sent) and not sent.words.isdisjoint(MARK_WORDS):
            clause_conditions(sent, issues, local, out, owner, emit)
        if (
            issues
            and is_parsed(sent)
            and "before" in sent.words
            and not sent.words.isdisjoint(_NOT)
        ):
            barred_positions(sent, issues, local, out, owner, emit)
        if is_parsed(sent) and may_threaten(sent.words):
            clause_threats(sent, issues, local, out, emit, index, giver, att)
        threats = [c for c in cues if c[0] == "threat"]
        if threats:
            holder = warner(sent, threats[0][1], owner, index)
            for issue, _s, _e, implied, _v in issues:
                if implied is None and local.get(issue, "demand") == "demand":
                    emit(holder, issue, "threat", None)
        reassign_demands(out, giver, cue_at, cues, owner, emit, sent, att, span)
        plain = [
            (i, s, e)
            for i, s, e, implied, _v in issues
            if implied is None and not any(t[1] == s for t in talks)
        ]
        firm_issues = {
            key[1] for key in out if key[2] in ("demand", "condition", "reject", "threat")
        }
        terms = deals.sentence(k, sent, plain, att)
        if is_parsed(sent) and any(
            st == "accept" and md == "planned" for _a, _i, st, _sp, md, _s in terms
        ):
            # deal terms "X will release A in exchange for B": B is a term too, accepted by the
            # party that delivers it, not a demand of X
            for issue, s, _e, _implied, _v in issues:
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
        for actor, issue, stance, speaker, mode, s in terms:
            if stance == "accept" and mode == "planned" and issue in firm_issues:
                continue  # terms someone demands or rejects are not agreed terms
            if stance == "reject" and (actor, issue, "condition") in out:
                continue  # "would not agree to X before Y": a conditional refusal, read above
            opposite = {
                "accept": ("offer", "demand", "reject"),
                "reject": ("accept", "offer"),
                "offer": ("demand", "accept"),
            }.get(stance, ())
            for other in opposite:
                out.pop((actor, issue, other), None)
            value = value_of(issue, text[max(0, s - 40) : s + 40], None)
            emit(actor, issue, stance, value, mode=mode, speaker=speaker, at=s)
        claims.extend(out.values())
    return claims


def _they_of_joint(cue: Any) -> bool:
    """ "Both sides said they would keep to the truce": "they" of a clause whose reporting
    verb has a joint subject."""
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    subj, _passive = subject_of(verb)
    return (
        subj is not None
        and subj.lower_ == "they"
        and verb.dep_ == "ccomp"
        and verb.head.i != verb.i
        and joint_subject(verb.head)
    )
