"""Numbers and names as a reader wants them: the one formatting module of the CLI, the page and the report.

Identifiers (``wage_rise``, ``union.strike_suspended``) never reach a reader:
:class:`Names` turns party, issue, category and level ids into the names the
scenario gives them (or the id in plain words when it gives none), terms into
amounts with their units, and constraint ids into phrases. The number helpers
give each quantity the precision it needs (``0.23%``, not ``0%``) and never
print a Python repr. The workbench page gets the same names as JSON
(:meth:`Names.vocabulary`) and formats its live numbers with the same rules
(``static/js/words.js``).

>>> pct(0.0023), pct(0.5), pct(1.0), pct(0.0)
('0.23%', '50%', '100%', '0%')
>>> seconds(2.9138), seconds(0.0421)
('2.9 s', '42 ms')
>>> humanize("life_sentences")
'life sentences'
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from accord.model import Issue, Scenario

DASH = "–"


def humanize(ident: str) -> str:
    """An id in plain words: ``wage_rise`` -> ``wage rise``."""
    return str(ident).replace("_", " ").replace("-", " ").strip()


def pct(p: float | None, band: bool = False) -> str:
    """A probability or share as a percentage with the precision it needs.

    Whole percentages between 10% and 90%; one decimal near the ends; two
    below 1%; "<0.01%" and ">99.99%" rather than a misleading 0% or 100%.

    >>> pct(0.00001), pct(0.05), pct(0.999), pct(0.123)
    ('<0.01%', '5.0%', '99.9%', '12%')
    """
    if p is None or (isinstance(p, float) and math.isnan(p)):
        return DASH
    x = 100.0 * float(p)
    if x == 0.0 or x == 100.0:
        return f"{x:.0f}%"
    if x < 0.01:
        return "<0.01%"
    if x > 99.99:
        return ">99.99%"
    if x < 1 or x > 99:
        return f"{x:.2f}".rstrip("0").rstrip(".") + "%"
    if x < 10 or x > 90:
        return f"{x:.1f}%"
    return f"{x:.0f}%"


def number(x: float | int | None, unit: str | None = None, digits: int = 3) -> str:
    """A count or measurement: thousands separated, at most ``digits`` significant decimals.

    >>> number(1000), number(2.5, "trucks per day"), number(2011.089), number(0.45)
    ('1,000', '2.5 trucks per day', '2,011', '0.45')
    """
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return DASH
    v = float(x)
    if v.is_integer():
        s = f"{int(v):,}"
    elif abs(v) >= 100:
        s = f"{round(v):,}"
    else:
        s = f"{v:.{digits}g}" if abs(v) >= 1 else f"{v:.{digits}f}".rstrip("0").rstrip(".")
    return f"{s} {unit}" if unit else s


def utility(u: float | None, signed: bool = False) -> str:
    """A utility on the 0–1 scale, to three decimals (``+0.149`` when ``signed``)."""
    if u is None or not math.isfinite(float(u)):
        return DASH
    return f"{float(u):+.3f}" if signed else f"{float(u):.3f}"


def seconds(s: float | None) -> str:
    """A duration: ``42 ms``, ``2.9 s``, ``3 min 5 s``."""
    if s is None or not math.isfinite(float(s)):
        return DASH
    s = float(s)
    if s < 1:
        return f"{s * 1000:.0f} ms"
    if s < 60:
        return f"{s:.1f} s"
    m, r = divmod(round(s), 60)
    return f"{m} min {r} s" if r else f"{m} min"


def plural(n: int | float, noun: str, nouns: str | None = None) -> str:
    """``1 package``, ``4,643 packages``."""
    return f"{number(n)} {noun if n == 1 else (nouns or noun + 's')}"


def join(items: list[str], word: str = "and") -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def describe(i: Issue | None, value: Any) -> str:
    """A term of issue ``i``: ``{'permanent': 120, 'seasonal': 30}`` -> ``120 staff (permanent)
    and 30 staff (seasonal)``; category names from the scenario when it has them."""
    if value is None:
        return DASH
    unit = i.unit if i else None
    cats = (i.categories or []) if i else []
    if isinstance(value, Mapping):
        parts = []
        for cat, n in value.items():
            named = next((c.name for c in cats if c.id == cat and c.name), None)
            if named:
                parts.append(f"{number(n)} {named}")
            elif len(cats) == 1 and unit:
                parts.append(number(n, unit))
            else:
                parts.append(f"{number(n, unit)} ({humanize(cat)})")
        return join(parts)
    if isinstance(value, str):
        return humanize(value)
    if len(cats) == 1 and cats[0].name:
        return f"{number(value)} {cats[0].name}"
    return number(value, unit)


class Names:
    """Names, units and terms of one scenario, for every place that shows them."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self._parties = {p.id: p.name or humanize(p.id) for p in scenario.parties}
        self._issues: dict[str, Issue] = {i.id: i for i in scenario.issues}

    # ----- ids to names
    def party(self, pid: str) -> str:
        return self._parties.get(pid, humanize(pid))

    def short_party(self, pid: str) -> str:
        """Short name for table headers: 'Workers' union' stays, ids become words."""
        return self.party(pid)

    def issue(self, iid: str) -> str:
        i = self._issues.get(iid)
        return i.name if i and i.name else humanize(iid)

    def category(self, iid: str, cat: str) -> str:
        i = self._issues.get(iid)
        for c in (i.categories or []) if i else []:
            if c.id == cat:
                return c.name or humanize(c.id)
        return humanize(cat)

    def level(self, iid: str, level: Any) -> str:
        if isinstance(level, str):
            return humanize(level)
        i = self._issues.get(iid)
        return number(level, i.unit if i else None)

    # ----- values
    def issue_in(self, iid: str) -> str:
        """The issue's name inside a sentence ('pay rise in Northfield')."""
        return in_sentence(self.issue(iid))

    def term(self, iid: str, value: Any) -> str:
        """A package term in words (see :func:`describe`)."""
        return describe(self._issues.get(iid), value)

    def quoted(self, iid: str, value: Any) -> str:
        """A term inside a sentence: levels in quotes ('“pause”'), amounts as they are."""
        return f"“{self.term(iid, value)}”" if isinstance(value, str) else self.term(iid, value)

    def red_line(self, party: str, iid: str, value: Any = None) -> str:
        """A stated red line, conditional ones with their condition:
        'removed, applies only if cessation of fighting is at least permanent'."""
        pos = self.scenario.position(party, iid)
        raw = value if value is not None else (pos.red_line if pos else None)
        text = self.term(iid, raw)
        if pos is not None and not isinstance(raw, str | bool) and raw is not None:
            text = self._direction(iid, pos.ideal, raw) + text
        if pos is not None and pos.red_line_applies_if:
            text += ", " + self.condition(pos.red_line_applies_if)
        return text

    def _direction(self, iid: str, ideal: Any, red: Any) -> str:
        """'at least ' or 'at most ': which side of the red line the party's ideal lies on."""
        i = self._issues.get(iid)
        if i is None:
            return ""
        cats = {c.id: c.max.value for c in i.categories or []}
        keys = list(red) if isinstance(red, Mapping) else list(cats)
        line = float(sum(red.values())) if isinstance(red, Mapping) else float(red)
        if ideal in ("min", "max"):
            want = 0.0 if ideal == "min" else (sum(cats[k] for k in keys if k in cats) or i.upper)
        elif isinstance(ideal, Mapping):
            want = float(sum(float(ideal.get(k, 0)) for k in keys))
        else:
            try:
                want = float(i.to_number(ideal))
            except (TypeError, ValueError):
                return ""
            if isinstance(red, Mapping) and cats:
                want *= sum(cats.get(k, 0) for k in keys) / max(i.upper, 1e-9)
        if want > line or (want == line and line > 0):
            return "at least "
        return "at most "

    def condition(self, applies_if: Mapping[str, Any] | None) -> str:
        """``{'job_security': 'three_years'}`` -> ``applies only if guarantee against compulsory
        redundancies is at least three years``."""
        if not applies_if:
            return ""
        return "applies only if " + join(
            [f"{self.issue_in(k)} is at least {self.quoted(k, v)}" for k, v in applies_if.items()]
        )

    def terms(self, terms: Mapping[str, Any]) -> list[tuple[str, str]]:
        """A phase's terms as (issue name, amount) pairs."""
        return [(self.issue(k), self.term(k, v)) for k, v in terms.items()]

    def constraint(self, name: str) -> str:
        """``union.wage_rise`` -> ``Workers' union's stated red line on pay rise``; ``x.fallback`` -> its
        fallback."""
        party, _, what = name.partition(".")
        who = self.party(party)
        if what == "fallback":
            return f"{who}'s fallback (accepting less than no deal)"
        if what == "majority":
            return f"a majority of the factions inside {who}"
        faction = self._faction(party, what)
        if faction is not None:
            return f"the veto of {faction} inside {who}"
        return f"{who}'s stated red line on {in_sentence(self.issue(what))}"

    def _faction(self, party: str, fid: str) -> str | None:
        for f in getattr(self.scenario, "factions", []):
            if f.party == party and f.id == fid:
                return str(f.name)
        return None

    def constraint_short(self, name: str) -> str:
        """For buttons: ``Workers' union: Pay rise``."""
        party, _, what = name.partition(".")
        if what in ("fallback", "majority"):
            return f"{self.party(party)}: {what}"
        return f"{self.party(party)}: {self._faction(party, what) or self.issue(what)}"

    def vocabulary(self) -> dict[str, Any]:
        """The names the page needs to word live results the same way."""
        issues = {}
        for i in self.scenario.issues:
            issues[i.id] = {
                "name": self.issue(i.id),
                "unit": i.unit,
                "kind": i.kind.value,
                "categories": {c.id: c.name or humanize(c.id) for c in i.categories or []},
                "levels": {
                    lv: humanize(lv) for lv in (i.ordered_levels if not i.is_numeric else [])
                },
            }
        return {"parties": dict(self._parties), "issues": issues}


def in_sentence(name: str) -> str:
    """A name inside a sentence: 'Pay rise in Northfield' -> 'pay rise in Northfield'; 'NHS pay' stays."""
    if name[:1].isupper() and not name[1:2].isupper():
        return name[:1].lower() + name[1:]
    return name


def forecast_notes(s: Mapping[str, Any]) -> dict[str, list[str]]:
    """The forecast summary's sample, calibration, scheduled events, interim, factions and
    mediators' levers in words: the CLI, the report and the page print these sentences. A section
    is empty when the run has none of it (no --calibrate, no scheduled event, no interim, no
    faction, no mediator stakes).

    >>> notes = forecast_notes({"runs": 40, "effective_sample_size": 40.0, "runs_drawn": 200,
    ...     "interim": {"share_of_runs": 0.25, "days": {"mean": 12.4, "p50": 10}}})
    >>> notes["sample"], notes["interim"], notes["factions"]
    (['effective sample size 40 of 200 runs'], ['interim state in 25% of runs; days of interim: mean 12, median 10'], [])
    """
    ess = s.get("effective_sample_size", s.get("runs", 0))
    out: dict[str, list[str]] = {
        "sample": [
            f"effective sample size {number(round(ess))} of {number(s.get('runs_drawn', s.get('runs', 0)))} runs"
        ],
        "calibration": calibration_notes(s.get("calibration") or {}),
        "scheduled": [
            f"scheduled {ev['id']} ({ev['date']}): took place in {pct(ev['took_place'])} of runs"
            for ev in s.get("scheduled") or []
        ],
        "interim": [],
        "factions": [faction_note(f) for f in s.get("factions") or []],
        "mediation": [line] if (line := mediation_line(s.get("mediation") or {})) else [],
    }
    interim = s.get("interim")
    if interim:
        out["interim"].append(
            f"interim state in {pct(interim['share_of_runs'])} of runs; days of interim: mean "
            f"{number(round(interim['days']['mean']))}, median {number(interim['days']['p50'])}"
        )
    return out


def mediation_line(m: Mapping[str, Any]) -> str:
    """What the mediators' levers did in a forecast or one run (``accord negotiate``), in one
    line ('' without mediator stakes): the CLI, the report and the page print it.

    >>> mediation_line({"levers_applied": True, "pulled": [{"mediator": "arbiter",
    ...     "lever": "lean", "kind": "pressure", "target": "employer", "level": None,
    ...     "effect": {"nominal": 0.1, "low": 0.0, "high": 0.2}}], "guarantee_up_to": "none"})
    "mediators' levers (as chosen in analyze): arbiter pulls 'lean' (pressure on employer, effect 0 – 0.2); guarantees up to 'none'"
    >>> mediation_line({"levers_applied": False, "pulled": [], "guarantee_up_to": None})
    "mediators' levers off (--no-levers)"
    """
    if not m:
        return ""
    up_to = m.get("guarantee_up_to")
    guarantees = f"; guarantees up to '{up_to}'" if up_to is not None else ""
    if not m.get("levers_applied", True):
        return f"mediators' levers off (--no-levers){guarantees}"
    pulled = []
    for p in m.get("pulled", []):
        on = p.get("target") or p.get("level")
        what = f"{p['kind']} on {p['target']}" if p.get("target") else p["kind"]
        if p["kind"] == "guarantee" and on:
            what = f"guarantee up to '{on}'"
        if "effect" in p:
            e = p["effect"]
            span = f"{e['low']:.3g} – {e['high']:.3g}"
            # one run (accord negotiate) also says the effect it drew or held nominal
            what += (
                f", effect {p['in_run']:.3g} in this run, range {span}"
                if "in_run" in p
                else f", effect {span}"
            )
        pulled.append(f"{p['mediator']} pulls '{p['lever']}' ({what})")
    return (
        "mediators' levers (as chosen in analyze): "
        + (", ".join(pulled) or "none pulled")
        + guarantees
    )


def faction_note(f: Mapping[str, Any]) -> str:
    """Whether a faction blocked ratification of a package its leadership agreed, and stopped."""
    if not f["blocked"]:
        return f"faction {f['faction']}: never blocked ratification"
    stopped = f" (median {f['stopped_median_date']})" if f.get("stopped_median_date") else ""
    return (
        f"faction {f['faction']}: blocked a package the leaderships agreed in {pct(f['blocked'])} "
        f"of runs (first block, median {f['first_blocked_median_date']}); stopped blocking in "
        f"{pct(f['stopped_blocking'])} of those{stopped}"
    )


def calibration_notes(cal: Mapping[str, Any]) -> list[str]:
    """What calibrating to the record kept and moved, and each reported response it read."""
    if not cal.get("applied"):
        return []
    moved = ", ".join(
        f"{m['parameter']} ({number(m['mean_drawn'])} → {number(m['mean_kept'])})"
        for m in cal["moved"][:3]
    )
    tests = []
    if cal["standstill_days"]:
        how = {"still": " (pressures held still)", "forward": " (from the snapshot's state)"}
        clocks = {
            "standstill": " (red lines' yield counted from its first day)",
            "snapshot": " (red lines' yield counted from the snapshot)",
        }
        replay = cal.get("replay", "back")
        replayed = how.get(replay, "") or clocks.get(cal.get("red_line_clock", ""), "")
        tests.append(
            f"whose replayed {cal['standstill_days']}-day standstill{replayed} had no deal"
        )
    if cal.get("responses"):
        tests.append(f"that answer {len(cal['responses'])} reported responses to proposals")
    lines = [
        f"calibrated to the record: kept {number(cal['runs_kept'])} of {number(cal['runs_drawn'])} "
        f"draws {join(tests)}, like the record; moved most: {moved}"
    ]
    if cal["standstill_days"] and cal.get("responses") and "runs_kept_standstill" in cal:
        lines.append(
            f"the standstill alone kept {number(cal['runs_kept_standstill'])} draws; the reported "
            f"responses kept {number(cal['runs_kept'])} of those"
        )
    for r in cal.get("responses", []):
        lines.append(
            f"{r['party']} on {r['proposal']}: {r['read_as']} (reported: {r['reported'] or DASH}); "
            f"chance {pct(r['chance_drawn'])} over all draws, {pct(r['chance_kept'])} over those kept"
        )
    if cal.get("responses_not_read"):
        lines.append(
            "not read (give verdicts: accept or reject): "
            + "; ".join(f"{r['party']} on {r['proposal']}" for r in cal["responses_not_read"])
        )
    return lines
