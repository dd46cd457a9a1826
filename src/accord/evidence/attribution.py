"""The words and records of attribution (PARC): nouns that name an unnamed source, an office or a
statement, how an actor is named as a speaker, and what one sentence's attribution
(:class:`Attribution`) and a document's earlier sentences (:class:`Memory`) hold.

:mod:`accord.evidence.sources` resolves a source phrase with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import Person
from accord.evidence.count_vocab import vocabulary

# people named by their nationality ("the Ruritanians say"): count_nouns.yaml's demonyms
DEMONYMS = "|".join(
    sorted((re.escape(f) for f in vocabulary().demonyms if f.endswith("s")), key=len)[::-1]
)
_REPORTING = vocab.verbs().reporting
# nouns that name a source without naming a person ("a union representative", "Ruritanian
# officials", "sources briefed on the talks"): the description is the speaker
UNNAMED = {
    "official",
    "officials",
    "source",
    "sources",
    "representative",
    "representatives",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "negotiator",
    "negotiators",
    "diplomat",
    "diplomats",
    "aide",
    "aides",
    "mediator",
    "mediators",
    "member",
    "members",
    "leader",
    "leaders",
    "delegation",
    "team",  # "X's negotiating team said": a party's unit as written, like a delegation
    "envoy",
    "minister",
    "commander",
    "person",
    "people",
    "statement",
    "insider",
    "insiders",
}
# a unit speaking for a person or a party ("the Prime Minister's office said", "its foreign
# ministry said")
OFFICE = {
    "office",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "aides",
    "aide",
    "bureau",
    "camp",
    "team",
    "ministry",
}
# bodies of a party that speak for it ("the armed wing of X said"): data/verbs.yaml
UNITS = frozenset(u.lower() for u in _REPORTING.units)
OFFICE |= UNITS
STATEMENT = {n.lower() for n in _REPORTING.nouns} | {
    "statement",
    "announcement",
    "communique",
    "communiqué",
    "declaration",
    "remarks",
    "comments",
    "report",
    "letter",
    "post",
}
STATEMENT -= {"spokesman", "spokesperson", "spokeswoman"}
CHANNEL_NAMES = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(sorted((re.escape(n) for n in _REPORTING.channel_names), key=len, reverse=True))
    + r")$"
)
CHANNEL_NOUNS = frozenset(_REPORTING.channel_nouns)
PRONOUNS = {"he": False, "she": True, "him": False, "her": True}
PLURAL_PRONOUNS = {"they", "them"}
# how an actor is named as a speaker: the first of its names (actors.yaml)
ACTOR_NAME = {k: e.names[0] for k, e in vocab.actors().actors.items() if e.names}


def home_party(outlet: str | None) -> str | None:
    """The state an outlet's name places it in ("The Ruritanian Gazette", "Daily Star
    (Ruritania)"): a national paper names its own government's bodies without the country ("the
    Ministry of Foreign Affairs announced"). ``None`` unless exactly one state is named."""
    if not outlet:
        return None
    found = {
        actor
        for actor, e in vocab.actors().actors.items()
        # states: parties with a nationality adjective that is not one of their names
        if any(
            a[:1].isupper() and a not in e.names and "’" not in a and "'" not in a
            for a in e.adjectives
        )
        and any(
            re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", outlet)
            for w in (*e.names, *e.adjectives)
            if w[:1].isupper()
        )
    }
    return found.pop() if len(found) == 1 else None


@dataclass
class Attribution:
    """Who speaks in a sentence: a person, an actor as a whole, or an unnamed source."""

    speaker: str | None
    actor: str | None
    description: str | None = None
    verb_index: int | None = None  # token index of the reporting verb
    content: tuple[int, int] | None = None  # character span of what is reported (PARC content)
    actors: tuple[
        str, ...
    ] = ()  # every actor of a coordinated source ("the US, Borduria and Syldavia")
    carried: bool = False  # no cue of its own: the report of a sentence before carries on
    inner: tuple[Attribution, ...] = ()  # the sentence's other reports, inside this one


@dataclass
class Memory:
    """What earlier sentences of a document said about sources, for references back."""

    descriptions: dict[str, Attribution] = field(default_factory=dict)  # head noun -> source
    statement: Attribution | None = None  # the source of the last statement
    person: Person | None = None  # the last person who was a source
    units: dict[str, Attribution] = field(default_factory=dict)  # "office" -> X's office
    sent_start: int = 0  # where the sentence being read starts (character)
    issued: tuple[int, Attribution] | None = None  # where a source last issued a statement
    sentence: int = 0  # the number of the sentence being read
    # the source-like subject of the sentence before ("a union official met X on Monday"): what
    # its number, the source, and "one" (a person described), "many" or "unit" (an office, a
    # party)
    subject: tuple[int, Attribution, str] | None = None
    many: Attribution | None = None  # the last unnamed sources described in the plural
    quoted: tuple[Attribution, ...] = ()  # the reports inside the last sentence's quotations

    def subject_of(self, kinds: tuple[str, ...]) -> Attribution | None:
        """The subject of the sentence before, when of one of ``kinds``: what a pronoun of
        this sentence ("he said", "it said") most likely names."""
        if self.subject is None or self.subject[0] != self.sentence - 1:
            return None
        return replace(self.subject[1]) if self.subject[2] in kinds else None

    def issue(self, att: Attribution, at: int) -> None:
        """ "X said in a statement", "X issued a statement": X's is the statement referred back
        to ("the statement added"), and the "it" of the sentences that follow."""
        self.statement = replace(att, verb_index=None, content=None, inner=())
        self.issued = (at, self.statement)

    def remember(self, att: Attribution, head: str, statement: bool) -> None:
        if att.description or (att.speaker and att.speaker != att.description):
            if head in UNNAMED and head not in STATEMENT:
                words = (att.speaker or att.description or "").split()
                if head not in self.descriptions or len(words) > 1:
                    # "the officials": those last described (a bare "officials say" in a
                    # headline describes no one the text names more fully after it)
                    self.descriptions[head] = replace(att, verb_index=None, content=None)
                if head.endswith("s") and head != "members":
                    self.many = replace(att, verb_index=None, content=None, inner=())
        if statement or att.speaker or att.actor:
            self.statement = replace(att, verb_index=None, content=None)


def trimmed(name: str | None) -> str | None:
    """A speaker without the punctuation a headline's, live blog's or list lead-in's layout
    leaves around a source ("Ruritanian official:", "officials involved:")."""
    return (name or "").strip(" :;,–—-|") or None


def person_name(name: str) -> str:
    """A person's name as a speaker: Arabic article particles inside a name in lower case
    ("Abdel Fattah Al-Sisi" -> "Abdel Fattah al-Sisi"), as news style guides write them, and
    without a courtesy title ("Mr Varga" -> "Varga")."""
    name = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+(?=[A-Z])", "", name)
    return re.sub(r"(?<=\s)(Al|El)-(?=[A-Z])", lambda m: m.group(1).lower() + "-", name)


def contiguous(tokens: list[Any]) -> list[Any]:
    """The unbroken run of a phrase's words around its head: a parse may hang words that follow
    the verb on the subject ("Its officials say they are ready ..., a full pull-back" with the
    pull-back in apposition to "officials"), and those are not the source's words."""
    toks = sorted(tokens, key=lambda t: t.i)
    if len(toks) < 2 or toks[-1].i - toks[0].i + 1 == len(toks):
        return _hyphen_joined(tokens)
    ids = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[0])
    lo = hi = head.i
    while lo - 1 in ids:
        lo -= 1
    while hi + 1 in ids:
        hi += 1
    return _hyphen_joined([t for t in toks if lo <= t.i <= hi])


def _hyphen_joined(tokens: list[Any]) -> list[Any]:
    """The phrase with the rest of a hyphenated name it stops inside ("Ann Vale-Moor" parsed
    as "Vale" with "-" and "Moor" hung elsewhere): the name is one word in print."""
    if not tokens:
        return tokens
    last = max(tokens, key=lambda t: t.i)
    doc, out = last.doc, list(tokens)
    while (
        last.i + 2 < len(doc)
        and not last.whitespace_
        and doc[last.i + 1].text == "-"
        and not doc[last.i + 1].whitespace_
        and doc[last.i + 2].is_title
        and last.is_title
    ):
        out += [doc[last.i + 1], doc[last.i + 2]]
        last = doc[last.i + 2]
    return out
