"""The steps of :meth:`accord.evidence.agreements.Agreements.sentence`, each reading one kind
of cue word in a sentence (:class:`accord.evidence.agreement_sentence.SentenceDeals`) and
appending its claims to ``out``: an agreement verb (:func:`agreement`), a refusal of what
another accepted (:func:`refusal`), a proposed issue (:func:`proposed`), a tabling verb
(:func:`tabling`) and a party's package (:func:`package_named`); :func:`cue` finds the cue
word a token stands for and :func:`read_cue` sends it to its step. After the words, a deal
the text takes as made (:func:`deal_taken_frame`) and mediators who see a deal through
(:func:`guarantors`).
"""

from __future__ import annotations

from typing import Any

from accord.evidence import vocab
from accord.evidence.agreement_sentence import UNSTATED, SentenceDeals
from accord.evidence.agreement_terms import (
    FUTURE,
    INCLUDING,
    PROVIDING,
    Frame,
    aimed_at,
    counter_nouns,
    deal_starts,
    deal_taken,
    extent,
    mutual_issues,
    nominal,
    package_issue,
    refused,
    talk_nouns,
    term_holders,
    token_index,
    verbal,
)
from accord.evidence.frame_terms import Claim
from accord.evidence.holders import GROUP, GROUPS, group_of
from accord.evidence.modes import has_marks, read
from accord.evidence.parties import (
    absolute_subject,
    agent_of,
    package_of_relative,
    pronoun_party,
    subject_of,
)

GUARANTEE_ISSUE = vocab.lexicon().guarantee_issue
_PACKAGE_ISSUE = vocab.lexicon().package_issue  # what a package whose terms are not given offers
MEDIATORS = frozenset(GROUPS.get("mediators", ()))
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
    if (
        tok.pos_ not in ("VERB", "AUX")
        and low not in st.package_nouns | st.deal_nouns
        and not verbal(tok)
    ):
        return None
    return low


def read_cue(st: SentenceDeals, tok: Any, low: str) -> None:
    """Send the cue word ``low`` at ``tok`` to the step that reads its kind."""
    classes = st.classes
    if (low in classes.get("agree", ()) or low in classes.get("enter", ())) and verbal(tok):
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
        low in classes.get("convey", ())
        and tok.pos_ == "VERB"
        and tok.dep_ != "amod"
        and any(
            c.dep_ == "dobj" and c.lower_ in st.package_nouns and c.lower_ not in _ANSWERS
            for c in tok.children
        )
    ):
        tabling(st, tok)  # "X sent a new proposal to Y": X puts it forward
    elif low in st.package_nouns and tok.pos_ in ("NOUN", "PROPN"):
        package_named(st, tok)


def _agreement_act(
    st: SentenceDeals, tok: Any, low: str, subj: Any, passive: bool, obj_words: set[str]
) -> bool:
    """Whether an agreement verb reports an act of agreeing, not a duration or a proposal;
    ``obj_words`` are the words of its clause."""
    if low.startswith(("reach", "clinch", "seal", "sign")) and not (
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


def agreement(st: SentenceDeals, tok: Any, low: str) -> None:
    """An agreement verb ("A and B agreed to ...", "a truce was reached"): each of its parties
    accepts (or, negated, rejects) each issue in its clause that it delivers, every party a
    mutual one; a joint agreement, or one on a deal, opens a deal frame."""
    if tok.dep_ in ("amod", "acl") or nominal(tok) or aimed_at(tok) is not None:
        return  # "the deal agreed in January", "accepting X would", "working to reach a
        # truce": no act
    subj, passive = subject_of(tok)
    obj_words = {t.lower_ for t in tok.subtree}
    if not _agreement_act(st, tok, low, subj, passive, obj_words):
        return
    parties = st.agreeing(tok, subj, passive)
    if not parties:
        return
    reading = read(tok, st.sent.start, has_marks(st.sent))
    if reading.mode in ("conditional", "hypothetical", "demanded"):
        return
    if tok.dep_ == "xcomp" and tok.head.lower_ in st.classes.get("fail", ()):
        return  # "failed to reach a deal": no agreement, and no refusal either
    # "did not agree to X", "refused to accept X": a rejection of X
    stance = "reject" if reading.negated or refused(tok) else "accept"
    joint = len(parties) > 1
    lo, hi = extent(tok)
    # (a finite verb: "has not decided to accept the deal" decides nothing yet)
    deal = _deal_object(st, tok) if tok.dep_ != "xcomp" else None
    if (
        deal is not None
        and _PACKAGE_ISSUE
        and not any(lo <= st.base + s < hi for _i, s, _e in st.issues)
    ):
        # "A and B reached an agreement", "X entered into the deal": a deal whose terms the
        # clause does not name stands for the package issue, accepted by each party
        for holder in parties:
            st.out.append(
                (holder, _PACKAGE_ISSUE, stance, st.speaker, "actual", deal.idx - st.base)
            )
    for issue, s, _e in st.issues:
        if not lo <= st.base + s < hi:
            continue
        st.done.add(s)
        holders = (
            term_holders(issue, parties, st.giver)
            if joint
            else (parties if issue in mutual_issues() or st.giver.get(issue) in parties else [])
        )
        for holder in holders:
            st.out.append((holder, issue, stance, st.speaker, "actual", s))
    if joint or obj_words & st.deal_nouns:
        if not joint:
            parties = (
                st.frame.parties if st.frame and st.frame.kind == "deal" else list(st.delivering)
            )
        st.frame = Frame("deal", parties, st.speaker, st.k, st.names)
    st.handled = True


def _deal_object(st: SentenceDeals, tok: Any) -> Any | None:
    """The deal noun an agreement verb takes as its object, directly or through "into"/"to"/
    "on" ("reached an agreement", "entered into the deal", "agreed to the accord")."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in st.deal_nouns:
            return c
        if c.dep_ == "prep" and c.lower_ in ("into", "to", "on", "upon"):
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


def proposed(st: SentenceDeals, tok: Any) -> None:
    """A tabling verb as a modifier ("X's proposed truce"): the issue it modifies is offered
    by its owner."""
    owner = [c for c in tok.head.children if c.dep_ in ("poss", "compound")]
    parties = [p for o in owner for p in st.parties(o)]
    for issue, s, e in st.issues:
        if parties and st.base + s <= tok.head.idx < st.base + e:
            st.done.add(s)
            for p in dict.fromkeys(parties):
                st.out.append((p, issue, "offer", st.speaker, "planned", s))


def _tablers(st: SentenceDeals, tok: Any) -> tuple[list[str], str | None] | None:
    """Who tables a package with a tabling verb, and who reports it; ``None`` when the verb
    is negated through an adjective ("was not ready to present one")."""
    subj, passive = subject_of(tok)
    subj = subj if subj is not None else absolute_subject(tok)  # "with X tabling"
    if subj is None and tok.dep_ == "xcomp" and tok.head.dep_ in ("acomp", "amod"):
        # "X was ready to present a plan": the subject of the adjective's verb
        subj, passive = subject_of(tok.head.head)
        if any(c.dep_ == "neg" for t in (tok.head, tok.head.head) for c in t.children):
            return None
    who = agent_of(tok) if passive else subj
    parties = st.parties(who) if who is not None else []
    if not parties and who is not None:
        parties = pronoun_party(who, st.index, st.att)
    owned = st.package_owner(tok)
    if owned is None and st.frame is not None and st.frame.kind == "package":
        owned = st.frame.parties  # "outlined the plan": the package named before
    spk = st.speaker
    if owned and parties != owned:
        # "the envoy outlined the Ruritanian plan": the plan's owner tables it
        person = st.index.people_in(who.idx, who.idx + 60) if who is not None else []
        spk = spk or (person[0][2].name if person else None)
        parties = owned
    return parties, spk


def _joined_clauses(st: SentenceDeals, tok: Any) -> set[int]:
    """The character offsets of the words of the clauses a tabling verb is joined to by a
    conjunction whose verb is not itself a tabling verb ("demanded A and offered B": the
    words of "demanded A")."""
    table = st.classes.get("table", frozenset()) | st.classes.get("convey", frozenset())
    own = {t.i for t in tok.subtree}
    verbs = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        verbs.append(tok.head)
    out: set[int] = set()
    for v in verbs:
        if v.lower_ in table:
            continue
        for t in v.subtree:
            if t.i not in own or v in tok.children:
                out.add(t.idx)
    return out


def tabling(st: SentenceDeals, tok: Any) -> None:
    """A tabling verb ("X proposed ...", "X presented a plan"): its party offers the issues of
    the sentence (or, with none, the issue a package stands for) and opens a package frame."""
    if nominal(tok):
        return
    got = _tablers(st, tok)
    if got is None:
        return
    parties, spk = got
    if not parties:
        return
    reading = read(tok, st.sent.start, has_marks(st.sent))
    if reading.negated or refused(tok) or reading.mode in ("conditional", "hypothetical"):
        return
    others = _joined_clauses(st, tok)
    for issue, s, _e in st.issues:
        if st.base + s in others:
            continue  # "X demanded A and offered B": A is the other verb's
        st.done.add(s)
        for p in parties:
            st.out.append((p, issue, "offer", spk, "planned", s))
    tabled = next(
        (
            c
            for c in tok.children
            # "presented a plan"; "the plan was drafted by X"; "presented X with a plan"
            if (c.dep_ in ("dobj", "nsubjpass") and c.lower_ in st.package_nouns)
            or (
                c.dep_ == "prep"
                and c.lower_ == "with"
                and any(g.dep_ == "pobj" and g.lower_ in st.package_nouns for g in c.children)
            )
        ),
        package_of_relative(tok, st.package_nouns),  # "tabled what it called a plan"
    )
    if not st.issues and tabled is not None and _PACKAGE_ISSUE:
        # "X presented a new proposal": a package whose terms are not given offers the issue
        # a package stands for
        for p in parties:
            st.out.append((p, _PACKAGE_ISSUE, "offer", spk, "planned", tabled.idx - st.base))
    _mediators_package(st, parties, (tabled.idx if tabled is not None else tok.idx) - st.base, spk)
    if st.frame is not None and st.frame.parties == parties and spk is None:
        spk = st.frame.speaker
    counter = tabled is not None and any(
        t.lower_ in counter_nouns() for t in [tabled, *tabled.children]
    )
    st.frame = Frame("package", parties, spk, st.k, st.names, counter=counter)
    st.handled = True


def _mediators_package(
    st: SentenceDeals, parties: list[str], at: int, spk: str | None = None
) -> None:
    """A package a mediator tables offers the package issue (the deal it would bring about)
    whatever terms it names: each mediator among ``parties`` that delivers no issue itself."""
    if not _PACKAGE_ISSUE:
        return
    have = {(c[0], c[1], c[2]) for c in st.out}
    for p in parties:
        if p in MEDIATORS and p not in st.delivering and (p, _PACKAGE_ISSUE, "offer") not in have:
            st.out.append((p, _PACKAGE_ISSUE, "offer", spk or st.speaker, "planned", at))


def _owner_words(tok: Any) -> list[Any]:
    """The words that name a package's owner: "X's plan", "a proposal by X", "the proposals
    agreed by Bordurian and Syldavian mediators"."""
    return (
        [c for c in tok.children if c.dep_ in ("poss", "compound", "amod")]
        + [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("by", "from")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        + [
            g
            for c in tok.children
            if c.dep_ == "acl"
            for a in c.children
            if a.dep_ == "agent"
            for g in a.children
            if g.dep_ == "pobj"
        ]
    )


def _put_forward_by(tok: Any) -> list[Any]:
    """The agents of the participles coordinated with a package noun's first one ("drafted by X
    and put forward by Y and Z": Y, Z)."""
    out = []
    for c in tok.children:
        if c.dep_ != "acl":
            continue
        for v in c.children:
            if v.dep_ != "conj" or v.pos_ != "VERB":
                continue
            for a in v.children:
                if a.dep_ == "agent":
                    out += [g for g in a.children if g.dep_ == "pobj"]
    return out


def _series_head(tok: Any) -> Any:
    """The head of the series a package noun is in ("accepts A, B's plan")."""
    first = tok
    for _ in range(3):
        if first.dep_ not in ("conj", "appos") or first.head.i == first.i:
            break
        first = first.head
    return first.head


def package_named(st: SentenceDeals, tok: Any) -> None:
    """A party's package ("X's plan to end the war", "a proposal by X for a truce"): its
    owner offers the package's own issue, and the package opens a frame unless an agreement
    or tabling verb already set the sentence's. Accepting or rejecting another's package
    ("accepts B's plan") is no new package."""
    firm_verbs = st.classes.get("agree", frozenset()) | st.classes.get("refuse", frozenset())
    owner = _owner_words(tok)
    if _series_head(tok).lower_ in firm_verbs:
        owner = []  # accepting or rejecting another's package: no new frame
    parties = [p for o in owner for p in st.parties(o)]
    # "agreed by A, B and C mediators", parsed as if "B and C mediators" began a clause
    parties += [p for o in owner if o.dep_ == "pobj" for p in st.listed_after(o)]
    if not parties:
        return
    parties = list(dict.fromkeys(parties))
    # "drafted by X and put forward by Y and Z": Y and Z table the package too (its own
    # issue), its terms stay its owner's
    tablers = parties + [p for o in _put_forward_by(tok) for p in st.parties(o) if p not in parties]
    named = [(i, s) for i, s, _e in st.issues if package_issue(tok, st.base + s)]
    laying_down = tok.dep_ == "nsubj" and tok.head.lower_ in INCLUDING | PROVIDING
    if not named and _PACKAGE_ISSUE and (len(tablers) > len(parties) or not st.issues):
        # no issue of its own named: the package stands for the package issue, offered by
        # those who put it forward, or by all its owners where the sentence names no issue
        # and the package lays down terms ("the proposals agreed by A, B and C provide for")
        for p in tablers[len(parties) :] if st.issues or not laying_down else tablers:
            st.out.append((p, _PACKAGE_ISSUE, "offer", st.speaker, "planned", tok.idx - st.base))
    for issue, s, _e in st.issues:
        if package_issue(tok, st.base + s):
            st.done.add(s)
            reporter = st.att.actor if st.att else None
            stance_on = any(a.lower_ in firm_verbs and a.pos_ == "VERB" for a in tok.ancestors)
            for p in tablers:
                spk = UNSTATED if stance_on and reporter not in (None, p) else st.speaker
                st.out.append((p, issue, "offer", spk, "planned", s))
    if st.handled:
        return  # the sentence's frame is its agreement or tabling verb's
    spk = st.speaker
    if spk is None and st.frame is not None and st.frame.parties == parties:
        spk = st.frame.speaker
    st.frame = Frame("package", parties, spk, st.k, st.names, counter=tok.lower_ in counter_nouns())


def deal_starting(st: SentenceDeals) -> None:
    """ "The agreement will take effect on Sunday", "the deal came into force": a deal whose
    terms the sentence does not name, made between the parties of the deal named before (else
    the delivering parties), each accepting the package issue."""
    if st.issues or not _PACKAGE_ISSUE:
        return
    for tok in st.sent:
        if tok.lower_ not in st.deal_nouns or not deal_starts(tok):
            continue
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
        for p in parties:
            st.out.append((p, _PACKAGE_ISSUE, "accept", st.speaker, "planned", tok.idx - st.base))
        return


def deal_taken_frame(st: SentenceDeals) -> None:
    """ "The deal will see ...", "this agreement is structured so that ...": a deal the text
    takes as made, among the delivering parties, opens a deal frame or renews the one open."""
    if st.handled or not deal_taken(st.sent):
        return
    if st.frame is None:
        st.frame = Frame("deal", list(st.delivering), st.speaker, st.k, st.names)
    elif st.frame.kind == "deal":
        st.frame.since = st.k


def guaranteeing(st: SentenceDeals) -> list[Claim]:
    """A party pledging, in a future, modal or infinitive clause, to guarantee ("the mediators
    would guarantee that the calm holds", "A pledged to guarantee the truce"): it offers
    guarantees, or accepts them as a party to a deal the sentence reads in; with or
    without a frame. Negated, passive or asked of it ("demanded that A guarantee") it
    offers nothing."""
    assert GUARANTEE_ISSUE
    forms = st.classes.get("guarantee", frozenset())
    for verb in st.sent:
        if verb.lower_ not in forms or verb.pos_ != "VERB" or nominal(verb):
            continue
        subj, passive = subject_of(verb)
        if subj is None or passive:
            continue
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE | {"to"} for c in verb.children)
        if not future:
            continue
        parties = st.parties(subj)
        group = group_of(subj)
        if not parties and group is not None:
            parties = GROUPS.get(group[len(GROUP) :], [])  # "the mediators would ..."
        if not parties:
            parties = pronoun_party(subj, st.index, st.att)
        reading = read(verb, st.sent.start, has_marks(st.sent))
        if not parties or reading.negated or refused(verb):
            continue
        if reading.mode in ("conditional", "hypothetical", "demanded"):
            continue
        stance = "accept" if st.frame is not None and st.frame.kind == "deal" else "offer"
        at = verb.idx - st.base
        return [(p, GUARANTEE_ISSUE, stance, st.speaker, "planned", at) for p in parties]
    return []


def guarantors(st: SentenceDeals) -> list[Claim]:
    """Mediators committing, inside a deal or a package or of a deal the sentence names, to
    see it through ("A, B and C will work to see the accord carried out", "would help move
    the talks along", "will monitor the agreement"): a future or modal clause whose subject
    names two or more mediators and whose words name the deal, a package or talks; accepted
    in a deal, offered in a package."""
    assert GUARANTEE_ISSUE
    sent, base = st.sent, st.base
    inside = {m.actor for m in st.index.actors_in(base, base + len(sent.text))}
    if len(inside & MEDIATORS) < 2 and "mediators" not in sent.words:
        return []
    about = st.deal_nouns | st.package_nouns | talk_nouns()
    for verb in sent:
        if verb.pos_ != "VERB" or not any(
            c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children
        ):
            continue
        subj, passive = subject_of(verb)
        if subj is None or passive:
            continue
        parties = st.parties(subj)
        parties += [p for p in st.listed_before(subj) if p not in parties]
        group = group_of(subj)
        if not parties and group is not None:
            parties = GROUPS.get(group[len(GROUP) :], [])  # "the mediators would ..."
        if len(parties) < 2 or not set(parties) <= MEDIATORS:
            continue
        if read(verb, sent.start, has_marks(sent)).negated or not any(
            t.lower_ in about for t in verb.subtree
        ):
            continue
        if st.frame is None and verb.lower_ in st.classes.get("guarantee", ()):
            continue  # a pledge to guarantee outside a frame: :func:`guaranteeing`
        if st.frame is not None:
            stance = "offer" if st.frame.kind == "package" else "accept"
        else:
            # a deal named with no frame: "will see it through" is a party's part in it,
            # "would see it through" a pledge offered
            aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
            stance = "offer" if "would" in aux else "accept"
        at = verb.idx - base
        return [(p, GUARANTEE_ISSUE, stance, st.speaker, "planned", at) for p in parties]
    return []
