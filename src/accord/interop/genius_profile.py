"""GENIUS utility profiles (linear additive) read into weights and value tables.

The rules are GENIUS 10.4's, listed in :mod:`accord.interop.genius`; every
change to what the file says goes into the profile's ``warnings``.
Non-linear (hyper-rectangle) profiles are handed to
:mod:`accord.interop.genius_nonlinear`.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import numpy as np

from accord.interop.genius import (
    IGNORED_TAGS,
    PROFILE_ISSUE_TAGS,
    GeniusDomain,
    GeniusIssue,
    GeniusProfile,
    _bounds,
    _check_children,
    _number,
    _objective,
    _utility_space,
    java_round,
)
from accord.interop.xmlsafe import XmlDoc, read_xml


def _discrete_values(
    doc: XmlDoc, el: ET.Element, issue: GeniusIssue, warnings: list[str]
) -> np.ndarray:
    evals: dict[str, float] = {}
    unset: list[str] = []
    for it in el.findall("item"):
        label = it.get("value")
        if label not in issue.labels:
            raise doc.error(
                it,
                f"value '{label}' is not a value of issue '{issue.name}' in the domain "
                f"({', '.join(issue.labels)}): the profile does not match its domain",
            )
        text = it.get("evaluation")
        if text is None or text.strip() == "null":
            unset.append(label)  # type: ignore[arg-type]
            continue
        ev = _number(doc, it, text, "'evaluation'")
        if ev < 0:
            raise doc.error(it, f"evaluation {ev:g} is negative; GENIUS evaluations are >= 0")
        evals[label] = ev  # type: ignore[index]
    unset += [v for v in issue.labels if v not in evals and v not in unset]
    if len(unset) == issue.size:
        raise doc.error(el, f"no value of issue '{issue.name}' has an evaluation")
    if unset:
        warnings.append(
            f"{doc.name}: {', '.join(repr(v) for v in unset)} of '{issue.name}' "
            "have no evaluation; worth 0, as in GENIUS"
        )
    table = np.array([evals.get(v, 0.0) for v in issue.labels])
    top = float(java_round(table.max()))
    if top > 1.0:  # EvaluatorDiscrete: integer evaluations divided by the rounded maximum
        rounded = java_round(table)
        if not np.array_equal(rounded, table):
            warnings.append(
                f"{doc.name}: evaluations of '{issue.name}' rounded to integers before "
                f"dividing by {top:g}, as GENIUS's EvaluatorDiscrete does"
            )
        return rounded / top
    if table.max() > 1.0:
        warnings.append(
            f"{doc.name}: evaluations of '{issue.name}' reach {table.max():g}; GENIUS uses "
            "them as written (its maximum rounds to 1) and caps the utility at 1"
        )
    return table


def _linear(doc: XmlDoc, ev: ET.Element) -> tuple[float, float, bool]:
    """(offset, slope, relative_to_lowerbound) of a linear or constant evaluator."""
    ftype = ev.get("ftype", "linear")
    if ftype == "constant":
        return _number(doc, ev, ev.get("parameter0"), "'parameter0'"), 0.0, False
    if ftype != "linear":
        raise doc.error(ev, f"evaluator type '{ftype}' is not supported (linear or constant)")
    if ev.get("slope") is not None or ev.get("offset") is not None:
        return (
            _number(doc, ev, ev.get("offset", "0"), "'offset'"),
            _number(doc, ev, ev.get("slope"), "'slope'"),
            True,
        )
    return (
        _number(doc, ev, ev.get("parameter0"), "'parameter0'"),
        _number(doc, ev, ev.get("parameter1"), "'parameter1'"),
        False,
    )


def _numeric_values(
    doc: XmlDoc, el: ET.Element, issue: GeniusIssue, notes: list[str], warnings: list[str]
) -> np.ndarray:
    evs = el.findall("evaluator")
    if len(evs) != 1:
        raise doc.error(el, f"a {issue.kind} issue needs one <evaluator>, found {len(evs)}")
    offset, slope, relative = _linear(doc, evs[0])
    x = np.asarray(issue.numbers, dtype=float)
    lo_s, hi_s = _bounds(doc, el)
    if issue.kind == "integer" and relative:
        # EvaluatorInteger: offset + slope * (x - lowerbound), the profile's own lower bound
        lb = _number(doc, el, lo_s, "'lowerbound'") if lo_s is not None else x[0]
        table = slope * (x - lb) + offset
    else:
        table = slope * x + offset
    if issue.kind == "real" and lo_s is not None and hi_s is not None:
        if (float(lo_s), float(hi_s)) != (x[0], x[-1]):
            notes.append(
                f"{doc.name}: range {lo_s}..{hi_s} of '{issue.name}' differs from the domain's "
                f"{issue.labels[0]}..{issue.labels[-1]}; evaluated on the domain's range"
            )
    clipped = np.clip(table, 0.0, 1.0)  # EvaluatorInteger and EvaluatorReal clip to [0, 1]
    if not np.array_equal(clipped, table):
        warnings.append(
            f"{doc.name}: the evaluator of '{issue.name}' ranges over "
            f"[{table.min():g}, {table.max():g}]; clipped to [0, 1] as GENIUS does"
        )
    return clipped


def _price_issue(
    doc: XmlDoc,
    el: ET.Element,
    issue: GeniusIssue,
    k: int,
    warnings: list[str],
    notes: list[str],
) -> tuple[int, float, float, float | None]:
    """A cost-based ``price`` issue (see :mod:`accord.interop.genius_price`)."""
    if issue.kind not in ("real", "integer"):
        raise doc.error(
            el, f"a 'price' issue values a number, but '{issue.name}' is {issue.kind} in the domain"
        )
    if el.find("item") is not None or el.find("evaluator") is not None:
        raise doc.error(el, "a 'price' issue takes a <range>, not items or an evaluator")
    lo_s, hi_s = _bounds(doc, el)
    lower = _number(doc, el, lo_s, "'lowerbound'")
    upper = _number(doc, el, hi_s, "'upperbound'")
    if lower <= 0:
        raise doc.error(el, f"price lowerbound {lower:g} must be positive (GENIUS divides by it)")
    rf = el.find("rationality_factor")
    rationality = None if rf is None else _number(doc, rf, rf.get("value"), "'value'")
    warnings.append(
        f"{doc.where(el)}: '{issue.name}' is a cost-based price issue; GENIUS 10.4 no longer "
        "evaluates this type (it falls back to an empty discrete evaluator and fails on every "
        "bid), so accord uses the EvaluatorPrice of the GENIUS releases that defined it: "
        f"clip((price - item costs - {lower:g}) / ({upper:g} - {lower:g} - largest costs), 0, 1)"
    )
    if rationality is not None:
        notes.append(
            f"{doc.name}: rationality_factor {rationality:g} of '{issue.name}' is read and, "
            "as in GENIUS, does not change utilities"
        )
    return k, lower, upper, rationality


def _item_costs(doc: XmlDoc, el: ET.Element, issue: GeniusIssue) -> np.ndarray | None:
    """Item costs of a discrete issue (``None`` when no item has one)."""
    costs: dict[str, float] = {}
    items = el.findall("item")
    for it in items:
        text = it.get("cost")
        if text is not None:
            costs[it.get("value")] = _number(doc, it, text, "'cost'")  # type: ignore[index]
    if not costs:
        return None
    missing = [v for v in issue.labels if v not in costs]
    if missing:
        raise doc.error(
            el,
            f"items {missing} of '{issue.name}' have no cost while others do; GENIUS's "
            "EvaluatorPrice needs a cost for every item",
        )
    return np.array([costs[v] for v in issue.labels])


def _optional_number(
    doc: XmlDoc, space: ET.Element, tag: str, warnings: list[str]
) -> tuple[ET.Element | None, float | None]:
    el = space.find(tag)
    if el is None:
        return None, None
    text = el.get("value")
    try:
        x = float(text) if text is not None else math.nan
    except ValueError:
        x = math.nan
    if not math.isfinite(x):
        warnings.append(
            f"{doc.where(el)}: <{tag} value={text!r}> is not a number; "
            "GENIUS ignores it, and so does accord"
        )
        return el, None
    return el, x


def read_profile(path: str | Path, domain: GeniusDomain, *, ignore_discount: bool = False):
    """Read a GENIUS utility profile and check it against ``domain``.

    Returns a :class:`GeniusProfile` (linear additive) or, for a non-linear
    hyper-rectangle profile, a :class:`~accord.interop.genius_nonlinear.RectangleProfile`.
    """
    doc = read_xml(path)
    space = _utility_space(doc)
    obj = _objective(doc, space)
    if obj.find("utility") is not None or space.get("type") == "nonlinear":
        from accord.interop.genius_nonlinear import read_rectangle_profile

        return read_rectangle_profile(doc, space, obj, domain, ignore_discount=ignore_discount)
    by_name = {i.name: k for k, i in enumerate(domain.issues)}
    index_to_issue: dict[int, int] = {}
    values: dict[int, np.ndarray] = {}
    raw_weights: list[tuple[ET.Element, int, float]] = []
    notes: list[str] = list(doc.notes)
    warnings: list[str] = []
    price: tuple[int, float, float, float | None] | None = None
    cost_items: dict[int, ET.Element] = {}
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
            if ptype == "price":
                if price is not None:
                    raise doc.error(child, "a second 'price' issue (one per profile is supported)")
                _check_children(doc, child, PROFILE_ISSUE_TAGS | {"rationality_factor"})
                price = _price_issue(doc, child, issue, k, warnings, notes)
                values[k] = np.zeros(issue.size)
                if child.get("index") is not None:
                    index_to_issue[int(_number(doc, child, child.get("index"), "'index'"))] = k
                continue
            if ptype is not None and ptype not in ("discrete", "integer", "real"):
                raise doc.error(
                    child,
                    f"issue type '{ptype}' is not supported (discrete, integer, real or price)",
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
                values[k] = _discrete_values(doc, child, issue, warnings)
                cost_items[k] = child
            else:
                if child.find("item") is not None:
                    raise doc.error(
                        child, f"issue '{name}' is {issue.kind}: give an <evaluator>, not items"
                    )
                values[k] = _numeric_values(doc, child, issue, notes, warnings)
        elif child.tag == "weight":
            idx = int(_number(doc, child, child.get("index"), "'index'"))
            raw_weights.append((child, idx, _number(doc, child, child.get("value"), "'value'")))
        elif child.tag == "utility_function":
            raise doc.error(
                child,
                "non-linear (hyper-rectangle) utility functions are not supported here; "
                "GENIUS writes them as <utility><ufun><hyperRectangle>",
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
    own_index = obj.get("index")
    for el, idx, w in raw_weights:
        if idx not in index_to_issue:
            if own_index is not None and str(idx) == own_index.strip():
                notes.append(
                    f"{doc.where(el)}: the weight of the objective itself ({w:g}) is not an "
                    "issue weight; ignored, as GENIUS does"
                )
                continue
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
    if abs(total - 1.0) > 1e-9:
        warnings.append(
            f"{doc.name}: weights sum to {total:.6g}, not 1; GENIUS uses them as written"
            + (", capping utilities above 1 at 1" if total > 1 else f" (best utility {total:.6g})")
        )
    _, res = _optional_number(doc, space, "reservation", warnings)
    reservation = 0.0 if res is None else res
    discount = _discount(doc, space, warnings, notes, ignore_discount)
    for tag in sorted({c.tag for c in space.iter()} & IGNORED_TAGS):
        notes.append(f"{doc.name}: <{tag}> elements do not change utilities and are not imported")
    common: dict[str, Any] = {  # every profile's fields (the price profile adds its own)
        "name": re.sub(r"\s+", " ", doc.path.stem),
        "source": doc.name,
        "weights": weights,
        "values": tuple(values[j] for j in range(len(domain.issues))),
        "reservation": reservation,
        "discount": discount,
        "notes": tuple(notes),
        "warnings": tuple(warnings),
    }
    if price is not None:
        from accord.interop.genius_price import CostPriceProfile

        k, lower, upper, rationality = price
        costs = tuple(
            _item_costs(doc, cost_items[j], domain.issues[j]) if j in cost_items else None
            for j in range(len(domain.issues))
        )
        prof = CostPriceProfile(
            **common,
            price_issue=k,
            lower=lower,
            upper=upper,
            costs=costs,
            rationality=rationality,
        )
        if prof.max_margin <= 0:
            raise doc.error(
                obj,
                f"the price range {lower:g}..{upper:g} leaves no margin over the largest item "
                f"costs ({prof.max_cost:g}): GENIUS's EvaluatorPrice would divide by "
                f"{prof.max_margin * lower:g}",
            )
        return prof
    return GeniusProfile(**common)


def _discount(
    doc: XmlDoc, space: ET.Element, warnings: list[str], notes: list[str], ignore: bool
) -> float | None:
    """The discount factor GENIUS uses (``validateDiscount``: outside (0, 1] means 1)."""
    el, d = _optional_number(doc, space, "discount_factor", warnings)
    if el is None or d is None:
        return None
    if not 0.0 < d <= 1.0:
        warnings.append(
            f"{doc.where(el)}: discount factor {d:g} is outside (0, 1]; GENIUS reads it as 1 "
            "(no discounting), and so does accord"
        )
        return 1.0
    if ignore and d < 1.0:
        notes.append(f"{doc.name}: discount factor {d:g} ignored (undiscounted utilities)")
        return 1.0
    return d
