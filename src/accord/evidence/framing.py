"""Framing by outlet: which words each outlet uses for the same people, groups and acts.

Outlets describe the same people in different words ("abductees" / "captured",
"militants" / "fighters" / "terrorists", "war" / "aggression"). This module
counts those words per outlet (or per month) from a vocabulary of groups kept
in a data file (``data/framing.yaml``), and tells for each occurrence whether
it is in the outlet's own voice or inside a quotation or reported speech. It
attributes; it never picks a word: each group carries a neutral label.

>>> vocab = FramingVocabulary.model_validate({"version": 1, "groups": [
...     {"id": "held", "label": "people held", "terms": ["abductees", "detained"],
...      "default_terms": ["abductees"]},
...     {"id": "jailed", "label": "people jailed", "terms": ["inmates", "detained"],
...      "default_terms": ["inmates"], "markers": ["northern"]}]})
>>> [(u.group, u.term, u.voice) for u in find_terms(
...     'Two abductees and 30 northern detained were freed. "The abductees are home," she said.',
...     vocab)]
[('held', 'abductees', 'own'), ('jailed', 'detained', 'own'), ('held', 'abductees', 'quoted')]
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from accord.errors import EvidenceError
from accord.files import read_model

Voice = Literal["own", "quoted", "reported"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“A-Z0-9])|\n{2,}")
_QUOTE = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


class FramingGroup(BaseModel):
    """People, a group or an act, and the words sources use for it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str = Field(min_length=1, description="accord's own, neutral words for the group")
    terms: list[str] = Field(min_length=1)
    default_terms: list[str] = Field(default_factory=list)
    markers: list[str] = Field(default_factory=list)
    not_followed_by: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _defaults_are_terms(self) -> FramingGroup:
        extra = sorted({t.lower() for t in self.default_terms} - {t.lower() for t in self.terms})
        if extra:
            raise ValueError(f"default_terms not among terms: {', '.join(extra)}")
        return self


class FramingVocabulary(BaseModel):
    """The groups, the reporting cues and the marker window, as in ``data/framing.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    window: int = Field(4, ge=0, le=20)
    reporting_cues: list[str] = Field(default_factory=list)
    groups: list[FramingGroup] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> FramingVocabulary:
        ids = [g.id for g in self.groups]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise ValueError(f"duplicate group ids: {', '.join(dup)}")
        return self


@dataclass(frozen=True)
class TermUse:
    """One occurrence of a framing term: where, which group, in whose voice."""

    group: str
    term: str
    start: int
    end: int
    voice: Voice


@dataclass
class OutletFraming:
    """What one outlet (or one month) says: term counts per group, voices, parties reported."""

    key: str
    documents: int = 0
    sentences: int = 0
    attributed_sentences: int = 0
    terms: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    own_voice: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    examples: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    claims_by_actor: Counter[str] = field(default_factory=Counter)

    def to_dict(self, labels: dict[str, str]) -> dict[str, Any]:
        groups = []
        for gid in sorted(self.terms):
            terms = [
                {
                    "term": t,
                    "count": n,
                    "own_voice": self.own_voice[gid][t],
                    "example": self.examples[(gid, t)],
                }
                for t, n in self.terms[gid].most_common()
            ]
            groups.append({"group": gid, "label": labels.get(gid, gid), "terms": terms})
        total_claims = sum(self.claims_by_actor.values())
        return {
            "key": self.key,
            "documents": self.documents,
            "sentences": self.sentences,
            "attributed_share": (
                self.attributed_sentences / self.sentences if self.sentences else None
            ),
            "groups": groups,
            "claims_by_actor": [
                {"actor": a, "claims": n, "share": n / total_claims}
                for a, n in self.claims_by_actor.most_common()
            ],
        }


def load_vocabulary(path: str | Path | None = None) -> FramingVocabulary:
    """The framing vocabulary from ``path``, or the one shipped with accord.

    >>> len(load_vocabulary().groups) >= 4
    True
    """
    if path is None:
        text = resources.files("accord.evidence").joinpath("data/framing.yaml").read_text("utf-8")
        name = "accord/evidence/data/framing.yaml"
        return read_model(FramingVocabulary, text=text, name=name, error=EvidenceError)
    return read_model(FramingVocabulary, path, what="the framing vocabulary", error=EvidenceError)


def _matcher(vocab: FramingVocabulary) -> tuple[re.Pattern[str], dict[str, list[FramingGroup]]]:
    return _compiled(vocab.model_dump_json())


@lru_cache(maxsize=8)
def _compiled(vocab_json: str) -> tuple[re.Pattern[str], dict[str, list[FramingGroup]]]:
    vocab = FramingVocabulary.model_validate_json(vocab_json)
    by_term: dict[str, list[FramingGroup]] = defaultdict(list)
    for g in vocab.groups:
        for t in g.terms:
            by_term[t.lower()].append(g)
    # longest terms first, so "occupation forces" wins over "forces"
    alternatives = sorted(by_term, key=len, reverse=True)
    pattern = r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in alternatives) + r")(?![\w-])"
    return re.compile(pattern, re.IGNORECASE), dict(by_term)


def _resolve(term: str, groups: list[FramingGroup], before: list[str]) -> FramingGroup | None:
    if len(groups) == 1:
        return groups[0]
    marked = [g for g in groups if any(m in before for m in g.markers)]
    if len(marked) == 1:
        return marked[0]
    default = [g for g in groups if term in (d.lower() for d in g.default_terms)]
    return default[0] if len(default) == 1 else None


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start() + len(m.group(0).rstrip())))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _reported(sentence: str, cues: list[str]) -> bool:
    outside = _QUOTE.sub(" ", sentence).lower()
    return any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", outside) for c in cues)


def find_terms(text: str, vocab: FramingVocabulary) -> list[TermUse]:
    """Every framing term in ``text`` with its group and voice (own, quoted or reported)."""
    pattern, by_term = _matcher(vocab)
    quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    sentences = _sentences(text)
    reported = [_reported(text[s:e], vocab.reporting_cues) for s, e in sentences]
    uses: list[TermUse] = []
    for m in pattern.finditer(text):
        term = m.group(0).lower()
        k = next((i for i, (s, e) in enumerate(sentences) if s <= m.start() < e), None)
        start = sentences[k][0] if k is not None else 0
        # markers are looked for in the same sentence only
        before = [w.lower() for w in _WORD.findall(text[max(start, m.start() - 60) : m.start()])]
        group = _resolve(term, by_term[term], before[-vocab.window :] if vocab.window else [])
        if group is None:
            continue
        after = _WORD.match(text, m.end() + 1) if m.end() + 1 < len(text) else None
        if after and text[m.end()] == " " and after.group(0).lower() in group.not_followed_by:
            continue
        if any(s <= m.start() < e for s, e in quotes):
            voice: Voice = "quoted"
        else:
            voice = "reported" if k is not None and reported[k] else "own"
        uses.append(TermUse(group.id, term, m.start(), m.end(), voice))
    return uses


def framing_by(
    documents: list[Any],
    vocab: FramingVocabulary,
    by: str = "outlet",
    claims: dict[str, list[str]] | None = None,
) -> list[dict[str, Any]]:
    """Per outlet (``by="outlet"``) or per month (``by="month"``), the terms each uses.

    ``documents`` are :class:`accord.evidence.types.Document`; ``claims`` maps a
    document name to the actors of the claims extracted from it. Documents with
    no outlet are grouped under their source (``"(no outlet: name)"``); with no
    date, under ``"undated"``.
    """
    if by not in ("outlet", "month"):
        raise EvidenceError(f"--by must be 'outlet' or 'month', not {by!r}")
    labels = {g.id: g.label for g in vocab.groups}
    rows: dict[str, OutletFraming] = {}
    for doc in documents:
        if by == "outlet":
            key = doc.outlet or f"(no outlet: {doc.name})"
        else:
            key = (doc.published or "")[:7] or "undated"
        row = rows.setdefault(key, OutletFraming(key))
        row.documents += 1
        sentences = _sentences(doc.text)
        row.sentences += len(sentences)
        row.attributed_sentences += sum(
            1
            for s, e in sentences
            if _QUOTE.search(doc.text[s:e]) or _reported(doc.text[s:e], vocab.reporting_cues)
        )
        for use in find_terms(doc.text, vocab):
            row.terms[use.group][use.term] += 1
            if use.voice == "own":
                row.own_voice[use.group][use.term] += 1
            row.examples.setdefault(
                (use.group, use.term),
                {
                    "doc": doc.name,
                    "start": use.start,
                    "end": use.end,
                    "text": doc.text[use.start : use.end],
                    "voice": use.voice,
                    "published": doc.published,
                    "url": doc.url,
                },
            )
        row.claims_by_actor.update((claims or {}).get(doc.name, []))
    return [rows[k].to_dict(labels) for k in sorted(rows)]
