"""Load scenario files (YAML) with errors that name the file, line and field.

Loading never executes anything from the file: ruamel.yaml's round-trip
parser builds plain mappings and lists (tags such as ``!!python/object`` are
not constructed), which are then validated by the pydantic model.

The text is held to a budget (see ``docs/limits.md``) as the parser reads it,
before anything is built from it: at most :data:`MAX_SCENARIO_BYTES`, nesting at
most :data:`MAX_DEPTH` deep, and at most :data:`MAX_NODES` values once aliases
are expanded, so a few hundred bytes of nested aliases (a "billion laughs") are
refused at once instead of expanding. The text is parsed once: the budget counts
the parser's events as the tree is composed from them. Numbers must be finite and at most
:data:`MAX_NUMBER` in size.

The parsed tree of a text is kept for the next load of the same text (the
built-ins are read again and again: every view, report and forecast loads
one); the model is validated afresh from it each time.

>>> from accord.scenarios import load_scenario
>>> load_scenario("labour-2026-03").date.isoformat()
'2026-03-02'
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import threading
from collections import OrderedDict
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    ScalarEvent,
)
from ruamel.yaml.parser import RoundTripParser

from accord.errors import NotFoundError, ScenarioError
from accord.model import Scenario
from accord.scenarios.messages import impossible_value, plain_problems

BUILTIN_PACKAGE = "accord.scenarios.builtin"

MAX_SCENARIO_BYTES = 5_000_000  # the built-in scenarios are ~20 kB
MAX_DEPTH = 40  # mappings and lists inside each other; a scenario needs about 8
MAX_NODES = 200_000  # values after expanding aliases; the flagship has ~3,000
MAX_NUMBER = 1e12  # no count, rate, day or weight in a negotiation comes near this

# parsed trees of recent texts (only read, never handed out): parsing is most of a load
_TREES: OrderedDict[str, Any] = OrderedDict()
_TREES_LOCK = threading.Lock()
_TREES_KEPT = 16
_TREE_TEXT_MAX = 200_000  # characters; larger texts are parsed each time, not kept


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
    try:
        if path.suffix in (".yaml", ".yml") or path.exists():
            if not path.is_file():
                raise NotFoundError(f"scenario file {path} does not exist")
            return path
    except PermissionError:
        raise ScenarioError(
            f"{path}: permission denied; make the file and its folder readable "
            "or copy it somewhere you can read"
        ) from None
    except OSError as exc:  # a name too long, a path through a file, ...
        raise NotFoundError(f"scenario file {path} cannot be opened ({exc.strerror})") from None
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
        size = path.stat().st_size
        if size > MAX_SCENARIO_BYTES:
            raise ScenarioError(_too_big(str(path), size))
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ScenarioError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except PermissionError:
        raise ScenarioError(
            f"{path}: permission denied; make the file (and its folder) readable "
            "or copy it somewhere you can read"
        ) from None
    except OSError as exc:
        raise ScenarioError(f"{path}: cannot read: {exc.strerror}") from None
    return parse_scenario(text, str(path))


def parse_scenario(text: str, filename: str = "<scenario>") -> Scenario:
    """Validate scenario YAML ``text``; ``filename`` is used in error messages."""
    tree = _tree(text, filename)
    if not isinstance(tree, CommentedMap):
        raise ScenarioError(
            f"{filename}:1: a scenario file is a mapping of fields (id, title, date, ...)"
        )
    plain = _plain(tree)
    _check_numbers(plain, tree, filename)
    try:
        return Scenario.model_validate(plain)
    except RecursionError:
        raise ScenarioError(f"{filename}: the scenario nests too deeply to validate") from None
    except ValidationError as exc:
        raise ScenarioError(
            f"{filename}: invalid scenario ({_count(exc)})", _problems(exc, tree, filename)
        ) from None


def _tree(text: str, filename: str) -> Any:
    """``_parse_yaml(text)``, parsed once per text while it is among the recent ones.

    Only a text that parsed is kept (its budget check and parse depend on the text
    alone); callers read the tree and build new objects from it, never change it.
    """
    with _TREES_LOCK:
        tree = _TREES.get(text)
        if tree is not None:
            _TREES.move_to_end(text)
            return tree
    tree = _parse_yaml(text, filename)
    if len(text) <= _TREE_TEXT_MAX:
        with _TREES_LOCK:
            _TREES[text] = tree
            while len(_TREES) > _TREES_KEPT:
                _TREES.popitem(last=False)
    return tree


def _count(exc: ValidationError) -> str:
    n = len(
        plain_problems(exc, lambda path: 0, "")
    )  # as many as the lines shown (union branches merged)
    return f"{n} problem{'s' if n != 1 else ''}"


def _too_big(filename: str, size: int) -> str:
    return (
        f"{filename}: {size:,} bytes is over the {MAX_SCENARIO_BYTES:,}-byte limit for a "
        "scenario file (limit: scenario size); split long texts out into the corpus"
    )


def check_yaml_budget(text: str, filename: str = "<scenario>") -> None:
    """Refuse YAML that is too large, nests too deeply or expands too far through aliases.

    Works on the parser's event stream, before any node is built, in time linear in the
    text: each anchored value's expanded size is counted once and every alias adds it.
    (A scenario's own load counts the same events as it parses them: :func:`_parse_yaml`.)

    >>> check_yaml_budget("{a: &x [1, 2], b: *x}")  # a small alias is fine
    >>> try:
    ...     check_yaml_budget("a: " + "[" * 50 + "]" * 50, "deep.yaml")
    ... except ScenarioError as exc:
    ...     print(str(exc)[:50])
    deep.yaml:1: nested more than 40 levels deep (limi
    """
    if len(text) > MAX_SCENARIO_BYTES:
        raise ScenarioError(_too_big(filename, len(text)))
    budget = _Budget(filename)
    try:
        for event in YAML(typ="safe", pure=True).parse(text):  # events only: nothing is built
            budget.see(event)
    except YAMLError:
        return  # the parser reports syntax errors with their line next


class _Budget:
    """Nesting depth and values after alias expansion, counted over a stream of parser events."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.anchors: dict[str, int] = {}
        self.stack: list[list[Any]] = []  # per open collection: [anchor, values so far]
        self.total = 0

    def see(self, event: Any) -> None:
        """Count one event; a :class:`ScenarioError` when it goes past a limit."""
        filename, stack = self.filename, self.stack
        line = event.start_mark.line + 1 if event.start_mark is not None else 1
        if isinstance(event, CollectionStartEvent):
            stack.append([event.anchor, 1])
            if len(stack) > MAX_DEPTH:
                raise ScenarioError(
                    f"{filename}:{line}: nested more than {MAX_DEPTH} levels deep (limit: "
                    "MAX_DEPTH); a scenario needs far fewer, flatten the structure"
                )
            return
        if isinstance(event, CollectionEndEvent):
            anchor, size = stack.pop()
        elif isinstance(event, AliasEvent):
            if event.anchor not in self.anchors:
                raise ScenarioError(
                    f"{filename}:{line}: alias *{event.anchor} refers to an "
                    "anchor that is not defined before it (or to itself)"
                )
            anchor, size = None, self.anchors[event.anchor]
        elif isinstance(event, ScalarEvent):
            anchor, size = event.anchor, 1
        else:
            return
        if anchor is not None:
            self.anchors[anchor] = size
        if stack:
            stack[-1][1] += size
        else:
            self.total += size
        if (stack[-1][1] if stack else self.total) > MAX_NODES or self.total > MAX_NODES:
            raise ScenarioError(
                f"{filename}:{line}: aliases expand to over {MAX_NODES:,} values (limit: "
                "MAX_NODES); write the values out or use fewer nested aliases"
            )


class _BudgetedParser(RoundTripParser):
    """ruamel's round-trip parser, holding each event to a :class:`_Budget` as it makes it.

    Every event the parser makes passes through ``current_event`` before the composer
    reads it, so a text over the budget stops there: before the composer builds the node
    of that event and before anything is constructed (aliases expand only in
    :func:`_plain`, after the whole text has passed). The text is parsed once.
    """

    def __init__(self, loader: Any, budget: _Budget) -> None:
        self._budget = budget
        self._event: Any = None
        super().__init__(loader)

    @property
    def current_event(self) -> Any:
        return self._event

    @current_event.setter
    def current_event(self, event: Any) -> None:
        if event is not None:
            self._budget.see(event)
        self._event = event


def _parse_yaml(text: str, filename: str) -> Any:
    """The round-trip tree of ``text`` (line numbers kept), held to the budget as it parses."""
    if len(text) > MAX_SCENARIO_BYTES:
        raise ScenarioError(_too_big(filename, len(text)))
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    yaml.Parser = functools.partial(_BudgetedParser, budget=_Budget(filename))
    try:
        return yaml.load(text)
    except ScenarioError:
        raise  # over the budget
    except Exception as exc:
        # A problem in building the tree (a duplicate key, a second document, a bad date)
        # stopped the parse early: a budget problem further on is reported first, as when
        # the budget was checked over the whole text before loading it.
        check_yaml_budget(text, filename)
        problem = _unreadable(exc, text, filename)
        if problem is None:
            raise
        raise ScenarioError(problem) from None


def _unreadable(exc: Exception, text: str, filename: str) -> str | None:
    """The message for a text ruamel could not load (None: not a problem of the text)."""
    if isinstance(exc, RecursionError):
        return f"{filename}: nested too deeply to read (limit: MAX_DEPTH {MAX_DEPTH})"
    if isinstance(exc, MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        return f"{filename}:{line}: not valid YAML: {exc.problem or exc.context}"
    if isinstance(exc, YAMLError):
        return f"{filename}: not valid YAML: {exc}"
    if isinstance(exc, ValueError):  # a value the YAML reader cannot build, such as 2026-13-01
        return impossible_value(text, filename, exc)
    if isinstance(exc, TypeError | KeyError | AttributeError):
        # ruamel fails this way on constructs a scenario never needs, such as a mapping used
        # as a key of another mapping ({{a: {b: 1}}: 2}); found by tests/hostile fuzzing
        return (
            f"{filename}: not valid YAML for a scenario: keys must be plain "
            f"text ({type(exc).__name__}: {str(exc)[:80]})"
        )
    return None


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


def _check_numbers(node: Any, tree: Any, filename: str, path: tuple[Any, ...] = ()) -> None:
    """Every number finite and at most :data:`MAX_NUMBER` in size (``.inf``, ``1e308`` refused)."""
    if isinstance(node, dict):
        for k, v in node.items():
            _check_numbers(v, tree, filename, (*path, k))
    elif isinstance(node, list):
        for k, v in enumerate(node):
            _check_numbers(v, tree, filename, (*path, k))
    elif isinstance(node, int | float) and not isinstance(node, bool):
        bad = not math.isfinite(node) or abs(node) > MAX_NUMBER
        if bad:
            raise ScenarioError(
                f"{filename}:{_line_of(tree, path)}: {_field(path)}: {node!r:.40} is not a finite "
                f"number of at most {MAX_NUMBER:g} (limit: MAX_NUMBER); give a real bound"
            )


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
