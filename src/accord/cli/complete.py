"""Tab completion of scenario arguments: the built-in ids, then YAML files and folders.

A command's scenario argument takes a built-in id or a path, so its completion offers both:
the ids beginning with what was typed (with each file's title as help, where the shell shows
it), then the ``.yaml``/``.yml`` files and folders the typed path leads to. It reads only the
package's data folder and the file system: pressing Tab loads neither the model nor pydantic.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

BUILTIN_PACKAGE = "accord.scenarios.builtin"
_TITLE = re.compile(r"^title:\s*(.+?)\s*$", re.MULTILINE)
_SUFFIXES = (".yaml", ".yml")


def builtin_ids() -> dict[str, str]:
    """Built-in scenario ids mapped to their titles (the top-level ``title:`` line), in id order."""
    out: dict[str, str] = {}
    for entry in resources.files(BUILTIN_PACKAGE).iterdir():
        if entry.name.endswith(".yaml"):
            found = _TITLE.search(entry.read_text("utf-8"))
            title = found.group(1).strip("'\"") if found else ""
            out[entry.name[: -len(".yaml")]] = title
    return dict(sorted(out.items()))


def _paths(incomplete: str) -> list[str]:
    """YAML files and folders that complete a typed path (hidden entries only when asked for)."""
    folder, _, stem = incomplete.rpartition("/")
    base = Path(folder or ".") if not incomplete.startswith("/") or folder else Path("/")
    try:
        entries = sorted(base.iterdir())
    except OSError:
        return []
    out: list[str] = []
    for entry in entries:
        if not entry.name.startswith(stem) or (entry.name.startswith(".") and not stem):
            continue
        shown = f"{folder}/{entry.name}" if folder or incomplete.startswith("/") else entry.name
        if entry.is_dir():
            out.append(shown + "/")
        elif entry.suffix in _SUFFIXES:
            out.append(shown)
    return out


def complete_scenario(incomplete: str) -> list[tuple[str, str]]:
    """Completions for a scenario argument: matching built-in ids, then YAML paths.

    >>> [value for value, _ in complete_scenario("no-such-prefix-")]
    []
    """
    ids = [(sid, title) for sid, title in builtin_ids().items() if sid.startswith(incomplete)]
    return ids + [(path, "") for path in _paths(incomplete)]
