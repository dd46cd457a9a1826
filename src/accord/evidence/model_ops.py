"""The spaCy model's layers computed faster, to the same bits where the BLAS allows (see
:func:`use_numpy_matmul`): matrix products through numpy's
BLAS, hash-embedding sums in numpy, the maxout layers' prediction without the winners'
indices (read only to train), and the encoder's residual sums added in place.

Each function changes a loaded model in place (:func:`accord.evidence.nlp.nlp` calls them);
tags, sentence starts and trees come out as the model's own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np


def _swap(model: Any, wanted: Callable[[Any], bool], make: Callable[[Any], Any]) -> int:
    """Replace each layer of the loaded ``model``'s components that ``wanted`` accepts by
    ``make(layer)``; returns how many were replaced."""
    swapped = 0
    for _name, proc in model.components:
        if not hasattr(getattr(proc, "model", None), "walk"):
            continue
        for node in proc.model.walk():
            for i, layer in enumerate(node.layers):
                if wanted(layer):
                    node.layers[i] = make(layer)
                    swapped += 1
    return swapped


def use_numpy_matmul(model: Any) -> None:
    """Matrix products through numpy's BLAS instead of thinc's bundled BLIS.

    The model's layers multiply through ``ops.gemm``; thinc's default ops call its own BLIS
    build, which on x86-64 ran at about half the speed of numpy's OpenBLAS for these shapes
    (a 770 x 288 by 288 x 288 product: 1.7 ms against 0.9 ms on one core). Tags and trees were
    identical on 77,000 tokens; the parse is a third faster. The parser's own inner loop is
    unaffected (it calls BLAS from Cython). The OpenBLAS numpy ships gives an entry the same
    bits whatever the product's shape on some CPUs, not on others (an AVX2 AMD EPYC: last bits
    differ with the product's height and the weights' row order); there the layers agree with
    thinc's to rounding, and the extractions of 150 articles were the same in batches of 1, 4
    and 7 documents, in either order.
    """
    ops = numpy_ops()
    for _name, proc in model.components:
        if hasattr(proc, "model") and hasattr(proc.model, "walk"):
            for node in proc.model.walk():
                node.ops = ops


def numpy_ops(blis: bool = False) -> Any:
    """thinc's numpy ops with matrix products through numpy and hash-embedding sums in numpy;
    with ``blis``, the products through thinc's BLIS as the model's default ops compute them
    (:func:`accord.evidence.embeddings.steady_embeddings` asks for that).

    The hash embeddings sum a few table rows per token (``gather_add``); thinc adds them one
    row at a time through BLIS, whose build here falls back to its generic kernels and takes
    a lock per call (an eighth of the token encoder's time). The rows are added here in the
    same order from zero, in float32, so the sums are the same to the bit.
    """
    from thinc.api import NumpyOps

    class _Ops(NumpyOps):  # type: ignore[misc]
        name = "numpy"

        def gather_add(self, table: Any, indices: Any) -> Any:
            if table.dtype != np.float32 or indices.ndim != 2:
                return super().gather_add(table, indices)
            out = np.zeros((indices.shape[0], table.shape[1]), dtype=np.float32)
            for k in range(indices.shape[1]):  # as thinc: row by row, in column order
                out += table[indices[:, k]]
            return out

    return _Ops(use_blis=blis)


def predict_maxout(model: Any) -> int:
    """Swap each maxout layer of the loaded ``model`` for one that predicts only; returns how
    many were swapped.

    thinc's maxout computes, besides each output's best piece, which piece won (for the
    gradient), one element at a time: a third of the layer's time after its matrix product.
    The swapped layer takes the best piece with numpy's ``maximum``, the same values as
    thinc's first strict maximum wherever the best value is not zero and no value is NaN (two
    equal floats other than zero have the same bits); a batch with a zero or a NaN among its
    best values is computed by thinc's own maxout.

    The swapped layer multiplies by the weights with their rows ordered piece by piece (all
    the outputs' first pieces, then the second ones...), so that each piece is a block of
    whole rows and the maximum runs over contiguous memory, not every third float. A row of
    the product is the same dot products in other columns: the same bits
    where the BLAS gives an entry the same bits in any column order (see
    :func:`use_numpy_matmul`).
    """
    from thinc.api import Model

    def make(layer: Any) -> Any:
        nO, nP, nI = (layer.get_dim(d) for d in ("nO", "nP", "nI"))
        W = layer.get_param("W").reshape(nO, nP, nI)
        b = layer.get_param("b").reshape(nO, nP)
        return Model(
            "maxout",
            _maxout_forward,
            dims={"nO": nO, "nP": nP, "nI": nI},
            attrs={
                "layer": layer,
                "W": np.ascontiguousarray(W.transpose(1, 0, 2)).reshape(nP * nO, nI),
                "b": np.ascontiguousarray(b.T).reshape(nP * nO),
            },
            ops=layer.ops,
        )

    return _swap(model, lambda layer: layer.name == "maxout" and not layer.layers, make)


def _maxout_forward(model: Any, X: Any, is_train: bool) -> tuple[Any, Any]:
    if is_train:
        raise RuntimeError("this maxout layer predicts only")
    layer = model.attrs["layer"]
    nO, nP = model.get_dim("nO"), model.get_dim("nP")
    # as thinc's maxout: the product, then the bias added in place (pieces in blocks)
    Y = layer.ops.gemm(X, model.attrs["W"], trans2=True)
    Y += model.attrs["b"]
    best = np.maximum(Y[:, :nO], Y[:, nO : 2 * nO]) if nP > 1 else Y[:, :nO].copy()
    for p in range(2, nP):
        np.maximum(best, Y[:, p * nO : (p + 1) * nO], out=best)
    # a zero or a NaN among the best values (a NaN makes the sum NaN): thinc's own layer
    if np.count_nonzero(best) < best.size or np.isnan(best.sum()):
        return layer.predict(X), None
    return best, None


def predict_layernorm(model: Any) -> int:
    """Swap each layer normalisation of the loaded ``model`` for one that predicts only, in
    fewer passes over the rows; returns how many were swapped.

    thinc's layer computes the rows' means twice (``mean``, then ``var`` again), subtracts
    them twice, and makes a new array at each step. The swapped layer computes each with the
    same numpy calls as ``mean`` and ``var`` (a row sum, a division by the count as a numpy
    integer, the squared deviations' sum), once, and scales and shifts in place: the same
    bits.
    """
    from thinc.api import Model

    def make(layer: Any) -> Any:
        return Model(
            "layernorm",
            _layernorm_forward,
            dims={"nI": layer.get_dim("nI"), "nO": layer.get_dim("nO")},
            attrs={"layer": layer},
            ops=layer.ops,
        )

    return _swap(model, lambda layer: layer.name == "layernorm" and not layer.layers, make)


def _layernorm_forward(model: Any, X: Any, is_train: bool) -> tuple[Any, Any]:
    if is_train:
        raise RuntimeError("this layer normalisation predicts only")
    layer = model.attrs["layer"]
    if X.ndim != 2 or X.dtype != np.float32:
        return layer.predict(X), None
    n = np.intp(X.shape[1])  # as numpy's mean and var: the count is a numpy integer
    mu = np.add.reduce(X, axis=1, keepdims=True)
    np.true_divide(mu, n, out=mu, casting="unsafe")
    Y = np.subtract(X, mu)
    var = np.add.reduce(np.square(Y), axis=1, keepdims=True)
    np.true_divide(var, n, out=var, casting="unsafe")
    var += 1e-08
    Y *= var ** (-1.0 / 2.0)  # thinc: Xhat = (X - mu) * var ** (-1 / 2); Y = Xhat * G + b
    Y *= layer.get_param("G")
    Y += layer.get_param("b")
    return Y, None


def residual_in_place(model: Any) -> int:
    """Swap each residual layer of the loaded ``model`` for one that adds its input to its inner
    layers' output in place; returns how many were swapped.

    thinc's residual returns ``X + Y``, a new array per layer (the token encoder has four per
    component, each a few thousand rows of floats); the inner output ``Y`` is a new array of
    the layer normalisation that nothing else keeps, so ``Y += X`` gives the same sums (a float
    sum does not depend on the order of its two terms) without the new array. Inputs other
    than one float array, or an inner output that is not a new array of its own, take thinc's
    sum.
    """
    from thinc.api import Model

    def make(layer: Any) -> Any:
        return Model(
            layer.name,
            _residual_forward,
            layers=list(layer.layers),
            dims={d: layer.maybe_get_dim(d) for d in ("nO", "nI")},
            attrs={"layer": layer},
            ops=layer.ops,
        )

    return _swap(
        model, lambda layer: layer.name.startswith("residual(") and len(layer.layers) == 1, make
    )


def _residual_forward(model: Any, X: Any, is_train: bool) -> tuple[Any, Any]:
    if is_train:
        raise RuntimeError("this residual layer predicts only")
    if not isinstance(X, np.ndarray):
        return model.attrs["layer"].predict(X), None
    Y = model.layers[0].predict(X)
    if (
        isinstance(Y, np.ndarray)
        and Y.base is None
        and Y is not X
        and Y.flags.writeable
        and Y.shape == X.shape
        and Y.dtype == X.dtype
    ):
        Y += X
        return Y, None
    return X + Y, None
