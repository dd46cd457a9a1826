"""One exception hierarchy for accord.

Every error a user can cause derives from :class:`AccordError`; the CLI prints
its message without a traceback (``--debug`` shows it). Messages say what is
wrong, where (file, line, field) and what is expected.
"""

from __future__ import annotations


class AccordError(Exception):
    """Base class of every error accord raises on bad input or state."""


class ScenarioError(AccordError):
    """A scenario file or object is malformed or contradictory.

    ``problems`` holds one line per problem, already formatted as
    ``file:line: field: message``.
    """

    def __init__(self, message: str, problems: list[str] | None = None):
        self.problems = problems or [message]
        super().__init__(message if problems is None else message + "\n" + "\n".join(problems))


class NotFoundError(AccordError):
    """A named scenario, run, document or party does not exist."""


class InputError(AccordError):
    """A command-line or API argument is out of range or inconsistent."""


class EvidenceError(AccordError):
    """A document could not be read or an evidence span does not match its source."""


class StoreError(AccordError):
    """The embedded store could not be opened or written."""


class InteropError(AccordError):
    """A foreign format (GENIUS XML, NegMAS objects) could not be converted."""
