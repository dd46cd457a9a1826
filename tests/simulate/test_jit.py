"""The forecast's compile options (accord._jit): one Python entry, helpers callable from Python."""

from __future__ import annotations

import importlib

import numpy as np
import pytest
from numba.core.registry import CPUDispatcher

from accord._jit import _Inner

HELPER_MODULES = ("valuation", "people", "ratify", "phases", "protocols", "day", "run")


def _kernels(module: str) -> dict[str, CPUDispatcher]:
    mod = importlib.import_module(f"accord.simulate.{module}")
    return {
        name: obj
        for name, obj in vars(mod).items()
        if isinstance(obj, CPUDispatcher) and obj.py_func.__module__ == mod.__name__
    }


@pytest.mark.parametrize("module", HELPER_MODULES)
def test_helpers_have_no_cpython_wrapper_and_stay_callable(module: str) -> None:
    kernels = _kernels(module)
    assert kernels
    for name, kernel in kernels.items():
        assert kernel.targetoptions.get("no_cpython_wrapper"), name
        assert isinstance(kernel, _Inner), name  # a Python call goes to a wrapped twin


def test_the_kernel_is_the_one_python_entry() -> None:
    kernel = importlib.import_module("accord.simulate.kernel").simulate_chunk
    assert not kernel.targetoptions.get("no_cpython_wrapper")
    assert not isinstance(kernel, _Inner)


def test_a_helper_called_from_python_gives_what_its_python_source_gives() -> None:
    valuation = importlib.import_module("accord.simulate.valuation")
    u = np.array([0.9, 0.1, 0.5, 0.7])
    for args in ((0.2, 0.8, 0.5), (0.0, 1.0, 0.25), (0.3, 0.3, 0.9)):
        assert valuation.threshold(*args) == valuation.threshold.py_func(*args)
    assert valuation.worst_in_scan(u, 0.4) == valuation.worst_in_scan.py_func(u, 0.4)
    # a twin calling another helper from compiled code: the helper's wrapper-less version
    asc = np.argsort(u).astype(np.int64)
    for lo in (0.0, 0.4, 0.6, 0.95):
        assert valuation.worst_in(u, asc, lo) == valuation.worst_in_scan.py_func(u, lo)
