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
from dataclasses import replace
from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex, Person
from accord.evidence.sources import (
    STATEMENT,
    UNNAMED,
    Attribution,
    Memory,
    person_name,
    resolve,
)
from accord.evidence.speakers import claim_speaker, spoken
from accord.evidence.titles import ROLES
from accord.evidence.types import Quote, Span

__all__ = ["Attribution", "REPORTING", "attribute", "claim_speaker", "person_name", "quote_spans"]


def _reporting_forms() -> frozenset[str]:
    """Word forms of the reporting verbs of ``data/verbs.yaml``, and "according" (to)."""
    v = vocab.verbs().reporting
    forms = {f for lemma in v.verbs for f in vocab.verb_forms(lemma)}
    forms |= {phrase.split()[0].lower() for phrase in v.according_to}
    return frozenset(forms)


REPORTING = _reporting_forms()
# verbs whose object is the source relayed ("quoted X as saying", "citing X"): data/verbs.yaml
_QUOTING = frozenset(f for lemma in vocab.verbs().reporting.relays for f in vocab.verb_forms(lemma))
# verbs whose object is whom they address ("told reporters"), not what they report
_ADDRESSEE = frozenset(
    f for lemma in vocab.verbs().reporting.addressee for f in vocab.verb_forms(lemma)
)
# verbs that report only with a clause or a quote, not before an infinitive ("continues to
# support" is no report): data/verbs.yaml, ``reporting.needs_clause``
_NEEDS_CLAUSE = frozenset(
    f for lemma in vocab.verbs().reporting.needs_clause for f in vocab.verb_forms(lemma)
)


_WORDS = re.compile(r"[a-z]+")


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


def _depth(tok: Any) -> int:
    return sum(1 for _ in tok.ancestors)


def _according_to(tok: Any, sent: Any, index: ActorIndex, memory: Memory) -> Attribution | None:
    """ "according to X": X is the source."""
    if not (tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ == "to"):
        return None
    to = tok.doc[tok.i + 1]
    for obj in to.children:
        if obj.dep_ == "pobj":
            got = resolve(list(obj.subtree), index, memory)
            if got is not None:
                got.verb_index = tok.i
                return got
    return None


def _subjects(verb: Any, in_quote: Any, start: int) -> list[Any]:
    """The source phrases of a reporting verb: its subject (or its head's, for "..., adding"),
    an inverted subject ("..., said the envoy"), else the noun phrase just before it when the
    parser took the verb for a modifier ("a union representative informed the agency that")."""
    if verb.lower_ in _QUOTING:
        # "a paper quoted X as saying ...": X speaks, the paper relays
        quoted = [c for c in verb.children if c.dep_ == "dobj"]
        if quoted:
            return quoted
    agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agent:
        return agent  # "the pause was announced by X": X
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not in_quote(c)]
    if subj and subj[0].lower_ == "it" and verb.pos_ == "ADJ" and verb.head.i != verb.i:
        subj = []  # "X made it clear that ...": the "it" holds the place of the clause
    if (
        not subj
        and verb.dep_ in ("advcl", "xcomp", "conj", "ccomp", "acl")
        and verb.head.i != verb.i
    ):
        subj = [c for c in verb.head.children if c.dep_ in ("nsubj",)]
        if not subj and verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and verb.head.i < verb.i:
            # "Anna Varga, whose son is held, called on ...": parsed as a modifier of the name
            subj = [verb.doc[verb.head.left_edge.i : verb.head.i + 1]]
    if not subj:
        # inverted: “...,” said the envoy / ..., says the Ruritanian chief
        parenthetical = verb.i > start and verb.doc[verb.i - 1].text in (",", "”", '"')
        subj = [
            c
            for c in verb.children
            if c.dep_ in ("dobj", "attr", "npadvmod", "dep", "nsubj")
            and c.i > verb.i
            and (c.pos_ == "PROPN" or (parenthetical and c.pos_ == "NOUN"))
        ]
    if not subj and verb.tag_ in ("VBD", "VBN", "VBZ") and verb.i > start:
        prev = verb.doc[verb.i - 1]
        if prev.pos_ in ("NOUN", "PROPN") and prev.dep_ != "compound":
            left = prev.i
            while left - 1 >= start and verb.doc[left - 1].pos_ in (
                "DET",
                "ADJ",
                "NOUN",
                "PROPN",
                "NUM",
            ):
                left -= 1
            subj = [verb.doc[left : prev.i + 1]]
    return subj


def _trailing(verb: Any, subject: list[Any], start: int) -> bool:
    """A source set after what it reports ("..., the envoy said on Sunday", "..., said the
    sources"): the outermost report, however the parser attached it."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    first = min(subject[0].i, verb.i)
    if first <= start or verb.doc[first - 1].text not in (",", "”", '"'):
        return False
    # a clause of its own before it, which the parser may have hung elsewhere
    low = verb.left_edge.i  # a projective parse: the verb's phrase is one stretch
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.doc[start : min(first, low)])


def attribute(sent: Any, index: ActorIndex, memory: Memory | None = None) -> Attribution | None:
    """The source of a sentence: of its outermost cue (a reporting verb, "according to") —
    "X said, Y told Z" is X's report."""
    memory = memory or Memory()
    memory.sent_start = sent.start_char
    quotes = quote_spans(sent.text)

    def in_quote(tok: Any) -> bool:
        off = tok.idx - sent.start_char
        return any(s <= off < e for s, e in quotes)

    found: list[tuple[int, int, Attribution]] = []
    for tok in sent:
        low = tok.lower_
        if low == "according":
            got = _according_to(tok, sent, index, memory)
            if got is not None:
                depth = _depth(tok)
                if tok.head.dep_ == "ROOT" or tok.head.i == tok.i:
                    # "According to X, Y demanded ...": X is the source of the whole clause
                    got.content = (sent.start_char, sent.end_char)
                    depth = -1
                found.append((depth, tok.i, got))
            continue
        if low not in REPORTING or in_quote(tok) or tok.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        if low in _NEEDS_CLAUSE and not any(c.dep_ in ("ccomp", "dobj") for c in tok.children):
            continue  # "continues to support": no report
        if any(c.dep_ == "neg" for c in tok.children):
            continue  # "X did not say whether ...": X reports nothing
        for s in _subjects(tok, in_quote, sent.start):
            tokens = list(s.subtree) if hasattr(s, "i") else list(s)
            got = resolve(tokens, index, memory)
            if got is not None and low in _QUOTING and not (got.speaker or got.description):
                got = None  # "X cited the violations": no source relayed
            if got is not None:
                got.verb_index = tok.i
                if low in _QUOTING:
                    # "..., a paper reported, citing X": X is the source of the whole report
                    got.content = (sent.start_char, sent.end_char)
                    depth = -1
                elif _trailing(tok, tokens, sent.start):
                    # what comes before the source is what it reports
                    got.content = (sent.start_char, min(tokens[0].idx, tok.idx))
                    depth = -1
                else:
                    got.content = _content(tok, sent)
                    depth = _depth(tok)
                found.append((depth, tok.i, got))
                break
    if not found:
        return None
    found.sort(key=lambda f: (f[0], f[1]))
    outer = found[0][2]
    outer.inner = tuple(f[2] for f in found[1:] if f[2].content)
    return outer


def _content(verb: Any, sent: Any) -> tuple[int, int]:
    """What a reporting verb reports: its clausal complement (``ccomp``, else ``xcomp``), else
    what it governs after it; quoted text beside an inverted "said X" is the sentence."""
    for deps in (("ccomp",), ("xcomp",)):
        for c in verb.children:
            if c.dep_ in deps:
                left, right = c.left_edge, c.right_edge
                # the cue itself too: "X called on Y to ..." is X's own position
                return min(left.idx, verb.idx), right.idx + len(right.text)
    if verb.lower_ in _ADDRESSEE or verb.lower_ in _QUOTING:
        # "told reporters": the object is the addressee; "citing X": the object is the source
        return sent.start_char, sent.end_char
    for c in verb.children:
        if c.dep_ == "dobj" and c.i > verb.i:
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
            # from a paragraph of its own only when the quote's sentence has no cue of its own
            # ("“...,” the statement said." / "X said ..." is another report)
            and (
                "\n\n" not in text[qe : sents[ks[-1] + 1].start_char]
                or REPORTING.isdisjoint(_WORDS.findall(text[qe : sents[ks[-1]].end_char].lower()))
            )
        ):
            att = attributions[ks[-1] + 1]  # “...” / He said on Sunday. — the next sentence
        if att is None and ks and ks[0] > 0 and sents[ks[0] - 1].text.rstrip().endswith(":"):
            att = attributions[ks[0] - 1]  # X said: / “...” — the sentence that opens it
        opens = ks and not text[sents[ks[0]].start_char : qs].strip(" \n\t-–—")
        if att is None and last is not None and qs - last_end < 400 and opens:
            att = last  # a quote that opens its sentence carries on from the one before
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


def attribute_sentences(
    text: str, sents: list[Any], index: ActorIndex, name: str
) -> tuple[list[Attribution | None], list[Quote]]:
    """The source of every sentence of a document, and its quotes (direct, then reported).

    Sentences are read in order, so a reference back ("the sources", "the statement", "it
    said") finds its source; then quotes take the speaker of their sentence or a neighbour,
    and a report carries on into the sentences that continue it (:func:`_carry_reports`).
    """
    memory = Memory()
    atts: list[Attribution | None] = []
    for s in sents:
        att = attribute(s, index, memory) if not s.words.isdisjoint(REPORTING) else None
        if att is None and ":" in s.text:
            att = _headline_source(s, index, memory)
        if s.parsed and not s.words.isdisjoint(STATEMENT):
            _statement_issuer(s, index, memory)
        atts.append(att)
    _carry_pronoun_sources(sents, atts)
    quotes = find_quotes(text, sents, atts, name)
    for k, sent in enumerate(sents):
        # a sentence inside a quotation (or opening one) takes the speaker of its quote
        if atts[k] is None and quotes:
            for q in quotes:
                if (q.speaker or q.actor) and (
                    q.evidence.start <= sent.start_char < q.evidence.end
                    or sent.start_char <= q.evidence.start < sent.end_char
                ):
                    atts[k] = Attribution(q.speaker, q.actor, q.description)
                    break
    _carry_reports(sents, atts)
    quotes += indirect_quotes(
        sents, [a if a is None or not a.carried else None for a in atts], name
    )
    return atts, quotes


def _statement_issuer(sent: Any, index: ActorIndex, memory: Memory) -> None:
    """Who issues a statement in this sentence: the subject of the verb whose object it is ("X
    issued a statement") or that speaks in it ("X said in a statement")."""
    for tok in sent:
        if tok.lower_ not in STATEMENT or tok.pos_ != "NOUN":
            continue
        verb = tok.head
        if tok.dep_ == "pobj" and verb.lower_ == "in" and verb.head.i != verb.i:
            verb = verb.head
        elif tok.dep_ != "dobj":
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in ("it", "they", "he", "she"):
            continue
        got = resolve(list(subj.subtree), index, Memory(person=memory.person))
        if got is not None and (got.speaker or got.actor not in (None, "unattributed")):
            memory.issue(got, tok.idx)
            return


def _carry_pronoun_sources(sents: list[Any], atts: list[Attribution | None]) -> None:
    """ "It said ..." right after a reported sentence: the source reported just before (an
    office, a ministry), not the last organisation the text happened to name; "they said"
    right after unnamed officials of a party ("Ruritanian officials said ... They added"):
    those officials."""
    for k in range(1, len(sents)):
        att, prev = atts[k], atts[k - 1]
        if att is None or prev is None or att.verb_index is None or not prev.actor:
            continue
        verb = sents[k].doc[att.verb_index]
        subj = next((c.lower_ for c in verb.children if c.dep_ == "nsubj"), None)
        if subj == "it" or (subj == "they" and _plural_description(prev.speaker)):
            atts[k] = replace(att, speaker=prev.speaker, actor=prev.actor, actors=prev.actors)


def _plural_description(speaker: str | None) -> bool:
    """Whether a speaker is a description of several unnamed people ("senior officials")."""
    if not speaker or speaker[:1].isupper() and " " not in speaker:
        return False
    head = re.split(r"\s+(?:who|with|from|of|in|on|familiar|close|briefed|involved)\b", speaker)[0]
    last = head.split()[-1].lower() if head.split() else ""
    return last in UNNAMED and last.endswith("s") and last not in ("people", "sources")


def _headline_source(sent: Any, index: ActorIndex, memory: Memory) -> Attribution | None:
    """A headline or lede naming its source after a colon ("Talks to resume: Ruritanian PM")."""
    colon = next((t for t in reversed(list(sent)) if t.text == ":"), None)
    if colon is None or colon.i == sent.start:
        return None
    head = [t for t in sent if t.i < colon.i]
    if len(head) <= 3 and all(t.text[:1].isupper() for t in head):
        # "Varga: the union will not sign" — a name, then what it says
        people = index.people_in(head[0].idx, head[-1].idx + len(head[-1].text))
        if people:
            person = people[0][2]
            memory.person = person
            return Attribution(
                person_name(person.name), person.actor, content=(colon.idx, sent.end_char)
            )
    if 2 <= len(head) <= 4 and head[-1].lower_ in UNNAMED | ROLES and not _has_verb(head):
        # "Ruritanian official: talks will resume", "Ruritania PM: ..." — a source by its
        # description or title, then what it says
        got = resolve(head, index, memory)
        if got is not None and got.speaker and got.actor not in (None, "unattributed"):
            got.content = (colon.idx, sent.end_char)
            return got
    tail = [t for t in sent if t.i > colon.i and not t.is_punct]
    if not tail or len(tail) > 6 or any(t.pos_ in ("VERB", "AUX") for t in tail):
        return None
    got = resolve(tail, index, memory)
    if got is None or got.speaker is None:
        return None
    got.content = (sent.start_char, colon.idx)
    return got


def _has_verb(tokens: list[Any]) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in tokens)


def _reported_mood(sent: Any) -> bool:
    """A main clause in the mood of reported plans ("X would withdraw", "Y could be extended")."""
    if not sent.parsed:
        # no parse: the first finite verb is the modal
        first = next((t for t in sent if t.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)
        return first is not None and first.lower_ in ("would", "could")
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("would", "could") for c in root.children) or (
        root.lower_ in ("would", "could")
    )


_PACKAGES = frozenset(n.lower() for n in vocab.verbs().package_nouns)


def _reports_plan(sent: Any, att: Attribution) -> bool:
    """Whether a reported sentence reports a plan: in its mood ("X said Y would ...") or as the
    object of its cue ("X outlined the plan")."""
    if any(t.dep_ == "aux" and t.lower_ in ("would", "could") for t in sent):
        return True
    if att.verb_index is None or not sent.parsed:
        return False
    verb = sent.doc[att.verb_index]
    return any(c.dep_ == "dobj" and c.lower_ in _PACKAGES for c in verb.children)


def _embedded(sent: Any, att: Attribution) -> bool:
    """A report inside a relative clause ("the names of those X says were missing"): the sentence
    itself is no report."""
    if att.verb_index is None or att.carried or not sent.parsed:
        return False
    verb = sent.doc[att.verb_index]
    return any(t.dep_ in ("relcl", "acl") for t in (verb, *verb.ancestors))


def _carry_reports(sents: list[Any], atts: list[Attribution | None]) -> None:
    """A report carries on beyond its sentence (PARC: content over several sentences): into
    the sentences in the mood of reported plans that follow it ("X outlined the plan. The first
    phase would ..."), and into a sentence between two of the same source's."""
    for k in range(1, len(sents)):
        own = atts[k]
        if (own is not None and not _embedded(sents[k], own)) or quote_spans(sents[k].text):
            continue
        prev = atts[k - 1]
        said = spoken(prev)
        if said is None or prev is None:
            continue
        # a report of a plan goes on in its mood; a report of what is ends with its sentence
        plan = _reported_mood(sents[k]) and (prev.carried or _reports_plan(sents[k - 1], prev))
        between = not prev.carried and k + 1 < len(sents) and spoken(atts[k + 1]) == said
        if plan or between:
            atts[k] = Attribution(said, None, carried=True, inner=(own,) if own else ())
