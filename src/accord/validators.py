"""Validators shared by the CLI and the API: one rule, one message, everywhere.

Each function checks one kind of user input (a number, a date, a parameter
override, a document's text, an id) and either returns the clean value or
raises :class:`~accord.errors.InputError` with a one-line message naming the
field, the value, the limit and what to do. Commands and routes call these
instead of re-implementing the checks; the limits are listed in
``docs/limits.md``.

>>> check_finite("3.5", "--set round_days")
3.5
>>> check_finite("nan", "--set round_days")
Traceback (most recent call last):
...
accord.errors.InputError: --set round_days: 'nan' is not a finite number; give a plain number such as 0.5
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Iterable
from pathlib import Path

from accord.errors import EvidenceError, InputError

EARLIEST_DATE = dt.date(1900, 1, 1)
FUTURE_DAYS = 366  # dates may lie up to a year ahead (a planned phase, a deadline)
MAX_MAGNITUDE = 1e12  # the same bound the scenario loader puts on every number
MAX_OVERRIDE_NAME = 200
# Characters of one document extracted by default: extraction costs ~13-15 µs of CPU per
# character of news text (spaCy's encoder and parser, then the rules) on top of ~2 s to
# start, load the model and open the store, so a 120,000-character document is ingested in
# ~4 CPU-seconds on one core (150,000: 4.4-4.7 on a busy machine), within the 5 s budget of
# docs/limits.md with a margin (measured in BENCHMARKS.md, "One long article").
MAX_CHARS = 120_000
CPU_PER_CHAR = 14e-6  # seconds of CPU per character, for the messages


class DocumentTooLong(EvidenceError):
    """A document longer than the extraction budget: not stored, reported with what to change."""

    def __init__(self, message: str, name: str = "", chars: int = 0, limit: int = 0):
        super().__init__(message)
        self.name, self.chars, self.limit = name, chars, limit


def latest_date(today: dt.date | None = None) -> dt.date:
    """The latest date accepted anywhere: today plus one year."""
    return (today or dt.date.today()) + dt.timedelta(days=FUTURE_DAYS)


def check_finite(
    value: object, field: str, low: float | None = None, high: float | None = None
) -> float:
    """``value`` as a finite float inside ``[low, high]`` (each bound optional)."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InputError(f"{field}: {str(value)[:40]!r} is not a number") from None
    if isinstance(value, bool):
        raise InputError(f"{field}: {value!r} is not a number")
    if not math.isfinite(number) or abs(number) > MAX_MAGNITUDE:
        raise InputError(
            f"{field}: {str(value)[:40]!r} is not a finite number; give a plain number such as 0.5"
        )
    if low is not None and number < low or high is not None and number > high:
        lo = "-inf" if low is None else f"{low:g}"
        hi = "inf" if high is None else f"{high:g}"
        raise InputError(f"{field}: {number:g} is outside [{lo}, {hi}]")
    return number


def check_count(value: object, field: str, high: int) -> int:
    """A whole number of people or items in ``[0, high]`` (no NaN, no fractions)."""
    number = check_finite(value, field, 0, high)
    if not float(number).is_integer():
        raise InputError(f"{field}: {number:g} is not a whole number")
    return int(number)


def check_date(value: object, field: str, today: dt.date | None = None) -> dt.date:
    """A date between 1900-01-01 and today + 1 year, from a date or an ISO string.

    >>> check_date("2025-03-06", "date").isoformat()
    '2025-03-06'
    >>> check_date("0000-01-01", "date")
    Traceback (most recent call last):
    ...
    accord.errors.InputError: date: '0000-01-01' is not a date (write YYYY-MM-DD)
    """
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        text = str(value).strip()
        try:
            day = dt.date.fromisoformat(text[:10])
            if len(text) > 10:
                dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise InputError(f"{field}: {text[:40]!r} is not a date (write YYYY-MM-DD)") from None
    last = latest_date(today)
    if not EARLIEST_DATE <= day <= last:
        raise InputError(
            f"{field}: {day.isoformat()} is outside {EARLIEST_DATE.isoformat()}.."
            f"{last.isoformat()} (dates run from 1900 to a year from today)"
        )
    return day


def clean_published(
    value: object, field: str = "published", today: dt.date | None = None
) -> tuple[str | None, str | None]:
    """A document's publication date as ``(YYYY-MM-DD or None, warning or None)``.

    A missing date is fine; a bad one is dropped with a warning (the document is kept).

    >>> clean_published("2099-12-31", today=dt.date(2026, 1, 1))
    (None, 'published: 2099-12-31 is outside 1900-01-01..2027-01-02 (dates run from 1900 to a year from today); the date was dropped')
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    try:
        return check_date(value, field, today).isoformat(), None
    except InputError as exc:
        return None, f"{exc}; the date was dropped"


def check_text(text: object, field: str = "text") -> str:
    """A document's text: a non-empty string without NUL bytes.

    >>> check_text("a\\x00b")
    Traceback (most recent call last):
    ...
    accord.errors.InputError: text: contains NUL bytes (binary data); give plain text, HTML or JSON Lines
    """
    if not isinstance(text, str):
        raise InputError(f"{field}: must be a string of text")
    if "\x00" in text:
        raise InputError(
            f"{field}: contains NUL bytes (binary data); give plain text, HTML or JSON Lines"
        )
    if not text.strip():
        raise InputError(f"{field}: is empty")
    return check_unicode(text, field)


def check_length(name: str, chars: int, limit: int, change: str, what: str = "") -> None:
    """Refuse a document of ``chars`` characters over the extraction budget ``limit``.

    ``change`` says how to raise the budget where the document came from (a CLI option, a
    server setting); ``what`` names what was measured when it is not the text itself.

    >>> check_length("a.txt", 1_000_000, 150_000, "raise it with --max-chars 1000000, or split it")
    Traceback (most recent call last):
    ...
    accord.validators.DocumentTooLong: a.txt: 1,000,000 characters is more than the extraction budget of 150,000 characters per document (~14 s of CPU for this one); raise it with --max-chars 1000000, or split it
    """
    if chars <= limit:
        return
    raise DocumentTooLong(
        f"{name}: {chars:,} characters{what} is more than the extraction budget of {limit:,} "
        f"characters per document (~{max(1, round(chars * CPU_PER_CHAR)):,} s of CPU for this "
        f"one); {change}",
        name,
        chars,
        limit,
    )


def check_unicode(text: str, field: str = "text") -> str:
    """Text that can be written as UTF-8: no unpaired surrogate (JSON's ``"\\ud800"`` escape
    decodes to one, and the store, the files and the answers cannot hold it).

    >>> check_unicode("a\\ud800b", "name")
    Traceback (most recent call last):
    ...
    accord.errors.InputError: name: contains an unpaired surrogate ('\\ud800' at character 1), which is not valid Unicode; send UTF-8 text
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            f"{field}: contains an unpaired surrogate ({text[exc.start]!r} at character "
            f"{exc.start}), which is not valid Unicode; send UTF-8 text"
        ) from None
    return text


def check_known(value: str, known: Iterable[str], field: str) -> str:
    """``value`` if it is one of ``known``; the message lists the choices."""
    choices = list(known)
    if value not in choices:
        shown = ", ".join(choices[:30]) + (" ..." if len(choices) > 30 else "")
        raise InputError(f"{field}: unknown '{str(value)[:60]}'; choose one of {shown}")
    return value


def parse_override(item: str, option: str = "--set") -> tuple[str, float]:
    """``NAME=VALUE`` -> (name, finite float); the parameter table checks the name and range.

    >>> parse_override("round_days=3")
    ('round_days', 3.0)
    """
    if "=" not in item:
        raise InputError(
            f"{option} takes NAME=VALUE (got '{item[:60]}'); names are listed under "
            "'parameters' in the forecast"
        )
    name, value = (part.strip() for part in item.split("=", 1))
    if not name or len(name) > MAX_OVERRIDE_NAME:
        raise InputError(f"{option}: a parameter name is missing in '{item[:60]}'")
    return name, check_finite(value, f"{option} {name}")


def check_overrides(overrides: dict[str, object], option: str = "--set") -> dict[str, float]:
    """Every override value finite (names are checked against the parameter table later)."""
    return {str(k): check_finite(v, f"{option} {k}") for k, v in overrides.items()}


def check_output_file(
    path: str | os.PathLike[str], option: str, suffixes: tuple[str, ...] = (".png",)
) -> Path:
    """A file accord may write: the right suffix, an existing writable folder, not a folder itself.

    Checked before the work that produces the file starts, so a typo costs nothing.

    >>> check_output_file("plot.txt", "--plot")
    Traceback (most recent call last):
    ...
    accord.errors.InputError: --plot: plot.txt must end in .png
    """
    out = Path(path)
    if out.suffix.lower() not in suffixes:
        raise InputError(f"{option}: {out.name} must end in {' or '.join(suffixes)}")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{option}: the folder {folder} does not exist; create it first")
    if out.is_dir():
        raise InputError(f"{option}: {out} is a folder; give a file name ending in {suffixes[0]}")
    if not os.access(folder, os.W_OK | os.X_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise InputError(
            f"{option}: cannot write to {out} (permission denied); choose a writable folder"
        )
    return out
