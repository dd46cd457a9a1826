"""The steps of :mod:`accord.evidence.agreement_steps` that read a package put forward: a
tabling verb as a modifier (:func:`proposed`: "X's proposed truce"), a tabling verb
(:func:`tabling`: "X presented a plan"), with who tables it and the clauses joined to it, and
a party's package named as its own (:func:`package_named`: "X's plan to end the war"), with
the words that name its owner. A package whose terms are not given offers the package issue
(:data:`PACKAGE_ISSUE`); a mediator tabling one offers it whatever terms it names.
"""

from __future__ import annotations

from typing import Any

from accord.evidence import vocab
from accord.evidence.agreement_sentence import UNSTATED, SentenceDeals
from accord.evidence.agreement_terms import (
    Frame,
    counter_nouns,
    nominal,
    owner_words,
    package_issue,
    refused,
)
from accord.evidence.companions import companions
from accord.evidence.holders import GROUPS
from accord.evidence.modes import has_marks, read
from accord.evidence.parse_repairs import SAYING
from accord.evidence.parties import (
    absolute_subject,
    agent_of,
    package_of_relative,
    pronoun_party,
    subject_of,
)

PACKAGE_ISSUE = vocab.lexicon().package_issue  # what a package whose terms are not given offers
MEDIATORS = frozenset(GROUPS.get("mediators", ()))


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


def _tablers(st: SentenceDeals, tok: Any) -> tuple[list[str], str | None, list[str]] | None:
    """Who tables a package with a tabling verb, who reports it, and whose package it is (not
    those it is tabled with: their offer is the sentence's, the package's terms after it are
    its own tablers'); ``None`` when the verb is negated through an adjective ("was not ready
    to present one")."""
    subj, passive = subject_of(tok)
    subj = subj if subj is not None else absolute_subject(tok)  # "with X tabling"
    if subj is None and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i:
        # a participle after its clause shares the clause's subject ("X sent its reply,
        # proposing a truce": X proposes)
        subj, passive = subject_of(tok.head)
        subj = None if passive else subj
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
    lead = list(parties)  # (before those it is tabled with)
    if owned is None and st.frame is not None and st.frame.kind == "package":
        owned = st.frame.parties  # "outlined the plan": the package named before
    if parties and tok.lower_ in st.classes.get("table", frozenset()) | st.classes.get(
        "convey", frozenset()
    ):
        parties += [p for p in _co_tablers(st, tok, who) if p not in parties]
    # a person who tables a package states its terms ("the envoy outlined the Ruritanian
    # plan": the plan's owner tables it, the envoy states it)
    # (the person tabling it also within a report: "it said envoy X had put forward a plan")
    spk = (_person_named(st, [who]) if who is not None else None) or st.speaker
    if owned and parties != owned:
        parties = owned
    return parties, spk, parties if owned else lead


def _co_tablers(st: SentenceDeals, tok: Any, who: Any) -> list[str]:
    """Those a party tables a package with: "the proposal X presented with Y and Z", "X is
    preparing a proposal with Y and Z" (the parser hangs the "with" on the package: proper
    names only there), "X, together with Y, proposed", "presented with the backing of Y":
    they table it too."""
    together = [g for c in tok.children if c.lower_ == "together" for g in c.children]
    packages = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in st.package_nouns]
    heads = [g for c in [*tok.children, *together] for g in _with_objects(c)]
    heads += [g for n in packages for c in n.children for g in _with_objects(c, named=True)]
    heads += companions(who) if who is not None and who.dep_ == "nsubj" else []
    return list(dict.fromkeys(p for g in heads for p in st.parties(g)))


# nouns of backing a package: those whose backing it has table it too
_BACKING = frozenset({"backing", "support", "blessing", "endorsement"})


def _with_objects(prep: Any, named: bool = False) -> list[Any]:
    """The objects of a "with"/"alongside" and the members coordinated with them; ``named``:
    proper names only. Those whose backing it is are its objects too ("with the backing of Y
    and Z", "with Y's support")."""
    if prep.dep_ != "prep" or prep.lower_ not in ("with", "alongside"):
        return []
    out = [g for g in prep.children if g.dep_ == "pobj"]
    for g in [g for g in out if g.lower_ in _BACKING]:
        out += [o for c in g.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
        out += [c for c in g.children if c.dep_ in ("poss", "compound")]
    out += [c for g in out for c in g.conjuncts]
    return [g for g in out if not named or g.pos_ == "PROPN"]


def _person_named(st: SentenceDeals, words: list[Any]) -> str | None:
    """The name of the person the phrases headed by ``words`` name ("US envoy Jan Vale",
    "Vale's"), else none: a party or a body states nothing by owning a package."""
    for w in words:
        people = st.index.people_in(w.left_edge.idx, w.idx + len(w.text))
        if people:
            return people[-1][2].name
    return None


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
    if nominal(tok) or _said_of_package(st, tok):
        return
    got = _tablers(st, tok)
    if got is None:
        return
    parties, spk, lead = got
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
    if not st.issues and tabled is not None and PACKAGE_ISSUE:
        # "X presented a new proposal": a package whose terms are not given offers the issue
        # a package stands for
        for p in parties:
            st.out.append((p, PACKAGE_ISSUE, "offer", spk, "planned", tabled.idx - st.base))
    _mediators_package(st, parties, (tabled.idx if tabled is not None else tok.idx) - st.base, spk)
    if st.frame is not None and st.frame.parties == lead and spk is None:
        spk = st.frame.speaker
    counter = tabled is not None and any(
        t.lower_ in counter_nouns() for t in [tabled, *tabled.children]
    )
    noun = tabled if tabled is not None else tok
    st.frame = Frame("package", lead, spk, st.k, st.names, counter=counter, noun=noun)
    st.handled = True


def _said_of_package(st: SentenceDeals, tok: Any) -> bool:
    """What the tabling verb puts forward is said of another's package ("submitted its
    amendments to the plan", "presented its reply on the proposal"): an answer to it, not
    the package tabled."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ in st.package_nouns:
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("to", "on")
        and any(g.dep_ == "pobj" and g.lower_ in st.package_nouns for g in p.children)
        for p in [*tok.children, *obj.children]
    )


def _mediators_package(
    st: SentenceDeals, parties: list[str], at: int, spk: str | None = None
) -> None:
    """A package a mediator tables offers the package issue (the deal it would bring about)
    whatever terms it names: each mediator among ``parties`` that delivers no issue itself."""
    if not PACKAGE_ISSUE:
        return
    have = {(c[0], c[1], c[2]) for c in st.out}
    for p in parties:
        if p in MEDIATORS and p not in st.delivering and (p, PACKAGE_ISSUE, "offer") not in have:
            st.out.append((p, PACKAGE_ISSUE, "offer", spk or st.speaker, "planned", at))


def _told(tok: Any, st: SentenceDeals) -> list[str]:
    """The parties told of a stance on "their" package: the object of the verb of telling
    whose clause holds the package ("told the A and B mediators that it accepts their latest
    proposal", "informed A and B of its agreement on their proposal")."""
    t = tok
    for _ in range(8):
        if t.head.i == t.i:
            return []
        t = t.head
        if t.pos_ == "VERB":
            for c in t.children:
                if c.dep_ in ("dobj", "dative") and c.i < tok.i and (told := st.parties(c)):
                    return told
    return []


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


_ANSWER_WORDS = frozenset(f for n in vocab.verbs().answer_nouns for f in vocab.noun_forms(n))
# answering a package, or backing it: the sentence is about that party's stance
_RESPONDING = frozenset(
    f
    for lemma in ("respond", "answer", "reply", "react", "support", "back", "welcome")
    for f in vocab.verb_forms(lemma)
)


def _answered(tok: Any) -> bool:
    """A package that is an answer ("the group's response"), or that another party answers or
    backs ("responds to X's plan", "an answer to X's proposal", "now supports a revised X
    proposal"): the sentence is about that party, not the package's owner offering it."""
    if tok.lower_ in _ANSWER_WORDS:
        return True
    head = _series_head(tok)
    if head.lower_ == "to" and head.dep_ == "prep":
        head = head.head
    return head.lower_ in _RESPONDING or head.lower_ in _ANSWER_WORDS


_OUTLETS = frozenset(f for n in vocab.verbs().outlet_nouns for f in vocab.noun_forms(n))


def _a_source(tok: Any) -> bool:
    """A package noun used for an outlet ("the paper reported", "according to the Ruritanian
    paper", "the paper Vjesnik"): the subject of a reporting verb, cited, or named."""
    if tok.lower_ not in _OUTLETS:
        return False
    if tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
        return True  # "the Bordurian paper Vjesnik", parsed as one name
    if tok.dep_ == "nsubj" and tok.head.lower_ in SAYING:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return True
    return any(
        c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > tok.i for c in tok.children
    )


def _answered_by_other(st: SentenceDeals) -> bool:
    """Whether the sentence's main subject is a party outside the package frame it is read in
    (the frame's tablers do not table its answer)."""
    frame = st.frame
    if frame is None or frame.kind != "package" or frame.counter:
        return False
    subj = next((c for c in st.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    own = st.parties(subj) if subj is not None else []
    return bool(own) and not set(own) & set(frame.parties)


def package_named(st: SentenceDeals, tok: Any) -> None:
    """A party's package ("X's plan to end the war", "a proposal by X for a truce"): its
    owner offers the package's own issue, and the package opens a frame unless an agreement
    or tabling verb already set the sentence's. Accepting or rejecting another's package
    ("accepts B's plan") is no new package."""
    if _a_source(tok):
        return  # "the Ruritanian paper reported ...": an outlet, no package
    firm_verbs = st.classes.get("agree", frozenset()) | st.classes.get("refuse", frozenset())
    owner = owner_words(tok)
    # accepting or rejecting another's package ("accepts B's plan for X"): B offers X, but the
    # package opens no frame of its own
    answered = _series_head(tok).lower_ in firm_verbs
    parties = [p for o in owner for p in st.parties(o)]
    # "agreed by A, B and C mediators", parsed as if "B and C mediators" began a clause
    parties += [p for o in owner if o.dep_ == "pobj" for p in st.listed_after(o)]
    if not parties and any(o.lower_ == "their" and o.dep_ == "poss" for o in owner):
        parties = _told(tok, st)  # "told the A and B mediators it accepts their proposal"
    if not parties:
        if tok.lower_ in counter_nouns() and _answered_by_other(st):
            # "According to a draft of the counter-proposal, X envisages ...": X's answer to
            # the framework before, whose terms are not that framework's tablers'
            st.frame = None
        return
    parties = list(dict.fromkeys(parties))
    # "drafted by X and put forward by Y and Z": Y and Z table the package too (its own
    # issue), its terms stay its owner's
    tablers = parties + [p for o in _put_forward_by(tok) for p in st.parties(o) if p not in parties]
    named = [(i, s) for i, s, _e in st.issues if package_issue(tok, st.base + s)]
    if (
        not named
        and PACKAGE_ISSUE
        and not answered
        and (len(tablers) > len(parties) or not st.issues)
    ):
        # no issue of its own named: the package stands for the package issue, offered by
        # those who put it forward, or by all its owners where the sentence names no issue
        # ("talks on X's plan", "the proposals agreed by A, B and C provide for") and is no
        # other party's answer to it
        owners_offer = not st.issues and not _answered(tok)
        for p in tablers if owners_offer else tablers[len(parties) :]:
            st.out.append((p, PACKAGE_ISSUE, "offer", st.speaker, "planned", tok.idx - st.base))
    # the person whose package it is states its terms ("the proposal of envoy Jan Vale")
    presenter = st.speaker or _person_named(st, owner)
    for issue, s, _e in st.issues:
        if package_issue(tok, st.base + s):
            st.done.add(s)
            reporter = st.att.actor if st.att else None
            stance_on = any(a.lower_ in firm_verbs and a.pos_ == "VERB" for a in tok.ancestors)
            for p in tablers:
                spk = UNSTATED if stance_on and reporter not in (None, p) else presenter
                st.out.append((p, issue, "offer", spk, "planned", s))
    if st.handled or answered:
        return  # the sentence's frame is its agreement or tabling verb's
    spk = st.speaker
    if spk is None and st.frame is not None and st.frame.parties == parties:
        spk = st.frame.speaker
    counter = tok.lower_ in counter_nouns()
    st.frame = Frame("package", parties, spk, st.k, st.names, counter=counter, noun=tok)
