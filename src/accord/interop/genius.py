"""GENIUS/ANAC XML domains and utility profiles, read into value tables.

A GENIUS domain lists issues (``discrete`` with items, ``integer`` or ``real``
with bounds); a profile gives each issue a weight and an evaluator. The reader
turns both into tables: every issue is a list of levels, every profile a
weight per issue and a value per level, so a profile's utility of an outcome
is ``min(1, sum_j w_j * value_j[level_j])`` -- GENIUS 10.4's
``AdditiveUtilitySpace.getUtility`` -- and :func:`utilities` computes it for
every outcome at once.

GENIUS's reading, followed here (its numbers, not a tidied version of them):

* Discrete evaluations (``EvaluatorDiscrete``): when the largest evaluation,
  rounded to an integer, exceeds 1, every evaluation is rounded to an integer
  and divided by that rounded maximum; otherwise they are used as written. An
  item without an ``evaluation`` (or with ``evaluation="null"``) is worth 0.
* Integer issues (``EvaluatorInteger``): ``offset + slope * (x - lowerbound)``
  clipped to [0, 1]; the legacy ``parameter0``/``parameter1`` form gives
  ``parameter0 + parameter1 * x``.
* Real issues are searched on ``real_levels`` evenly spaced points of the
  domain's range; a ``linear`` evaluator is clipped to [0, 1] (``EvaluatorReal``).
* Weights are used as written (GENIUS does not rescale them on loading); a
  sum other than 1 gets a warning, and a total above 1 is capped at 1. A
  ``<weight>`` naming the objective itself (ANAC 2012 ``Fitness``) is ignored.
* The discount factor must lie in (0, 1]; anything else (0, a word) means 1,
  as GENIUS's ``validateDiscount`` has it, with a warning.

Every change to what the file says is reported in the profile's
``warnings``, never made silently. Nested objectives and evaluators other
than linear/constant are refused with an error naming the file, line and
element. Non-linear (hyper-rectangle) profiles are read by
:mod:`accord.interop.genius_nonlinear`, cost-based ``price`` issues by
:mod:`accord.interop.genius_price`; profiles by
:mod:`accord.interop.genius_profile`.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from accord.errors import InteropError
from accord.interop.xmlsafe import XmlDoc, read_xml

WEIGHT_TOLERANCE = 1e-3  # the tolerance accord's scenario model accepts
REAL_LEVELS = 11
MAX_LEVELS = 10_000
IGNORED_TAGS = {"similarity_function", "criteria_function", "agent", "description"}


@dataclass(frozen=True)
class GeniusIssue:
    """One issue: its levels as labels, and as numbers for integer and real issues."""

    name: str
    index: int
    kind: str  # "discrete" | "integer" | "real"
    labels: tuple[str, ...]
    numbers: tuple[float, ...] | None = None

    @property
    def size(self) -> int:
        return len(self.labels)


@dataclass(frozen=True)
class GeniusDomain:
    name: str
    source: str
    issues: tuple[GeniusIssue, ...]
    notes: tuple[str, ...] = ()

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(i.size for i in self.issues)

    @property
    def n_outcomes(self) -> int:
        return math.prod(self.shape)

    def outcome(self, k: int) -> tuple[str, ...]:
        """Labels of outcome ``k`` (outcomes are numbered in C order, first issue slowest)."""
        idx = np.unravel_index(k, self.shape)
        return tuple(i.labels[j] for i, j in zip(self.issues, idx, strict=True))


@dataclass(frozen=True, kw_only=True)
class ProfileBase:
    """What every kind of GENIUS profile holds besides its utility function."""

    name: str
    source: str
    reservation: float = 0.0
    discount: float | None = None
    notes: tuple[str, ...] = field(default=())
    warnings: tuple[str, ...] = field(default=())  # what was changed from the file, and why

    @property
    def discount_factor(self) -> float:
        """The discount factor GENIUS applies: ``u * d**t`` at relative time ``t``."""
        return 1.0 if self.discount is None else float(self.discount)


@dataclass(frozen=True, kw_only=True)
class GeniusProfile(ProfileBase):
    """One party's preferences: a weight per issue and a value table per issue."""

    weights: np.ndarray
    values: tuple[np.ndarray, ...]


def utilities(
    domain: GeniusDomain, profiles: list[GeniusProfile], *, cap: bool = True
) -> np.ndarray:
    """Utility of every outcome for every profile: shape ``(n_outcomes, n_profiles)``.

    Terms are added issue by issue from zero, the order NegMAS uses, so the
    floats are the same; totals above 1 become 1, as in GENIUS (``cap=False``:
    as NegMAS, which does not cap). Non-linear
    profiles are evaluated by :func:`accord.interop.genius_nonlinear.rectangle_utilities`.
    """
    U = np.empty((domain.n_outcomes, len(profiles)))
    shape = domain.shape
    for p, prof in enumerate(profiles):
        if hasattr(prof, "outcome_utilities"):  # a cost-based price issue (genius_price)
            U[:, p] = prof.outcome_utilities(domain, cap=cap)
            continue
        if not isinstance(prof, GeniusProfile):
            from accord.interop.genius_nonlinear import rectangle_utilities

            U[:, p] = rectangle_utilities(domain, prof)
            continue
        total: np.ndarray | float = 0.0
        for j, (w, table) in enumerate(zip(prof.weights, prof.values, strict=True)):
            view = [1] * len(shape)
            view[j] = shape[j]
            total = total + (w * table).reshape(view)
        U[:, p] = np.broadcast_to(total, shape).ravel()
        if cap and (
            float(prof.weights.sum()) > 1.0 or max(float(t.max()) for t in prof.values) > 1.0
        ):
            np.minimum(U[:, p], 1.0, out=U[:, p])  # AdditiveUtilitySpace caps at 1
    return U


def java_round(x: np.ndarray) -> np.ndarray:
    """Java's ``Math.round``: halves round up (``floor(x + 0.5)``)."""
    return np.floor(np.asarray(x, dtype=float) + 0.5)


# --------------------------------------------------------------------------- domain


def _utility_space(doc: XmlDoc) -> ET.Element:
    root = doc.root
    if root.tag == "utility_space":
        return root
    if root.tag == "negotiation_template":
        spaces = root.findall("utility_space")
        if len(spaces) != 1:
            raise doc.error(root, f"expected one <utility_space> inside, found {len(spaces)}")
        return spaces[0]
    raise doc.error(
        root, "not a GENIUS file: the root must be <negotiation_template> or <utility_space>"
    )


def _objective(doc: XmlDoc, space: ET.Element) -> ET.Element:
    objectives = space.findall("objective")
    if len(objectives) != 1:
        raise doc.error(space, f"expected one <objective>, found {len(objectives)}")
    obj = objectives[0]
    nested = obj.find("objective")
    if nested is not None:
        raise doc.error(nested, "nested objectives are not supported (flatten them into issues)")
    return obj


def _kind(doc: XmlDoc, el: ET.Element) -> str:
    if el.find("item") is not None:
        return "discrete"
    kind = el.get("type") or el.get("etype") or el.get("vtype") or "discrete"
    if kind not in ("discrete", "integer", "real"):
        raise doc.error(el, f"issue type '{kind}' is not supported (discrete, integer or real)")
    return kind


def _bounds(doc: XmlDoc, el: ET.Element) -> tuple[str | None, str | None]:
    lo, hi = el.get("lowerbound"), el.get("upperbound")
    rng = el.find("range")
    if rng is not None:
        lo, hi = rng.get("lowerbound", lo), rng.get("upperbound", hi)
    return lo, hi


def _number(doc: XmlDoc, el: ET.Element, text: str | None, what: str) -> float:
    if text is None:
        raise doc.error(el, f"missing {what}")
    try:
        x = float(text)
    except ValueError:
        raise doc.error(el, f"{what} '{text}' is not a number") from None
    if not math.isfinite(x):
        raise doc.error(el, f"{what} '{text}' is not finite")
    return x


# a domain file that is really a profile (GENIUS reads only the issues' values from it,
# so an <evaluator> there changes nothing)
DOMAIN_ISSUE_TAGS = {"item", "range", "evaluator"} | IGNORED_TAGS
PROFILE_ISSUE_TAGS = {"item", "range", "evaluator"} | IGNORED_TAGS


def _check_children(doc: XmlDoc, el: ET.Element, allowed: set[str]) -> None:
    for child in el:
        if child.tag not in allowed:
            raise doc.error(child, f"unsupported element inside issue '{el.get('name')}'")


def _issue(doc: XmlDoc, el: ET.Element, real_levels: int, notes: list[str]) -> GeniusIssue:
    _check_children(doc, el, DOMAIN_ISSUE_TAGS)
    name = el.get("name")
    if not name:
        raise doc.error(el, "an issue needs a 'name'")
    index = int(_number(doc, el, el.get("index"), "'index'"))
    kind = _kind(doc, el)
    if kind == "discrete":
        labels = [it.get("value") for it in el.findall("item")]
        if not labels:
            raise doc.error(el, "a discrete issue needs <item value=...> elements")
        if any(v is None for v in labels):
            raise doc.error(el, "every <item> needs a 'value'")
        # counted once, in linear time (a 60,000-item issue must not take a minute)
        dup = sorted(v for v, n in Counter(labels).items() if v is not None and n > 1)
        if dup:
            notes.append(
                f"{doc.where(el)}: issue '{name}' lists {dup} twice; counted once (GENIUS would "
                "only enumerate the same outcomes twice)"
            )
            labels = list(dict.fromkeys(labels))
        return GeniusIssue(name, index, kind, tuple(labels))  # type: ignore[arg-type]
    lo_s, hi_s = _bounds(doc, el)
    lo = _number(doc, el, lo_s, "'lowerbound'")
    hi = _number(doc, el, hi_s, "'upperbound'")
    if hi < lo:
        raise doc.error(el, f"upperbound {hi:g} is below lowerbound {lo:g}")
    if kind == "integer":
        if lo != int(lo) or hi != int(hi):
            raise doc.error(el, f"integer bounds must be whole numbers, got {lo_s}..{hi_s}")
        if hi - lo + 1 > MAX_LEVELS:
            raise doc.error(
                el, f"{int(hi - lo + 1)} values is more than {MAX_LEVELS} for one issue"
            )
        nums = tuple(float(x) for x in range(int(lo), int(hi) + 1))
        return GeniusIssue(name, index, kind, tuple(str(int(x)) for x in nums), nums)
    nums = tuple(float(x) for x in np.linspace(lo, hi, real_levels))
    return GeniusIssue(name, index, kind, tuple(format(x, ".10g") for x in nums), nums)


def read_domain(path: str | Path, real_levels: int = REAL_LEVELS) -> GeniusDomain:
    """Read a GENIUS domain file (issues and their values).

    ``real_levels`` is the number of grid points a real-valued issue is searched on.
    """
    if real_levels < 2:
        raise InteropError(f"real_levels must be at least 2, got {real_levels}")
    doc = read_xml(path)
    space = _utility_space(doc)
    obj = _objective(doc, space)
    notes: list[str] = list(doc.notes)
    issues: list[GeniusIssue] = []
    for child in obj:
        if child.tag == "issue":
            issues.append(_issue(doc, child, real_levels, notes))
        elif child.tag in ("weight",) or child.tag in IGNORED_TAGS:
            continue
        else:
            raise doc.error(child, "unsupported element in a domain objective")
    if not issues:
        raise doc.error(obj, "the domain has no <issue>")
    names = [i.name for i in issues]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise doc.error(obj, f"duplicate issue names {dup}")
    if obj.find("issue/evaluator") is not None or obj.find("issue/item[@evaluation]") is not None:
        notes.append(
            f"{doc.name}: evaluations and evaluators in the domain file are not a profile's; "
            "only the issues and their values are read, as GENIUS does"
        )
    if doc.root.find("agent") is not None:
        notes.append(f"{doc.name}: <agent> elements (GENIUS agent classes) are not imported")
    for i in issues:
        if i.kind == "real":
            notes.append(
                f"{doc.name}: real issue '{i.name}' is searched on {i.size} evenly spaced "
                f"values from {i.labels[0]} to {i.labels[-1]}"
            )
    # the file name, not the objective's name: objectives are often called "root" or "any"
    return GeniusDomain(
        name=doc.path.stem, source=doc.name, issues=tuple(issues), notes=tuple(notes)
    )
