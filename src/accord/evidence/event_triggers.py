"""Event triggers: the verb and noun forms of each event class of ``data/verbs.yaml``.

A trigger is a word form (inflected from the class's lemmas, irregular forms from the file)
with the words its clause must hold when it is too common alone ("resume" fighting), and the
phrase patterns no single trigger carries. Used by :mod:`accord.evidence.events` and by the
parse selection (:func:`may_have_event`: only sentences that can hold an event are parsed).

>>> "released" in trigger_words() and may_have_event(frozenset({"released", "two"}))
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.prefilter import PatternSet, Prefiltered

# within one sentence: any character but a sentence-ending full stop (one followed by a
# capitalised word), so abbreviations such as "Oct. 7" and "U.S. proposal" do not cut it
_S = r"(?:[^.]|\.(?!\s+[A-Z]))"


@dataclass(frozen=True)
class Trigger:
    type: str
    lemma: str
    words: tuple[str, ...]  # lower-case tokens of the form
    noun: bool
    needs: frozenset[str]  # one of these words must be in the clause (empty: none needed)
    topic: bool = False  # ``needs`` names the topic: it may also come earlier in the sentence
    stage: bool = False  # a stage verb: kept only with the subject of its class (event_stages)


@lru_cache(maxsize=1)
def triggers() -> dict[str, list[Trigger]]:
    """Trigger forms by their first word, longest first (built from ``data/verbs.yaml``)."""
    table: dict[str, list[Trigger]] = {}
    for etype, cls in vocab.verbs().events.items():
        common = frozenset(w.lower() for w in cls.needs)

        def add(
            lemma: str,
            forms: set[str],
            noun: bool,
            etype: str = etype,
            cls: Any = cls,
            common: frozenset[str] = common,
        ) -> None:
            own = frozenset(w.lower() for w in cls.needs_for.get(lemma, []))
            for form in forms:
                words = tuple(form.split())
                table.setdefault(words[0], []).append(
                    Trigger(etype, lemma, words, noun, own or common, not own and bool(common))
                )

        for lemma in cls.verbs:
            add(lemma, vocab.verb_forms(lemma), False)
        for lemma in cls.stages:
            for form in vocab.verb_forms(lemma):
                words = tuple(form.split())
                table.setdefault(words[0], []).append(
                    Trigger(etype, lemma, words, False, frozenset(), stage=True)
                )
        for lemma in cls.nouns:
            add(lemma, vocab.noun_forms(lemma) if " " not in lemma else {lemma.lower()}, True)
        for lemma, objects in cls.objects_make.items():
            needs = frozenset(o.lower() for o in objects)
            for form in vocab.verb_forms(lemma):
                words = tuple(form.split())
                table.setdefault(words[0], []).append(Trigger(etype, lemma, words, False, needs))
    for found in table.values():
        found.sort(key=lambda t: len(t.words), reverse=True)
    return table


@lru_cache(maxsize=1)
def patterns() -> list[tuple[str, Prefiltered]]:
    """(event type, compiled phrase pattern) from the classes' ``patterns``."""
    return [
        (etype, Prefiltered(re.compile(p.replace("[^.]", _S), re.I)))
        for etype, cls in vocab.verbs().events.items()
        for p in cls.patterns
    ]


@lru_cache(maxsize=1)
def pattern_set() -> PatternSet:
    """The phrase patterns of :func:`patterns`, checked together."""
    return PatternSet([p for _etype, p in patterns()])


@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    return frozenset(triggers())


@lru_cache(maxsize=1)
def _needs_by_word() -> dict[str, frozenset[str] | None]:
    """For each first word of a trigger: the words one of which its sentence must hold
    (``None``: a trigger needing none)."""
    out: dict[str, frozenset[str] | None] = {}
    for word, trigs in triggers().items():
        needs: set[str] = set()
        for t in trigs:
            if not t.needs:
                out[word] = None
                break
            needs |= t.needs
        else:
            out[word] = frozenset(needs)
    return out


def may_have_event(words: frozenset[str]) -> bool:
    """Whether a sentence (its lower-case words) can hold an event trigger: a trigger word
    whose needed words, if any, are in the sentence too. Cheap; decides what gets parsed."""
    needs = _needs_by_word()
    for w in words & trigger_words():
        got = needs[w]
        if got is None or not got.isdisjoint(words):
            return True
    return False
