"""Built-in scenario files and the YAML loader.

Importing the package is light: :data:`FLAGSHIP` is read here, and the loader's names (which
bring the model and pydantic) load on first use, so the command line can name the default
scenario in its help without loading the model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from accord._lazy import lazy_names

if TYPE_CHECKING:
    from accord.scenarios.loader import builtin_paths, load_scenario, parse_scenario, resolve
    from accord.scenarios.spans import check_spans, find_corpus, iter_source_refs


def _default_scenario() -> str:
    """The built-in scenario commands open by default, named in ``builtin/default.txt`` (data)."""
    from importlib import resources

    text = resources.files("accord.scenarios.builtin").joinpath("default.txt").read_text("utf-8")
    return next(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


FLAGSHIP = _default_scenario()  # the scenario `accord analyze` and the workbench open by default

_LAZY = {
    "builtin_paths": "loader",
    "load_scenario": "loader",
    "parse_scenario": "loader",
    "resolve": "loader",
    "check_spans": "spans",
    "find_corpus": "spans",
    "iter_source_refs": "spans",
}


# mypy reads the names from the imports above; without a module __getattr__ in its view,
# a name the package does not export is still an error there
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())


__all__ = [
    "FLAGSHIP",
    "builtin_paths",
    "check_spans",
    "find_corpus",
    "iter_source_refs",
    "load_scenario",
    "parse_scenario",
    "resolve",
]
