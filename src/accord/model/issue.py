"""Issues: what is negotiated, with the kind of values each can take.

Four kinds:

* ``count`` — people or items counted by category (dismissed staff by
  grade, permits by type, vessels by fleet). Each category has a
  maximum (the number available, with evidence) and a grid of ``steps`` values
  from 0 to that maximum for the agreement-space search.
* ``ordinal`` — ordered levels, e.g. job security ``none < one_year < three_years``.
* ``boolean`` — ``no < yes``.
* ``continuous`` — a quantity in a range (aid trucks per day), searched on a grid.

An issue is ``reversible`` when a collapse of the deal undoes it (a suspended
strike resumes, a guarantee lapses); people released or reinstated are not.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, model_validator

from accord.model.base import Strict
from accord.model.evidence import Evidenced


class IssueKind(StrEnum):
    count = "count"  # type: ignore[assignment]  # shadows str.count, by design
    ordinal = "ordinal"
    boolean = "boolean"
    continuous = "continuous"


BOOLEAN_LEVELS = ("no", "yes")


class Category(Strict):
    """One category of a count issue, with how many are available to exchange."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str | None = None
    max: Evidenced


class Issue(Strict):
    """One negotiated issue."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str | None = None
    kind: IssueKind
    unit: str | None = None
    levels: list[str] | None = Field(default=None, description="ordinal: worst-to-best order")
    categories: list[Category] | None = Field(default=None, description="count issues")
    min: float | None = Field(default=None, description="continuous issues")
    max: Evidenced | None = Field(default=None, description="continuous issues")
    steps: int = Field(default=5, ge=2, le=200, description="grid points per numeric dimension")
    reversible: bool = False
    delivered_by: str | None = Field(default=None, description="party that delivers it")

    @model_validator(mode="after")
    def _kind_fields(self) -> Issue:
        k = self.kind
        if k is IssueKind.ordinal:
            if not self.levels or len(self.levels) < 2:
                raise ValueError("an ordinal issue needs 'levels' (at least two, in order)")
            if len(set(self.levels)) != len(self.levels):
                raise ValueError("ordinal 'levels' must be distinct")
        elif self.levels is not None and k is not IssueKind.boolean:
            raise ValueError(f"'levels' is only for ordinal issues, not {k.value}")
        if k is IssueKind.boolean and self.levels not in (None, list(BOOLEAN_LEVELS)):
            raise ValueError("a boolean issue has the fixed levels [no, yes]; omit 'levels'")
        if k is IssueKind.count:
            if not self.categories:
                raise ValueError("a count issue needs 'categories' (each with an id and a max)")
            ids = [c.id for c in self.categories]
            if len(set(ids)) != len(ids):
                raise ValueError("category ids must be distinct")
        elif self.categories is not None:
            raise ValueError(f"'categories' is only for count issues, not {k.value}")
        if k is IssueKind.continuous:
            if self.min is None or self.max is None:
                raise ValueError("a continuous issue needs 'min' and 'max'")
            if self.max.value <= self.min:
                raise ValueError(f"'max' ({self.max.value}) must be above 'min' ({self.min})")
        elif self.min is not None or self.max is not None:
            raise ValueError(f"'min'/'max' are only for continuous issues, not {k.value}")
        return self

    # -- value ranges -------------------------------------------------------
    @property
    def ordered_levels(self) -> list[str]:
        """Levels of an ordinal or boolean issue, worst to best in the issue's own order."""
        if self.kind is IssueKind.boolean:
            return list(BOOLEAN_LEVELS)
        return list(self.levels or [])

    @property
    def is_numeric(self) -> bool:
        return self.kind in (IssueKind.count, IssueKind.continuous)

    @property
    def lower(self) -> float:
        """Smallest numeric value (counts: 0)."""
        if self.kind is IssueKind.continuous:
            return float(self.min or 0.0)
        if self.kind is IssueKind.count:
            return 0.0
        return 0.0

    @property
    def upper(self) -> float:
        """Largest numeric value (counts: the sum of category maxima; ordinal: last index)."""
        if self.kind is IssueKind.continuous:
            assert self.max is not None
            return float(self.max.value)
        if self.kind is IssueKind.count:
            return float(sum(c.max.value for c in self.categories or []))
        return float(len(self.ordered_levels) - 1)

    def to_number(self, value: str | float | int) -> float:
        """A value of this issue as a number: ordinal levels become their index.

        ``'min'`` and ``'max'`` name the ends of the range. Raises ValueError
        with the allowed values when ``value`` does not belong to the issue.
        """
        if isinstance(value, str):
            if value == "min":
                return self.lower
            if value == "max":
                return self.upper
            if self.kind in (IssueKind.ordinal, IssueKind.boolean):
                levels = self.ordered_levels
                if value not in levels:
                    raise ValueError(
                        f"'{value}' is not a level of issue '{self.id}' (levels: {', '.join(levels)})"
                    )
                return float(levels.index(value))
            try:
                value = float(value)
            except ValueError:
                raise ValueError(
                    f"'{value}' is not a number, 'min' or 'max' for issue '{self.id}'"
                ) from None
        if isinstance(value, bool):
            if self.kind is IssueKind.boolean:
                return 1.0 if value else 0.0
            raise ValueError(f"issue '{self.id}' is not boolean")
        number = float(value)
        if self.kind in (IssueKind.ordinal, IssueKind.boolean):
            raise ValueError(
                f"issue '{self.id}' takes a level ({', '.join(self.ordered_levels)}), not {value}"
            )
        lo, hi = self.lower, self.upper
        if not (lo - 1e-9 <= number <= hi + 1e-9):
            raise ValueError(
                f"{number:g} is outside the range of issue '{self.id}' [{lo:g}, {hi:g}]"
            )
        return number

    def describe(self, number: float) -> str:
        """A number of this issue as a reader would say it (levels by name)."""
        if self.kind in (IssueKind.ordinal, IssueKind.boolean):
            return self.ordered_levels[int(round(number))]
        if float(number).is_integer():
            return f"{int(number)}" + (f" {self.unit}" if self.unit else "")
        return f"{number:.1f}" + (f" {self.unit}" if self.unit else "")
