"""A package's names loaded on first use (PEP 562), for packages whose import must stay light.

>>> namespace = {}
>>> getattr_, dir_ = lazy_names("os", {"join": "path"}, namespace)
>>> getattr_("join").__name__, "join" in namespace, dir_()
('join', True, ['join'])
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_names(
    package: str, names: dict[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``: ``names`` maps each name to the
    submodule it comes from; a name is imported when first asked for and kept in
    ``namespace`` (the package's globals), so later lookups are plain attribute reads.

    No submodule may be named like one of the names: importing ``package.<name>`` sets the
    package's attribute ``<name>`` to that module, shadowing the name.
    """

    def __getattr__(name: str) -> Any:
        if name not in names:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{names[name]}"), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *names})

    return __getattr__, __dir__
