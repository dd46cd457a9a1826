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
from numba.core.datamodel import models
from numba.core.registry import CPUDispatcher
from numba.extending import NativeValue, register_model, typeof_impl, unbox

# How every compiled function of the forecast is compiled (``@njit(**JIT)``). Measured on the
# first ``accord forecast --runs 2000`` from an empty cache (BENCHMARKS.md, cold start): with no
# NRT (``_nrt``: nothing is allocated in compiled code, the arrays come from NumPy) Numba emits
# no reference counting around each array use, with NumPy's error model no ZeroDivisionError
# branch at each division (a division by zero gives inf or nan; the inputs never divide by
# zero), and with no C-callable wrapper (``cfunc``) nothing is compiled that no one calls: a
# smaller kernel to lower and optimise, the same machine arithmetic, the same numbers.
OPTIONS: Any = {"error_model": "numpy", "_nrt": False, "no_cfunc_wrapper": True}
JIT: dict[str, Any] = {"cache": True, **OPTIONS}


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


class Constant:
    """A small integer that compiled code sees in its *type*, not as a run-time value.

    A kernel given ``Constant(v)`` (alone or inside a ``NamedTuple``) is compiled, and
    cached on disk, once per value ``v`` it is actually called with; an ``overload``
    can read the value while compiling (``ConstantType.value``) and generate code for
    that value only (e.g. the one protocol a forecast uses instead of a branch per
    registered protocol). In Python it behaves as the integer (``int()``, indexing).
    """

    __slots__ = ("value",)

    def __init__(self, value: int) -> None:
        self.value = int(value)

    def __index__(self) -> int:
        return self.value

    __int__ = __index__

    def __eq__(self, other: object) -> bool:
        return int(self) == other if isinstance(other, int | Constant) else NotImplemented

    def __hash__(self) -> int:
        return hash(self.value)

    def __repr__(self) -> str:
        return f"Constant({self.value})"


class ConstantType(types.Type):
    """The Numba type of :class:`Constant` ``v``: one type (so one compile) per value."""

    def __init__(self, value: int) -> None:
        self.value = value
        super().__init__(name=f"Constant({value})")


@typeof_impl.register(Constant)
def _typeof_constant(val: Constant, c: Any) -> ConstantType:
    return ConstantType(val.value)


register_model(ConstantType)(models.OpaqueModel)


@unbox(ConstantType)
def _unbox_constant(typ: ConstantType, obj: Any, c: Any) -> NativeValue:
    return NativeValue(c.context.get_constant_null(typ))  # the value is in the type
