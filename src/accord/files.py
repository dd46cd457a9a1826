"""Data files read into pydantic models: YAML (or JSON) → model → the first problem as one line.

Every data file accord reads besides scenarios (outcomes, draft frames, the
evidence vocabularies) goes the same way: read the text, parse it with the safe
YAML loader (JSON by suffix), validate it with the file's pydantic model, and
turn the first problem into one :class:`~accord.errors.AccordError` naming the
file and the field. Scenarios have their own loader (line numbers, plain-word
messages: :mod:`accord.scenarios.loader`).

>>> from pydantic import BaseModel
>>> class Note(BaseModel):
...     title: str
>>> read_model(Note, text="title: talks", name="note.yaml").title
'talks'
>>> read_model(Note, text="title: [1", name="note.yaml")
Traceback (most recent call last):
accord.errors.InputError: note.yaml: not valid YAML: while parsing a flow sequence
>>> read_model(Note, text="{}", name="note.yaml")
Traceback (most recent call last):
accord.errors.InputError: note.yaml: title: Field required
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from accord.errors import AccordError, InputError

M = TypeVar("M", bound=BaseModel)


def read_text(path: str | Path, what: str, error: type[AccordError] = InputError) -> str:
    """The UTF-8 text of ``path``, or one error saying it cannot be read (``what``: the kind)."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise error(f"{path}: cannot read {what} ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise error(f"{path}: {what} is not valid UTF-8 (byte {exc.start})") from None


def parse(
    text: str, name: str, error: type[AccordError] = InputError, json_text: bool = False
) -> Any:
    """The data in ``text`` (safe YAML, or JSON when ``json_text``); one error if it does not parse."""
    try:
        if json_text:
            return json.loads(text)
        from ruamel.yaml import YAML

        return YAML(typ="safe", pure=True).load(text)
    except json.JSONDecodeError as exc:
        raise error(f"{name}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    except Exception as exc:  # ruamel's YAMLError and its scanner/parser errors
        from ruamel.yaml import YAMLError

        if not isinstance(exc, YAMLError):
            raise
        raise error(f"{name}: not valid YAML: {str(exc).splitlines()[0]}") from None


def validate(
    model: type[M], data: Any, name: str, error: type[AccordError] = InputError, hint: str = ""
) -> M:
    """``data`` as ``model``; the first problem as ``name: field.path: message`` (+ ``hint``)."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        more = f" ({exc.error_count()} problems)" if exc.error_count() > 1 else ""
        raise error(f"{name}: {where}: {err['msg']}{more}{hint}") from None


def read_model(
    model: type[M],
    path: str | Path | None = None,
    *,
    text: str | None = None,
    name: str | None = None,
    what: str = "the file",
    error: type[AccordError] = InputError,
    check: Callable[[str, str], None] | None = None,
    hint: str = "",
) -> M:
    """Read ``path`` (or ``text``, called ``name``) into ``model``.

    JSON when the path ends in ``.json``, else YAML. ``check(text, name)`` runs on the text
    before parsing (e.g. the YAML budget of :mod:`accord.scenarios.loader`).
    """
    if text is None:
        if path is None:
            raise ValueError("read_model needs a path or a text")
        text = read_text(path, what, error)
    label = name or str(path)
    if check is not None:
        check(text, label)
    json_text = path is not None and Path(path).suffix.lower() == ".json"
    return validate(model, parse(text, label, error, json_text), label, error, hint)
