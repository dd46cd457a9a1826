"""Issues named by what a release verb takes: "12 fishermen would be released".

The issue lexicon finds "the release of abductees"; many reports name only the people ("150
Syldavian women", "the four soldiers", "half of them"). Here the parse gives the patient of
a release verb (the passive subject, the object, "the release of X", "in exchange for X") and
the patient's noun or adjective (``patients`` in ``data/lexicon.yaml``) tells the issue; a
patient that is only people or a number takes the issue the releasing party delivers.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex
from accord.evidence.columns import columns
from accord.evidence.parties import subject_of

Mention = tuple[str, int, int, str | None, str | None]


@lru_cache(maxsize=1)
def _tables() -> tuple[
    frozenset[str], frozenset[str], list[tuple[str, frozenset[str], frozenset[str]]], frozenset[str]
]:
    lex = vocab.lexicon()
    if lex.patients is None:
        return frozenset(), frozenset(), [], frozenset()
    p = lex.patients
    verbs = frozenset(f for v in p.verbs for f in vocab.verb_forms(v))
    nouns = frozenset(f for n in p.nouns for f in vocab.noun_forms(n))
    issues = [
        (issue, frozenset(x.lower() for x in e.nouns), frozenset(x.lower() for x in e.adjectives))
        for issue, e in p.issues.items()
    ]
    return verbs, nouns, issues, frozenset(w.lower() for w in p.people)


@lru_cache(maxsize=1)
def _wanted() -> frozenset[str]:
    """The forms of the verbs whose object asks for a release (``patients.wanted``)."""
    p = vocab.lexicon().patients
    return frozenset(f for v in (p.wanted if p else []) for f in vocab.verb_forms(v))


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """The words one of which a sentence needs for :func:`patient_issues` to read it."""
    verbs, nouns, _issues, _people = _tables()
    return _heads(verbs) | nouns | {"exchange"} | _wanted()


@lru_cache(maxsize=1)
def _heads(verbs: frozenset[str]) -> frozenset[str]:
    """The verbs' first words: "hand" of "hand over" (the particle is read from the parse)."""
    return frozenset(v.split()[0] for v in verbs)


def _members(tok: Any) -> list[Any]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out += _members(c)
    return out


_QUANTITY = {
    "number",
    "total",
    "group",
    "batch",
    "batches",
    "list",
    "dozens",
    "hundreds",
    "thousands",
    "some",
    "all",
    "half",
    "rest",
    "remainder",
}


def _classify(patient: Any, releaser: list[str], giver: dict[str, str]) -> str | None:
    _v, _n, issues, people = _tables()
    if patient.lower_ in _QUANTITY:
        # "an unspecified number of Syldavian inmates": the people are the "of" object
        for c in patient.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return _classify(g, releaser, giver)
    # the patient's own words: its head and modifiers, not clauses it governs
    words = {patient.lower_} | {
        c.lower_
        for c in patient.children
        if c.dep_ in ("amod", "compound", "nmod", "nummod", "poss")
    }
    head = patient.lower_
    for issue, nouns, _adjs in issues:
        if head in nouns:
            # whose people they are decides over a noun each side uses for the other's
            # ("Bordurian inmates" in one side's wording, "Syldavian abductees" in the other's)
            side = next((i for i, _n, adjs in issues if (words - {head}) & adjs), None)
            return side or issue
    if patient.pos_ == "PROPN":
        # a person named with what they are: "X, a detained fisherman"
        for c in patient.children:
            if c.dep_ == "appos":
                for issue, nouns, _adjs in issues:
                    if c.lower_ in nouns:
                        return issue
    if head in people or patient.tag_ == "CD" or any(c.dep_ == "nummod" for c in patient.children):
        for issue, _nouns, adjs in issues:
            if words & adjs:
                return issue
        for actor in releaser:
            for issue, _nouns, _adjs in issues:
                if giver.get(issue) == actor:
                    return issue
    return None


def patient_issues(sent: Any, index: ActorIndex, giver: dict[str, str]) -> list[Mention]:
    """Issue mentions (offsets in the sentence's text) from the patients of release verbs."""
    verbs, nouns, issues, _people = _tables()
    heads = _heads(verbs)
    if not issues or sent.words.isdisjoint(_cue_words()):
        return []
    if not _is_parsed(sent):
        return []  # no parse
    out: list[Mention] = []
    base = sent.start_char
    doc = getattr(sent, "doc", None)
    lows = columns(doc).lower[sent.start : sent.end] if doc is not None else None
    for k, tok in enumerate(sent):
        patients: list[Any] = []
        if (
            lows is not None
            and lows[k] not in heads
            and lows[k] not in nouns
            and lows[k] != "for"
            and lows[k] not in _wanted()
        ):
            continue  # none of the cases below (``lows[k]`` is ``tok.lower_``)
        low = tok.lower_
        particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
        after = tok.nbor() if tok.i + 1 < len(tok.doc) else None
        if particle is None and after is not None and after.tag_ == "RP":
            particle = after.lower_  # "hand over 30 women": the parser may take "over 30"
        phrasal = f"{low} {particle}" if particle else low
        if (low in verbs or phrasal in verbs) and tok.tag_.startswith("VB"):
            patients = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if low.startswith(("exchang", "swap")):
                # "to exchange A for B": B is exchanged too
                patients += [
                    g
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ == "for"
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
            if not patients and tok.dep_ == "xcomp" and tok.tag_ == "VBN":
                # "X was supposed to be released", "X is expected to be freed": the subject
                # of the verb it completes
                patients = [c for c in tok.head.children if c.dep_ in ("nsubjpass", "nsubj")]
            if not patients and tok.dep_ in ("ccomp", "xcomp", "oprd") and tok.tag_ == "VBN":
                # a small clause: "will see 30 fishermen released", "wants them freed"
                patients = [c for c in tok.children if c.dep_ == "nsubj"]
            if not patients and tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
                patients = [tok.head]  # "inmates released so far"
        elif low in nouns and tok.pos_ == "NOUN":
            patients = [
                g
                for c in tok.children
                if (c.dep_ == "prep" and c.lower_ == "of")
                # "an exchange involving A and B"
                or (c.dep_ in ("acl", "prep") and c.lower_ in ("involving", "including"))
                for g in c.children
                if g.dep_ in ("pobj", "dobj")
            ]
        elif (
            low == "for"
            and tok.head.lower_ in ("exchange", "return")
            and tok.head.head.lower_ == "in"
        ):
            patients = [c for c in tok.children if c.dep_ == "pobj"]
        elif low in _wanted() and tok.pos_ == "VERB" and not _denied(tok):
            # "wants all the crew back": only an issue's own noun, not people or numbers
            out += [m for m in _own_nouns(tok, base) if not any(o[0] == m[0] for o in out)]
            continue
        if not patients:
            continue
        doers = [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
        if not doers and tok.dep_ in ("xcomp", "conj"):
            # "X is to free 40 women", "X agreed to free ...", "X will free A and release B":
            # the verb it completes or is coordinated with has the doer; "A urged B to free
            # ...": its object
            doers = _controller(tok)
        releaser = [m.actor for c in doers for m in index.actors_in(*_extent(c))]
        if not releaser and tok.dep_ == "ccomp" and any(c.lower_ in _SELF for c in doers):
            # "X said it will free 12 more": the pronoun is the reporting verb's subject
            releaser = [
                m.actor
                for c in tok.head.children
                if c.dep_ == "nsubj"
                for m in index.actors_in(*_extent(c))
            ]
        for patient in [m for p in patients for m in _members(p)]:
            issue = _classify(patient, releaser, giver)
            if issue is None or any(o[0] == issue for o in out):
                continue
            out.append(
                (issue, patient.idx - base, patient.idx - base + len(patient.text), None, None)
            )
    return out


# pronouns by which a reported clause's subject is its reporter ("X said it will ...")
_SELF = frozenset({"it", "they", "we", "he", "she"})


def _denied(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _own_nouns(verb: Any, base: int) -> list[Mention]:
    """The objects of ``verb`` (and their conjuncts) that are a release issue's own noun."""
    _v, _n, issues, _people = _tables()
    out: list[Mention] = []
    for obj in [m for c in verb.children if c.dep_ == "dobj" for m in _members(c)]:
        issue = next((i for i, nouns, _a in issues if obj.lower_ in nouns), None)
        if issue is not None and not any(o[0] == issue for o in out):
            out.append((issue, obj.idx - base, obj.idx - base + len(obj.text), None, None))
    return out


def _controller(verb: Any) -> list[Any]:
    """The doer of a verb with no subject of its own: the object of the verb it completes
    ("A urged B to free ..."), else that verb's active subject."""
    if verb.dep_ == "xcomp":
        objects = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]
        if objects:
            return objects
    subj, passive = subject_of(verb)
    if passive and verb.dep_ == "xcomp" and verb.head.lower_ in _obliged():
        return [subj]  # "X is expected to free 20 more": X frees them
    return [subj] if subj is not None and not passive else []


@lru_cache(maxsize=1)
def _obliged() -> frozenset[str]:
    """Words binding a subject to the act of their infinitive (``obliged`` in verbs.yaml)."""
    return frozenset(w.casefold() for w in vocab.verbs().obliged)


def _extent(tok: Any) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right.text)


def _is_parsed(sent: Any) -> bool:
    got = getattr(sent, "parsed", None)
    return bool(got) if got is not None else any(t.dep_ != "ROOT" for t in sent)
