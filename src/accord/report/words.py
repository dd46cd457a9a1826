"""An analysis in plain, neutral sentences: the zone of agreement or why there is none.

The sentences attribute red lines to the parties that hold them ("the
union's stated red line"), never state them as facts about the world. Names, units
and numbers come from :mod:`accord.report.fmt`, as everywhere else.

>>> from accord.analysis import analyze
>>> from accord.scenarios import load_scenario
>>> a = analyze(load_scenario("labour-2026-03"))
>>> lines = analysis_summary(a.to_dict(), Names(a.scenario))
>>> lines[0].startswith("A zone of agreement exists"), any("{'" in s or "_" in s for s in lines)
(True, False)
"""

from __future__ import annotations

from typing import Any

from accord.analysis import Analysis
from accord.analysis.bargaining import SOLUTIONS
from accord.report.fmt import Names, join, number, pct, plural, utility


def solution_name(key: str) -> str:
    """A bargaining solution's label for readers, from the registry (analysis/bargaining.py)."""
    spec = SOLUTIONS.get(key)
    return spec.label if spec is not None else key.replace("_", " ")


def conflict_sentence(c: dict[str, Any], names: Names) -> str:
    held = "; ".join(f"{names.party(p)}: {names.red_line(p, c['issue'])}" for p in c["red_lines"])
    return (
        f"On {names.issue_in(c['issue'])}, the stated red lines cannot all hold at once ({held})."
    )


def concessions(entry: dict[str, Any], names: Names) -> list[str]:
    """Who would give what up for a relaxation to open packages, from the package's verdicts."""
    out = []
    for name in entry["relax"]:
        party, _, what = name.partition(".")
        v = entry["package"]["parties"][party]
        who = names.party(party)
        if what == "fallback":
            out.append(
                f"{who} would accept an expected utility of {utility(v['expected_utility'])}, "
                f"below its fallback of {utility(v['fallback'])}"
            )
            continue
        line = v["red_lines"].get(what, {})
        out.append(
            f"{who} would accept {names.quoted(what, line.get('value'))} on {names.issue_in(what)} "
            f"(its stated red line: {names.red_line(party, what)})"
        )
    return out


def relaxation_label(entry: dict[str, Any], names: Names) -> str:
    return " + ".join(names.constraint_short(x) for x in entry["relax"])


def analysis_summary(d: dict[str, Any], names: Names) -> list[str]:
    """Sentences summarising ``Analysis.to_dict()``: zone, conflicts, relaxations, recommendation."""
    out: list[str] = []
    space = d["agreement_space"]
    n = number(space["packages"])
    if space["zone_exists"]:
        out.append(
            f"A zone of agreement exists: {plural(space['zone_size'], 'package')} of {n} "
            f"({pct(space['zone_share'])}) respect every stated red line and give each party "
            "at least its fallback."
        )
    else:
        out.append(
            f"Deadlock: none of the {n} packages searched respects every stated red line and "
            "gives each party at least its fallback."
        )
        out.extend(conflict_sentence(c, names) for c in d["conflicts"])
        for r in d["diagnosis"] or []:
            relax = join([names.constraint(x) for x in r["relax"]])
            out.append(
                f"Relaxing {relax} would open {plural(r['packages_opened'], 'package')} "
                f"({'; '.join(concessions(r, names))})."
            )
    if d["relaxed"]:
        out.append(
            "This analysis has relaxed " + join([names.constraint(x) for x in d["relaxed"]]) + "."
        )
    rec = d.get("recommendation")
    if rec:
        out.append(recommendation_sentence(rec, names))
    return out


def recommendation_sentence(rec: dict[str, Any], names: Names) -> str:
    pkg = rec["package"]
    gains = join(
        [
            f"{names.party(p)} {utility(g, signed=True)}"
            for p, g in rec["gain_over_fallback"].items()
        ]
    )
    needs = (
        " It requires relaxing "
        + join([names.constraint(x) for x in rec["requires_relaxing"]])
        + "."
        if rec.get("requires_relaxing")
        else ""
    )
    return (
        f"Mediator's recommendation ({rec['basis']}): a {len(pkg['phases'])}-phase package "
        f"with gains over fallback of {gains} and a {pct(pkg['completion_probability'])} chance that "
        f"every phase is carried out.{needs}"
    )


def executive_summary(
    d: dict[str, Any], names: Names, forecast: dict[str, Any] | None = None
) -> list[str]:
    """A few plain sentences for the top of the report: zone or blocker, recommendation, forecast."""
    out = []
    space = d["agreement_space"]
    if space["zone_exists"]:
        out.append(
            f"There is room for a deal: {plural(space['zone_size'], 'package')} of "
            f"{number(space['packages'])} ({pct(space['zone_share'])}) respect every party's "
            "stated red lines and beat each party's fallback."
        )
    else:
        blockers = [names.issue_in(c["issue"]) for c in d["conflicts"]]
        first = (d["diagnosis"] or [None])[0]
        out.append(
            "No package respects every stated red line"
            + (f": the parties' red lines clash on {join(blockers)}." if blockers else ".")
        )
        if first:
            out.append(
                f"The smallest change that opens a zone is relaxing {join([names.constraint(x) for x in first['relax']])} "
                f"({plural(first['packages_opened'], 'package')} open)."
            )
    rec = d.get("recommendation")
    if rec:
        final = rec["package"]["phases"][-1]["terms"]
        terms = "; ".join(f"{k}: {v}" for k, v in names.terms(final))
        out.append(recommendation_sentence(rec, names) + f" Its final terms: {terms}.")
    if d["relaxed"]:
        out.append(
            "This report assumes " + join([names.constraint(x) for x in d["relaxed"]]) + " relaxed."
        )
    if forecast:
        s = forecast
        lo, hi = s["p_deal_band"]
        med = (
            f"; half of the simulated runs reach one within {plural(s['median_days_to_deal'], 'day')}"
            if s.get("median_days_to_deal")
            else ""
        )
        out.append(
            f"Forecast: a {pct(s['p_deal_by_horizon'])} chance of a first deal within "
            f"{plural(s['horizon_days'], 'day')} (95% interval {pct(lo)} to {pct(hi)}){med}; "
            f"{pct(s['implementation']['completed'])} of the deals are carried out in full."
        )
    else:
        out.append("No forecast has been run for this scenario yet.")
    return out


def explorer_package(
    names_scenario: Any, pkg: dict[str, Any], title: str, pid: str
) -> dict[str, Any]:
    """A package from the analysis in the deal explorer's control format (per-category counts)."""
    from accord.report.views import control_term

    issues = {i.id: i for i in names_scenario.issues}
    return {
        "id": pid,
        "title": title,
        "guarantor_penalty": {},
        "phases": [
            {
                "name": ph["name"],
                "terms": {
                    k: control_term(issues[k], v) for k, v in ph["terms"].items() if k in issues
                },
            }
            for ph in pkg["phases"]
        ],
    }


def analysis_view(analysis: Analysis) -> dict[str, Any]:
    """``analysis.to_dict()`` with words added: ``summary`` sentences, ``names`` for the page,
    ``text`` for conflicts and relaxations, and each package in the explorer's format."""
    d = analysis.to_dict()
    names = Names(analysis.scenario)
    d["summary"] = analysis_summary(d, names)
    d["names"] = names.vocabulary()
    relaxed_note = (
        "assumes " + join([names.constraint(x) for x in d["relaxed"]]) + " relaxed"
        if d["relaxed"]
        else None
    )
    d["text"] = {
        "conflicts": [conflict_sentence(c, names) for c in d["conflicts"]],
        "diagnosis": [
            {"label": relaxation_label(r, names), "concessions": concessions(r, names)}
            for r in d["diagnosis"] or []
        ],
        "relaxed": [names.constraint(x) for x in d["relaxed"]],
        "relaxed_note": relaxed_note,
        "solutions": {k: solution_name(k) for k in d["solutions"]},
        "seconds": f"{analysis.seconds:.1f} s",
    }
    sc = analysis.scenario
    d["explorer"] = {
        k: explorer_package(sc, s, f"{solution_name(k)} solution", f"analysis:{k}")
        for k, s in d["solutions"].items()
        if s
    }
    if d["recommendation"]:
        d["explorer"]["recommendation"] = explorer_package(
            sc,
            d["recommendation"]["package"],
            "mediator's recommendation",
            "analysis:recommendation",
        )
    return d
