"""Issue mentions and stance cues of a sentence, and the clause constructions that give a
stance beyond the nearest cue: a package named as the object of a firm verb, a deadline or a
request to act, halting what one delivers, a demand about a deal. The claim rules
(``claims.py``) take an issue's nearest cue; these readings say when the parse tells another
story.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.columns import columns
from accord.evidence.holders import token_at
from accord.evidence.lexicon import ISSUE_PATTERNS, STANCE_PATTERNS, VALUES
from accord.evidence.mode_words import ASKING
from accord.evidence.modes import has_marks, read
from accord.evidence.prefilter import PatternSet, Prefiltered

# what a firm verb with no issue of its own may take: a deal or package noun of
# ``data/verbs.yaml`` (singular or plural), or a request or its extension
REFERS = re.compile(
    r"\b("
    + "|".join(
        sorted(
            {
                re.escape(f)
                for n in vocab.verbs().deal_nouns + vocab.verbs().package_nouns
                for f in vocab.noun_forms(n)
            }
            | {"conditions", "demands", "extension", "attempts"},
            key=len,
            reverse=True,
        )
    )
    + r")\b",
    re.I,
)

REFUSING = vocab.stance_forms("refuse")

HALTING = vocab.stance_forms("halt")
# the first words of the verbs of halting ("holds" of "holds back") and of "put ... on hold"
HALTING_FIRST = frozenset(f.split()[0] for f in HALTING) | frozenset(vocab.verb_forms("put"))


def halting(verb: Any) -> bool:
    """A verb of halting, with its particle ("held back"), or "put ... on hold"."""
    low = verb.lower_
    if low in HALTING:
        return True
    kids = list(verb.children)
    # (its particle, or the adverb the parser takes for one right after it: "holds back")
    near = [c for c in kids if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == verb.i + 1)]
    prt = near[0].lower_ if near else None
    if prt is not None and f"{low} {prt}" in HALTING:
        return True
    # ("put the release on hold": the phrase may hang from the verb or from its object, in
    # the verb's own clause)
    return low in HALTING_FIRST and any(
        t.lower_ == "hold" and t.dep_ == "pobj" and t.head.lower_ == "on" and _own_clause(t, verb)
        for t in verb.subtree
    )


_CLAUSES = frozenset({"advcl", "ccomp", "conj", "relcl", "acl", "xcomp", "parataxis"})


def _own_clause(tok: Any, verb: Any) -> bool:
    """Whether ``tok`` lies in ``verb``'s own clause (no clause link between them)."""
    t = tok
    while t.i != verb.i:
        if t.dep_ in _CLAUSES or t.head.i == t.i:
            return False
        t = t.head
    return True


def halted(verb: Any, issues: Any, base: int) -> list[tuple[str, int]]:
    """Issues a verb of the ``halt`` class stops ("the ministry halted deliveries of fuel"): those
    in its object, when it is done or decided (not asked for, conditional or negated)."""
    if verb.pos_ != "VERB" or verb.dep_ in ("amod", "acl") or not halting(verb):
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects and verb.dep_ == "xcomp":
        # "ordered X to put the release on hold": the object of the verb it completes
        objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    elif (
        not objects
        and verb.dep_ == "relcl"
        and verb.head.pos_ == "NOUN"
        and any(c.dep_ == "auxpass" for c in verb.children)
    ):
        objects = [verb.head]  # "ordered the release to be put on hold"
    own = {t.idx for o in objects for t in o.subtree}
    if not own:
        return []
    sent = verb.sent  # (found by a scan of the sentence marks: once)
    reading = read(verb, sent.start, has_marks(sent))
    if reading.negated or reading.mode in ("demanded", "conditional", "hypothetical"):
        return []
    return [(i, s) for i, s, _e, _st, _v in issues if any(t <= base + s < t + 2 for t in own)]


DEADLINE = vocab.stance_forms("deadline")
# setting a time limit: "set a deadline for X to ...", "issued an ultimatum to ..."
ULTIMATUM_VERBS = frozenset(
    f for lemma in ("set", "issue", "impose", "deliver") for f in vocab.verb_forms(lemma)
)
ULTIMATUM_NOUNS = frozenset({"deadline", "deadlines", "ultimatum", "ultimatums"})


def deadline_act(verb: Any) -> Any | None:
    """The act a deadline or a request asks for: "gave X until Sunday to accept the
    proposal", "urged X to support the deal" give "accept", "support"; ``None`` for any other
    use of the verb."""
    if verb.pos_ != "VERB":
        return None
    if verb.lower_ in ASKING:
        pass  # "urged X to accept the deal"
    elif verb.lower_ in DEADLINE | ULTIMATUM_VERBS and (
        limit := next(
            (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ULTIMATUM_NOUNS), None
        )
    ):
        # "gave X a deadline to accept the plan", "set a deadline for X to respond"
        for c in list(limit.children) + list(verb.children):
            if c.dep_ in ("acl", "relcl", "advcl", "xcomp") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children
            ):
                return c
            if c.dep_ == "prep" and c.lower_ == "for":
                for g in c.subtree:
                    if g.pos_ == "VERB" and any(a.lower_ == "to" for a in g.children):
                        return g
        return None
    elif verb.lower_ not in DEADLINE or not any(
        c.dep_ == "prep" and c.lower_ in ("until", "till") for c in verb.children
    ):
        return None
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children
        ):
            return c
    return None


_DEAL = re.compile(r"(agreements?|deals?|truce|accord|phase)", re.I)


def on_deal(verb: Any) -> bool:
    """A verb whose object (through "on", "to" and gerunds) is a deal: "pressed for sticking
    to the accord", "demanded a return to the deal"."""
    for t in verb.subtree:
        if t.i != verb.i and t.pos_ == "NOUN" and _DEAL.fullmatch(t.text):
            h, steps = t, 0
            while h.i != verb.i and steps < 5 and h.dep_ in ("pobj", "dobj", "prep", "pcomp"):
                h, steps = h.head, steps + 1
            if h.i == verb.i:
                return True
    return False


_BE = frozenset({"is", "was", "are", "were", "be", "been", "being", "’s", "'s"})


def governing_firm(
    sent: Any, cue: tuple[str, int, int], cues: Any, base: int
) -> tuple[str, int, int]:
    """A package noun that is the object of an accept or reject cue takes that cue: "X's
    approval of the mediators' offer on Y", "rejected the proposal for Y", "the proposal
    was rejected by X"."""
    t = token_at(sent, base + cue[1])
    if t.dep_ == "nsubj" and t.head.lower_ in _BE:
        # "the proposal was unacceptable", "the offer is a non-starter": the predicate's cue
        for c in t.head.children:
            if c.dep_ in ("acomp", "attr"):
                for firm in cues:
                    if firm[0] in ("accept", "reject") and firm[1] <= c.idx - base < firm[2]:
                        return (firm[0], firm[1], firm[2])
    for _ in range(2):
        if t.head.i == t.i or t.dep_ not in ("pobj", "dobj", "prep", "nsubjpass"):
            break
        t = t.head
        if t.dep_ == "prep" and t.head.i != t.i:
            t = t.head
        for firm in cues:
            if firm[0] in ("accept", "reject") and firm[1] <= t.idx - base < firm[2]:
                return (firm[0], firm[1], firm[2])
    return cue


# prepositions opening a clause of time or circumstance ("after receiving X", "before signing")
_APART = frozenset({"after", "before", "upon", "following", "despite", "without"})


def set_apart(child: Any) -> bool:
    """A verb's child that opens a clause of its own through a preposition ("accepted the deal
    after receiving guarantees"): what it names is no object of the verb."""
    return (
        child.dep_ == "prep"
        and child.lower_ in _APART
        and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in child.children)
    )


def package_stance(verb: Any, stance: str, issues: Any, base: int) -> str | None:
    """The stance a firm verb takes on a package named as its object ("rejected the attempts",
    "the proposals ... that it did not agree to") when no issue lies in its clause; ``None``
    for a verb that is not actual, or whose clause names an issue."""
    if verb.pos_ == "NOUN" and verb.lower_ in _ANSWER_NOUNS:
        return _noun_stance(verb, stance, issues, base)
    if verb.pos_ != "VERB" or verb.dep_ in ("amod", "acl"):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
    ]
    if verb.dep_ == "relcl":
        objects.append(verb.head)
    if not any(REFERS.fullmatch(o.text) for o in objects):
        return None
    own = {verb.idx} | {
        t.idx
        for c in verb.children
        if c.dep_ not in ("ccomp", "conj", "advcl", "parataxis", "csubj") and not set_apart(c)
        for t in c.subtree
    }
    if any(t <= base + s < t + 2 for t in own for _i, s, _e, _st, _v in issues):
        return None
    reading = read(verb, verb.sent.start, has_marks(verb.sent))
    if reading.mode in ("demanded", "conditional", "hypothetical"):
        return None
    if reading.negated:
        return "reject" if stance == "accept" else None
    return stance


# nouns of a firm answer to what follows their "of" ("its rejection of the proposals")
_ANSWER_NOUNS = frozenset({"rejection", "rejections", "refusal", "acceptance", "approval"})
_QUANTIFIERS = frozenset({"all", "each", "any", "some", "most", "both", "one", "none"})


def _noun_stance(noun: Any, stance: str, issues: Any, base: int) -> str | None:
    """The stance a noun of answering takes on the package its "of" names ("its rejection of
    all the proposals it received"), when no issue lies in its phrase."""
    objects = [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    ]
    objects += [  # "of all of the proposals"
        h
        for g in objects
        if g.lower_ in _QUANTIFIERS
        for c in g.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for h in c.children
    ]
    if not any(o.dep_ == "pobj" and REFERS.fullmatch(o.text) for o in objects):
        return None
    lo, hi = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)
    if any(lo <= base + s < hi for _i, s, _e, _st, _v in issues):
        return None
    return stance


def value_of(issue: str, window: str, implied: str | None) -> str | None:
    if implied:
        return implied
    for pat, iss, val in VALUES:
        if iss == issue and re.search(pat, window, re.I):
            return val
    return None


_ISSUES = [(Prefiltered(p), issue, stance, value) for p, issue, stance, value in ISSUE_PATTERNS]
_STANCES = [(Prefiltered(p), stance) for p, stance in STANCE_PATTERNS]
# the issue and the stance patterns in one set: a sentence's text is scanned once for the
# literals of both lists (the rules ask for its issues, then for its stance cues)
_BOTH_SET = PatternSet([p for p, *_rest in _ISSUES] + [p for p, _stance in _STANCES])


@lru_cache(maxsize=4096)
def _candidates(low: str) -> tuple[list[int], list[int]]:
    """The issue patterns and the stance patterns that can match the lowercased text ``low``
    (positions in ``_ISSUES`` and in ``_STANCES``), as each list's own set would give them."""
    n = len(_ISSUES)
    both = _BOTH_SET.candidates(low)
    return [k for k in both if k < n], [k - n for k in both if k >= n]


_LIVE_LABEL = re.compile(r"\s*[^:.\n]{1,60}?\blive(?:\s+updates)?\s*:\s", re.I)  # "X live: ..."


@lru_cache(maxsize=4096)
def issue_mentions(text: str) -> tuple[tuple[str, int, int, str | None, str | None], ...]:
    """Issues named in a sentence (cached: the parse selection asks first, the rules again)."""
    low = text.casefold()
    found: list[tuple[str, int, int, str | None, str | None]] = []
    for k in _candidates(low)[0]:
        pat, issue, stance, value = _ISSUES[k]
        for m in pat.pattern.finditer(text):
            if any(not (m.end() <= s or e <= m.start()) for _i, s, e, _st, _v in found):
                continue
            start = m.start()
            while start < m.end() and text[start].isspace():
                start += 1  # a pattern's optional words may leave a leading space
            found.append((issue, start, m.end(), stance, value))
    label = _LIVE_LABEL.match(text)  # a live page's name names no issue of the news
    return tuple(sorted((f for f in found if not label or f[1] >= label.end()), key=lambda f: f[1]))


# a modal of obligation the words of an issue mention take in ("the detained crew must be freed"):
# the mention's stance cue all the same
_OBLIGATION = re.compile(r"must|should|(has|have|had|needs|needed|need) to", re.I)


@lru_cache(maxsize=4096)
def stance_cues(text: str) -> tuple[tuple[str, int, int], ...]:
    """Stance cues of a sentence outside its issue mentions (cached like the issues)."""
    issues = issue_mentions(text)
    low = text.casefold()
    out: list[tuple[str, int, int]] = []
    for k in _candidates(low)[1]:
        pat, stance = _STANCES[k]
        for m in pat.pattern.finditer(text):
            if any(s <= m.start() < e for _i, s, e, _st, _v in issues) and not (
                stance == "demand" and _OBLIGATION.fullmatch(m.group(0))
            ):
                continue  # (a modal of obligation inside: "the crew must be released")
            if any(cs <= m.start() < ce for _s, cs, ce in out):
                continue
            out.append((stance, m.start(), m.end()))
    return tuple(sorted(out, key=lambda c: c[1]))


SEEKING = vocab.stance_forms("seek")
# nouns of seeking ("efforts to broker a truce") and verbs that carry them on for their subject
# ("leading efforts to ...", "stepped up its push for ...")
SEEK_NOUNS = frozenset(f for n in vocab.verbs().seek_nouns for f in vocab.noun_forms(n))
_CONDUCTING = vocab.stance_forms("conduct")
# their first words ("keep" of "keep up"), as a sentence's words hold them
CONDUCTING_FIRST = frozenset(f.split()[0] for f in _CONDUCTING)


def sought_by_noun(t: Any) -> bool:
    """A noun of seeking someone holds: with an owner ("Ruritanian efforts", "the envoy's
    push", "a bid by X") or carried on by its verb's subject ("X is leading efforts to ...")."""
    if t.pos_ != "NOUN" or t.lower_ not in SEEK_NOUNS:
        return False
    if any(
        c.dep_ in ("poss", "compound")
        or (c.dep_ == "amod" and c.text[:1].isupper())
        or (c.dep_ == "prep" and c.lower_ == "by")
        for c in t.children
    ):
        return True
    return t.dep_ == "dobj" and t.head.lower_ in _CONDUCTING and t.head.pos_ == "VERB"


def conducting() -> frozenset[str]:
    """The forms of the verbs that carry on a noun of seeking ("continued its efforts")."""
    return _CONDUCTING


_WHETHER = frozenset({"whether", "if"})


_ASSERTING = frozenset(("insist", "insists", "insisted", "insisting"))


_WILL = frozenset(("will", "would", "can", "could", "wo", "ca", "shall"))


def asserting(verb: Any) -> bool:
    """Whether a verb of insisting reports a refusal ("insisted that X will not leave", "insists
    it would not end the war while ..."): a statement made firmly, no demand ("insists on X",
    "insists that any deal include X")."""
    return verb.lower_ in _ASSERTING and any(
        c.dep_ == "ccomp"
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        and any(g.dep_ == "neg" for g in c.children)
        and any(g.dep_ == "aux" and g.lower_ in _WILL for g in c.children)
        for c in verb.children
    )


def sought_acts(sent: Any, cues: tuple[tuple[str, int, int], ...]) -> list[tuple[Any, int, int]]:
    """Verbs of seeking (``seek`` in ``data/verbs.yaml``, by their forms) that the words give
    no cue for and that ask for an act through an infinitive or a clause ("encouraged X to
    free ...", "aims to dismantle ...", "pleaded with X to bring ... home"), not negated and
    not a question ("asked whether ..."): each verb with the sentence offsets its acts span."""
    base = sent.start_char
    out = []
    lows = columns(sent.doc).lower  # each token's ``lower_``, read once per document
    for t in sent:
        low = lows[t.i]
        if low in SEEK_NOUNS and sought_by_noun(t):  # (the noun's word first: it must be one)
            # "leading efforts to broker a truce", "Ruritania's push for a pause"
            s, e = t.idx - base, t.idx - base + len(t.text)
            if any(cs < e and s < ce for _st, cs, ce in cues):
                continue
            acts = [
                c
                for c in t.children
                if (
                    c.dep_ in ("acl", "relcl")  # (an infinitive the parser hangs as a relcl)
                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                )
                or (c.dep_ == "prep" and c.lower_ in ("for", "towards", "toward"))
            ]
            for a in acts:
                last = a.right_edge
                out.append((t, a.left_edge.idx - base, last.idx + len(last.text) - base))
            continue
        if low not in SEEKING or t.pos_ != "VERB":
            continue
        s, e = t.idx - base, t.idx - base + len(t.text)
        if any(cs < e and s < ce for _st, cs, ce in cues):
            continue
        if any(c.dep_ == "neg" for c in t.children) or asserting(t):
            continue
        acts = [
            c
            for c in t.children
            if (c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"))
            # a purpose: "working with X to end the war"
            or (c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
            # what the effort is for: "will continue to work for a full truce", "strive towards"
            or (c.dep_ == "prep" and c.lower_ in ("for", "towards", "toward"))
        ]
        if any(m.dep_ == "mark" and m.lower_ in _WHETHER for a in acts for m in a.children):
            continue
        for a in acts:
            last = a.right_edge
            out.append((t, a.left_edge.idx - base, last.idx + len(last.text) - base))
    return out


def needs_parse(text: str) -> bool:
    """Whether the claim rules will read the parse of this sentence (to find cue holders)."""
    return bool(issue_mentions(text)) or any(
        c[0] in ("reject", "accept") for c in stance_cues(text)
    )


_ALLEGING = frozenset(vocab.verb_forms("accuse")) | frozenset(vocab.verb_forms("blame"))


def alleged(tok: Any) -> bool:
    """Whether a cue stands in what someone is accused of ("blamed X for trying to back out
    of the accord"): an allegation, no position of the accuser or of the accused."""
    t = tok
    for _ in range(5):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lower_ in _ALLEGING and t.pos_ == "VERB":
            return True
    return False


def other_conjunct(cue: Any, tok: Any) -> bool:
    """Whether a cue and a token lie in coordinated clauses of their own subjects ("X said A
    will happen, and Y warned that ...", "Y refused B, and X said A ..."): the cue sits in a
    conjunct the token is not in, or the token's clause is a conjunct of the cue's own verb. A
    coordination inside what the cue governs ("insisted that A and that B") is the cue's."""
    above = {t.i for t in (cue, *cue.ancestors)}
    common = next((t for t in (tok, *tok.ancestors) if t.i in above), None)
    if common is None:
        return False
    t = cue
    while t.i != common.i:
        if _own_conjunct(t):
            return True
        t = t.head
    if cue.i != common.i:
        # the cue's word under the common head: a marker of the clause ("unless A and B")
        # is over both conjuncts, an argument of the first verb ("rejected the plan, and")
        # is not
        under = next(u for u in (cue, *cue.ancestors) if u.head.i == common.i)
        if under.dep_ in ("mark", "aux", "neg", "advmod"):
            return False
    top = next((t for t in (tok, *tok.ancestors) if t.head.i == common.i), None)
    return top is not None and top.i != common.i and _own_conjunct(top)


def _own_conjunct(t: Any) -> bool:
    """A conjunct clause with a subject and a finite verb of its own (not "wants A out and B
    allowed back", a participle the parser gave a subject)."""
    return (
        t.dep_ == "conj"
        and t.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        and (
            t.tag_ in ("VBD", "VBZ", "VBP", "MD")
            or any(c.dep_ in ("aux", "auxpass") for c in t.children)
        )
    )
