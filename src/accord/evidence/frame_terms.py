"""Deal terms read inside a frame (:class:`accord.evidence.agreements.Agreements`): an issue
reported as planned ("will release", "would be freed", "to be freed") in a sentence about a
deal or a package, or after one, is accepted by the party that delivers it; inside a tabled
package it is offered by whoever tabled it. With no frame, only a sentence like "the deal
includes ..." has terms; a party's own future delivery is its commitment
(:mod:`accord.evidence.commitments`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from accord.evidence.actors import ActorIndex
from accord.evidence.agreement_terms import (
    DEAL_WORDS,
    INCLUDING,
    Frame,
    deal_package_nouns,
    is_term,
    mutual_issues,
    nominal,
    term_holders,
    token_index,
)
from accord.evidence.columns import columns
from accord.evidence.commitments import commitments
from accord.evidence.count_boxes import ledger_record
from accord.evidence.count_vocab import vocabulary as count_vocabulary
from accord.evidence.deal_in_force import deal_asks
from accord.evidence.lists import MARK, OWN_POSITION_LINE
from accord.evidence.mode_words import ASKING
from accord.evidence.modes import has_marks, read
from accord.evidence.parties import parties_of, pronoun_party
from accord.evidence.speech import Attribution
from accord.evidence.term_forms import doer_of, modal_may, phased_term, present_term

Claim = tuple[str, str, str, str | None, str, int]  # actor, issue, stance, speaker, mode, offset

_RATE = frozenset({"per", "each", "every"})
_ITEM = re.compile(rf"^\s*{MARK}(?=\S)")  # a list item's line
_RECORD_LABEL = re.compile(r"\b(so far|to date|until now|in total|total|since|(19|20)\d\d)\b", re.I)
# a fact box's line: a label and its figure, with a few words on it ("Aid: 200 trucks a day, plus
# fuel", "Share under control after the first pullback: about 53%")
_FACT_LINE = re.compile(
    r"^\s*(?:[-–•*▪●]\s*)?(?P<label>[A-Z][\w ,’'()/-]{2,60}):\s*(?:about |up to |some |around )?"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty)\b[^:\n]{0,120}$",
    re.I,
)


def _participle(tok: Any) -> bool:
    """A label's past participle ("Workers freed in the truce"): tagged so in a parse, or, in
    a line the parser did not read, a past form of a verb of the count vocabulary."""
    if tok.dep_ and tok.tag_ == "VBN" and tok.dep_ == "acl":
        return True
    if tok.dep_ and tok.tag_ != "VBD":
        return False  # (a label parsed as a clause tags its participle a past: "X freed in Y")
    return tok.lower_ in count_vocabulary().actions and tok.lower_.endswith(("ed", "en"))


def listed_term(sent: Any, frame: Frame | None, span: list[Any]) -> bool:
    """An item of a package's list with no verb of its own ("- A six-week truce during which
    ..."), an item of a deal's or a package's list in the present ("- X releases 33
    people", "- troops pull back to ..."), or a fact box's "Label: figure" line under either
    ("Aid trucks allowed daily: 600"): the list's term, like its items with "would"."""
    if frame is None:
        return False
    fact = _FACT_LINE.match(sent.text)
    if fact:
        # a tally of what has happened is a record, no term: "freed so far", "in the 2023
        # truce", a label on a past participle ("workers freed outside the formula") unless
        # it is a rate ("people freed per soldier")
        label_end = sent.start_char + fact.end("label")
        label = [t for t in sent if t.idx < label_end]
        return not _RECORD_LABEL.search(fact.group("label")) and (
            not any(_participle(t) for t in label[1:])
            or any(t.lower_ in _RATE for t in label)  # "freed per soldier", "for each body"
        )
    if not _ITEM.match(sent.text):
        return False
    root = sent.root
    if not any(ch.isalpha() for ch in root.text):
        # the bullet taken for the item's verb ("• the release of X"): its noun is the item's
        root = next((c for c in root.children if c.pos_ in ("NOUN", "PROPN")), root)
    within = any(t.i == root.i or any(a.i == root.i for a in t.ancestors) for t in span)
    if root.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "neg" for c in root.children):
        return within  # the present of a list of terms: what the text provides
    # the item's noun or a clause describing it ("a first stage in which the fighting stops")
    return frame.kind == "package" and root.pos_ in ("NOUN", "PROPN") and within


def _source_doer(tok: Any, att: Attribution, index: ActorIndex) -> bool:
    """The doer of an issue's verb is the party whose words the sentence reports ("we will
    free them", "X says it will give back the remains"): its own pledge, not a term of a package
    another party tabled."""
    subj = doer_of(tok)
    if subj is None:
        return False
    if subj.lower_ in ("we", "i"):
        return True
    return att.actor in (pronoun_party(subj, index, att) or parties_of(subj, index, []))


def _doer_delivers(tok: Any, issue: str, giver: dict[str, str], index: ActorIndex) -> bool:
    """Whether the subject of an issue's verb, where it names a party, is the party that
    delivers the issue ("X hands over the remains of 15 people for every one returned" is
    X's own delivery, not the term its issue names)."""
    doer = doer_of(tok)
    if doer is None:
        return True
    named = parties_of(doer, index, [])
    return not named or giver.get(issue) in named


def _before_package(tok: Any, frame: Frame | None) -> bool:
    """An issue ahead of the package noun or tabling verb that opened the frame in its own
    sentence, outside that word's clause ("X was seeking a deal that would bring A, and the
    mediators were sharing proposals": A is X's aim, not a term of the proposals)."""
    noun = frame.noun if frame is not None else None
    if noun is None or noun.doc is not tok.doc or noun.sent != tok.sent or tok.i > noun.i:
        return False
    clause = next((a for a in [noun, *noun.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    return clause is not None and clause != tok and clause not in tok.ancestors


_THING_PRONOUNS = frozenset({"it", "which", "that"})
_NEEDING = frozenset({"require", "requires", "required", "need", "needs", "needed"})


@lru_cache(maxsize=1)
def _no_askers() -> frozenset[str]:
    """Subjects whose verb of asking sets out a package's terms: the package or deal itself, or
    a pronoun standing for it ("it calls for", "which calls for")."""
    deal, package = deal_package_nouns()
    return _THING_PRONOUNS | deal | package | DEAL_WORDS


def _asked_for(tok: Any) -> bool:
    """An issue a party's verb of asking governs in its own or the next clause up, whatever
    its auxiliary ("would also press for more aid", "wanted a longer pause, which would allow
    more aid"): an ask, read by the cues, not a term of the frame. ("X expected Y to secure
    A" is left to the frame: "expect" is as often a forecast as an ask.) A deal or package that
    "calls for" something, or "amendments demanding" it, sets out its terms."""
    for v in [a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")][:2]:
        asker = v.head if v.dep_ == "xcomp" else v  # "would continue to press for"
        subj = next((c for c in asker.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in _no_askers() or v.dep_ == "acl" or v.lower_ in _NEEDING:
            continue  # the package's own words ("it calls for", "which calls for")
        if v.lower_ in ASKING:
            return True
    return False


def frame_terms(
    sent: Any,
    k: int,
    issues: list[tuple[str, int, int]],
    done: set[int],
    frame: Frame | None,
    speaker: str | None,
    att: Attribution | None,
    index: ActorIndex,
    giver: dict[str, str],
    delivering: list[str],
) -> list[Claim]:
    """The planned terms of sentence ``k`` among ``issues`` not read by a verb (``done``);
    a term renews the frame (``frame.since``)."""
    out: list[Claim] = []
    if not issues or (frame is not None and ledger_record(sent.text)):
        return out  # (a ledger's or a timeline's line under the terms: what happened)
    if frame is not None and OWN_POSITION_LINE.match(sent.text):
        return out  # "X's demands: A; B": a party's own position, read by the cues, no term
    base = sent.start_char
    lows = columns(sent.doc).lower  # each token's ``lower_``, read once per document
    if frame is None and not any(
        lows[t.i] in DEAL_WORDS and t.dep_ in ("nsubj", "nsubjpass") and lows[t.head.i] in INCLUDING
        for t in sent
    ):
        # terms only after a deal or package is named, or as "the deal includes"; a party's
        # own future delivery is its commitment
        return commitments(sent, issues, done, index, att, giver, delivering)
    speakers_own: list[tuple[str, int, int]] = []
    for issue, s, _e in issues:
        if s in done:
            continue
        tok = sent.doc[token_index(sent, base + s)]
        if _before_package(tok, frame) or _asked_for(tok):
            continue
        span = [t for t in sent if base + s <= t.idx < base + _e] or [tok]
        reading = read(tok, sent.start, has_marks(sent))
        # a deal taken as made, told without a party's voice: its terms in the present or
        # as duties ("X releases ...", "Y must return ...") are what was agreed; a mutual
        # issue in the present ("the truce continues") tells how the deal stands, no term
        present = (
            issue in giver
            and issue not in mutual_issues()
            and frame is not None
            and frame.kind == "deal"
            and (att is None or not att.actor)
            and present_term(tok, span)
            and _doer_delivers(tok, issue, giver, index)
        )
        if (
            reading.negated
            or (
                reading.mode == "hypothetical"
                and not present
                and not (frame is not None and frame.kind == "package" and modal_may(tok))
            )
            or (
                reading.mode == "demanded"
                and not present
                and not deal_asks(tok, frame is not None and frame.kind == "package")
            )
            or nominal(tok)
            or not (
                any(is_term(t) for t in span)
                or listed_term(sent, frame, span)
                or (frame is not None and phased_term(tok))
                or present
                or (frame is not None and frame.kind == "package" and modal_may(tok))
            )
        ):
            continue
        spk = speaker  # the report carries on only where the sentence continues it (speech)
        if (
            frame is not None
            and frame.kind == "package"
            and att is not None
            and att.actor
            and att.actor not in frame.parties
            and _source_doer(tok, att, index)
        ):
            # "we will free them under the plan": the speaker's
            speakers_own.append((issue, s, _e))
            continue
        if frame is not None and frame.kind == "package":
            for p in frame.parties:
                # a party's counter-proposal asks the other side for what that side
                # delivers (its truce, a pull-back, the people it holds); a first package offers all
                asks = frame.counter and p in delivering and giver.get(issue) not in (None, p)
                out.append((p, issue, "demand" if asks else "offer", spk, "planned", s))
            frame.since = k
            continue
        doer = doer_of(tok)
        if (
            doer is not None
            and doer.lower_ in ("we", "i")
            and att is not None
            and att.actor
            and giver.get(issue) not in (None, att.actor)
        ):
            # "we will bring them all home", said beside a deal by a party that does not
            # deliver it: the speaker's aim, no term
            continue
        parties = frame.parties if frame is not None else list(delivering)
        for holder in term_holders(issue, parties, giver) or (
            [giver[issue]] if issue in giver else []
        ):
            out.append((holder, issue, "accept", spk, "planned", s))
        if frame is not None:
            frame.since = k
    if speakers_own:
        out += commitments(sent, speakers_own, done, index, att, giver, delivering)
    return out
