"""The role a count takes from its context: lists, coordinations and frames of a release.

Three structures give a figure with no verb of its own the role of another:

- a **list** (bullets, numbers, "Label: N ..." lines) continues the sentence that
  introduces it: after "The group would free eight abductees:" the items "• five living
  abductees" and "• the bodies of three" are released, planned. The lead-in is the
  nearest sentence before the list that is no item; it frames the list when it ends in a
  colon or counts people released, taken, held ... (its last figure's role);
- a number whose noun is **left out** in a coordination or a series ("four abductees
  on day one, two on day 30 and four on day 60", "with eight freed on the first day")
  takes the noun and role of the figure before it in the sentence; a number with a noun
  of its own ("four women and three children") is read as usual;
- a noun that **frames** the parts of a release ("the release schedule", "freed in two
  stages", count_nouns.yaml ``frames``) or a label naming a release ("Handover: ...")
  makes the figures of its sentence released, planned unless the sentence is past;
- a sentence that **goes on** breaking down the figure before it ("They include 250 ...",
  "Of them, 18 ...", "Eighteen of them were serving life terms" after inmates) takes that
  figure's role for its parts (:func:`goes_on`).

Used by :mod:`accord.evidence.counts` and :mod:`accord.evidence.count_phrases`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from accord.evidence.columns import remembered
from accord.evidence.count_roles import Role, V, mode_of
from accord.evidence.count_tails import predicate_after, status_after
from accord.evidence.lists import MARK

_SIDE_OF_GROUP = {"held": "held_side", "remains": "held_side", "jailed": "jailed_side"}
_FAMILY = {"held": "held", "remains": "held", "jailed": "jailed"}


@dataclass(frozen=True)
class Frame:
    """The action and mode a list's lead-in or a frame noun gives the figures it frames."""

    action: str
    mode: str
    group: str | None = None  # the group of the lead-in's figure, when it counts one


# a list item: a bullet, a number or letter mark, or a short label and a colon before text
_MARK = MARK
_ITEM_START = re.compile(rf"^[ \t]*{_MARK}")
_MARK_BEFORE = re.compile(rf"(?:^|\n)[ \t]*{_MARK}$")
_LABEL = re.compile(
    rf"^[ \t]*{_MARK}?(?P<label>[A-Za-z][\w’'-]*(?:[ \t]+[\w’'-]+){{0,3}})(?:[ \t]*:|[ \t]+[–—|])\s*\S"
)
_LETTER = re.compile(r"[A-Za-z]")


_ITEMS_KEY = "accord_items"


def is_item(sent: Any, doc_text: str) -> bool | None:
    """Whether a sentence is a list item or label line (None: no words, neither item nor
    lead-in, like a bare "1." the sentence splitter left on its own).

    Kept in the doc's user data by the sentence's offsets (with the text it was read in):
    the count and the event rules ask for every sentence.
    """
    doc = getattr(sent, "doc", None)
    if doc is None:
        return _is_item(sent, doc_text)
    key = (sent.start_char, sent.end_char)
    return remembered(doc, _ITEMS_KEY, key, lambda: _is_item(sent, doc_text), doc_text)


def _is_item(sent: Any, doc_text: str) -> bool | None:
    text = sent.text
    if not _LETTER.search(text):
        return None
    if _ITEM_START.match(text) or _MARK_BEFORE.search(
        doc_text[max(0, sent.start_char - 8) : sent.start_char]
    ):
        return True
    m = _LABEL.match(text)
    if m is None:
        return False
    end = sent.start_char + m.end("label")  # a label names, it says nothing ("He said: ...")
    return not any(t.idx < end and t.pos_ in ("VERB", "AUX") for t in sent)


def _past(sent: Any) -> bool:
    return any(t.tag_ == "VBD" and t.pos_ in ("VERB", "AUX") for t in sent)


def _release_words(sent: Any) -> list[Any]:
    return [
        t
        for t in sent
        if V.action_nouns.get(t.lower_) == "released"
        or (V.action(t.lower_) == "released" and t.pos_ in ("VERB", "AUX"))
    ]


def _release_mode(sent: Any, word: Any, parsed: bool) -> str:
    """Planned unless the release is done: a past verb of release, or (for a noun) a past
    main verb; a modal or verb of arrangement makes it planned whatever the tense."""
    if word.pos_ in ("VERB", "AUX"):
        if parsed and mode_of(word) != "actual":
            return mode_of(word)
        before = {t.lower_ for t in sent if word.i - 3 <= t.i < word.i}
        if before & (V.planned_aux | V.planned_governors | {"to"}):
            return "planned"
        return "actual" if word.tag_ in ("VBD", "VBN") else "planned"
    return "actual" if _past(sent) else "planned"


def sentence_frame(sent: Any, parsed: bool) -> Frame | None:
    """A release framed in the sentence itself: a frame noun near a word of release ("the
    release schedule", "freed in two stages"), or a label naming one ("Handover: ...")."""
    words = getattr(sent, "words", None)
    framing = words is None or not words.isdisjoint(V.frames)
    label = _LABEL.match(sent.text) if ":" in sent.text else None
    if not framing and label is None:
        return None
    release = _release_words(sent)
    if not release:
        return None
    for f in (t for t in sent if t.lower_ in V.frames) if framing else ():
        near = [r for r in release if abs(r.i - f.i) <= 4]
        if near:
            return Frame("released", _release_mode(sent, near[0], parsed))
    if label is not None:
        end = sent.start_char + label.end("label")
        named = [r for r in release if r.idx < end and r.pos_ != "VERB"]
        if named:
            return Frame("released", _release_mode(sent, named[0], parsed))
    return None


def lead_frame(sent: Any, roles: list[Role], parsed: bool) -> Frame | None:
    """The frame a sentence gives the list after it: its last figure's action and mode,
    else (when it ends in a colon or frames a release) the action its words name."""
    for role in reversed(roles):
        group = role.group
        if group in ("people", "combatants"):  # people of a side: its abductees or inmates
            group = {"held_side": "held", "jailed_side": "jailed"}.get(role.side or "")
        if role.action is not None and group in ("held", "jailed", "remains"):
            return Frame(role.action, role.mode, group)
    framed = sentence_frame(sent, parsed)
    if framed is not None:
        return framed
    if not sent.text.rstrip().endswith(":"):
        return None
    for t in sent:
        action = V.action(t.lower_) if t.pos_ in ("VERB", "AUX") else V.action_nouns.get(t.lower_)
        if action == "released":
            return Frame(action, _release_mode(sent, t, parsed))
        if action is not None and t.pos_ in ("VERB", "AUX"):
            return Frame(action, mode_of(t) if parsed else "actual")
    return None


def apply_frame(role: Role, frame: Frame) -> None:
    """Give a figure with no verb of its own the framed action and mode, when its people
    are of the frame's kind (abductees and remains, or inmates)."""
    if role.action is not None or role.whole:
        return
    if role.group not in ("held", "jailed", "remains", "people", "combatants"):
        return
    mine, theirs = _FAMILY.get(role.group or ""), _FAMILY.get(frame.group or "")
    if mine and theirs and mine != theirs:
        return
    if role.status == "living" and frame.action in ("killed", "found_dead"):
        return  # "living" people are not among the dead the lead-in counts
    role.action, role.mode = frame.action, frame.mode
    if role.side is None and role.group in ("people", "combatants") and frame.group:
        role.side = _SIDE_OF_GROUP.get(frame.group)


_COORDINATED = re.compile(r"(,|;|\band|\bwith|\bthen|\bplus)\s*(another\s+|then\s+)?$", re.I)
_ELIDED_AFTER = re.compile(
    r"^\s*(more\s+)?(?P<next>on|in|at|by|during|after|before|within|over|from|under|"
    r"per|next|later|[a-z]+ed)\b",
    re.I,
)


def elided(num_tok: Any, before: str, after: str, earlier: list[Role]) -> Role | None:
    """A number whose noun is left out in a coordination or series ("..., two on day 30 and
    four on day 60", "with eight freed on the first day"): the role of the figure before it.
    A verb of its own with another action ("and two were found dead") is read elsewhere."""
    if not earlier or not _COORDINATED.search(before):
        return None
    m = _ELIDED_AFTER.match(after)
    # "24 are alive and 35 dead": a life status alone after the number
    st = re.match(r"\s*([a-z]+)\b\s*($|[,;.)]|and\b)", after, re.I)
    alone = V.status(st.group(1)) if st else None
    if (m is None and alone is None) or num_tok.pos_ != "NUM":
        return None
    head = earlier[-1]
    if head.group is None or head.whole or head.group in ("units", "population"):
        return None
    own = predicate_after(after)
    word = m.group("next").lower() if m else ""
    participle = V.action(word) if word.endswith("ed") else None
    if word.endswith("ed") and participle is None and alone is None:
        return None  # another verb: "and two escaped"
    if participle == "held" and head.action == "released" and num_tok.dep_ != "nsubj":
        # "will free 250 serving life and 1,700 detained since the war": who they are, not
        # what befalls them; the verb of the first figure frees both
        participle = None
    if own or (participle and participle != head.action):
        return None  # its own verb: read by the rules for an omitted noun
    return Role(
        group=head.group,
        side=head.side,
        action=head.action,
        status=alone or status_after(after) or head.status,
        mode=head.mode,
        noun=head.noun,
        rescued=head.rescued,
        nominal=head.nominal,
    )


# a sentence that goes on breaking down the figure before it ("They include 250 ...", "the
# group is made up of 13 ...")
_GOES_ON = re.compile(
    # (past a source: "An official said the group is made up of ...")
    r"\W*([^,;.]{1,60}?\b(said|says|added|told\s+\w+|showed|shows)\s+(that\s+)?)?"
    r"(they|these|those|this|the figure|the total|the (\w+\s+)?(group|batch))\s+"
    r"((is|are|was|were)\s+(said|expected|believed|reported)\s+to\s+)?"
    r"(include|includes|included|comprise|comprises|comprised|"
    r"((is|are|was|were)\s+)?made\s+up\s+of|consists?\s+of|consisted\s+of|"
    # "they were 69 women and 21 minors": the figure before, told by its parts
    r"(are|were)(?=\s+((about|some|around)\s+)?(\d|(two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)))\b"
    r"|\W*(among|of)\s+(them|these|those|whom)\b",
    re.I,
)
# a part of the inmates counted before opening a sentence ("Eighteen of them were serving
# life terms", "Seven of them were deported", "The remaining 111 had been detained in the
# war"): it goes on with them, freed or held as they
# were (other people's parts tell their own status: "20 of them are believed alive")
_INMATES_PART = re.compile(
    r"\W*(according\s+to\s+[^,;]{1,60},\s*)?"  # (past a source: "According to a list, ...")
    r"((about|around|some|at least|nearly|almost)\s+)?(\d[\d,]*|[a-z]+(-[a-z]+)?)\s+of\s+"
    r"them\b|\W*the\s+(remaining|other)\s+(\d[\d,]*|[a-z]+(-[a-z]+)?)\s+(had|have|were|was)\b",
    re.I,
)


# a part of the people counted before anywhere in a sentence ("..., 24 of them are believed to
# be alive", "the military says 39 of those are dead")
_PART_OF_THEM = re.compile(
    r"(?<![\w,.])(\d[\d,]*|[a-z]+(-[a-z]+)?)\s+of\s+(them|those|the\s+\d[\d,]*)\s+"
    r"(are|were|is|was|have|had)\b",
    re.I,
)


def goes_on(text: str, before: Role) -> bool:
    """Whether a sentence goes on breaking down the figure of the sentence before it (its
    role ``before``): "They include 250 ...", "Of them, 18 ...", for inmates "Eighteen of
    them were serving life terms", and for those held "..., 24 of them are believed alive", "36 of the 98 are dead"."""
    return bool(
        _GOES_ON.match(text)
        or (before.group == "jailed" and _INMATES_PART.match(text))
        or (
            before.action in ("held", None)  # (a part of those freed tells its own status)
            and (before.group in ("held", "remains") or before.action == "held")
            and _PART_OF_THEM.search(text)
        )
    )


# a source putting the figure told before at its own number ("The X Society put the figure at
# 1,966", "officials put the total at about 140", "have put it lower, at 60")
_RESTATED = re.compile(
    r"\b(put|puts|putting|placed|places|gave|gives|set|sets)\s+((the|its|their|that)\s+"
    r"(figure|total|number|tally|count)|it(\s+(lower|higher))?,?)\s+(at|as)\s+[\"“]?$",
    re.I,
)


def restated(text: str, start: int, before: Role | None) -> Role | None:
    """The role of the figure told just before (``before``: earlier in the sentence, else in
    the sentence before), where the number at ``start`` puts that figure at another value
    ("274 were killed, the ministry said; the military put the figure at under 100")."""
    if before is None or not _RESTATED.search(text[max(0, start - 60) : start]):
        return None
    return replace(before)
