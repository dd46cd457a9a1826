"""The token encoder's first stage remembered per token form, so it runs once per distinct token.

spaCy's token encoder (``tok2vec``) has two stages: an embedding of each token on its own — six
hashed features (norm, prefix, suffix, shape, trailing space, is-space), their table rows
concatenated and mixed by a maxout layer with layer normalisation — then a convolution over the
neighbouring tokens. The first stage is a function of the token's six feature values alone, and
it was a third of the encoder's time; most tokens of a text are words seen before (in generated
articles 334 distinct feature rows among 122,000 tokens, in news a few thousand per batch).
:class:`EmbeddingCache` keeps each distinct row's output and computes only the new rows;
:func:`cache_embeddings` puts one in front of the shared encoder and one in front of the sentence
splitter's own small encoder (five of those features, 16 wide) when the model is loaded.

The outputs are the model's to the bit: the new rows are computed by the model's own layers, in
blocks of at least :data:`MIN_ROWS` (BLAS libraries switch to other kernels, which round
differently, for products of a few rows); a batch of fewer tokens than that runs the model as
it is; and :func:`rows_independent` checks at start-up that this machine's BLAS gives a row the
same result in a block of :data:`MIN_ROWS` rows as in a long product, else no cache is used.
Where numpy's BLAS does not (the OpenBLAS numpy ships, on an AVX2 AMD EPYC),
:func:`steady_embeddings` first moves the first stage's products back to thinc's BLIS, the
model's default, whose rows are alike in any product there; the stage runs only on new rows,
so the slower products cost little.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np

MIN_ROWS = 128  # rows computed together: a small product may take another kernel
LIMIT = 50_000  # distinct rows kept (96 floats each: ~19 MB); the cache restarts when full


class EmbeddingCache:
    """The first stage of a token encoder (``extract_features >> ... >> ragged2list``), by row.

    One batch at a time (a lock): threads sharing the loaded model do not grow the table at once.
    """

    def __init__(self, embed: Any, limit: int = LIMIT):
        names = [layer.name for layer in embed.layers]
        if names[:2] != ["extract_features", "list2ragged"] or names[-1] != "ragged2list":
            raise ValueError(f"not a token embedding: {names}")
        self.embed = embed
        self.columns = embed.layers[0].attrs["columns"]
        self.rows = embed.layers[2:-1]  # the per-row layers: hash tables, then the mixing
        self.width = embed.get_dim("nO")
        self.limit = limit
        self._lock = threading.Lock()
        self._clear()

    def _clear(self) -> None:
        self.index: dict[bytes, int] = {}
        self.table = np.zeros((1024, self.width), dtype=np.float32)

    def __call__(self, docs: list[Any]) -> list[Any]:
        """The first stage's output for each doc, as ``embed.predict(docs)``."""
        with self._lock:
            return self._lookup(docs)

    def _lookup(self, docs: list[Any]) -> list[Any]:
        feats = [doc.to_array(self.columns).reshape(len(doc), len(self.columns)) for doc in docs]
        every = np.concatenate(feats).astype(np.uint64, copy=False)
        if len(every) < MIN_ROWS:
            return list(self.embed.predict(docs))
        every = np.ascontiguousarray(every)
        first, inverse = _distinct_rows(every)
        raw, width = every[first].tobytes(), every.shape[1] * 8
        distinct = [raw[i : i + width] for i in range(0, len(raw), width)]  # each row's bytes
        if len(self.index) + len(distinct) > self.limit:
            self._clear()
        index = self.index
        where = np.array([index.get(k, -1) for k in distinct], dtype=np.int64)
        new = np.flatnonzero(where < 0)
        if len(new):
            where[new] = self._add(every[first[new]], [distinct[i] for i in new])
        out = self.table[where[inverse]]
        bounds = np.cumsum([len(f) for f in feats])[:-1]
        return list(np.split(out, bounds))

    def _add(self, feats: Any, keys: list[bytes]) -> Any:
        """Compute the rows of new feature values (in blocks of at least MIN_ROWS rows)."""
        n = len(feats)
        block = (
            feats
            if n >= MIN_ROWS
            else np.concatenate([feats, np.repeat(feats[:1], MIN_ROWS - n, 0)])
        )
        rows = _through(self.rows, np.ascontiguousarray(block))[:n]
        start = len(self.index)
        while start + n > len(self.table):
            self.table = np.concatenate([self.table, np.zeros_like(self.table)])
        self.table[start : start + n] = rows
        self.index.update(zip(keys, range(start, start + n), strict=True))
        return np.arange(start, start + n)


_MIX = np.uint64(0x9E3779B97F4A7C15)  # an odd multiplier: the columns mixed into one number


def _distinct_rows(rows: Any) -> tuple[Any, Any]:
    """The first index of each distinct row of ``rows`` (uint64), and each row's distinct row.

    ``np.unique`` of the rows as byte strings compares them byte by byte in its sort (most of
    the lookup's time); here the rows are sorted by one number mixed from their columns, and
    the rows that share a number are checked to be the same row. Should two differ (a
    collision), the byte strings are sorted after all.
    """
    mixed = rows[:, 0].copy()
    for k in range(1, rows.shape[1]):
        mixed *= _MIX
        mixed ^= rows[:, k]
    _numbers, first, inverse = np.unique(mixed, return_index=True, return_inverse=True)
    inverse = inverse.ravel()
    if not np.array_equal(rows[first][inverse], rows):
        keys = rows.view(np.dtype((np.void, rows.shape[1] * 8))).ravel()
        _keys, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        inverse = inverse.ravel()
    return first, inverse


def steady_embeddings(pipeline: Any) -> list[str]:
    """Compute the first stage of each pipe's token embedding through thinc's BLIS where
    numpy's BLAS gives a row other bits in a short product than in a long one and BLIS does
    not; returns the names of the pipes whose first stage now gives a row the same bits in any
    product (what :func:`cache_embeddings` checks, so that check need not run again). Called
    before it, as part of the model the cache must reproduce.
    """
    from accord.evidence.model_ops import numpy_ops

    steady = []
    for name, pipe in pipeline.components:
        found = _embedding_of(getattr(pipe, "model", None))
        if found is None:
            continue
        if rows_independent(found[1]):
            steady.append(name)
            continue
        before = _set_ops(found[1], numpy_ops(blis=True))
        if rows_independent(found[1]):
            steady.append(name)
        else:  # neither keeps rows alike: numpy's products, the faster, and no cache
            for layer, ops in before:
                layer.ops = ops
    return steady


def _set_ops(embed: Any, ops: Any) -> list[tuple[Any, Any]]:
    """Give every layer of ``embed`` (and the layer a swapped one wraps) ``ops``; returns each
    layer with the ops it had."""
    layers = list(embed.walk())
    layers += [node.attrs["layer"] for node in layers if "layer" in node.attrs]
    before = [(layer, layer.ops) for layer in layers]
    for layer in layers:
        layer.ops = ops
    return before


def cache_embeddings(pipeline: Any, steady: list[str] | None = None) -> list[str]:
    """Put a cache in front of the token embedding of each pipe of a loaded spaCy ``pipeline``
    whose model opens with one (``tok2vec``, ``senter``); returns the names of those pipes.

    The embedding layer is swapped, inside its chain, for a layer that reads through an
    :class:`EmbeddingCache`; the pipes run as before (``pipe``, ``predict``). A pipe is left
    as it is when this machine's BLAS does not give rows alike in short and long products
    (``steady``: the pipes :func:`steady_embeddings` found alike; else checked here).
    """
    from thinc.api import Model

    done = []
    for name, pipe in pipeline.components:
        found = _embedding_of(getattr(pipe, "model", None))
        if found is None:
            continue
        if not (name in steady if steady is not None else rows_independent(found[1])):
            continue
        chain, embed = found
        cache = EmbeddingCache(embed)

        def forward(model: Any, docs: Any, is_train: bool, cache: Any = cache) -> Any:
            if is_train:
                raise RuntimeError("the cached embedding is for prediction only")
            return cache(list(docs)), None

        chain.layers[0] = Model("cached_embedding", forward, dims={"nO": cache.width})
        done.append(name)
    return done


def _embedding_of(model: Any) -> tuple[Any, Any] | None:
    """The chain whose first layer is the model's token embedding (reached through the first
    layers of chains), and that embedding; None when the model does not open with one."""
    node = model
    while node is not None and _is_chain(node):
        first = node.layers[0]
        if _is_chain(first) and first.layers[0].name == "extract_features":
            return node, first
        node = first
    return None


def _is_chain(node: Any) -> bool:
    return len(node.layers) > 1 and node.name == ">>".join(layer.name for layer in node.layers)


def _through(layers: Any, x: Any) -> Any:
    for layer in layers:
        x = layer.predict(x)
    return x


def rows_independent(embed: Any, seed: int = 0) -> bool:
    """Whether the embedding's per-row layers give each row the same bits in blocks of
    MIN_ROWS rows as in one long product (random feature values, a few offsets)."""
    rng = np.random.default_rng(seed)
    ncols = len(embed.layers[0].attrs["columns"])
    feats = rng.integers(0, 2**63, size=(4 * MIN_ROWS + 37, ncols), dtype=np.uint64)
    layers = embed.layers[2:-1]
    whole = _through(layers, feats)
    for off in (0, 37, 2 * MIN_ROWS + 5):
        part = _through(layers, np.ascontiguousarray(feats[off : off + MIN_ROWS]))
        if not np.array_equal(part, whole[off : off + MIN_ROWS]):
            return False
    return True
