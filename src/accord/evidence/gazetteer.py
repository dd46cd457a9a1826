"""Public actors and officials: the names, titles, metonyms and descriptions news uses.

The gazetteer maps surface forms to the actor ids of the shared vocabulary
(as listed in ``data/actors.yaml``). It is public knowledge, not tied to any
one article, and can be extended from a scenario's parties (any object with
``.id`` and ``.aliases``) with :meth:`Gazetteer.extend`.

Officials carry their term in office, so a title such as "Defense Minister
Anna Varga" also bounds when a text can have been written.

>>> g = Gazetteer.default()
>>> first = g.officials[0]
>>> g.official(first.name).actor == first.actor
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from accord.evidence import vocab
from accord.evidence.prefilter import guarded

_ACTORS = vocab.actors()  # data/actors.yaml, validated
# Surface forms per actor. Case-sensitive; "the ..." descriptions are matched case-insensitively
# at the start of a word. Adjectives (Ruritanian, Bordurian) count only before an institution noun.
ACTOR_NAMES: dict[str, list[str]] = {a: list(e.names) for a, e in _ACTORS.actors.items()}
ADJECTIVES: dict[str, list[str]] = {
    a: list(e.adjectives) for a, e in _ACTORS.actors.items() if e.adjectives
}
INSTITUTIONS = tuple(_ACTORS.institutions)
# Descriptions news uses instead of a name: regular expressions, matched case-insensitively.
DESCRIPTIONS: dict[str, list[str]] = {
    a: list(e.descriptions) for a, e in _ACTORS.actors.items() if e.descriptions
}
# capitals and seats of government that stand for their state ("Paris says")
METONYMS = frozenset(m for e in _ACTORS.actors.values() for m in e.metonyms)


@dataclass(frozen=True)
class Combined:
    """One compiled alternation of many surface forms; ``who`` maps each group to its owner."""

    pattern: re.Pattern[str]
    who: dict[str, Any]


@dataclass(frozen=True)
class Official:
    """A public figure who speaks for an actor, with the term of the title news gives them."""

    name: str
    actor: str
    title: str = ""
    start: str | None = None  # ISO dates of the term the title refers to
    end: str | None = None
    aliases: tuple[str, ...] = ()


def _iso(d: Any) -> str | None:
    return d.isoformat() if d is not None else None


OFFICIALS: list[Official] = [
    Official(o.name, o.actor, o.title, _iso(o.start), _iso(o.end), tuple(o.aliases))
    for o in _ACTORS.officials
]


@dataclass(frozen=True)
class Milestone:
    """A dated public milestone of the negotiation and the war, of one event type.

        Texts refer to these without dating them ("the truce ended Friday", "dismissed the
        latest warning from the US president"). The table is the public chronology of the
        the flagship case's negotiations (as in wire-service and encyclopaedia
        timelines), written for its own sake and not from any article's wording; like the
        officials' terms above, it is knowledge of the flagship negotiation, to be replaced for
        another one. A text reports a milestone when one sentence has a cue of its ``kind``
        (``dates.KIND_CUES``), a word of its own ``cue`` when it has one, and one of its
        ``actors`` (by name, title or official) or its ``place``. Dates are local days where
        the event happened. Only
    ``one_off`` milestones (and truces starting or ending) bound a text's date from below:
    talks in a city, warnings or rescues recur, and the table does not list every one.
    """

    date: str
    kind: str  # an event type of the shared vocabulary
    what: str
    actors: tuple[str, ...] = ()
    cue: str | None = None  # a regular expression of the words that single it out
    one_off: bool = False  # happened once: any text reporting it was written after it
    place: str | None = None  # a regular expression of where it happened: names it with its cue


MILESTONES: list[Milestone] = [
    Milestone(m.date.isoformat(), m.kind, m.what, tuple(m.actors), m.cue, m.one_off, m.place)
    for m in vocab.milestones().milestones
]


def trie_regex(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, shaped as a trie, longest match preferred.

    >>> p = re.compile(trie_regex(["US", "U.S.", "USA"]))
    >>> [p.match(w).group(0) for w in ["USA", "U.S.", "US"]]
    ['USA', 'U.S.', 'US']
    """
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_DEFAULT: Gazetteer | None = None


def _opening(forms: list[str]) -> list[str]:
    """Names with their capitalised form when one opens a sentence ("the families" -> "The
    families")."""
    out = list(forms)
    for f in forms:
        if f[:1].islower() and f[:1].upper() + f[1:] not in out:
            out.append(f[:1].upper() + f[1:])
    return out


@dataclass
class Gazetteer:
    """Surface forms → actor ids, plus officials with their terms."""

    names: dict[str, list[str]] = field(default_factory=dict)
    officials: list[Official] = field(default_factory=list)
    _compiled: Any = None
    _combined: Any = None
    _officials: Any = None
    _acronyms: frozenset[str] | None = None

    @classmethod
    def default(cls) -> Gazetteer:
        """A new gazetteer of the built-in actors and officials (extend it freely)."""
        return cls({k: list(v) for k, v in ACTOR_NAMES.items()}, list(OFFICIALS))

    @classmethod
    def shared(cls) -> Gazetteer:
        """The built-in gazetteer, compiled once per process (do not extend it)."""
        global _DEFAULT
        if _DEFAULT is None:
            _DEFAULT = cls.default()
        return _DEFAULT

    def extend(self, parties: Iterable[Any]) -> Gazetteer:
        """Add each party's id and aliases (objects with ``.id`` and ``.aliases``)."""
        for party in parties:
            forms = self.names.setdefault(str(party.id), [])
            for alias in [getattr(party, "name", None), *(getattr(party, "aliases", None) or [])]:
                if alias and alias not in forms:
                    forms.append(str(alias))
        self._compiled = None
        self._combined = None
        self._officials = None
        self._acronyms = None
        return self

    def acronyms(self) -> frozenset[str]:
        """The names written in capitals ("UN"): kept so when a headline in capitals is read."""
        if self._acronyms is None:
            forms = [f for fs in self.names.values() for f in fs]
            forms += [a for off in self.officials for a in off.aliases]
            self._acronyms = frozenset(
                w for f in forms for w in re.findall(r"[\w'’]+", f) if len(w) > 1 and w.isupper()
            )
        return self._acronyms

    def official(self, name: str) -> Official | None:
        """The official a (full, last or alias) name refers to, if any."""
        low = name.lower().strip()
        for off in self.officials:
            forms = [off.name, *off.aliases]
            if any(low == f.lower() for f in forms):
                return off
        for off in self.officials:
            if low == off.name.split()[-1].lower():
                return off
        return None

    def actor_pattern(self) -> list[tuple[re.Pattern[str], str, str]]:
        """Compiled (pattern, actor, kind) triples, longest forms first."""
        if self._compiled is None:
            items: list[tuple[str, str, str]] = []
            for actor, forms in self.names.items():
                items += [(re.escape(f), actor, "name") for f in _opening(forms)]
            for actor, adjs in ADJECTIVES.items():
                inst = "|".join(INSTITUTIONS)
                for adj in adjs:
                    items.append((rf"{re.escape(adj)}(?: \w+)? (?i:{inst})\b", actor, "title"))
            for actor, descs in DESCRIPTIONS.items():
                items += [(f"(?i:{d})", actor, "description") for d in descs]
            items.sort(key=lambda t: len(t[0]), reverse=True)
            self._compiled = [(re.compile(rf"(?<![\w-]){p}(?![\w-])"), a, k) for p, a, k in items]
        return self._compiled

    def combined_actor_pattern(self) -> Combined:
        """All actor forms of :meth:`actor_pattern` in one regex (one scan of the text).

        Literal names are merged per actor into a trie-shaped alternation, which fails fast on
        the first character; descriptions and adjective phrases come first, so the longer
        phrase wins ("US officials" over "US").
        """
        if self._combined is None:
            parts, who = [], {}
            groups: list[tuple[str, str, str]] = []
            for actor, descs in DESCRIPTIONS.items():
                groups += [(f"(?i:{d})", actor, "description") for d in descs]
            inst = "|".join(INSTITUTIONS)
            for actor, adjs in ADJECTIVES.items():
                groups.append((rf"{trie_regex(adjs)}(?: \w+)? (?i:{inst})\b", actor, "title"))
            for actor, forms in self.names.items():
                groups.append((trie_regex(_opening(forms)), actor, "name"))
            for k, (pat, actor, kind) in enumerate(groups):
                parts.append(f"(?P<a{k}>{pat})")
                who[f"a{k}"] = (actor, kind)
            pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])")
            self._combined = Combined(guarded(pattern), who)  # same matches, found faster
        return self._combined

    def official_pattern(self) -> Combined:
        """Every official's full name, aliases and surname in one trie-shaped regex.

        ``who`` maps each matched form to its official (the longest form wins).
        """
        if self._officials is None:
            who: dict[str, Any] = {}
            for off in self.officials:
                for form in (off.name, *off.aliases, off.name.split()[-1]):
                    who.setdefault(form, off)
                    if form[:1].islower():
                        # a surname with its article opening a sentence ("Al-Hayya said")
                        who.setdefault(form[:1].upper() + form[1:], off)
            pattern = re.compile(rf"(?<![\w-]){trie_regex(who)}(?![\w-])")
            self._officials = Combined(guarded(pattern), who)
        return self._officials
