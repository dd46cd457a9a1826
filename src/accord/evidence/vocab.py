"""The extractor's knowledge, loaded from versioned YAML files in ``accord/evidence/data``.

``actors.yaml`` (actors' names, adjectives, descriptions, metonyms, officials with their
terms), ``lexicon.yaml`` (issues, who delivers each, values, stance cue words),
``verbs.yaml`` (event verb classes, reporting cues, stance verb classes) and
``milestones.yaml`` (dated public milestones) are read once and validated with pydantic:
a malformed file stops with an :class:`accord.errors.EvidenceError` naming the file and the
field. ``ACCORD_EVIDENCE_DATA`` names another folder holding any of these files (for another
negotiation); files it lacks come from the package.

>>> sorted(verb_forms("release"))
['release', 'released', 'releases', 'releasing']
>>> "struck" in verb_forms("strike")
True
"""

from __future__ import annotations

import os
import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from accord.errors import EvidenceError
from accord.files import parse, read_text, validate

DATA = Path(__file__).parent / "data"
SCHEMA_VERSION = 1


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc}): {value!r}") from None
    return value


class ActorEntry(_Strict):
    names: list[str] = Field(default_factory=list)
    adjectives: list[str] = Field(default_factory=list)
    descriptions: list[str] = Field(default_factory=list)  # regular expressions
    metonyms: list[str] = Field(default_factory=list)
    affiliation: str | None = None  # a regex: words near a person that make them speak for it
    # names of a body of the party that speaks as itself (an organisation for a collective):
    # the body, as named, is the speaker of what it states
    bodies: list[str] = Field(default_factory=list)

    _check = field_validator("descriptions")(lambda v: [_regex(x) for x in v])


class OfficialEntry(_Strict):
    name: str
    actor: str
    title: str = ""
    start: date | None = None
    end: date | None = None
    aliases: list[str] = Field(default_factory=list)


class ActorsFile(_Strict):
    version: int
    actors: dict[str, ActorEntry]
    institutions: list[str]
    groups: dict[str, list[str]] = Field(default_factory=dict)  # "mediators": [actors]
    not_places: list[str] = Field(default_factory=list)  # never an event's place
    # nouns of armed force ("warplane"): a party's adjective on one names the doer of an event
    instruments: list[str] = Field(default_factory=list)
    officials: list[OfficialEntry] = Field(default_factory=list)
    # named holders of no party of the vocabulary (other states, international bodies, other
    # factions): a position they state is held by ``unattributed``
    outsiders: list[str] = Field(default_factory=list)


class IssuePattern(_Strict):
    pattern: str
    stance: str | None = None
    value: str | None = None

    _check = field_validator("pattern")(_regex)


class ValuePattern(_Strict):
    pattern: str
    value: str

    _check = field_validator("pattern")(_regex)


class IssueEntry(_Strict):
    delivered_by: str | None = None
    mutual: bool = False  # every party of an agreement accepts it (a truce)
    patterns: list[IssuePattern]
    values: list[ValuePattern] = Field(default_factory=list)


STANCES = ("demand", "offer", "accept", "reject", "condition", "threat")


class PatientIssue(_Strict):
    nouns: list[str] = Field(default_factory=list)
    adjectives: list[str] = Field(default_factory=list)


class Patients(_Strict):
    verbs: list[str]
    nouns: list[str] = Field(default_factory=list)
    # verbs whose object, when it is a release issue's own noun, asks for that release
    wanted: list[str] = Field(default_factory=list)
    issues: dict[str, PatientIssue]
    people: list[str] = Field(default_factory=list)


class LexiconFile(_Strict):
    version: int
    issues: dict[str, IssueEntry]
    stances: dict[str, list[str]]
    patients: Patients | None = None
    package_issue: str | None = None
    # the issue a party's deal stands for when it is not the package issue (its one concern)
    package_issue_of: dict[str, str] = Field(default_factory=dict)
    # the issue of the dead of an issue's people ("bring the fallen home": their bodies)
    dead_issue_of: dict[str, str] = Field(default_factory=dict)
    # the issue of people wanted home, by their group (``count_nouns.yaml`` groups): asked for
    # by any party that does not deliver it ("bring all our abductees home")
    home_issue_of_group: dict[str, str] = Field(default_factory=dict)
    guarantee_issue: str | None = None  # what mediators committing to a deal's course take on

    @field_validator("stances")
    @classmethod
    def _stances(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for stance, pats in v.items():
            if stance not in STANCES:
                raise ValueError(f"unknown stance {stance!r} (one of {', '.join(STANCES)})")
            for p in pats:
                _regex(p)
        return v

    @model_validator(mode="after")
    def _package_issues(self) -> LexiconFile:
        for actor, issue in self.package_issue_of.items():
            if issue not in self.issues:
                raise ValueError(f"package_issue_of.{actor}: unknown issue {issue!r}")
        for group, issue in self.home_issue_of_group.items():
            if issue not in self.issues:
                raise ValueError(f"home_issue_of_group.{group}: unknown issue {issue!r}")
        for living, dead in self.dead_issue_of.items():
            for issue in (living, dead):
                if issue not in self.issues:
                    raise ValueError(f"dead_issue_of.{living}: unknown issue {issue!r}")
        return self


class EventClass(_Strict):
    verbs: list[str] = Field(default_factory=list)
    nouns: list[str] = Field(default_factory=list)
    needs: list[str] = Field(default_factory=list)  # one of these words must be in the clause
    needs_for: dict[str, list[str]] = Field(default_factory=dict)  # per trigger
    objects_make: dict[str, list[str]] = Field(default_factory=dict)  # verb: object nouns
    # verbs of ``objects_make`` whose noun must be their own object, not any word of the
    # clause ("announced the agreement", not "announced that X proposed a truce"); the
    # meeting class's verbs always are
    object_only: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)  # phrases no single trigger carries
    # logged when only planned (scheduled talks, a truce to begin); ``dated``: only when the
    # plan's own clause names its day ("to be freed on Saturday"), not a package's terms
    # ("would be freed over six weeks")
    planned: bool | Literal["dated"] = False
    truce: Literal["start", "end"] | None = None  # a truce starting or ending
    # verbs of a stage of the happening, kept only with its subject ("buses carrying the
    # inmates arrived": :mod:`accord.evidence.event_stages`)
    stages: list[str] = Field(default_factory=list)
    # verbs whose act is a charge only when a source states it ("X violated the truce"): the
    # text's own narration of it is no party's event (:mod:`accord.evidence.event_roles`)
    reported_only: list[str] = Field(default_factory=list)
    # verbs whose infinitive of purpose is the event under way ("travelled to X to negotiate")
    carried_by: list[str] = Field(default_factory=list)
    # verbs of naming: an event only with what they name and, after it, one of the words of
    # ``needs_for`` saying what it is called ("called the raid a massacre")
    # (:mod:`accord.evidence.event_naming`)
    naming: list[str] = Field(default_factory=list)
    # per trigger lemma: objects that give it another sense ("released a statement": a text
    # put out, no one freed)
    other_sense: dict[str, list[str]] = Field(default_factory=dict)

    _check = field_validator("patterns")(lambda v: [_regex(x) for x in v])


class Reporting(_Strict):
    verbs: list[str]
    nouns: list[str] = Field(default_factory=list)
    according_to: list[str] = Field(default_factory=list)
    needs_clause: list[str] = Field(default_factory=list)  # report only with a clause or quote
    addressee: list[str] = Field(default_factory=list)  # their object is whom they address
    relays: list[str] = Field(default_factory=list)  # their object is the source relayed
    channel_names: list[str] = Field(default_factory=list)  # media: the channel, not the source
    channel_nouns: list[str] = Field(default_factory=list)
    units: list[str] = Field(default_factory=list)  # a party's bodies that speak for it
    position_nouns: list[str] = Field(default_factory=list)  # "X's position is that ..."
    # phrasal verbs that report when they close their clause ("..., he went on.")
    phrasal: list[str] = Field(default_factory=list)
    # verbs that report only with a statement as their subject ("the statement read: ...")
    of_texts: list[str] = Field(default_factory=list)
    # texts a source may be "according to" ("a copy of the reply"): a document, whose giver
    # ("shared by X") is the source when one is named
    documents: list[str] = Field(default_factory=list)
    # the participles that make their agent a document's giver ("shared by X"); seeing one
    # ("seen by X") gives it to no one
    document_givers: list[str] = Field(default_factory=list)


class VerbsFile(_Strict):
    version: int
    events: dict[str, EventClass]
    reporting: Reporting
    stance_verbs: dict[str, list[str]]
    deal_nouns: list[str]
    package_nouns: list[str]
    seek_nouns: list[str] = Field(default_factory=list)
    seek_adjectives: list[str] = Field(default_factory=list)
    # package nouns that also name an outlet ("the paper reported"): a source there, no package
    outlet_nouns: list[str] = Field(default_factory=list)
    # words binding a subject to an act ("X is required to return ..."): the act is its term
    obliged: list[str] = Field(default_factory=list)
    # modifiers that make a noun of seeking aim at the deal itself ("mediation efforts")
    deal_seeking: list[str] = Field(default_factory=list)
    # adjectives saying a deal can be had ("a deal is possible if ..."): with a condition, the
    # condition of whoever says so
    possible_deal: list[str] = Field(default_factory=list)
    answer_nouns: list[str] = Field(default_factory=list)  # a reply to a package
    answer_accepting: list[str] = Field(default_factory=list)  # a reply that accepts
    drafting_verbs: list[str] = Field(default_factory=list)  # a package drawn up
    custody_verbs: list[str] = Field(default_factory=list)  # people kept where they are
    stopping_nouns: list[str] = Field(default_factory=list)  # "an end to X": X is to stop
    stopping_verbs: list[str] = Field(default_factory=list)  # "stop X": X is to stop
    talks_bodies: list[str] = Field(default_factory=list)  # "the negotiations team"
    talks_topics: list[str] = Field(default_factory=list)  # "writes on negotiations"
    counter_nouns: list[str] = Field(default_factory=list)  # a party's package in answer
    gap_nouns: list[str] = Field(default_factory=list)  # what parties must close to reach a deal
    talk_venues: list[str] = Field(default_factory=list)
    truce_nouns: list[str] = Field(default_factory=list)
    force_agents: list[str] = Field(default_factory=list)
    omission_nouns: list[str] = Field(default_factory=list)
    # what a party says it needs before it can deliver ("needs time and heavy equipment to
    # reach the remains"): its condition on the delivery (evidence/means.py)
    means_nouns: list[str] = Field(default_factory=list)
    irregular: dict[str, list[str]] = Field(default_factory=dict)
    # a word and the other spellings news gives it: a hyphenated one, or one with spaces
    spellings: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("spellings")
    @classmethod
    def _one_word_each(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for word, forms in value.items():
            for form in forms:
                if form.replace("-", "").replace(" ", "") != word.replace("-", ""):
                    raise ValueError(f"{form!r} is no spelling of {word!r}")
        return value


class MilestoneEntry(_Strict):
    date: date
    kind: str
    what: str
    actors: list[str] = Field(default_factory=list)
    cue: str | None = None
    one_off: bool = False
    # where it happened (a regular expression): a sentence naming the place with the cue
    # need not name a party ("four rescued in <place>")
    place: str | None = None

    _check = field_validator("cue", "place")(lambda v: _regex(v) if v else v)


class MilestonesFile(_Strict):
    version: int
    milestones: list[MilestoneEntry]
    # (optional) nouns of a state that began with the first milestone, so that "after N days
    # in <noun>" counts days from it (``date_elapsed``)
    since_start: list[str] = Field(default_factory=list)


def _path(name: str) -> Path:
    extra = os.environ.get("ACCORD_EVIDENCE_DATA")
    if extra and (Path(extra) / name).is_file():
        return Path(extra) / name
    return DATA / name


def load(name: str, model: type[BaseModel]) -> Any:
    """Read and validate one data file; errors name the file and the field."""
    path = _path(name)
    raw = parse(read_text(path, "the vocabulary file", EvidenceError), str(path), EvidenceError)
    if not isinstance(raw, dict):
        raise EvidenceError(f"{path}: expected a mapping with 'version' at the top")
    if raw.get("version") != SCHEMA_VERSION:
        raise EvidenceError(
            f"{path}: version {raw.get('version')!r} is not supported "
            f"(this accord reads version {SCHEMA_VERSION})"
        )
    return validate(model, raw, str(path), EvidenceError, "; fix the file")


@lru_cache(maxsize=1)
def actors() -> ActorsFile:
    data: ActorsFile = load("actors.yaml", ActorsFile)
    for group, members in data.groups.items():
        for m in members:
            if m not in data.actors:
                raise EvidenceError(
                    f"{_path('actors.yaml')}: group {group!r} names unknown "
                    f"actor {m!r}; add it under 'actors'"
                )
    for off in data.officials:
        if off.actor not in data.actors:
            raise EvidenceError(
                f"{_path('actors.yaml')}: official {off.name!r} speaks for "
                f"unknown actor {off.actor!r}; add it under 'actors'"
            )
    return data


@lru_cache(maxsize=1)
def lexicon() -> LexiconFile:
    return load("lexicon.yaml", LexiconFile)  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def verbs() -> VerbsFile:
    return load("verbs.yaml", VerbsFile)  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def hyphenated() -> frozenset[str]:
    """The hyphenated words of the verb classes and noun lists ("stand-off"): the tokenizer
    keeps each as one token, as the rules compare whole words."""
    v = verbs()
    words = [*v.deal_nouns, *v.package_nouns, *v.seek_nouns, *v.truce_nouns]
    for ev in v.events.values():
        words += [*ev.verbs, *ev.nouns, *ev.needs, *(w for ws in ev.needs_for.values() for w in ws)]
    words += [f.replace(" ", "-") for forms in v.spellings.values() for f in forms]
    return frozenset(w for w in words if "-" in w and " " not in w)


@lru_cache(maxsize=1)
def spelled() -> dict[str, str]:
    """Each hyphenated spelling of a word (``spellings`` in ``data/verbs.yaml``; a spelling with
    spaces is read hyphenated) and the word it spells: the tagger reads the word for it."""
    return {
        f.replace(" ", "-"): word
        for word, forms in verbs().spellings.items()
        for f in forms
        if f.replace(" ", "-") != word
    }


@lru_cache(maxsize=1)
def spaced() -> frozenset[str]:
    """The spellings of ``data/verbs.yaml`` written with spaces: the reading copy writes them
    with hyphens, the spelling the rules read (the same length)."""
    return frozenset(f for forms in verbs().spellings.values() for f in forms if " " in f)


@lru_cache(maxsize=1)
def milestones() -> MilestonesFile:
    return load("milestones.yaml", MilestonesFile)  # type: ignore[no-any-return]


_VOWELS = "aeiou"


def _inflect(word: str) -> list[str]:
    """Regular English forms of a verb: 3rd person, past, present participle."""
    if word.endswith("e"):
        past, ing = word + "d", word[:-1] + "ing"
    elif word.endswith("y") and word[-2:-1] not in _VOWELS:
        past, ing = word[:-1] + "ied", word + "ing"
    elif (
        len(word) <= 4
        and len(word) >= 3
        and word[-1] not in _VOWELS + "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    ):
        past, ing = word + word[-1] + "ed", word + word[-1] + "ing"  # stop, stopped
    else:
        past, ing = word + "ed", word + "ing"
    doubled: list[str] = []
    if (
        len(word) > 4
        and word[-1] in "bdglmnprt"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    ):
        # the doubled spelling as well: "submitted", "transferred", "controlled" (it hangs on
        # the stress, so "offered" keeps its plain one; the wrong spelling never occurs)
        doubled = [word + word[-1] + "ed", word + word[-1] + "ing"]
    if word.endswith(("s", "sh", "ch", "x", "z")):
        third = word + "es"
    elif word.endswith("y") and word[-2:-1] not in _VOWELS:
        third = word[:-1] + "ies"
    else:
        third = word + "s"
    return [word, third, past, ing, *doubled]


def verb_forms(lemma: str) -> set[str]:
    """The word forms of a (possibly multi-word) verb lemma, lower case."""
    irregular = verbs().irregular
    head, _, rest = lemma.lower().partition(" ")
    forms = {f"{f} {rest}".strip() for f in _inflect(head)}
    if rest:  # a phrase takes its head verb's irregular forms ("came home" of "come home")
        forms |= {f"{f.lower()} {rest}" for f in irregular.get(head, [])}
    return forms | {f.lower() for f in irregular.get(lemma, [])}


def stance_forms(cls: str) -> frozenset[str]:
    """Every word form of the verbs of a ``stance_verbs`` class of ``data/verbs.yaml`` ("seek",
    "deny", "receive" ...), lower case; empty for a class the file does not declare."""
    return frozenset(f for lemma in verbs().stance_verbs.get(cls, []) for f in verb_forms(lemma))


def noun_forms(noun: str) -> set[str]:
    """A noun and its plural, lower case."""
    low = noun.lower()
    plural = low + ("es" if low.endswith(("s", "sh", "ch", "x")) else "s")
    return {low, plural}
