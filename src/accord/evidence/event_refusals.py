"""Conditional refusals read from the clause structure, for the event rules: a refusal made
conditional ("will not allow X until Y", "stall efforts until Y", "there will be no X until Y",
"the crossing will stay closed until Y", "put off until Y", "will hold back X until Y", "will
not free X without Y", "will not free X while Y remains", "would agree to X only if Y") is a
threat event, as the shared annotation scheme reads "no return ... until X". A vow to keep up
an effort until something happens ("will not rest until X"), advice to another ("X should not
move on until Y") and a state denied ("the deal is not complete until Y") are none.
"""

from __future__ import annotations

from typing import Any

from accord.evidence import vocab
from accord.evidence.agreement_terms import FUTURE, verb_classes
from accord.evidence.conditions import lasting_while, persisting_until
from accord.evidence.cues import HALTING_FIRST, halting
from accord.evidence.event_clauses import REFUSING
from accord.evidence.event_words import BE
from accord.evidence.mode_words import ASKING


def denied(tok: Any) -> bool:
    """Whether a verb is what a denial denies ("denied that it had ever accepted X", "denies
    agreeing to Y"): the source says it did not happen, so it is no event."""
    return tok.dep_ in ("xcomp", "ccomp") and tok.head.lower_ in verb_classes().get(
        "deny", frozenset()
    )


def conditional_refusal(sent: Any) -> int | None:
    """A refusal made conditional ("will not allow X until Y", "stall efforts until"): a
    threat (the shared annotation scheme), at the refusing verb's offset."""
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        refusing = (
            any(c.dep_ == "neg" for c in tok.children)
            or tok.lower_ in REFUSING
            or _none_of(tok)  # "there will be no return north until X"
            or _no_subject(tok)  # "no more would be freed until X"
            or _kept_shut(tok)  # "will keep the crossing closed until X"
            or _put_off(tok)  # "the release would be put off until X", "put on hold until X"
            or halting(tok)  # "will hold back the release until X", "will stop mediating until X"
            or _consent_only_if(tok)  # "would agree to X only if Y"
        )
        if not refusing or (tok.dep_ in ("xcomp", "ccomp") and tok.head.lower_ in ASKING):
            continue  # "urged X to halt Y until Z": what others ask for, not a threat
        if any(c.dep_ == "aux" and c.lower_ == "should" for c in tok.children):
            continue  # "X should not move on until Y": advice to another, no threat made
        if _state_denied(tok):
            continue  # "the deal is not complete until Y": a judgement, nothing withheld
        # the condition may hang on a verb the refusal governs ("will not allow X to begin
        # returning until Y")
        heads = [tok] + [v for v in governed(tok)]
        for h in heads:
            for c in h.children:
                if c.dep_ == "advcl" and any(
                    g.dep_ == "mark"
                    and (
                        g.lower_ in ("until", "unless")
                        # "will not end the war before X is destroyed": a bar on the refusal
                        or (g.lower_ == "before" and _negates(tok) and _future(tok))
                    )
                    and not persisting_until(g)  # "will not rest until X": a vow, no refusal
                    for g in c.children
                ):
                    return int(tok.idx)
                if c.dep_ == "advcl" and lasting_while(c) and _future(tok):
                    return int(tok.idx)  # "will not free them while troops remain in X"
        if _without_terms(tok):
            return int(tok.idx)  # "will not free them without a full withdrawal"
        if _lacking_refused(tok):
            return int(tok.idx)  # "will not accept any deal that does not end the war"
        if _consent_only_if(tok):
            return int(tok.idx)  # "would agree to it only if X": no agreement unless X
        for c in tok.children:
            if (
                c.dep_ == "prep"
                and c.lower_ == "until"
                and (tok.lower_ in REFUSING or _put_off(tok))
                and not any(g.dep_ == "pobj" and _a_time(g) for g in c.children)
            ):
                return int(tok.idx)  # (not "postponed until next week": a new time, no terms)
    return None


_WILL = FUTURE | {"wo"}  # (and "won't")


# nouns of "without" that say how, not on what terms ("without delay", "without hesitation")
_MANNER = frozenset({"delay", "hesitation", "fail", "exception", "doubt", "question", "warning"})


def _without_terms(tok: Any) -> bool:
    """A future refusal bound by "without" ("will not free them without a full withdrawal"),
    the phrase on the verb or on what it refuses ("will not allow a truce without X",
    "there will be no truce without X")."""
    if not _future(tok):
        return False
    negated = _negates(tok)
    holders = [tok] if negated or _none_of(tok) else []
    holders += [
        c
        for c in tok.children
        if c.dep_ in ("dobj", "attr", "nsubj")
        and c.pos_ == "NOUN"
        and (negated or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
    ]
    return any(
        c.dep_ == "prep"
        and c.lower_ == "without"
        and any(g.dep_ == "pobj" and not _a_time(g) and g.lower_ not in _MANNER for g in c.children)
        for h in holders
        for c in h.children
    )


def _lacking_refused(tok: Any) -> bool:
    """A refusal in the future of what lacks something ("will not accept any agreement that
    does not end the war", "would not agree to a deal that did not guarantee X"): the thing
    lacked is the condition."""
    if not (_future(tok) and _negates(tok)):
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"] + [
        g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    return any(
        r.dep_ == "relcl" and any(n.dep_ == "neg" for n in r.children)
        for o in objects
        for r in o.children
    )


# verbs of consenting or taking part, which "only if" makes a refusal unless the condition
# holds ("would sign only if", "will only take part once"); not the terms of a deal ("will be
# freed only after X")
_CONSENTING = frozenset(
    f
    for w in ("agree", "accept", "sign", "approve", "participate", "join", "discuss", "negotiate")
    for f in vocab.verb_forms(w)
)
_ONLY_MARKS = frozenset({"if", "once", "when"})
# what a party delivers or gives up (the one-word release verbs of data/verbs.yaml, and leaving,
# opening, allowing, ending): "will free them only once X", "would leave only if Y" withholds it
_DELIVERING = frozenset(
    f
    for w in (
        *(vocab.verbs().events["release"].verbs if "release" in vocab.verbs().events else ()),
        *("leave", "withdraw", "reopen", "open", "allow", "end", "stop"),
    )
    if " " not in w  # (not "go" of "go free", "come" of "come home")
    for f in vocab.verb_forms(w)
)


def _consent_only_if(tok: Any) -> bool:
    """A future consent or delivery bound by "only if" / "only once" ("would agree to X only if
    Y", "would only agree once Y", "would take part only if Y", "will free them only if Y")."""
    consenting = (
        tok.lower_ in _CONSENTING
        or (tok.lower_ in ("take", "takes") and any(c.lower_ == "part" for c in tok.children))
        or tok.lower_ in _DELIVERING
    )
    if not (consenting and _future(tok)):
        return False
    only_on_verb = any(c.dep_ == "advmod" and c.lower_ == "only" for c in tok.children)
    return any(c.dep_ == "advcl" and _only_marked(c, only_on_verb) for c in tok.children)


def _only_marked(clause: Any, only_on_verb: bool) -> bool:
    """Whether a clause opens with "only if" / "only once" / "only when" (or "if" with "only"
    on the verb it qualifies), however the parse hangs "only" and the mark."""
    for g in clause.children:
        for m in (g, *g.children) if g.lower_ == "only" else (g,):
            if m.lower_ in _ONLY_MARKS and m.dep_ in ("mark", "advmod"):
                before = m.doc[m.i - 1] if m.i > 0 else None
                if only_on_verb or (before is not None and before.lower_ == "only"):
                    return True
    return False


def _negates(tok: Any) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _future(tok: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _WILL for c in tok.children)


def _no_subject(tok: Any) -> bool:
    """A verb whose subject is denied ("no more would be freed", "no one will be released")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and any(d.dep_ in ("det", "advmod") and d.lower_ == "no" for d in c.children)
        for c in tok.children
    )


def _state_denied(tok: Any) -> bool:
    """A copula denying a state of an adjective ("is not complete", "would not be done"):
    a judgement of how things stand, no act held back ("is not on the table" is one)."""
    return tok.lower_ in BE and any(
        c.dep_ == "acomp" and c.tag_ in ("JJ", "VBN") for c in tok.children
    )


_SHUT = frozenset({"closed", "shut", "sealed"})
_KEEP = frozenset({"keep", "keeps", "kept", "keeping", "remain", "remains", "stay", "stays"})


def _none_of(tok: Any) -> bool:
    """A copula whose subject or complement is "no ..." ("there will be no return")."""
    return tok.lower_ in ("be", "is", "are", "was", "were") and any(
        c.dep_ in ("attr", "nsubj")
        and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in tok.children
    )


def _kept_shut(tok: Any) -> bool:
    """Keeping something closed ("keep the crossing closed", "will stay shut")."""
    return tok.lower_ in _KEEP and any(
        c.lower_ in _SHUT
        and c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "advmod", "amod")
        or any(g.lower_ in _SHUT for g in c.children if c.dep_ == "dobj")
        for c in tok.children
    )


_PUT = frozenset({"put", "puts", "putting"})
_TIMES = frozenset(
    {"day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "tomorrow"}
    | {"tonight", "morning", "afternoon", "evening", "night", "noon", "midnight", "date", "time"}
    | {"later", "then", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
    | {"sunday", "january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december"}
)


def _a_time(tok: Any) -> bool:
    """A time as the object of "until" ("next week", "Sunday", "May 3"): a new time set."""
    return tok.like_num or tok.lower_ in _TIMES


def _put_off(tok: Any) -> bool:
    """Putting something off or on hold, as the verbs of holding back read it
    (:func:`accord.evidence.cues.halting`)."""
    return tok.lower_ in _PUT and halting(tok)


def governed(tok: Any, depth: int = 3) -> list[Any]:
    """The verbs of the complements ``tok`` governs (xcomp, ccomp), down ``depth`` levels."""
    out: list[Any] = []
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and depth > 0:
            out += [c, *governed(c, depth - 1)]
    return out


# the words that may make a sentence a conditional refusal (read before the parse is asked for)
REFUSAL_WORDS = REFUSING | _KEEP | _PUT | HALTING_FIRST | {"not", "never", "t", "no", "only"}
