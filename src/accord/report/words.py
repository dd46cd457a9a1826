"""An analysis in plain, neutral sentences: the zone of agreement or why there is none.

The sentences attribute red lines to the parties that hold them ("hamas's
stated red line"), never state them as facts about the world.

>>> from accord.analysis import analyze
>>> from accord.scenarios import load_scenario
>>> lines = analysis_summary(analyze(load_scenario("gaza-2025-03")).to_dict())
>>> lines[0].startswith("Deadlock")
True
"""

from __future__ import annotations

from typing import Any

from accord.analysis import Analysis


def _term(v: Any) -> str:
    if isinstance(v, dict):
        return ", ".join(f"{k} {n:g}" for k, n in v.items())
    return str(v)


def _constraint(name: str) -> str:
    party, what = name.split(".", 1)
    if what == "fallback":
        return f"{party}'s fallback (accepting less than no deal)"
    return f"{party}'s stated red line on {what}"


def analysis_summary(d: dict[str, Any]) -> list[str]:
    """Sentences summarising ``Analysis.to_dict()``: zone, conflicts, relaxations, recommendation."""
    out: list[str] = []
    space = d["agreement_space"]
    n = f"{space['packages']:,}"
    if space["zone_exists"]:
        out.append(
            f"A zone of agreement exists: {space['zone_size']:,} of {n} packages "
            f"({space['zone_share']:.2%}) respect every stated red line and give each party "
            "at least its fallback."
        )
    else:
        out.append(
            f"Deadlock: none of the {n} packages searched respects every stated red line and "
            "gives each party at least its fallback."
        )
        for c in d["conflicts"]:
            held = "; ".join(f"{p}: {_term(r)}" for p, r in c["red_lines"].items())
            out.append(f"On {c['issue']}, the stated red lines cannot all hold at once ({held}).")
        for r in d["diagnosis"] or []:
            relax = " and ".join(_constraint(x) for x in r["relax"])
            who = "; ".join(r["concessions"])
            out.append(f"Relaxing {relax} would open {r['packages_opened']:,} packages ({who}).")
    if d["relaxed"]:
        out.append("This analysis has relaxed: " + ", ".join(_constraint(x) for x in d["relaxed"]) + ".")
    rec = d.get("recommendation")
    if rec:
        pkg = rec["package"]
        gains = ", ".join(f"{p} {g:+.3f}" for p, g in rec["gain_over_fallback"].items())
        out.append(
            f"Mediator's recommendation ({rec['basis']}): a {len(pkg['phases'])}-phase package "
            f"with gains over fallback {gains} and a {pkg['completion_probability']:.0%} chance that "
            "every phase is carried out."
        )
    return out


def analysis_view(analysis: Analysis) -> dict[str, Any]:
    """``analysis.to_dict()`` with a ``summary`` list of plain sentences added."""
    d = analysis.to_dict()
    d["summary"] = analysis_summary(d)
    return d
