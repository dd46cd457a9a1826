"""The commented starting file ``accord new NAME`` writes: valid as written, meant to be edited.

>>> from accord.scenarios import parse_scenario
>>> parse_scenario(starting_file("my-talks"), "my-talks.yaml").id
'my-talks'
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from accord.errors import InputError

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")

TEMPLATE = """\
# A scenario: one negotiation at one date. Edit every line; `accord validate {id}.yaml`
# checks it, `accord analyze {id}.yaml` analyses it. The guide: docs/scenarios.md.
# Every number is {{value: ..., assumption: {{low, high, reason}}}} (an assumed range and
# why) or {{value: ..., sources: [{{doc, start, end, quote}}]}} (the span that states it).
# Editor completion: `accord schema -o scenario.schema.json`, then make the first line
# `# yaml-language-server: $schema=scenario.schema.json` (VS Code's YAML extension).
id: {id}
title: {title}
date: {date}
description: >-
  Two sides negotiate a price and a delivery schedule; a mediator hosts the talks.

parties:                        # at least two belligerents (their consent is needed)
  - id: buyer                   # lower-case letters, digits and _
    name: The buyer
    role: belligerent
  - id: seller
    name: The seller
    role: belligerent
  - id: mediator
    name: The mediator
    role: mediator              # or constituency (with represents: PARTY)

issues:
  - id: price                   # a continuous issue: a quantity between min and max
    kind: continuous
    unit: thousand per year
    min: 0
    max: {{value: 100, assumption: {{low: 80, high: 120, reason: "illustrative: replace with the real range"}}}}
    steps: 11                   # grid points searched between min and max
    delivered_by: buyer
  - id: schedule                # an ordinal issue: levels in the issue's own order
    kind: ordinal
    levels: [late, on_time, early]
    delivered_by: seller
  - id: penalty_clause          # a boolean issue: levels no < yes
    kind: boolean
    reversible: true            # a collapse of the deal undoes it

status_quo:                     # the state with no agreement, one value per issue
  price: 0
  schedule: late
  penalty_clause: "no"          # quote yes/no: YAML reads them as true/false otherwise

positions:                      # each belligerent on each issue; its weights sum to 1
  - party: buyer
    issue: price
    weight: {{value: 0.5, assumption: {{low: 0.4, high: 0.6, reason: "illustrative"}}}}
    ideal: min                  # a level, a number, min or max
    red_line: 70                # the worst value it says it accepts
    assumption: illustrative position; cite spans under evidence when a source states it
  - party: buyer
    issue: schedule
    weight: {{value: 0.3, assumption: {{low: 0.2, high: 0.4, reason: "illustrative"}}}}
    ideal: early
    assumption: illustrative
  - party: buyer
    issue: penalty_clause
    weight: {{value: 0.2, assumption: {{low: 0.1, high: 0.3, reason: "illustrative"}}}}
    ideal: "yes"
    assumption: illustrative
  - party: seller
    issue: price
    weight: {{value: 0.6, assumption: {{low: 0.5, high: 0.7, reason: "illustrative"}}}}
    ideal: max
    red_line: 40
    shape: concave              # linear, concave (early steps count most) or convex
    assumption: illustrative
  - party: seller
    issue: schedule
    weight: {{value: 0.2, assumption: {{low: 0.1, high: 0.3, reason: "illustrative"}}}}
    ideal: late
    assumption: illustrative
  - party: seller
    issue: penalty_clause
    weight: {{value: 0.2, assumption: {{low: 0.1, high: 0.3, reason: "illustrative"}}}}
    ideal: "no"
    assumption: illustrative

fallbacks:                      # each belligerent's utility of no agreement, in [0, 1]
  - party: buyer
    utility: {{value: 0.3, assumption: {{low: 0.2, high: 0.4, reason: "illustrative: another supplier costs more"}}}}
  - party: seller
    utility: {{value: 0.3, assumption: {{low: 0.2, high: 0.4, reason: "illustrative: another buyer pays less"}}}}

commitment:                     # noise of each side's honour-or-walk choice between phases
  temperature: {{value: 0.05, assumption: {{low: 0.02, high: 0.1, reason: "illustrative"}}}}

phase_templates:                # how the search spreads a package over phases
  - id: single
    title: everything at once
    phases:
      - name: single phase

proposals:                      # packages actually tabled (optional)
  - id: mediator_draft
    title: the mediator's draft
    tabled_by: [mediator]
    phases:
      - name: single phase
        terms: {{price: 55, schedule: on_time, penalty_clause: "yes"}}
    assumption: illustrative proposal

# tracked:                      # optional: what `accord forecast` follows day by day, in your words
#   stocks:                     # held, remains or pool stocks, each delivered by a count issue
#     - {{id: staff, kind: pool, issue: reinstatement, name: dismissed staff, released: staff reinstated}}
#   pause: {{issue: penalty_clause, days: days under the clause}}   # an ordinal or boolean issue
"""


def starting_file(scenario_id: str, title: str | None = None, date: dt.date | None = None) -> str:
    """The commented starting scenario with id ``scenario_id``."""
    if not ID_PATTERN.match(scenario_id):
        raise InputError(
            f"'{scenario_id}' cannot be a scenario id: use lower-case letters, digits, '-' and '_', "
            "e.g. port-wages-2026"
        )
    title = title or scenario_id.replace("-", " ").replace("_", " ").capitalize()
    return TEMPLATE.format(id=scenario_id, title=title, date=(date or dt.date.today()).isoformat())


def write_starting_file(name: str, folder: Path | None = None, force: bool = False) -> Path:
    """Write ``NAME.yaml`` (``NAME`` may end in .yaml) and return its path; never overwrites unless ``force``."""
    path = Path(name) if name.endswith((".yaml", ".yml")) else Path(f"{name}.yaml")
    if folder is not None and not path.is_absolute():
        path = folder / path
    scenario_id = path.name.rsplit(".", 1)[0]
    text = starting_file(scenario_id)
    if path.exists() and not force:
        raise InputError(
            f"{path} already exists; choose another name or pass --force to overwrite it"
        )
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from None
    return path
