"""The mode of a reported happening or position, read from the clause that carries it.

Modes (shared vocabulary): ``actual`` (it happened / is held), ``planned`` (agreed, scheduled
or announced for later), ``demanded`` (asked for), ``conditional`` (only if something else
happens) and ``hypothetical`` (could, might; would have). They come from the dependency
parse of the clause, not from keywords anywhere in the sentence:

- a condition is a clause attached as ``advcl`` with a subordinator (``mark``: if, unless,
  once, until, provided ...) — the clause itself, and the clause it modifies, are conditional;
  "in exchange for X" makes X the counterpart of a conditional exchange;
- a modal auxiliary (``aux``): will, would, shall → planned; could, might, may → hypothetical;
- a head verb of asking (demand, urge, call for, seek ...) above the clause → demanded;
- an infinitive under a verb of planning or agreeing ("expected to begin", "agreed to
  release", "to be freed") → planned;
- negation (``neg``, or "no" before a noun) is reported separately.

A sentence without a parse (the parser runs only where a rule reads the tree) falls back on
the few words before the trigger.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from accord.evidence.columns import remembered
from accord.evidence.mode_words import (
    ASKING,
    CONDITION_MARKS,
    FIRM_CONDITION,
    HYPOTHETICAL_AUX,
    MARK_WORDS,
    NEGATIONS,
    OBLIGATION_AUX,
    OBLIGING,
    PLANNED_AUX,
    PLANNING,
    SUPPOSING,
)


def has_marks(sent: Any) -> bool:
    """Whether a sentence has a word a condition needs (its ``words``, when it has them)."""
    words = getattr(sent, "words", None)
    return True if words is None else not words.isdisjoint(MARK_WORDS)


@dataclass(frozen=True)
class Reading:
    mode: str
    negated: bool = False


def _parsed(tok: Any) -> bool:
    """Whether the sentence of ``tok`` has a dependency tree (not every token its own head)."""
    return tok.dep_ != "ROOT" or any(True for _ in tok.children)


def in_nominal_clause(tok: Any, depth: int = 3) -> bool:
    """Inside a gerund used as a noun ("by launching rockets", "accepting X would ...") within
    ``depth`` steps up the parse; a gerund with its own subject ("with Ruritania accusing") is a
    clause."""
    t = tok
    for _ in range(depth):
        if (
            t.tag_ == "VBG"
            and t.dep_ in ("pcomp", "pobj", "csubj", "nsubj", "dobj")
            and not any(c.dep_ == "nsubj" for c in t.children)
        ):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def clause_head(tok: Any) -> Any:
    """The verb of the clause a token belongs to (the token itself when it is one)."""
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def _open(clause: Any) -> bool:
    """A temporal clause (once, until, when, after) that has not happened: not in the past
    tense, or under a clause with a modal ("would not resume until the invasion stopped")."""
    if clause.tag_ in ("VBP", "VBZ") and clause.head.tag_ in ("VBP", "VBZ") and _headline(clause):
        return False  # a headline tells the past in the present: "Army leaves after truce ends"
    if clause.tag_ in ("VB", "VBP", "VBZ", "VBG"):
        return True
    aux = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"is", "are", "has", "have", "be", "will", "would", "can"}:
        return True
    head = clause.head
    return any(
        c.dep_ == "aux" and c.lower_ in PLANNED_AUX | HYPOTHETICAL_AUX for c in head.children
    )


def headline_sentence(tok: Any) -> bool:
    """Whether ``tok`` stands in a headline (a line of its own with no final stop)."""
    return _headline(tok)


def _headline(tok: Any) -> bool:
    """``tok`` stands in a headline: a sentence on a line of its own with no final stop."""
    sent = tok.sent
    text = sent.text.rstrip()
    doc_text = tok.doc.text
    end = sent[-1].idx + len(sent[-1].text)
    after = doc_text[end : end + 2]
    return (
        bool(text)
        and text[-1].isalnum()
        and "\n" not in text
        and (not after.strip() or after.startswith("\n"))
    )


def _mark(child: Any, verb: Any) -> bool:
    """``child`` introduces the clause of ``verb``: a subordinator, or "once" opening it (the
    parser often makes it an adverb: "once a truce is agreed")."""
    return child.dep_ == "mark" or (
        child.dep_ == "advmod" and child.lower_ == "once" and child.i == verb.left_edge.i
    )


def _conditional(verb: Any) -> bool:
    """The clause of ``verb`` is a condition, or has one attached (``advcl`` with ``mark``)."""
    for child in verb.children:
        if (
            child.dep_ == "mark"
            and child.lower_ == "as"
            and child.i > 0
            and child.doc[child.i - 1].lower_ == "long"
        ):
            return True  # "as long as", "so long as"
        if _mark(child, verb) and child.lower_ in CONDITION_MARKS:
            return child.lower_ in FIRM_CONDITION or (verb.dep_ == "advcl" and _open(verb))
        if child.dep_ == "advcl":
            for g in child.children:
                if (
                    g.dep_ == "mark"
                    and g.lower_ == "as"
                    and g.i > 0
                    and g.doc[g.i - 1].lower_ == "long"
                ):
                    return True
                if _mark(g, child) and (
                    g.lower_ in FIRM_CONDITION or (g.lower_ in CONDITION_MARKS and _open(child))
                ):
                    return True
    return False


def imperative(verb: Any) -> bool:
    """A bare verb with no subject or auxiliary as the root, or coordinated with one ("Stop
    the fighting and bring them home")."""

    def bare(v: Any) -> bool:
        # (a list's bullet the tagger took for a verb is none: "• the release of X")
        return (
            v.tag_ == "VB"
            and any(ch.isalpha() for ch in v.text)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children)
        )

    if verb.dep_ == "conj" and verb.head.i != verb.i:
        return bare(verb) and verb.head.dep_ == "ROOT" and bare(verb.head)
    return verb.dep_ == "ROOT" and bare(verb)


def _supposed(tok: Any) -> bool:
    """Whether ``tok`` is inside what an imperative "suppose" or "imagine" sets out."""
    heads = list(tok.ancestors)  # (the last is the sentence's root)
    root = heads[-1] if heads else None
    return root is not None and root.lower_ in SUPPOSING and imperative(root) and root.i < tok.i


TRADE_NOUNS = frozenset({"exchange", "return"})  # "in exchange for", "in return for"


def exchange_of(tok: Any, depth: int = 4) -> Any | None:
    """The "for" of "in exchange for" / "in return for" whose object holds ``tok``, within
    ``depth`` heads; else ``None``."""
    t = tok
    for _ in range(depth):
        h = t.head
        if h.i == t.i:
            return None
        if t.dep_ == "pobj" and h.lower_ == "for" and h.head.lower_ in TRADE_NOUNS:
            return h
        t = h
    return None


def _exchange_for(tok: Any) -> bool:
    """``tok`` is (inside) the object of "in exchange for" / "in return for"."""
    return exchange_of(tok) is not None


_READ_KEY = "accord_modes"


def going_to(verb: Any) -> bool:
    """Whether ``verb`` is the infinitive of the future "be going to" ("is not going to X")."""
    return bool(verb.dep_ == "xcomp" and verb.head.lower_ == "going")


def read(tok: Any, sent_start: int | None = None, marks: bool = True) -> Reading:
    """The mode of the happening ``tok`` (a verb or a noun formed from one) reports.

    ``sent_start``: the token index where its sentence starts (for unparsed sentences);
    ``marks``: whether the sentence has a subordinator a condition needs (a cheap test the
    caller can make on its words; ``False`` skips looking for conditions). Kept in the doc's
    user data: the claim and event rules read one token again (one call in eight).
    """
    key = (tok.i, sent_start, marks)
    return remembered(tok.doc, _READ_KEY, key, lambda: _read(tok, sent_start, marks))


def _read(tok: Any, sent_start: int | None, marks: bool) -> Reading:
    if not _parsed(tok):
        return _read_flat(tok, sent_start)
    negated = any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children)
    verb = clause_head(tok)
    if verb is not tok:
        negated = negated or any(c.dep_ == "neg" for c in verb.children)
    negated = negated or _in_no_way(verb)
    if going_to(verb):
        # the future of "be going to": "is not going to accept" denies the acceptance
        negated = negated or any(c.dep_ == "neg" for c in verb.head.children)
    if _supposed(tok):
        return Reading("hypothetical", negated)  # "Suppose X frees ten": a scenario
    if no_one_does(verb) or _not_said(verb):
        return Reading("hypothetical", negated)  # "nobody has said yes": told of no one
    if _exchange_for(tok):
        return Reading("conditional", negated)
    if verb.tag_ == "VBG" and _prospective(verb):
        return Reading("conditional", negated)  # "within a day of B accepting it": when B does
    if imperative(verb):
        return Reading("demanded", negated)  # an imperative: "Return to the table!"
    if verb is not tok and verb.lower_ in PLANNING and _in_subject(tok, verb):
        return Reading("planned", negated)  # "talks are expected to resume", "a round is planned"
    # walk up through the clauses: the first modal, condition or asking verb decides
    t = verb
    for depth in range(4):
        aux = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
        if aux & ASKING:
            return Reading("demanded", negated)  # "the inmates it wants released" (misparsed)
        if marks and _conditional(t):
            return Reading("conditional", negated)
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children):
            return Reading("hypothetical", negated)  # an open question: "did not say whether"
        if aux & HYPOTHETICAL_AUX or (
            "would" in aux and any(c.lower_ == "have" for c in t.children)
        ):
            return Reading("hypothetical", negated)
        if (
            (depth > 0 or t is not tok)
            and t.lower_ in OBLIGING
            and any(c.lower_ == "yet" for c in t.children)
            and "to" in aux_of_child(t)
        ):
            return Reading("planned", negated)  # "talks have yet to start": not yet, no duty
        if aux & OBLIGATION_AUX or (
            (depth > 0 or t is not tok) and t.lower_ in OBLIGING and "to" in aux_of_child(t)
        ):
            # "must be returned", "has to release", "the pull-out had to be total"
            return Reading("demanded", negated)
        if aux & PLANNED_AUX:
            return Reading("planned", negated)
        if t.lower_ in ASKING and (depth > 0 or t is not verb):
            return Reading("demanded", negated)
        if (
            depth > 0
            and t.lower_ == "let"
            and t.tag_ == "VB"
            and not any(c.dep_ in ("nsubj", "aux") for c in t.children)
        ):
            return Reading("demanded", negated)  # "Let X say yes to it": asked of X
        if depth > 0 and t.lower_ in PLANNING:
            if decided(verb) and verb.lower_ in _DECIDED_ACTS:
                break  # "decided to press on with the operation": decided is done (below)
            return Reading("planned", negated)
        if "to" in aux and depth == 0:
            pass  # an infinitive: its governor decides
        elif depth == 0 and t.dep_ not in (
            "xcomp",
            "ccomp",
            "advcl",
            "acl",
            "pcomp",
            "relcl",
            "conj",
            "pobj",
            "dobj",
            "nsubj",
            "nsubjpass",
        ):
            break
        if t.head.i == t.i:
            break
        if t.dep_ == "ccomp" and t.head.lower_ not in ASKING | PLANNING and not _bare_infinitive(t):
            break  # the content of a reporting verb keeps its own mode
        t = t.head
        if t.dep_ in ("prep",) and t.head.i != t.i:
            t = t.head
    if decided(verb) and verb.lower_ in _DECIDED_ACTS:
        # "the cabinet voted to approve it": approved (but "voted to release them": not yet)
        return Reading("actual", negated)
    if verb.dep_ == "xcomp" and verb.head.lower_ in _UNDER_WAY:
        return Reading("actual", negated)  # "began to release them": under way, not planned
    if "to" in {c.lower_ for c in verb.children if c.dep_ == "aux"} and verb.dep_ in (
        "xcomp",
        "advcl",
        "acl",
        "relcl",
        "ROOT",  # a headline's "X to free N": its future
    ):
        return Reading("planned", negated)
    return Reading("actual", negated)


_OPEN = frozenset({"when", "where", "how", "why", "whether", "what", "if"})
# subjects that say no one acted ("nobody has agreed the terms", "none has yet agreed")
_NO_ONE = frozenset({"nobody", "none", "neither", "no-one", "noone"})
_SAYING = frozenset(
    "say says said saying state states stated confirm confirms confirmed confirming announce "
    "announces announced declare declares declared".split()
)


# nouns of a way or an occasion that "no" makes a negation ("under no circumstances", "on no
# account", "at no point"; not "with no conditions", which says how)
_WAYS = frozenset({"circumstances", "circumstance", "account", "case", "point", "condition"})


def _in_no_way(verb: Any) -> bool:
    """ "would under no circumstances agree": the verb negated by a phrase of no way."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("under", "on", "at", "in")
        and any(g.lower_ in _WAYS and any(d.lower_ == "no" for d in g.children) for g in c.children)
        for c in verb.children
    )


def no_one_does(verb: Any) -> bool:
    """A subject that denies the act to all ("nobody has said yes", "no one agreed", "no party
    agreed", "neither side accepted")."""
    return any(
        c.dep_ == "nsubj"
        and (
            c.lower_ in _NO_ONE
            or (c.lower_ == "one" and c.i > 0 and c.doc[c.i - 1].lower_ == "no")
            or any(
                g.dep_ in ("det", "preconj") and g.lower_ in ("no", "neither") for g in c.children
            )
        )
        for c in verb.children
    )


def _not_said(verb: Any) -> bool:
    """The content of a denied saying ("has never said that it accepts this", "did not confirm
    it had agreed"): not told as so. (Not an open question: "did not say when the truce would
    begin" leaves only its day unknown.)"""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and not any(c.lower_ in _OPEN for c in verb.children if c.i < verb.i)
        and head.lower_ in _SAYING
        and any(c.dep_ == "neg" for c in head.children)
    )


_SEEING = frozenset({"see", "sees", "saw", "seen", "seeing", "let", "lets", "letting"})


def _bare_infinitive(verb: Any) -> bool:
    """A bare infinitive with its own subject under a verb of seeing or letting ("the plan
    would see Y free five", "would let Y return"): no reported content, the verb over it says
    when it happens."""
    return (
        verb.tag_ == "VB"
        and verb.head.lower_ in _SEEING
        and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)
    )


def _in_subject(tok: Any, verb: Any) -> bool:
    """Whether ``tok`` lies in the subject of ``verb`` ("a final round of talks is planned")."""
    t = tok
    for _ in range(4):
        if t.head.i == verb.i:
            return t.dep_ in ("nsubj", "nsubjpass")
        if t.head.i == t.i:
            return False
        t = t.head
    return False


# prepositions whose gerund is a time yet to come: "within 72 hours of B signing", "upon B
# accepting" (a schedule's start, not an act reported)
_PROSPECTIVE = frozenset({"within", "upon"})


def _prospective(verb: Any) -> bool:
    """A gerund under "within" or "upon", itself or through the noun it qualifies ("upon B
    signing", "within 72 hours of B accepting")."""
    if verb.dep_ == "pcomp":
        return verb.head.lower_ in _PROSPECTIVE
    head = verb.head
    return verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ in _PROSPECTIVE


# verbs of an act under way, said of the past or the present ("began to release", "has started
# to free"): what they govern happens (a modal above them, "will begin to", is read first)
_UNDER_WAY = frozenset({"began", "begun", "begins", "started", "starts", "continued", "continues"})
# verbs of deciding, in the past: what they decided to do is a stance taken ("voted to accept")
_DECIDED = {"decided", "voted", "chose", "opted", "resolved"}
# what deciding to do already does: a vote to approve is the approval, a decision to go on with
# an operation is the operation going on
_DECIDED_ACTS = {"approve", "accept", "reject", "endorse", "ratify", "adopt", "continue", "press"}


def decided(verb: Any) -> bool:
    """Whether ``verb`` is what a party decided ("the council voted to accept the offer"): the
    infinitive of a past verb of deciding with no modal or negation of its own."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lower_ in _DECIDED
        and not any(
            c.dep_ in ("aux", "neg") and c.lower_ not in ("has", "have", "had")
            for c in head.children
        )
    )


def obliged(verb: Any) -> bool:
    """Whether a verb is under an obligation: "must accept", "has to release"."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & OBLIGATION_AUX) or (
        verb.dep_ == "xcomp" and verb.head.lower_ in OBLIGING and "to" in aux
    )


def aux_of_child(verb: Any) -> set[str]:
    """The infinitive markers of the clauses a verb takes ("has to release": {"to"})."""
    return {
        g.lower_ for c in verb.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "aux"
    }


def _read_flat(tok: Any, sent_start: int | None) -> Reading:
    """Without a tree: the words between the start of the clause and the trigger."""
    start = sent_start if sent_start is not None else max(0, tok.i - 6)
    words = [t.lower_ for t in tok.doc[max(start, tok.i - 6) : tok.i]]
    negated = any(w in NEGATIONS for w in words[-3:])
    for w in reversed(words):
        if w in (",", ";", "—", "and", "but"):
            break
        if w in FIRM_CONDITION:
            return Reading("conditional", negated)
        if w in OBLIGATION_AUX:
            return Reading("demanded", negated)
        if w in HYPOTHETICAL_AUX:
            return Reading("hypothetical", negated)
        if w in PLANNED_AUX or w in ("expected", "scheduled", "due", "set"):
            return Reading("planned", negated)
        if w in ASKING:
            return Reading("demanded", negated)
    return Reading("actual", negated)


exchange_for = _exchange_for  # for the claim rules: the other side of a deal's terms


_CONDITION_NOUNS = frozenset({"condition", "conditions", "precondition", "preconditions"})


def conditions_for(tok: Any) -> bool:
    """``tok`` is in what a party's conditions are for ("X's conditions for ending the war",
    "the preconditions for a truce"), not among the conditions."""
    for t in (tok, *list(tok.ancestors)[:4]):
        if t.lower_ == "for" and t.dep_ == "prep" and t.head.lower_ in _CONDITION_NOUNS:
            return True
        if t.pos_ == "VERB" and t.dep_ not in ("pcomp", "pobj"):
            return False
    return False
