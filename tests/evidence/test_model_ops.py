"""The maxout and layer normalisation layers swapped for prediction give thinc's values to the
bit, zeros included."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("thinc")

from thinc.api import LayerNorm, Maxout, chain  # noqa: E402

from accord.evidence.model_ops import (  # noqa: E402
    _layernorm_forward,
    _maxout_forward,
    numpy_ops,
    predict_layernorm,
    predict_maxout,
)


class _Pipeline:
    def __init__(self, model: object):
        self.components = [("encoder", type("Pipe", (), {"model": model})())]


def _layer(seed: int) -> object:
    layer = Maxout(nO=6, nI=5, nP=3)
    layer.ops = numpy_ops()
    layer.initialize()
    rng = np.random.default_rng(seed)
    layer.set_param("W", rng.standard_normal((6, 3, 5)).astype("f"))
    layer.set_param("b", rng.standard_normal((6, 3)).astype("f"))
    return layer


@pytest.mark.parametrize("zero", [False, True])
def test_the_predicting_maxout_gives_thincs_values(zero: bool) -> None:
    layer = _layer(3)
    X = np.random.default_rng(4).standard_normal((40, 5)).astype("f")
    if zero:  # every piece of one output exactly 0: thinc's own maxout decides
        layer.get_param("W")[0] = 0.0
        layer.get_param("b")[0] = 0.0
    expected = layer.predict(X)
    model = chain(layer, _layer(5))
    assert predict_maxout(_Pipeline(model)) == 2
    assert model.layers[0].name == "maxout" and "layer" in model.layers[0].attrs
    got, _ = _maxout_forward(model.layers[0], X, False)
    assert got.dtype == expected.dtype and np.array_equal(got, expected)
    with pytest.raises(RuntimeError):
        _maxout_forward(model.layers[0], X, True)


@pytest.mark.parametrize("scale", [1e-3, 1.0, 1e4])
def test_the_predicting_layernorm_gives_thincs_values(scale: float) -> None:
    rng = np.random.default_rng(7)
    layer = LayerNorm(nI=96)
    layer.ops = numpy_ops()
    layer.initialize()
    layer.set_param("G", rng.standard_normal(96).astype("f"))
    layer.set_param("b", rng.standard_normal(96).astype("f"))
    X = (rng.standard_normal((300, 96)) * scale + rng.standard_normal((300, 1)) * scale).astype("f")
    expected = layer.predict(X)
    model = chain(_layer(5), layer)
    assert predict_layernorm(_Pipeline(model)) == 1
    got, _ = _layernorm_forward(model.layers[1], X, False)
    assert got.dtype == expected.dtype and np.array_equal(got, expected)
    with pytest.raises(RuntimeError):
        _layernorm_forward(model.layers[1], X, True)
