"""The extraction pipeline for one document, and for many on one core or on Ray.

>>> from accord.evidence.types import Document
>>> ex = extract_document(Document(name="n.txt", text="Hamas said on Wednesday it rejects the plan."))
>>> ex.published.date is None
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from accord.evidence.actors import find_mentions
from accord.evidence.claims import extract_claims
from accord.evidence.counts import extract_counts
from accord.evidence.dates import infer_published
from accord.evidence.events import extract_events
from accord.evidence.gazetteer import Gazetteer
from accord.evidence.speech import attribute, find_quotes, indirect_quotes, quote_spans
from accord.evidence.types import Document, Extraction

EXTRACTOR_VERSION = "3"


def _sentences(doc: Any) -> list[Any]:
    """spaCy sentences, split again at paragraph breaks (headlines and captions stand alone)."""
    out = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if "\n" in tok.text and tok.i > start:
                if doc[start:tok.i].text.strip():
                    out.append(doc[start:tok.i])
                start = tok.i + 1
        if start < sent.end and doc[start:sent.end].text.strip():
            out.append(doc[start:sent.end])
    return out


def extract_parsed(document: Document, doc: Any, gaz: Gazetteer | None = None,
                   delivered_by: dict[str, str] | None = None) -> Extraction:
    """Extract everything from a document already parsed by spaCy.

    ``delivered_by`` (issue -> party that gives it, e.g. from
    :func:`accord.evidence.claims.delivered_by_of` on a scenario) tells offers from demands.
    """
    gaz = gaz or Gazetteer.shared()
    text, name = document.text, document.name
    published = infer_published(text, name, gaz, document.published)
    index = find_mentions(text, doc, name, gaz)
    sents = _sentences(doc)
    atts = [attribute(s, index) for s in sents]
    quotes = find_quotes(text, sents, atts, name)
    # a sentence that is all quotation takes the speaker of its quote
    for k, sent in enumerate(sents):
        if atts[k] is None and quote_spans(sent.text):
            for q in quotes:
                if q.speaker or q.actor:
                    if q.evidence.start <= sent.start_char < q.evidence.end or \
                            sent.start_char <= q.evidence.start < sent.end_char:
                        from accord.evidence.speech import Attribution

                        atts[k] = Attribution(q.speaker, q.actor, q.description)
                        break
    quotes += indirect_quotes(sents, atts, name)
    claims = extract_claims(sents, index, atts, name, delivered_by)
    counts = extract_counts(doc, sents, name, published)
    events = extract_events(sents, index, name, published)
    return Extraction(doc=name, published=published, mentions=index.mentions, quotes=quotes,
                      claims=claims, counts=counts, events=events)


def extract_document(document: Document, gaz: Gazetteer | None = None,
                     delivered_by: dict[str, str] | None = None) -> Extraction:
    """Extract claims, counts, events and the publication date from one document."""
    from accord.evidence.nlp import nlp

    return extract_parsed(document, nlp()(document.text), gaz, delivered_by)


def extract_many(documents: Iterable[Document], gaz: Gazetteer | None = None,
                 batch_size: int = 32, delivered_by: dict[str, str] | None = None
                 ) -> Iterator[Extraction]:
    """Extract from many documents on this core, parsing them in batches (``nlp.pipe``)."""
    from accord.evidence.nlp import nlp

    docs = list(documents)
    for document, parsed in zip(docs, nlp().pipe((d.text for d in docs), batch_size=batch_size),
                                strict=True):
        yield extract_parsed(document, parsed, gaz, delivered_by)
