"""Terms a source says another party did not keep: "A said B had not met its obligation to
release X", "A said B did not respect the agreed terms on X", "A said B had failed to let X
in", "A said B was not committed to X", "A said B ignored the agreed order of X". The source
asks for X (a demand), whatever the words of X alone would give B; what B is said to have not
done is A's word, not B's stance. A halt of X by B told inside A's report is A's complaint
too (:func:`complainer`, asked by the halting step of :mod:`accord.evidence.claim_steps`).

Read from the parse: the issue's words sit under a negated verb, a verb of failing or of
breaking the terms (``fail`` and ``breach`` in ``stance_verbs``) that tells what happened, not
what will, with a single named party as its subject, inside the report of a source of another
party.
"""

from __future__ import annotations

from typing import Any

from accord.evidence import vocab
from accord.evidence.claim_sentence import SentenceClaims
from accord.evidence.holders import UNATTRIBUTED, token_at
from accord.evidence.modes import going_to

# auxiliaries of what will or may happen: "would not release" is a refusal, not a complaint
_MODAL = frozenset(
    {"will", "wo", "would", "shall", "can", "ca", "could", "may", "might", "must", "'ll"}
)
_FAILING = vocab.stance_forms("fail")
_BREACHING = vocab.stance_forms("breach")
_BE = frozenset({"is", "was", "are", "were", "be", "been", "being", "'s"})
# the words of a commitment held or not ("was not committed to the agreed entry of X")
_BOUND = frozenset({"committed", "bound", "faithful", "loyal"})
# heads the climb from an issue's words does not pass: another report or a clause of its own
_STOP_DEPS = frozenset({"advcl", "relcl", "csubj", "parataxis"})


def unkept_terms(st: SentenceClaims) -> None:
    """Demands of the sentence's source for the terms it says another party did not keep."""
    att = st.att
    if not st.parsed or not st.issues or att is None or att.verb_index is None:
        return
    source = att.actor
    if source is None or source == UNATTRIBUTED or att.actors:
        return
    sent, base = st.sent, st.base
    reporting = sent.doc[att.verb_index]
    for issue, s, e, implied, ivalue in st.issues:
        if implied is not None:
            continue
        unkept = _unkept_act(token_at(sent, base + e - 1), reporting)
        if unkept is None:
            continue
        party = _single_party(unkept, st)
        if party is None or party == source:
            continue
        for key in [k for k in st.out if k[:2] == (party, issue)]:
            st.out.pop(key)  # the act is the source's word for what the party did not do
        st.local[issue] = "demand"
        st.emit(source, issue, "demand", ivalue, at=s)


def _unkept_act(tok: Any, reporting: Any) -> Any | None:
    """The verb saying a term was not kept, climbing from the issue's last word to the report:
    a negated verb of what happened ("had not met", "did not respect", "was not committed"),
    or a verb of failing ("had failed to allow"); ``None`` when the climb meets none first."""
    t, steps = tok, 0
    while t.i != t.head.i and steps < 8:
        t, steps = t.head, steps + 1
        if t.i == reporting.i:
            return None
        if t.pos_ in ("VERB", "AUX", "ADJ"):
            if t.lower_ in _FAILING or (t.lower_ in _BREACHING and not _negated(t)):
                if t.lower_ in _BREACHING and tok.head.i == t.i:
                    return None  # "X violated the truce": an accusation, no term named
                return t if _happened(t) and t.dep_ not in _STOP_DEPS else None
            if _negated(t) and (t.pos_ != "ADJ" or t.lower_ in _BOUND):
                if t.lower_ in _BE or t.dep_ in _STOP_DEPS or going_to(t):
                    return None  # "the body is not X", "if X does not free Y": no complaint
                return t if _happened(t) else None
            if t.dep_ == "xcomp" and t.head.lower_ in _FAILING:
                continue
        if t.dep_ in _STOP_DEPS:
            return None
    return None


def _negated(t: Any) -> bool:
    return any(c.dep_ == "neg" for c in t.children)


def _happened(t: Any) -> bool:
    """What the verb tells happened or holds, not what will or may: no modal of its own and,
    for an adjective ("was not committed"), none on its copula."""
    aux = [c for c in t.children if c.dep_ in ("aux", "auxpass")]
    if t.dep_ in ("acomp", "xcomp") and t.head.pos_ in ("AUX", "VERB"):
        aux += [c for c in t.head.children if c.dep_ in ("aux", "auxpass")]
    return not any(a.lower_ in _MODAL for a in aux)


def _single_party(act: Any, st: SentenceClaims) -> str | None:
    """The one party named as the subject of ``act`` (or of the copula of an adjective)."""
    verb = act.head if act.pos_ == "ADJ" and act.dep_ == "acomp" else act
    if act.dep_ == "pcomp":  # "(X broke the terms) by ignoring Y": the subject of the verb above
        prep = act.head
        while prep.dep_ == "conj" and prep.head.i != prep.i:
            prep = prep.head
        verb = prep.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    start = subj.left_edge.idx
    end = subj.right_edge.idx + len(subj.right_edge.text)
    named = {m.actor for m in st.doc.index.actors_in(start, end)}
    return next(iter(named)) if len(named) == 1 else None


def complainer(st: SentenceClaims, party: str, at: Any) -> str | None:
    """The source of the sentence's report when the act at token ``at`` is another party's,
    told inside that report ("Y said X had held back the aid trucks"): the source
    complains of the act (and asks for what it held back); ``None`` when the party tells of
    its own act, or no single party reports it."""
    att = st.att
    if att is None or att.verb_index is None or att.actors:
        return None
    source = att.actor
    if source is None or source == UNATTRIBUTED or source == party:
        return None
    if att.content is not None and not att.content[0] <= at.idx < att.content[1]:
        return None
    if any(inner.actor == party for inner in att.inner):
        return None  # "after X said it was suspending Y": X's word on its own act
    t, steps = at, 0
    while t.i != t.head.i and t.i != att.verb_index and steps < 8:
        if t.dep_ in _STOP_DEPS and (
            t.dep_ != "advcl" or any(c.dep_ == "mark" for c in t.children)
        ):
            return None  # "came into force after X delayed Y": a background clause, told
        t, steps = t.head, steps + 1
    return source
