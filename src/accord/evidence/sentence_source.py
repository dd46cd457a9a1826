"""The source of one sentence: its reporting cue, the phrase that names the source, and what it
reports (PARC: cue, source, content).

The cues are the reporting verbs of ``data/verbs.yaml`` ("said", "told", "insisted", phrasal
"went on", a text's "read"), "according to" and "per". Of several cues the outermost is the
sentence's source ("X said, Y told Z" is X's report); the others are kept as its ``inner``
reports, with the reports inside its quotations. The source phrase is the verb's subject (or an
agent, an inverted "said the envoy", the object of "quoted X as saying"), resolved by
:func:`accord.evidence.sources.resolve`; the content is the verb's clause, or what comes before a
source set after it. The document's pass over its sentences is
:func:`accord.evidence.speech.attribute_sentences`.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex
from accord.evidence.columns import columns
from accord.evidence.quote_marks import sentence_quotes
from accord.evidence.source_cues import CUE_WORDS, phrase_source, terms_made_known_by
from accord.evidence.sources import STATEMENT, UNNAMED, Attribution, Memory, resolve
from accord.evidence.speakers import spoken

__all__ = [
    "OF_TEXTS",
    "REPORTING",
    "after_colon",
    "attribute",
    "phrasal_words",
    "text_as_subject",
]


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
OF_TEXTS = frozenset(
    f for lemma in vocab.verbs().reporting.of_texts for f in vocab.verb_forms(lemma)
)
# what a unit's doing states ("the office rejected", "welcomed", "accepted")
_STATED_BY_UNITS = (
    vocab.stance_forms("refuse") | vocab.stance_forms("seek") | vocab.verb_forms("welcome")
) | vocab.verb_forms("accept")
# prepositions inside a source's description ("a source in X's office", "an aide to X")
_WITHIN = frozenset({"in", "of", "for", "to", "from", "with", "at", "close"})
# words of a source's description after its noun ("officials briefed on the talks", "a person
# familiar with the plan"): a description, however the parser read its participle
_DESCRIBING = _WITHIN | {"on", "about", "briefed", "involved", "familiar"}


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


def _with_subject(verb: Any) -> list[Any]:
    """The object of a "with" just before a participle with no subject ("..., with X, the
    mother of one of them, saying ..."): it speaks; the parser hangs "with X" and the
    participle side by side, or the phrase on the participle."""
    withs = [
        c
        for c in (*verb.children, *verb.head.children)
        if c.lower_ == "with" and c.dep_ == "prep" and c.i < verb.i
    ]
    for obj in (g for w in withs[-1:] for g in w.children if g.dep_ == "pobj"):
        between = verb.doc[obj.right_edge.i + 1 : verb.i]
        if all(t.pos_ == "PUNCT" for t in between):
            return [obj]
    return []


def _subjects(verb: Any, in_quote: Any, start: int) -> list[Any]:
    """The source phrases of a reporting verb: its subject (or its head's, for "..., adding"),
    an inverted subject ("..., said the envoy"), else the noun phrase just before it when the
    parser took the verb for a modifier ("a union representative informed the agency that")."""
    if verb.lower_ in _QUOTING:
        # "a paper quoted X as saying ...": X speaks, the paper relays
        quoted = [c for c in verb.children if c.dep_ == "dobj"]
        if quoted:
            return quoted
        # passive: "X was cited by a paper as saying ...": X speaks, the agent relays
        quoted = [c for c in verb.children if c.dep_ == "nsubjpass" and not in_quote(c)]
        if quoted:
            return quoted
    agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agent:
        return agent  # "the pause was announced by X": X
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not in_quote(c)]
    if len(subj) > 1 and all(b.left_edge.i == a.i + 1 for a, b in itertools.pairwise(subj)):
        # "X's ministry spokesperson Dr. Y said", parsed as two subjects side by side: one
        # phrase, the description and the name it heads
        subj = [verb.doc[subj[0].left_edge.i : subj[-1].i + 1]]
    if (
        subj
        and hasattr(subj[0], "i")
        and subj[0].lower_ == "it"
        and verb.pos_ == "ADJ"
        and verb.head.i != verb.i
    ):
        subj = []  # "X made it clear that ...": the "it" holds the place of the clause
    if not subj and verb.tag_ == "VBG":
        subj = _with_subject(verb)  # "..., with X — a mother of one of them — saying ..."
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
        # "X, arriving in Y on Monday, said ...", parsed with X as the subject of the
        # participle set off before the verb: X is the verb's subject too
        subj = [
            s
            for c in verb.children
            if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and c.i < verb.i
            for s in c.children
            if s.dep_ == "nsubj" and s.i < c.i and s.i >= start and not in_quote(s)
        ][:1]
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


def _set_off(verb: Any, subject: list[Any], start: int) -> bool:
    """A reporting verb set off by commas inside the clause it reports, which the parser
    hangs as a parenthetical ("A, an official said, during which B")."""
    first = min(subject[0].i, verb.i)
    return (
        verb.dep_ == "parataxis"
        and first > start
        and verb.doc[first - 1].text == ","
        and verb.head.i < first
    )


def attribute(sent: Any, index: ActorIndex, memory: Memory | None = None) -> Attribution | None:
    """The source of a sentence: of its outermost cue (a reporting verb, "according to") —
    "X said, Y told Z" is X's report."""
    memory = memory or Memory()
    memory.sent_start = sent.start_char
    quotes = sentence_quotes(sent, index.text)

    def in_quote(tok: Any) -> bool:
        off = tok.idx - sent.start_char
        return any(s <= off < e for s, e in quotes)

    found: list[tuple[int, int, Attribution]] = []
    quoted: list[Attribution] = []  # reports inside the sentence's quotations
    lows = columns(sent.doc).lower  # each token's ``lower_``, read once per document
    for tok in sent:
        low = lows[tok.i]
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
        if low in CUE_WORDS and not in_quote(tok):
            got = phrase_source(tok, index, memory)
            if got is not None:
                found.append((-1, tok.i, got))  # the source of the clause it names
                continue
        # (the word checks first: the two readers look for words of their own lists)
        cue = (
            low in REPORTING
            or (low in _PHRASAL and _phrasal(tok, sent))
            or (low in OF_TEXTS and _text_reads(tok))
        )
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
            got = terms_made_known_by(tok, index, memory)
            if got is not None:
                found.append((-1, tok.i, got))  # "under the terms announced by X, ..."
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
        if any(c.dep_ == "dobj" and c.lower_ == "what" for c in tok.children):
            continue  # "slowed by what the aides describe as ...": the writer's naming
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
                elif _set_off(tok, tokens, sent.start):
                    # "X wants A, an official said, during which B": the report set off inside
                    # the sentence it tells, whatever the parser hung on its verb
                    got.content = (sent.start_char, sent.end_char)
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
    """ "The statement read: ...": a verb of ``OF_TEXTS`` whose subject is a statement."""
    return tok.lower_ in OF_TEXTS and any(
        c.dep_ == "nsubj" and c.lower_ in STATEMENT for c in tok.children
    )


def text_as_subject(sent: Any, index: ActorIndex, memory: Memory) -> Attribution | None:
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


def after_colon(sent: Any, att: Attribution) -> bool:
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


def _elaborated(right: Any, sent: Any) -> int:
    """The end of what is reported whose last word is ``right``: the sentence's end when a
    colon after it opens what the report spells out ("said the raid changes nothing: any
    deal must ..."), else the word's end."""
    after = right.i + 1
    if after < sent.end and right.doc[after].text == ":" and after + 1 < sent.end:
        return int(sent.end_char)
    return int(right.idx + len(right.text))


def _content(verb: Any, sent: Any) -> tuple[int, int]:
    """What a reporting verb reports: its clausal complement (``ccomp``, else ``xcomp``), else
    what it governs after it; quoted text beside an inverted "said X" is the sentence."""
    doc = verb.doc
    for deps in (("ccomp",), ("xcomp",)):
        for c in verb.children:
            if c.dep_ in deps and not (
                c.i < verb.i and any(doc[j].text == ";" for j in range(c.right_edge.i, verb.i))
            ):  # (not a clause a semicolon sets apart: "X remains open; officials said ...")
                left, right = c.left_edge, c.right_edge
                # the cue itself too: "X called on Y to ..." is X's own position
                return min(left.idx, verb.idx), _elaborated(right, sent)
    if verb.lower_ in _ADDRESSEE or verb.lower_ in _QUOTING:
        # "told reporters": the object is the addressee; "citing X": the object is the source
        return sent.start_char, sent.end_char
    for c in verb.children:
        if c.dep_ == "dobj" and c.i > verb.i:
            left, right = c.left_edge, c.right_edge
            return left.idx, right.idx + len(right.text)
    for c in verb.children:
        if (
            c.dep_ == "advcl"
            and c.i > verb.i
            and c.lower_ in REPORTING
            and any(g.dep_ == "mark" for g in c.children)
            and any(g.dep_ == "nsubj" for g in c.children)
        ):
            # "X called on Y to ..., hours after Z said ...": the time of the report is set by
            # another's report, which is Z's, not part of what X says
            return sent.start_char, int(c.left_edge.idx)
    return sent.start_char, sent.end_char
