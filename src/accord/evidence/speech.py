"""Direct and indirect speech in a document: the source of every sentence and the quotes it holds.

Direct quotes are found by their quotation marks, including a quote carried
over several paragraphs (each reopening with “ and no closing ” before the
paragraph ends). Indirect speech is a sentence whose reporting verb ("said",
"told", "insisted", ...) has a subject: a named person (resolved through the
gazetteer or their description), a pronoun (the last person named), an actor
("the union said"), or an unnamed source, kept as ``unattributed`` with the words
the article uses ("a foreign diplomat").

Here: :func:`attribute_sentences`, the pass over a document's sentences in order (a headline's
source, a statement's issuer, a text as a subject, a press release's first person, a report
carried on). One sentence's cue and source: :mod:`accord.evidence.sentence_source`; quotes and
their speakers: :mod:`accord.evidence.quotes`; a source phrase: :mod:`accord.evidence.sources`.
The names other modules use (``Attribution``, ``REPORTING``, ``attribute``, ...) are importable
from here.

>>> [text[s:e] for text in ["He said: “We will not budge.”"] for s, e in quote_spans(text)]
['“We will not budge.”']
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from accord.evidence.actors import ActorIndex, Person
from accord.evidence.issuers import FIRST_PLURAL, release_issuer
from accord.evidence.prefilter import guarded
from accord.evidence.quotes import find_quotes, indirect_quotes
from accord.evidence.reports import (
    carry_pronoun_sources,
    carry_reports,
    headline_dash,
    headline_source,
    quote_spans,
    sentence_subject,
    statement_issuer,
)
from accord.evidence.sentence_source import (
    OF_TEXTS,
    REPORTING,
    after_colon,
    attribute,
    phrasal_words,
    text_as_subject,
)
from accord.evidence.source_cues import GATE_WORDS
from accord.evidence.sources import STATEMENT, UNNAMED, Attribution, Memory, person_name
from accord.evidence.speakers import claim_speaker, spoken
from accord.evidence.titles import ROLES
from accord.evidence.turns import attribute_turns
from accord.evidence.types import Quote

__all__ = ["Attribution", "REPORTING", "attribute", "claim_speaker", "person_name", "quote_spans"]

# "X made the remarks in a speech": the source of the quote before
_MADE_REMARKS = re.compile(
    r"\b(?:made|gave|delivered|posted) (?:the|these|those|his|her) (?:remarks|comments|statement)\b"
)
# a pronoun, a quotation or a definite noun of a source ("the official", "the minister"): the next
# sentence may refer back to this one's subject
_BACK_NOUNS = sorted({n for n in UNNAMED | ROLES if not n.endswith("s")} - STATEMENT)
_REFERS = guarded(  # (in one group: the look-ahead for the first character guards each form)
    re.compile(
        r"(?:\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\b|[“\"]|\b[Tt]he (?:"
        + "|".join(_BACK_NOUNS)
        + r")\b)"
    )
)
_THAT_IS = re.compile(r"\s*(?:That|This)(?: is|’s|'s) according to\b")
# words of a text or a unit that may be the subject of a sentence's verb (:func:`text_as_subject`)
_REFERRING_BACK = frozenset(STATEMENT | {"office", "ministry"})


def person_actor(person: Person | None) -> str | None:
    return person.actor if person else None


def attribute_sentences(
    text: str, sents: list[Any], index: ActorIndex, name: str
) -> tuple[list[Attribution | None], list[Quote]]:
    """The source of every sentence of a document, and its quotes (direct, then reported).

    Sentences are read in order, so a reference back ("the sources", "the statement", "it
    said") finds its source; then quotes take the speaker of their sentence or a neighbour,
    and a report carries on into the sentences that continue it (:func:`carry_reports`).
    """
    memory = Memory()
    atts: list[Attribution | None] = []
    quoted: list[tuple[Attribution, ...]] = []  # each sentence's reports inside quotations
    subjects: list[tuple[int, Attribution, str] | None] = []
    for k, s in enumerate(sents):
        memory.sentence = k
        memory.sent_start = s.start_char
        cued = (
            not s.words.isdisjoint(REPORTING)
            or "per" in s.words
            or phrasal_words(s.words)
            or not (s.words.isdisjoint(OF_TEXTS) or s.words.isdisjoint(STATEMENT))
            or not s.words.isdisjoint(GATE_WORDS)
        )
        memory.quoted = ()
        att = attribute(s, index, memory) if cued else None
        quoted.append(memory.quoted)
        if (":" in s.text and (att is None or after_colon(s, att))) or (
            att is None and headline_dash(s)
        ):
            # "Union official: the union demands ...": the source before the colon reports the
            # sentence's own cue
            head = headline_source(s, index, memory)
            if head is not None and att is not None:
                head.inner = (att, *att.inner)
            att = head or att
        if not s.words.isdisjoint(STATEMENT):
            issued = memory.issued
            statement_issuer(s, index, memory)
            now = memory.issued
            if att is None and now is not None and now is not issued:
                if _MADE_REMARKS.search(s.text) or s.text.rstrip().endswith(":"):
                    # "“...” / X made the remarks in a speech": X is the quote's source; "X
                    # issued the following statement:" opens the quote that follows
                    att = replace(now[1], content=(s.start_char, s.end_char))
        if att is None and s.parsed and (s.words & _REFERRING_BACK):
            att = text_as_subject(s, index, memory)
        if att is not None and k and not spoken(atts[k - 1]) and _THAT_IS.match(s.text):
            # "C. That is according to X": X is the source of the sentence before
            prev = sents[k - 1]
            atts[k - 1] = replace(att, content=(prev.start_char, prev.end_char), inner=())
        atts.append(att)
        after = sents[k + 1].text if k + 1 < len(sents) else ""
        # only a pronoun or a quote of the next sentence asks for this one's subject
        memory.subject = sentence_subject(s, index, memory) if _REFERS.search(after) else None
        subjects.append(memory.subject)
    carry_pronoun_sources(sents, atts, index)
    attribute_turns(text, sents, index, atts)  # the answers of an interview or a briefing
    issuer = release_issuer(text, index)
    quotes = find_quotes(text, sents, atts, name, subjects, issuer)
    for k, sent in enumerate(sents):
        if atts[k] is None and issuer is not None and FIRST_PLURAL.search(sent.text):
            # the release speaks in the first person where its quotation marks do not say so
            atts[k] = replace(issuer, content=(sent.start_char, sent.end_char))
            continue
        # a sentence inside a quotation (or opening one) takes the speaker of its quote
        if atts[k] is None and quotes:
            for q in quotes:
                if (q.speaker or q.actor) and (
                    q.evidence.start <= sent.start_char < q.evidence.end
                    or sent.start_char <= q.evidence.start < sent.end_char
                ):
                    atts[k] = Attribution(q.speaker, q.actor, q.description)
                    break
    for k, inside in enumerate(quoted):
        held = atts[k]
        if inside and held is not None and not set(map(id, inside)) <= set(map(id, held.inner)):
            # a quote's own reports ("“... the mediators told the world that ...”") are inside
            # the quote's speaker's
            atts[k] = replace(held, inner=held.inner + inside)
    carry_reports(sents, atts, index)
    quotes += indirect_quotes(
        sents, [a if a is None or not a.carried else None for a in atts], name
    )
    return atts, quotes
