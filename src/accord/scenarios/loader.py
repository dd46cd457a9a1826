"""Load scenario files (YAML) with errors that name the file, line and field.

Loading never executes anything from the file: ruamel.yaml's round-trip
parser builds plain mappings and lists (tags such as ``!!python/object`` are
not constructed), which are then validated by the pydantic model.

>>> from accord.scenarios import load_scenario
>>> load_scenario("gaza-2025-03").date.isoformat()
'2025-03-06'
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from accord.errors import NotFoundError, ScenarioError
from accord.model import Scenario
from accord.scenarios.messages import impossible_value, plain_problems

BUILTIN_PACKAGE = "accord.scenarios.builtin"


def builtin_paths() -> dict[str, Path]:
    """Built-in scenario ids mapped to their files, in id order."""
    folder = resources.files(BUILTIN_PACKAGE)
    out: dict[str, Path] = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".yaml"):
            out[entry.name[: -len(".yaml")]] = Path(str(entry))
    return dict(sorted(out.items()))


def resolve(ref: str | Path) -> Path:
    """A built-in scenario id or a path to a YAML file -> the file's path."""
    path = Path(ref)
    if path.suffix in (".yaml", ".yml") or path.exists():
        if not path.is_file():
            raise NotFoundError(f"scenario file {path} does not exist")
        return path
    builtins = builtin_paths()
    if str(ref) in builtins:
        return builtins[str(ref)]
    raise NotFoundError(
        f"no built-in scenario '{ref}' and no such file. Built-in scenarios: "
        f"{', '.join(builtins)} (see `accord scenarios`)"
    )


def load_scenario(ref: str | Path) -> Scenario:
    """Load and validate a scenario by built-in id or file path."""
    path = resolve(ref)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ScenarioError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise ScenarioError(f"{path}: cannot read: {exc.strerror}") from None
    return parse_scenario(text, str(path))


def parse_scenario(text: str, filename: str = "<scenario>") -> Scenario:
    """Validate scenario YAML ``text``; ``filename`` is used in error messages."""
    tree = _parse_yaml(text, filename)
    if not isinstance(tree, CommentedMap):
        raise ScenarioError(f"{filename}:1: a scenario file is a mapping of fields (id, title, date, ...)")
    try:
        return Scenario.model_validate(_plain(tree))
    except ValidationError as exc:
        raise ScenarioError(
            f"{filename}: invalid scenario ({_count(exc)})", _problems(exc, tree, filename)
        ) from None


def _count(exc: ValidationError) -> str:
    n = len(plain_problems(exc, lambda path: 0, ""))  # as many as the lines shown (union branches merged)
    return f"{n} problem{'s' if n != 1 else ''}"


def _parse_yaml(text: str, filename: str) -> Any:
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        return yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise ScenarioError(f"{filename}:{line}: not valid YAML: {exc.problem or exc.context}") from None
    except YAMLError as exc:
        raise ScenarioError(f"{filename}: not valid YAML: {exc}") from None
    except ValueError as exc:  # a value the YAML reader cannot build, such as the date 2026-13-01
        raise ScenarioError(impossible_value(text, filename, exc)) from None


def _plain(node: Any) -> Any:
    """ruamel's round-trip containers -> plain dicts, lists and scalars."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, dt.datetime):
        return node
    if isinstance(node, dt.date):
        return dt.date(node.year, node.month, node.day)
    if isinstance(node, bool | int | float) or node is None:
        return node
    if isinstance(node, str):
        return str(node)
    # Tagged scalars or other custom nodes are never constructed: report them as text.
    return str(getattr(node, "value", node))


def _line_of(tree: Any, path: tuple[Any, ...]) -> int:
    """1-based line of the deepest element of ``path`` found in the YAML tree."""
    line = 1
    node = tree
    for step in path:
        if isinstance(node, CommentedMap) and step in node:
            line = node.lc.key(step)[0] + 1
            node = node[step]
        elif isinstance(node, CommentedSeq) and isinstance(step, int) and 0 <= step < len(node):
            line = node.lc.item(step)[0] + 1
            node = node[step]
        else:
            break
    return line


def _field(path: tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in path) or "(top level)"


def _problems(exc: ValidationError, tree: Any, filename: str) -> list[str]:
    """One plain ``file:line: field: what was expected`` line per problem (scenarios/messages.py)."""
    return plain_problems(exc, lambda path: _line_of(tree, path), filename)
