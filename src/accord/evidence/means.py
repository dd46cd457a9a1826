"""What a party says it needs before it can deliver: "the group needs heavy equipment and
more time to reach the remains", "finding the remains will take time and special tools". The
party that delivers the issue, stating the means it lacks for the act (``means_nouns`` of
``data/verbs.yaml`` as the object of a verb of needing, ``need`` in ``stance_verbs``), sets a
condition on the delivery; a demand or an acceptance the sentence gave it on that issue
gives way. Another party helping with the act ("sent teams and heavy machinery to help recover
the remains", "would send experts to help locate them") offers its part in it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.claim_sentence import SentenceClaims
from accord.evidence.holders import ACTORS, token_at

_NEEDING = vocab.stance_forms("need")


@lru_cache(maxsize=1)
def _means() -> frozenset[str]:
    return frozenset(f for n in vocab.verbs().means_nouns for f in vocab.noun_forms(n))


def needed_means(st: SentenceClaims) -> None:
    """Conditions of the giver of an issue that needs means to deliver it."""
    if not st.parsed or not st.issues or st.sent.words.isdisjoint(_NEEDING):
        return
    for issue, s, _e, implied, ivalue in st.issues:
        if implied is not None:
            continue
        need = _need_of(token_at(st.sent, st.base + s))
        if need is None or any(c.dep_ == "neg" for c in need.children):
            continue
        holder = st.owner(need.idx - st.base)
        if holder is None or st.doc.giver.get(issue) != holder:
            continue
        for stance in ("demand", "accept", "offer"):
            st.out.pop((holder, issue, stance), None)
        st.local[issue] = "condition"
        st.emit(holder, issue, "condition", ivalue, at=s)


def _need_of(tok: Any | None) -> Any | None:
    """The verb of needing whose purpose the issue's act is ("needs X to reach the remains"),
    or whose subject it is ("finding them will take time"), with a means as its object."""
    if tok is None:
        return None
    verb, steps = tok, 0
    while verb.pos_ != "VERB" and verb.head.i != verb.i and steps < 4:
        verb, steps = verb.head, steps + 1
    if verb.pos_ != "VERB":
        return None
    need = verb.head
    if verb.dep_ in ("acl", "relcl") and need.pos_ != "VERB":
        while need.dep_ == "conj" and need.head.i != need.i:
            need = need.head  # "needs equipment and time to reach them", under the object
        need = need.head
    elif verb.dep_ not in ("xcomp", "advcl", "csubj", "relcl"):
        return None
    if need.lower_ not in _NEEDING:
        return None
    objects = [c for c in need.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    if not any(o.lower_ in _means() for o in objects):
        return None
    return need


_HELPING = frozenset({"help", "helps", "helped", "helping", "assist", "assists", "assisted"})


def helped_acts(st: SentenceClaims) -> None:
    """Offers of the parties that help the giver deliver an issue ("to help recover X")."""
    if not st.parsed or not st.issues or st.sent.words.isdisjoint(_HELPING):
        return
    for issue, s, _e, implied, ivalue in st.issues:
        if implied is not None:
            continue
        verb = token_at(st.sent, st.base + s)
        steps = 0
        while verb is not None and verb.pos_ != "VERB" and verb.head.i != verb.i and steps < 4:
            verb, steps = verb.head, steps + 1
        if verb is None or verb.dep_ not in ("xcomp", "ccomp") or verb.head.lower_ not in _HELPING:
            continue
        helper = verb.head
        if any(c.dep_ == "neg" for c in helper.children):
            continue
        holder = st.owner(helper.idx - st.base)
        if holder is None or holder == st.doc.giver.get(issue) or holder.startswith(ACTORS):
            continue
        for key in [k for k in st.out if k[:2] == (holder, issue)]:
            st.out.pop(key)
        st.local[issue] = "offer"
        st.emit(holder, issue, "offer", ivalue, at=s)
