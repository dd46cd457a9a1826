"""The token encoders with their first stage remembered per token form give the model's output
to the bit (invented sentences)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np
import pytest

pytest.importorskip("spacy")

from accord.evidence.embeddings import MIN_ROWS, EmbeddingCache, rows_independent  # noqa: E402
from accord.evidence.nlp import load_pipeline, nlp  # noqa: E402

TEXTS = [
    "The Ruritanian council said on Tuesday it would not sign the harbour accord.",
    "Envoys from Osterlich met in Port Vell.\n\nThey left without a statement, officials said.",
    "",
    "Quiet.",
    "The mediators proposed a pause of 12 days and the release of 40 fishermen. " * 12,
]


@lru_cache(maxsize=1)
def _uncached() -> Any:
    """The model as :func:`nlp` computes it (the same faster layers), with no cache."""
    return load_pipeline(cache=False)


def _run(model: Any, texts: list[str]) -> list[Any]:
    docs = [nlp().make_doc(t) for t in texts]
    return list(model.get_pipe("senter").pipe(model.get_pipe("tok2vec").pipe(docs)))


def test_the_pipeline_caches_both_token_encoders() -> None:
    cached = {
        name
        for name, pipe in nlp().components
        if hasattr(pipe, "model") and any(n.name == "cached_embedding" for n in pipe.model.walk())
    }
    assert cached == {"tok2vec", "senter"}


@pytest.mark.parametrize("batch", [TEXTS, TEXTS[:1], TEXTS[2:4], TEXTS[::-1]])
def test_the_cached_encoders_give_the_models_output_to_the_bit(batch: list[str]) -> None:
    for plain, cached in zip(_run(_uncached(), batch), _run(nlp(), batch), strict=True):
        assert plain.tensor.dtype == cached.tensor.dtype
        assert np.array_equal(plain.tensor, cached.tensor)
        assert [t.is_sent_start for t in plain] == [t.is_sent_start for t in cached]


def _embedding() -> Any:
    return _uncached().get_pipe("tok2vec").model.layers[0]


def test_every_encoders_first_stage_gives_a_row_its_bits_in_any_product() -> None:
    # numpy's BLAS where it does so, else thinc's BLIS (steady_embeddings): the cache's premise
    from accord.evidence.embeddings import _embedding_of

    found = [_embedding_of(getattr(pipe, "model", None)) for _n, pipe in _uncached().components]
    encoders = [f[1] for f in found if f is not None]
    assert encoders and all(rows_independent(embed) for embed in encoders)


def test_rows_seen_before_are_looked_up_and_new_ones_computed() -> None:
    embed = _embedding()
    assert rows_independent(embed)
    cache = EmbeddingCache(embed)
    docs = [nlp().make_doc(TEXTS[-1])]
    first = cache(docs)
    seen = len(cache.index)
    assert 0 < seen < len(docs[0])  # the repeated words are computed once
    again = cache(docs)
    assert len(cache.index) == seen and np.array_equal(first[0], again[0])
    assert np.array_equal(first[0], embed.predict(docs)[0])


def test_a_full_cache_starts_again_and_stays_right() -> None:
    embed = _embedding()
    cache = EmbeddingCache(embed, limit=MIN_ROWS)
    for text in (TEXTS[-1], TEXTS[0] * 12, TEXTS[1] * 12):
        docs = [nlp().make_doc(text)]
        assert np.array_equal(cache(docs)[0], embed.predict(docs)[0])
        assert len(cache.index) <= MIN_ROWS


@pytest.mark.parametrize("mix", [None, 0])
def test_distinct_rows_are_numpys_even_when_mixed_numbers_collide(
    mix: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accord.evidence import embeddings

    if mix is not None:  # every row's number is its last column: rows collide, bytes decide
        monkeypatch.setattr(embeddings, "_MIX", np.uint64(mix))
    rng = np.random.default_rng(3)
    rows = rng.integers(0, 4, size=(500, 6), dtype=np.uint64)
    first, inverse = embeddings._distinct_rows(rows)
    keys = rows.view(np.dtype((np.void, 48))).ravel()
    _k, want_first, want_inverse = np.unique(keys, return_index=True, return_inverse=True)
    assert sorted(first.tolist()) == sorted(want_first.tolist())  # the same first occurrences
    assert np.array_equal(rows[first][inverse], rows)  # each row maps to its own distinct row
    assert len(set(inverse.tolist())) == len(want_first)
