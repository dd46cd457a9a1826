"""What a forecast follows over time, declared by the scenario: stocks of people or items and a pause.

The forecasting engine (:mod:`accord.simulate`) knows no case. A scenario names
what its negotiation moves day by day, which issue's terms deliver each stock,
where its starting number comes from and the words a reader sees:

* a ``held`` stock: people (or items) one side holds, by the categories of the
  count issue that delivers it; a deal releases them as its phases list them,
  and the ``death`` and ``rescue`` events take from it;
* a ``remains`` stock: the dead of the held stock still held (a death adds
  one), returned by its own count issue;
* a ``pool`` stock: what the other side releases from a limited pool (the
  drawn maxima of its issue's categories): successive deals never release more
  than the pool holds;
* a ``pause``: an ordinal or boolean issue whose levels above the status quo
  stop pressures and rescues while a deal carrying them is carried out (an
  armistice, a suspended strike); from ``lasting_from`` up the pause outlasts
  the completed deal.

A scenario without a ``tracked`` section forecasts deals and their fate only.

>>> s = Stock(id="staff", kind="pool", issue="reinstatement", name="dismissed staff")
>>> s.words()["released"]
'dismissed staff released'
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from accord.model.base import Strict
from accord.model.evidence import Evidenced


class StockKind(StrEnum):
    held = "held"
    remains = "remains"
    pool = "pool"


# what each kind of stock reports (measure -> default words, from the stock's name)
MEASURES: dict[StockKind, tuple[str, ...]] = {
    StockKind.held: ("released", "died", "rescued", "remaining"),
    StockKind.remains: ("released",),
    StockKind.pool: ("released",),
}
DEFAULT_WORDS = {
    "released": "{name} released",
    "died": "{name} who died",
    "rescued": "{name} rescued",
    "remaining": "{name} still held",
}


class Stock(Strict):
    """A stock the forecast follows: what it is called, which issue delivers it, where it starts."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    kind: StockKind
    issue: str = Field(description="the count issue whose terms deliver this stock")
    name: str = Field(min_length=1, description="what is counted, plural (e.g. 'dismissed staff')")
    unit: str = Field(default="people", description="unit of a count, for tables and axes")
    start: Evidenced | None = Field(
        default=None,
        description="number held at the snapshot; default: start_from, else the issue's maximum",
    )
    start_from: str | None = Field(
        default=None, description="ledger quantity whose latest count is the number at the snapshot"
    )
    released: str | None = Field(default=None, description="words for those released by deals")
    died: str | None = Field(default=None, description="held stock: words for those who died")
    rescued: str | None = Field(default=None, description="held stock: words for those rescued")
    remaining: str | None = Field(
        default=None, description="held stock: words for those still held at the horizon"
    )

    def words(self) -> dict[str, str]:
        """Measure -> the words a reader sees (the scenario's own, else built from ``name``)."""
        return {
            m: getattr(self, m) or DEFAULT_WORDS[m].format(name=self.name)
            for m in MEASURES[self.kind]
        }


class Pause(Strict):
    """An issue whose levels above the status quo pause the contest while a deal carries them."""

    issue: str = Field(description="an ordinal or boolean issue")
    lasting_from: str | None = Field(
        default=None,
        description="the lowest level that outlasts a completed deal (default: the highest level); "
        "lower levels last one phase after it",
    )
    days: str | None = Field(default=None, description="words for the days it is in force")

    def words(self, issue_name: str) -> str:
        return self.days or f"days of {issue_name.lower()}"


class Tracked(Strict):
    """What the forecast follows over time (stocks and a pause), in the scenario's words."""

    stocks: list[Stock] = Field(default_factory=list)
    pause: Pause | None = None

    def stock(self, kind: StockKind) -> Stock | None:
        for s in self.stocks:
            if s.kind is kind:
                return s
        return None


def tracked_problems(
    tracked: Tracked,
    issues: dict[str, tuple[str, list[str]]],
    ledger_quantities: set[str],
    event_kinds: list[str],
) -> list[tuple[tuple[str | int, ...], str]]:
    """``(path, message)`` for each problem of a ``tracked`` section.

    ``issues`` maps an issue id to its kind and levels; ``event_kinds`` lists the kinds of the
    scenario's events (``death`` and ``rescue`` act on the held stock, so they need one).
    """
    out: list[tuple[tuple[str | int, ...], str]] = []
    seen_ids: set[str] = set()
    seen_kinds: set[StockKind] = set()
    for k, s in enumerate(tracked.stocks):
        path: tuple[str | int, ...] = ("tracked", "stocks", k)
        if s.id in seen_ids:
            out.append(((*path, "id"), f"stock id '{s.id}' is used twice"))
        if s.kind in seen_kinds:
            out.append(((*path, "kind"), f"a scenario tracks at most one stock of kind '{s.kind}'"))
        seen_ids.add(s.id)
        seen_kinds.add(s.kind)
        if s.issue not in issues:
            out.append(((*path, "issue"), f"unknown issue '{s.issue}'"))
        elif issues[s.issue][0] != "count":
            out.append(((*path, "issue"), f"issue '{s.issue}' is not a count issue"))
        if s.start_from is not None and s.start_from not in ledger_quantities:
            out.append(((*path, "start_from"), f"no ledger entry has quantity '{s.start_from}'"))
        if s.kind is not StockKind.held:
            for m in ("died", "rescued", "remaining"):
                if getattr(s, m) is not None:
                    out.append(((*path, m), f"only a held stock reports '{m}'"))
    if tracked.pause is not None:
        p = tracked.pause
        path = ("tracked", "pause")
        if p.issue not in issues:
            out.append(((*path, "issue"), f"unknown issue '{p.issue}'"))
        elif issues[p.issue][0] not in ("ordinal", "boolean"):
            out.append(((*path, "issue"), f"issue '{p.issue}' is not ordinal or boolean"))
        elif p.lasting_from is not None and p.lasting_from not in issues[p.issue][1]:
            levels = ", ".join(issues[p.issue][1])
            out.append(
                (
                    (*path, "lasting_from"),
                    f"'{p.lasting_from}' is not a level of '{p.issue}' ({levels})",
                )
            )
    if StockKind.held not in seen_kinds:
        for k, kind in enumerate(event_kinds):
            if kind in ("death", "rescue"):
                out.append(
                    (
                        ("dynamics", "events", k, "kind"),
                        f"a '{kind}' event acts on the held stock: declare one in tracked.stocks "
                        "(kind: held)",
                    )
                )
    return out
