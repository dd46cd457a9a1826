"""Repairs of parser errors that change who said what, applied to each parsed sentence.

- A "that" clause after the addressee of a verb of telling ("told a gathering of donors that
  X would not ...") or after an adjunct of a verb of saying ("insisted after the meeting that
  ...") is often attached to the noun as a relative clause; it is the verb's reported content
  (``ccomp``): it has its own subject and "that" is its marker, not a relative pronoun. So is a
  clause with no "that" whose subject is a personal pronoun right after the addressee and which
  has an object of its own ("informs mediators it approves the paper").

- A verb of saying with a reported clause after its subject, often one with an apposition
  ("X's envoy, A B, announced in C that ..."), is sometimes taken for a participle on the
  subject, left as the root; it is the main verb.

- A source after its report ("X ..., a source close to the group told The Daily") is often
  taken for an apposition to the report's last noun, and its verb of saying for a conjunct
  with no subject; the phrase is that verb's subject. When that last noun is taken for the
  verb's subject instead ("... and half of the dead, a diplomat said"), the apposition is.

- A whole after an opening "of" ("Of some 240 people taken, four were freed") is sometimes
  taken for a second subject of the verb; it is the preposition's object. When the participle
  on the whole is taken for a clause the opening phrase depends on ("Of the 251 people dragged
  into X, 105 came home"), the participle is on the whole.

- A clause with its own subject after a colon ("repeated one message: X will not ...") is
  often taken for a participle on the noun before the colon; it is a clause of its own.

- A list of conditions after "until", "unless", "if" ("the war goes on until all are back,
  X is disarmed and Y is no threat") often has its later items taken for conjuncts of the
  main verb; an item set off by a comma, with its own subject and no modal of its own, is a
  conjunct of the condition.

- A proviso after a reported clause ("X said it would accept the truce provided that Y
  withdraws") is often hung on the verb of saying (as a clause of its own or as a second
  reported clause); it conditions the reported clause.

- A participle after the object of a verb ("would free 200 people serving long sentences") is
  sometimes taken for a clause the verb reports, with the people as its subject; they are the
  verb's object, and the participle describes them. A counted noun joined to the participle's
  uncounted object ("... sentences and 1,000 inmates") is joined to the verb's object.

- A participle of holding on a subject ("Three women held in X were handed over") is often taken
  for the main verb, the passive verb for its conjunct; the passive verb is the root.

- A breakdown set off by commas on a subject ("Thirty inmates, of whom 16 were minors and 14
  were women, were freed") often has its last item taken for the main clause, the main verb for
  that item's conjunct with no subject; the verb after the closing comma is the root.

- A clause before a semicolon ("X approves the paper; Y calls it far from its demands") is
  sometimes taken for what the verb after it reports; it is a clause of its own.

- Asides and "no longer": :mod:`accord.evidence.parse_asides`.

- A noun summing up the clause before it, with a relative clause of its own and no "that" ("X
  accused Y of backtracking, a charge Z denied"), is often taken for the object of the relative
  clause's verb, made the root, with the clause before as its complement; the clause before is
  the root, the noun is in apposition to it and the verb is the noun's relative clause.

>>> from accord.evidence.nlp import nlp
>>> doc = repair(nlp()("She told a meeting of donors that the plan would not work."))
>>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "work"]
[('work', 'ccomp', 'told')]
"""

from __future__ import annotations

from typing import Any

import numpy as np

from accord.evidence import vocab
from accord.evidence.conditions import PROVISOS
from accord.evidence.count_vocab import vocabulary
from accord.evidence.parse_asides import SAYING, no_longer, subject_taken_by_aside

# verbs whose object is whom they address (data/verbs.yaml, reporting.addressee)
TELLING = frozenset(
    f for lemma in vocab.verbs().reporting.addressee for f in vocab.verb_forms(lemma)
)


def _telling_verb(noun: Any) -> Any | None:
    """The verb of telling whose addressee phrase ``noun`` is in ("told a meeting of X")."""
    t = noun
    for _ in range(3):
        if t.dep_ == "dobj" and t.head.lower_ in TELLING:
            return t.head
        if t.dep_ not in ("pobj", "prep") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _saying_over(noun: Any) -> Any | None:
    """The verb of saying whose adjunct ``noun`` ends ("insisted after the meeting that X ...",
    "said in the capital on Monday that ..."), when it reports no other clause."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or verb.lower_ not in SAYING:
        return None
    if any(c.dep_ == "ccomp" for c in verb.children) or noun.i + 1 >= len(noun.doc):
        return None
    return verb if noun.doc[noun.i + 1].lower_ == "that" else None


def repair(doc: Any, deps: Any = None) -> Any:
    """``doc`` with the repairs above made in place (``deps``: its dependency labels' ids, to
    find the few tokens to look at without going through them all)."""
    if deps is None:
        from spacy.attrs import DEP

        deps = doc.to_array([DEP])
    # each repair looks only at the tokens of the label it starts from, in this order
    for label, fix in (
        ("relcl", _content_taken_for_relative),
        ("acl", _content_taken_for_relative),
        ("conj", _trailing_source),
        ("acl", _saying_taken_for_participle),
        ("acl", _clause_taken_for_participle),
        ("appos", _source_taken_for_apposition),
        ("ROOT", _holding_taken_for_main_verb),
        ("ROOT", _breakdown_taken_for_main_clause),
        ("ROOT", _summary_taken_for_main_clause),
        ("prep", _whole_taken_for_subject),
        ("conj", _listed_condition_taken_for_main),
        ("advcl", _proviso_taken_for_reports),
        ("ccomp", _proviso_taken_for_reports),
        ("ccomp", _object_taken_for_subject),
        ("ccomp", _clause_across_semicolon),
        ("neg", no_longer),
        ("parataxis", subject_taken_by_aside),
    ):
        code = doc.vocab.strings.add(label)
        for i in np.flatnonzero(deps == code).tolist():
            fix(doc[i])
    return doc


def _content_taken_for_relative(tok: Any) -> None:
    """ "told a meeting of donors that X would not ...", "informs mediators it approves X": the
    reported clause, taken for a relative clause on the addressee, is the verb of telling's
    content."""
    if tok.head.pos_ not in ("NOUN", "PROPN"):
        return
    kids = list(tok.children)
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in kids)
    if not that and (tok.dep_ == "acl" or not _contact_content(tok, kids)):
        return  # (a participle, "acl", only with "that": "confirmed in a statement that ...")
    verb = _telling_verb(tok.head) or (_saying_over(tok.head) if that else None)
    if verb is not None:
        tok.head = verb
        tok.dep_ = "ccomp"


def _contact_content(clause: Any, kids: list[Any]) -> bool:
    """ "informs mediators it approves the paper": a clause with no "that", a personal pronoun
    for its subject right after the addressee and an object of its own (so nothing in it is the
    addressee: no relative clause on it)."""
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subj is not None
        and subj.tag_ == "PRP"  # a personal pronoun
        and subj.i == clause.head.i + 1
        and any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in kids)
    )


def _saying_taken_for_participle(verb: Any) -> None:
    """ "X's prime minister, A B, announced in C last night that ...": a verb of saying in
    the past after its subject (here with an apposition), taken for a participle on a noun the
    parse leaves as the sentence's root; with its reported clause and no auxiliary it is the
    main verb, the noun its subject."""
    noun = verb.head
    if verb.lower_ not in SAYING or verb.tag_ not in ("VBD", "VBN") or noun.head.i != noun.i:
        return
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i:
        return
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return
    if any(c.dep_ == "aux" or c.dep_ == "auxpass" for c in verb.children):
        return
    noun.head, noun.dep_ = verb, "nsubj"
    verb.head, verb.dep_ = verb, "ROOT"


_FINITE = frozenset(("MD", "VBD", "VBZ", "VBP"))
_SUBJECTS = ("nsubj", "nsubjpass")


def _clause_taken_for_participle(verb: Any) -> None:
    """ "X repeated one message: Y will not leave Z": a clause with its own subject after a
    colon, taken for a participle on the noun before the colon; it says what the noun holds, a
    clause of its own beside the verb the noun depends on."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i:
        return
    kids = list(verb.children)
    if not any(c.dep_ in _SUBJECTS for c in kids):
        return
    if verb.tag_ not in _FINITE and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in kids
    ):
        return
    if not any(t.text == ":" for t in verb.doc[noun.i + 1 : verb.left_edge.i]):
        return
    verb.head = noun.head
    verb.dep_ = "parataxis"


def _whole_taken_for_subject(prep: Any) -> None:
    """ "Of some 240 people taken on day one, four have been freed": the whole after an opening
    "of", taken for a second subject of the verb, is the preposition's object."""
    if prep.lower_ not in ("of", "from") or prep.i != prep.sent.start:
        return
    verb = prep.head
    if verb.i == prep.i:
        return
    whole = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if whole is not None:
        _participle_taken_for_clause(prep, whole, verb)
        return
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if len(subjects) < 2 or subjects[0].i <= prep.i:
        return
    whole, part = subjects[0], subjects[1]
    if not any(t.text == "," for t in prep.doc[whole.i + 1 : part.left_edge.i]):
        return
    whole.head = prep
    whole.dep_ = "pobj"


def _participle_taken_for_clause(prep: Any, whole: Any, verb: Any) -> None:
    """ "Of the 251 people dragged into X, 105 came home": the participle on the whole, taken
    for a clause of its own (no subject, no auxiliary) that the opening "of" depends on, is on
    the whole, and the opening phrase is the main verb's."""
    main = verb.head
    if verb.i != whole.i + 1 or verb.tag_ not in ("VBD", "VBN") or main.i <= verb.i:
        return
    if verb.dep_ not in ("ccomp", "advcl") or whole.pos_ not in ("NOUN", "PROPN"):
        return
    if any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return
    if not any(c.dep_ in _SUBJECTS for c in main.children):
        return
    for c in verb.children:
        if c.dep_ == "punct" and c.i == verb.right_edge.i and c.text == ",":
            c.head = main
    prep.head = main
    verb.head, verb.dep_, verb.tag_ = whole, "acl", "VBN"


def _trailing_source(verb: Any) -> None:
    """ "..., a source close to the group told The Daily": a verb of saying taken for a
    subjectless conjunct, right after a noun phrase taken for an apposition set off by a comma."""
    if verb.pos_ != "VERB" or verb.lower_ not in SAYING or verb.i < 2:
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in verb.children):
        return
    before = verb.doc[verb.i - 1]
    noun = before
    while noun.dep_ not in ("appos",) and noun.head.i != noun.i and noun.head.i < verb.i:
        if noun.head.i <= noun.i and noun.dep_ not in ("pobj", "prep", "amod", "compound"):
            return
        noun = noun.head
    if noun.dep_ != "appos" or noun.pos_ not in ("NOUN", "PROPN"):
        return
    if noun.left_edge.i < 1 or verb.doc[noun.left_edge.i - 1].text != ",":
        return
    noun.head = verb
    noun.dep_ = "nsubj"


def _source_taken_for_apposition(source: Any) -> None:
    """ "... for five of them and half of the dead, a diplomat familiar with the talks said": the
    report's last item, after "and" or a comma, taken for the subject of the closing verb of
    saying, and its source for an apposition to it; the apposition, right before the verb, is
    the verb's subject."""
    item, doc = source.head, source.doc
    verb = item.head
    if item.dep_ != "nsubj" or item.pos_ == "PROPN" or verb.lower_ not in SAYING:
        return
    end = source.right_edge.i
    if end + 1 != verb.i or source.left_edge.i < 1 or doc[source.left_edge.i - 1].text != ",":
        return
    if item.left_edge.i < 1 or doc[item.left_edge.i - 1].lower_ not in ("and", ","):
        return
    if verb.i + 1 < len(doc) and not doc[verb.i + 1].is_punct:
        return  # (a source that closes the sentence)
    source.head, source.dep_ = verb, "nsubj"
    item.dep_ = "dep"


# participles of holding that describe people ("women held as abductees", "men taken"), and
# what they are held as: a noun of the held group (data/count_nouns.yaml)
_HOLDING = frozenset({"held", "kept", "taken", "seized", "abducted", "kidnapped"})


def _as_held(word: str) -> bool:
    return vocabulary().group(word) == "held"


def _holding_taken_for_main_verb(verb: Any) -> None:
    """ "Three women held as abductees in X were handed to Y": the participle of holding, taken
    for the root with the people as its subject, and the passive verb after it, taken for its
    conjunct (an auxiliary of its own, no subject, no "and" before it): the passive verb
    governs."""
    if verb.lower_ not in _HOLDING or verb.tag_ not in ("VBD", "VBN"):
        return
    kids = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass") for c in kids):
        return
    if any(c.dep_ == "dobj" and not _as_held(c.lower_) for c in kids):
        return
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    main = next(
        (
            c
            for c in kids
            if c.dep_ == "conj"
            and c.tag_ == "VBN"
            and any(g.dep_ == "auxpass" for g in c.children)
            and not any(
                g.dep_ in ("nsubj", "nsubjpass") or (g.dep_ == "cc" and g.i < c.i)
                for g in c.children
            )
        ),
        None,
    )
    if subj is None or main is None or subj.pos_ not in ("NOUN", "PROPN"):
        return
    if any(c.dep_ == "cc" and verb.i < c.i < main.i for c in kids):
        return  # "held them and were ...": two verbs of one subject
    main.head, main.dep_ = main, "ROOT"
    subj.head, subj.dep_ = main, "nsubjpass"
    verb.head, verb.dep_ = subj, "acl"


_WHOLE_PRONOUNS = frozenset(("whom", "which", "them"))
_COPULAS = frozenset(("is", "are", "was", "were"))  # (the parse carries no lemmas)


def _breakdown_taken_for_main_clause(root: Any) -> None:
    """ "Thirty inmates, of whom 16 were minors and 14 were women, were freed": the copula of
    the breakdown's last item, taken for the root with the people as its subject, and the verb
    after the closing comma, taken for its conjunct with no subject: that verb governs, and the
    item is a conjunct of the relative clause."""
    if root.lower_ not in _COPULAS:
        return
    kids = list(root.children)
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < root.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return
    relative = next(
        (
            c
            for c in subj.children
            if c.dep_ == "relcl"
            and c.i < root.i
            and any(t.lower_ in _WHOLE_PRONOUNS and t.dep_ == "pobj" for t in c.subtree)
        ),
        None,
    )
    main = next(
        (
            c
            for c in kids
            if c.dep_ == "conj"
            and c.pos_ == "VERB"
            and c.i > root.i
            and c.left_edge.i > 0
            and c.doc[c.left_edge.i - 1].text == ","
            and not any(g.dep_ in _SUBJECTS or g.dep_ == "cc" for g in c.children)
        ),
        None,
    )
    if relative is None or main is None:
        return
    if any(c.dep_ == "cc" and root.i < c.i < main.i for c in kids):
        return  # "... and were freed": one subject's two verbs
    passive = any(g.dep_ == "auxpass" for g in main.children)
    for c in kids:
        if c.i > main.i:  # the closing punctuation
            c.head = main
    main.head, main.dep_ = main, "ROOT"
    subj.head, subj.dep_ = main, "nsubjpass" if passive else "nsubj"
    root.head, root.dep_ = relative, "conj"


def _summary_taken_for_main_clause(root: Any) -> None:
    """ "X accused Y of backtracking, a charge Z denied": the verb of the summing noun's relative
    clause, taken for the root with that noun as its object (before it) and the clause before
    the comma as its complement; that clause governs."""
    if root.pos_ != "VERB":
        return
    kids = list(root.children)
    noun = next((c for c in kids if c.dep_ == "dobj" and c.i < root.i), None)
    if noun is None or noun.pos_ != "NOUN" or noun.left_edge.i < 1:
        return
    comma = noun.left_edge.i - 1
    if root.doc[comma].text != "," or noun.left_edge.lower_ not in ("a", "an"):
        return
    clause = next((c for c in kids if c.dep_ == "ccomp" and c.right_edge.i <= comma), None)
    if clause is None or not any(c.dep_ in _SUBJECTS and noun.i < c.i < root.i for c in kids):
        return
    for c in kids:
        if c.dep_ == "punct" and (c.i > root.i or c.i == comma):
            c.head = clause
    clause.head, clause.dep_ = clause, "ROOT"
    noun.head, noun.dep_ = clause, "appos"
    root.head, root.dep_ = noun, "relcl"


def _clause_across_semicolon(clause: Any) -> None:
    """ "X approves the paper; Y calls it far from its demands": a complement before a semicolon
    hung on the verb after it is a clause of its own."""
    verb = clause.head
    if clause.i > verb.i or clause.right_edge.i + 1 >= verb.i:
        return
    if any(
        t.text == ";" and t.head.i == verb.i for t in clause.doc[clause.right_edge.i + 1 : verb.i]
    ):
        clause.dep_ = "parataxis"


def _object_taken_for_subject(verb: Any) -> None:
    """ "would free 200 people serving long sentences" ("2,000 people detained" too: a past
    participle only on counted people): a bare participle taken for the reported clause of a
    verb with no object, its subject right after that verb, is on that object."""
    head = verb.head
    if verb.tag_ not in ("VBG", "VBD", "VBN") or head.pos_ != "VERB" or head.i > verb.i:
        return
    if head.lower_ in SAYING:
        return
    kids = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in kids):
        return
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.left_edge.i != head.i + 1:
        return
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i != verb.i for c in head.children):
        return
    if verb.tag_ != "VBG" and not any(c.dep_ == "nummod" for c in subj.children):
        return
    subj.head, subj.dep_ = head, "dobj"
    verb.head, verb.dep_ = subj, "acl"
    if not any(c.dep_ == "nummod" for c in subj.children):
        return
    for t in list(verb.subtree):  # "... serving life sentences and 1,000 inmates": a
        # counted conjunct of an uncounted noun in the participle's clause is the object's
        if (
            t.dep_ == "conj"
            and t.head.pos_ == "NOUN"
            and any(c.dep_ == "nummod" for c in t.children)
            and not any(c.dep_ == "nummod" for c in t.head.children)
        ):
            t.head = subj


_CONDITION_MARKS = frozenset(("until", "unless", "if", "once"))
_MODALS = frozenset(("will", "would", "shall", "must", "can", "could", "may", "might", "should"))


def _listed_condition_taken_for_main(conj: Any) -> None:
    """ "X will go on until all are back, Y is disarmed and Z ...": an item after the
    condition, set off by a comma, with a subject and no modal of its own, taken for a
    conjunct of the main verb, is the condition's conjunct."""
    main = conj.head
    edge = conj.left_edge  # (the comma, when the parse hangs it on the item)
    comma = edge.i if edge.text == "," else edge.i - 1
    if conj.pos_ not in ("VERB", "AUX") or comma < 1 or conj.doc[comma].text != ",":
        return
    kids = list(conj.children)
    if not any(c.dep_ in _SUBJECTS for c in kids) or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in kids
    ):
        return
    condition = next(
        (
            c
            for c in main.children
            if c.dep_ == "advcl"
            and c.right_edge.i == comma - 1
            and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
        ),
        None,
    )
    if condition is not None:
        conj.head = condition


def _proviso_taken_for_reports(proviso: Any) -> None:
    """ "X said it would accept the truce provided that Y withdraws": "provided", hung on the
    verb of saying after the reported clause, conditions that clause."""
    verb = proviso.head
    if proviso.lower_ not in PROVISOS or verb.lower_ not in SAYING:
        return
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < proviso.i]
    if reported and reported[-1].right_edge.i < proviso.i:
        proviso.head, proviso.dep_ = reported[-1], "advcl"
