"""Actor mentions: names, titles, metonyms, descriptions and people, resolved to actor ids.

People are resolved through the gazetteer of officials; anyone else takes the
actor their description in the same sentence names ("a representative for
the union", "the mother of an abductee ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from accord.evidence import vocab
from accord.evidence.columns import columns
from accord.evidence.gazetteer import METONYMS, Gazetteer, Official
from accord.evidence.names import proper_names
from accord.evidence.types import Mention, Span

# words near a person that make them speak for an actor ("the mother of an abductee"): actors.yaml
AFFILIATION_CUES = [
    (re.compile(e.affiliation, re.I), actor)
    for actor, e in vocab.actors().actors.items()
    if e.affiliation
]
_ROLE = (
    r"(spokes\w*|officials?|representative|leader|member|minister|envoy|negotiator|"
    r"commander|adviser|advisor|ambassador|chief|head|president|aide|source)"
)
TITLE_WORDS = re.compile(
    r"\b(Prime Minister|Defense Minister|Defence Minister|Foreign Minister|President|Secretary|"
    r"Sheikh|Lt\. Gen\.|Maj\. Gen\.|Gen\.|Rear Admiral|Admiral|Mr\.|Mrs\.|Ms\.|Dr\.|Chief of "
    r"Staff|FM|PM)\s+$"
)


# a party's adjective and a title right before a name ("Ruritanian Foreign Minister X")
MEDIA = frozenset(vocab.verbs().reporting.channel_names)  # "Al Jazeera" is no person
_PARTY_ADJECTIVES = {
    adj: actor
    for actor, e in vocab.actors().actors.items()
    for adj in e.adjectives
    if adj[:1].isupper() and not adj.endswith(("s", "’s", "'s"))
}
_PARTY_TITLE = re.compile(
    rf"(?<![\w-])({'|'.join(sorted(map(re.escape, _PARTY_ADJECTIVES), key=len, reverse=True))})"
    rf"\s+((?:(?:[A-Z][a-z]+\.?|senior|top|chief|{_ROLE})\s+){{1,3}})$"  # "Ruritanian envoy"
)


@dataclass
class Person:
    name: str
    actor: str | None
    official: Official | None = None
    female: bool = False


@dataclass
class ActorIndex:
    """All actor and person mentions of one document, for lookups by position."""

    text: str
    mentions: list[Mention] = field(default_factory=list)
    people: list[tuple[int, int, Person]] = field(default_factory=list)
    places: list[tuple[int, int, str]] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    published: str | None = None  # ISO publication date, when known (for officials' terms)
    home: str | None = None  # the party of the outlet's country ("the foreign ministry": its)

    def holder_of_title(self, actor: str, role: str) -> Official | None:
        """The official of ``actor`` whose title ends in ``role`` ("president") and whose term
        covers the publication date; none when the date is unknown or no term fits, so a title
        is never given to someone before they took office or after they left."""
        if not self.published:
            return None
        day = self.published[:10]
        fits = [
            o
            for o in self.officials
            if o.actor == actor
            and o.title
            and o.title.lower().split()[-1] == role
            and o.start is not None
            and o.start <= day
            and (o.end is None or day <= o.end)
        ]
        exact = [o for o in fits if o.title.lower() == role]  # "president", not vice president
        fits = exact or fits
        return fits[0] if len(fits) == 1 else None

    # the mentions' start offsets, for :meth:`actors_in`: (the list they were read from, its
    # length, the starts), or None when the mentions are not in order of start
    _starts: tuple[list[Mention], int, list[int] | None] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def actors_in(self, start: int, end: int) -> list[Mention]:
        """The mentions that lie within ``start``..``end``, in order.

        :func:`find_mentions` sorts the mentions by start, so the scan starts at the first one
        at ``start`` and stops after ``end`` (the rules ask once per clause and speaker).
        """
        mentions = self.mentions
        if (
            self._starts is None
            or self._starts[0] is not mentions
            or self._starts[1] != len(mentions)
        ):
            starts = [m.evidence.start for m in mentions]
            self._starts = (mentions, len(mentions), starts if starts == sorted(starts) else None)
        starts_or_none = self._starts[2]
        if starts_or_none is None:
            return [m for m in mentions if start <= m.evidence.start and m.evidence.end <= end]
        out = []
        for i in range(bisect_left(starts_or_none, start), len(mentions)):
            m = mentions[i]
            if m.evidence.start > end:
                break
            if m.evidence.end <= end:
                out.append(m)
        return out

    def people_in(self, start: int, end: int) -> list[tuple[int, int, Person]]:
        return [p for p in self.people if start <= p[0] and p[1] <= end]

    def last_person_before(self, pos: int, female: bool | None = None) -> Person | None:
        best = None
        for s, _e, person in self.people:
            if s >= pos:
                break
            if female is None or person.female == female or not female:
                best = person
        if female and best is not None and not best.female:
            # no gender known for most names: fall back on the latest person
            candidates = [p for s, _e, p in self.people if s < pos and p.female]
            if candidates:
                return candidates[-1]
        return best


def _affiliation(sentence: str, name: str, gaz: Gazetteer) -> str | None:
    """The actor a person speaks for, from the words around their name."""
    for cue, actor in AFFILIATION_CUES:
        if cue.search(sentence):
            return actor
    idx = sentence.find(name)
    titled = _PARTY_TITLE.search(sentence[max(0, idx - 60) : max(0, idx)]) if idx >= 0 else None
    if titled:
        return _PARTY_ADJECTIVES[titled.group(1)]  # "Ruritanian President Anna Varga"
    window = sentence[max(0, idx - 80) : idx + len(name) + 80]
    for pattern, actor, _kind in gaz.actor_pattern():
        for m in pattern.finditer(window):
            between = window[min(m.end(), idx if idx < 80 else 80) :]
            pre = window[max(0, m.start() - 40) : m.start()]
            if re.search(rf"\b{_ROLE}\s+(for|of|from|with|in)\s+(the\s+)?$", pre, re.I):
                return actor
            if re.match(rf"^[’'s]*\s*{_ROLE}\b", window[m.end() :], re.I) or re.match(
                rf"^(’s|'s)\s+(\w+\s+){{0,2}}{_ROLE}", window[m.end() :], re.I
            ):
                return actor
            del between
    return None


def _bare(surname: str) -> str:
    """A surname without its article ("al-Varga" and "Varga" are one name)."""
    return re.sub(r"^(al|el)-", "", surname.lower())


def _sentence_bounds(doc: Any) -> list[tuple[int, int]]:
    ranges = doc.user_data.get("accord_sents")  # set by nlp.parse_selected
    if ranges is not None:  # as ``doc[s:e].start_char, doc[s:e].end_char``, from the arrays
        cols = columns(doc)
        return [(cols.idx[s], cols.end[e - 1]) for s, e in ranges]
    return [(sent.start_char, sent.end_char) for sent in doc.sents]


_OF_AFTER = re.compile(r"\s+of\s+(the\s+)?")
_STATE_WORDS = frozenset(
    {"republic", "state", "kingdom", "emirate", "sultanate", "federation", "principality"}
)


def find_mentions(
    text: str, doc: Any, name: str, gaz: Gazetteer, tokens: list[Any] | None = None
) -> ActorIndex:
    """Actor and person mentions in ``text`` (``doc`` is its tagged and parsed spaCy Doc;
    ``tokens``: ``list(doc)``, when at hand)."""
    taken = bytearray(len(text) + 1)
    index = ActorIndex(text, officials=list(gaz.officials))
    known: dict[str, Person] = {}

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    def claim(s: int, e: int) -> None:
        taken[s:e] = b"\x01" * (e - s)

    # officials first, so a minister named like the state is a person
    officials = gaz.official_pattern()
    for m in officials.pattern.finditer(text):
        if free(m.start(), m.end()):
            off = officials.who[m.group(0)]
            claim(m.start(), m.end())
            official = known.setdefault(off.name, Person(off.name, off.actor, off))
            index.people.append((m.start(), m.end(), official))
            index.mentions.append(
                Mention(off.actor, Span(name, m.start(), m.end(), m.group(0)), "person")
            )
    # other people from the tagger's proper names, affiliated by their description
    bounds = _sentence_bounds(doc)
    k = 0
    actor_names = gaz.combined_actor_pattern()
    for found in proper_names(doc if tokens is None else tokens):
        if found.kind == "place":
            index.places.append((found.start, found.end, found.text))
            continue
        if found.kind == "organisation" or not free(found.start, found.end) or found.text in MEDIA:
            continue
        full = found.text
        if actor_names.pattern.search(full):
            continue  # an actor's own name ("Ruritanian Defence Forces"), matched below
        after = _OF_AFTER.match(text, found.end)
        if (
            after is not None
            and _STATE_WORDS & set(full.lower().split())
            and actor_names.pattern.match(text, after.end())
        ):
            continue  # a state's formal name ("the Arab Republic of Ruritania"): no person
        while k + 1 < len(bounds) and bounds[k][1] <= found.start:
            k += 1
        sent_text = text[bounds[k][0] : bounds[k][1]] if bounds else text
        last = full.split()[-1]
        if found.kind == "name":
            # a surname named before ("Al-Varga" opening a sentence is "al-Varga")
            person = known.get(full) or next(
                (p for key, p in known.items() if _bare(key.split()[-1]) == _bare(full)), None
            )
            if person is None:
                continue
        else:
            person = known.get(full) or next(
                (
                    p
                    for key, p in known.items()
                    if key.split()[-1].lower() == last.lower() and key != full
                ),
                None,
            )
            if person is None:
                actor = _affiliation(sent_text, full, gaz)
                pre = text[max(0, found.start - 12) : found.start]
                female = bool(
                    re.search(r"\b(Mrs\.|Ms\.|mother|wife|daughter|sister)\s*$", pre)
                    or re.search(r"\b(mother|wife|daughter|sister)\b", sent_text[:200])
                )
                person = Person(full, actor, None, female)
                known[full] = person
                known.setdefault(last, person)
        claim(found.start, found.end)
        index.people.append((found.start, found.end, person))
        if person.actor:
            index.mentions.append(
                Mention(
                    person.actor,
                    Span(name, found.start, found.end, text[found.start : found.end]),
                    "person",
                )
            )
    # names, titles, metonyms and descriptions of actors
    for m in actor_names.pattern.finditer(text):
        if free(m.start(), m.end()):
            actor, kind = actor_names.who[m.lastgroup or ""]
            claim(m.start(), m.end())
            if m.group(0) in METONYMS:
                kind = "metonym"
            index.mentions.append(Mention(actor, Span(name, m.start(), m.end(), m.group(0)), kind))
    for s, e, actor in _head_nouns(text, index.mentions):
        if free(s, e):
            claim(s, e)
            index.mentions.append(Mention(actor, Span(name, s, e, text[s:e]), "name"))
    index.people.sort(key=lambda p: p[0])
    index.mentions.sort(key=lambda m: m.evidence.start)
    return index


def _head_nouns(text: str, mentions: list[Mention]) -> list[tuple[int, int, str]]:
    """A body named in full, then by its capitalised head noun with "the" ("the Ruritanian
    Farmers' Forum ... the Forum said"): the later mentions, with the body's actor. A head
    noun two actors' names share names neither."""
    heads: dict[str, tuple[str, int]] = {}
    shared: set[str] = set()
    for m in mentions:
        words = m.evidence.text.split()
        if m.kind in ("person", "metonym") or len(words) < 2 or not words[-1][:1].isupper():
            continue
        head = words[-1]
        if head in heads and heads[head][0] != m.actor:
            shared.add(head)
        heads.setdefault(head, (m.actor, m.evidence.end))
    out = []
    for head, (actor, after) in heads.items():
        if head in shared or not head.isalpha():
            continue
        for hm in re.finditer(rf"\b[Tt]he {re.escape(head)}\b", text[after:]):
            out.append((after + hm.start() + 4, after + hm.end(), actor))
    return out
