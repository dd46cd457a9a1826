"""Guarantees read over a whole sentence for
:meth:`accord.evidence.agreements.Agreements.sentence`, after its cue words: a party pledging to guarantee (:func:`guaranteeing`: "A pledged to
guarantee the truce") and mediators committing to see a deal or a package through
(:func:`guarantors`: "A, B and C will work to see the accord carried out"); each gives claims
on the guarantee issue (:data:`GUARANTEE_ISSUE`).
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence import vocab
from accord.evidence.agreement_packages import MEDIATORS
from accord.evidence.agreement_sentence import SentenceDeals
from accord.evidence.agreement_terms import FUTURE, nominal, refused, talk_nouns
from accord.evidence.frame_terms import Claim
from accord.evidence.holders import GROUP, GROUPS, group_of
from accord.evidence.modes import has_marks, read
from accord.evidence.parties import pronoun_party, subject_of

GUARANTEE_ISSUE = vocab.lexicon().guarantee_issue
GUARANTOR_NOUNS = frozenset({"guarantor", "guarantors"})


def guaranteeing(st: SentenceDeals) -> list[Claim]:
    """A party pledging, in a future, modal or infinitive clause, to guarantee ("the mediators
    would guarantee that the calm holds", "A pledged to guarantee the truce"): it offers
    guarantees, or accepts them as a party to a deal the sentence reads in; with or
    without a frame. Negated, passive or asked of it ("demanded that A guarantee") it
    offers nothing."""
    assert GUARANTEE_ISSUE
    forms = st.classes.get("guarantee", frozenset())
    for verb in st.sent:
        if verb.pos_ != "VERB" or nominal(verb):
            continue
        if verb.lower_ not in forms and not as_guarantor(verb):
            continue
        subj, passive = subject_of(verb)
        if subj is None or passive:
            continue
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE | {"to"} for c in verb.children)
        signed = not future and verb.tag_ in ("VBD", "VBN") and as_guarantor(verb)
        if not future and not signed and not _given(verb):
            continue
        # (a signing names its signers as an agreement verb does: "A, B and C signed")
        parties = st.agreeing(verb, subj, passive) if signed else st.parties(subj)
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
        # (a pledge to guarantee in the future is offered, also inside a deal: "will act as
        # guarantors"; a guarantee given inside one is a term accepted)
        # (and one signed as guarantor is a term accepted: "signed the text as guarantors")
        deal = st.frame is not None and st.frame.kind == "deal"
        stance = "accept" if (deal or signed) and not future else "offer"
        at = verb.idx - st.base
        if signed:
            _not_a_party(st, verb, parties)
        return [(p, GUARANTEE_ISSUE, stance, st.speaker, "planned", at) for p in parties]
    return _guarantees_received(st)


def _not_a_party(st: SentenceDeals, verb: Any, guarantors: list[str]) -> None:
    """Guarantors of a deal are no parties to it: the deal a signing names in its "as
    guarantors of the truce" is not accepted by them (kept in ``st.apart`` for
    :func:`apart`)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            start = c.left_edge.idx - st.base
            end = c.right_edge.idx + len(c.right_edge.text) - st.base
            st.apart.append((guarantors, start, end))


def apart(st: SentenceDeals, claims: list[Claim]) -> list[Claim]:
    """``claims`` without the guarantors' acceptance of the deal they guarantee (see
    :func:`_not_a_party`)."""
    return [
        t
        for t in claims
        if not any(
            t[0] in who and t[2] == "accept" and t[1] != GUARANTEE_ISSUE and a <= t[5] < b
            for who, a, b in st.apart
        )
    ]


def _given(verb: Any) -> bool:
    """A guarantee given in the past tense to someone or of a clause ("the mediators have
    guaranteed us that ...", "the envoy guaranteed that the war would not resume")."""
    return verb.tag_ in ("VBD", "VBN") and any(
        c.dep_ in ("ccomp", "dative") or (c.dep_ == "dobj" and c.pos_ == "PRON")
        for c in verb.children
    )


# verbs whose object is had from someone ("received guarantees from X"), not asked of them
_RECEIVING = frozenset(
    f for v in ("receive", "get", "obtain", "secure", "win", "give") for f in vocab.verb_forms(v)
)
_GIVING = frozenset(
    f for v in ("give", "provide", "offer", "grant", "extend") for f in vocab.verb_forms(v)
)


def _guarantees_received(st: SentenceDeals) -> list[Claim]:
    """Guarantees received from a party ("received guarantees from the mediators and the US")
    or given by one ("X gave the group guarantees"): the giver offers them."""
    assert GUARANTEE_ISSUE
    for noun in st.sent:
        if noun.lower_ not in ("guarantee", "guarantees") or noun.pos_ != "NOUN":
            continue
        verb = noun.head
        givers = [
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "from" and verb.lower_ in _RECEIVING
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if not givers and noun.dep_ == "dobj" and verb.lower_ in _GIVING:
            subj, passive = subject_of(verb)
            givers = [subj] if subj is not None and not passive else []
        parties: list[str] = []
        for g in givers:
            found = st.parties(g)
            group = group_of(g)
            if group is not None:
                found = GROUPS.get(group[len(GROUP) :], []) + found  # "from the mediators"
            parties += [p for p in found if p not in parties]
        if not parties or read(verb, st.sent.start, has_marks(st.sent)).negated:
            continue
        return [
            (p, GUARANTEE_ISSUE, "offer", st.speaker, "actual", int(noun.idx - st.base))
            for p in parties
        ]
    return []


def as_guarantor(verb: Any) -> bool:
    """A verb taking its subject "as guarantor" ("will act as guarantors", "signed the text as
    guarantors of the deal"): a pledge to guarantee."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(g.dep_ == "pobj" and g.lower_ in GUARANTOR_NOUNS for g in c.children)
        for c in verb.children
    )


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
    # (or its carrying out: "will monitor the implementation")
    about = st.deal_nouns | st.package_nouns | talk_nouns() | {"implementation"}
    for verb in sent:
        if verb.pos_ != "VERB" or not any(
            c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children
        ):
            continue
        subj, passive = subject_of(verb)
        if subj is None or passive or _package_relative(subj, verb, about):
            continue
        parties = st.parties(subj)
        parties += [p for p in st.listed_before(subj) if p not in parties]
        group = group_of(subj)
        if not parties and group is not None:
            parties = GROUPS.get(group[len(GROUP) :], [])  # "the mediators would ..."
        if len(parties) < 2 or not set(parties) <= MEDIATORS:
            continue
        if read(verb, sent.start, has_marks(sent)).negated or not any(
            t.lower_ in about and not _held(t, verb) for t in verb.subtree
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


def _package_relative(subj: Any, verb: Any, about: frozenset[str] | set[str]) -> bool:
    """The subject is a relative pronoun standing for a package or a deal ("a proposal put
    forward by A and B, which would see X freed"): the clause gives its terms, not the
    mediators' part in seeing it through."""
    if verb.dep_ != "relcl" or subj.tag_ not in ("WDT", "WP"):
        return False
    # (the parser may hang the clause on the nearest name: "a proposal put forward by A and B,
    # which would ...", hung on A: up through the participle's agent to the package)
    t = verb.head
    for _ in range(5):
        if t.lower_ in about:
            return True
        if t.dep_ not in ("conj", "pobj", "agent", "acl") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _held(tok: Any, verb: Any) -> bool:
    """Talks as the object of the mediators' own verb ("will continue technical talks in Y"):
    talks they hold, no part in seeing a deal through."""
    return tok.head.i == verb.i and tok.dep_ == "dobj" and tok.lower_ in talk_nouns()


_LIST_OPEN = re.compile(r"\s[-–—]\s|[:,(]")  # (a spaced dash: not "el-Sheikh")
_LIST_END = re.compile(r"\s[-–—]\s|[);]")


def named_guarantors(st: SentenceDeals) -> list[Claim]:
    """Mediators named as guarantors of a deal, listed after the noun ("the guarantors of the
    agreement - A, B and C", "the guarantors who signed in X: A, B, C"): each accepts the
    guarantee issue (offers it in a package). Two or more names in the list with a mediator
    among them; the parties to the deal are no guarantors. ("Signed with A as guarantors" is
    read by :func:`guaranteeing`, when the parse gives the verb its subject.)"""
    assert GUARANTEE_ISSUE
    sent, base = st.sent, st.base
    text = sent.text
    for tok in sent:
        if tok.lower_ not in GUARANTOR_NOUNS:
            continue
        at = tok.idx + len(tok.text) - base
        opened = _LIST_OPEN.search(text, at, at + 60)
        if opened is None:
            continue
        closed = _LIST_END.search(text, opened.end())
        end = closed.start() if closed else len(text)
        found = st.index.actors_in(base + opened.end(), base + end)
        parties = list(dict.fromkeys(m.actor for m in found))
        if len(parties) < 2:
            continue
        # the mediators, and others beside them that are no party to the deal ("A, B, C and D")
        parties = [p for p in parties if p not in st.delivering]
        if not parties or not (MEDIATORS & set(parties)):
            continue
        stance = "offer" if st.frame is not None and st.frame.kind == "package" else "accept"
        at = tok.idx - base
        return [(p, GUARANTEE_ISSUE, stance, st.speaker, "planned", at) for p in parties]
    return []
