"""GENIUS/ANAC XML domains and utility profiles, read into value tables.

A GENIUS domain lists issues (``discrete`` with items, ``integer`` or ``real``
with bounds); a profile gives each issue a weight and an evaluator. The reader
turns both into tables: every issue is a list of levels, every profile a
weight per issue and a value in [0, 1] per level, so a profile's utility of
an outcome is ``sum_j w_j * value_j[level_j]`` -- the linear additive utility
GENIUS defines -- and :func:`utilities` computes it for every outcome at once.

What GENIUS does and this reader follows:

* Discrete evaluations are divided by the issue's largest evaluation when one
  of them exceeds 1 (``EvaluatorDiscrete``); otherwise they are used as given.
* Integer issues take every integer between the bounds; a ``linear``
  evaluator gives ``offset + slope * x`` (or ``parameter0 + parameter1 * x``).
* Real issues are searched on ``real_levels`` evenly spaced points of the
  domain's range; a ``linear`` evaluator is clipped to [0, 1]
  (``EvaluatorReal``).

Anything else (nested objectives, non-linear or hyper-rectangle utilities,
discounting, evaluators other than linear/constant) is refused with an error
naming the file, line and element, never dropped silently. Elements that do
not change utilities (``agent``, ``similarity_function``) are listed in the
notes.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
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


@dataclass(frozen=True)
class GeniusProfile:
    """One party's preferences: a weight per issue and a value table per issue."""

    name: str
    source: str
    weights: np.ndarray
    values: tuple[np.ndarray, ...]
    reservation: float = 0.0
    discount: float | None = None
    notes: tuple[str, ...] = field(default=())


def utilities(domain: GeniusDomain, profiles: list[GeniusProfile]) -> np.ndarray:
    """Utility of every outcome for every profile: shape ``(n_outcomes, n_profiles)``.

    Terms are added issue by issue from zero, the order NegMAS uses, so the
    floats are the same.
    """
    U = np.empty((domain.n_outcomes, len(profiles)))
    shape = domain.shape
    for p, prof in enumerate(profiles):
        total: np.ndarray | float = 0.0
        for j, (w, table) in enumerate(zip(prof.weights, prof.values, strict=True)):
            view = [1] * len(shape)
            view[j] = shape[j]
            total = total + (w * table).reshape(view)
        U[:, p] = np.broadcast_to(total, shape).ravel()
    return U


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


DOMAIN_ISSUE_TAGS = {"item", "range"} | IGNORED_TAGS
PROFILE_ISSUE_TAGS = {"item", "range", "evaluator"} | IGNORED_TAGS


def _check_children(doc: XmlDoc, el: ET.Element, allowed: set[str]) -> None:
    for child in el:
        if child.tag not in allowed:
            raise doc.error(child, f"unsupported element inside issue '{el.get('name')}'")


def _issue(doc: XmlDoc, el: ET.Element, real_levels: int) -> GeniusIssue:
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
        dup = sorted({v for v in labels if v is not None and labels.count(v) > 1})
        if dup:
            raise doc.error(el, f"duplicate item values {dup}")
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
    notes: list[str] = []
    issues: list[GeniusIssue] = []
    for child in obj:
        if child.tag == "issue":
            issues.append(_issue(doc, child, real_levels))
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


# --------------------------------------------------------------------------- profile


def _discrete_values(doc: XmlDoc, el: ET.Element, issue: GeniusIssue) -> np.ndarray:
    evals: dict[str, float] = {}
    for it in el.findall("item"):
        label = it.get("value")
        if label not in issue.labels:
            raise doc.error(
                it,
                f"value '{label}' is not a value of issue '{issue.name}' in the domain "
                f"({', '.join(issue.labels)}): the profile does not match its domain",
            )
        ev = _number(doc, it, it.get("evaluation"), "'evaluation'")
        if ev < 0:
            raise doc.error(it, f"evaluation {ev:g} is negative; GENIUS evaluations are >= 0")
        evals[label] = ev  # type: ignore[index]
    missing = [v for v in issue.labels if v not in evals]
    if missing:
        raise doc.error(
            el,
            f"no evaluation for {missing} of issue '{issue.name}': "
            "the profile does not match its domain",
        )
    table = np.array([evals[v] for v in issue.labels])
    top = table.max()
    # GENIUS EvaluatorDiscrete: evaluations above 1 are scaled by the largest one
    return table / top if top > 1.0 else table


def _linear(doc: XmlDoc, ev: ET.Element) -> tuple[float, float]:
    """(offset, slope) of a linear or constant evaluator."""
    ftype = ev.get("ftype", "linear")
    if ftype == "constant":
        return _number(doc, ev, ev.get("parameter0"), "'parameter0'"), 0.0
    if ftype != "linear":
        raise doc.error(ev, f"evaluator type '{ftype}' is not supported (linear or constant)")
    if ev.get("slope") is not None or ev.get("offset") is not None:
        return (
            _number(doc, ev, ev.get("offset", "0"), "'offset'"),
            _number(doc, ev, ev.get("slope"), "'slope'"),
        )
    return (
        _number(doc, ev, ev.get("parameter0"), "'parameter0'"),
        _number(doc, ev, ev.get("parameter1"), "'parameter1'"),
    )


def _numeric_values(
    doc: XmlDoc, el: ET.Element, issue: GeniusIssue, notes: list[str]
) -> np.ndarray:
    evs = el.findall("evaluator")
    if len(evs) != 1:
        raise doc.error(el, f"a {issue.kind} issue needs one <evaluator>, found {len(evs)}")
    offset, slope = _linear(doc, evs[0])
    x = np.asarray(issue.numbers, dtype=float)
    table = slope * x + offset
    if issue.kind == "real":
        lo, hi = _bounds(doc, el)
        if lo is not None and hi is not None and (float(lo), float(hi)) != (x[0], x[-1]):
            notes.append(
                f"{doc.name}: range {lo}..{hi} of '{issue.name}' differs from the domain's "
                f"{issue.labels[0]}..{issue.labels[-1]}; evaluated on the domain's range"
            )
        return np.clip(table, 0.0, 1.0)  # GENIUS EvaluatorReal clips linear evaluations
    if table.min() < 0.0 or table.max() > 1.0:
        raise doc.error(
            evs[0],
            f"evaluations of '{issue.name}' range over [{table.min():g}, {table.max():g}]; "
            "accord needs values in [0, 1]",
        )
    return table


def find_genius_files(folder: str | Path) -> tuple[Path, list[Path]]:
    """The domain file and the profile files of a folder, told apart by their root element."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InteropError(f"{folder}: not a folder")
    domains: list[Path] = []
    profiles: list[Path] = []
    for path in sorted(folder.glob("*.xml")):
        root = read_xml(path).root
        if root.tag == "negotiation_template":
            domains.append(path)
        elif root.tag == "utility_space":
            (
                profiles
                if root.find("objective/issue/item[@evaluation]") is not None
                or root.find("objective/weight") is not None
                else domains
            ).append(path)
    if len(domains) != 1:
        raise InteropError(
            f"{folder}: expected one GENIUS domain file, found {len(domains)} "
            f"({', '.join(p.name for p in domains) or 'none'}); name the files explicitly"
        )
    return domains[0], profiles


def read_profile(
    path: str | Path, domain: GeniusDomain, *, ignore_discount: bool = False
) -> GeniusProfile:
    """Read a GENIUS utility profile and check it against ``domain``."""
    doc = read_xml(path)
    space = _utility_space(doc)
    obj = _objective(doc, space)
    by_name = {i.name: k for k, i in enumerate(domain.issues)}
    index_to_issue: dict[int, int] = {}
    values: dict[int, np.ndarray] = {}
    raw_weights: list[tuple[ET.Element, int, float]] = []
    notes: list[str] = []
    for child in obj:
        if child.tag == "issue":
            name = child.get("name")
            if name not in by_name:
                raise doc.error(
                    child,
                    f"issue '{name}' is not in the domain {domain.source} "
                    f"({', '.join(by_name)}): the profile does not match its domain",
                )
            k = by_name[name]  # type: ignore[index]
            issue = domain.issues[k]
            ptype = child.get("type") or child.get("etype")
            if ptype is not None and ptype not in ("discrete", "integer", "real"):
                raise doc.error(
                    child,
                    f"issue type '{ptype}' is not supported (discrete, integer or real; "
                    "GENIUS 'price' issues derive utility from item costs)",
                )
            if ptype is not None and ptype != issue.kind and child.find("item") is None:
                raise doc.error(
                    child,
                    f"issue '{name}' is {ptype} here but {issue.kind} in the domain: "
                    "the profile does not match its domain",
                )
            _check_children(doc, child, PROFILE_ISSUE_TAGS)
            if child.get("index") is not None:
                index_to_issue[int(_number(doc, child, child.get("index"), "'index'"))] = k
            if issue.kind == "discrete":
                if child.find("evaluator") is not None and child.find("item") is None:
                    raise doc.error(
                        child, f"issue '{name}' is discrete in the domain but has an evaluator"
                    )
                values[k] = _discrete_values(doc, child, issue)
            else:
                if child.find("item") is not None:
                    raise doc.error(
                        child, f"issue '{name}' is {issue.kind}: give an <evaluator>, not items"
                    )
                values[k] = _numeric_values(doc, child, issue, notes)
        elif child.tag == "weight":
            idx = int(_number(doc, child, child.get("index"), "'index'"))
            raw_weights.append((child, idx, _number(doc, child, child.get("value"), "'value'")))
        elif child.tag in ("utility_function", "utility"):
            raise doc.error(
                child, "non-linear (hyper-rectangle) utility functions are not supported"
            )
        elif child.tag in IGNORED_TAGS:
            continue
        else:
            raise doc.error(child, "unsupported element in a utility profile objective")
    missing = [i.name for k, i in enumerate(domain.issues) if k not in values]
    if missing:
        raise doc.error(
            obj,
            f"no evaluator for issues {missing} of the domain: the profile does not match its domain",
        )
    weights = np.zeros(len(domain.issues))
    seen: set[int] = set()
    for el, idx, w in raw_weights:
        if idx not in index_to_issue:
            raise doc.error(el, f"weight index {idx} names no issue of this profile")
        k = index_to_issue[idx]
        if k in seen:
            raise doc.error(el, f"second weight for issue '{domain.issues[k].name}'")
        if w < 0:
            raise doc.error(el, f"weight {w:g} is negative")
        seen.add(k)
        weights[k] = w
    unweighted = [domain.issues[k].name for k in range(len(domain.issues)) if k not in seen]
    if unweighted:
        raise doc.error(obj, f"no <weight> for issues {unweighted}")
    total = float(weights.sum())
    if abs(total - 1.0) > WEIGHT_TOLERANCE:
        raise doc.error(
            obj,
            f"weights sum to {total:.6g}, not 1 (tolerance {WEIGHT_TOLERANCE:g}); "
            "rescale them so they sum to one",
        )
    reservation = 0.0
    res = space.find("reservation")
    if res is not None:
        reservation = _number(doc, res, res.get("value"), "'value'")
    discount = None
    disc = space.find("discount_factor")
    if disc is not None:
        discount = _number(doc, disc, disc.get("value"), "'value'")
        if discount not in (0.0, 1.0):
            if not ignore_discount:
                raise doc.error(
                    disc,
                    f"discount factor {discount:g}: accord does not model time discounting; "
                    "pass ignore_discount (CLI: --ignore-discount) to import undiscounted utilities",
                )
            notes.append(
                f"{doc.name}: discount factor {discount:g} ignored (undiscounted utilities)"
            )
    for tag in sorted({c.tag for c in space.iter()} & IGNORED_TAGS):
        notes.append(f"{doc.name}: <{tag}> elements do not change utilities and are not imported")
    return GeniusProfile(
        name=re.sub(r"\s+", " ", doc.path.stem),
        source=doc.name,
        weights=weights,
        values=tuple(values[k] for k in range(len(domain.issues))),
        reservation=reservation,
        discount=discount,
        notes=tuple(notes),
    )
