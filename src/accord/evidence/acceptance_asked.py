"""A party asked to accept a package: "X laid out a plan to end the war, and urged Y to take
it", "called on both sides to accept the proposal". The one who urges demands the package
(its issue, :data:`PACKAGE_ISSUE`), also where the sentence names issues of its own that
the package's terms give: those belong to the package's clause, the urging to another.

(Where a sentence names no issue at all, :func:`accord.evidence.claim_steps.package_demands`
reads the urging.)
"""

from __future__ import annotations

from functools import lru_cache

from accord.evidence import vocab
from accord.evidence.claim_sentence import PACKAGE_ISSUE, SentenceClaims
from accord.evidence.deal_demands import package_issue_of
from accord.evidence.holders import token_at

# objects that stand for the package named before: "take it", "accept this"
_REFERRING = frozenset({"it", "this", "that", "them"})


@lru_cache(maxsize=1)
def _accepting() -> frozenset[str]:
    # "take it": taking what is offered is accepting it
    return vocab.stance_forms("agree") | vocab.verb_forms("take")


@lru_cache(maxsize=1)
def _packages() -> frozenset[str]:
    v = vocab.verbs()
    return frozenset(f for n in (*v.package_nouns, *v.deal_nouns) for f in vocab.noun_forms(n))


def acceptance_asked(st: SentenceClaims) -> None:
    """The holder of a demand cue whose complement is accepting a package ("urged Y to take
    it") demands the package issue; its own words name no issue."""
    if not PACKAGE_ISSUE or not st.parsed or not st.issues:
        return
    sent, base = st.sent, st.base
    for stance, cs, _ce in st.cues:
        if stance != "demand":
            continue
        verb = token_at(sent, base + cs)
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        accept = next(
            (
                c
                for c in verb.children
                if c.dep_ == "xcomp"
                and c.lower_ in _accepting()
                and not any(g.dep_ == "neg" for g in c.children)
            ),
            None,
        )
        if accept is None:
            continue
        obj = next((g for g in accept.children if g.dep_ == "dobj"), None)
        if obj is None or not (obj.lower_ in _REFERRING or obj.lower_ in _packages()):
            continue
        end = accept.right_edge.idx + len(accept.right_edge.text) - base
        if any(cs <= s < end for _i, s, _e, _st, _v in st.issues):
            continue  # "urged Y to accept a truce": the issue's own cue reads it
        holder = st.owner(cs)
        st.emit(holder, package_issue_of(holder, PACKAGE_ISSUE), "demand", None, at=cs)
        return
