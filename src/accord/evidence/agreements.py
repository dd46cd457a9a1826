"""Agreements, deal terms and tabled packages: ``accept`` and ``offer`` claims from the parse.

News on a deal day is mostly acceptances: "A and B agreed to ...", "the deal includes ...",
"X will release ...". Three readings, each from the clause structure:

- **Agreement**: a verb of the ``agree`` class (agree, accept, reach, sign, approve, extend
  ...) whose subject names parties — each party of a coordinated or joint subject ("A and B",
  "A, B", "both sides", "a truce between A and B") accepts each issue of the sentence that it
  delivers, and every party accepts a mutual issue (a truce). Negated, it is a rejection.
- **Deal terms** (:mod:`accord.evidence.frame_terms`): an issue reported as planned (future,
  modal or passive: "will release", "would be freed", "to be freed") in a sentence about a
  deal, or after one, is accepted by the party that delivers it; inside a tabled package it
  is offered by whoever tabled it.
- **Tabling**: a verb of the ``table`` class (propose, submit, present, outline ...) with a
  party as subject, or a package named as a party's ("X's proposal"), opens a package: the
  issues of that sentence and of the planned terms that follow are offers by the party.

The frame (the last deal or package named) carries over to the next sentences, with the
speaker who reported it, until another frame opens or the article moves on (``_SPAN``
sentences). Who delivers an issue comes from ``delivered_by`` (a scenario's, else the issue
vocabulary's); mutual issues are marked in ``data/lexicon.yaml``. The steps that read each
kind of cue word are in :mod:`accord.evidence.agreement_steps` (packages in
:mod:`accord.evidence.agreement_packages`, guarantees in
:mod:`accord.evidence.agreement_guarantees`), over the sentence's state
(:mod:`accord.evidence.agreement_sentence`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from accord.evidence.actors import ActorIndex
from accord.evidence.agreement_guarantees import (
    GUARANTEE_ISSUE,
    GUARANTOR_NOUNS,
    apart,
    guaranteeing,
    guarantors,
    named_guarantors,
)
from accord.evidence.agreement_sentence import UNSTATED as UNSTATED
from accord.evidence.agreement_sentence import SentenceDeals
from accord.evidence.agreement_steps import cue, deal_starting, deal_taken_frame, read_cue
from accord.evidence.agreement_terms import (
    Frame,
    cue_words,
    deal_package_nouns,
    is_parsed,
    verb_classes,
)
from accord.evidence.columns import columns
from accord.evidence.deal_made import deal_named_made
from accord.evidence.frame_terms import Claim, frame_terms
from accord.evidence.speech import Attribution

_SPAN = 12  # sentences a frame lasts without being named again
# a package named again by a definite noun opening its terms: "Under the proposal, ...", "The
# plan would ..."
_BACK_TO_PACKAGE = re.compile(
    r"^\W*(under (the|this|that) (\w+ )?(plan|proposal|framework|offer)\b|"
    r"(the|this|that) (\w+ )?(plan|proposal|framework|offer) (would|will|calls|provides)\b)",
    re.I,
)


class Agreements:
    """Reads agreements, deal terms and packages sentence by sentence, keeping the frame."""

    def __init__(self, index: ActorIndex, giver: dict[str, str]):
        self.index = index
        self.giver = giver
        self.delivering = list(dict.fromkeys(v for v in giver.values()))
        self.frame: Frame | None = None
        self.package: Frame | None = None  # the last package tabled, after its frame lapsed

    def sentence(
        self, k: int, sent: Any, issues: list[tuple[str, int, int]], att: Attribution | None
    ) -> list[Claim]:
        """Claims of one sentence: (actor, issue, stance, speaker, mode, issue offset)."""
        if self.frame is not None and k - self.frame.since > _SPAN:
            self.frame = None
        if self.frame is None and self.package is not None and _BACK_TO_PACKAGE.search(sent.text):
            # "Under the proposal, ...": the package tabled before, named again
            self.frame = replace(self.package, since=k)
        if (
            self.frame is None
            and not issues
            and sent.words.isdisjoint(cue_words())
            and sent.words.isdisjoint(GUARANTOR_NOUNS)
            and not (is_parsed(sent) and deal_named_made(sent))
        ):
            return []  # no agreement, tabling or package word, and nothing to carry on
        if not is_parsed(sent):
            return []  # no parse: nothing to read
        deal_nouns, package_nouns = deal_package_nouns()
        st = SentenceDeals(
            self.index,
            self.giver,
            self.delivering,
            self.frame,
            k,
            sent,
            issues,
            att,
            verb_classes(),
            deal_nouns,
            package_nouns,
        )
        words = cue_words()
        toks = sent.tokens if hasattr(sent, "tokens") else list(sent)
        # each token's ``lower_`` from the document's columns; a token object only for a cue word
        for j, low in enumerate(columns(sent.doc).lower[sent.start : sent.end]):
            if low in words and (word := cue(st, toks[j], low)) is not None:
                read_cue(st, toks[j], word)
        deal_starting(st)
        deal_taken_frame(st)
        if GUARANTEE_ISSUE and not sent.words.isdisjoint(
            st.classes.get("guarantee", frozenset()) | GUARANTOR_NOUNS
        ):
            st.out += guaranteeing(st) or named_guarantors(st)
        if GUARANTEE_ISSUE and (st.frame is not None or not sent.words.isdisjoint(deal_nouns)):
            st.out += guarantors(st)  # (a deal named in the sentence: "will see the accord kept")
        self.frame = st.frame
        if st.frame is not None and st.frame.kind == "package":
            self.package = st.frame
        # deal terms: planned issues in a sentence about a deal or a package
        terms = frame_terms(
            sent,
            k,
            issues,
            st.done,
            st.frame,
            st.speaker,
            att,
            self.index,
            self.giver,
            self.delivering,
        )
        return apart(st, st.out + terms)  # (guarantors are no parties: "signed as guarantors")
