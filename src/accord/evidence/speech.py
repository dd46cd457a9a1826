"""Direct and indirect speech: quoted spans, who said them, and whom they speak for.

Direct quotes are found by their quotation marks, including a quote carried
over several paragraphs (each reopening with “ and no closing ” before the
paragraph ends). Indirect speech is a sentence whose reporting verb ("said",
"told", "insisted", ...) has a subject: a named person (resolved through the
gazetteer or their description), a pronoun (the last person named), an actor
("the union said"), or an unnamed source, kept as ``unattributed`` with the words
the article uses ("a foreign diplomat").

>>> [text[s:e] for text in ["He said: “We will not budge.”"] for s, e in quote_spans(text)]
['“We will not budge.”']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex, Person
from accord.evidence.count_vocab import vocabulary
from accord.evidence.types import Quote, Span

# people named by their nationality ("the Ruritanians say"): count_nouns.yaml's demonyms
_DEMONYMS = "|".join(
    sorted((re.escape(f) for f in vocabulary().demonyms if f.endswith("s")), key=len)[::-1]
)


def _reporting_forms() -> frozenset[str]:
    """Word forms of the reporting verbs of ``data/verbs.yaml``, and "according" (to)."""
    v = vocab.verbs().reporting
    forms = {f for lemma in v.verbs for f in vocab.verb_forms(lemma)}
    forms |= {phrase.split()[0].lower() for phrase in v.according_to}
    return frozenset(forms)


REPORTING = _reporting_forms()
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
    "envoy",
    "minister",
    "commander",
    "person",
    "people",
    "statement",
    "insider",
    "insiders",
}
# an office speaking for a person ("the Prime Minister's office said")
_OFFICE = {
    "office",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "aides",
    "aide",
    "bureau",
    "camp",
    "team",
}
_STATEMENT = {
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
_PRONOUNS = {"he": False, "she": True, "him": False, "her": True}
_PLURAL_PRONOUNS = {"they", "them"}


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


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations (marks included), joined across paragraphs."""
    if "“" not in text and '"' not in text and "‘" not in text:
        return []  # most sentences: nothing to scan for
    return list(_quote_spans(text))


@lru_cache(maxsize=4096)
def _quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "“" or (ch == '"' and (i == 0 or not text[i - 1].isalnum())):
            close = "”" if ch == "“" else '"'
            j = i + 1
            while j < n:
                if text[j] == close:
                    break
                if text.startswith("\n\n", j) or (
                    text[j] == "\n" and j + 1 < n and text[j + 1] in '“"'
                ):
                    k = j
                    while k < n and text[k] in "\n \t":
                        k += 1
                    if k < n and text[k] == ch:  # the quote carries on in the next paragraph
                        j = k + 1
                        continue
                    j -= 1
                    break
                j += 1
            end = min(j + 1, n)
            if end - i > 2:
                spans.append((i, end))
            i = end
            continue
        i += 1
    for m in re.finditer(r"(?<![\w’'])‘[^‘\n]{2,300}?’(?![\w])", text):
        if not any(s <= m.start() < e for s, e in spans):
            spans.append((m.start(), m.end()))
    return tuple(sorted(spans))


def person_name(name: str) -> str:
    """A person's name as a speaker: Arabic article particles inside a name in lower case
    ("Abdel Fattah Al-Sisi" -> "Abdel Fattah al-Sisi"), as news style guides write them."""
    return re.sub(r"(?<=\s)(Al|El)-(?=[A-Z])", lambda m: m.group(1).lower() + "-", name)


def _phrase_text(tokens: list[Any], index: ActorIndex) -> str:
    """The words of a subject phrase, without a trailing clause set off by a comma."""
    toks = sorted(tokens, key=lambda t: t.i)
    out: list[Any] = []
    for t in toks:
        if t.text in (",", "—", "(") and out:
            break
        out.append(t)
    start, end = out[0].idx, out[-1].idx + len(out[-1].text)
    return index.text[start:end].strip(" ,")


_ROLES = {
    "leader",
    "president",
    "minister",
    "premier",
    "chief",
    "envoy",
    "king",
    "emir",
    "secretary",
    "spokesman",
    "spokesperson",
    "commander",
    "negotiator",
}


def _resolve_subject(tokens: list[Any], index: ActorIndex, sent_start: int) -> Attribution | None:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    ids = {t.i for t in tokens}
    head = next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), tokens[0])
    people = index.people_in(start, end)
    low_head = head.lower_
    if people and low_head in _OFFICE and any(c.dep_ == "poss" for c in head.children):
        person = people[0][2]  # "Varga's office said": the office speaks for its holder
        return Attribution(f"{person_name(person.name)}'s {low_head}", person.actor)
    if (
        people
        and head.pos_ == "NOUN"
        and not any(p[0] <= head.idx < p[1] for p in people)
        and low_head not in UNNAMED | _ROLES
    ):
        people = []  # "the president's administration said": the institution, not the person
    if people:
        person = people[0][2]
        return Attribution(person_name(person.name), person.actor)
    actors = index.actors_in(start, end)
    if actors and low_head in _ROLES and tokens[0].lower_ == "the":
        # "the Bordurian leader": the official of that party named before
        prior = [p for s, _e, p in index.people if s < start and p.actor == actors[0].actor]
        if prior:
            return Attribution(person_name(prior[-1].name), prior[-1].actor)
        # "the US president": whoever held the title on the publication date
        holder = index.holder_of_title(actors[0].actor, low_head)
        if holder is not None:
            return Attribution(holder.name, holder.actor)
    low = " ".join(t.lower_ for t in tokens)
    if len(tokens) == 1 and tokens[0].lower_ in _PRONOUNS:
        before = index.last_person_before(start, female=_PRONOUNS[tokens[0].lower_])
        return Attribution(person_name(before.name), before.actor) if before else None
    if (
        actors
        and low_head in UNNAMED
        and low_head not in _STATEMENT
        and not any(
            t.dep_ == "appos"
            and t.idx <= actors[0].evidence.start < t.idx + len(t.text) + 40
            and t.pos_ == "PROPN"
            for t in tokens
        )
    ):
        # unnamed officials of a party: the party holds, the description speaks ("Ruritanian
        # officials", "a union representative"; not "the mediator Borduria", the party itself)
        return Attribution(_phrase_text(tokens, index), actors[0].actor)
    if actors:
        joint: tuple[str, ...] = ()
        if any(t.dep_ == "conj" for t in tokens):
            joint = tuple(dict.fromkeys(m.actor for m in actors))
        return Attribution(None, actors[0].actor, actors=joint if len(joint) > 1 else ())
    if len(tokens) == 1 and tokens[0].lower_ in _PLURAL_PRONOUNS | {"it"}:
        earlier = [m for m in index.mentions if m.evidence.end <= start and m.kind != "person"]
        return Attribution(None, earlier[-1].actor) if earlier else None
    if any(t.pos_ in ("NOUN", "PROPN") for t in tokens) and re.search(
        r"\b(source|sources|official|officials|diplomat|diplomats|observers|analysts|"
        rf"{_DEMONYMS}|people|critics|experts|mediators?|negotiators?|"
        r"spokes\w+|aide|aides|person|people|families)\b",
        low,
    ):
        text = index.text[start:end]
        return Attribution(None, "unattributed", description=text)
    return None


def _according_to(sent: Any, index: ActorIndex) -> Attribution | None:
    """ "according to X": X is the source."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
            for obj in to.children:
                if obj.dep_ == "pobj":
                    sub = list(obj.subtree)
                    got = _resolve_subject(sub, index, sent.start_char)
                    if got is not None:
                        got.verb_index = tok.i
                        return got
    return None


def attribute(sent: Any, index: ActorIndex) -> Attribution | None:
    """The speaker of a sentence, from its reporting verb and that verb's subject."""
    quotes = [(s, e) for s, e in quote_spans(sent.text)]

    def in_quote(tok: Any) -> bool:
        off = tok.idx - sent.start_char
        return any(s <= off < e for s, e in quotes)

    for tok in sent:
        if tok.lower_ == "according":
            got = _according_to(sent, index)
            if got is not None:
                return got
            continue
        if tok.lower_ not in REPORTING or in_quote(tok) or tok.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        verb = tok
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not in_quote(c)]
        if (
            not subj
            and verb.dep_ in ("advcl", "xcomp", "conj", "ccomp", "acl")
            and verb.head.i != verb.i
        ):
            subj = [c for c in verb.head.children if c.dep_ in ("nsubj",)]
        if not subj:
            # inverted: “...,” said Haniyeh
            subj = [
                c
                for c in verb.children
                if c.dep_ in ("dobj", "attr", "npadvmod", "dep")
                and c.i > verb.i
                and c.pos_ == "PROPN"
            ]
        for s in subj:
            got = _resolve_subject(list(s.subtree), index, sent.start_char)
            if got is None and s.lower_ in _STATEMENT:
                # "a statement by X's office said", "a statement from the group said"
                for c in s.children:
                    if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                        got = _resolve_subject(list(c.subtree)[1:] or [c], index, sent.start_char)
                        break
            if got is not None:
                got.verb_index = verb.i
                got.content = _content(verb, sent)
                return got
    return None


def _content(verb: Any, sent: Any) -> tuple[int, int]:
    """What a reporting verb reports: its clausal complement (``ccomp``, ``xcomp``), or what
    it governs when it has none; quoted text beside an inverted "said X" is the sentence."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i or c.dep_ == "ccomp":
            left, right = c.left_edge, c.right_edge
            return left.idx, right.idx + len(right.text)
    return sent.start_char, sent.end_char


def find_quotes(
    text: str, sents: list[Any], attributions: list[Attribution | None], name: str
) -> list[Quote]:
    """Direct quotes with the speaker of their sentence (or of the quote before them)."""
    out: list[Quote] = []
    starts = [s.start_char for s in sents]
    last: Attribution | None = None
    last_end = -1
    for qs, qe in quote_spans(text):
        # the attribution may sit in any sentence the quote spans (“...,” he said)
        ks = [k for k, s in enumerate(sents) if s.start_char < qe and qs < s.end_char]
        ks = ks or [max(0, sum(1 for st in starts if st <= qs) - 1)]
        att = next(
            (
                attributions[k]
                for k in reversed(ks)
                if k < len(attributions) and attributions[k] is not None
            ),
            None,
        )
        if (
            att is None
            and ks
            and ks[-1] + 1 < len(sents)
            and ks[-1] + 1 < len(attributions)
            and attributions[ks[-1] + 1] is not None
            and len(sents[ks[-1] + 1].text) < 120
        ):
            att = attributions[ks[-1] + 1]  # “...” / He said on Sunday. — the next sentence
        if att is None and last is not None and qs - last_end < 400:
            att = last  # a quote that carries on from the previous one, same speaker
        out.append(
            Quote(
                text=text[qs:qe],
                direct=True,
                speaker=att.speaker if att else None,
                actor=att.actor if att else None,
                description=att.description if att else None,
                evidence=Span(name, qs, qe, text[qs:qe]),
            )
        )
        if att is not None:
            last, last_end = att, qe
    return out


def indirect_quotes(
    sents: list[Any], attributions: list[Attribution | None], name: str
) -> list[Quote]:
    """Reported speech: attributed sentences without quotation marks."""
    out = []
    for sent, att in zip(sents, attributions, strict=True):
        if att is None or quote_spans(sent.text):
            continue
        out.append(
            Quote(
                text=sent.text,
                direct=False,
                speaker=att.speaker,
                actor=att.actor,
                description=att.description,
                evidence=Span(name, sent.start_char, sent.end_char, sent.text),
            )
        )
    return out


def person_actor(person: Person | None) -> str | None:
    return person.actor if person else None
