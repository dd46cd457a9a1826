"""The typer application object and the error handling shared by all commands."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from enum import StrEnum
from functools import wraps
from typing import Any, TypeVar

import typer
from rich.console import Console

from accord.errors import AccordError

app = typer.Typer(
    name="accord",
    help="Model, analyse and forecast multi-party mediated negotiations.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="markdown",  # ``code`` in docstrings shows as code, not as literal backticks
)

# A flag takes no value; typer would print "<bool>" beside it as if one were expected.
_display_type = typer.core.TyperOption.display_type_rich
typer.core.TyperOption.display_type_rich = (  # type: ignore[method-assign]
    lambda self, ctx: None if self.is_flag else _display_type(self, ctx))
console = Console()
err_console = Console(stderr=True)

_state = {"debug": False}


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


@app.callback()
def _root(debug: bool = typer.Option(False, "--debug", help="Show tracebacks on errors.")) -> None:
    _state["debug"] = debug


F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(func: F) -> F:
    """Turn :class:`AccordError` into a clear message and exit code 2 (no traceback)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except AccordError as exc:
            if _state["debug"]:
                raise
            # the message is plain text (it may contain brackets); one problem per line,
            # never wrapped, so editors and grep can use the file:line prefixes
            err_console.print("[bold red]error:[/] ", end="", soft_wrap=True)
            err_console.print(str(exc), markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


def print_json(data: Any) -> None:
    """Write ``data`` as JSON to stdout (no rich markup, machine-readable)."""
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def main() -> None:
    app()
