"""Repairs of the parse around asides and adverbs, applied by
:func:`accord.evidence.parse_repairs.repair`:

- A report set off by commas inside the clause it reports ("The group, an official said, had
  rejected the plan") is often given the clause's subject as a second subject of its own; the
  first subject, closed by a comma, is the subject of the verb the aside hangs on.
- "No longer" ("would no longer accept X") has "no" on "longer"; it negates the verb.
"""

from __future__ import annotations

from typing import Any

from accord.evidence import vocab

SAYING = frozenset(f for lemma in vocab.verbs().reporting.verbs for f in vocab.verb_forms(lemma))


def no_longer(neg: Any) -> None:
    """ "would no longer accept X": "no" hangs on "longer", but it negates the verb."""
    if neg.lower_ == "no" and neg.head.lower_ == "longer" and neg.head.dep_ == "advmod":
        neg.head = neg.head.head


def subject_taken_by_aside(verb: Any) -> None:
    """ "The group, an official said, had rejected the plan": a verb of saying set off by commas
    (a parenthetical) with two subjects, the first closed by a comma; the first is the subject
    of the clause the aside hangs on, when that verb has none."""
    if verb.lower_ not in SAYING or verb.head.i == verb.i or verb.head.i < verb.i:
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) < 2:
        return
    first, main = subjects[0], verb.head
    edge = first.right_edge
    closed = edge.text == "," or (edge.i + 1 < len(edge.doc) and edge.doc[edge.i + 1].text == ",")
    if closed and not any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children):
        first.head = main
