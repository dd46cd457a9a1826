"""Validation errors in plain words: ``file:line: field.path: what was expected, with an example``.

pydantic reports errors in its own terms ("Input should be a valid dictionary
or instance of Evidenced"). This module turns each error into what a person
writing the file needs: the field, the form expected there, an example, and
what was found. Errors of the alternatives of one field (a level *or* a number
*or* counts per category) are merged into one line.

>>> from pydantic import ValidationError
>>> from accord.model import Scenario
>>> try:
...     Scenario.model_validate({"id": "x", "title": "t", "date": "soon"})
... except ValidationError as exc:
...     lines = plain_problems(exc, lambda path: 1, "new.yaml")
>>> lines[0]
"new.yaml:1: date: expected a date written YYYY-MM-DD, e.g. 2026-03-01 (found 'soon')"
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from accord.model import ScenarioInconsistent
from accord.scenarios.fields import EVIDENCED_EXAMPLE, FIELDS, annotation_at, model_at, owner_of

Path = tuple[str | int, ...]

# pydantic marks the branch of a union in an error's location with the branch's type
_TYPE_TAGS = {"str", "float", "int", "bool", "date", "datetime", "none"}

# what one alternative of a union accepts, by the error type of that alternative
_BRANCH_WORDS = {
    "string_type": "a level name (e.g. partial, or min/max)",
    "float_type": "a number (e.g. 40)",
    "float_parsing": "a number (e.g. 40)",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "dict_type": "counts per category (e.g. {staff: 10})",
    "date_type": "a date (YYYY-MM-DD)",
    "date_parsing": "a date (YYYY-MM-DD)",
    "date_from_datetime_parsing": "a date (YYYY-MM-DD)",
}

# model -> how a person writes one, for "expected ..." messages
_MODEL_FORMS = {
    "Evidenced": "a number with its provenance, e.g. " + EVIDENCED_EXAMPLE,
    "Assumption": 'an assumption {low: 0.2, high: 0.4, reason: "why this range"}',
    "SourceRef": 'a span {doc: article.txt, start: 10, end: 27, quote: "120 were released"}',
    "TemplatePhase": "a phase {name: first stage, delivery: {wage_rise: 0.5}}",
    "Phase": "a phase {name: first phase, terms: {wage_rise: 4}}",
}

_PATTERNS = {
    r"^[a-z][a-z0-9_]*$": "an id of lower-case letters, digits and '_', starting with a letter",
    r"^[a-z0-9][a-z0-9_\-]*$": "an id of lower-case letters, digits, '-' and '_'",
}


def tag_index(loc: Path) -> int | None:
    """Index of the first marker pydantic put in ``loc`` for a union branch, or None.

    A step is such a marker when the field before it takes several forms and
    the step names a type (``str``, ``float``, ``dict[str,float]``, a model).
    """
    for k, step in enumerate(loc):
        if not isinstance(step, str):
            continue
        if "[" in step or step.startswith("function-"):
            return k
        if step in _TYPE_TAGS or step in FIELDS:
            node = annotation_at(loc[:k])
            if node is not None and len(_alternatives(node)) > 1:
                return k
    return None


def _alternatives(annotation: Any) -> list[Any]:
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        return [a for a in typing.get_args(annotation) if a is not type(None)]
    return [annotation]


def field_name(path: Path) -> str:
    """``('positions', 3, 'weight')`` -> ``'positions.3.weight'``."""
    return ".".join(str(p) for p in path) or "(top level)"


def plain_problems(
    exc: ValidationError, line_of: Callable[[Path], int], filename: str
) -> list[str]:
    """One ``file:line: field: message`` line per problem, in the order pydantic found them."""
    out: list[str | Path] = []  # a line, or the key of a union reported once below
    groups: dict[Path, list[ErrorDetails]] = {}
    for err in exc.errors():
        inner = (err.get("ctx") or {}).get("error")
        if isinstance(inner, ScenarioInconsistent):  # our own words already
            for p in inner.problems:
                out.append(f"{filename}:{line_of(p.path)}: {field_name(p.path)}: {p.message}")
            continue
        loc = tuple(err["loc"])
        cut = tag_index(loc)
        if cut is None:
            out.append(_line(filename, line_of, loc, explain(err, loc)))
            continue
        # a union: gather its branches' errors under the field, report them once
        key = loc[:cut]
        if key not in groups:
            groups[key] = []
            out.append(key)
        groups[key].append(err)
    lines = [
        item if isinstance(item, str) else _line(filename, line_of, *_union(item, groups[item]))
        for item in out
    ]
    return list(dict.fromkeys(lines))


_DATE = re.compile(r"(?<![\w.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w.:-])")


def impossible_value(text: str, filename: str, exc: ValueError) -> str:
    """The message for a value YAML reads as a date that does not exist (``2026-02-30``).

    >>> impossible_value("date: 2026-02-30", "x.yaml", ValueError("day is out of range for month"))
    'x.yaml:1: 2026-02-30 is not a date (day is out of range for month); write a real date as YYYY-MM-DD, e.g. 2026-03-01'
    """
    for number, line in enumerate(text.splitlines(), start=1):
        for m in _DATE.finditer(line.split("#", 1)[0]):
            try:
                dt.date(*(int(g) for g in m.groups()))
            except ValueError:
                return (
                    f"{filename}:{number}: {m.group(0)} is not a date ({exc}); "
                    "write a real date as YYYY-MM-DD, e.g. 2026-03-01"
                )
    return f"{filename}: a value cannot be read ({exc}); check dates (YYYY-MM-DD) and numbers"


def _line(filename: str, line_of: Callable[[Path], int], path: Path, message: str) -> str:
    return f"{filename}:{line_of(path)}: {field_name(path)}: {message}"


def _found(err: ErrorDetails) -> str:
    value = err.get("input")
    if value is None:
        return " (found nothing: the value is empty)"
    if isinstance(value, dict | list):
        text = "a mapping" if isinstance(value, dict) else "a list"
    else:
        text = repr(value) if isinstance(value, str) else str(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f" (found {text})"


def _example(path: Path) -> str:
    """``, e.g. field: example`` when ``path`` ends at a documented field (not at a key or an index)."""
    if not path or not isinstance(path[-1], str):
        return ""
    model, name = owner_of(path)
    doc = FIELDS.get(model.__name__, {}).get(name) if model is not None and name else None
    if doc is None or name != path[-1]:
        return ""
    return f", e.g. {name}: {doc[1]}"


def _union(path: Path, errors: list[ErrorDetails]) -> tuple[Path, str]:
    """One message for a field that takes one of several forms."""
    # an error inside one branch (a wrong category count, say) is more telling than the list of forms
    deep = [
        e for e in errors if _branch_depth(e) > 0 and e["type"] not in ("dict_type", "list_type")
    ]
    if deep:
        err = deep[0]
        loc = tuple(err["loc"])
        cut = tag_index(loc)
        inner = loc if cut is None else loc[:cut] + loc[cut + 1 :]
        return inner, explain(err, inner)
    words = list(
        dict.fromkeys(_BRANCH_WORDS[e["type"]] for e in errors if e["type"] in _BRANCH_WORDS)
    )
    form = (
        ", ".join(words[:-1]) + " or " + words[-1]
        if len(words) > 1
        else (words or ["another value"])[0]
    )
    return path, f"expected {form}{_example(path)}{_found(errors[0])}"


def _branch_depth(err: ErrorDetails) -> int:
    loc = tuple(err["loc"])
    cut = tag_index(loc)
    return 0 if cut is None else len(loc) - cut - 1


def explain(err: ErrorDetails, path: Path) -> str:
    """What was expected at ``path``, in plain words, for one pydantic error."""
    kind = err["type"]
    ctx = err.get("ctx") or {}
    found = _found(err)
    example = _example(path)
    if kind == "missing":
        return (
            f"required field is missing; add it{example}"
            if example
            else "required field is missing"
        )
    if kind == "extra_forbidden":
        parent = model_at(path[:-1])
        allowed = f"; fields allowed here: {', '.join(parent.model_fields)}" if parent else ""
        return f"unknown field (check its spelling and indentation){allowed}"
    if kind in ("model_type", "model_attributes_type"):
        name = str(ctx.get("class_name") or getattr(model_at(path), "__name__", ""))
        form = _MODEL_FORMS.get(name)
        if form is None:
            fields = FIELDS.get(name, {})
            form = (
                "a mapping of fields (" + ", ".join(fields) + ")"
                if fields
                else "a mapping of fields"
            )
        bare = (
            " (a bare number is not enough: say where it comes from)"
            if isinstance(err.get("input"), int | float) and name == "Evidenced"
            else ""
        )
        return f"expected {form}{bare}{found if not bare else ''}"
    if kind in ("value_error", "assertion_error"):
        return str(err["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if kind in ("dict_type", "mapping_type"):
        return f"expected a mapping of 'key: value' lines{example or ', e.g. {wage_rise: 0, strike: none}'}{found}"
    if kind in ("list_type", "tuple_type", "set_type"):
        return f"expected a list: [a, b] or one '- item' line per entry{example}{found}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"expected a whole number{example or ', e.g. 7'}{found}"
    if kind in ("float_type", "float_parsing", "finite_number"):
        return f"expected a number{example or ', e.g. 0.5'}{found}"
    if kind in ("bool_type", "bool_parsing"):
        return f"expected true or false{found}"
    if kind in ("string_type", "string_unicode"):
        return f"expected text{example}{found}"
    if kind.startswith("date") or kind.startswith("datetime"):
        return f"expected a date written YYYY-MM-DD, e.g. 2026-03-01{found}"
    if kind in ("enum", "literal_error"):
        choices = str(ctx.get("expected", "")).replace("'", "")
        return f"expected one of: {choices.replace(' or ', ', ')}{found}"
    if kind == "string_pattern_mismatch":
        what = _PATTERNS.get(str(ctx.get("pattern")), f"text matching {ctx.get('pattern')}")
        return f"expected {what}{example}{found}"
    if kind == "string_too_short":
        n = ctx.get("min_length", 1)
        return f"expected at least {n} character{'s' if n != 1 else ''} of text{example}{found}"
    if kind == "too_short":
        n = ctx.get("min_length", 1)
        return f"expected at least {n} entr{'ies' if n != 1 else 'y'}{example}"
    if kind == "too_long":
        return f"expected at most {ctx.get('max_length')} entries"
    bounds = {
        "greater_than_equal": ("at least", "ge"),
        "greater_than": ("above", "gt"),
        "less_than_equal": ("at most", "le"),
        "less_than": ("below", "lt"),
    }
    if kind in bounds:
        words, key = bounds[kind]
        return f"expected a number {words} {ctx.get(key)}{found}"
    # anything else: pydantic's words without its phrasing
    msg = str(err["msg"])
    for prefix in ("Input should be ", "Value should be "):
        msg = msg.replace(prefix, "expected ")
    return msg.split(" or instance of ")[0] + found
