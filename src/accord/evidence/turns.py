"""Turns of a transcript: who speaks each answer of an interview, a briefing or a debate.

A transcript gives each turn a label at the start of its line ("Q:", "A:", "Q.", "A.",
"MR. VARGA:", "Anna Varga:") and no reporting verb, so the sentences of an answer have no cue
of their own.
A text is read as a transcript when at least three lines open with a speaker's label and one
of those labels recurs: a dateline or a one-off "Photo: ..." line opens one line, not a
dialogue. A question (Q, a reporter, the host) reports nothing. An answer is its speaker's:
"A" is the person the introduction (the text before the first question or answer, else
before the first turn) names where it tells of the interview ("She spoke to us"), else the one
it names first, not as the name of a package ("the Vale plan"), else the one it describes
without a name; a name label is the person of the text with that surname, or the person it
names in full; a label of initials after a label in full ("Anna Varga:", then "AV:") is that
label's speaker, and the initials of one that names no person (the outlet's) ask.

A text of excerpts that quotes parties line by line under their labels ("X, Defence
Ministry: “...”", "Y: “...”") is no transcript, but each such line's quotation is that party's,
speaking through the unit the label names (:func:`statement_lines`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from accord.evidence.actors import ActorIndex, Person
from accord.evidence.attribution import Attribution, person_name

# a label: up to four words from a capital letter, then a colon and the turn's words; or a
# question's or answer's letter with a full stop ("Q. What did X say?", "A. In substance, ...")
LABEL = re.compile(
    r"^[ \t]*(?P<label>[A-Z][\w.'’ -]{0,40}?|[QA](?=\.))[ \t]*(?::|(?<=[QA])\.)[ \t]+(?=\S)", re.M
)
QUESTIONERS = frozenset(
    (
        "q question reporter interviewer host anchor moderator journalist presenter "
        "correspondent audience"
    ).split()
)
ANSWERS = frozenset(("a", "answer"))
HONORIFICS = frozenset("mr mrs ms dr prof sir madam".split())
MIN_TURNS = 3  # lines opening with a speaker's label, for a text to be a transcript
MAX_LABEL_WORDS = 4

Turn = tuple[int, int, Attribution | None]  # where the turn's words start and end, its speaker


def _key(label: str) -> str:
    """A label as compared across turns: lower case, without honorifics and dots.

    >>> _key("MR. VARGA"), _key("Q"), _key("Anna Varga")
    ('varga', 'q', 'anna varga')
    """
    words = [w.strip(".").lower() for w in label.split()]
    return " ".join(w for w in words if w and w not in HONORIFICS)


def _surname(name: str) -> str:
    last = name.split()[-1].lower() if name.split() else ""
    return re.sub(r"^(?:al|el)[-‐]", "", last)


def _person(key: str, start: int, end: int, index: ActorIndex) -> Person | None:
    """The person a name label stands for: the one it names, else the text's one person of
    that surname."""
    named = index.people_in(start, end)
    if named:
        return named[0][2]
    surname = _surname(key)
    found = {p.name: p for _s, _e, p in index.people if _surname(p.name) == surname}
    return next(iter(found.values())) if len(found) == 1 else None


def transcript_turns(text: str, index: ActorIndex) -> list[Turn]:
    """The turns of ``text`` when it is a transcript, each with its speaker (``None`` for a
    question or a speaker not known); ``[]`` for any other text."""
    labels: list[tuple[re.Match[str], str, Person | None]] = []
    initialled: dict[str, tuple[str, Person | None]] = {}  # "KM" for "Karim Mansour:" before
    for m in LABEL.finditer(text):
        key = _key(m["label"])
        if not key or len(key.split()) > MAX_LABEL_WORDS:
            continue
        if key in QUESTIONERS or key in ANSWERS:
            labels.append((m, key, None))
            continue
        if m["label"] in initialled:
            # a label's initials after it in full: the same speaker (one not a person, the
            # outlet's name, asks: "Gulf Post: ...", then "GP: ...")
            full, who = initialled[m["label"]]
            labels.append((m, full if who is not None else "q", who))
            continue
        person = _person(key, m.start("label"), m.end("label"), index)
        words = m["label"].split()
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            initialled.setdefault("".join(w[0] for w in words), (key, person))
            # and of each part of a hyphenated name ("Hana Abdel-Ghani:", then "HAG:")
            parts = [p for w in words for p in re.split(r"[-‐]", w) if p[:1].isupper()]
            initialled.setdefault("".join(p[0] for p in parts), (key, person))
        if person is not None:
            labels.append((m, key, person))
    counts = Counter(key for _m, key, _p in labels)
    if len(labels) < MIN_TURNS or max(counts.values(), default=0) < 2:
        return []
    # (the introduction ends at the first question or answer: a headline or a byline line
    # before it may carry a label of its own, "X: talks go on")
    opening = next((m for m, key, _p in labels if key in QUESTIONERS or key in ANSWERS), None)
    interviewee = _interviewee(text, (opening or labels[0][0]).start(), index)
    turns: list[Turn] = []
    for i, (m, key, person) in enumerate(labels):
        end = labels[i + 1][0].start() if i + 1 < len(labels) else len(text)
        speaker = None
        if key in ANSWERS:
            speaker = interviewee
        elif person is not None:
            speaker = Attribution(person_name(person.name), person.actor)
        turns.append((m.end(), end, speaker))
    return turns


# a name that modifies a package's noun names no speaker ("a mediator on the Vale plan")
_NAMED_PACKAGE = re.compile(
    r"(?:['’]s)?\s+(plan|proposal|outline|framework|deal|paper|draft|initiative|formula)\b", re.I
)
# an unnamed interviewee the introduction describes ("A retired Alder diplomat who took part
# in earlier rounds spoke to us"): the description
_DESCRIBED = re.compile(
    r"(?:^|[.!?]\s+|\n)(?P<who>(?:An?|The)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:diplomat|official|negotiator|mediator|analyst|minister|spokesperson|spokesman|"
    r"spokeswoman|adviser|advisor|commander|envoy|source|member|leader))\b"
    r"[^.\n]{0,120}?\b(?:spoke|talked|told|sat\s+down|answered|agreed\s+to\s+speak)\b",
)


# the introduction's words for the interview itself ("She spoke to The X on Wednesday night")
_SPOKE = re.compile(
    r"\b(?:(?:spoke|speaks|talked|talks)\s+(?:to|with)|sat\s+down\s+with|agreed\s+to\s+speak|"
    r"in\s+an\s+interview\s+with)\b",
    re.I,
)


def _interviewee(text: str, end: int, index: ActorIndex) -> Attribution | None:
    """Who answers ("A:"): the person the introduction (up to ``end``) names in the sentence
    that tells of the interview or the one before it ("X spent years on the file. She spoke to
    us"); else the first person it names, not as a package's name; else the person it
    describes without a name."""
    people = [(s, e, p) for s, e, p in index.people_in(0, end) if not _NAMED_PACKAGE.match(text, e)]
    spoke = _SPOKE.search(text, 0, end)
    if spoke is not None:
        # back to the start of the sentence before the one that tells of the interview
        stops = [m.end() for m in re.finditer(r"[.!?]\s+|\n", text[: spoke.start()])]
        since = stops[-2] if len(stops) > 1 else 0
        near = [p for s, _e, p in people if since <= s < spoke.start()]
        if near:
            return Attribution(person_name(near[-1].name), near[-1].actor)
    for _s, _e, person in people:
        return Attribution(person_name(person.name), person.actor)
    m = _DESCRIBED.search(text, 0, end)
    if m is None:
        return None
    actors = [a.actor for a in index.actors_in(m.start("who"), m.end("who"))]
    return Attribution(m["who"], actors[0] if actors else None, description=m["who"])


# a line of excerpts: a party's label (its unit after a comma), a colon, then a quotation
# ("Ruritania, Prime Minister's Office: “...”")
STATEMENT_LINE = re.compile(
    r"^[ \t]*(?P<label>[A-Z][\w.'’ -]{0,40}?(?:,[ \t]*[A-Z][\w.'’ -]{0,50}?)?)[ \t]*:[ \t]*"
    r"(?=[\"“])(?P<words>[^\n]*)",
    re.M,
)


def statement_lines(text: str, index: ActorIndex) -> list[Turn]:
    """Lines that quote a party under its label, each with its speaker: the party, speaking
    through the unit after the comma when the label names one ("X, Prime Minister's Office:
    “...”"), or through the person the label names."""
    turns: list[Turn] = []
    for m in STATEMENT_LINE.finditer(text):
        start, end = m.start("label"), m.end("label")
        people = index.people_in(start, end)
        if people:
            person = people[0][2]
            turns.append(
                (
                    m.start("words"),
                    m.end("words"),
                    Attribution(person_name(person.name), person.actor),
                )
            )
            continue
        actors = index.actors_in(start, end)
        if not actors or actors[0].evidence.start != start:
            continue  # (a label that does not open with a party: "Photo: ...")
        unit = m["label"].split(",", 1)[1].strip() if "," in m["label"] else None
        turns.append((m.start("words"), m.end("words"), Attribution(unit, actors[0].actor)))
    return turns


def attribute_turns(text: str, sents: list, index: ActorIndex, atts: list) -> None:
    """Give each sentence of an answer, or of a party's quoted statement line, that has no
    source of its own the answer's or the line's speaker."""
    turns = [
        (s, e, a)
        for s, e, a in transcript_turns(text, index) or statement_lines(text, index)
        if a is not None
    ]
    if not turns:
        return
    for k, sent in enumerate(sents):
        if atts[k] is not None:
            continue
        for start, end, speaker in turns:
            if sent.start_char < end and sent.end_char > start:
                atts[k] = replace(speaker, content=(max(start, sent.start_char), sent.end_char))
                break
