"""GENIUS value tables <-> accord scenarios.

Import: every GENIUS issue becomes an ordinal issue whose levels are the
issue's values (integer and real issues: their numbers, as text); every
profile becomes a belligerent party with one position per issue carrying the
profile's weight and an explicit ``values`` table, and a fallback equal to the
reservation value. Each number is marked as an assumption whose reason names
the XML file it was read from. A GENIUS domain has no status quo, phases or
red lines: the status quo is the first value of each issue, there is one
single-phase template, and no red lines.

Export goes through the scenario's compiled grid (the options the agreement
space searches), so the GENIUS utilities of every option are accord's own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import numpy as np

from accord.errors import InteropError
from accord.interop.genius import WEIGHT_TOLERANCE, GeniusDomain, GeniusIssue, GeniusProfile
from accord.model import (
    Commitment,
    Disagreement,
    Fallback,
    Issue,
    IssueKind,
    Party,
    PhaseTemplate,
    Position,
    Role,
    Scenario,
    ScenarioInconsistent,
    TemplatePhase,
    assumed,
)


def slug(text: str, sep: str = "_") -> str:
    """An identifier from free text: lower case, ``[a-z0-9]`` and ``sep``, starting with a letter.

    >>> slug("External Monitor"), slug("Laptop-C-prof1"), slug("2nd hand car", "-")
    ('external_monitor', 'laptop_c_prof1', 'x-2nd-hand-car')
    """
    s = re.sub(r"[^a-z0-9]+", sep, text.lower()).strip(sep)
    if not s or not s[0].isalpha():
        s = f"x{sep}{s}" if s else "x"
    return s


def _unique(names: Sequence[str], sep: str = "_") -> list[str]:
    out: list[str] = []
    for n in names:
        base, k, cand = slug(n, sep), 2, slug(n, sep)
        while cand in out:
            cand, k = f"{base}{sep}{k}", k + 1
        out.append(cand)
    return out


def _number(value: float, source: str, what: str):
    return assumed(value, value, value, f"{what}, read from {source}")


def genius_to_scenario(
    domain: GeniusDomain,
    profiles: Sequence[GeniusProfile],
    *,
    date: dt.date | None = None,
    scenario_id: str | None = None,
    changes: list[str] | None = None,
) -> Scenario:
    """An accord scenario with one belligerent per profile.

    ``changes``, when given, receives the notes on what the scenario holds
    differently from GENIUS's reading (each also in the description).
    """
    if len(profiles) < 2:
        raise InteropError(
            f"a negotiation needs at least two utility profiles; got {len(profiles)} for {domain.source}"
        )
    for prof in profiles:
        if not isinstance(prof, GeniusProfile):
            raise InteropError(
                f"{prof.source}: a non-additive profile (hyper-rectangles, or a cost-based price "
                "issue whose value depends on the other issues) cannot become an accord "
                "scenario, whose utilities are additive; analyse it in GENIUS's terms instead "
                "(CLI: accord import genius FOLDER --analyze; Python: accord.interop.analyse_genius)"
            )
    issue_ids = _unique([i.name for i in domain.issues])
    party_ids = _unique([p.name for p in profiles])
    issues = [
        Issue(id=iid, name=gi.name, kind=IssueKind.ordinal, levels=list(gi.labels))
        for iid, gi in zip(issue_ids, domain.issues, strict=True)
    ]
    parties = [
        Party(id=pid, name=prof.name, role=Role.belligerent, discount_factor=prof.discount_factor)
        for pid, prof in zip(party_ids, profiles, strict=True)
    ]
    positions: list[Position] = []
    fallbacks: list[Fallback] = []
    notes = list(domain.notes)
    for pid, prof in zip(party_ids, profiles, strict=True):
        weights, tables = _model_tables(prof, notes)
        for iid, gi, w, table in zip(issue_ids, domain.issues, weights, tables, strict=True):
            positions.append(
                Position(
                    party=pid,
                    issue=iid,
                    weight=_number(float(w), prof.source, f"weight of issue '{gi.name}'"),
                    ideal=gi.labels[int(np.argmax(table))],
                    values={lab: float(v) for lab, v in zip(gi.labels, table, strict=True)},
                    assumption=f"evaluations of '{gi.name}' in {prof.source}",
                )
            )
        rv = float(prof.reservation)
        if rv > 1.0:
            raise InteropError(
                f"{prof.source}: reservation value {rv:g} is above 1, the best utility possible"
            )
        if rv < 0.0:
            # utilities lie in [0, 1], so a reservation below 0 and one at 0 leave every
            # outcome acceptable and every bargaining solution the same
            fb = assumed(
                0.0,
                0.0,
                0.0,
                f"reservation value {rv!r} in {prof.source} is below every "
                "utility; accord fallbacks lie in [0, 1], so 0 (same solutions)",
            )
            notes.append(
                f"{prof.source}: reservation value {rv!r} imported as 0 (below every utility)"
            )
        else:
            fb = _number(rv, prof.source, "reservation value")
        fallbacks.append(
            Fallback(party=pid, utility=fb, note=f"GENIUS reservation value ({prof.source})")
        )
        notes.extend(prof.notes)
        notes.extend(f"as GENIUS reads it: {w}" for w in prof.warnings)
    if changes is not None:
        changes.extend(n.removeprefix("changed: ") for n in notes if n.startswith("changed: "))
    description = (
        f"Imported from the GENIUS domain {domain.source} with profiles "
        f"{', '.join(p.source for p in profiles)}. GENIUS has no status quo, phases or red lines: "
        "the status quo is the first value of each issue and there is a single phase. "
        "Bargaining solutions measure gains from max(reservation value, worst utility), as "
        "GENIUS and NegMAS do."
    )
    if notes:
        description += " Notes: " + "; ".join(notes) + "."
    sid = scenario_id or slug(domain.name, "-")
    try:
        return Scenario(
            id=sid,
            title=f"{domain.name} (GENIUS domain)",
            date=date or dt.date.today(),
            description=description,
            parties=parties,
            issues=issues,
            status_quo={i.id: i.ordered_levels[0] for i in issues},
            positions=positions,
            fallbacks=fallbacks,
            commitment=Commitment(
                temperature=assumed(0.0, 0.0, 0.0, "single-phase GENIUS domain: no phase boundary")
            ),
            phase_templates=[
                PhaseTemplate(id="single", title="Single phase", phases=[TemplatePhase(name="all")])
            ],
            disagreement=Disagreement.genius,
        )
    except (ScenarioInconsistent, ValueError) as exc:
        raise InteropError(
            f"{domain.source}: the imported scenario is inconsistent: {exc}"
        ) from exc


def _model_tables(prof: GeniusProfile, notes: list[str]) -> tuple[np.ndarray, list[np.ndarray]]:
    """Weights summing to 1 and value tables in [0, 1] giving GENIUS's utilities.

    Weights that do not sum to 1 (GENIUS uses them as written) are divided by
    their sum ``s`` and every table multiplied by ``s``: the same products, so
    the same utilities. Only when that would push a value above 1 (``s > 1``,
    where GENIUS caps utilities at 1) do the utilities change, and a note says so.
    """
    weights = np.asarray(prof.weights, dtype=float)
    tables = [np.asarray(t, dtype=float) for t in prof.values]
    for k, t in enumerate(tables):
        if t.max() > 1.0:
            notes.append(
                f"changed: {prof.source}: values of issue {k + 1} divided by their maximum "
                f"{t.max():g} (accord values lie in [0, 1]); utilities differ from GENIUS's there"
            )
            tables[k] = t / t.max()
    total = float(weights.sum())
    if abs(total - 1.0) <= WEIGHT_TOLERANCE:
        if (
            total > 1.0
            and sum(float(w * t.max()) for w, t in zip(weights, tables, strict=True)) > 1.0
        ):
            notes.append(
                f"changed: {prof.source}: the best outcomes total up to {total:.6g}; GENIUS caps "
                "them at 1, the additive scenario (like NegMAS) keeps them"
            )
        return weights, tables
    scaled = [t * total for t in tables]
    if max(float(t.max()) for t in scaled) <= 1.0:
        notes.append(
            f"{prof.source}: weights sum to {total:.6g}; stored as weights / {total:.6g} with "
            f"values x {total:.6g}, which gives GENIUS's utilities"
        )
        return weights / total, scaled
    notes.append(
        f"changed: {prof.source}: weights sum to {total:.6g}; GENIUS caps utilities at 1, which "
        f"an additive model cannot; accord uses weights / {total:.6g} (utilities / {total:.6g})"
    )
    return weights / total, tables


# --------------------------------------------------------------------------- export


def _label(issue: Issue, raw: np.ndarray) -> str:
    if issue.kind in (IssueKind.ordinal, IssueKind.boolean):
        return issue.ordered_levels[int(round(float(raw)))]
    if issue.kind is IssueKind.continuous:
        return format(float(raw), ".10g")
    cats = issue.categories or []
    return ";".join(f"{c.id}={format(float(x), '.10g')}" for c, x in zip(cats, raw, strict=True))


def scenario_to_genius(scenario: Scenario) -> tuple[GeniusDomain, list[GeniusProfile], list[str]]:
    """Project a scenario onto one GENIUS domain and a profile per belligerent.

    Returns the domain, the profiles and the notes saying what was projected away.
    """
    from accord.analysis.compile import compile_scenario

    c = compile_scenario(scenario)
    issues = []
    for k, g in enumerate(c.grids):
        labels = tuple(_label(g.issue, g.raw[i]) for i in range(g.size))
        if len(set(labels)) != len(labels):
            raise InteropError(f"issue '{g.issue.id}': grid values do not give distinct labels")
        issues.append(
            GeniusIssue(
                name=g.issue.name or g.issue.id, index=k + 1, kind="discrete", labels=labels
            )
        )
    names = [i.name for i in issues]
    if len(set(names)) != len(names):  # names must be unique in GENIUS; fall back to ids
        issues = [
            GeniusIssue(g.issue.id, i.index, i.kind, i.labels)
            for g, i in zip(c.grids, issues, strict=True)
        ]
    stem = scenario.id if scenario.id.endswith("domain") else f"{scenario.id}-domain"
    domain = GeniusDomain(name=scenario.id, source=f"{stem}.xml", issues=tuple(issues))
    profiles = []
    for p, pid in enumerate(c.parties):
        values = tuple(np.asarray(c.value(p, j, g.raw), dtype=float) for j, g in enumerate(c.grids))
        profiles.append(
            GeniusProfile(
                name=pid,
                source=f"{pid}.xml",
                weights=c.weights[p].copy(),
                values=values,
                reservation=float(c.fallback[p]),
                discount=scenario.party(pid).discount_factor,
            )
        )
    notes = _projection_notes(scenario, c.parties)
    return domain, profiles, notes


def _projection_notes(scenario: Scenario, parties: list[str]) -> list[str]:
    notes = [
        "Single-phase projection: each GENIUS outcome is a package's final terms. Phase "
        f"templates ({', '.join(t.id for t in scenario.phase_templates)}), the commitment "
        "model (defection risk at phase boundaries) and guarantors have no GENIUS "
        "equivalent and are not exported.",
        "Issues are exported on accord's search grid (every level of an ordinal issue, "
        "`steps` points of a numeric one, count issues as one option per combination of "
        "category counts); evaluations are accord's values of those options.",
        "Reservation values are the parties' fallbacks.",
    ]
    others = [p.id for p in scenario.parties if p.id not in parties]
    if others:
        notes.append(f"Only belligerents are exported; not exported: {', '.join(others)}.")
    red = [
        f"{pos.party} on {pos.issue}: {pos.red_line}"
        for pos in scenario.positions
        if pos.red_line is not None and pos.party in parties
    ]
    if red:
        notes.append(
            "GENIUS has no hard constraints, so red lines are not enforced in the exported "
            "profiles (an agent there may accept a package that crosses one). Red lines: "
            + "; ".join(red)
            + "."
        )
    return notes
