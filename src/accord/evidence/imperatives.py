"""Positions asked for in the imperative: "Stop the fighting now," the forum said; "Release
them," said A, whose son is held. An issue whose verb is an imperative (a bare verb with no
subject or auxiliary at the root of its sentence, or coordinated with one) is a demand of the
sentence's holder, where no cue gave it a stance. A negated imperative ("do not resume the
war") is left to the cues: what it refuses is the other side's act; "bring them home" to
:mod:`accord.evidence.homecoming` (a demand of the parties whose people they are). A party
whose one concern is its people (``package_issue_of``) pleads: a quoted imperative of its naming
no issue asks for them, and its conditions and warnings are demands (:func:`pleas_only`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from accord.evidence import vocab
from accord.evidence.claim_sentence import SentenceClaims
from accord.evidence.holders import ACTORS, token_at
from accord.evidence.homecoming import homecoming
from accord.evidence.modes import exchange_for, imperative


def imperative_demands(st: SentenceClaims) -> None:
    """Demands of the issues a sentence asks for in the imperative."""
    if st.parsed and not st.issues:
        _concern_pleaded(st)
    if not st.parsed or not st.issues:
        return
    for issue, s, e, implied, ivalue in st.issues:
        if implied is not None or issue in st.local or any(k[1] == issue for k in st.out):
            continue
        verb = token_at(st.sent, st.base + s)
        last = token_at(st.sent, st.base + e - 1)
        if verb is None or (last is not None and exchange_for(last)):
            continue  # "release them in exchange for X": X is a term of the exchange
        while verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ != "VERB" or not (imperative(verb) or quoted_imperative(verb, st)):
            continue
        if homecoming(verb):
            continue  # "Bring them home": read for the parties whose people they are
        if any(c.dep_ == "neg" for c in verb.children) or any(
            c.lower_ in ("do", "don't") for c in verb.children if c.dep_ == "aux"
        ):
            continue
        holder = st.owner(s)
        if holder is None or holder.startswith(ACTORS):
            continue
        st.local[issue] = "demand"
        st.emit(holder, issue, "demand", ivalue, at=s)


def quoted_imperative(verb: Any, st: SentenceClaims) -> bool:
    """An imperative the reporting verb governs as its quote (""Stop the fighting now," the
    forum said"; "the families said: "Stop the fighting now""): the quote's bare root verb."""
    att = st.att
    return (
        att is not None
        and att.verb_index is not None
        and verb.dep_ in ("ccomp", "xcomp")  # (after a colon the parser may say xcomp)
        and verb.head.i == att.verb_index
        and verb.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _concern_pleaded(st: SentenceClaims) -> None:
    """A quoted imperative naming no issue ("Sign it," the forum said) by a party whose one
    concern is its people (``package_issue_of``): a plea for them."""
    att = st.att
    if att is None or att.verb_index is None:
        return
    for verb in st.sent:
        if verb.pos_ != "VERB" or not quoted_imperative(verb, st) or homecoming(verb):
            continue
        if any(c.dep_ == "neg" or c.lower_ in ("do", "don't") for c in verb.children):
            continue
        at = verb.idx - st.base
        holder = st.owner(at)
        issue = _CONCERN.get(holder or "")
        if issue is not None and not any(k[0] == holder for k in st.out):
            st.emit(holder, issue, "demand", None, at=at)
        return


_BOUND = frozenset({"until", "unless", "till"})
_CONCERN = vocab.lexicon().package_issue_of  # a party's one concern: its own people


def pleas_only(st: SentenceClaims) -> None:
    """A party whose one concern is its people (``package_issue_of``) sets no conditions and
    makes no threats of its own: "the only way to bring them home is a deal", "military
    pressure will not bring them back" plead for what they name."""
    # (a refusal until or unless something is done stays a condition: "urged the government
    # to freeze the second stage until every body is back")
    kept = ("condition", "threat") if st.sent.words.isdisjoint(_BOUND) else ("threat",)
    for key in [k for k in st.out if k[0] in _CONCERN and k[2] in kept]:
        claim = st.out.pop(key)
        asked = (key[0], key[1], "demand")
        if asked not in st.out:
            st.out[asked] = replace(claim, stance="demand", mode="demanded")
