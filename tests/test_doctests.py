"""The examples in every module's docstrings run and show what they say (``python -m pytest``).

One test per module of accord; a module whose optional extra is not installed
is skipped with the missing package named (the only skip ACCORD_NO_SKIPS allows).
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import accord
from accord._optional import MissingExtraError

MODULES = sorted(m.name for m in pkgutil.walk_packages(accord.__path__, "accord."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    try:
        module = importlib.import_module(name)
    except MissingExtraError as exc:
        pytest.skip(f"{name}: {exc}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"


def test_every_package_is_walked() -> None:
    """The list above is not empty by accident (an import error would hide modules)."""
    assert {"accord.model.scenario", "accord.analysis.solutions", "accord.cli.app"} <= set(MODULES)
