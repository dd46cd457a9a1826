"""What the clause around a stance cue says about an issue, read by
:func:`accord.evidence.claim_cue.issue_stances`: a firm judgement in a verb's object complement
("called the offer of X a trap"), a package tabled or named before a condition, a position let
go of ("dropped its demand"), a refusal of what lacks an issue, a verb of asking over the cue's
clause, what a condition word sets as the condition, a readiness to act on a mutual issue,
what an offer asks for (its condition, what a deal it would negotiate must do).
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence import vocab
from accord.evidence.agreement_terms import (
    deal_package_nouns,
    lacked,
    mutual_issues,
    talk_nouns,
    verb_classes,
)
from accord.evidence.claim_sentence import Cue, SentenceClaims
from accord.evidence.cues import halting
from accord.evidence.holders import token_at
from accord.evidence.source_cues import POSITION_NOUNS

FIRM = ("reject", "accept")

ABANDONING = vocab.stance_forms("abandon")
_INSISTING = frozenset(f for w in ("insist", "demand") for f in vocab.verb_forms(w))


def under_deal_cue(text: str, cue: Cue) -> bool:
    """An "under the ..." cue whose noun is a deal, not a package ("under the deal" names terms
    agreed, which :func:`accord.evidence.claim_steps.deal_terms` gives the parties delivering
    them; "under the plan" is its tabler's offer)."""
    words = text[cue[1] : cue[2]].lower().split()
    return cue[0] == "offer" and words[:1] == ["under"] and words[-1] in deal_package_nouns()[0]


def package_before(st: SentenceClaims, at: int) -> bool:
    """A deal or a package named as an object before offset ``at`` ("will accept a deal only
    if ..."): what a condition after it asks for is asked for the deal."""
    if not st.parsed:
        return False
    deal, package = deal_package_nouns()
    return any(
        t.lower_ in deal | package and t.dep_ in ("dobj", "pobj") and t.idx < st.base + at
        for t in st.sent
    )


def abandoned(cue: Any) -> Any | None:
    """The position its holder lets go of, where ``cue`` stands: a noun of a position ("dropped
    its demand that ...", "has given up its insistence on ...", also a cue inside it:
    "dropped its demand for a commitment to X"), not negated ("has not dropped its demand");
    or a verb of insisting no longer held ("no longer insisted that ..."). ``None`` if none."""
    if cue.pos_ == "VERB" and cue.lower_ in _INSISTING:
        dropped = any(
            c.dep_ == "neg"
            and c.lower_ == "no"
            and c.i + 1 < len(c.doc)
            and c.doc[c.i + 1].lower_ == "longer"
            for c in cue.children
        )
        return cue if dropped else None
    for _ in range(2):  # up from a cue in the object of a position noun
        if (
            cue.dep_ == "pobj"
            and cue.head.dep_ == "prep"
            and cue.head.head.lower_ in POSITION_NOUNS
        ):
            cue = cue.head.head
    verb = cue.head
    if cue.pos_ != "NOUN" or cue.lower_ not in POSITION_NOUNS or cue.dep_ != "dobj":
        return None
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    phrasal = f"{verb.lower_} {prt}" if prt else verb.lower_  # "given up"
    # (not negated, nor under a negated verb it completes: "would not force it to drop ...")
    chain = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "ccomp") else [])
    held = (phrasal in ABANDONING or verb.lower_ in ABANDONING) and not any(
        c.dep_ == "neg" for v in chain for c in v.children
    )
    return cue if held else None


_ON = frozenset({"on", "upon"})
_TYING = ("tie", "tied", "tying", "link")


def judgement(st: SentenceClaims, s: int, after: list[Cue]) -> Cue | None:
    """A firm judgement in the object complement of the verb whose object names the issue at
    ``s``: "called the offer of X a trap", "described the demand for X as unacceptable" (the
    complement, or the object of its "as"); ``None`` when there is none."""
    tok = token_at(st.sent, st.base + s)
    for c in after:
        if c[0] not in FIRM:
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


def governs(cue: Any, tok: Any) -> bool:
    """``tok`` is inside the phrase of the cue word, or of the verb it belongs to ("calls for
    a truce", "is demanding a truce", "its demand for a truce")."""
    heads = [cue] + ([cue.head] if cue.dep_ in ("prt", "prep", "aux", "mark") else [])
    return any(h.left_edge.i <= tok.i <= h.right_edge.i for h in heads)


def tabled_term(st: SentenceClaims, s: int) -> Any | None:
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


def denied_lack(st: SentenceClaims, verb: Any, s: int) -> bool:
    """The issue at ``s`` is inside a negated relative clause below the refused ``verb``
    ("will not accept a deal that does not end the war"): refusing what lacks it requires it."""
    return lacked(token_at(st.sent, st.base + s), verb)


def asking_cue(st: SentenceClaims, verb: Any) -> Cue | None:
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


def depends_on_issue(st: SentenceClaims, cue: Cue) -> bool:
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
    # a package or a part of one ("made the second phase dependent on ...")
    deal_nouns, package_nouns = deal_package_nouns()
    parts = deal_nouns | package_nouns | _PARTS
    return any(t.lower_ in parts for t in ends)


_PARTS = frozenset({"phase", "stage"})  # the parts of a phased package


def held_back_until(tok: Any) -> bool:
    """ "until" opening the condition of a verb of holding back ("will delay the handover
    until Y lets B in", "is postponing the second group until ..."): what the clause names is
    what the holder asks for; what it holds back is the conditioned one."""
    if tok.lower_ != "until":
        return False
    main = tok.head.head if tok.dep_ == "mark" else tok.head
    return main.pos_ == "VERB" and halting(main)


def condition_object(st: SentenceClaims, cue: Cue, s: int) -> bool:
    """The issue at ``s`` is what a condition word sets as the condition: inside the object of
    "on"/"upon" hung on the word ("conditioned the release on a pullout", "made the truce
    dependent on the return of ..."; the parser may hang "on" on the conditioned noun)."""
    word = token_at(st.sent, st.base + cue[1])
    tok = token_at(st.sent, st.base + s)
    preps = _ON | {"to"} if word.lower_.startswith(_TYING) else _ON  # "tied A to B"
    return any(
        c.dep_ == "prep" and c.lower_ in preps and c.i > word.i and c.i < tok.i <= c.right_edge.i
        for c in word.subtree
    )


_READY = re.compile(r"\b(willing|ready|prepared)\s+to\b", re.I)


def ready_for_mutual(st: SentenceClaims, issue: str, holder: str | None, cue: Cue) -> bool:
    """A party to the deal ready to act on an issue both sides give ("X is willing to consider
    a longer pause", "ready to discuss a truce"): its offer, not a demand of the other side."""
    return (
        issue in mutual_issues()
        and holder in st.doc.deals.delivering
        and _READY.search(st.text[cue[1] : cue[2] + 4]) is not None
    )


# condition words that bind an acceptance to what the other side does
_BINDING = re.compile(r"(as|so) long as|only if|provided( that)?|on condition", re.I)


def bound_acceptance(st: SentenceClaims, cue: Cue, e: int) -> Cue | None:
    """A condition cue after the issue ending at ``e`` that binds the acceptance ``cue`` ("is
    committed to the deal as long as the other side abides by it", "will go on with the
    releases only if ..."): the acceptance made a condition; ``None`` when no such cue hangs
    on the accepting verb."""
    verb = token_at(st.sent, st.base + cue[1])
    for c in st.cues:
        if c[0] != "condition" or c[1] < e or not _BINDING.match(st.text[c[1] : c[2]]):
            continue
        word = token_at(st.sent, st.base + c[1])
        if any(a.i == verb.i for a in word.ancestors):
            return ("condition", cue[1], cue[2])
    return None


def judged_package(cue: Any) -> bool:
    """A cue that is the predicate of a package or a position ("the proposal is far from ...",
    "the demands were unacceptable"): a judgement of it, made by whoever reports it, not by
    the party whose package it is."""
    if cue.pos_ in ("VERB", "AUX"):
        return False
    verb = next((t for t in (cue, *cue.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    package = deal_package_nouns()[1]
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in _PART_WORDS:
        # "some of the changes were ...", "changes, some of which were ...": the changes
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        subj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else subj
        if subj is not None and subj.lower_ == "which" and verb.dep_ == "relcl":
            subj = verb.head
    # (and a party's answer: "the reply contains some clear non-starters")
    return subj is not None and (
        subj.lower_ in package
        or subj.lower_ in POSITION_NOUNS
        or subj.lower_ in _ANSWERS
        or subj.lower_ in _AMENDMENTS  # "some of the changes were not workable"
    )


_ANSWERS = frozenset(f for n in vocab.verbs().answer_nouns for f in vocab.noun_forms(n))
_AMENDMENTS = frozenset(
    f
    for n in ("change", "amendment", "modification", "revision", "addition")
    for f in vocab.noun_forms(n)
)
_PART_WORDS = frozenset({"some", "many", "most", "several", "few", "one", "none", "parts"})


_IF = frozenset({"if", "once", "provided", "providing"})


def asked_of_offer(issue_tok: Any, cue_tok: Any) -> bool:
    """Whether an issue under an offer is what the offer asks for: inside its condition ("ready
    to free them all if Y commits to X") or inside what the deal it would negotiate must do
    ("ready to negotiate a final deal that ends X"), the cue outside that clause."""
    deals = deal_package_nouns()[0]
    t = issue_tok
    for _ in range(8):
        if t.i == cue_tok.i or t.head.i == t.i:
            return False
        clause = (
            t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _IF for c in t.children)
        ) or (t.dep_ in ("relcl", "acl") and t.head.lower_ in deals and _negotiated(t.head))
        if clause and not t.left_edge.i <= cue_tok.i <= t.right_edge.i:
            return True
        t = t.head
    return False


_REACHING = frozenset({"negotiate", "negotiating", "reach", "reaching", "conclude", "concluding"})


def _negotiated(deal: Any) -> bool:
    """A deal noun that is what talks aim at ("negotiations toward a final agreement", "talks to
    reach a deal"), not a package offered ("a 60-day truce, during which ...")."""
    talks = talk_nouns()
    t = deal
    for _ in range(4):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lower_ in talks or t.lower_ in _REACHING:
            return True
    return False


_REPORT_NOUNS = frozenset(
    f
    for n in ("report", "claim", "suggestion", "speculation", "rumour", "rumor")
    for f in vocab.noun_forms(n)
)
_GAINSAYING = vocab.stance_forms("deny") | vocab.stance_forms("refuse")


def denied_report(cue: Any) -> bool:
    """A cue inside what reports say ("reports that X would agree to Y") that its governor
    denies or pushes back on ("denied reports that ...", "pushed back on reports that ..."):
    the reported stance is gainsaid, not taken."""
    for t in (cue, *list(cue.ancestors)[:5]):
        if t.dep_ not in ("acl", "ccomp") or t.head.lower_ not in _REPORT_NOUNS:
            continue
        noun = t.head
        gov = noun.head.head if noun.dep_ == "pobj" else noun.head
        back = any(c.lower_ == "back" for c in gov.children)  # "pushed back on reports"
        return gov.lower_ in _GAINSAYING or (back and gov.lower_.startswith("push"))
    return False
