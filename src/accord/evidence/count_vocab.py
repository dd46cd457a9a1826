"""The count vocabulary: which nouns name people, which verbs say what happened to them.

Read from ``data/count_nouns.yaml`` (inside the package) once, checked, and
expanded: nouns to their plurals, verbs to their inflected forms, so the rules
look words up without a lemmatizer. Another negotiation extends the file, not
the code.

>>> v = vocabulary()
>>> v.group("abductees"), v.action("freed"), v.action("holding"), v.status("surviving")
('held', 'released', 'held', 'living')
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from accord.errors import EvidenceError
from accord.files import parse

VOCABULARY_FILE = "count_nouns.yaml"
_SECTIONS = (
    "groups",
    "sides",
    "demonyms",
    "actions",
    "event_nouns",
    "action_nouns",
    "status",
    "planned",
    "demanded",
    "other_labels",
    "population",
    "irregular_verbs",
    "plurals",
    "quantities",
    "group_words",
)
# the roles the rules report figures as (count_nouns.yaml, ``quantities``)
QUANTITY_KEYS = (
    "held_taken",
    "held_released",
    "held_rescued",
    "held_living",
    "held_dead",
    "held_killed",
    "remains_returned",
    "jailed_released",
)


def plural(noun: str) -> str:
    """The regular plural of a noun ("family" -> "families", "body" -> "bodies").

    >>> plural("family"), plural("envoy"), plural("battalion")
    ('families', 'envoys', 'battalions')
    """
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def inflections(verb: str) -> set[str]:
    """Regular inflected forms of a verb ("free" -> frees, freed, freeing).

    >>> sorted(inflections("seize"))
    ['seize', 'seized', 'seizes', 'seizing']
    >>> {"kidnapped", "kidnapping"} <= inflections("kidnap")
    True
    """
    out = {verb, plural(verb)}
    if verb.endswith("e"):
        out |= {verb + "d", (verb if verb.endswith("ee") else verb[:-1]) + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        out |= {verb[:-1] + "ied", verb + "ing"}
    else:
        out |= {verb + "ed", verb + "ing"}
        if (
            len(verb) >= 3
            and verb[-1] in "bdglmnprt"
            and verb[-2] in "aeiou"
            and verb[-3] not in "aeiou"
        ):
            # the doubled spelling as well as the plain one: "transferred" beside "offered"
            # (which of the two a verb takes hangs on its stress; the wrong one never occurs)
            out |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return out


@dataclass(frozen=True)
class CountVocabulary:
    """Word -> role tables built from the YAML file."""

    groups: dict[str, str]  # noun form -> held, jailed, remains, people, units
    sides: dict[str, str]  # adjective -> held_side, jailed_side
    demonyms: dict[str, str]  # noun form -> held_side, jailed_side
    actions: dict[str, str]  # verb form -> taken, held, released ...
    action_nouns: dict[str, str]  # noun form -> action
    event_nouns: dict[str, str]  # noun form -> action ("deaths" -> killed)
    statuses: dict[str, str]  # word -> dead, living
    planned_aux: frozenset[str]
    planned_governors: frozenset[str]  # verb forms
    planned_nouns: frozenset[str]
    demanded: frozenset[str]  # verb forms
    other_labels: dict[str, str]
    population: frozenset[str]
    singular: dict[str, str]  # noun form -> singular noun
    quantities: dict[str, str]  # role key (QUANTITY_KEYS) -> quantity id
    group_words: dict[str, str]  # group -> a plain plural noun
    combatant_sides: dict[str, str] = dataclasses.field(default_factory=dict)  # noun -> side
    parties: dict[str, str] = dataclasses.field(default_factory=dict)  # name word -> side
    frames: frozenset[str] = frozenset()  # noun forms that frame a release's parts
    offers: frozenset[str] = frozenset()  # verb forms whose people object is offered
    jails: frozenset[str] = frozenset()  # noun forms of places a state holds people in
    detaining: frozenset[str] = frozenset()  # verb forms that say a state holds the people
    held_states: frozenset[str] = frozenset()  # nouns of being held by the other side
    refusals: frozenset[str] = frozenset()  # verb forms that keep the act under them undone
    proposals: frozenset[str] = frozenset()  # nouns of a tabled package, and verbs of offering

    def group(self, word: str) -> str | None:
        return self.groups.get(word.lower())

    def action(self, word: str) -> str | None:
        return self.actions.get(word.lower())

    def status(self, word: str) -> str | None:
        return self.statuses.get(word.lower())

    def side(self, word: str) -> str | None:
        w = word.lower()
        return self.demonyms.get(w) or self.sides.get(w)

    @property
    def nouns(self) -> frozenset[str]:
        """Every noun form that can be counted (for the parser's sentence selection)."""
        return (
            frozenset(self.groups)
            | frozenset(self.demonyms)
            | self.population
            | frozenset(self.event_nouns)
        )


def _words(data: dict[str, Any], key: str) -> dict[str, list[str]]:
    section = data.get(key)
    if not isinstance(section, dict) or not all(
        isinstance(v, list) and all(isinstance(w, str) for w in v) for v in section.values()
    ):
        raise EvidenceError(f"{VOCABULARY_FILE}: '{key}' must map names to lists of words")
    return section


def build(data: dict[str, Any]) -> CountVocabulary:
    """Check the YAML data and expand it into lookup tables."""
    missing = [s for s in _SECTIONS if s not in data]
    if missing:
        raise EvidenceError(
            f"{VOCABULARY_FILE}: missing section(s) {', '.join(missing)}; "
            "see the file shipped with accord for the shape"
        )
    plurals = {str(k): str(v) for k, v in data["plurals"].items()}
    irregular = {str(k): str(v) for k, v in data["irregular_verbs"].items()}

    def noun_forms(words: list[str]) -> dict[str, str]:
        out = {}
        for w in words:
            out[w] = w
            out[plural(w)] = w
        for form, single in plurals.items():
            if single in words:
                out[form] = single
        return out

    def verb_forms(words: list[str]) -> set[str]:
        out: set[str] = set()
        for w in words:
            out |= inflections(w)
        out |= {form for form, base in irregular.items() if base in words}
        return out

    groups: dict[str, str] = {}
    singular: dict[str, str] = {}
    for name, words in _words(data, "groups").items():
        for form, single in noun_forms(words).items():
            groups.setdefault(form, name)
            singular.setdefault(form, single)
    demonyms = {
        form: side for side, words in _words(data, "demonyms").items() for form in noun_forms(words)
    }
    sides = {w: side for side, words in _words(data, "sides").items() for w in words}
    actions: dict[str, str] = {}
    for name, words in _words(data, "actions").items():
        for form in verb_forms(words):
            actions.setdefault(form, name)
    action_nouns = {
        form: name
        for name, words in _words(data, "action_nouns").items()
        for form in noun_forms(words)
    }
    event_nouns = {
        form: name
        for name, words in _words(data, "event_nouns").items()
        for form in noun_forms(words)
    }
    statuses = {w: name for name, words in _words(data, "status").items() for w in words}
    planned = data["planned"]
    if not isinstance(planned, dict):
        raise EvidenceError(
            f"{VOCABULARY_FILE}: 'planned' must have auxiliaries, governors and nouns"
        )
    quantities = {str(k): str(v) for k, v in (data["quantities"] or {}).items()}
    lacking = [k for k in QUANTITY_KEYS if k not in quantities]
    if lacking:
        raise EvidenceError(
            f"{VOCABULARY_FILE}: 'quantities' lacks {', '.join(lacking)}; "
            "see the file shipped with accord for the shape"
        )
    return CountVocabulary(
        groups=groups,
        sides=sides,
        demonyms=demonyms,
        actions=actions,
        action_nouns=action_nouns,
        event_nouns=event_nouns,
        statuses=statuses,
        planned_aux=frozenset(planned.get("auxiliaries", [])),
        planned_governors=frozenset(verb_forms(planned.get("governors", []))),
        planned_nouns=frozenset(noun_forms(planned.get("nouns", []))),
        demanded=frozenset(verb_forms(data["demanded"])),
        other_labels={str(k): str(v) for k, v in data["other_labels"].items()},
        population=frozenset(noun_forms(data["population"])),
        singular=singular,
        quantities=quantities,
        group_words={str(k): str(v) for k, v in (data["group_words"] or {}).items()},
        combatant_sides={
            form: side
            for side, words in _words(data, "combatant_sides").items()
            for form in noun_forms(words)
        }
        if "combatant_sides" in data
        else {},
        parties={w.lower(): side for side, words in _words(data, "parties").items() for w in words}
        if "parties" in data
        else {},
        frames=frozenset(noun_forms(data.get("frames") or [])),
        offers=frozenset(verb_forms(planned.get("offers", []))),
        jails=frozenset(noun_forms(data.get("jails") or [])),
        detaining=frozenset(verb_forms(data.get("detaining") or [])),
        held_states=frozenset(noun_forms(data.get("held_states") or [])),
        refusals=frozenset(verb_forms(data.get("refusals") or [])),
        proposals=frozenset(noun_forms(planned.get("proposals", [])))
        | frozenset(verb_forms(planned.get("offers", []))),
    )


@lru_cache(maxsize=1)
def vocabulary() -> CountVocabulary:
    """The count vocabulary shipped with accord, loaded and checked once per process."""
    text = (
        resources.files("accord.evidence")
        .joinpath("data", VOCABULARY_FILE)
        .read_text(encoding="utf-8")
    )
    data = parse(text, VOCABULARY_FILE, EvidenceError)
    if not isinstance(data, dict):
        raise EvidenceError(f"{VOCABULARY_FILE}: expected a mapping of sections")
    return build(data)
