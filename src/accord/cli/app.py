"""The typer application object and the error handling shared by all commands."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from enum import StrEnum
from functools import wraps
from typing import Any, TypeVar, cast

import typer
from rich.console import Console

from accord.errors import AccordError, InputError

app = typer.Typer(
    name="accord",
    help="Model, analyse and forecast multi-party mediated negotiations.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=True,
    rich_markup_mode="markdown",  # ``code`` in docstrings shows as code, not as literal backticks
)

# A flag takes no value; typer would print "<bool>" beside it as if one were expected.
_display_type = typer.core.TyperOption.display_type_rich
typer.core.TyperOption.display_type_rich = (  # type: ignore[method-assign]
    lambda self, ctx: None if self.is_flag else _display_type(self, ctx)
)
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

# click's base of usage errors, from the click typer uses (newer typers bring their own copy,
# so ``import click`` would load a second one, or fail where click is not installed)
_CLICK_ERROR = cast(
    type[Exception],
    next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"),
)


def _print_error(message: str) -> None:
    # the message is plain text (it may contain brackets); one problem per line,
    # never wrapped, so editors and grep can use the file:line prefixes
    err_console.print("[bold red]error:[/] ", end="", soft_wrap=True)
    err_console.print(message, markup=False, highlight=False, soft_wrap=True)


def translate(exc: BaseException) -> AccordError | None:
    """A user-caused failure that escaped as a plain exception, as the AccordError it should be.

    Store files DuckDB cannot read, files the user may not read, input nested past Python's
    recursion limit and allocations past the memory limit all come from the input or the
    machine, not from a bug: they get a one-line message like any other user error.
    """
    import duckdb

    from accord.store.db import default_db_path, store_error

    if isinstance(exc, duckdb.Error):
        return store_error(default_db_path(), exc)
    if isinstance(exc, PermissionError):
        where = f" {exc.filename}" if exc.filename else ""
        return InputError(
            f"permission denied:{where}; make it readable (or writable) for you, or "
            "choose another path"
        )
    if isinstance(exc, OSError) and exc.filename:
        return InputError(
            f"{exc.filename}: {exc.strerror or exc}; check the path and that you may "
            "read or write it"
        )
    if isinstance(exc, RecursionError):
        return InputError("the input nests too deeply to process; flatten it (see docs/limits.md)")
    if isinstance(exc, MemoryError):
        return InputError(
            "out of memory: the input asks for more memory than this machine allows; "
            "make it smaller (see docs/limits.md)"
        )
    return None


def handle_errors(func: F) -> F:
    """Turn :class:`AccordError` into a clear message and exit code 2 (no traceback).

    Any other exception is a bug: one line saying so and exit code 1, the traceback only with
    ``--debug``. Ctrl-C exits with 130 and no traceback.
    """

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort, _CLICK_ERROR, SystemExit):
            raise  # exits and usage errors: click prints them its own way
        except BrokenPipeError:
            raise  # the reader left (``accord claims | head``): click exits quietly with 1
        except AccordError as exc:
            if _state["debug"]:
                raise
            _print_error(str(exc))
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            if _state["debug"]:
                raise
            _print_error("interrupted")
            raise typer.Exit(130) from None
        except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
            if _state["debug"]:
                raise
            known = translate(exc)
            if known is not None:
                _print_error(str(known))
                raise typer.Exit(2) from None
            first = (str(exc).splitlines() or [""])[0][:200]
            _print_error(
                f"internal error ({type(exc).__name__}: {first}); this is a bug in accord. "
                "Rerun with --debug for the traceback and report it"
            )
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def print_json(data: Any) -> None:
    """Write ``data`` as JSON to stdout (no rich markup, machine-readable)."""
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def main() -> None:
    import sys as _sys

    # every command is wrapped by handle_errors; this catches what happens outside them
    # (option parsing callbacks, imports), still without a traceback unless --debug
    try:
        app(prog_name="accord")  # also as ``python -m accord``: its help and shell completion
    except (SystemExit, KeyboardInterrupt):
        raise
    except Exception as exc:  # noqa: BLE001
        if "--debug" in _sys.argv:
            raise
        known = translate(exc)
        _print_error(
            str(known)
            if known is not None
            else f"internal error ({type(exc).__name__}: {(str(exc).splitlines() or [''])[0][:200]}); "
            "rerun with --debug for the traceback"
        )
        raise SystemExit(2 if known is not None else 1) from None
