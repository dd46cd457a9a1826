"""Sources named by a phrase rather than a reporting verb: "the text, as described by two
envoys, keeps ..." (the agent of "as described by") and "X's position is that ..." (the owner
of a position noun before a copula; the clause after it is what X holds). Used by
:mod:`accord.evidence.sentence_source`.
"""

from __future__ import annotations

from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex
from accord.evidence.sources import Attribution, Memory, resolve

# participles of telling in "as described by X", "as outlined by X": X is the source
_AS_BY = frozenset({"described", "outlined", "reported", "summarised", "summarized", "presented"})
# nouns of a held position ("X's position is that ..."): data/verbs.yaml, reporting.position_nouns
POSITION_NOUNS = frozenset(
    f for n in vocab.verbs().reporting.position_nouns for f in vocab.noun_forms(n)
)
_COPULA = frozenset({"is", "was", "remains", "remained", "'s", "’s"})
CUE_WORDS = _AS_BY | _COPULA  # the words the phrases turn on
GATE_WORDS = _AS_BY | POSITION_NOUNS  # a sentence holds one of these for a phrase to name a source


def phrase_source(tok: Any, index: ActorIndex, memory: Memory) -> Attribution | None:
    """The source the phrase at ``tok`` names, with the words it is the source of."""
    if tok.lower_ in _AS_BY:
        return _as_described_by(tok, index, memory)
    return _position_is(tok, index, memory)


def _as_described_by(tok: Any, index: ActorIndex, memory: Memory) -> Attribution | None:
    """ "The text, as described by two envoys, keeps ...": the agent of "as described by" is the
    source of the sentence it is set in."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return None
    return _agent_source(tok, index, memory)


def _agent_source(tok: Any, index: ActorIndex, memory: Memory) -> Attribution | None:
    """The source the agent of participle ``tok`` names ("by X"), as the source of the whole
    sentence ``tok`` is set in."""
    for a in tok.children:
        if a.dep_ != "agent":
            continue
        for obj in a.children:
            if obj.dep_ == "pobj":
                got = resolve(list(obj.subtree), index, memory)
                if got is not None:
                    got.verb_index = tok.i
                    got.content = (tok.sent.start_char, tok.sent.end_char)
                    return got
    return None


def _position_is(tok: Any, index: ActorIndex, memory: Memory) -> Attribution | None:
    """ "X's position is that Y must go", "the group's stance remains that ...": X holds what
    the "that" clause says."""
    noun = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    clause = next((c for c in tok.children if c.dep_ in ("ccomp", "attr", "acomp")), None)
    if noun is None or clause is None or noun.lower_ not in POSITION_NOUNS:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.subtree):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    got = resolve(list(owner.subtree), index, memory)
    if got is None:
        return None
    got.verb_index = tok.i
    got.content = (clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text))
    return got


# participles of making terms known in "under the terms announced by X": X is the source
_TERMS_BY = frozenset({"announced", "published", "outlined", "described", "presented", "unveiled"})


def terms_made_known_by(tok: Any, index: ActorIndex, memory: Memory) -> Attribution | None:
    """ "Under the terms announced by X, Y is to free ...": the agent of a participle that
    makes known the terms the sentence is set under is the source of the sentence."""
    head = tok.head
    if (
        tok.lower_ not in _TERMS_BY
        or tok.dep_ != "acl"
        or head.dep_ != "pobj"
        or head.head.lower_ != "under"
        or head.head.head.pos_ not in ("VERB", "AUX")  # a clause set under them, not a list
    ):
        return None
    end = head.head.right_edge.i + 1
    if end >= len(tok.doc) or tok.doc[end].text != ",":
        return None  # "Under the terms announced by X, ...": the phrase set off by a comma
    return _agent_source(tok, index, memory)
