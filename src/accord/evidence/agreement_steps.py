"""The steps of :meth:`accord.evidence.agreements.Agreements.sentence`, each reading one kind
of cue word in a sentence (:class:`accord.evidence.agreement_sentence.SentenceDeals`) and
appending its claims to ``out``: an agreement verb (:func:`agreement`) and a refusal of what
another accepted (:func:`refusal`) here; a proposed issue, a tabling verb and a party's
package in :mod:`accord.evidence.agreement_packages`. :func:`cue` finds the cue word a token
stands for and :func:`read_cue` sends it to its step. After the words, a deal that takes
effect (:func:`deal_starting`) and a deal the text takes as made (:func:`deal_taken_frame`);
mediators who see a deal through are in :mod:`accord.evidence.agreement_guarantees`.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.agreement_guarantees import as_guarantor
from accord.evidence.agreement_packages import (
    MEDIATORS,
    PACKAGE_ISSUE,
    package_named,
    proposed,
    tabling,
)
from accord.evidence.agreement_sentence import SentenceDeals
from accord.evidence.agreement_terms import (
    Frame,
    aimed_at,
    extent,
    lacked,
    mutual_issues,
    nominal,
    refused,
    set_against,
    short_of,
    term_holders,
    token_index,
    verbal,
)
from accord.evidence.attribution import ACTOR_NAME
from accord.evidence.conditions import conditioned
from accord.evidence.deal_in_force import deal_starts, deal_taken
from accord.evidence.deal_made import deal_named_made
from accord.evidence.holders import GROUP, GROUPS, group_of
from accord.evidence.modes import has_marks, headline_sentence, read
from accord.evidence.parties import pronoun_party, subject_of

_MAY = frozenset({"can", "could", "may", "might"})
# a reply passed on ("delivered its response") tables nothing new
_ANSWERS = frozenset(f for n in vocab.verbs().answer_nouns for f in vocab.noun_forms(n))


def cue(st: SentenceDeals, tok: Any, low: str) -> str | None:
    """The cue word ``tok`` (a word of the cue words, ``low`` in lower case) stands for: with
    its particle, a phrasal verb ("put forward", "turned down", "laid out"); ``None`` when it
    is neither a verb, a verbal form nor a deal or package noun."""
    prt = next(
        (c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod") and c.i == tok.i + 1),
        None,
    )
    if prt is not None and any(f"{low} {prt}" in forms for forms in st.classes.values()):
        low = f"{low} {prt}"
    for c in tok.children:  # "put a plan on the table": the verb with its phrase
        if c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children):
            obj = next(g for g in c.children if g.dep_ == "pobj")
            phrased = f"{low} {c.lower_} the {obj.lower_}"
            if any(phrased in forms for forms in st.classes.values()):
                low = phrased
    if (
        tok.pos_ not in ("VERB", "AUX")
        and low not in st.package_nouns | st.deal_nouns
        and not verbal(tok)
    ):
        return None
    return low


@lru_cache(maxsize=1)
def _package_needs() -> dict[str, frozenset[str]]:
    """Per package noun, the words one of which must qualify it for it to be a deal's package
    (``needs_for`` of the ``proposal`` event: "a three-phase plan", not "a plan to attack")."""
    spec = vocab.verbs().events.get("proposal")
    needs = spec.needs_for if spec is not None else {}
    return {
        f: frozenset(ws)
        for n in vocab.verbs().package_nouns
        if n in needs and spec is not None and n in spec.nouns  # (not the verb "offer")
        for f in vocab.noun_forms(n)
        for ws in [needs[n]]
    }


def _of_a_deal(noun: Any) -> bool:
    """A package noun that is a deal's package: one with no qualifying words required, or
    with one of them in its phrase."""
    need = _package_needs().get(noun.lower_)
    return need is None or any(t.lower_ in need for t in noun.subtree)


def _relative_on_package(st: SentenceDeals, tok: Any) -> bool:
    """A verb of passing on in a clause on a package noun ("the text which X carried to Y",
    "the framework prepared by X"): its subject or agent puts the package forward."""
    head = tok.head
    named = [head, *(c for c in head.children if c.dep_ == "compound")]  # "framework agreement"
    return (
        tok.dep_ in ("relcl", "acl")
        and any(n.lower_ in st.package_nouns for n in named)
        and head.lower_ not in _ANSWERS
    )


def _to(tok: Any) -> bool:
    """A verb with its addressee after "to" ("put a proposal to both sides"), also where the
    parse hangs "to" on the object ("put a new framework to X")."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for h in heads for c in h.children)


def read_cue(st: SentenceDeals, tok: Any, low: str) -> None:
    """Send the cue word ``low`` at ``tok`` to the step that reads its kind."""
    classes = st.classes
    if (
        low in classes.get("agree", ())
        or low in classes.get("enter", ())
        or low in classes.get("hold", ())
    ) and verbal(tok):
        agreement(st, tok, low)
    elif (
        low in classes.get("refuse", ())
        and verbal(tok)
        and not any(c.dep_ in ("dobj", "prep", "xcomp", "nsubjpass") for c in tok.children)
    ):
        refusal(st, tok)
    elif low in classes.get("table", ()) and tok.dep_ == "amod":
        proposed(st, tok)
    elif low in classes.get("table", ()) and tok.pos_ == "VERB" and tok.dep_ != "amod":
        tabling(st, tok)
    elif (
        (low in classes.get("convey", ()) or (low in classes.get("convey_to", ()) and _to(tok)))
        and tok.pos_ == "VERB"
        and tok.dep_ != "amod"
        and (
            any(
                c.dep_ == "dobj"
                and c.lower_ in st.package_nouns
                and c.lower_ not in _ANSWERS
                and _of_a_deal(c)
                for c in tok.children
            )
            or _relative_on_package(st, tok)
        )
    ):
        tabling(st, tok)  # "X sent a new proposal to Y": X puts it forward
    elif low in st.package_nouns and tok.pos_ in ("NOUN", "PROPN"):
        package_named(st, tok)


_KEEP_ON = frozenset(f for w in ("continue", "keep") for f in vocab.verb_forms(w))


def _agreement_act(
    st: SentenceDeals, tok: Any, low: str, subj: Any, passive: bool, obj_words: set[str]
) -> bool:
    """Whether an agreement verb reports an act of agreeing, not a duration or a proposal;
    ``obj_words`` are the words of its clause."""
    held = low in st.classes.get("hold", ())  # "will implement the agreement"
    if held and tok.dep_ in ("xcomp", "ccomp") and tok.head.lower_ in st.classes.get("cause", ()):
        return False  # "to make X honour the deal": asked of X, not done by it
    if held and tok.dep_ == "advcl":
        return False  # "as long as X abides by it", "if X honours the deal": a condition's content
    kids = {c.lower_ for c in tok.children if c.dep_ in ("mark", "aux")}
    if {"for", "to"} <= kids:
        return False  # "the way out is for X to accept the deal": asked of X, not done by it
    if (held or low.startswith(("reach", "clinch", "seal", "sign"))) and not (
        obj_words & st.deal_nouns or obj_words & st.package_nouns
    ):
        return False
    if low.startswith("enter") and not any(
        c.dep_ == "prep" and c.lower_ == "into" and _deal_object(st, tok) is not None
        for c in tok.children
    ):
        return False  # "entered into the deal", not "troops entered the town"
    if low.startswith("extend") and not passive and not any(c.dep_ == "dobj" for c in tok.children):
        return False  # "the truce would extend over ...": a duration, not an act
    # "X's proposed truce would extend ...": a proposal, not a deal
    return subj is None or not any(
        c.dep_ == "amod" and c.lower_ in st.classes.get("table", ()) for c in subj.children
    )


def _sought(st: SentenceDeals, tok: Any) -> bool:
    """An agreement verb in the clause a verb of seeking governs ("would keep working to
    extend the pause", "hoped the truce would be prolonged"): sought, not made."""
    head = tok.head
    return (
        tok.dep_ in ("xcomp", "ccomp", "advcl")
        and head.i != tok.i
        and head.pos_ == "VERB"
        and head.lower_ in st.classes.get("seek", ())
    )


def agreement(st: SentenceDeals, tok: Any, low: str) -> None:
    """An agreement verb ("A and B agreed to ...", "a truce was reached"): each of its parties
    accepts (or, negated, rejects) each issue in its clause that it delivers, every party a
    mutual one; a joint agreement, or one on a deal, opens a deal frame."""
    # a headline's "Truce extended by two days", parsed as a noun with its participle
    headline = (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.head.dep_ == "ROOT"
        and tok.head.lower_ in st.deal_nouns
        and headline_sentence(tok)
    )
    if (
        (tok.dep_ in ("amod", "acl") and not headline)
        or nominal(tok)
        or aimed_at(tok) is not None
        or _sought(st, tok)
    ):
        return  # "the deal agreed in January", "accepting X would", "working to reach a
        # truce", "hoped the pause would be extended": no act
    subj, passive = (tok.head, True) if headline else subject_of(tok)
    if (
        not passive
        and tok.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children)
    ):
        # a headline drops the auxiliary ("Truce extended for two days", "... as truce
        # extended"): the deal noun right before the participle is what was agreed
        before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
        if before is not None and before.lower_ in st.deal_nouns:
            subj, passive = before, True
    if (
        not passive
        and subj is not None
        and tok.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
        and {t.lower_ for t in subj.subtree} & st.deal_nouns
    ):
        passive = True
    obj_words = {t.lower_ for t in tok.subtree}
    if not _agreement_act(st, tok, low, subj, passive, obj_words):
        return
    if _no_deal(tok, subj if passive else None):
        return  # "no deal has been reached", "reached no agreement": nothing agreed, no refusal
    parties = st.agreeing(tok, subj, passive)
    if not parties:
        return
    speaker = st.speaker
    if low.startswith("extend") and not passive and set(parties) <= MEDIATORS:
        # "Ruritania extends the truce two more days": a mediator announces what the parties of
        # the truce agreed (it keeps no truce of its own), and speaks for the news
        speaker = speaker or ACTOR_NAME.get(parties[0])
        parties = st.frame.parties if st.frame and st.frame.kind == "deal" else list(st.delivering)
    reading = read(tok, st.sent.start, has_marks(st.sent))
    if _as_long_as(tok):
        reading = replace(reading, mode="conditional")
    if reading.mode in ("conditional", "hypothetical", "demanded"):
        _conditional_deal(st, tok, parties, reading.mode == "conditional" and not reading.negated)
        return
    if tok.dep_ in ("xcomp", "ccomp") and tok.head.lower_ in st.classes.get("table", ()):
        return  # "proposed extending the truce": a proposal (the tabling verb's), not a deal
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MAY for c in tok.children):
        return  # "the calm could be prolonged a day per ten people freed": possible, not done
    if tok.dep_ == "xcomp" and tok.head.lower_ in st.classes.get("fail", ()):
        return  # "failed to reach a deal": no agreement, and no refusal either
    # "did not agree to X", "refused to accept X": a rejection of X
    stance = "reject" if reading.negated or refused(tok) else "accept"
    joint = len(parties) > 1
    lo, hi = extent(tok)
    if passive and subj is not None:
        lo = min(lo, subj.left_edge.idx)  # (the headline's deal noun left outside the clause)
    # (and not an infinitive, "has not decided to accept the deal" decides nothing yet, unless
    # it keeps to a deal: "will continue to implement the agreement")
    kept = low in st.classes.get("hold", ()) and tok.head.lower_ in _KEEP_ON
    deal = _deal_object(st, tok) if tok.dep_ != "xcomp" or kept else None
    if (
        deal is not None
        and PACKAGE_ISSUE
        and not any(lo <= st.base + s < hi for _i, s, _e in st.issues)
    ):
        # "A and B reached an agreement", "X entered into the deal": a deal whose terms the
        # clause does not name stands for the package issue, accepted by each party
        for holder in parties:
            st.out.append((holder, PACKAGE_ISSUE, stance, speaker, "actual", deal.idx - st.base))
    for issue, s, _e in st.issues:
        if not lo <= st.base + s < hi:
            continue
        st.done.add(s)
        holders = (
            term_holders(issue, parties, st.giver)
            if joint
            else (parties if issue in mutual_issues() or st.giver.get(issue) in parties else [])
        )
        if not holders and stance == "accept" and st.traded(issue, s):
            holders = [st.giver[issue]]  # "X agreed to free A in exchange for B": B's giver's
        # "accepts a pause but not an end to the war": the second is refused
        own = "reject" if stance == "accept" and set_against(st.sent.text, s) else stance
        if own == "reject" and short_of(st.sent.doc[token_index(st.sent, st.base + s)], tok):
            own = "demand"  # "will not accept anything short of X": X is asked for
        elif own == "reject" and lacked(st.sent.doc[token_index(st.sent, st.base + s)], tok):
            own = "condition"  # "will not sign a deal that does not end X": X conditions it
        for holder in holders:
            st.out.append((holder, issue, own, speaker, "actual", s))
    answered = None if joint or stance != "accept" else _answered_package(st, tok)
    if answered is not None:
        # one side accepting another's package ("X accepts their proposal for a truce"): no
        # deal yet; what follows of the package is its owners' offer
        st.frame = Frame("package", answered, st.speaker, st.k, st.names)
    elif joint or obj_words & st.deal_nouns:
        if not joint or as_guarantor(tok):
            # (those who sign "as guarantors of the agreement" are no parties to it)
            parties = (
                st.frame.parties if st.frame and st.frame.kind == "deal" else list(st.delivering)
            )
        st.frame = Frame("deal", parties, st.speaker, st.k, st.names)
    st.handled = True


def _as_long_as(tok: Any) -> bool:
    """A clause "as long as ..." the parse hangs on "long" under the verb ("would respect the
    truce as long as Y did"): the verb's act bound to it, a condition."""
    return any(
        c.dep_ == "advmod"
        and c.lower_ == "long"
        and any(
            g.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in g.children)
            for g in c.children
        )
        for c in tok.children
    )


def _no_deal(tok: Any, subj: Any | None) -> bool:
    """The deal of an agreement verb denied by "no": its passive subject ("no deal has been
    reached") or its object ("reached no agreement")."""
    nouns = [subj] if subj is not None else [c for c in tok.children if c.dep_ == "dobj"]
    return any(
        any(c.dep_ == "det" and c.lower_ == "no" for c in n.children)
        for n in nouns
        if n is not None
    )


def _conditional_deal(st: SentenceDeals, tok: Any, parties: list[str], open_: bool) -> None:
    """ "X will accept a deal only if Y", "would sign the agreement if Y": a deal its clause
    names no term of, with a condition attached to the verb, is X's condition on the package
    issue (what the condition asks for is read as a demand by the other rules)."""
    if not open_ or not PACKAGE_ISSUE or tok.dep_ == "xcomp" or not conditioned(tok):
        return
    deal = _deal_object(st, tok)
    lo, hi = extent(tok)
    named = [s for _i, s, _e in st.issues if lo <= st.base + s < hi and st.base + s < tok.idx]
    if deal is None or named:
        return
    for holder in parties:
        st.out.append(
            (holder, PACKAGE_ISSUE, "condition", st.speaker, "conditional", deal.idx - st.base)
        )


def _named_before(st: SentenceDeals, pron: Any) -> list[str]:
    """The parties a possessive pronoun stands for: those of the nearest object phrase
    before it in the sentence ("told A and B mediators that it accepts their plan")."""
    for t in reversed(list(st.sent[: pron.i - st.sent.start])):
        addressed = t.dep_ in ("dobj", "dative") or (
            t.dep_ == "pobj" and t.head.lower_ in ("to", "with")  # (not "in the capital": a place)
        )
        if addressed and t.pos_ in ("NOUN", "PROPN"):
            found = st.parties(t)
            if not found and (group := group_of(t)) is not None:
                found = list(GROUPS.get(group[len(GROUP) :], []))
            if found:
                return found
    return []


def _answered_package(st: SentenceDeals, tok: Any) -> list[str] | None:
    """The owners of the package a verb of agreeing takes as its object ("accepts their
    proposal", "agreed to the mediators' plan"), when they are named and are not the verb's own
    subject; else ``None``."""
    objs = [c for c in tok.children if c.dep_ == "dobj"] + [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("to", "on")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for obj in objs:
        if obj.lower_ not in st.package_nouns:
            continue
        owners: list[str] = []
        for c in obj.children:
            if c.dep_ == "poss" and c.lower_ in ("their", "its"):
                owners += _named_before(st, c)  # "told the mediators it accepts their plan"
            elif c.dep_ in ("poss", "compound", "amod"):
                owners += st.parties(c) or pronoun_party(c, st.index, st.att)
                if not owners and (group := group_of(c)) is not None:
                    owners = list(GROUPS.get(group[len(GROUP) :], []))
            elif c.dep_ == "prep" and c.lower_ in ("from", "by"):
                # "accepted a new proposal from A and B", "a plan by A": its authors
                owners += [p for g in c.children if g.dep_ == "pobj" for p in st.parties(g)]
            elif c.dep_ == "acl":  # "a proposal put forward by A and B": its agents
                agents = [g for a in c.children if a.dep_ == "agent" for g in a.children]
                owners += [p for g in agents if g.dep_ == "pobj" for p in st.parties(g)]
        subject, _passive = subject_of(tok)
        mine = st.parties(subject) if subject is not None else []
        owners = [p for p in dict.fromkeys(owners) if p not in mine]
        if owners:
            return owners
    return None


def _deal_object(st: SentenceDeals, tok: Any) -> Any | None:
    """The deal noun an agreement verb takes as its object, directly or through "into"/"to"/
    "on"/"by"/"with" ("reached an agreement", "entered into the deal", "agreed to the accord",
    "abides by the truce", "complied with the deal")."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in st.deal_nouns:
            return c
        if c.dep_ == "prep" and c.lower_ in ("into", "to", "on", "upon", "by", "with"):
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ in st.deal_nouns:
                    return g
    return None


def refusal(st: SentenceDeals, tok: Any) -> None:
    """A refusal verb without an object ("A accepts the proposal, B rejects"): its subject
    rejects the issues of the sentence outside its own clause."""
    subj, _passive = subject_of(tok)
    parties = st.parties(subj) if subj is not None else []
    if not parties or read(tok, st.sent.start, has_marks(st.sent)).mode != "actual":
        return
    own = {
        t.idx
        for c in tok.children
        if c.dep_ not in ("ccomp", "conj", "advcl", "parataxis")
        for t in c.subtree
    }
    for issue, s, _e in st.issues:
        if st.sent.doc[token_index(st.sent, st.base + s)].idx in own:
            continue
        for p in parties:
            st.out.append((p, issue, "reject", st.speaker, "actual", s))


def deal_starting(st: SentenceDeals) -> None:
    """ "The agreement will take effect on Sunday", "the deal came into force": a deal whose
    terms the sentence does not name, made between the parties of the deal named before (else
    the delivering parties), each accepting the package issue (and the issues its own phrase
    names: "the truce agreement entered into force")."""
    if not PACKAGE_ISSUE:
        return
    for tok in st.sent:
        if tok.lower_ not in st.deal_nouns or not deal_starts(tok):
            continue
        if tok.head.dep_ in ("advcl", "pcomp", "relcl", "acl", "pobj"):
            continue  # "since the truce began", "the day after the deal took effect": a time
        lo, hi = tok.left_edge.idx - st.base, tok.right_edge.idx + len(tok.right_edge) - st.base
        if any(not (lo <= s and e <= hi) for _i, s, e in st.issues):
            continue  # terms named beside it: the steps that read terms give them
        if read(tok.head, st.sent.start, has_marks(st.sent)).mode in (
            "conditional",
            "hypothetical",
            "demanded",
        ):
            continue
        parties = (
            st.frame.parties
            if st.frame is not None and st.frame.kind == "deal" and len(st.frame.parties) > 1
            else list(st.delivering)
        )
        named = [(i, s) for i, s, _e in st.issues] or [(PACKAGE_ISSUE, tok.idx - st.base)]
        if PACKAGE_ISSUE not in {i for i, _s in named}:
            named.append((PACKAGE_ISSUE, tok.idx - st.base))
        for p in parties:
            for issue, at in named:
                st.out.append((p, issue, "accept", st.speaker, "planned", at))
        if st.frame is None:  # its terms may follow ("33 of the held are to be freed ...")
            st.frame = Frame("deal", list(parties), st.speaker, st.k, st.names)
        return


def deal_taken_frame(st: SentenceDeals) -> None:
    """ "The deal will see ...", "this agreement is structured so that ...", "welcomed the
    agreement announced in Y", "according to the terms of the deal": a deal the text takes as
    made, among the delivering parties, opens a deal frame or renews the one open."""
    named = deal_named_made(st.sent)  # (also where a cue was read: "the proposal X accepted")
    if (st.handled and not named) or not (named or deal_taken(st.sent)):
        return
    if st.frame is None:
        st.frame = Frame("deal", list(st.delivering), st.speaker, st.k, st.names)
    elif st.frame.kind == "deal":
        st.frame.since = st.k
