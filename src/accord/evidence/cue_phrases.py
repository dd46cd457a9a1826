"""What one stance cue's own phrase says, read by the claim steps
(:mod:`accord.evidence.claim_steps`, :mod:`accord.evidence.claim_cue`): a firm verb referring
back ("rejected it", "welcomed the idea": a pronoun object, the position stated the sentence
before, the claims there), a readiness denied ("is not willing to"), the mode of an accepted
term still to come ("agreed to free N"), a package its clause's subject only received ("is
studying the proposal") and a free relative ("what it agreed to"). The positions read from
the clause structure around a cue are in :mod:`accord.evidence.claim_clauses`.
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence.agreement_terms import deal_package_nouns, verb_classes
from accord.evidence.holders import is_parsed, token_at
from accord.evidence.modes import has_marks, read
from accord.evidence.types import Claim


def claims_at(claims: list[Claim], start: int) -> list[Claim]:
    """The claims whose evidence is the sentence starting at ``start`` (claims come in order)."""
    out = []
    for c in reversed(claims):
        if c.evidence.start < start:
            break
        if c.evidence.start == start:
            out.append(c)
    return out[::-1]


# nouns that refer back to a position without naming its issue ("rejected the demand", "welcomed
# the idea"), besides cues.REFERS; and pronouns a firm verb may take for one ("rejected it")
REFERS_BACK = re.compile(r"\b(demand|requests?|idea|move|calls?|suggestion)\b", re.I)
_DEMANDING = re.compile(r"\b(demands?|conditions|requests?|calls?)\b", re.I)
_PRONOUNS = frozenset({"it", "them", "this", "that"})
_DEFINITE = re.compile(
    r"\b(the|this|that|these|those)\s+(offer|idea|move|suggestion|proposal|plan)\b", re.I
)


def pronoun_object(verb: Any) -> bool:
    """ "X rejected it", "Y agreed to it": a firm verb whose object is a pronoun."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lower_ in _PRONOUNS:
            return True
        if c.dep_ == "prep":
            if any(g.dep_ == "pobj" and g.lower_ in _PRONOUNS for g in c.children):
                return True
    return False


def package_before(sent: Any, base: int, issues: Any, cue_at: int) -> list[str]:
    """The issue of a package named earlier in the sentence that a pronoun after a firm verb
    stands for ("X put a new truce plan to Y, and Z signed off on it"): the last issue before
    the cue whose word qualifies a package noun; none when the parse is missing."""
    if not is_parsed(sent):
        return []
    _deal, package = deal_package_nouns()
    for issue, s, _e, implied, _v in reversed(issues):
        if s >= cue_at or implied is not None:
            continue
        tok = token_at(sent, base + s)
        if tok.lower_ in package or (
            tok.dep_ in ("compound", "amod") and tok.head.lower_ in package
        ):
            return [issue]
    return []


def previous_position(
    text: str, holder: str | None, recent: list[Claim], pronoun: bool
) -> list[str]:
    """The issue a firm verb on "it", "the offer", "the idea" takes from the sentence before: the
    main issue of another party's offer or demand there ("X proposed a truce. Y rejected it").
    A reference to demands ("the demands", "those conditions") is left to the demands of the
    other parties (``extract_claims``)."""
    if _DEMANDING.search(text) or not (pronoun or _DEFINITE.search(text)):
        return []  # "rejected an extension": a package of its own, not the one before
    before = [c for c in recent if c.actor != holder and c.stance in ("offer", "demand")]
    return [before[0].issue] if before else []


def negated_offer(tok: Any) -> bool:
    """A readiness denied: "X is not willing to ...", "was never prepared to ..."."""
    if tok.pos_ != "ADJ":
        return False
    holders = [tok, tok.head] if tok.dep_ == "acomp" else [tok]
    return any(c.dep_ == "neg" for h in holders for c in h.children)


def accepted_mode(stance: str, sent: Any, at: int) -> str | None:
    """The mode of an accepted term whose own clause is still to come: "X accepted the plan and
    would free N", "agreed to free N" (planned: agreed, not done); else the stance's own."""
    if stance != "accept" or not is_parsed(sent):
        return None
    tok = token_at(sent, at)
    if tok.pos_ != "VERB" or tok.dep_ not in ("conj", "xcomp", "relcl", "ccomp"):
        return None
    return "planned" if read(tok, sent.start, has_marks(sent)).mode == "planned" else None


def received_package(tok: Any) -> bool:
    """A package noun its clause's subject does not table: the object of a verb outside the
    classes that table, accept or refuse one ("X is studying the proposal", "received the
    offer"), with no possessor of its own ("its proposal" may be X's)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "pobj", "nsubj"):
        return False
    if tok.lower_ not in deal_package_nouns()[1]:
        return False  # "expressed readiness to ...": a readiness is the subject's own
    if tok.dep_ == "nsubj":
        # "the proposal would free ten people": the terms of a package named before, not an
        # offer by whoever describes it (a package with an owner, "its proposal", is its own)
        return any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children
        ) and not any(c.dep_ in ("poss", "compound", "amod", "prep") for c in tok.children)
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if verb.pos_ != "VERB" or any(c.dep_ == "poss" for c in tok.children):
        return False
    classes = verb_classes()
    return not any(
        verb.lower_ in classes.get(k, frozenset())
        for k in ("table", "agree", "refuse", "seek", "convey")
    )


def free_relative(sent: Any, at: int) -> bool:
    """The verb at ``at`` opens a clause "what X agreed to" standing for a thing ("demands what
    it accepted before: a truce ..."): its stance is not the stance taken on what follows."""
    if not is_parsed(sent):
        return False
    tok = token_at(sent, at)
    return (
        tok.pos_ == "VERB"
        and tok.dep_ in ("pcomp", "pobj", "dobj", "ccomp")
        and tok.left_edge.lower_ in ("what", "whatever")
        and tok.left_edge.i < tok.i
    )


def restricted_acceptance(verb: Any, tok: Any) -> bool:
    """The word ``tok`` describes the deal an acceptance is narrowed to (:func:`restricted_deal`):
    what the holder asks for."""
    deal = restricted_deal(verb)
    return deal is not None and tok.i > deal.i


def restricted_deal(verb: Any) -> Any | None:
    """The deal an acceptance not yet given is narrowed to, described after it: "will only
    accept a deal in which X is freed", "would agree only to an agreement that ends Y" (X and
    Y are what the holder asks for, the deal its condition: a conditional refusal). Not an
    acceptance in the past ("only agreed to a corridor": what was accepted) nor a deal named
    without terms ("would only accept the first version"); else ``None``."""
    if verb.tag_ not in ("VB", "VBP", "VBZ"):
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    deal = next((o for o in objs if o.lower_ in deal_package_nouns()[0]), None)
    if deal is None or not any(c.dep_ in ("relcl", "acl") for c in deal.children):
        return None
    words = (*verb.children, *deal.children, *(deal.head.children if deal.dep_ == "pobj" else ()))
    narrowed = any(c.lower_ == "only" for c in words)  # ("agree only to a deal": on the "to")
    return deal if narrowed else None


def in_restricted_deal(tok: Any) -> bool:
    """``tok`` is in the clause describing a deal an acceptance is narrowed to ("will only
    accept a deal in which all are released"): a term asked for, nothing done."""
    t = tok
    for _ in range(6):
        if t.dep_ in ("relcl", "acl"):
            deal = t.head
            verb = deal.head.head if deal.dep_ == "pobj" else deal.head
            got = restricted_deal(verb)
            return got is not None and got.i == deal.i
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def exchange_done(cue_tok: Any) -> bool:
    """ "in exchange for" / "in return for" on a release told as done ("105 were freed in
    exchange for 240 inmates", "X freed 33, in return for 2,000"): an exchange carried out,
    no one's offer or demand. Not a release to come, asked for or under a deal's terms."""
    if cue_tok.lower_ != "in" or cue_tok.dep_ != "prep":
        return False
    verb = cue_tok.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    past = verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )
    if not past or any(c.lower_ in ("will", "would", "to", "be") for c in verb.children):
        return False
    reading = read(verb, verb.sent.start, has_marks(verb.sent))
    return reading.mode == "actual" and not reading.negated
