"""The extraction pipeline for one document, and for many on one core or on Ray.

>>> from accord.evidence.types import Document
>>> ex = extract_document(Document(name="n.txt", text="The council said on Wednesday it rejects the plan."))
>>> ex.published.date is None
True
"""

from __future__ import annotations

import gc
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import find_mentions
from accord.evidence.agreement_guarantees import GUARANTOR_NOUNS
from accord.evidence.agreement_terms import deal_package_nouns
from accord.evidence.attribution import home_party, trimmed
from accord.evidence.claims import extract_claims
from accord.evidence.columns import columns
from accord.evidence.count_tails import COUNTABLE, STILL_THERE
from accord.evidence.counts import extract_counts
from accord.evidence.cues import (
    CONDUCTING_FIRST,
    SEEK_NOUNS,
    issue_mentions,
    needs_parse,
    stance_cues,
)
from accord.evidence.dates import infer_published
from accord.evidence.deal_demands import sought_words
from accord.evidence.deal_demands import trigger_words as seeking_words
from accord.evidence.event_triggers import may_have_event, trigger_words
from accord.evidence.events import extract_events
from accord.evidence.gazetteer import Gazetteer
from accord.evidence.list_positions import position_list_claims
from accord.evidence.lists import (
    lead_in_speakers,
    list_blocks,
    list_claims,
    term_blocks,
    term_list_claims,
)
from accord.evidence.numbers import find_numbers
from accord.evidence.reading import furniture, reading_copy, restore
from accord.evidence.sentence_source import REPORTING
from accord.evidence.speech import attribute_sentences
from accord.evidence.threats import may_threaten
from accord.evidence.types import Document, Extraction

# what each version changed: docs/evidence/versions.md (bump it with any change of reading)
EXTRACTOR_VERSION = "126"


_WORD = re.compile(r"\w+")
_TRIGGERS = trigger_words()
_SEEKING = seeking_words()
_PACKAGES = sought_words()  # sought: a deal, assent to one, a gap closed, both sides to act
# pledging to guarantee or see a deal carried out: the parse tells who commits to what;
# tabling or passing on a package ("made a new offer"): the parse tells whose it is
_GUARANTEEING = (
    vocab.stance_forms("guarantee")
    | vocab.stance_forms("oversee")
    | vocab.stance_forms("table")
    | vocab.stance_forms("convey")
    | vocab.stance_forms("convey_to")
)


@lru_cache(maxsize=2048)
def _words_of(text: str) -> frozenset[str]:
    """The casefolded words of a sentence, remembered: read when choosing what to parse and
    again by the rules (a batch holds a few hundred sentences)."""
    return frozenset(_WORD.findall(text.casefold()))


class Sentence:
    """A sentence of a parsed document with its text and offsets computed once.

    Behaves like the spaCy span it wraps (iteration, indexing, ``root``, ``doc``); reading
    ``Span.text`` builds the string token by token, and the rules read it many times.
    """

    __slots__ = (
        "span",
        "doc",
        "doc_text",
        "start",
        "end",
        "start_char",
        "end_char",
        "text",
        "words",
        "_tokens",
        "_doc_tokens",
        "_parsed",
    )

    def __init__(self, span: Any, doc_text: str, doc_tokens: list[Any] | None = None):
        self.span = span
        self.doc = span.doc
        self.doc_text = doc_text
        self.start, self.end = span.start, span.end
        if self.end > self.start:  # as ``span.start_char, span.end_char``, from the arrays
            cols = columns(self.doc)
            self.start_char, self.end_char = cols.idx[self.start], cols.end[self.end - 1]
        else:
            self.start_char, self.end_char = span.start_char, span.end_char
        self.text = doc_text[self.start_char : self.end_char]
        self.words = _words_of(self.text)
        self._tokens: list[Any] | None = None
        self._doc_tokens = doc_tokens  # all the doc's tokens, when built once for all sentences
        self._parsed: bool | None = None

    @property
    def tokens(self) -> list[Any]:
        """The sentence's tokens, built once (spaCy makes a new Token object per access)."""
        if self._tokens is None:
            whole = self._doc_tokens
            self._tokens = whole[self.start : self.end] if whole is not None else list(self.span)
        return self._tokens

    @property
    def parsed(self) -> bool:
        """Whether the parser ran on this sentence (else every token is its own head)."""
        if self._parsed is None:
            self._parsed = any(t.dep_ != "ROOT" for t in self.tokens)
        return self._parsed

    def __iter__(self) -> Iterator[Any]:
        return iter(self.tokens)

    def __len__(self) -> int:
        return self.end - self.start

    def __getitem__(self, i: Any) -> Any:
        return self.span[i]

    @property
    def root(self) -> Any:
        return self.span.root


def _sentences(
    doc: Any, text: str | None = None, tokens: list[Any] | None = None
) -> list[Sentence]:
    """The sentences of a parsed document, split again at paragraph breaks.

    ``text``: the document's text when at hand (``Doc.text`` rebuilds it token by token);
    ``tokens``: ``list(doc)``, when at hand (spaCy makes a new Token object per access).
    """
    from accord.evidence.nlp import sentence_ranges

    text = doc.text if text is None else text
    return [Sentence(doc[s:e], text, tokens) for s, e in sentence_ranges(doc)]


def _reporting_verb(sent: Any) -> bool:
    """Whether a word of ``sent`` is a reporting verb (by its part of speech); only the
    tokens whose lowercase form is one are looked at (forms read from the doc's arrays)."""
    span = getattr(sent, "span", sent)
    doc = getattr(span, "doc", None)
    if doc is None:
        return any(t.lower_ in REPORTING and t.pos_ in ("VERB", "AUX", "ADJ") for t in sent)
    lows = columns(doc).lower
    return any(
        lows[i] in REPORTING and doc[i].pos_ in ("VERB", "AUX", "ADJ")
        for i in range(span.start, span.end)
    )


def wants_parse(sent: Any) -> bool:
    """Whether any rule reads the dependency parse of this (tagged) sentence.

    The speaker rules read it where a reporting verb occurs, the count rules where a number
    meets a countable noun, the claim rules where an issue or a firm stance is named; elsewhere
    (background, description, most event sentences) tags and words are enough.
    """
    text = sent.text
    words = _words_of(text)
    if not words.isdisjoint(REPORTING) and _reporting_verb(sent):
        return True  # a reporting verb, as the speaker rules look for it
    if (not words.isdisjoint(COUNTABLE) or STILL_THERE.search(text)) and find_numbers(text):
        return True
    if not words.isdisjoint(_TRIGGERS) and may_have_event(words):
        return True  # an event verb or noun: its clause gives mode, negation and agent
    if not words.isdisjoint(_SEEKING) and not words.isdisjoint(_PACKAGES):
        return True  # a demand for a deal: the parse tells what is sought
    if not words.isdisjoint(_GUARANTEEING) and not words.isdisjoint(_PACKAGES):
        return True  # "the mediators will monitor the accord", "X made a new offer"
    if not words.isdisjoint(GUARANTOR_NOUNS):
        return True  # "the guarantors of the deal - A, B and C": who they are
    if not words.isdisjoint(SEEK_NOUNS) and not words.isdisjoint(CONDUCTING_FIRST):
        return True  # "they would continue their efforts": whose they are says what is sought
    return needs_parse(text) or may_threaten(words, alternatives=False)


def extract_parsed(
    document: Document,
    doc: Any,
    gaz: Gazetteer | None = None,
    delivered_by: dict[str, str] | None = None,
    copy: str | None = None,
) -> Extraction:
    """Extract everything from a document already parsed by spaCy.

    ``delivered_by`` (issue -> party that gives it, e.g. from
    :func:`accord.evidence.lexicon.delivered_by_of` on a scenario) tells offers from demands.
    ``copy``: the document's reading copy, when the caller has made it for the parse.
    """
    gaz = gaz or Gazetteer.shared()
    original, name = document.text, document.name
    # ``doc`` is a parse of this copy
    text = reading_copy(original, gaz.acronyms()) if copy is None else copy
    if text is not original:
        document = replace(document, text=text)
    published = infer_published(text, name, gaz, document.published, document.url)
    tokens = list(doc)  # built once: the names and every sentence's rules read them
    index = find_mentions(text, doc, name, gaz, tokens)
    index.published = published.date
    index.home = home_party(document.outlet)
    same = not len(doc) or doc[-1].idx + len(doc[-1].text_with_ws) == len(text)
    sents = _sentences(doc, text if same else None, tokens)  # ``doc`` is the parse of ``text``
    links = furniture(text)  # links to other articles, bylines: not this article's words
    if links:
        sents = [s for s in sents if not any(a <= s.start_char < b for a, b in links)]
    atts, quotes = attribute_sentences(text, sents, index, name)
    claims = extract_claims(sents, index, atts, name, delivered_by)
    if list_blocks(sents):
        claims = sorted(
            claims
            + list_claims(
                document, sents, lambda t: _claims_of_text(t, name, gaz, delivered_by), claims
            ),
            key=lambda c: c.evidence.start,
        )
    if term_blocks(sents):
        # (drops from ``claims`` what a list's lead-in read as one sentence gave others)
        terms = term_list_claims(
            document, sents, atts, index, claims, deal_package_nouns()[1], issue_mentions
        )
        claims = sorted(claims + terms, key=lambda c: c.evidence.start)
    listed = position_list_claims(
        document, sents, atts, index, claims, deal_package_nouns()[1], issue_mentions, stance_cues
    )
    if listed:
        claims = sorted(claims + listed, key=lambda c: c.evidence.start)
    lead_in_speakers(sents, atts, claims)
    for c in claims:  # a source as a lead-in writes it ("officials involved:"): its words only
        if c.speaker:
            c.speaker = trimmed(c.speaker)
    counts = extract_counts(doc, sents, name, published)
    events = extract_events(sents, index, name, published)
    extraction = Extraction(
        doc=name,
        published=published,
        mentions=index.mentions,
        quotes=quotes,
        claims=claims,
        counts=counts,
        events=events,
    )
    return extraction if text is original else restore(extraction, original)


def _claims_of_text(
    text: str, name: str, gaz: Gazetteer, delivered_by: dict[str, str] | None
) -> list[Any]:
    """The claims of one text read on its own (a list read as the sentence it stands for)."""
    from accord.evidence.nlp import parse_selected

    (doc,) = parse_selected([text], lambda _s: True)
    index = find_mentions(text, doc, name, gaz)
    sents = _sentences(doc, text)
    atts, _quotes = attribute_sentences(text, sents, index, name)
    return extract_claims(sents, index, atts, name, delivered_by)


def extract_document(
    document: Document, gaz: Gazetteer | None = None, delivered_by: dict[str, str] | None = None
) -> Extraction:
    """Extract claims, counts, events and the publication date from one document."""
    from accord.evidence.nlp import parse_selected

    gaz = gaz or Gazetteer.shared()
    copy = reading_copy(document.text, gaz.acronyms())
    (doc,) = parse_selected([copy], wants_parse)
    return extract_parsed(document, doc, gaz, delivered_by, copy)


def extract_many(
    documents: Iterable[Document],
    gaz: Gazetteer | None = None,
    batch_size: int = 4,
    delivered_by: dict[str, str] | None = None,
) -> Iterator[Extraction]:
    """Extract from many documents on this core, tagging them in batches and parsing only the
    sentences the rules read the parse of (:func:`accord.evidence.nlp.parse_selected`).

    Four texts a batch by default: smaller arrays per layer of the encoder, measured a few per
    cent less CPU than eight on a two-core machine; tags and trees are the same at 1, 2, 4 or 8.
    """
    from accord.evidence.nlp import parse_selected

    docs = list(documents)
    gaz = gaz or Gazetteer.shared()
    keep = gaz.acronyms()
    copies: deque[str] = deque()  # reading copies made for the parse, not yet extracted

    def texts() -> Iterator[str]:
        for d in docs:
            copies.append(reading_copy(d.text, keep))
            yield copies[-1]

    # What exists now (the model, the tables, the caller's data: ~100,000 objects) outlives
    # this run; kept out of the collector's generations meanwhile, it is not traversed again by
    # each full collection (~0.1 s each, two or three per 150 articles: ~3 % of the CPU).
    # The rules make many short-lived objects and few cycles: the youngest generation is
    # collected every 20,000 allocations instead of 700 (~750 collections per 300 articles,
    # ~2 % of the CPU, down to a few dozen).
    gc.freeze()
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], 20_000), *thresholds[1:])
    try:
        for document, parsed in zip(
            docs, parse_selected(texts(), wants_parse, batch_size), strict=True
        ):
            yield extract_parsed(document, parsed, gaz, delivered_by, copies.popleft())
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
