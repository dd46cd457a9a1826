"""GENIUS non-linear (hyper-rectangle, "constraint") utility spaces, ANAC 2014.

A profile lists hyper-rectangles, each a utility and bounds on some integer
issues. GENIUS 10.4 (``NonlinearUtilitySpace``, ``InclusiveHyperRectangle``,
``UtilityFunction``) reads them so:

* a rectangle counts when every bound holds, **inclusive** at both ends
  (``min <= value <= max``); one without bounds always counts; an exclusive
  one (``<EXCLUDES>``, ``ExclusiveHyperRectangle``) counts when some bound
  does not hold;
* it adds ``utility * weight`` (weight 1 unless given) to its ``<ufun>``, whose
  ``aggregation`` is ``sum``; a nested ``<ufun>`` adds its total times its weight;
* the profile's utility is that total divided by ``<utility maxutility=...>``,
  capped at 1.

``maxutility`` is the generator's estimate of the best total, not always the
true one (``30issues/profile-1.xml`` says 2353; 2435 is reachable), so the cap
binds: every outcome with a total of at least ``maxutility`` is worth 1.

:func:`rectangle_frontier` finds the exact two-party Pareto frontier of such
profiles without enumerating the outcomes (10^30 in ANAC 2014): an integer
program with one binary per (issue, value) and one per rectangle, linked so a
rectangle's binary is 1 exactly when the outcome lies inside it, solved with
HiGHS (SciPy's ``milp``) to proven optimality. The frontier is swept by the
epsilon-constraint method -- one lexicographic solve per frontier point when
the rectangles' utilities are integers (ANAC 2014's are), two otherwise -- and every point's
outcome is evaluated again with GENIUS's formula, so the utilities reported
are those of a concrete outcome, not of the solver's arithmetic.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import numpy as np

from accord.errors import InteropError
from accord.interop.genius import GeniusDomain, ProfileBase
from accord.interop.genius_profile import _discount, _optional_number
from accord.interop.xmlsafe import XmlDoc

MAX_ENUMERATED = 10_000_000  # outcomes evaluated one by one at most


@dataclass(frozen=True)
class Rectangle:
    """``value`` added when every ``(issue position, lowest level, highest level)`` holds.

    ``exclusive`` (GENIUS's ``ExclusiveHyperRectangle``, ``<EXCLUDES>``): added when
    some bound does *not* hold, nothing when all do.
    """

    value: float
    bounds: tuple[tuple[int, int, int], ...]
    exclusive: bool = False

    def holds(self, levels: np.ndarray) -> bool:
        inside = all(lo <= levels[j] <= hi for j, lo, hi in self.bounds)
        return inside != self.exclusive


@dataclass(frozen=True, kw_only=True)
class RectangleProfile(ProfileBase):
    """A non-linear profile: the total of the hyper-rectangles an outcome falls in, over the largest."""

    rectangles: tuple[Rectangle, ...]
    max_utility: float

    def raw(self, levels: np.ndarray) -> float:
        """GENIUS's total of one outcome (level index per issue), before the division."""
        total = 0.0
        for r in self.rectangles:
            if r.holds(levels):
                total += r.value
        return total

    def utility(self, levels: np.ndarray) -> float:
        return min(1.0, self.raw(levels) / self.max_utility)


def _float(doc: XmlDoc, el: ET.Element, name: str, default: str | None = None) -> float:
    text = el.get(name, default)
    try:
        x = float(text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise doc.error(el, f"'{name}' must be a number, got {text!r}") from None
    if not math.isfinite(x):
        raise doc.error(el, f"'{name}' must be finite, got {text!r}")
    return x


def _rectangles(
    doc: XmlDoc, ufun: ET.Element, weight: float, positions: dict[int, int], domain: GeniusDomain
) -> list[Rectangle]:
    agg = ufun.get("aggregation", "sum").lower()
    if agg != "sum":
        raise doc.error(ufun, f"aggregation '{agg}' is not supported (GENIUS ANAC files use sum)")
    out: list[Rectangle] = []
    for child in ufun:
        if child.tag == "ufun":
            out += _rectangles(
                doc, child, weight * _float(doc, child, "weight", "1"), positions, domain
            )
            continue
        if child.tag != "hyperRectangle":
            raise doc.error(child, "unsupported element in a <ufun> (hyperRectangle or ufun)")
        # GENIUS: with <EXCLUDES> the rectangle is exclusive and only those bounds count
        # (NonlinearUtilitySpace.loadHyperRectangles replaces the INCLUDES ones)
        exclusive = child.find("EXCLUDES") is not None
        tag = "EXCLUDES" if exclusive else "INCLUDES"
        value = _float(doc, child, "utility") * _float(doc, child, "weight", "1") * weight
        bounds: list[tuple[int, int, int]] = []
        empty = False  # a bound no level lies in: no outcome is inside the rectangle
        for b in child:
            if b.tag not in ("INCLUDES", "EXCLUDES"):
                raise doc.error(b, "unsupported element in a <hyperRectangle> (INCLUDES, EXCLUDES)")
            if b.tag != tag:
                continue
            idx = int(_float(doc, b, "index"))
            if idx not in positions:
                raise doc.error(b, f"index {idx} names no issue of the domain")
            j = positions[idx]
            nums = domain.issues[j].numbers
            lo_v, hi_v = _float(doc, b, "min"), _float(doc, b, "max")
            # levels whose value lies in [min, max], both ends included (InclusiveHyperRectangle)
            inside = [k for k, x in enumerate(nums or ()) if lo_v <= x <= hi_v]
            if not inside:
                empty = True
                break
            bounds.append((j, inside[0], inside[-1]))
        if exclusive and empty:
            out.append(Rectangle(value, ()))  # every outcome is outside: always counts
        elif exclusive:
            out.append(Rectangle(value, tuple(bounds), exclusive=True))
        elif not empty:
            out.append(Rectangle(value, tuple(bounds)))
    return out


def read_rectangle_profile(
    doc: XmlDoc, space: ET.Element, obj: ET.Element, domain: GeniusDomain, *, ignore_discount: bool
) -> RectangleProfile:
    """A non-linear profile (``<utility maxutility=...><ufun><hyperRectangle>``)."""
    by_name = {i.name: k for k, i in enumerate(domain.issues)}
    positions: dict[int, int] = {i.index: k for k, i in enumerate(domain.issues)}
    for child in obj.findall("issue"):
        name = child.get("name")
        if name not in by_name:
            raise doc.error(
                child,
                f"issue '{name}' is not in the domain {domain.source}: "
                "the profile does not match its domain",
            )
        if child.get("index") is not None:
            positions[int(_float(doc, child, "index"))] = by_name[name]  # type: ignore[index]
    for issue in domain.issues:
        if issue.kind != "integer":
            raise doc.error(
                obj, f"issue '{issue.name}' is {issue.kind}; hyper-rectangles bound integer issues"
            )
    utils = obj.findall("utility")
    if len(utils) != 1:
        raise doc.error(obj, f"expected one <utility>, found {len(utils)}")
    util = utils[0]
    top = _float(doc, util, "maxutility")
    if top <= 0:
        raise doc.error(util, f"maxutility {top:g} must be positive")
    ufuns = util.findall("ufun")
    if len(ufuns) != 1:
        raise doc.error(util, f"expected one <ufun>, found {len(ufuns)}")
    rects = _rectangles(doc, ufuns[0], 1.0, positions, domain)
    warnings: list[str] = []
    notes = list(doc.notes)
    notes.append(
        f"{doc.name}: non-linear profile, {len(rects)} hyper-rectangles (bounds inclusive), "
        f"utility = total / {top:g}, capped at 1"
    )
    _, res = _optional_number(doc, space, "reservation", warnings)
    discount = _discount(doc, space, warnings, notes, ignore_discount)
    return RectangleProfile(
        name=re.sub(r"\s+", " ", doc.path.stem),
        source=doc.name,
        rectangles=tuple(rects),
        max_utility=top,
        reservation=0.0 if res is None else res,
        discount=discount,
        notes=tuple(notes),
        warnings=tuple(warnings),
    )


def rectangle_utilities(domain: GeniusDomain, profile: RectangleProfile) -> np.ndarray:
    """GENIUS's utility of every outcome (C order); only for domains small enough to list."""
    if domain.n_outcomes > MAX_ENUMERATED:
        raise InteropError(
            f"{profile.source}: {domain.n_outcomes:.3g} outcomes are too many to list; "
            "use rectangle_frontier for the exact frontier"
        )
    shape = domain.shape
    total = np.zeros(shape)
    grids = np.indices(shape, sparse=True)
    for r in profile.rectangles:
        inside: np.ndarray | bool = True
        for j, lo, hi in r.bounds:
            inside = inside & (grids[j] >= lo) & (grids[j] <= hi)
        held = np.logical_not(inside) if r.exclusive else inside
        total = total + np.where(held, r.value, 0.0)
    return np.minimum(total.ravel() / profile.max_utility, 1.0)


# --------------------------------------------------------------------------- exact frontier


class _Program:
    """The outcome space as a 0/1 program: x[j, v] one-hot per issue, y[r] = rectangle r holds."""

    def __init__(self, domain: GeniusDomain, profiles: list[RectangleProfile]):
        from scipy.sparse import coo_matrix

        self.domain = domain
        self.profiles = profiles
        shape = domain.shape
        self.offset = np.concatenate([[0], np.cumsum(shape)])
        nx = int(self.offset[-1])
        rects = [(p, r) for p, prof in enumerate(profiles) for r in prof.rectangles]
        self.n = nx + len(rects)
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        lo: list[float] = []
        hi: list[float] = []
        and_rows: list[int] = []

        def row(entries, lower, upper):
            k = len(lo)
            for c, v in entries:
                rows.append(k)
                cols.append(c)
                vals.append(v)
            lo.append(lower)
            hi.append(upper)

        for j, size in enumerate(shape):
            row([(int(self.offset[j]) + v, 1.0) for v in range(size)], 1.0, 1.0)
        self.objective = np.zeros((len(profiles), self.n))
        self.constant = np.zeros(len(profiles))
        for k, (p, r) in enumerate(rects):
            y = nx + k
            if not r.bounds:
                self.constant[p] += r.value
                row([(y, 1.0)], 0.0, 0.0)
                continue
            if r.exclusive:  # value * (1 - inside)
                self.constant[p] += r.value
                self.objective[p, y] = -r.value
            else:
                self.objective[p, y] = r.value
            # y <= inside_b for every bound; y >= sum_b inside_b - (|b| - 1)
            sum_entries: list[tuple[int, float]] = [(y, 1.0)]
            for j, a, b in r.bounds:
                cells = [(int(self.offset[j]) + v, -1.0) for v in range(a, b + 1)]
                row([(y, 1.0), *cells], -np.inf, 0.0)
                sum_entries += cells
            and_rows.append(len(lo))
            row(sum_entries, 1.0 - len(r.bounds), np.inf)
        A = coo_matrix((vals, (rows, cols)), shape=(len(lo), self.n)).tocsr()
        lo_a, hi_a = np.array(lo), np.array(hi)
        # Maximising non-negative totals needs only y <= inside: a solver gains nothing by
        # leaving y at 0, and a total it reports is never above the outcome's true total.
        # Minimising needs y = inside exactly, so the AND rows go in only then.
        keep = np.ones(len(lo), dtype=bool)
        keep[and_rows] = False
        self.exact = (A, lo_a, hi_a)
        self.relaxed = (A[keep], lo_a[keep], hi_a[keep])
        self.nonnegative = bool((self.objective >= 0).all())
        self.solves = 0

    def solve(
        self, p: int, maximise: bool, floors: dict[int, float], then: int | None = None
    ) -> np.ndarray | None:
        """Levels of an outcome optimising profile ``p``'s total with others' totals >= floors.

        ``then``: among the optima, the best for that profile too (integer totals only:
        the objective is ``W * total_p + total_then`` with ``W`` above any ``total_then``).
        """
        from scipy.optimize import Bounds, LinearConstraint, milp

        A, lo, hi = self.relaxed if maximise and self.nonnegative else self.exact
        cons = [LinearConstraint(A, lo, hi)]
        for q, floor in floors.items():
            cons.append(
                LinearConstraint(self.objective[q][None, :], floor - self.constant[q], np.inf)
            )
        sign = -1.0 if maximise else 1.0
        c = self.objective[p]
        if then is not None:
            c = c * (float(np.abs(self.objective[then]).sum()) + 1.0) + self.objective[then]
        res = milp(
            sign * c,
            constraints=cons,
            integrality=np.ones(self.n),
            bounds=Bounds(0, 1),
            options={"mip_rel_gap": 0.0},
        )
        self.solves += 1
        if res.status == 2:  # infeasible
            return None
        if res.status != 0 or res.x is None:
            raise InteropError(f"the exact frontier's integer program failed: {res.message}")
        return np.array(
            [
                int(np.argmax(res.x[self.offset[j] : self.offset[j + 1]]))
                for j in range(len(self.offset) - 1)
            ]
        )

    def realise(self, totals: np.ndarray, at_least: np.ndarray) -> np.ndarray | None:
        """Levels of an outcome whose totals equal ``totals`` (``>=`` where ``at_least``).

        ``None`` when no outcome has them. Uses the exact program, where a
        rectangle's binary equals "the outcome lies inside it".
        """
        from scipy.optimize import Bounds, LinearConstraint, milp

        A, lo, hi = self.exact
        cons = [LinearConstraint(A, lo, hi)]
        for q, t in enumerate(totals):
            low = float(t) - self.constant[q]
            cons.append(
                LinearConstraint(self.objective[q][None, :], low, np.inf if at_least[q] else low)
            )
        res = milp(
            np.zeros(self.n), constraints=cons, integrality=np.ones(self.n), bounds=Bounds(0, 1)
        )
        self.solves += 1
        if res.status == 2 or res.x is None:
            return None
        if res.status != 0:
            raise InteropError(f"the integer program failed: {res.message}")
        return np.array(
            [
                int(np.argmax(res.x[self.offset[j] : self.offset[j + 1]]))
                for j in range(len(self.offset) - 1)
            ]
        )


@dataclass(frozen=True)
class RectangleFrontier:
    """The exact frontier of two non-linear profiles, in GENIUS's utilities."""

    points: np.ndarray  # (k, 2), u2 descending
    outcomes: np.ndarray  # (k, n_issues) level indices reaching each point
    raw: np.ndarray  # (k, 2) totals before division
    worst: np.ndarray  # (2,) each profile's lowest utility over all outcomes
    solves: int


def rectangle_frontier(domain: GeniusDomain, profiles: list[RectangleProfile]) -> RectangleFrontier:
    """The exact Pareto frontier of two hyper-rectangle profiles (see the module docstring)."""
    if len(profiles) != 2:
        raise InteropError(f"the exact frontier needs two profiles, got {len(profiles)}")
    prog = _Program(domain, profiles)
    values = [r.value for prof in profiles for r in prof.rectangles]
    integral = all(float(v).is_integer() for v in values)
    step = 1.0 if integral else 1e-7 * max(1.0, max(abs(v) for v in values))
    cap = np.array([p.max_utility for p in profiles])

    def totals(levels):
        return np.array([p.raw(levels) for p in profiles])

    worst = np.array(
        [min(1.0, profiles[p].raw(prog.solve(p, False, {})) / cap[p]) for p in range(2)]  # type: ignore[arg-type]
    )
    first = prog.solve(1, True, {})
    assert first is not None  # the program always has a solution
    t2 = min(totals(first)[1], cap[1])
    pts, outs, raws = [], [], []
    while True:
        x = prog.solve(0, True, {1: t2})
        if x is None:  # cannot happen: the previous solve reached t2
            raise InteropError("the exact frontier's integer program lost a feasible point")
        r = totals(x)
        pts.append(np.minimum(r / cap, 1.0))
        outs.append(x)
        raws.append(r)
        l1 = min(r[0], cap[0])
        if l1 >= cap[0]:
            break
        # the next point: the best total for profile 2 with profile 1 above l1, and among
        # those the best for profile 1 -- one lexicographic solve when totals are integers
        y = prog.solve(1, True, {0: l1 + step}, then=0 if integral else None)
        if y is None:
            break
        t2 = min(totals(y)[1], cap[1])
        if integral and totals(y)[1] < cap[1]:
            r = totals(y)
            while True:  # y is that point; record it and look for the next
                pts.append(np.minimum(r / cap, 1.0))
                outs.append(y)
                raws.append(r)
                l1 = min(r[0], cap[0])
                if l1 >= cap[0]:
                    break
                y = prog.solve(1, True, {0: l1 + step}, then=0)
                if y is None:
                    break
                r = totals(y)
            break
    return RectangleFrontier(
        points=np.array(pts),
        outcomes=np.array(outs),
        raw=np.array(raws),
        worst=worst,
        solves=prog.solves,
    )
