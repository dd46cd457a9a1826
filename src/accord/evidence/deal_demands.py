"""Demands for a deal: "the mediators urged both sides to conclude the deal".

A party that seeks, urges or works towards an agreement, or asks for talks to resume, takes a
position on the package as a whole even when no term of it is named: a demand on the package
issue (``package_issue`` of ``data/lexicon.yaml``, or the issue a party's packages stand for,
``package_issue_of``). The structure read from the dependency parse:

- a verb of seeking (``seek`` in ``data/verbs.yaml``: urge, push, press, call, want ...) or a
  noun of seeking (``seek_nouns``: efforts, push, bid ...);
- below it, through objects, prepositions and infinitive complements, a deal or package noun
  (``deal_nouns``, ``package_nouns``), or a talks noun under a verb of resuming (``resume``);
- no refusal, negation or term-less "against" on the way ("urged them to reject the deal",
  "does not want a deal" state no demand for it);
- or, below it through infinitive and clausal complements, a verb of assent (``agree`` in
  ``data/verbs.yaml``: sign, accept, approve ...) with nothing named to assent to, or only a
  pronoun ("called on them to sign", "urged Y to accept it"): the deal on the table.

>>> from types import SimpleNamespace as T
>>> sought_deal(T(lower_="said", pos_="VERB", dep_="ROOT", children=[], subtree=[]))
False
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.agreement_terms import deal_package_nouns, talk_nouns, verb_classes
from accord.evidence.cues import CONDUCTING_FIRST, conducting, sought_by_noun
from accord.evidence.parties import JOINT, one_word_names

# dependency links a sought object may hang from, on the way up to the verb of seeking
_DOWN = frozenset(
    {"dobj", "pobj", "prep", "pcomp", "xcomp", "ccomp", "conj", "attr", "nsubjpass", "acl"}
)
_NEGATIONS = frozenset({"not", "n't", "never", "no"})


@lru_cache(maxsize=1)
def _words() -> tuple[
    frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]:
    v = vocab.verbs()
    classes = verb_classes()
    seek = classes.get("seek", frozenset())
    nouns = frozenset(f for n in v.seek_nouns for f in vocab.noun_forms(n))
    seek = seek | frozenset(v.seek_adjectives)  # "is hopeful of a deal"
    deal, package = deal_package_nouns()
    refuse = classes.get("refuse", frozenset()) | classes.get("halt", frozenset())
    resume = classes.get("resume", frozenset())
    return seek, nouns, deal | package, refuse, resume


@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Words of a sentence that may hold a demand for a deal (a seeking verb or noun, or a
    verb of attaining one as a purpose)."""
    seek, nouns, _d, _r, _re = _words()
    attain = verb_classes().get("attain", frozenset())
    return frozenset(w for f in seek | nouns | attain for w in f.split())


def purpose_deal(verb: Any) -> bool:
    """A verb whose infinitive of purpose attains a deal ("travelled to the capital to finalise
    the agreement", "sent a team to help conclude the deal"): its subject seeks the deal."""
    if verb.pos_ != "VERB" or _negated(verb):
        return False
    classes = verb_classes()
    attain = classes.get("attain", frozenset())
    helping = classes.get("assist", frozenset())
    _s, _n, packages, _r, _re = _words()
    for c in verb.children:
        if c.dep_ != "advcl" or not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            continue
        acts = [c] + [x for x in c.children if x.dep_ == "xcomp" and c.lower_ in helping]
        for a in acts:
            if a.lower_ in attain and not _negated(a):
                if any(o.dep_ == "dobj" and o.lower_ in packages for o in a.children):
                    return True
    return False


@lru_cache(maxsize=1)
def package_words() -> frozenset[str]:
    """Nouns naming what may be sought: deals, packages and talks."""
    return _words()[2] | talk_nouns()


@lru_cache(maxsize=1)
def assent_words() -> frozenset[str]:
    """Verbs of assent (``agree`` class) whose bare use under a verb of seeking seeks the deal."""
    return frozenset(w for f in verb_classes().get("agree", frozenset()) for w in f.split())


# the nouns of "both sides", "the two parties" (:data:`accord.evidence.parties.JOINT`)
_SIDES = frozenset({"sides", "parties"})


@lru_cache(maxsize=1)
def sought_words() -> frozenset[str]:
    """Words of a sentence that may name what a verb of seeking seeks: a deal, a package or
    talks, a verb of assent, a gap to close, or both sides asked to act."""
    return package_words() | assent_words() | _gaps() | _SIDES


# what an assent verb may have below it and still name nothing to assent to
_PRONOUN_OBJECTS = frozenset({"it", "them", "this", "that"})
_WHETHER = frozenset({"whether", "if"})


def _negated(tok: Any) -> bool:
    return any(
        c.dep_ == "neg" or (c.lower_ in _NEGATIONS and c.dep_ == "det") for c in tok.children
    )


@lru_cache(maxsize=1)
def _venues() -> frozenset[str]:
    return frozenset(vocab.verbs().talk_venues)


def _talk_venue(tok: Any) -> bool:
    """A place named for negotiating ("the negotiating table"): talks by another name."""
    return tok.lower_ in _venues() and any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("negotiating", "negotiation")
        for c in tok.children
    )


def _purpose(tok: Any) -> bool:
    """An infinitive of purpose that attains ("worked for days to save the deal"), takes up
    again ("working to revive the talks") or overcomes what divides the parties ("to close
    the gaps"), not any purpose ("called a meeting to discuss the deal")."""
    classes = verb_classes()
    return (
        tok.dep_ == "advcl"
        and tok.lower_
        in classes.get("attain", frozenset()) | classes.get("resume", frozenset()) | _bridging()
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


@lru_cache(maxsize=1)
def _bridging() -> frozenset[str]:
    """The first words of the verbs of overcoming a gap (``bridge`` class: "close", "ironing")."""
    return frozenset(f.split()[0] for f in verb_classes().get("bridge", frozenset()))


@lru_cache(maxsize=1)
def _gaps() -> frozenset[str]:
    return frozenset(f for n in vocab.verbs().gap_nouns for f in vocab.noun_forms(n))


def _gap_bridged(tok: Any) -> bool:
    """What divides the parties as the object of a verb of overcoming it ("to close the
    remaining gaps", "narrow their differences"): the deal beyond it is what is sought."""
    return (
        tok.lower_ in _gaps()
        and tok.dep_ in ("dobj", "nsubjpass")
        and tok.head.lower_ in _bridging()
        and not _negated(tok.head)
    )


def _urges_both(seeker: Any) -> bool:
    """A verb of seeking addressed to both sides with an act asked of them ("called on both
    parties to show flexibility", "urged the two sides to compromise"): asking the parties
    together to move is seeking the deal between them, whatever the act."""
    if seeker.pos_ != "VERB":
        return False
    refuse = _words()[3]
    acts = [
        c
        for c in seeker.children
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and not _negated(c) and c.lower_ not in refuse
    ]
    if not acts:
        return False
    addressed = [c for c in seeker.children if c.dep_ == "dobj"] + [
        g
        for c in seeker.children
        if c.dep_ == "prep" and c.lower_ == "on"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(
        JOINT.search(" ".join(t.lower_ for t in sorted(a.subtree, key=lambda t: t.i)))
        or len(_named(a)) > 1  # "urged A and B to ..."
        for a in addressed
    )


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """The one-word names of actors, as a sentence's casefolded words hold them."""
    return frozenset(n.casefold() for n in one_word_names())


def _named(tok: Any) -> set[str]:
    """The actors a coordinated phrase names by one-word names ("A and B")."""
    names = one_word_names()
    members = [tok] + [c for c in tok.subtree if c.dep_ == "conj"]
    return {names[m.text] for m in members if m.text in names}


_CALLING = frozenset(vocab.verb_forms("call"))


def _naming(verb: Any) -> bool:
    """ "Called the offer 'a ploy'", "called the reply positive": a verb of calling that names
    its object (a complement, or a noun set beside it), no call for it."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False  # "called for talks", "called on X to ..."
    for c in verb.children:
        if c.dep_ == "oprd" or (c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("ADJ", "NOUN")):
            return True
    return any(g.dep_ == "appos" for o in objects for g in o.children)


def _seeker(tok: Any) -> bool:
    seek, nouns, _d, _r, _re = _words()
    if tok.pos_ in ("VERB", "AUX") and tok.lower_ in seek:
        if tok.lower_ in _CALLING and _naming(tok):
            return False
        return not _negated(tok)
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lower_ in seek:
        return not _negated(tok) and not _negated(tok.head)  # not "is not hopeful of ..."
    # a noun of seeking says whose it is ("Ruritania's efforts", "a push by the envoy") or is
    # carried on by its verb's subject ("is exerting every effort to ..."): "it will take time
    # and efforts to ..." states no one's demand
    return sought_by_noun(tok)


def sought_deal(seeker: Any) -> bool:
    """Whether a verb or noun of seeking has a deal, a package or resumed talks below it."""
    if not _seeker(seeker):
        return False
    _s, _n, packages, refuse, resume = _words()
    talks = talk_nouns()
    for t in seeker.subtree:
        low = t.lower_
        if t.i == seeker.i or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if low not in packages and low not in talks:
            if _gap_bridged(t):
                low = "deal"  # "to close the remaining gaps": the deal they stand in the way of
            elif not _talk_venue(t):
                continue
            else:
                low = "talks"  # "return to the negotiating table": talks by another name
        h, steps, verbs = t, 0, []
        while h.i != seeker.i and steps < 6 and (h.dep_ in _DOWN or _purpose(h)):
            h, steps = h.head, steps + 1
            if h.pos_ in ("VERB", "AUX") and h.i != seeker.i:
                verbs.append(h)
        if h.i != seeker.i:
            continue
        if any(v.lower_ in refuse or _negated(v) for v in verbs):
            continue  # "urged them to reject the deal", "to not sign the accord"
        if low in talks and low not in packages:
            direct = (t.dep_ == "dobj" and t.head.i == seeker.i) or (
                t.head.lower_ == "for" and t.head.head.i == seeker.i
            )  # "seeking negotiations", "called for talks"
            if not direct and not any(v.lower_ in resume for v in verbs):
                continue  # talks named in passing: sought only as such, or to be resumed
        return True
    if _urges_both(seeker) or _seeks_settlement(seeker) or _until_reached(seeker):
        return True
    return any(_bare_assent(t, seeker) for t in seeker.subtree if t.i != seeker.i)


@lru_cache(maxsize=1)
def _settling() -> frozenset[str]:
    return frozenset(w.casefold() for w in vocab.verbs().deal_seeking)


def _seeks_settlement(seeker: Any) -> bool:
    """A noun of seeking whose modifier names the settlement as its aim, carried on by its
    verb's subject with no aim of its own below it ("will continue its mediation efforts",
    "stepped up its diplomatic push"): it seeks the deal; "suspended its mediation efforts"
    does not."""
    return (
        seeker.pos_ == "NOUN"
        and any(c.dep_ in ("compound", "amod") and c.lower_ in _settling() for c in seeker.children)
        and not any(c.dep_ in ("acl", "prep", "relcl") for c in seeker.children)
        and seeker.dep_ == "dobj"
        and seeker.head.lower_ in conducting()
        and not _negated(seeker.head)
    )


def bare_efforts(sent: Any) -> list[Any]:
    """Nouns of seeking with no aim and no kind of their own, carried on by a verb of
    conducting them ("they would continue their efforts", "will resume those efforts"): whose
    they are says what they seek (a mediator's efforts are its mediation)."""
    if not sent.words & (CONDUCTING_FIRST | _GOING_ON):
        return []
    nouns = _words()[1]
    return [
        t
        for t in sent
        if t.pos_ == "NOUN"
        and t.lower_ in nouns
        and (
            (t.dep_ == "dobj" and _conducted_by(t.head))
            # "the contacts are continuing day and night": kept up by whoever they are of
            or (
                t.dep_ == "nsubj"
                and t.head.lower_ in _GOING_ON
                and not any(c.dep_ in ("dobj", "xcomp") for c in t.head.children)
            )
        )
        and all(
            c.dep_ in ("det", "poss") or (c.dep_ == "prep" and c.lower_ in ("with", "alongside"))
            for c in t.children
        )  # ("continue those efforts with its partners"; not "efforts to ...", "aid efforts")
        and not _negated(t.head)
    ]


# verbs of an effort going on by itself ("the contacts are continuing")
_GOING_ON = frozenset(vocab.verb_forms("continue"))


def _conducted_by(verb: Any) -> bool:
    """A verb of carrying on efforts, with its particle ("continued", "kept up")."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return verb.lower_ in conducting() or (
        prt is not None and f"{verb.lower_} {prt}" in conducting()
    )


def _until_reached(seeker: Any) -> bool:
    """A noun of seeking carried on "until" a deal is reached or concluded ("will continue its
    efforts until an agreement is reached"): the deal is what it seeks."""
    if seeker.pos_ != "NOUN" or seeker.dep_ != "dobj" or _negated(seeker.head):
        return False
    attain = verb_classes().get("attain", frozenset())
    packages = _words()[2]
    return any(
        c.dep_ == "advcl"
        and c.lower_ in attain
        and any(m.dep_ == "mark" and m.lower_ == "until" for m in c.children)
        and any(g.dep_ in ("nsubjpass", "dobj") and g.lower_ in packages for g in c.children)
        for c in seeker.head.children
    )


def _bare_assent(tok: Any, seeker: Any) -> bool:
    """A verb of assent asked for by ``seeker`` (through "to" infinitives, clauses and their
    conjuncts) that names nothing to assent to, or only a pronoun: "called on X to send a team
    and to sign", "urged Y to accept it", "hopes Z will agree"; not "asked whether Z would sign"."""
    if tok.pos_ != "VERB" or tok.lower_ not in verb_classes().get("agree", frozenset()):
        return False
    for c in tok.children:
        if c.dep_ == "dobj" and c.lower_ not in _PRONOUN_OBJECTS:
            return False
        if c.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lower_ not in _PRONOUN_OBJECTS for g in c.children
        ):
            return False
        if c.dep_ in ("xcomp", "ccomp", "mark") and (c.dep_ != "mark" or c.lower_ in _WHETHER):
            return False  # "agree to withdraw" (a term of its own), "whether it would sign"
    refuse = _words()[3]
    h, steps = tok, 0
    while h.i != seeker.i and steps < 4 and h.dep_ in ("xcomp", "ccomp", "conj"):
        if _negated(h) or h.lower_ in refuse:
            return False
        h, steps = h.head, steps + 1
    return h.i == seeker.i


def demand_seekers(sent: Any) -> list[Any]:
    """The tokens of seeking whose object is a deal, in sentence order."""
    if not (sent.words & trigger_words()) or not (
        sent.words & (sought_words() | _venues() | _name_words())
    ):
        return []
    return [t for t in sent if sought_deal(t) or purpose_deal(t)]


def package_issue_of(actor: str | None, default: str) -> str:
    """The issue a party's deal stands for (``package_issue_of``), else the package issue."""
    lex = vocab.lexicon()
    return (lex.package_issue_of or {}).get(actor or "", default)


_AIMING = frozenset({"to", "toward", "towards", "at", "for"})


@lru_cache(maxsize=1)
def _effort_nouns() -> frozenset[str]:
    """Nouns of seeking that aim at something (not calls, appeals or contacts)."""
    return _words()[1] - {"call", "calls", "appeal", "appeals", "contact", "contacts"}


def effort_aim(tok: Any, cue: Any) -> bool:
    """``tok`` is in what an effort aims at ("as part of efforts to reach a truce", "supports
    any effort leading to a lasting truce"), and ``cue`` outside that effort: the aim is
    sought, whatever the cue says of the rest of the clause."""
    nouns = _effort_nouns()
    t, steps = tok, 0
    while t.head.i != t.i and steps < 7:
        child, t, steps = t, t.head, steps + 1
        if t.pos_ == "NOUN" and t.lower_ in nouns:
            aimed = child.dep_ in ("acl", "relcl") or (
                child.dep_ == "prep" and child.lower_ in _AIMING
            )
            return aimed and not (t.left_edge.i <= cue.i <= t.right_edge.i)
    return False
