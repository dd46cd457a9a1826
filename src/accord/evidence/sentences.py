"""The sentences of a tagged text, and the ones a rule will read the parse of.

The model's small sentence splitter (``senter``) gives the first cut; a sentence is split
again at paragraph breaks (headlines stand alone), where a page's date label runs into the
first sentence ("date 2024-03-03 The envoy said ..."), and where a headline runs into the
first sentence with no punctuation (:func:`_split_run_on`). The sentences are kept in
``doc.user_data[SENTS_KEY]`` as token ranges, since ``doc.sents`` would follow the partial
trees of :func:`accord.evidence.nlp.parse_selected`; :func:`sentence_ranges` reads them
back. :func:`select_for_parse` splits a tagged doc and makes a document of each sentence
``wanted`` accepts, for the parser to read alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

from accord.evidence import vocab

SENTS_KEY = "accord_sents"
RAW_SENTS_KEY = "accord_raw_sents"  # the splitter's sentences, before paragraph breaks


def _split_paragraphs(doc: Any, start: int, end: int, breaks: Any = None) -> list[tuple[int, int]]:
    """Token ranges of one sentence split again at paragraph breaks (headlines stand alone).

    ``breaks``: the sorted indices of the tokens that hold a line break, when known.
    """
    if breaks is None:
        breaks = [i for i in range(start, end) if "\n" in doc[i].text]
    out = []
    for i in breaks:
        if i <= start or i >= end:
            continue
        if doc[start:i].text.strip():
            out.append((start, i))
        start = i + 1
    if start < end and doc[start:end].text.strip():
        out.append((start, end))
    return out


_LABEL_ZONE = 400  # characters from the top where a page's labels stand
_LABEL = re.compile(r"\s*(date|published|updated|posted)\s*:?\s*\d{4}-\d\d-\d\d\b", re.I)
# a wire dateline opening the body: places in capitals, perhaps a day and an agency, a dash
# ("CITY - ", "CITY / CITY, August 18 (Agency) - "): not part of the sentence after it
_DATELINE_ZONE = 1500
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’]+(?:[ /-]+[A-Z][A-Z.'’]+)*"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"(?:\s*\([^()\n]{2,40}\))?\s+[—–-]{1,2}\s+(?=[A-Z])"
)


def _split_labels(doc: Any, ranges: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """A page's date label run into the first sentence ("date 2024-03-03 The envoy said ...")
    stands alone: the sentence after it is parsed without it. ``text``: the doc's text."""
    out = []
    for s, e in ranges:
        start = doc[s].idx
        m = _LABEL.match(text, start, start + 40) if start < _LABEL_ZONE else None
        if m is None and start < _DATELINE_ZONE:
            m = _DATELINE.match(text, start, start + 120)  # "CITY, Aug 18 (Agency) - "
        if m and e - s > 1:
            end = m.end()
            cut = next((t.i for t in doc[s:e] if t.idx >= end and not t.is_space), e)
            if s < cut < e:
                out += [(s, cut), (cut, e)]
                continue
        out.append((s, e))
    return out


_FINITE = ("VBZ", "VBD", "VBP", "MD")
# verbs whose object is whom they address (data/verbs.yaml, reporting.addressee)
_ADDRESSING = frozenset(
    f for lemma in vocab.verbs().reporting.addressee for f in vocab.verb_forms(lemma)
)


_CLOSING = frozenset({'"', "”", "’", "'", ")"})


def _split_run_on(
    piece: tuple[int, int], words: list[str], tags: list[str]
) -> list[tuple[int, int]]:
    """The first sentence split where a headline run into it ends ("Union rejects offer
    Ruritania's port stays shut", "..., says army chief Union said it ..."): a clause with a
    finite verb, then with no comma a name opening a clause of its own, its verb within
    a few words, after a word that does not start a noun phrase around the name ("the deal
    Union signed" is one clause)."""
    s, e = piece
    last = next((w for w in reversed(words[s:e]) if w.strip() and w not in _CLOSING), "")
    if last not in (".", "!", "?"):
        return [piece]  # a headline standing alone ends in no full stop: nothing ran into it
    verb = False
    for i in range(s + 1, e - 2):
        if tags[i - 1] == ",":
            verb = False  # "X demands Y, official Z said": a run-on has no comma after its verb
            continue
        verb = verb or tags[i - 1] in _FINITE or (tags[i - 1] == "NNS" and i - 1 > s)
        if not verb or tags[i] not in ("NNP", "NNPS") or not words[i][:1].isupper():
            continue
        title = words[i - 1].isupper() and len(words[i - 1]) <= 3  # "..., says army PM"
        if (tags[i - 1] not in ("NN", "NNS", "VBZ", "VBD", "VBP") and not title) or i - 2 < s:
            continue
        if tags[i - 2] in ("DT", "PRP$", "WDT", "IN", "CD") or not words[i - 1].isalpha():
            continue
        if words[i - 1].lower() in ("says", "said"):
            continue  # "..., says army chief": the speaker follows
        if words[i - 1].lower() in _ADDRESSING or (
            tags[i - 1] in ("NN", "NNS") and words[i - 2].lower() in _ADDRESSING
        ):
            # "an official told Reuters the group ...", "X told reporters Y had ...": the name
            # is whom it tells, or opens what it tells them
            continue
        ahead = tags[i + 1 : min(e, i + 7)]
        # after a verb the name may be its object: its own verb must come before a preposition
        stops = (
            (",", ".", ":", "CC", "IN") if tags[i - 1].startswith("VB") else (",", ".", ":", "CC")
        )
        stop = next((k for k, t in enumerate(ahead) if t in stops), len(ahead))
        if any(t in _FINITE for t in ahead[:stop]):
            return [(s, i), (i, e)]
    return [piece]


def sentence_ranges(doc: Any) -> list[tuple[int, int]]:
    """Token ranges of the sentences of ``doc``, split at paragraph breaks."""
    got = doc.user_data.get(SENTS_KEY)
    if got is not None:
        return list(got)
    return [r for sent in doc.sents for r in _split_paragraphs(doc, sent.start, sent.end)]


class _Tagged:
    """A tagged sentence as ``wanted`` sees it: the span, and its text sliced from the original
    (``Span.text`` rebuilds it token by token)."""

    __slots__ = ("span", "text")

    def __init__(self, span: Any, doc_text: str):
        self.span = span
        self.text = doc_text[span.start_char : span.end_char]

    def __iter__(self) -> Iterator[Any]:
        return iter(self.span)

    def __len__(self) -> int:
        return len(self.span)


def select_for_parse(
    doc: Any, text: str, k: int, wanted: Callable[[Any], bool], subs: list[Any]
) -> list[tuple[int, int, int]]:
    """Split tagged ``doc`` (the doc of ``text``, ``k``-th of its batch) into sentences, keep
    them in its user data, and add a document to ``subs`` for each one ``wanted`` accepts.

    Works on the doc's arrays and on the text (``Span.as_doc`` and ``Span.text`` go token by
    token): each chosen sentence becomes a document with the same words and encoder output,
    marked as one sentence (the parser keeps it whole). Returns the chosen ranges.
    """
    from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START, SPACY, TAG
    from spacy.tokens import Doc

    head = doc._get_array_attrs()
    arr = doc.to_array(head)
    col = head.index(SENT_START)
    n = len(doc)
    extra = doc.to_array([IDX, IS_SPACE])
    idx = extra[:, 0].tolist()
    lens = arr[:, head.index(LENGTH)].tolist()
    words = [text[i : i + m] for i, m in zip(idx, lens, strict=True)]
    spaces = [bool(x) for x in arr[:, head.index(SPACY)].tolist()]
    starts = (np.flatnonzero(arr[1:, col] == 1) + 1).tolist()
    bounds = [0, *starts]  # as Doc.sents
    raw: list[tuple[int, int]] = []
    for s, e in zip(bounds, [*bounds[1:], n], strict=True):
        if raw and words[raw[-1][1] - 1] in ("[", "("):  # as _join_brackets
            raw[-1] = (raw[-1][0], e)
        else:
            raw.append((s, e))
    breaks = [int(i) for i in np.flatnonzero(extra[:, 1]) if "\n" in words[int(i)]]

    def filled(a: int, b: int) -> bool:  # doc[a:b].text.strip(), from the text
        return bool(text[idx[a] : idx[b - 1] + lens[b - 1]].strip())

    pieces = []
    for start, end in raw:  # as _split_paragraphs
        for i in breaks:
            if i <= start or i >= end:
                continue
            if filled(start, i):
                pieces.append((start, i))
            start = i + 1
        if start < end and filled(start, end):
            pieces.append((start, end))
    if pieces and idx[pieces[0][0]] < _LABEL_ZONE:
        tags = arr[: pieces[0][1], head.index(TAG)].tolist()  # all the split reads
        pieces[:1] = _split_run_on(pieces[0], words, [doc.vocab.strings[t] for t in tags])
    ranges = _split_labels(doc, pieces, text)
    doc.user_data[SENTS_KEY] = ranges
    doc.user_data[RAW_SENTS_KEY] = raw
    chosen = []
    for s, e in ranges:
        if wanted(_Tagged(doc[s:e], text)):
            chosen.append((k, s, e))
            arr[s, col] = 1  # one sentence: the parser keeps it whole
            arr[s + 1 : e, col] = np.uint64(2**64 - 1)  # -1, "not a start"
            sub = Doc(doc.vocab, words=words[s:e], spaces=spaces[s:e])
            # the parser reads the encoder output and the sentence marks only (not the tags)
            sub.from_array([SENT_START], arr[s:e, [col]])
            sub.tensor = doc.tensor[s:e]
            subs.append(sub)
    return chosen
