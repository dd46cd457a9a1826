"""What the evidence and time fields of a scenario mean, with an example (part of ``FIELDS``).

Evidenced values and their sources or assumptions, the source documents, the
ledger of counts, the record of what happened, the stocks tracked day by day
and the dynamics the forecasts simulate. :data:`accord.scenarios.fields.FIELDS`
joins this catalogue to the negotiation's.
"""

from __future__ import annotations

EVIDENCED_EXAMPLE = (
    '{value: 0.3, assumption: {low: 0.2, high: 0.4, reason: "why this range"}} or '
    '{value: 120, sources: [{doc: article.txt, start: 10, end: 27, quote: "120 were released"}]}'
)

# model name -> field -> (description, example as written in YAML)
EVIDENCE_FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "Record": {
        "since": ("start of the observed record", "2026-01-05"),
        "deals": (
            "the deals signed in it, each dated and sourced",
            "[{date: 2026-02-01, description: interim accord, sources: [...]}]",
        ),
    },
    "RecordedDeal": {
        "date": ("when it was signed", "2026-02-01"),
        "description": ("what was agreed, in a few words", "an interim pay accord"),
        "sources": ("spans that report it", "[{doc: article.txt, start: 10, end: 30, quote: ...}]"),
    },
    "SourceDocument": {
        "doc": ("document name as the spans cite it", "article.txt"),
        "title": ("headline", "Talks resume at the port"),
        "outlet": ("who published it", "a local newspaper"),
        "published": ("publication date", "2026-02-27"),
        "published_note": ("how the date was found", "inferred from 'on Friday'"),
        "published_earliest": (
            "for an undated document: the earliest date it can have been published",
            "2026-02-01",
        ),
        "published_latest": (
            "for an undated document: the latest date it can have been published",
            "2026-02-28",
        ),
    },
    "Evidenced": {
        "value": ("the number", "0.3"),
        "sources": (
            "spans that give the number",
            "[{doc: article.txt, start: 10, end: 27, quote: 120 were released}]",
        ),
        "assumption": (
            "an assumed range and its reason",
            '{low: 0.2, high: 0.4, reason: "illustrative"}',
        ),
    },
    "Assumption": {
        "low": ("lowest plausible value", "0.2"),
        "high": ("highest plausible value", "0.4"),
        "reason": (
            "one line saying why (at least 3 characters)",
            '"illustrative: no source gives it"',
        ),
        "drawn_with": (
            "a name shared by assumptions drawn together: one point u of [0, 1] per run "
            "(parameter draw.NAME) puts each at low + u (high - low)",
            "union.priorities",
        ),
        "drawn_reversed": (
            "with drawn_with: at high - u (high - low), falling as the others rise",
            "true",
        ),
    },
    "SourceRef": {
        "doc": ("document name", "article.txt"),
        "start": ("first character of the span (from 0)", "10"),
        "end": ("one past the last character: start + length of the quote", "27"),
        "quote": ("the exact words at [start, end)", "120 were released"),
    },
    "LedgerEntry": {
        "quantity": ("what is counted (a vocabulary quantity, or other)", "other"),
        "label": ("what is counted when quantity is other", "union members"),
        "count": ("the count", EVIDENCED_EXAMPLE),
        "as_of": ("the date the count refers to", "2026-02-01"),
        "qualifier": ("who says so", "according to the union"),
    },
    "Tracked": {
        "stocks": (
            "the stocks followed day by day (at most one of each kind: held, remains, pool)",
            "[{id: staff, kind: pool, issue: reinstatement, name: dismissed staff}]",
        ),
        "pause": (
            "an ordinal or boolean issue whose levels above the status quo pause pressures and rescues",
            "{issue: strike_suspended, lasting_from: 'yes', days: days with the strike suspended}",
        ),
    },
    "Stock": {
        "id": ("lower-case id; outcomes are reported as <id>_<measure>", "staff"),
        "kind": (
            "held (people held, by category; death and rescue events take from it), remains "
            "(the dead of the held stock) or pool (released from a limited pool)",
            "pool",
        ),
        "issue": ("the count issue whose terms deliver it", "reinstatement"),
        "name": ("what is counted, plural", "dismissed staff"),
        "unit": ("unit for tables and axes (default people)", "staff"),
        "start": (
            "number held at the snapshot (default: start_from, else the issue's maximum)",
            EVIDENCED_EXAMPLE,
        ),
        "start_from": (
            "a ledger quantity whose latest count is the number at the snapshot",
            "staff_dismissed",
        ),
        "released": ("words for those released by deals", "dismissed staff reinstated"),
        "died": ("held stock: words for those who died", "staff who died"),
        "rescued": ("held stock: words for those freed without a deal", "staff freed"),
        "remaining": ("held stock: words for those still held at the horizon", "staff still out"),
    },
    "Pause": {
        "issue": ("an ordinal or boolean issue", "strike_suspended"),
        "lasting_from": (
            "lowest level that outlasts a completed deal (default: the highest); lower levels last one phase more",
            "'yes'",
        ),
        "days": ("words for the days it is in force", "days with the strike suspended"),
    },
    "Dynamics": {
        "pressures": (
            "levers that move a fallback or weight day by day",
            "[{id: strike_fund, ...}]",
        ),
        "events": ("random events with a daily rate", "[{id: walkout, kind: escalation, ...}]"),
        "perception_noise": (
            "s.d. of each party's misreading of a package's utility",
            EVIDENCED_EXAMPLE,
        ),
        "red_line_cost": ("utility lost by signing across a red line", EVIDENCED_EXAMPLE),
        "round_days": ("days between two rounds of talks", EVIDENCED_EXAMPLE),
        "phase_days": ("days a phase of an implemented agreement lasts", EVIDENCED_EXAMPLE),
        "red_line_yield": (
            "fall of a party's no-deal value after which it gives up its stated red lines",
            EVIDENCED_EXAMPLE,
        ),
        "scheduled": (
            "outside events due on a date, each with a probability and ranged effects",
            "[{id: council_vote, date: 2026-04-15, probability: {...}, fallback_shift: {...}}]",
        ),
        "interim": (
            "an interim state between open conflict and a signed deal (pressures pause)",
            "{description: ..., start_rate_per_day: {...}, end_rate_per_day: {...}}",
        ),
    },
    "ScheduledEvent": {
        "id": ("lower-case id", "council_vote"),
        "description": ("what is due, in words", "the council votes on the port budget"),
        "date": ("the day it is due, after the snapshot", "2026-04-15"),
        "probability": ("chance that it takes place", EVIDENCED_EXAMPLE),
        "fallback_shift": (
            "party -> how much its fallback moves when it happens",
            "{union: {value: -0.05, assumption: {...}}}",
        ),
        "faction_shift": (
            "how it moves factions' votes or fallbacks",
            "[{faction: company.night_shift, votes: {...}}]",
        ),
        "interim": ("start or end: it starts or ends an interim state", "start"),
        "sources": (
            "spans that announce it",
            "[{doc: article.txt, start: 5, end: 40, quote: ...}]",
        ),
        "assumption": ("why it is expected, when no source announces it", "the vote is scheduled"),
    },
    "Interim": {
        "description": ("what the interim is, in words", "an informal pause in the strike"),
        "start_rate_per_day": ("chance per day that one begins", EVIDENCED_EXAMPLE),
        "end_rate_per_day": ("chance per day that it breaks down", EVIDENCED_EXAMPLE),
        "fallback_shift": (
            "party -> how much its no-deal value moves while the interim holds",
            "{union: {value: 0.05, assumption: {...}}}",
        ),
    },
    "FactionShift": {
        "faction": ("the faction, as party.faction", "company.night_shift"),
        "votes": ("change of its share of the votes (say: vote)", EVIDENCED_EXAMPLE),
        "fallback": ("change of its fallback", EVIDENCED_EXAMPLE),
    },
    "Pressure": {
        "id": ("lower-case id", "strike_fund"),
        "description": ("what it is, in words", "the strike fund runs down"),
        "applied_by": ("party applying it", "employer"),
        "target_party": ("party whose fallback or weight moves", "union"),
        "target": ("fallback or weight", "fallback"),
        "issue": ("for target weight: the issue", "wage_rise"),
        "rate_per_day": ("change per day", EVIDENCED_EXAMPLE),
        "limit": (
            "the most it can move its target in all (it saturates); none: linear",
            EVIDENCED_EXAMPLE,
        ),
        "cost_per_day": ("what applying it costs the party applying it, a day", EVIDENCED_EXAMPLE),
        "risk_to_held": (
            "how much more likely deaths among the held stock are while it acts (0.5: 50 % more)",
            EVIDENCED_EXAMPLE,
        ),
    },
    "StochasticEvent": {
        "id": ("lower-case id", "walkout"),
        "kind": ("the kind of event", "escalation"),
        "description": ("what happens", "a wildcat walkout"),
        "rate_per_day": ("chance per day", EVIDENCED_EXAMPLE),
        "magnitude": ("size of the effect", EVIDENCED_EXAMPLE),
        "affects": ("party whose fallback or stance moves", "employer"),
        "fallback_shift": (
            "death and rescue events: how much each named party's fallback moves per person",
            "{union: {...}}",
        ),
        "faction_shift": (
            "how it moves factions' votes or fallbacks (per person for events counted in people)",
            "[{faction: company.night_shift, fallback: {...}}]",
        ),
    },
}
