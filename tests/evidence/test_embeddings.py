"""The token encoder with its first stage remembered per token form gives the model's output to
the bit (invented sentences)."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("spacy")

from accord.evidence.embeddings import (  # noqa: E402
    MIN_ROWS,
    EmbeddingCache,
    encode,
    rows_independent,
)
from accord.evidence.nlp import nlp  # noqa: E402

TEXTS = [
    "The Ruritanian council said on Tuesday it would not sign the harbour accord.",
    "Envoys from Osterlich met in Port Vell.\n\nThey left without a statement, officials said.",
    "",
    "Quiet.",
    "The mediators proposed a pause of 12 days and the release of 40 fishermen. " * 12,
]


def _plain(texts: list[str]) -> list[np.ndarray]:
    model = nlp()
    docs = [model.make_doc(t) for t in texts]
    return [d.tensor for d in model.get_pipe("tok2vec").pipe(docs)]


def _cached(texts: list[str]) -> list[np.ndarray]:
    model = nlp()
    return [d.tensor for d in encode(model.get_pipe("tok2vec"), [model.make_doc(t) for t in texts])]


@pytest.mark.parametrize("batch", [TEXTS, TEXTS[:1], TEXTS[2:4], TEXTS[::-1]])
def test_the_cached_encoder_gives_the_models_tensors_to_the_bit(batch: list[str]) -> None:
    for plain, cached in zip(_plain(batch), _cached(batch), strict=True):
        assert plain.dtype == cached.dtype and plain.shape == cached.shape
        assert np.array_equal(plain, cached)


def test_rows_seen_before_are_looked_up_and_new_ones_computed() -> None:
    model = nlp()
    embed = model.get_pipe("tok2vec").model.layers[0]
    assert rows_independent(embed)
    cache = EmbeddingCache(embed)
    long = TEXTS[-1]
    docs = [model.make_doc(long)]
    first = cache(docs)
    seen = len(cache.index)
    assert 0 < seen < len(docs[0])  # the repeated words are computed once
    again = cache(docs)
    assert len(cache.index) == seen and np.array_equal(first[0], again[0])
    assert np.array_equal(first[0], embed.predict(docs)[0])


def test_a_full_cache_starts_again_and_stays_right() -> None:
    model = nlp()
    embed = model.get_pipe("tok2vec").model.layers[0]
    cache = EmbeddingCache(embed, limit=MIN_ROWS)
    for text in (TEXTS[-1], TEXTS[0] * 12, TEXTS[1] * 12):
        docs = [model.make_doc(text)]
        assert np.array_equal(cache(docs)[0], embed.predict(docs)[0])
        assert len(cache.index) <= MIN_ROWS
