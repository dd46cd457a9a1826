"""accord: model, analyse and forecast multi-party mediated negotiations."""

from accord.errors import AccordError

__version__ = "0.1.0"
__all__ = ["AccordError", "__version__"]
