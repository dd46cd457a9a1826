"""Built-in scenario files and the YAML loader."""

from accord.scenarios.loader import builtin_paths, load_scenario, parse_scenario, resolve
from accord.scenarios.spans import check_spans, find_corpus, iter_source_refs

FLAGSHIP = "gaza-2025-03"  # the scenario `accord analyze` and the workbench open by default

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
