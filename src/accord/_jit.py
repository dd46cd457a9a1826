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

from numba import njit, types
from numba.core.compiler import CompilerBase, DefaultPassBuilder
from numba.core.datamodel import models
from numba.core.registry import CPUDispatcher
from numba.core.untyped_passes import InlineClosureLikes
from numba.extending import NativeValue, register_model, typeof_impl, unbox

# How every compiled function of the forecast is compiled (``@njit(**JIT)``). Measured on the
# first ``accord forecast --runs 2000`` from an empty cache (BENCHMARKS.md, cold start): with no
# NRT (``_nrt``: nothing is allocated in compiled code, the arrays come from NumPy) Numba emits
# no reference counting around each array use, with NumPy's error model no ZeroDivisionError
# branch at each division (a division by zero gives inf or nan; the inputs never divide by
# zero), and with no C-callable wrapper (``cfunc``) nothing is compiled that no one calls: a
# smaller kernel to lower and optimise, the same machine arithmetic, the same numbers.
OPTIONS: Any = {"error_model": "numpy", "_nrt": False, "no_cfunc_wrapper": True}


class _Pipeline(CompilerBase):  # type: ignore[misc]
    """Numba's nopython pipeline less the passes for constructs the forecast never uses.

    ``InlineClosureLikes`` looks for closures and comprehensions defined inside a function
    to inline them; the compiled functions define none (a closure left in would make the
    compile fail loudly, never run differently), and the pass cost ~0.5 s of the first
    forecast on its own, scanning the kernel's IR.
    """

    def define_pipelines(self) -> list[Any]:
        pm = DefaultPassBuilder.define_nopython_pipeline(self.state)
        pm.passes = [(p, d) for p, d in pm.passes if p is not InlineClosureLikes]
        pm.finalize()
        return [pm]


OPTIONS["pipeline_class"] = _Pipeline
JIT: dict[str, Any] = {"cache": True, **OPTIONS}
# How the functions that only other compiled functions call are compiled (``@njit(**INNER)``):
# the same, without the CPython wrapper (the code that unboxes each argument from a Python
# object for a call from Python). A forecast calls only its kernel from Python; every other
# function is called from compiled code, so their wrappers were compiled, optimised and
# emitted for nothing: without them the first ``accord forecast`` compiles ~1 s less (same
# machine code for the calls made, the same numbers). A call from Python (a test) goes to a
# twin compiled with the wrapper (:class:`_Inner`).
INNER: dict[str, Any] = {**JIT, "no_cpython_wrapper": True}


def _plain_call_template(self: Any, args: tuple[Any, ...], kws: dict[str, Any]) -> Any:
    args = tuple(types.unliteral(a) for a in args)
    kws = {k: types.unliteral(v) for k, v in kws.items()}
    return type(self).get_call_template(self, args, kws)


class _Inner(CPUDispatcher):  # type: ignore[misc]
    """A kernel compiled without a CPython wrapper (``INNER``), still callable from Python.

    Called from compiled code it is the kernel itself; called from Python (a test, a REPL)
    it runs a twin compiled with the wrapper, because calling the wrapper-less version from
    Python would crash the interpreter instead of raising.
    """

    def __call__(self, *args: Any, **kws: Any) -> Any:
        twin = self.__dict__.get("_accord_twin")
        if twin is None:
            # not cached on disk: Numba's cache key leaves out compile options, so a cached
            # twin and the kernel would overwrite each other's entries
            drop = ("no_cpython_wrapper", "nopython", "cache")
            options = {k: v for k, v in self.targetoptions.items() if k not in drop}
            twin = self.__dict__["_accord_twin"] = njit(**options)(self.py_func)
        return twin(*args, **kws)


def compile_once_per_types(namespace: dict[str, Any]) -> list[str]:
    """Give every Numba kernel defined in a module (its ``globals()``) one compile per types.

    Kernels compiled with ``INNER`` also become callable from Python (:class:`_Inner`).
    Returns the names of the kernels changed (for tests and curiosity).
    """
    done = []
    for name, obj in namespace.items():
        if isinstance(obj, CPUDispatcher) and obj.py_func.__module__ == namespace["__name__"]:
            obj.get_call_template = MethodType(_plain_call_template, obj)  # type: ignore[method-assign]
            if obj.targetoptions.get("no_cpython_wrapper"):
                obj.__class__ = _Inner
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
