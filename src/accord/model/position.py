"""A party's position on an issue: ideal, red line, salience and value shape.

The value a party draws from an issue is a number in [0, 1]: 1 at its ideal,
0 at the point of the range furthest from it. In between the ``shape`` bends
the curve: ``linear``; ``concave`` (most of the value comes with the first
steps toward the ideal); ``convex`` (only near the ideal does it count). An
ordinal issue may instead give an explicit ``values`` table, level -> value.

The ``red_line`` is the worst value the party has said it would accept. A
package crosses it when the party's value of the package on that issue is
below its value of the red line (for count issues: when the total count lies
on the wrong side of it). A red line may be conditional
(``red_line_applies_if: {job_security: three_years}``): it binds only when the
named issue reaches that level in the issue's own order — "X only if Y".

A ``possible_red_line`` is a limit the sources do not state but the party may
hold (a drafted scenario's unstated limits): the forecast holds it in a run with
its ``chance`` (drawn like every number) and then treats it as a stated red
line (it yields with them); ``analyze`` and the other static tools, which use
nominal values, leave it out.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, model_validator

from accord.model.base import Strict
from accord.model.evidence import Evidenced, SourceRef

Level = str | float


class Shape(StrEnum):
    linear = "linear"
    concave = "concave"
    convex = "convex"


SHAPE_EXPONENT = {Shape.linear: 1.0, Shape.concave: 0.5, Shape.convex: 2.0}


class PossibleRedLine(Strict):
    """A red line the sources do not state, held in a forecast run with probability ``chance``."""

    level: Level | dict[str, float] = Field(
        description="the limit: a level, a number, or counts per category (as a red_line)"
    )
    chance: Evidenced = Field(description="the chance that the party holds it, in [0, 1]")

    @model_validator(mode="after")
    def _checks(self) -> PossibleRedLine:
        a = self.chance.assumption
        lo, hi = (a.low, a.high) if a is not None else (self.chance.value, self.chance.value)
        if not (0.0 <= lo <= self.chance.value <= hi <= 1.0):
            raise ValueError("a possible red line's chance (and its range) must lie in [0, 1]")
        return self


class Position(Strict):
    """Where ``party`` stands on ``issue``."""

    party: str
    issue: str
    weight: Evidenced = Field(description="salience: the party's weights sum to 1")
    ideal: Level
    red_line: Level | dict[str, float] | None = None
    red_line_applies_if: dict[str, Level] | None = Field(
        default=None,
        description="conditional red line: binds only when the named issue is at or above this level",
    )
    possible_red_line: PossibleRedLine | None = Field(
        default=None,
        description="a limit the sources do not state, held in a forecast run with its chance",
    )
    shape: Shape = Shape.linear
    values: dict[str, float] | None = Field(
        default=None, description="ordinal/boolean: explicit value per level in [0, 1]"
    )
    category_weights: dict[str, float] | None = Field(
        default=None, description="count issues: relative worth of each category (default 1)"
    )
    stance: str | None = Field(default=None, description="the party's stated position, in words")
    evidence: list[SourceRef] = Field(default_factory=list)
    assumption: str | None = Field(
        default=None, description="why the position is assumed when no source states it"
    )

    @model_validator(mode="after")
    def _checks(self) -> Position:
        if not self.evidence and not self.assumption:
            raise ValueError(
                "a position needs 'evidence' (source spans) or an 'assumption' saying why it is assumed"
            )
        if self.red_line_applies_if is not None:
            if self.red_line is None:
                raise ValueError("'red_line_applies_if' needs a 'red_line'")
            if len(self.red_line_applies_if) != 1:
                raise ValueError("'red_line_applies_if' names exactly one issue and its level")
        if self.possible_red_line is not None and self.red_line is not None:
            raise ValueError("a position with a stated 'red_line' has no 'possible_red_line'")
        if self.values is not None:
            bad = {k: v for k, v in self.values.items() if not 0.0 <= v <= 1.0}
            if bad:
                raise ValueError(f"'values' must lie in [0, 1]; got {bad}")
        if self.category_weights is not None and any(v < 0 for v in self.category_weights.values()):
            raise ValueError("'category_weights' must be non-negative")
        return self


class Fallback(Strict):
    """A party's best alternative to a negotiated agreement (BATNA), on its utility scale."""

    party: str
    utility: Evidenced
    note: str | None = None
