"""Built-in scenario files and the YAML loader."""

from accord.scenarios.loader import builtin_paths, load_scenario, parse_scenario, resolve
from accord.scenarios.spans import check_spans, find_corpus, iter_source_refs


def _default_scenario() -> str:
    """The built-in scenario commands open by default, named in ``builtin/default.txt`` (data)."""
    from importlib import resources

    text = resources.files("accord.scenarios.builtin").joinpath("default.txt").read_text("utf-8")
    return next(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


FLAGSHIP = _default_scenario()  # the scenario `accord analyze` and the workbench open by default

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
