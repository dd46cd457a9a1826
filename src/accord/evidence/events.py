"""Events: talks, proposals, releases, operations, threats ..., from the verbs and nouns of a clause.

Each event type has a verb class keyed on lemmas and the nouns formed from those verbs
(``data/verbs.yaml``; CAMEO and PLOVER are the reference vocabulary). A trigger is a token of
the class with the right part of speech (a verb tagged ``VB*``, a noun ``NN*``); verbs too
common alone ("resume", "strike", "return") need a word of their clause ("resume fighting",
"return the bodies"). The clause then decides, from the dependency parse:

- the mode (:mod:`accord.evidence.modes`): a release that is demanded, conditional,
  hypothetical or only planned is a position (a claim), not a happening, and is not logged as
  an event; talks, meetings and truces that are scheduled are (mode ``planned``);
- negation: "did not agree" is a rejection; other negated triggers are no event;
- the agent: "freed by troops" is an operation, not a release;
- a package noun ("proposal") is a proposal event only as the subject of its clause or the
  object of tabling it, not when it is what someone accepts or rejects.

Several triggers of one type in a sentence give one event per place (the place nearest each
trigger): one event per happening when a sentence repeats it. Places come from the
proper-noun runs; dates are resolved against the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex
from accord.evidence.count_vocab import vocabulary
from accord.evidence.dates import find_date_mentions, resolve_relative
from accord.evidence.modes import ASKING, Reading, clause_head, has_marks, read
from accord.evidence.prefilter import Prefiltered
from accord.evidence.speech import quote_spans
from accord.evidence.types import Event, PublicationDate, Span

_NOT_PLACES = {w.lower() for w in vocab.actors().not_places}  # states and parties
# triggers logged when only planned (scheduled talks, a truce expected to begin, a deal to be
# signed); a planned release or strike is a term of a deal or a threat, not a happening
_PLANNED_OK = {name for name, cls in vocab.verbs().events.items() if cls.planned}
# agents that make a release an operation ("freed by troops")
_FORCE_AGENTS = {
    "forces",
    "troops",
    "soldiers",
    "army",
    "military",
    "police",
    "commandos",
    "operation",
    "special",
    "units",
    "unit",
} | {w.lower() for w in vocab.verbs().force_agents}
# words before "talks" that say the talks are not held ("pulled out of talks")
_NOT_HELD = re.compile(
    r"\b(resume|restart|return to|pulled out of|familiar with|breakdown in|"
    r"negotiate with|close to)\W+(\w+\W+){0,2}$",
    re.I,
)
_TABLING = {
    "make",
    "made",
    "submit",
    "submitted",
    "present",
    "presented",
    "table",
    "tabled",
    "send",
    "sent",
    "deliver",
    "delivered",
    "issue",
    "issued",
    "put",
    "unveil",
    "unveiled",
    "provide",
    "provides",
    "include",
    "includes",
    "offer",
    "offers",
    "call",
    "calls",
    "envisage",
    "envisages",
    "propose",
    "proposes",
    "outline",
}
# within one sentence: any character but a sentence-ending full stop (one followed by a
# capitalised word), so abbreviations such as "Oct. 7" and "U.S. proposal" do not cut it
_S = r"(?:[^.]|\.(?!\s+[A-Z]))"
# a verb used as a noun or a modifier ("rescuing the crew is ...", "by launching rockets")
_NOMINAL = {
    "pcomp",
    "pobj",
    "csubj",
    "csubjpass",
    "dobj",
    "nsubj",
    "nsubjpass",
    "appos",
    "compound",
    "amod",
}
# nouns of a release that name a happening: with an ordinal ("the fourth swap"), a day
# ("Monday's releases") or as the subject of their clause ("the handover occurred")
_ORDINALS = {
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "latest",
    "last",
    "final",
}
_MEDIATING = {
    "mediators",
    "mediator",
    "negotiators",
    "delegation",
    "delegations",
    "intelligence",
    "envoy",
    "envoys",
    "negotiating",
}


@dataclass(frozen=True)
class Trigger:
    type: str
    lemma: str
    words: tuple[str, ...]  # lower-case tokens of the form
    noun: bool
    needs: frozenset[str]  # one of these words must be in the clause (empty: none needed)
    topic: bool = False  # ``needs`` names the topic: it may also come earlier in the sentence


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


def _places(sent: Any, index: ActorIndex) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for start, _end, text in index.places:
        if sent.start_char <= start < sent.end_char:
            place = re.sub(r"^the\s+", "", text, flags=re.I)
            if place.lower() not in _NOT_PLACES and place not in [p for _s, p in out]:
                out.append((start, place))
    return out


def _capitals(sent: Any, index: ActorIndex) -> list[tuple[int, str]]:
    """Seats of government named as places of talks ("talks in Paris and Vienna")."""
    out = []
    for m in index.actors_in(sent.start_char, sent.end_char):
        if m.kind == "metonym":
            before = index.text[max(sent.start_char, m.evidence.start - 8) : m.evidence.start]
            if re.search(r"\b(in|and|at|to)\s+$", before):
                out.append((m.evidence.start, m.evidence.text))
    return out


def _parsed(sent: Any) -> bool:
    got = getattr(sent, "parsed", None)
    return got if got is not None else any(t.dep_ != "ROOT" for t in sent)


def _has_needed(needs: frozenset[str], tok: Any, sent: Any, parsed: bool) -> bool:
    """One of ``needs`` is in the trigger's clause or the few words around it."""
    toks = sent.tokens if hasattr(sent, "tokens") else list(sent)
    j = tok.i - sent.start
    if any(t.lower_ in needs for t in toks[max(0, j - 6) : j + 7]):
        return True
    return parsed and not needs.isdisjoint(_clause_words(tok, sent, parsed))


def _clause_words(tok: Any, sent: Any, parsed: bool) -> set[str]:
    """Words of the trigger's clause, and the few around it (a misattached clause keeps them)."""
    lo, hi = max(sent.start, tok.i - 6), min(sent.end, tok.i + 7)
    words = {t.lower_ for t in tok.doc[lo:hi]}
    if parsed:
        head = clause_head(tok)
        words |= {t.lower_ for t in head.subtree}
        words |= {t.lower_ for t in tok.subtree}
    return words


def _stance_verbs() -> frozenset[str]:
    table = vocab.verbs().stance_verbs
    return frozenset(
        f
        for cls in ("agree", "refuse")
        for lemma in table.get(cls, [])
        for f in vocab.verb_forms(lemma)
    )


_TRUCE_TYPES = {name for name, cls in vocab.verbs().events.items() if cls.truce}


def _truce_subject(tok: Any, trig: Trigger) -> bool:
    """A truce starting or ending has the truce as its subject ("the truce ended", "the
    phase of the truce, which ended"): a needed word in the subject, or in the noun a
    relative clause hangs on."""
    if tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False  # "a proposal to end the war": a purpose
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ == "relcl":
        subjects.append(tok.head)
    words = {t.lower_ for s in subjects for t in s.subtree}
    if tok.dep_ == "relcl":
        top = tok.head  # the noun phrase the clause hangs on, up through "between A and B"
        for _ in range(4):
            if top.dep_ not in ("pobj", "prep", "conj", "appos") or top.head.i == top.i:
                break
            top = top.head
        words |= {t.lower_ for t in top.subtree if t.i < tok.i}
    return not trig.needs or not trig.needs.isdisjoint(words) or not subjects


def _doer(tok: Any) -> str | None:
    """The proper-noun subject of a verb trigger ("Ruritania released ..."), lower case."""
    if tok.pos_ not in ("VERB", "AUX", "NOUN", "PROPN"):
        return None
    for c in tok.children:
        if c.dep_ == "nsubj" and c.tag_ in ("NNP", "NNPS"):
            return str(c.lower_)
    return None


def _agent_words(tok: Any) -> set[str]:
    """Words of the agent of a passive trigger ("by troops") or the subject of an active one."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ == "agent":
            out |= {t.lower_ for t in c.subtree}
        elif c.dep_ == "nsubj":
            out |= {t.lower_ for t in c.subtree}
    return out


def _token_at(sent: Any, char: int) -> Any:
    for tok in sent:
        if tok.idx <= char < tok.idx + len(tok.text):
            return tok
    return sent[0]


def _match(toks: list[Any], j: int, trig: Trigger) -> bool:
    """Whether the words of a (multi-word) trigger follow at position ``j`` of ``toks``."""
    n = len(trig.words)
    if n == 1:
        return True
    if j + n > len(toks):
        return False
    return all(toks[j + k].lower_ == trig.words[k] for k in range(1, n))


_STANCE: frozenset[str] = frozenset()
_BE = {"is", "was", "are", "were", "be", "been", "remains", "remain", "'s", "’s"}
_ISSUING = {
    "post",
    "posted",
    "issue",
    "issued",
    "make",
    "made",
    "send",
    "sent",
    "deliver",
    "delivered",
    "give",
    "gave",
    "repeat",
    "repeated",
    "renew",
    "renewed",
    "announce",
    "announced",
    "set",
    "sets",
}
# subjects that are no party to the negotiation (commentators, the reader)
_NON_PARTIES = {
    "observers",
    "analysts",
    "experts",
    "critics",
    "commentators",
    "you",
    "groups",
    "organizations",
    "organisations",
    "agencies",
    "economists",
    "scholars",
    "many",
    "most",
    "some",
    "people",
    "everyone",
    "historians",
    "polls",
}


def _conditional_refusal(sent: Any) -> int | None:
    """A refusal made conditional ("will not allow X until Y", "stall efforts until"): a
    threat (the shared annotation scheme), at the refusing verb's offset."""
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        refusing = any(c.dep_ == "neg" for c in tok.children) or tok.lower_ in _REFUSING
        if not refusing or (tok.dep_ in ("xcomp", "ccomp") and tok.head.lower_ in ASKING):
            continue  # "urged X to halt Y until Z": what others ask for, not a threat
        # the condition may hang on a verb the refusal governs ("will not allow X to begin
        # returning until Y")
        heads = [tok] + [v for v in _governed(tok)]
        for h in heads:
            for c in h.children:
                if c.dep_ == "advcl" and any(
                    g.dep_ == "mark" and g.lower_ in ("until", "unless") for g in c.children
                ):
                    return int(tok.idx)
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "until" and tok.lower_ in _REFUSING:
                return int(tok.idx)
    return None


def _governed(tok: Any, depth: int = 3) -> list[Any]:
    """The verbs of the complements ``tok`` governs (xcomp, ccomp), down ``depth`` levels."""
    out: list[Any] = []
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and depth > 0:
            out += [c, *_governed(c, depth - 1)]
    return out


_REFUSING = {
    "stall",
    "stalls",
    "stalled",
    "suspend",
    "suspends",
    "suspended",
    "halt",
    "halts",
    "halted",
    "refuse",
    "refuses",
    "refused",
    "freeze",
    "froze",
    "postpone",
    "postponed",
    "postpones",
    "delay",
    "delayed",
    "delays",
    "withhold",
    "withheld",
}


_PACKAGES = {
    "deal",
    "agreement",
    "proposal",
    "plan",
    "truce",
    "offer",
    "framework",
    "extension",
    "accord",
} | {w.lower() for w in vocab.verbs().truce_nouns if w != "pause"}


def _title_case(sent: Any) -> bool:
    """A headline in title case ("Leader Vows To Finish The Fight"): tags are unreliable."""
    words = [t.text for t in sent if t.is_alpha and len(t.text) > 3]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def _owned(tok: Any) -> bool:
    """A noun whose owner is named: a possessive ("the envoy's plan"), a proper-noun modifier
    ("a U.S. proposal") or "by" an agent ("a proposal by the envoy")."""
    return any(
        c.dep_ == "poss"
        or (c.dep_ in ("compound", "amod", "nmod") and c.tag_ in ("NNP", "NNPS"))
        or (c.dep_ == "prep" and c.lower_ == "by")
        for c in tok.children
    )


def _noun_word(tok: Any) -> str:
    """A noun with a hyphenated first part the tokenizer split off ("stand-off", "lay-off")."""
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{tok.lower_}"
    return str(tok.lower_)


def _describes_people(tok: Any) -> bool:
    """``tok`` is in a relative clause or participle on a noun of people ("the soldiers who
    fired", "civilians taken during the raid"): a description, not a reported happening."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX"):
            return bool(_PEOPLE_NOUNS.get(t.head.lower_))
        if t.head.i == t.i or t.dep_ in ("ROOT", "ccomp", "advcl", "conj"):
            return False
        t = t.head
    return False


def _background(tok: Any, trig: Trigger) -> bool:
    """Background, not a reported event: a participle describing people ("crew members killed
    in the incident", "civilians seized in the attack"), or talks that are not being held
    ("the talks remain at a standstill")."""
    if (
        not trig.noun
        and trig.type in ("talks", "acceptance")
        and tok.dep_ in ("relcl", "acl")
        and _noun_word(tok.head) in _PACKAGES
    ):
        return True  # "the truce that was negotiated in May": the deal, described
    if not trig.noun and trig.type == "military_operation" and _describes_people(tok):
        return True  # "the soldiers who fired on them": a description of people
    if (
        trig.noun
        and tok.dep_ == "nsubj"
        and (
            any(c.dep_ == "mark" and c.lower_ == "with" for c in tok.head.children)
            or (tok.head.dep_ == "pcomp" and tok.head.head.lower_ == "with")
        )
    ):
        return True  # "with the offensive ongoing, ...": the circumstance of another report
    if not trig.noun and trig.type == "military_operation":
        return (
            tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and not any(c.dep_ == "agent" for c in tok.children)
        )
    if (
        not trig.noun
        and tok.dep_ == "xcomp"
        and tok.head.lower_ in _REFUSING
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    ):
        return True  # "by refusing to hand over ...": a refusal, not the act
    if trig.noun and trig.type == "talks":
        return tok.dep_ in ("nsubj", "pobj") and (
            tok.head.lower_ in _STALLED or tok.head.head.lower_ in _STALLED
        )
    return False


_STALLED = {
    "remain",
    "remains",
    "remained",
    "stalled",
    "stall",
    "stalls",
    "collapsed",
    "faltered",
    "impasse",
    "standstill",
    "deadlock",
    "happened",
}


# nouns of people (count_nouns.yaml): a clause on them describes them
_PEOPLE_NOUNS = {**vocabulary().groups, **vocabulary().demonyms}
_REFUSAL_WORDS = _REFUSING | {"not", "never", "t"}


def _in_nominal_clause(tok: Any) -> bool:
    """Inside a gerund used as a noun ("by launching rockets", "on getting them released")."""
    t = tok
    for _ in range(3):
        if (
            t.tag_ == "VBG"
            and t.dep_ in ("pcomp", "pobj", "csubj", "nsubj", "dobj")
            and not any(c.dep_ == "nsubj" for c in t.children)
        ):  # "with Ruritania accusing" is a clause
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _keep(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    tag = tok.tag_
    if trig.noun:
        if not tag.startswith("NN"):
            return False
    elif not (
        tag.startswith("VB")
        or (
            tag in ("NN", "NNS", "NNP", "NNPS", "JJ")
            and (tok.i == sent.start + 1 or _title_case(sent))
        )
    ):
        return False
    if (
        parsed
        and not trig.noun
        and tok.dep_ in _NOMINAL
        and tok.tag_ in ("VBG", "VBN")
        and not any(c.dep_ == "nsubj" for c in tok.children)
    ):
        return False  # "the proposed truce", "rescuing them is": not a reported happening
    if parsed and trig.noun:
        head = tok.head
        if head.i != tok.i and (head.lower_ in _STANCE or head.lower_ in ASKING):
            return False  # "rejects the threat", "accepts the proposal": the stance is the event
        if head.lower_ in ("of", "for", "to", "on", "over") and head.head.lower_ in ASKING:
            return False  # "calls for talks", "pressed for the release of"
    if trig.type == "release" and trig.noun:
        if not parsed:
            return False
        governor = tok.head.head if tok.head.dep_ == "prep" else tok.head
        if not (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.lower_ not in _BE
            or any(
                c.lower_ in _ORDINALS or c.dep_ == "poss" and c.tag_ == "NNP" for c in tok.children
            )
            or governor.lower_ in ("allow", "allowing", "allowed", "complete", "completed", "saw")
        ):
            return False
    if trig.type == "acceptance" and any(c.lower_ == "you" for c in tok.children):
        return False
    if trig.needs and not _has_needed(trig.needs, tok, sent, parsed):
        before = {t.lower_ for t in tok.doc[sent.start : tok.i]} if trig.topic else set()
        if not trig.needs & before:
            return False
    if parsed and _in_nominal_clause(tok):
        return False
    if parsed and not trig.noun and trig.type in _TRUCE_TYPES and not _truce_subject(tok, trig):
        return False  # "a proposal to end the war", "the month that ends": no truce ends
    if parsed and _background(tok, trig):
        return False
    if (
        trig.type == "acceptance"
        and trig.noun
        and not any(
            c.dep_ == "poss"
            or (
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(g.lower_ in _PACKAGES for g in c.subtree)
            )
            for c in tok.children
        )
    ):
        return False  # "acceptance of the proposal", "the council's approval", not of site terms
    if (
        parsed
        and not trig.noun
        and trig.type in ("acceptance", "rejection", "threat")
        and any(c.dep_ == "nsubj" and c.lower_ in _NON_PARTIES for c in tok.children)
    ):
        return False  # "observers agree", "aid groups warn": not a party's act
    if (
        trig.type == "threat"
        and trig.noun
        and not (
            not parsed
            or tok.head.lower_ in _ISSUING
            or any(
                c.dep_ in ("poss", "compound")
                and c.tag_ in ("NNP", "PRP$")
                or c.dep_ == "prep"
                and c.lower_ in ("from", "by")
                for c in tok.children
            )
        )
    ):
        return False  # a threat made by someone, not "the threat to civilians"
    if trig.type == "proposal" and trig.noun:
        if not parsed:
            return False
        if (
            (tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lower_ in _BE)
            and tok.head.lower_ not in _TABLING
            and not _owned(tok)
        ):
            return False  # "the proposals were far-reaching": a description, not a tabling
    if (
        trig.type == "talks"
        and trig.noun
        and _NOT_HELD.search(sent.doc_text[sent.start_char : tok.idx])
    ):
        return False
    return True


def extract_events(
    sents: list[Any], index: ActorIndex, name: str, published: PublicationDate
) -> list[Event]:
    """Events of a parsed document: one per type and place per sentence."""
    pub = date.fromisoformat(published.date) if published.date else None
    global _STANCE
    if not _STANCE:
        _STANCE = _stance_verbs()
    table = triggers()
    first = trigger_words()
    phrases = patterns()
    out: list[Event] = []
    for sent in sents:
        low = sent.text.casefold()
        found: list[tuple[str, str, int]] = []  # (type, mode, char offset)
        for etype, pat in phrases:
            m = pat.search(sent.text, low)
            if m and not any(f[0] == etype for f in found):
                tok = _token_at(sent, sent.start_char + m.start())
                last = _token_at(sent, sent.start_char + m.end() - 1)
                if etype == "military_operation" and _parsed(sent) and _describes_people(last):
                    continue
                reading = read(tok, sent.start, has_marks(sent))
                if reading.mode in ("actual", "planned"):
                    found.append((etype, reading.mode, sent.start_char + m.start()))
        if not found and sent.words.isdisjoint(first):
            continue
        parsed = _parsed(sent)
        quoted = [
            (sent.start_char + a, sent.start_char + b)
            for a, b in quote_spans(sent.text)
            if len(sent.text[a:b].split()) > 5
        ]
        toks = list(sent)
        j = 0
        while j < len(toks):
            tok = toks[j]
            step = 1
            if quoted and any(a <= tok.idx < b for a, b in quoted):
                j += 1
                continue  # words of a quotation: what a source says, not a reported event
            for trig in table.get(tok.lower_, ()):
                if not _match(toks, j, trig) or not _keep(tok, trig, sent, parsed):
                    continue
                reading = read(tok, sent.start, has_marks(sent))
                etype = trig.type
                if reading.negated:
                    if etype != "acceptance":
                        break
                    etype = "rejection"
                if reading.mode == "conditional" and etype == "threat":
                    reading = Reading("actual", reading.negated)  # "warned of X if Y"
                if reading.mode not in ("actual", "planned"):
                    break
                if reading.mode == "planned" and etype not in _PLANNED_OK:
                    break
                if etype == "release" and parsed and _agent_words(tok) & _FORCE_AGENTS:
                    etype = "military_operation"
                if etype == "meeting" and _MEDIATING & _clause_words(tok, sent, parsed):
                    etype = "talks"
                found.append((etype, reading.mode, tok.idx))
                step = len(trig.words)
                break
            j += step
        if (
            parsed
            and not any(f[0] in ("threat", "rejection") for f in found)
            and not sent.words.isdisjoint(_REFUSAL_WORDS)
        ):
            at = _conditional_refusal(sent)
            if at is not None:
                found.append(("threat", "actual", at))
        if not found:
            continue
        actors = list(
            dict.fromkeys(m.actor for m in index.actors_in(sent.start_char, sent.end_char))
        )
        places = _places(sent, index)
        if any(f[0] == "talks" for f in found):
            places = sorted(places + _capitals(sent, index))
        when, when_text = None, None
        for dm in find_date_mentions(sent.text):
            if pub is not None:
                d = resolve_relative(dm.text, pub, dm.future)
                if d is not None:
                    when, when_text = d.isoformat(), dm.text
                    break
            else:
                when_text = dm.text
                break
        span = Span(name, sent.start_char, sent.end_char, sent.text)
        seen: set[tuple[str, str | None, str | None]] = set()
        for etype, mode, at in found:
            near = min(places, key=lambda p: abs(p[0] - at))[1] if places else None
            # talks held in several cities: one event per city
            locs = [p for _s, p in places] if etype == "talks" and len(places) > 1 else [near]
            doer = _doer(_token_at(sent, at)) if parsed else None
            for loc in locs:
                # one event per type and place, and per doer when the sentence names several
                # ("X released A and Y freed B": two happenings)
                if (etype, loc, doer) in seen or (
                    doer is None and any(k[:2] == (etype, loc) for k in seen)
                ):
                    continue
                if doer is not None and (etype, loc, None) in seen:
                    continue
                seen.add((etype, loc, doer))
                out.append(Event(etype, when, when_text, loc, actors, span, mode))
    return out
