"""What the clause and the sentence of an event trigger say about it, for
:mod:`accord.evidence.events`: the tests that keep, drop or retype a trigger once
:mod:`accord.evidence.event_filter` has let it through.

- the package a sentence sets out: a lead-in naming a package's terms ("The draft's terms:"),
  a heading naming a part of one, a sentence opening "Under its terms, ..."; the event types
  such a term can name without happening (:data:`TERM_TYPES`) and those logged when only
  planned (:data:`PLANNED_OK`);
- the clause: an operation announced by a source, an aim ("until X is destroyed"), a stance
  told of a noun in a relative clause, whether one clause governs another, talks named again;
- the words that retype a trigger: forces as the agent of a release (an operation), mediators
  at a meeting (talks), a council as the subject of an approval (a meeting);
- whether the parser read the sentence, and where a trigger of several words matches.
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence import vocab
from accord.evidence.attribution import STATEMENT
from accord.evidence.event_clauses import TRUCE_TYPES
from accord.evidence.event_triggers import Trigger
from accord.evidence.numbers import TALLY_LINE
from accord.evidence.speech import REPORTING

# triggers logged when only planned (scheduled talks, a truce expected to begin, a deal to be
# signed); a planned strike is a threat, not a happening; a planned release is a happening
# only when its clause names the day (``planned: dated``), else a term of a deal
PLANNED_OK = {name for name, cls in vocab.verbs().events.items() if cls.planned is True}
PLANNED_DATED = {name for name, cls in vocab.verbs().events.items() if cls.planned == "dated"}
# a lead-in that sets out a package's terms in the list after it ("The draft's terms:")
_PACKAGE_WORDS = {
    "terms",
    "proposal",
    "proposals",
    "draft",
    "plan",
    "deal",
    "framework",
    "agreement",
    "offer",
}
# what a term of a package can name without it happening
TERM_TYPES = {"release", "talks", "military_operation"} | TRUCE_TYPES


_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_END = re.compile(r"[.!?:;\n“”\"]")


def written_quote(text: str, start: int, end: int) -> bool:
    """A quotation from a written text (a statement, a communiqué): its source named next to it
    by a noun of a text and a verb of saying ("“...,” the statement added."; "said in a
    statement: “...”"). A written text records what its issuer did and saw done, where a spoken
    quote is a view; its happenings are reported as the text's own."""
    after = _CLAUSE_END.search(text, end)
    tail = text[end : after.start() if after else len(text)]
    head = text[max(0, start - 80) : start]
    head = head[max(head.rfind("\n"), head.rfind(". ")) + 1 :]
    return any(
        not STATEMENT.isdisjoint(words) and not REPORTING.isdisjoint(words)
        for words in (set(_WORD.findall(tail.lower())), set(_WORD.findall(head.lower())))
    )


def announced(tok: Any) -> bool:
    """An operation a source says will come ("said the army would enter X"): the clause is
    the complement of a verb of saying, and the operation is no term of a deal."""
    head = tok
    for _ in range(4):
        if head.dep_ == "conj" and head.head.dep_ == "ccomp":
            head = head.head  # "said X and that the army would go into Y"
        if head.dep_ != "ccomp" or head.head.i == head.i:
            return False
        head = head.head
        if head.lower_ in REPORTING:
            return True
    return False


# a heading that names a part of a package ("Phase one (six weeks)", "Stage 2"): the list
# under it sets out that part's terms
_PART_HEADING = re.compile(
    r"^\W*(first |second |third |final |last )?(phase|stage)\b[^.!?:]{0,40}$", re.I
)


# a sentence that opens by naming a package's terms ("Under its terms, ...", "Under the
# plan, ..."): a release or truce in the present tense there is a term, not news
UNDER_TERMS = re.compile(
    r"^\W*(under|according to|in line with)\s+(the|its|their|this|that)\s+(\w+\s+){0,2}"
    r"(terms|deal|agreement|plan|proposal|framework|accord|draft)\b",
    re.I,
)
PRESENT = {"VB", "VBZ", "VBP"}
BOUNDS = frozenset({"until", "unless", "before", "without", "while"})  # a condition's words


def aim_clause(tok: Any) -> bool:
    """``tok`` is in a clause opened by "until" (a goal: "would fight until X was
    destroyed"), or by "before" under a negated verb (a bar: "will not end the war before X is
    destroyed"), up a few heads."""
    t = tok
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in t.children):
            return True
        if (
            t.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "before" for c in t.children)
            and any(c.dep_ == "neg" for c in t.head.children)
        ):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


_TENSE_AUX = frozenset({"has", "have", "had", "is", "are", "was", "were", "be", "been", "being"})


def told_of(tok: Any) -> bool:
    """A stance verb in the past in a relative clause with a subject of its own ("the terms
    the group rejected", "a plan that Ruritania has accepted"): told as a fact about its
    noun. An auxiliary other than a tense's ("the inmates it wants released", misparsed;
    "would have accepted") tells no fact."""
    return (
        tok.dep_ == "relcl"
        and tok.tag_ in ("VBD", "VBN")
        and not any(c.dep_ == "aux" and c.lower_ not in _TENSE_AUX for c in tok.children)
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in tok.children
        )
    )


def governs(head: Any, tok: Any) -> bool:
    """Whether ``tok`` lies in the subtree of ``head`` (or is it)."""
    t = tok
    for _ in range(12):
        if t.i == head.i:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def anaphoric(tok: Any) -> bool:
    """A talks noun that names talks already told of: "the talks", with no word of its own
    that makes them other talks ("the next talks", "the Ruritanian talks", "talks on X")."""
    kids = list(tok.children)
    return (
        tok.tag_.startswith("NN")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in kids)
        and not any(c.dep_ in ("amod", "compound", "nummod", "prep", "poss") for c in kids)
    )


def sets_out_terms(text: str) -> bool:
    """A lead-in sentence ending in a colon whose words name a package, or a heading
    naming a part of one."""
    if _PART_HEADING.match(text.strip()):
        return True
    return text.rstrip().endswith(":") and bool(
        _PACKAGE_WORDS & set(re.findall(r"[a-z]+", text.lower()))
    )


# agents that make a release an operation ("freed by troops")
FORCE_AGENTS = {
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
MEDIATING = {
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


# bodies that decide in session: their approval or vote is a meeting (the gold convention)
COUNCILS = {"cabinet", "cabinets", "parliament", "knesset", "assembly", "council"}
_APPROVED = frozenset(
    w.lower() for w in [*vocab.verbs().deal_nouns, *vocab.verbs().package_nouns, "it", "them"]
)


def deal_approved(tok: Any) -> bool:
    """A council approving a deal or a package ("the cabinet approved the deal", "the council
    endorsed the plan"): its acceptance, not only a session held; a plan with a purpose of its
    own ("approved plans to take the port") is no package."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _APPROVED:
            return not any(
                a.dep_ in ("acl", "relcl")
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in a.children)
                for a in c.children
            )
    return False


def subject_words(tok: Any) -> set[str]:
    return {t.lower_ for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def sentence_parsed(sent: Any) -> bool:
    got = getattr(sent, "parsed", None)
    return got if got is not None else any(t.dep_ != "ROOT" for t in sent)


def trigger_at(toks: list[Any], j: int, trig: Trigger) -> bool:
    """Whether the words of a (multi-word) trigger follow at position ``j`` of ``toks``."""
    n = len(trig.words)
    if n == 1:
        return True
    if n == 2 and j + 2 < len(toks) and toks[j + 1].tag_ == "PRP" and not trig.noun:
        # a verb and its particle around a pronoun object ("turned it down", "handed them over")
        if toks[j + 2].lower_ == trig.words[1] and toks[j + 2].dep_ == "prt":
            return True
    if j + n > len(toks):
        return False
    return all(toks[j + k].lower_ == trig.words[k] for k in range(1, n))


# the forms of the verbs of drawing a package up (``drafting_verbs``: "drafted", "drawn up");
# the particle each needs, if any
_DRAFTING = dict(
    form.partition(" ")[::2]
    for lemma in vocab.verbs().drafting_verbs
    for form in vocab.verb_forms(lemma)
)


DRAFTING_WORDS = frozenset(_DRAFTING)


def drafted_together(sent: Any, places: set[int]) -> int | None:
    """The offset of a package drawn up at a named place by the officials of several parties
    ("a framework drafted in X late last month by A, B and C"): the talks that drew it up,
    besides the package tabled. ``places`` are the offsets of the places the text names."""
    for tok in sent:
        prt = _DRAFTING.get(tok.lower_)
        if prt is None or tok.pos_ != "VERB":
            continue
        if prt and not any(c.dep_ == "prt" and c.lower_ == prt for c in tok.children):
            continue
        agents = [w for c in tok.children if c.dep_ == "agent" for w in c.subtree]
        # the place on the verb or on its agent ("drawn up by A and B officials in X")
        placed = any(
            c.dep_ == "prep" and c.lower_ == "in" and any(o.idx in places for o in c.children)
            for c in [*tok.children, *(c for w in agents if w.dep_ == "pobj" for c in w.children)]
        )
        several = any(w.dep_ == "conj" for w in agents)
        if placed and several:
            return int(tok.idx)
    return None


# the heading or lead-in of a deal's terms: "Phase one (42 days)", "Stage three", "What happens
# in the first stage?", "the deal provides:"
_TERMS_HEADING = re.compile(
    r"\b(phases?|stages?|terms?|what happens|provides?|provisions?|envisages?|propos\w*)\b",
    re.I,
)
_ITEM_LINE = re.compile(r"^\s*[-–—•*·▪◦●]")
# a fact box's line ("Bodies returned in phase one: 8"): an item of a box, no heading; a tally
# when the figure stands alone after its label
_FIGURE_LINE = re.compile(r"^[^:]{1,80}:\s*(about |some |around )?\d")


def under_terms_heading(text: str, start: int) -> bool:
    """Whether the line at ``start`` sits under the heading or lead-in of a deal's terms, past
    the list items and a box's figure lines before it: a short heading ("Phase one (42 days)",
    at most eight words and no full stop) or a lead-in ending in a colon that names the terms.
    A release in the present there ("the group frees 33 people") states a term, not a
    happening; a figure line itself is a tally of what happened."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if TALLY_LINE.match(text[line_start : line_end if line_end >= 0 else len(text)].strip()):
        return False  # a box's tally ("Freed outside the deal: 5"): what happened, no term
    for line in reversed(text[max(0, line_start - 600) : line_start].split("\n")):
        line = line.strip()
        if not line or _ITEM_LINE.match(line) or _FIGURE_LINE.match(line):
            continue
        short = len(line.split()) <= 8 and not line.endswith((".", "!", '"', "”"))
        return bool((short or line.endswith(":")) and _TERMS_HEADING.search(line))
    return False


_SUMMITS = frozenset({"summit", "summits"})
# the words that make a summit a meeting of leaders: heads of state and government
# (singular: the sentence's words are read without a final "s" or "'s")
_LEADERS = frozenset({"leader", "president", "emir", "king"})
_NEGOTIATORS = frozenset({"mediator", "negotiator", "delegation", "envoy", "intelligence"})


def leaders_summit(tok: Any, sent: Any) -> bool:
    """A summit its sentence gives to leaders ("a leaders' summit", "President X, the Emir of
    Y and ... at the summit"), with no negotiators named: a meeting, not talks."""
    if tok.lower_ not in _SUMMITS:
        return False
    words = {re.sub(r"(’s|'s|s)$", "", w.lower()) for w in _WORD.findall(sent.text)}
    return bool(words & _LEADERS) and not words & _NEGOTIATORS


def restates(tok: Any, same_type: list[Any], etype: str) -> bool:
    """A trigger that tells again a happening another trigger of its type in the sentence
    names: a noun a preposition or an apposition sets on it with no verb between ("the rescue
    of four abductees, in an operation ..."), or, for force, a verb in a relative clause on it
    ("an operation the ministry said killed 274"); ``same_type``: the sentence's triggers of
    that type."""
    others = {o.i for o in same_type if o.i != tok.i}
    links: tuple[str, ...] = ("pobj", "prep", "appos")
    if tok.pos_ != "NOUN":
        if etype != "military_operation" or tok.pos_ != "VERB":
            return False
        links = ("relcl", "ccomp")
    t = tok
    for _ in range(3):
        if t.head.i == t.i or t.dep_ not in links:
            return False
        if t.dep_ == "prep" and t.lower_ not in _SAME_HAPPENING:
            return False  # "launched an offensive after the militia's attack": two
        t = t.head
        if t.i in others:
            return True
    return False


# prepositions that name the happening again ("freed in a raid", "killed during an operation",
# "the rescue, in an operation ..."), not another before or after it
_SAME_HAPPENING = frozenset({"in", "during", "through", "as", "by"})
