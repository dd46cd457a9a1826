"""Who a pronoun names: "he"/"she" the person in subject position of the sentence that last
named someone (or the last source), "it"/"they" the organisation last named as a subject.

>>> sorted(FINITE)
['MD', 'VBD', 'VBP', 'VBZ']
"""

from __future__ import annotations

from typing import Any

from accord.evidence.actors import ActorIndex, Person
from accord.evidence.attribution import UNNAMED
from accord.evidence.titles import ROLES, title_holder, title_words

FINITE = {"VBD", "VBZ", "VBP", "MD"}


def antecedent(
    index: ActorIndex, pronoun: Any, female: bool, source: Person | None
) -> Person | None:
    """The person "he"/"she" refers to: the last one named before, of that gender when known,
    outside a line with no finite verb (a photo caption naming people is not discourse); a
    person named since the last source only as no one's subject leaves that source."""
    doc = pronoun.doc
    # of the pronoun's gender: "she" a woman, "he" anyone not known to be one
    chosen = [(s, p) for s, _e, p in index.people if s < pronoun.idx and p.female == female] or [
        (s, p) for s, _e, p in index.people if s < pronoun.idx
    ]
    text = index.text  # the same characters; spaCy rebuilds ``doc.text`` on every read
    narrated = not _quoted(text, pronoun.idx)
    since = chosen[-1][0] if chosen else 0
    # (officials carry no gender: the title path is for "he" only)
    titled = _title_subject(index, pronoun, since) if source is None and not female else None
    if titled is not None:
        return titled  # "X was named. The prime minister stood up. He said": the office holder
    for s, person in reversed(chosen):
        if source is not None and person is source:
            return person
        if narrated and _quoted(text, s) and not _quoted_before(pronoun, s):
            # named inside someone's quoted words: not whom the narrator's "he" means (unless
            # a possessive after a quoted phrase of its own sentence: '"X's terms", his ...')
            continue
        span = doc.char_span(s, s + 1, alignment_mode="expand")
        if span is None:
            return person
        tok = span[0]
        unparsed = tok.head.i == tok.i and not any(True for _ in tok.children)
        if _in_discourse(tok) and (source is None or unparsed or _subject(tok)):
            return _salient(chosen, tok, pronoun) or person
    return source or (chosen[-1][1] if chosen else None)


def _quoted_before(pronoun: Any, pos: int) -> bool:
    """A possessive pronoun after a name quoted in its own sentence ('said the plan "meets X's
    terms", including his refusal of ...'): the quote is a phrase of the narration."""
    if pronoun.dep_ != "poss":
        return False
    try:
        return pos >= pronoun.sent.start_char
    except ValueError:  # no sentence boundaries set
        return False


def _quoted(text: str, pos: int) -> bool:
    """Whether a position is inside quotation marks opened earlier in its paragraph."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def pronoun_person(index: ActorIndex, pronoun: Any) -> Person | None:
    """The person "he"/"she" (or "his"/"her") refers to, with no source in mind."""
    return antecedent(index, pronoun, pronoun.lower_ in ("she", "her"), None)


def _salient(chosen: list[tuple[int, Person]], last: Any, pronoun: Any) -> Person | None:
    """Of the people named in the sentence of ``last`` (the last one named before a pronoun),
    the one in subject position ("A met B on Monday. He said": A): the subject in the parse,
    else, unparsed, a name before the sentence's first finite verb that no preposition governs
    and that owns nothing ("the talks with B", "B's aide" are not about B)."""
    doc = last.doc
    k = last.i
    while k > 0 and doc[k - 1].text not in (".", "!", "?") and "\n" not in doc[k - 1].text_with_ws:
        k -= 1
    start = doc[k].idx
    verbs = [t.idx for t in doc[k : last.i + 1] if t.tag_ in FINITE]
    for s, person in chosen:
        if s < start or s > last.idx or s >= pronoun.idx:
            continue
        span = doc.char_span(s, s + 1, alignment_mode="expand")
        if span is None:
            continue
        tok = span[0]
        parsed = tok.head.i != tok.i or any(True for _ in tok.children)
        if parsed:
            if _subject(tok):
                return person
            continue
        end = tok.i
        while end + 1 < len(doc) and doc[end + 1].tag_ in ("NNP", "NNPS"):
            end += 1
        governed = tok.i > 0 and doc[tok.i - 1].tag_ in ("IN", "TO")
        owns = end + 1 < len(doc) and doc[end + 1].tag_ == "POS"
        if not governed and not owns and not any(v < s for v in verbs):
            return person
    return None


def _subject(tok: Any) -> bool:
    """Whether a name is (part of) a verb's subject."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("nsubj", "nsubjpass") or _reduced_relative_subject(t):
            return True
        if t.dep_ not in ("compound", "flat", "appos", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _reduced_relative_subject(t: Any) -> bool:
    """A name the parse hangs beside a noun whose clause it opens ("the plan President X
    presented on May 31": X presented it), the verb right after it a clause of that noun."""
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return (
        t.dep_ == "appos"
        and after is not None
        and after.tag_ in ("VBD", "VBZ", "VBP")
        and after.dep_ in ("acl", "relcl")
        and after.head.i == t.head.i
    )


def _in_discourse(tok: Any) -> bool:
    """Whether a token's line (paragraph) has a finite verb."""
    doc = tok.doc
    i = tok.i
    while i > 0 and "\n" not in doc[i - 1].text_with_ws:
        i -= 1
    while i < len(doc):
        t = doc[i]
        if t.tag_ in FINITE:
            return True
        if "\n" in t.text_with_ws:
            return False
        i += 1
    return False


def last_subject_organisation(index: ActorIndex, pronoun: Any, reach: int = 400) -> str | None:
    """The organisation "it"/"they" refers to: the last one named as a verb's subject within
    the few sentences before ("X accused Y of ... It said": X)."""
    doc = pronoun.doc
    for m in reversed(index.mentions):
        if m.evidence.end > pronoun.idx or m.kind == "person":
            continue
        if m.evidence.start < pronoun.idx - reach:
            return None
        span = doc.char_span(m.evidence.start, m.evidence.end, alignment_mode="expand")
        if span is not None and any(_main_subject(t) for t in span):
            return m.actor
    return None


def _main_subject(tok: Any) -> bool:
    """Whether a name is (part of) the subject of its sentence's main verb."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("nsubj", "nsubjpass"):
            verb = t.head
            return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
        if t.dep_ not in ("compound", "flat", "appos", "conj", "det", "poss") or t.head.i == t.i:
            return False
        t = t.head
    return False


def last_organisation(index: ActorIndex, before: int) -> str | None:
    earlier = [m for m in index.mentions if m.evidence.end <= before and m.kind != "person"]
    return earlier[-1].actor if earlier else None


def clause_subject_person(pronoun: Any, index: ActorIndex) -> str | None:
    """The party of the person who is the subject of a possessive pronoun's own clause ("Y
    had reaffirmed his commitment": Y), the pronoun's nearest antecedent in English."""
    t = pronoun.head
    for _ in range(4):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            break
        t = t.head
    subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > pronoun.i:
        return None
    # (the person whose name the subject's head word is part of: "Vale" of "Ann Vale")
    people = [p for p in index.people if p[0] <= subject.idx < p[1]]
    return people[0][2].actor if people and people[0][2].actor else None


def organisation_before(index: ActorIndex, pronoun: Any) -> str | None:
    """The organisation "it", "they", "its" or "their" stands for: the last one spoken of as a
    subject, else the last named."""
    return last_subject_organisation(index, pronoun) or last_organisation(index, pronoun.idx)


def possessor_organisation(head: Any, index: ActorIndex) -> str | None:
    """The organisation a possessive pronoun on ``head`` stands for ("its officials", "their
    spokesman"); ``None`` without one."""
    owner = next(
        (c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None
    )
    return organisation_before(index, owner) if owner is not None else None


def _title_subject(index: ActorIndex, pronoun: Any, since: int) -> Person | None:
    """The office holder a definite title names as a subject in the sentence of the pronoun or
    the one before it, after the last person named ("the prime minister stood with a map ...
    he said"): who "he" is, when the title names one person."""
    doc = pronoun.doc
    first = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else 0
    for tok in reversed(doc[max(first, 0) : pronoun.i]):
        if tok.idx <= since:
            break
        if tok.lower_ not in ROLES or not _subject_like(tok):
            continue
        phrase = _title_phrase(tok)
        if not phrase or phrase[0].lower_ != "the":
            continue
        party, words = title_words(phrase, index)
        if party is None and len(words) < 2:
            continue  # "the minister": which one?
        holder = title_holder(index, party, words, tok.idx)
        if holder is None and party is None:
            # several parties have one ("the prime minister"): the first party the two
            # sentences name that has one
            named = dict.fromkeys(
                m.actor for m in index.actors_in(doc[first].idx, pronoun.sent.end_char)
            )
            holder = next((h for a in named if (h := title_holder(index, a, words, tok.idx))), None)
        if holder is not None:
            return holder
    return None


def _subject_like(tok: Any) -> bool:
    """A subject in the parse, or, in a sentence left unparsed, a noun right before a finite
    verb ("the prime minister stood ...")."""
    if tok.dep_:
        return tok.dep_ == "nsubj"
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.tag_ in ("VBD", "VBZ", "VBP", "MD")


def _title_phrase(tok: Any) -> list[Any]:
    """The words of the title ending at ``tok``: back to its determiner over adjectives, nouns
    and names ("the Ruritanian prime minister")."""
    out = [tok]
    j = tok.i - 1
    while j >= tok.sent.start and tok.doc[j].tag_ in ("JJ", "NN", "NNP", "NNPS", "DT", "POS"):
        out.insert(0, tok.doc[j])
        if tok.doc[j].tag_ == "DT":
            break
        j -= 1
    return out


def described_subject(pronoun: Any, index: ActorIndex) -> list[Any] | None:
    """The words of one unnamed source that is the subject of a verb earlier in the pronoun's
    own sentence, with no person named between ("A union spokesman said ..., but he warned
    ..."): whom "he"/"she" means, not a person named sentences before; else ``None``."""
    for tok in pronoun.sent:
        if tok.i >= pronoun.i:
            return None
        if (
            tok.dep_ == "nsubj"
            and tok.lower_ in UNNAMED
            and tok.tag_ == "NN"  # one person described
            and tok.head.pos_ == "VERB"
            and not index.people_in(tok.idx, pronoun.idx)
        ):
            return list(tok.subtree)
    return None


def reporter_of(pronoun: Any, index: ActorIndex, saying: frozenset[str]) -> str | None:
    """The party that reports the clause "it" or "they" is the subject of: the subject of the
    verb of saying ("X said it would ..."), or of the verb a participle of saying hangs on ("A
    delegation met Y's officials and left, saying it would not accept ...": the delegation's);
    ``None`` when the reporter names no party."""
    if (
        pronoun.dep_ != "nsubj"
        or pronoun.head.dep_ != "ccomp"
        or pronoun.head.head.i == pronoun.head.i
    ):
        return None
    t = pronoun.head.head
    if t.lower_ not in saying:
        return None
    for _ in range(4):
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            words = list(subj.subtree)
            named = index.actors_in(words[0].idx, words[-1].idx + len(words[-1].text))
            return named[0].actor if named and subj.pos_ != "PRON" else None
        if t.dep_ not in ("advcl", "conj", "xcomp") or t.head.i == t.i:
            return None
        t = t.head
    return None
