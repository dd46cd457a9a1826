"""What each scenario field means, with an example: one table for messages, schema and docs.

:data:`FIELDS` covers every model a scenario contains: the negotiation itself
(parties, issues, positions, fallbacks, phases, proposals, factions, mediators)
here, the evidence its numbers rest on and what moves over time (sources, the
ledger, the record, tracked stocks, dynamics) in
:mod:`accord.scenarios.fields_evidence`.

The validation messages (:mod:`accord.scenarios.messages`) quote these
examples, ``accord schema`` adds the descriptions to the JSON Schema, and a test
checks that ``docs/scenarios.md`` mentions every field of the model.

>>> FIELDS["Evidenced"]["value"][1]
'0.3'
>>> model_at(("positions", 0, "weight")).__name__
'Evidenced'
"""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel

from accord.model import Scenario
from accord.scenarios.fields_evidence import EVIDENCE_FIELDS, EVIDENCED_EXAMPLE

# model name -> field -> (description, example as written in YAML): what is negotiated
NEGOTIATION_FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "Scenario": {
        "id": ("short id of lower-case letters, digits, '-' and '_'", "port-wages-2026"),
        "title": ("one-line title", "Port wage talks before the strike vote"),
        "date": ("the date the snapshot describes (YYYY-MM-DD)", "2026-03-01"),
        "description": (
            "a paragraph on the situation at that date",
            "Talks resumed under a mediator.",
        ),
        "sources": (
            "the documents cited by the spans",
            "[{doc: article.txt, title: Talks resume}]",
        ),
        "parties": (
            "the actors, at least two of them belligerents",
            "[{id: union, name: Dockers' union, role: belligerent}]",
        ),
        "issues": (
            "what is negotiated",
            "[{id: wage_rise, kind: continuous, unit: percent, min: 0, max: {...}}]",
        ),
        "status_quo": (
            "issue id -> its value with no agreement",
            "{wage_rise: 0, job_security: none}",
        ),
        "positions": (
            "each party's stance on each issue",
            "[{party: union, issue: wage_rise, weight: {...}, ideal: max}]",
        ),
        "fallbacks": (
            "each belligerent's utility of no agreement",
            "[{party: union, utility: {...}}]",
        ),
        "commitment": ("how walking away at phase boundaries is modelled", "{temperature: {...}}"),
        "phase_templates": (
            "how the agreement-space search spreads a package over phases",
            "[{id: single, title: everything at once, phases: [{name: single phase}]}]",
        ),
        "proposals": (
            "packages actually tabled",
            "[{id: first_offer, title: ..., phases: [...], assumption: ...}]",
        ),
        "ledger": (
            "counts with dates and sources",
            "[{quantity: other, label: members, count: {...}}]",
        ),
        "dynamics": (
            "pressures and random events for the forecasts",
            "{pressures: [...], events: [...]}",
        ),
        "tracked": (
            "what the forecast follows over time (stocks of people or items, a pause), in your words",
            "{stocks: [{id: staff, kind: pool, issue: reinstatement, name: dismissed staff}], "
            "pause: {issue: strike_suspended}}",
        ),
        "linkages": (
            "constraints every tabled package meets (exchange ratios, what requires what)",
            "[{id: pay_for_hours, kind: ratio, ...}]",
        ),
        "record": (
            "deals signed before the snapshot (the backtest's constant-hazard baseline)",
            "{since: 2026-01-05, deals: [...]}",
        ),
        "disagreement": (
            "disagreement point of the bargaining solutions: fallback (as stated) or genius (max of fallback and worst utility)",
            "fallback",
        ),
        "factions": (
            "groups inside a party whose consent or objection matters (docs/stakeholders.md)",
            "[{id: hardliners, party: union, name: the hardliners, say: veto, weights: {...}, fallback: {...}, assumption: ...}]",
        ),
        "mediators": (
            "mediators' stakes in the outcome and the levers they hold (docs/stakeholders.md)",
            "[{party: mediation_service, deal_value: {...}, failure_value: {...}, levers: [...], assumption: ...}]",
        ),
    },
    "Linkage": {
        "id": ("short id", "pay_for_hours"),
        "kind": (
            "ratio (numerator per unit of denominator), requires (when X then Y) or order "
            "(X delivered in full before Y starts)",
            "ratio",
        ),
        "description": (
            "what it ties together, in words",
            "each hour cut is paid for by at least 0.5 % of pay",
        ),
        "numerator": ("ratio: what is given in exchange", "{issue: pay_rise}"),
        "denominator": ("ratio: what it is given for", "{issue: weekly_hours}"),
        "at_least": ("ratio: at least this many per unit", EVIDENCED_EXAMPLE),
        "at_most": ("ratio: at most this many per unit", EVIDENCED_EXAMPLE),
        "when": ("requires: issue -> the value that triggers it", "{strike_suspended: 'yes'}"),
        "then": ("requires: issue -> the value it must reach", "{reinstatement: 'yes'}"),
        "first": ("order: what is delivered in full first", "{issue: back_pay}"),
        "later": ("order: what starts to be delivered only after that", "{issue: strike_ends}"),
        "same_phase": (
            "order: true when 'later' may start in the phase that completes 'first'",
            "false",
        ),
        "sources": (
            "spans that state the linkage",
            "[{doc: article.txt, start: 5, end: 40, quote: ...}]",
        ),
        "assumption": (
            "why it is assumed, without sources",
            "no side tables one without the other",
        ),
    },
    "IssueRef": {
        "issue": ("an issue id", "pay_rise"),
        "category": ("for a count issue: one category", "general"),
    },
    "Faction": {
        "id": ("short id; 'party.id' names it in the diagnosis and in --relax", "hardliners"),
        "party": ("the belligerent it belongs to", "union"),
        "name": ("how reports name it", "the union's hardliners"),
        "say": ("its say in ratification: veto, vote or voice", "veto"),
        "weights": (
            "its salience per issue of its party (sums to 1)",
            "{pay_rise: {...}, strike_suspended: {...}}",
        ),
        "red_lines": ("its own red lines; omitted: the party's; {} for none", "{pay_rise: 6}"),
        "fallback": (
            "its value of no agreement",
            "{value: 0.2, assumption: {low: 0.1, high: 0.3, reason: ...}}",
        ),
        "votes": ("with say: vote, its share of the decision", "{value: 0.3, assumption: {...}}"),
        "audience_cost": (
            "what signing over its objection costs the leadership",
            "{value: 0.05, assumption: {...}}",
        ),
        "stance": ("what it wants, in words", "no deal below a 6 % rise"),
        "evidence": (
            "spans that describe it",
            "[{doc: article.txt, start: 5, end: 40, quote: ...}]",
        ),
        "assumption": (
            "why it is assumed when no source describes it",
            "members voted against the last offer",
        ),
    },
    "MediatorStake": {
        "party": ("the mediator", "mediation_service"),
        "deal_value": ("its value of an agreement being signed", "{value: 1.0, assumption: {...}}"),
        "failure_value": ("its value of talks failing", "{value: 0.0, assumption: {...}}"),
        "levers": (
            "what it can do, each with a cost",
            "[{id: guarantee, kind: guarantee, level: mediator, cost: {...}}]",
        ),
        "evidence": (
            "spans that state its interest",
            "[{doc: article.txt, start: 5, end: 40, quote: ...}]",
        ),
        "assumption": ("why its stake is assumed", "its standing depends on a settlement"),
    },
    "Lever": {
        "id": ("short id", "lean_on_employer"),
        "kind": ("guarantee, pressure, aid or suspend", "pressure"),
        "target": ("the party it acts on (pressure, aid)", "employer"),
        "level": ("guarantee: the level of the guarantee issue it provides", "mediator"),
        "effect": (
            "pressure/aid/suspend: the utility shift it causes",
            "{value: 0.1, assumption: {...}}",
        ),
        "cost": ("its cost to the mediator", "{value: 0.2, assumption: {...}}"),
        "description": ("what it is, in words", "a public statement blaming the employer"),
    },
    "Party": {
        "id": ("lower-case id, letters, digits and '_'", "union"),
        "name": ("the name a reader knows", "Dockers' union"),
        "role": ("belligerent, mediator or constituency", "belligerent"),
        "aliases": ("names in the news that mean this party", "[the union, dockers]"),
        "represents": ("for a constituency: the party it presses", "union"),
        "evidence": (
            "spans about the party",
            "[{doc: article.txt, start: 0, end: 9, quote: the union}]",
        ),
        "discount_factor": (
            "time discounting: utility u is worth u * factor ** t at relative time t in [0, 1]; 1 = none",
            "0.9",
        ),
    },
    "Issue": {
        "id": ("lower-case id, letters, digits and '_'", "wage_rise"),
        "name": ("a readable name", "Pay rise"),
        "kind": ("count, ordinal, boolean or continuous", "ordinal"),
        "unit": ("unit of a count or continuous issue", "percent"),
        "levels": (
            "ordinal: the levels, worst to best in the issue's own order",
            "[none, partial, full]",
        ),
        "categories": ("count: what is counted, each with a max", "[{id: staff, max: {...}}]"),
        "min": ("continuous: the lowest value", "0"),
        "max": (
            "continuous: the highest value, with its evidence",
            "{value: 8, assumption: {low: 6, high: 10, reason: illustrative}}",
        ),
        "steps": ("grid points per numeric dimension (2-200)", "5"),
        "reversible": ("true when a collapse of the deal undoes it", "true"),
        "delivered_by": ("the party that delivers it", "employer"),
    },
    "Category": {
        "id": ("lower-case id of the category", "staff"),
        "name": ("a readable name", "permanent staff"),
        "max": ("how many are available, with evidence", EVIDENCED_EXAMPLE),
    },
    "Position": {
        "party": ("party id", "union"),
        "issue": ("issue id", "wage_rise"),
        "weight": ("salience; each party's weights sum to 1", EVIDENCED_EXAMPLE),
        "ideal": ("the best value for the party: a level, a number, min or max", "max"),
        "red_line": (
            "the worst value it says it accepts (a level, a number, or counts per category)",
            "partial",
        ),
        "red_line_applies_if": (
            "the red line binds only when this issue reaches this level",
            "{strike: called}",
        ),
        "possible_red_line": (
            "a limit no source states, held in a forecast run with its chance",
            "{level: partial, chance: {value: 0.5, assumption: {...}}}",
        ),
        "shape": ("linear, concave or convex value curve", "concave"),
        "values": (
            "ordinal: an explicit value in [0, 1] for each level",
            "{none: 0, partial: 1, full: 0.6}",
        ),
        "category_weights": ("count: relative worth of each category", "{staff: 1, seasonal: 0.5}"),
        "stance": ("the stated position, in words", "the union demands a 6 percent rise"),
        "evidence": (
            "spans that state the position",
            "[{doc: article.txt, start: 5, end: 30, quote: ...}]",
        ),
        "assumption": (
            "why the position is assumed when no source states it",
            '"illustrative: no source states it"',
        ),
    },
    "PossibleRedLine": {
        "level": ("the limit: a level, a number, or counts per category", "partial"),
        "chance": ("the chance that the party holds it, in [0, 1]", EVIDENCED_EXAMPLE),
    },
    "Fallback": {
        "party": ("party id (a belligerent)", "union"),
        "utility": ("utility of no agreement, in [0, 1]", EVIDENCED_EXAMPLE),
        "note": ("a note in words", "a strike costs members their pay"),
    },
    "Commitment": {
        "temperature": (
            "noise of the honour-or-walk choice at phase boundaries; 0 = deterministic",
            EVIDENCED_EXAMPLE,
        ),
        "guarantee_issue": ("an ordinal issue whose level sets a guarantor penalty", "guarantees"),
        "penalty_by_level": (
            "level of the guarantee issue -> penalty",
            "{none: {...}, mediator: {...}}",
        ),
    },
    "PhaseTemplate": {
        "id": ("lower-case id", "two_stage"),
        "title": ("what the template does", "pay now, job security later"),
        "phases": (
            "the phases in order",
            "[{name: first stage, delivery: {wage_rise: 0.5}}, {name: second stage}]",
        ),
    },
    "TemplatePhase": {
        "name": ("phase name", "first stage"),
        "delivery": (
            "issue -> cumulative share (numeric, 0-1) or level cap (ordinal) by the end of the phase",
            "{wage_rise: 0.5, job_security: partial}",
        ),
    },
    "PhasedAgreement": {
        "id": ("lower-case id", "mediator_draft"),
        "title": ("how the proposal is known", "mediator's draft"),
        "tabled_by": ("party ids that tabled it", "[mediator]"),
        "date": ("when it was tabled: a date or 'YYYY-MM'", "2026-02-20"),
        "phases": (
            "its phases, each with the terms reached by its end",
            "[{name: single phase, terms: {wage_rise: 4}}]",
        ),
        "guarantors": ("parties that penalise walking away", "[{party: mediator, penalty: {...}}]"),
        "responses": ("party -> reported response", "{union: reject}"),
        "verdicts": (
            "party -> how forecast calibration reads its response: accept or reject",
            "{union: reject}",
        ),
        "evidence": ("spans that report it", "[{doc: article.txt, start: 0, end: 9, quote: ...}]"),
        "assumption": ("why it is assumed when no source reports it", "illustrative"),
    },
    "Phase": {
        "name": ("phase name", "first phase"),
        "duration_days": ("how long it lasts", EVIDENCED_EXAMPLE),
        "terms": (
            "issue -> value reached by the end of the phase",
            "{wage_rise: 4, job_security: partial}",
        ),
        "condition": ("what opens the next phase", "a ballot of members"),
        "obligations": ("party -> issues it delivers in this phase", "{employer: [wage_rise]}"),
    },
    "Guarantor": {
        "party": ("party id", "mediator"),
        "penalty": ("utility a defector loses", EVIDENCED_EXAMPLE),
        "applies_to": ("parties it binds (default all)", "[employer]"),
    },
}
# every model of a scenario: the negotiation above, evidence and change over time in fields_evidence
FIELDS: dict[str, dict[str, tuple[str, str]]] = {**NEGOTIATION_FIELDS, **EVIDENCE_FIELDS}


def _unwrap(annotation: Any) -> list[Any]:
    """The alternatives of a union (or the annotation itself)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        return [a for a in typing.get_args(annotation) if a is not type(None)]
    return [annotation]


def _step(annotation: Any, step: str | int) -> Any | None:
    """The annotation reached from ``annotation`` by one path step (field, index or key)."""
    for alt in _unwrap(annotation):
        if isinstance(alt, type) and issubclass(alt, BaseModel):
            if isinstance(step, str) and step in alt.model_fields:
                return alt.model_fields[step].annotation
            continue
        origin = typing.get_origin(alt)
        args = typing.get_args(alt)
        if origin is list and isinstance(step, int) and args:
            return args[0]
        if origin is dict and isinstance(step, str) and len(args) == 2:
            return args[1]
    return None


def annotation_at(path: tuple[str | int, ...]) -> Any | None:
    """The type annotation of the scenario field at ``path`` (None when the path leaves the model)."""
    node: Any = Scenario
    for step in path:
        node = _step(node, step)
        if node is None:
            return None
    return node


def model_at(path: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The model class at ``path`` (the first model of a union), or None."""
    node = annotation_at(path)
    for alt in _unwrap(node) if node is not None else []:
        if isinstance(alt, type) and issubclass(alt, BaseModel):
            return alt
    return None


def owner_of(path: tuple[str | int, ...]) -> tuple[type[BaseModel] | None, str | None]:
    """The model holding the last named field of ``path``, and that field's name."""
    for cut in range(len(path), 0, -1):
        step = path[cut - 1]
        if isinstance(step, str):
            parent = model_at(path[: cut - 1]) if cut > 1 else Scenario
            if parent is not None and step in parent.model_fields:
                return parent, step
            # a mapping key (an issue id in status_quo, say): the field is further up
    return None, None


def field_doc(path: tuple[str | int, ...]) -> tuple[str, str] | None:
    """(description, example) of the field at ``path``, from :data:`FIELDS`."""
    model, name = owner_of(path)
    if model is None or name is None:
        return None
    return FIELDS.get(model.__name__, {}).get(name)
