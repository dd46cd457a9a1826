"""The examples in the forecasting docstrings run and say what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "calibration",
    "config",
    "outside",
    "montecarlo",
    "negotiate",
    "parameters",
    "sao",
    "strategies",
    "summary",
    "forecast",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name) -> None:
    module = importlib.import_module(f"accord.simulate.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_store_docstring_examples() -> None:
    import accord.store.runs as runs

    assert doctest.testmod(runs).failed == 0
