"""The work a scenario asks for, measured before any array is allocated.

:func:`check_budget` refuses a scenario whose agreement-space grid, options,
numbers, event rates or dates go past the limits below, with a message naming
the limit, the value and what to change. :func:`~accord.analysis.compile.compile_scenario`
calls it first, so ``analyze``, ``forecast``, imports and the web workbench all
stop in milliseconds instead of allocating gigabytes. ``docs/limits.md`` lists
every limit.

>>> from accord.scenarios import load_scenario
>>> package_count(load_scenario("labour-2026-03"))
810
"""

from __future__ import annotations

import datetime as dt
import math
import os
from typing import Any

from pydantic import BaseModel

from accord.errors import InputError
from accord.model import Evidenced, Issue, IssueKind, Scenario
from accord.validators import EARLIEST_DATE, latest_date

# The flagship has 567,000 packages under 3 phase templates (1.7 million valued
# packages, ~300 MB peak for `accord analyze`); 11.1 million valued packages (the
# largest grid in BENCHMARKS.md) peak at ~930 MB. The default keeps a run under
# ~1 GB; ACCORD_MAX_PACKAGES raises or lowers it for a bigger machine or a server.
MAX_VALUED_PACKAGES = 12_000_000  # grid packages x phase templates
PACKAGES_ENV = "ACCORD_MAX_PACKAGES"
MAX_OPTIONS_PER_ISSUE = 20_000  # grid points of one issue (a count issue combines its categories)
MAX_LEVELS = 100  # levels of an ordinal issue
MAX_CATEGORY = 10_000_000  # people or items in one category of a count issue
MAX_EVENT_RATE = 10.0  # stochastic events per day (one every 2.4 hours)
MAX_PRESSURE_RATE = 1.0  # utility per day a pressure can move (the whole utility scale)


def issue_options(issue: Issue) -> int:
    """Grid points of one issue, as :func:`accord.analysis.compile._grid` will build them."""
    if issue.kind in (IssueKind.ordinal, IssueKind.boolean):
        return len(issue.ordered_levels)
    if issue.kind is IssueKind.continuous:
        return issue.steps
    n = 1
    for c in issue.categories or []:
        # the grid takes the distinct integers among `steps` points from 0 to the maximum
        n *= max(1, min(issue.steps, int(round(max(0.0, c.max.value))) + 1))
    return n


def max_valued_packages() -> int:
    """The package limit: ``$ACCORD_MAX_PACKAGES`` when set, else :data:`MAX_VALUED_PACKAGES`."""
    raw = os.environ.get(PACKAGES_ENV, "").strip()
    if not raw:
        return MAX_VALUED_PACKAGES
    try:
        value = int(float(raw))
    except ValueError:
        raise InputError(f"{PACKAGES_ENV}={raw!r} is not a whole number of packages") from None
    if value < 1:
        raise InputError(f"{PACKAGES_ENV} must be at least 1 (got {raw})")
    return value


def package_count(scenario: Scenario) -> int:
    """Packages in the agreement-space grid (the product of every issue's options)."""
    return math.prod(issue_options(i) for i in scenario.issues)


def check_budget(scenario: Scenario) -> None:
    """Raise :class:`InputError` when ``scenario`` asks for more work than the limits allow."""
    problems = _value_problems(scenario)
    for issue in scenario.issues:
        if issue.kind is IssueKind.ordinal and len(issue.ordered_levels) > MAX_LEVELS:
            problems.append(
                f"issues.{issue.id}: {len(issue.ordered_levels)} levels is over the "
                f"limit of {MAX_LEVELS} (MAX_LEVELS); merge levels"
            )
        n = issue_options(issue)
        if n > MAX_OPTIONS_PER_ISSUE:
            problems.append(
                f"issues.{issue.id}: {n:,} grid options is over the limit of "
                f"{MAX_OPTIONS_PER_ISSUE:,} (MAX_OPTIONS_PER_ISSUE); lower its 'steps' "
                "or split its categories into separate issues"
            )
    if problems:
        raise InputError(
            f"scenario '{scenario.id}': "
            + "; ".join(problems[:5])
            + (f" (and {len(problems) - 5} more)" if len(problems) > 5 else "")
        )
    packages = package_count(scenario)
    valued = packages * len(scenario.phase_templates)
    limit = max_valued_packages()
    if valued > limit:
        biggest = sorted(scenario.issues, key=issue_options, reverse=True)[:3]
        hint = ", ".join(f"{i.id} ({issue_options(i):,} options)" for i in biggest)
        raise InputError(
            f"scenario '{scenario.id}': {packages:,} packages x {len(scenario.phase_templates)} phase "
            f"template(s) = {_big(valued)} to value, over the limit of {limit:,} (MAX_VALUED_PACKAGES, "
            f"${PACKAGES_ENV}; ~1 GB at the default). Use fewer 'steps', levels or issues ({len(scenario.issues)} "
            f"issues; the largest: {hint})"
        )


def _big(n: int) -> str:
    return f"{n:,}" if n < 10**15 else f"about 10^{len(str(n)) - 1}"


def _value_problems(scenario: Scenario) -> list[str]:
    out: list[str] = []
    first, last = EARLIEST_DATE, latest_date()
    for path, value in _walk(scenario):
        where = ".".join(map(str, path))
        if isinstance(value, dt.date) and not first <= value <= last:
            out.append(
                f"{where}: date {value.isoformat()} is outside {first.isoformat()}.."
                f"{last.isoformat()} (dates run from 1900 to a year from today)"
            )
    for issue in scenario.issues:
        for c in issue.categories or []:
            if c.max.high > MAX_CATEGORY:
                out.append(
                    f"issues.{issue.id}.categories.{c.id}.max: {c.max.high:g} is over the limit "
                    f"of {MAX_CATEGORY:,} people or items (MAX_CATEGORY)"
                )
    for e in scenario.dynamics.events:
        if e.rate_per_day.high > MAX_EVENT_RATE:
            out.append(
                f"dynamics.events.{e.id}.rate_per_day: {e.rate_per_day.high:g} a day is over the "
                f"limit of {MAX_EVENT_RATE:g} (MAX_EVENT_RATE); a rate is events per day"
            )
    for p in scenario.dynamics.pressures:
        r = p.rate_per_day
        if max(abs(r.low), abs(r.high)) > MAX_PRESSURE_RATE:
            out.append(
                f"dynamics.pressures.{p.id}.rate_per_day: {max(abs(r.low), abs(r.high)):g} is "
                f"over the limit of {MAX_PRESSURE_RATE:g} utility a day (MAX_PRESSURE_RATE)"
            )
    return out


def _walk(obj: Any, path: tuple[Any, ...] = ()) -> Any:
    """(path, value) for every date in a model object (and every Evidenced, left whole)."""
    if isinstance(obj, dt.date):
        yield path, obj
    elif isinstance(obj, Evidenced):
        return
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from _walk(getattr(obj, name), (*path, name))
    elif isinstance(obj, list | tuple):
        for k, v in enumerate(obj):
            yield from _walk(v, (*path, k))
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _walk(v, (*path, k))
