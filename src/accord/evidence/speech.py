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
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex, Person
from accord.evidence.issuers import FIRST_PLURAL, release_issuer
from accord.evidence.reports import (
    carry_pronoun_sources,
    carry_reports,
    headline_dash,
    headline_source,
    quote_spans,
    sentence_subject,
    statement_issuer,
)
from accord.evidence.sources import (
    STATEMENT,
    UNNAMED,
    Attribution,
    Memory,
    person_name,
    resolve,
)
from accord.evidence.speakers import claim_speaker, spoken
from accord.evidence.turns import attribute_turns
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


# phrasal reporting verbs ("went on"): first word -> second word, data/verbs.yaml
_PHRASAL = {
    form.split()[0]: form.split()[1]
    for lemma in vocab.verbs().reporting.phrasal
    for form in vocab.verb_forms(lemma)
    if len(form.split()) == 2
}
# verbs that report with a text as their subject ("the statement read"): data/verbs.yaml
_OF_TEXTS = frozenset(
    f for lemma in vocab.verbs().reporting.of_texts for f in vocab.verb_forms(lemma)
)
_WORDS = re.compile(r"[a-z]+")
# what a unit's doing states ("the office rejected", "welcomed", "accepted")
_STATED_BY_UNITS = (
    vocab.stance_forms("refuse") | vocab.stance_forms("seek") | vocab.verb_forms("welcome")
) | vocab.verb_forms("accept")
# words of a quote that speaks (not a scare-quoted term opening a sentence: "“Bridging” talks")
_QUOTED_WORDS = 4
_MADE_REMARKS = re.compile(
    r"\b(?:made|gave|delivered|posted) (?:the|these|those|his|her) (?:remarks|comments|statement)\b"
)
_REFERS = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\b|[“\"]")
# prepositions inside a source's description ("a source in X's office", "an aide to X")
_WITHIN = frozenset({"in", "of", "for", "to", "from", "with", "at", "close"})
# words of a source's description after its noun ("officials briefed on the talks", "a person
# familiar with the plan"): a description, however the parser read its participle
_DESCRIBING = _WITHIN | {"on", "about", "briefed", "involved", "familiar"}
_THAT_IS = re.compile(r"\s*(?:That|This)(?: is|’s|'s) according to\b")


def _depth(tok: Any) -> int:
    return sum(1 for _ in tok.ancestors)


# "according to the formula of the plan": what something conforms to, not who says it
_CONFORMITY = frozenset(n.lower() for n in vocab.verbs().package_nouns) | {
    "formula",
    "agreement",
    "deal",
    "law",
    "rules",
    "schedule",
    "timeline",
    "timetable",
    "mechanism",
    "principle",
    "principles",
    "text",
    "document",
}


def _according_to(tok: Any, sent: Any, index: ActorIndex, memory: Memory) -> Attribution | None:
    """ "according to X", "per X": X is the source (not "according to the terms of the plan",
    "per day")."""
    if tok.lower_ == "per":
        to = tok  # "per the statement from X"
        if tok.pos_ != "ADP" or not any(
            c.dep_ == "pobj" and c.lower_ in STATEMENT | UNNAMED for c in tok.children
        ):
            return None
    elif tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ == "to":
        to = tok.doc[tok.i + 1]
    else:
        return None
    for obj in to.children:
        if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and obj.lower_ in _CONFORMITY:
            return None
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
    if not subj and verb.tag_ != "VBG":
        # inverted: “...,” said the envoy / ..., says the Ruritanian chief (not a participle's
        # object: "..., accusing X of ...")
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
            while left - 1 >= start and (
                verb.doc[left - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM")
                or verb.doc[left - 1].tag_ == "POS"
                or verb.doc[left - 1].lower_ in _DESCRIBING
            ):
                left -= 1  # "..., a source in X's office said": the whole description
            while left < prev.i and (
                verb.doc[left].lower_ in _DESCRIBING or verb.doc[left].tag_ == "POS"
            ):
                left += 1
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
    # a clause before it, however the parser hung it (elsewhere, or as the verb's own advcl:
    # "X said that C, the office said")
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in verb.doc[start:first])


def attribute(sent: Any, index: ActorIndex, memory: Memory | None = None) -> Attribution | None:
    """The source of a sentence: of its outermost cue (a reporting verb, "according to") —
    "X said, Y told Z" is X's report."""
    memory = memory or Memory()
    memory.sent_start = sent.start_char
    quotes = _sentence_quotes(sent, index.text)

    def in_quote(tok: Any) -> bool:
        off = tok.idx - sent.start_char
        return any(s <= off < e for s, e in quotes)

    found: list[tuple[int, int, Attribution]] = []
    quoted: list[Attribution] = []  # reports inside the sentence's quotations
    for tok in sent:
        low = tok.lower_
        if low in ("according", "per"):
            got = None if in_quote(tok) else _according_to(tok, sent, index, memory)
            if got is not None:
                depth = _depth(tok)
                if (tok.head.dep_ == "ROOT" or tok.head.i == tok.i) and not _person_reports(
                    tok.head, index
                ):
                    # "According to X, Y demanded ...": X is the source of the whole clause (not
                    # of "Z said ..., according to X", Z's report that X relays)
                    got.content = (sent.start_char, sent.end_char)
                    depth = -1
                found.append((depth, tok.i, got))
            continue
        cue = low in REPORTING or _phrasal(tok, sent) or _text_reads(tok)
        if cue and in_quote(tok):
            got = _quoted_report(tok, sent, index, memory)
            if got is not None:
                quoted.append(got)
            continue
        if not cue:
            continue
        if tok.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        if (
            tok.dep_ == "acl"
            and tok.tag_ in ("VBN", "VBD")
            and tok.head.pos_ == "NOUN"
            and not any(c.dep_ == "nsubj" for c in tok.children)
        ):
            continue  # "sources briefed on the talks": a description, not a report
        if (
            low in _DESCRIBING
            and tok.i + 1 < sent.end
            and tok.doc[tok.i + 1].lower_ in ("on", "about")
            and tok.i > sent.start
            and tok.doc[tok.i - 1].pos_ in ("NOUN", "PROPN")
            and any(t.lower_ in REPORTING and t.i > tok.i for t in sent)
        ):
            continue  # "officials briefed on the talks said": the participle describes them
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
                got.content = _split_quote(got.content, quotes, sent, min(tokens[0].idx, tok.idx))
                found.append((depth, tok.i, got))
                break
    memory.quoted = tuple(quoted)
    if not found:
        return None
    found.sort(key=lambda f: (f[0], f[1]))
    outer = found[0][2]
    outer.inner = tuple(f[2] for f in found[1:] if f[2].content) + tuple(quoted)
    return outer


def _sentence_quotes(sent: Any, text: str) -> list[tuple[int, int]]:
    """The quotations of a sentence (spans relative to it), read on the whole text: a sentence
    that opens inside a quote with straight marks ("We want X," she said.) has its closing mark
    first, which read alone would open a quote over the source."""
    start, end = sent.start_char, sent.end_char
    if text[start:end] != sent.text:
        return quote_spans(sent.text)  # a sentence read apart from its text
    return [
        (max(a, start) - start, min(b, end) - start)
        for a, b in quote_spans(text)
        if a < end and start < b
    ]


def _quoted_report(tok: Any, sent: Any, index: ActorIndex, memory: Memory) -> Attribution | None:
    """A report inside a quotation by a source the quote names ("“... the mediators told the
    world that X said yes”"): the quoted speaker relays it, the named source states it. Only a
    source named by its words (not "they", "he"), read without touching what the document's
    memory holds."""
    if tok.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in tok.children):
        return None
    if not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    scratch = replace(memory, descriptions=dict(memory.descriptions), units=dict(memory.units))
    got = resolve(list(subj.subtree), index, scratch)
    if got is None or spoken(got) is None:
        return None
    got.verb_index = tok.i
    got.content = _content(tok, sent)
    return got


def phrasal_words(words: frozenset[str] | set[str]) -> bool:
    """Whether a sentence's words may hold a phrasal reporting verb ("went on")."""
    return any(w in words and p in words for w, p in _PHRASAL.items())


def _phrasal(tok: Any, sent: Any) -> bool:
    """A phrasal reporting verb closing its clause ("“...,” she went on."; "..., the office
    went on, ..."): its particle follows it, then punctuation or the sentence's end."""
    particle = _PHRASAL.get(tok.lower_)
    if particle is None or tok.i + 1 >= sent.end or tok.doc[tok.i + 1].lower_ != particle:
        return False
    return tok.i + 2 >= sent.end or tok.doc[tok.i + 2].is_punct


def _text_reads(tok: Any) -> bool:
    """ "The statement read: ...": a verb of ``_OF_TEXTS`` whose subject is a statement."""
    return tok.lower_ in _OF_TEXTS and any(
        c.dep_ == "nsubj" and c.lower_ in STATEMENT for c in tok.children
    )


_REFERRING_BACK = frozenset(STATEMENT | {"office", "ministry"})


def _text_as_subject(sent: Any, index: ActorIndex, memory: Memory) -> Attribution | None:
    """ "The statement rejected ...", "The office welcomed ...": a statement (or the office that
    issued one) as the subject of the main verb says what the clause holds; the source is the
    one the words refer back to."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if (
        subj is None
        or subj.pos_ != "NOUN"
        or not any(c.dep_ in ("det", "poss") for c in subj.children)
    ):
        return None
    if subj.lower_ not in STATEMENT and (
        subj.lower_ not in ("office", "ministry") or root.lower_ not in _STATED_BY_UNITS
    ):
        return None  # not a text, nor a unit stating ("the ministry published a list": an act)
    got = resolve(list(subj.subtree), index, memory)
    if got is None or not (got.speaker or got.actor not in (None, "unattributed")):
        return None
    got.verb_index = root.i
    got.content = (sent.start_char, sent.end_char)
    return got


def _split_quote(
    content: tuple[int, int], quotes: list[tuple[int, int]], sent: Any, source: int
) -> tuple[int, int]:
    """A quotation the source interrupts (“A,” X said, “and B.”): both parts are reported."""
    base = sent.start_char
    before = [s for s, e in quotes if base + e <= source]
    after = [e for s, e in quotes if base + s > source]
    if not (before and after):
        return content
    return min(content[0], base + before[0]), max(content[1], base + after[-1])


def _after_colon(sent: Any, att: Attribution) -> bool:
    """Whether a sentence's cue comes after a colon its opening phrase (four words at most)
    ends with ("Union official: the union demands ...")."""
    if att.verb_index is None:
        return False
    colon = next((t for t in sent if t.text == ":"), None)
    return colon is not None and colon.i - sent.start <= 4 and att.verb_index > colon.i


def _person_reports(verb: Any, index: ActorIndex) -> bool:
    """Whether ``verb`` is a reporting verb whose subject names a person."""
    if verb.lower_ not in REPORTING:
        return False
    for c in verb.children:
        if c.dep_ == "nsubj":
            words = list(c.subtree)
            return bool(index.people_in(words[0].idx, words[-1].idx + len(words[-1].text)))
    return False


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
    text: str,
    sents: list[Any],
    attributions: list[Attribution | None],
    name: str,
    subjects: list[tuple[int, Attribution, str] | None] | None = None,
    issuer: Attribution | None = None,
) -> list[Quote]:
    """Direct quotes with the speaker of their sentence (or of the quote before them, or the
    subject of the sentence before: "X spoke to reporters. “...”")."""
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
        opens = ks and not text[sents[ks[0]].start_char : qs].strip(" \n\t-–—")
        if (
            att is None
            and last is not None
            and opens
            and qs - last_end < 400
            and "\n" not in text[last_end:qs]
        ):
            att = last  # “...,” said X. “...”: the same paragraph's quote carries on
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
        if att is None and opens and ks[0] > 0:
            before_att = attributions[ks[0] - 1]
            prev = sents[ks[0] - 1]
            if (
                before_att is not None
                and not before_att.carried
                and (before_att.speaker or before_att.description or before_att.actor)
                and text[prev.end_char : qs].count("\n") <= 2
                and not text[prev.end_char : qs].strip(" \n\t-–—")
                and len(text[qs:qe].split()) >= _QUOTED_WORDS
            ):
                # "X said the union had the offer. “We will study it.”": X goes on speaking
                att = replace(before_att, content=None, inner=())
        if att is None and last is not None and qs - last_end < 400 and opens:
            att = last  # a quote that opens its sentence carries on from the one before
        if att is None and opens and subjects and 0 < ks[0] < len(subjects):
            before = subjects[ks[0] - 1]
            prev = sents[ks[0] - 1]
            if (
                before is not None
                and before[2] in ("person", "one", "unit")
                and attributions[ks[0] - 1] is None
                and not quote_spans(prev.text)
                and not text[prev.end_char : qs].strip()
            ):
                # "X spoke to reporters on Monday. / “...”": the quote is the subject's
                att = before[1]
        if att is None and issuer is not None:
            att = issuer  # a press release's unattributed quote: its issuer's words
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
    and a report carries on into the sentences that continue it (:func:`carry_reports`).
    """
    memory = Memory()
    atts: list[Attribution | None] = []
    quoted: list[tuple[Attribution, ...]] = []  # each sentence's reports inside quotations
    subjects: list[tuple[int, Attribution, str] | None] = []
    for k, s in enumerate(sents):
        memory.sentence = k
        memory.sent_start = s.start_char
        cued = (
            not s.words.isdisjoint(REPORTING)
            or "per" in s.words
            or phrasal_words(s.words)
            or not (s.words.isdisjoint(_OF_TEXTS) or s.words.isdisjoint(STATEMENT))
        )
        memory.quoted = ()
        att = attribute(s, index, memory) if cued else None
        quoted.append(memory.quoted)
        if (":" in s.text and (att is None or _after_colon(s, att))) or (
            att is None and headline_dash(s)
        ):
            # "Union official: the union demands ...": the source before the colon reports the
            # sentence's own cue
            head = headline_source(s, index, memory)
            if head is not None and att is not None:
                head.inner = (att, *att.inner)
            att = head or att
        if not s.words.isdisjoint(STATEMENT):
            issued = memory.issued
            statement_issuer(s, index, memory)
            now = memory.issued
            if att is None and now is not None and now is not issued:
                if _MADE_REMARKS.search(s.text):
                    # "“...” / X made the remarks in a speech": X is the quote's source
                    att = replace(now[1], content=(s.start_char, s.end_char))
        if att is None and s.parsed and (s.words & _REFERRING_BACK):
            att = _text_as_subject(s, index, memory)
        if att is not None and k and not spoken(atts[k - 1]) and _THAT_IS.match(s.text):
            # "C. That is according to X": X is the source of the sentence before
            prev = sents[k - 1]
            atts[k - 1] = replace(att, content=(prev.start_char, prev.end_char), inner=())
        atts.append(att)
        after = sents[k + 1].text if k + 1 < len(sents) else ""
        # only a pronoun or a quote of the next sentence asks for this one's subject
        memory.subject = sentence_subject(s, index, memory) if _REFERS.search(after) else None
        subjects.append(memory.subject)
    carry_pronoun_sources(sents, atts, index)
    attribute_turns(text, sents, index, atts)  # the answers of an interview or a briefing
    issuer = release_issuer(text, index)
    quotes = find_quotes(text, sents, atts, name, subjects, issuer)
    for k, sent in enumerate(sents):
        if atts[k] is None and issuer is not None and FIRST_PLURAL.search(sent.text):
            # the release speaks in the first person where its quotation marks do not say so
            atts[k] = replace(issuer, content=(sent.start_char, sent.end_char))
            continue
        # a sentence inside a quotation (or opening one) takes the speaker of its quote
        if atts[k] is None and quotes:
            for q in quotes:
                if (q.speaker or q.actor) and (
                    q.evidence.start <= sent.start_char < q.evidence.end
                    or sent.start_char <= q.evidence.start < sent.end_char
                ):
                    atts[k] = Attribution(q.speaker, q.actor, q.description)
                    break
    for k, inside in enumerate(quoted):
        held = atts[k]
        if inside and held is not None and not set(map(id, inside)) <= set(map(id, held.inner)):
            # a quote's own reports ("“... the mediators told the world that ...”") are inside
            # the quote's speaker's
            atts[k] = replace(held, inner=held.inner + inside)
    carry_reports(sents, atts, index)
    quotes += indirect_quotes(
        sents, [a if a is None or not a.carried else None for a in atts], name
    )
    return atts, quotes
