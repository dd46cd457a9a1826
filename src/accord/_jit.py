"""Fewer Numba compiles on a first run: one compiled version per argument types.

Numba compiles a kernel called from another kernel once per *literal* argument
value: ``f(x, 0)``, ``f(x, -1)`` and ``f(x, k)`` are three compiles. The
forecast's transcript writer alone was compiled 15 times on a first run, and
the whole first ``accord forecast`` spent about a quarter of its compile time
on such copies. :func:`compile_once_per_types` makes the kernels of a module
typed with plain types at those calls (the constants are cast, as for any
variable), so each is compiled once per argument types. Compiled code is still
cached on disk (``cache=True``: ``__pycache__`` beside the source, or
``NUMBA_CACHE_DIR``), so only the first run after an install or a change compiles.
"""

from __future__ import annotations

from types import MethodType
from typing import Any

from numba import types
from numba.core.registry import CPUDispatcher


def _plain_call_template(self: Any, args: tuple[Any, ...], kws: dict[str, Any]) -> Any:
    args = tuple(types.unliteral(a) for a in args)
    kws = {k: types.unliteral(v) for k, v in kws.items()}
    return type(self).get_call_template(self, args, kws)


def compile_once_per_types(namespace: dict[str, Any]) -> list[str]:
    """Give every Numba kernel defined in a module (its ``globals()``) one compile per types.

    Returns the names of the kernels changed (for tests and curiosity).
    """
    done = []
    for name, obj in namespace.items():
        if isinstance(obj, CPUDispatcher) and obj.py_func.__module__ == namespace["__name__"]:
            obj.get_call_template = MethodType(_plain_call_template, obj)  # type: ignore[method-assign]
            done.append(name)
    return done
