"""Counts: numbers about people and exchanges, typed by the role of the people counted.

A number counts when it quantifies people or units. Its role is read from the
parse and the count vocabulary (``data/count_nouns.yaml``, :mod:`count_vocab`):

- **who**: the group its noun names — people held by the other side, prisoners,
  remains, people in general, units — and the side an adjective or demonym puts
  them on (a side's "captives" in its adversary's prisons are prisoners);
- **what happened**: the verb the noun is an argument of ("were freed", "holds"),
  else a noun of action over it ("the release of N"), else its own participle
  ("hostages taken");
- **living or dead**: status words ("surviving", "the bodies of");
- **mode**: planned when the verb is modal or future ("would be released"), under
  a verb of arrangement ("agreed to return") or a deal's terms ("the deal includes
  the release of"); demanded under a verb of asking (then the figure counts those
  held, not released).

Numbers whose noun is left out take it from the phrase around them ("of whom
two", "including seven", "another 253 as hostages", "one was freed"), from a
breakdown's head ("24 hostages — 23 of one nationality and one of another"), or
from a fact-box label ("Hostages released: 33"). Years, dates, ordinals under
100, durations, ages, percentages, compounds ("a four-day truce") and vague
amounts ("dozens") are not counts; a definite repeat of a figure already
counted in the document ("the four soldiers") is not counted again.

``as_of`` is the day the figure refers to: a date in its clause, else the
origin date for people taken, else the publication date (totals "so far",
planned figures as of their announcement); unknown stays ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from accord.evidence.count_vocab import vocabulary
from accord.evidence.dates import find_date_mentions, resolve_relative, resolve_undated
from accord.evidence.numbers import Number, find_numbers
from accord.evidence.types import Count, PublicationDate, Span

V = vocabulary()
# words that make a sentence worth parsing for counts (with a number in it)
COUNTABLE = V.nouns | {"who", "whom", "which"}

_UNIT_AFTER = re.compile(
    r"\s*(-|–|(days?|weeks?|months?|years?|hours?|minutes?|times|percent|per\s?cent|%|"
    r"km|kilometers?|kilometres?|miles?|meters?|metres?|dollars?|shekels?|euros?|"
    r"points?|phases?|stages?|am|pm|a\.m\.|p\.m\.|st|nd|rd|th)\b)", re.I)
_VAGUE_BEFORE = re.compile(r"\b(dozens|hundreds|thousands|several|a (large|great|huge) "
                           r"number)\s*(of\s*)?$", re.I)
_RESCUERS = re.compile(r"\bby\s+(\w+\s+){0,2}(forces|troops|military|army|soldiers|"
                       r"commandos|police|units?)\b", re.I)
_TOTAL = re.compile(r"\b(so far|in total|since|to date|overall|altogether|currently|"
                    r"still|remain\w*)\b", re.I)
_MODES = ("actual", "planned", "demanded", "conditional", "hypothetical")
_CONDITION_MARKS = {"if", "unless", "once", "provided"}


@dataclass
class Role:
    """Who the people counted are and what happened to them."""

    group: str | None = None  # held, prisoner, remains, people, units, population
    side: str | None = None  # held_side, prisoner_side
    action: str | None = None  # taken, held, released, rescued, killed, wounded ...
    status: str | None = None  # living, dead
    mode: str = "actual"
    noun: str = ""
    whole: bool = False  # "some of the 240 hostages": the figure is the whole, not the part
    rescued: bool = False  # freed by armed forces, not handed over
    nominal: bool = False  # the action is a noun over the figure ("the release of N")
    label: str = ""  # the counted noun as written, for units


def _is_year_or_date(num: Number, text: str) -> bool:
    raw = text[num.num_start:num.end]
    if re.fullmatch(r"(19|20)\d\d", raw):
        return True  # a year: counts of that size are written with a comma
    return False


def _skip(num: Number, text: str, dates: list[tuple[int, int]]) -> bool:
    """Numbers that are no counts: dates, years, ordinals, units, compounds, vague amounts."""
    if any(s <= num.num_start < e for s, e in dates) or _is_year_or_date(num, text):
        return True
    if num.ordinal and num.value < 100:
        return True
    if _UNIT_AFTER.match(text[num.end:]):
        return True
    if num.value == 1 and re.match(r"\s+(of|among)\b", text[num.end:]):
        return True  # "one of the hostages": a person among them, not a count
    before = text[:num.start]
    if re.search(r"[$€£#№]\s*$|\b(No|no|number|Resolution|Article|Point|Section)\.?\s*$",
                 before):
        return True
    return bool(_VAGUE_BEFORE.search(before)) and num.value < 100


def _tokens(sent: Any, start: int, end: int) -> list[Any]:
    return [t for t in sent if start <= t.idx < end]


def _parsed(sent: Any) -> bool:
    return any(t.head.i != t.i for t in sent)


def _noun_run(sent: Any, num_tok: Any) -> list[Any]:
    """The tokens of the noun phrase after a number ("civilian women and children hostages")."""
    run: list[Any] = []
    for t in sent:
        if t.i <= num_tok.i:
            continue
        low = t.lower_
        if t.pos_ in ("NOUN", "PROPN", "ADJ") or (t.tag_ in ("VBN", "VBG") and V.status(low)) \
                or (low in ("and", "or") and run) or (t.tag_ == "HYPH" and run):
            run.append(t)
            if len(run) >= 7:
                break
            continue
        if t.pos_ == "VERB" and V.group(low):
            run.append(t)  # "captive" tagged as a verb
            continue
        break
    while run and (run[-1].lower_ in ("and", "or") or run[-1].tag_ == "HYPH"):
        run.pop()
    return run


_GROUP_RANK = {"held": 0, "prisoner": 0, "remains": 0, "people": 2, "combatants": 2, "units": 3}


def _head_noun(run: list[Any]) -> Any | None:
    """The counted noun of a run: the most specific group word, else its last noun."""
    best = None
    for t in run:
        g = V.group(t.lower_)
        rank = _GROUP_RANK.get(g or "", 9)
        if V.demonyms.get(t.lower_) and t.pos_ in ("NOUN", "PROPN"):
            rank = min(rank, 1)
        if t.lower_ in V.population:
            rank = min(rank, 1)
        if t.lower_ in V.event_nouns:
            rank = min(rank, 2)
        if rank < 9 and (best is None or rank <= best[0]):
            best = (rank, t)
    return best[1] if best else None


def _side_of(run: list[Any], noun: Any) -> str | None:
    for t in run:
        if t.i <= noun.i:
            side = V.side(t.lower_)
            if side:
                return side
    return None


def _mode_of(verb: Any) -> str:
    """The mode of a verb from its auxiliaries, markers and the verb it depends on."""
    kids = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass", "mark")}
    if kids & _CONDITION_MARKS or verb.dep_ == "advcl" and any(
            c.lower_ in _CONDITION_MARKS for c in verb.children):
        return "conditional"
    head = verb.head if verb.head.i != verb.i else None
    if head is not None and verb.dep_ in ("xcomp", "ccomp", "advcl", "acl", "pcomp"):
        if head.lower_ in V.demanded:
            return "demanded"
        if head.lower_ in V.planned_governors:
            return "planned"
    if kids & V.planned_aux:
        return "planned"
    if "to" in kids and (head is None or verb.dep_ == "ROOT" or head.pos_ not in ("VERB", "AUX")):
        return "planned"  # a headline's future: "Hamas to free three hostages"
    if verb.tag_ == "VB" and head is not None and head.lower_ in V.planned_aux:
        return "planned"
    if verb.dep_ == "conj" and head is not None and head.pos_ in ("VERB", "AUX"):
        return _mode_of(head)  # "would release N and hand over M": one mode for both
    return "actual"


def _noun_mode(noun: Any) -> str:
    """The mode of a noun of action ("the release of"): from the verb or noun over it."""
    t = noun
    for _ in range(4):
        h = t.head
        if h.i == t.i:
            break
        low = h.lower_
        if low in V.demanded:
            return "demanded"
        if low in V.planned_governors or low in V.planned_nouns:
            return "planned"
        if h.pos_ in ("VERB", "AUX"):
            return _mode_of(h) if _mode_of(h) != "actual" else "actual"
        t = h
    return "actual"


def _governor(noun: Any, role: Role) -> None:
    """Fill the role's action and mode from the words that govern ``noun`` in the parse."""
    t = noun
    for _ in range(8):
        h = t.head
        if h.i == t.i:
            return
        dep, low = t.dep_, h.lower_
        if dep in ("appos", "conj", "nummod", "quantmod", "compound", "amod", "det", "nmod"):
            if dep in ("appos", "conj") and V.group(h.lower_) and not role.group:
                role.group = V.group(h.lower_)
            t = h
            continue
        if dep == "pobj":
            prep, over = h, h.head
            plow = prep.lower_
            if plow == "of" and over.i != prep.i:
                if over.lower_ in V.action_nouns:
                    role.action = V.action_nouns[over.lower_]
                    role.mode = _noun_mode(over)
                    role.nominal = True
                    return
                if V.group(over.lower_) == "remains":
                    role.status = "dead"
                    role.group = "remains"
                    t = over
                    continue
                if over.pos_ in ("NUM", "DET", "ADJ", "PRON") or over.lower_ in (
                        "dozens", "hundreds", "some", "many", "most", "all", "half"):
                    role.whole = True  # a part of the figure is meant, the figure is the whole
                    return
            if plow in ("for", "involving") and (V.action_nouns.get(over.lower_) == "released"
                                                 or V.action(over.lower_) == "released"):
                role.action = "released"
                role.mode = _noun_mode(over) if over.pos_ == "NOUN" else _mode_of(over)
                return
            if plow == "for" and any(V.action_nouns.get(w.lower_) == "released" or
                                     V.action(w.lower_) == "released"
                                     for w in t.sent if w.i < prep.i):
                role.action = "released"  # "(an exchange of A) for B": B are released too
                return
            t = prep
            continue
        if dep in ("prep", "agent", "dative"):
            t = h
            continue
        if h.pos_ in ("VERB", "AUX") or h.tag_.startswith("VB"):
            action = V.action(low)
            if action == "found_dead" and not _dead_near(h):
                action = None
            if action:
                role.action = action
                role.mode = _mode_of(h)
                if action == "released" and (_RESCUERS.search(_subtree_text(h))
                                             or _by_rescue(h)):
                    role.rescued = True
                if role.action == "held" and any(c.lower_ == "dead" for c in h.children):
                    role.status = "dead"
                return
            if h.lower_ in ("is", "are", "was", "were", "be", "been", "being") or h.dep_ in (
                    "aux", "auxpass"):
                t = h
                continue
            if h.dep_ in ("acl", "relcl") and h.head.lower_ in V.action_nouns:
                role.action = V.action_nouns[h.head.lower_]  # "an exchange involving N"
                role.mode = _noun_mode(h.head)
                return
            # a verb of arrangement or asking with a clause under it: read that clause
            for c in h.children:
                if c.dep_ in ("xcomp", "ccomp") and V.action(c.lower_):
                    role.action = V.action(c.lower_)
                    role.mode = "demanded" if low in V.demanded else (
                        "planned" if low in V.planned_governors else _mode_of(c))
                    return
            return
        if h.pos_ in ("NOUN", "PROPN"):
            if low in V.action_nouns:
                role.action = V.action_nouns[low]
                role.mode = _noun_mode(h)
                return
            if V.action(low) and h.dep_ == "conj" and h.head.pos_ in ("VERB", "AUX"):
                role.action = V.action(low)  # a verb tagged as a noun: "release N and hand over"
                role.mode = _mode_of(h.head)
                return
        t = h


def _by_rescue(verb: Any) -> bool:
    """A relative clause on a noun of rescue ("operations, which freed N")."""
    if verb.dep_ != "relcl":
        return False
    return any(V.action_nouns.get(w.lower_) == "rescued" for w in verb.sent
               if verb.head.i - 8 <= w.i < verb.i)


def _subtree_text(tok: Any) -> str:
    return " ".join(t.text for t in tok.subtree)


def _dead_near(verb: Any) -> bool:
    return any(c.lower_ == "dead" or V.status(c.lower_) == "dead" for c in verb.subtree)


def _modifiers(noun: Any, role: Role) -> None:
    """Participles and relative clauses on the noun ("hostages taken", "who were held")."""
    for c in noun.children:
        if c.dep_ in ("acl", "relcl", "amod") and V.action(c.lower_):
            if role.action is None:
                role.action = V.action(c.lower_)
                role.mode = _mode_of(c) if c.dep_ != "amod" else role.mode
        if c.dep_ in ("amod", "compound", "nummod") and V.status(c.lower_) and c.i < noun.i:
            role.status = V.status(c.lower_)
        if c.dep_ == "amod" and c.lower_ == "former":
            role.group = "people"  # "former hostages" are no longer held: plain people


_DUE = re.compile(r"\s*(who are |that are )?(due|set|scheduled|expected|slated)\s+(for|to)\s+"
                  r"(be\s+)?(?P<what>[a-z]+)", re.I)
_AMONG = re.compile(r"\s*(were|are|was|is)\s+among\s+(those|the \w+)\s+(?P<what>[a-z]+)", re.I)
_HELD_TAIL = re.compile(r"\s*(who|that)?\s*(are|were|is)?\s*(still|remaining|left|"
                        r"remain\w*|unaccounted)\b", re.I)


def _hostage_phrase(text: str) -> bool:
    """Whether the words after a noun say the people are or were held hostage."""
    return bool(re.match(r"\W*((who|that|are|were|is|was|being|been|have|had|still|currently|"
                         r"now|also)\s+){0,3}(held|taken|kept|seized|abducted)\s+(as\s+)?"
                         r"(hostages?|captives?)\b", text, re.I)) or bool(
        re.match(r"\s*(as|were|are)\s+(hostages|captives)\b", text, re.I))


def _quantity(role: Role) -> tuple[str, str | None]:
    """The count quantity (and label for ``other``) of a role."""
    group, action, status = role.group, role.action, role.status
    labels = V.other_labels
    if group == "population":
        return "other", labels["population"]
    if group == "units":
        return "other", role.label or role.noun
    if action in ("killed", "wounded", "displaced") and not (
            group == "held" and role.side != "prisoner_side" and action == "killed"):
        return "other", labels[action]
    if role.side == "prisoner_side" or group == "prisoner":
        if action in ("released", None) and (action or role.mode != "actual"):
            return "prisoners_released", None
        if action == "released":
            return "prisoners_released", None
        return "other", labels["held_prisoners"]
    if action == "killed" and group == "held" and role.side != "prisoner_side":
        return "hostages_killed_in_captivity", None
    if group == "remains" or (status == "dead" and group == "held"):
        if action == "held" or role.mode == "demanded" or (group == "held" and action is None):
            return "hostages_held_dead", None
        return "bodies_returned", None
    held = group == "held" or role.side == "held_side"
    if not held and group == "combatants":
        return "other", labels["people"]
    if not held and group == "people" and action not in ("taken", "released", "rescued",
                                                         "found_dead"):
        return "other", labels["people"]
    if role.whole and action in (None, "taken"):
        return "hostages_taken", None
    if action == "found_dead":
        return "bodies_returned", None
    if action == "rescued" or (action == "released" and role.rescued):
        return "hostages_rescued", None
    if action == "released" and role.mode == "demanded" and status != "dead":
        return "hostages_held_living", None  # asking for the release of those still held
    if action == "released":
        return "hostages_released", None
    if action == "killed":
        return "hostages_killed_in_captivity", None
    if action == "held":
        if status == "living" or role.mode == "demanded":
            return "hostages_held_living", None
        return "other", labels["held_hostages"]
    if action is None and status == "living":
        return "hostages_held_living", None
    if action == "taken" or group == "held":
        return "hostages_taken", None
    return "other", labels["people"]


def _antecedent_group(sent: Any, before: int, previous: str | None) -> str | None:
    """The group of the last counted noun before a number in its sentence, else earlier."""
    found = None
    for t in sent:
        if t.idx >= before:
            break
        g = V.group(t.lower_) or ("people" if V.demonyms.get(t.lower_) and t.pos_ in (
            "NOUN", "PROPN") else None)
        if g and g != "units":
            found = g
    return found or previous


# a number that breaks down the figure before it: "of whom 25", "(35 of them", "including 30"
_PART_BEFORE = re.compile(r"(\b(of (whom|which|them)|including|includes?|included|among them|"
                          r"among whom)|[(—–:])"
                          r"\s*(at least |about |around |some |nearly |more than )?$", re.I)
_PART_AFTER = re.compile(r"^\s*(of (them|whom|which|those)|more)\b", re.I)


def _part_of(num: Number, text: str, earlier: list[Role]) -> Role | None:
    """The role of a part of the figure before it in the sentence ("of whom 25 are dead"):
    its group and what happened to it, its own status."""
    if not earlier:
        return None
    if not (_PART_BEFORE.search(text[:num.start]) or _PART_AFTER.match(text[num.end:])):
        return None
    head = earlier[-1]
    group = "held" if head.group in ("people", "combatants") and head.action in (
        "taken", "held") else head.group
    action = "held" if head.action == "taken" and _HELD_TAIL.match(text[num.end:]) else \
        head.action
    return Role(group=group, side=head.side, action=action, status=None,
                mode=head.mode, noun=head.noun, rescued=head.rescued, nominal=head.nominal)


def _status_after(text: str) -> str | None:
    """Living or dead, as the clause after a number says ("25 are believed to be dead")."""
    clause = re.split(r"[,;.)]|\band\b", text, maxsplit=1)[0]
    for w in re.findall(r"[a-z]+", clause.lower())[:16]:
        if V.status(w):
            return V.status(w)
    return None


_PREDICATE = re.compile(r"\W*((were|was|are|is|have|has|had|been|being|also|later|still|"
                        r"reportedly|all|then|now)\s+){1,3}(?P<verb>[a-z]+)(?P<rest>[^,;.]*)",
                        re.I)


def _predicate_after(after: str) -> str | None:
    """The action of the passive or perfect verb right after a number ("two were found dead")."""
    m = _PREDICATE.match(after)
    if not m:
        return None
    action = V.action(m.group("verb"))
    if action == "found_dead" and not re.search(r"\b(dead|bodies|remains)\b", m.group("rest"),
                                                re.I):
        return None
    return action


def _total_noun(word: Any, role: Role) -> bool:
    """The role of a running total brought "to N": "the number of hostages freed", "the
    death toll" (``word``: the total's noun, or the verb it is the object of)."""
    for c in [word, *word.children]:
        if c is not word and c.dep_ not in ("dobj", "nsubjpass", "nsubj"):
            continue
        low = c.lower_
        if low in V.event_nouns or V.action_nouns.get(low) == "killed":
            role.group, role.action = "people", "killed"
            return True
        if low in ("number", "total", "tally", "count"):
            for prep in c.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for g in prep.children:
                        group = V.group(g.lower_) or ("people" if V.demonyms.get(g.lower_)
                                                      else None)
                        if group:
                            role.group, role.noun = group, V.singular.get(g.lower_, g.lower_)
                            role.side = V.demonyms.get(g.lower_)
                            _modifiers(g, role)
                            return role.action is not None or group != "people"
    return False


def _omitted_noun_role(num_tok: Any, sent: Any, prev: str | None, earlier: list[Role]
                       ) -> Role | None:
    """A number whose noun is left out: "one was freed", "another 253 as hostages", "97 are
    still in Gaza". Counted only when its clause says what happened to the people."""
    role = Role()
    after = sent.doc_text[num_tok.idx + len(num_tok.text):num_tok.idx + 80] if hasattr(
        sent, "doc_text") else ""
    for c in num_tok.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            for g in c.children:
                if V.group(g.lower_):
                    role.group = V.group(g.lower_)
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if V.group(g.lower_):  # "30 of the captives"
                    role.group = V.group(g.lower_)
                    _modifiers(g, role)
        if c.dep_ in ("relcl", "acl") and V.action(c.lower_):
            role.action = V.action(c.lower_)
            role.mode = _mode_of(c)
    if role.group is None and num_tok.dep_ in ("dobj", "nsubjpass"):
        for c in num_tok.head.children:  # "seizing another 253 as hostages"
            if c.dep_ == "prep" and c.lower_ == "as":
                role.group = next((V.group(g.lower_) for g in c.children if V.group(g.lower_)),
                                  None)
    if num_tok.dep_ == "pobj" and num_tok.head.lower_ == "to" and any(
            _total_noun(a, role) for a in list(num_tok.head.ancestors)[:4]):
        return role  # "bringing the number of hostages freed to 25"
    if role.group is None and _hostage_phrase(after):
        role.group = "held"  # "and 251 taken hostage"
        role.action = "taken" if re.match(r"\W*(were\s+)?(taken|seized|abducted)", after) \
            else "held"
    predicate = _predicate_after(after)
    if role.group is None and num_tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
        if num_tok.dep_ == "pobj" and num_tok.head.lower_ not in ("including",) and \
                role.action is None:
            return None
        # the people of the figure before it in the sentence, else the last people named
        head = earlier[-1] if earlier else None
        if head is not None and head.group in ("people", "combatants") and head.action in (
                "taken", "held", "released"):
            role.group = "held"
        elif head is not None:
            role.group = head.group
        else:
            role.group = _antecedent_group(sent, num_tok.idx, prev)
    if role.group is None:
        return None
    if role.action is None and (num_tok.dep_ == "conj" or predicate):
        role.action = predicate  # "... and two were found dead": the number's own verb
        role.rescued = predicate == "released" and bool(_RESCUERS.match(
            re.sub(r"^\W*(\w+\s+){1,3}?(freed|released|liberated)\s+", "", after)))
    if role.action is None:
        _governor(num_tok, role)
    if role.action is None and num_tok.head.lower_ == "including":
        _governor(num_tok.head, role)
    if role.action is None and (_HELD_TAIL.match(after) or (
            role.group == "held" and _status_after(after))):
        role.action = "held"  # "97 are still in Gaza", "35 are presumed dead"
    if role.group in ("people", "combatants") and role.action not in ("killed", "wounded"):
        return None  # only casualty figures leave out a noun of people ("and 150 wounded")
    if role.action is None:
        return None
    return role


_LABEL_LINE = re.compile(r"^[ \t]*[-•*]?[ \t]*(?P<label>[A-Za-z][A-Za-z ’'()/-]{2,60}?)[ \t]*"
                         r"[:–—][ \t]*(?P<rest>[^\n]{1,40})$", re.M)


def _fact_box(text: str) -> list[tuple[Role, int, int]]:
    """Roles of "Label: N" lines (fact boxes, lists): the label's words name the role."""
    out = []
    for m in _LABEL_LINE.finditer(text):
        nums = find_numbers(m.group("rest"))
        if len(nums) != 1 or not re.fullmatch(r"\W*", m.group("rest")[nums[0].end:]):
            continue
        words = re.findall(r"[a-z’'-]+", m.group("label").lower())
        role = Role()
        for w in words:
            role.group = role.group or V.group(w) or (
                "people" if V.demonyms.get(w) else None) or ("population" if w in V.population
                                                             else None)
            role.side = role.side or V.side(w)
            role.action = role.action or V.action(w) or V.action_nouns.get(w)
            role.status = role.status or V.status(w)
        if role.group is None and role.action is None:
            continue
        role.group = role.group or "people"
        role.noun = m.group("label").strip().lower()
        out.append((role, m.start("rest") + nums[0].start, m.start("rest") + nums[0].end))
    return out


def extract_counts(doc: Any, sents: list[Any], name: str, published: PublicationDate
                   ) -> list[Count]:
    """Counts in a parsed document, one per number that quantifies people or units."""
    out: list[Count] = []
    pub = date.fromisoformat(published.date) if published.date else None
    doc_text = getattr(sents[0], "doc_text", None) if sents else None
    doc_text = doc_text if doc_text is not None else doc.text
    origin = _origin(doc_text, pub)
    counted: dict[int, tuple[str, str | None]] = {}
    box = {start: (role, start, end) for role, start, end in _fact_box(doc_text)}
    prev_group: str | None = None
    for sent in sents:
        text, base = sent.text, sent.start_char
        dates = [(m.start, m.end) for m in find_date_mentions(text)]
        parsed = _parsed(sent)
        roles: list[Role] = []  # of the figures counted in this sentence so far
        for num in find_numbers(text):
            at = base + num.num_start
            if at in box:
                role, _s, _e = box[at]
                span = (base + num.start, base + num.end)
            else:
                if _skip(num, text, dates):
                    continue
                found = _role(num, sent, parsed, prev_group, roles)
                if found is None:
                    continue
                role, span = found
            quantity, label = _quantity(role)
            if role.action is None and num.value in counted and re.search(
                    r"\b(the|these|those|all)\s+$", text[:num.start], re.I):
                # "the three abductees": a repeat of a figure counted before, in its role
                quantity, label = counted[num.value]
            as_of = _as_of(quantity, role, sent, text, pub, origin)
            start, end = span
            out.append(Count(quantity, num.value, num.approx, as_of,
                             _qualifier(role, quantity), Span(name, start, end,
                                                              doc_text[start:end]),
                             label if quantity == "other" else None, role.mode))
            counted.setdefault(num.value, (quantity, label))
            roles.append(role)
        prev_group = _antecedent_group(sent, base + len(text) + 1, prev_group)
    out += _one_body(sents, name, pub)
    return out


def _role(num: Number, sent: Any, parsed: bool, prev: str | None, earlier: list[Role]
          ) -> tuple[Role, tuple[int, int]] | None:
    """The role of a number and the span of its phrase (number and noun)."""
    base, text = sent.start_char, sent.text
    toks = _tokens(sent, base + num.num_start, base + num.end)
    if not toks:
        return None
    num_tok = toks[-1]
    run = _noun_run(sent, num_tok)
    noun = _head_noun(run)
    shared = None
    if noun is None and run and all(V.status(t.lower_) or t.pos_ == "ADJ" for t in run):
        noun = shared = _shared_noun(sent, run[-1])  # "10 living and 18 dead hostages"
    start = base + num.start
    if noun is None:
        if not parsed:
            return None
        role = _part_of(num, text, earlier) or _omitted_noun_role(num_tok, sent, prev,
                                                                  earlier)
        if role is None:
            return None
        role.status = _status_after(text[num.end:]) or role.status
        role.noun = ""
        return role, (start, base + num.end)
    # the noun must be in the number's phrase (not the next clause's subject)
    if noun.i - num_tok.i > 7:
        return None
    low = noun.lower_
    if noun.tag_ == "NN" and num.value > 1 and not num.ordinal and V.group(low) != "remains":
        return None  # a singular noun after a number is an identifier ("the 7828 battalion")
    role = Role(noun=V.singular.get(low, low), label=low)
    if low in V.event_nouns:
        role.group, role.action = "people", V.event_nouns[low]
    role.group = role.group or V.group(low) or (
        "people" if V.demonyms.get(low) else None) or ("population" if low in V.population
                                                       else None)
    role.side = V.demonyms.get(low) or _side_of(run, noun)
    if role.group == "held" and role.side == "prisoner_side":
        role.group = "prisoner"  # a side's captives in its adversary's prisons are prisoners
    for t in run:
        if t.i < noun.i and V.status(t.lower_):
            role.status = V.status(t.lower_)
    if parsed:
        for t in run:
            if t.pos_ in ("NOUN", "PROPN"):
                _modifiers(t, role)
        own = role.status
        _modifiers(noun, role)
        if shared is not None:
            role.status = own  # the shared noun's own adjective is the next number's
        if role.action is None or role.whole is False:
            before, before_mode = role.action, role.mode
            role.action = None
            _governor(noun, role)
            if role.action is None:
                role.action, role.mode = before, before_mode
            elif before == "held" and role.action == "released" and role.nominal and \
                    role.mode == "actual":
                role.action = "held"  # "the release of N held hostage": those held are meant
                role.status = role.status or "living"
    last = _phrase_end(run, noun) if shared is None else run[-1]
    end_char = last.idx + len(last.text) if shared is not None else max(
        noun.idx + len(noun.text), last.idx + len(last.text))
    tail = sent.doc_text[end_char:end_char + 60] if hasattr(sent, "doc_text") else ""
    if role.whole and role.action is None:
        _modifiers(noun, role)  # "one of 12 hostages freed": the whole, as its words say
        due = _DUE.match(tail)
        if due and (V.action_nouns.get(due.group("what").lower()) or V.action(due.group("what"))):
            role.action = V.action_nouns.get(due.group("what").lower()) or V.action(
                due.group("what"))
            role.mode = "planned"
        among = _AMONG.match(tail)
        if among and V.action(among.group("what")):
            role.action = V.action(among.group("what"))
    if role.action in (None, "taken") and role.whole and _HELD_TAIL.match(tail):
        role.action, role.whole = "held", False  # "of the 94 hostages still in captivity"
    elif role.action is None and _HELD_TAIL.match(tail):
        role.action = "held"
    if role.group in ("people", "combatants", None) and _hostage_phrase(tail):
        role.group = "held"
        if role.action is None or role.action == "held":
            role.action = "held"
        elif role.nominal and role.action == "released" and role.mode in ("actual", "demanded"):
            # "the release of N people held hostage": the figure counts those held, alive
            role.action, role.status = "held", role.status or "living"
    if not parsed:
        _text_role(role, text)
    elif role.action is None and not role.whole:
        _verb_before(role, text[:num.start])  # headlines the parser misreads
    if role.group is None:
        return None
    return role, (start, end_char)


def _verb_before(role: Role, before: str) -> None:
    """The action of a verb just before the number, in its clause ("To Free Three Hostages")."""
    clause = re.split(r"[,;:.!?]", before)[-1]
    words = re.findall(r"[A-Za-z]+", clause)[-4:]
    for k in range(len(words) - 1, -1, -1):
        action = V.action(words[k])
        if action and action != "found_dead":
            role.action = action
            if k and words[k - 1].lower() in V.planned_aux | {"to"}:
                role.mode = "planned"
            return


_DATE_WORDS = re.compile(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
                         r"february|march|april|may|june|july|august|september|october|"
                         r"november|december|today|yesterday)$", re.I)


def _phrase_end(run: list[Any], noun: Any) -> Any:
    """The last word of the counted noun phrase: through coordinated nouns ("women and
    children hostages"), not into a date or the next clause."""
    last = noun
    ids = {t.i for t in run}
    for k, t in enumerate(run):
        if _DATE_WORDS.match(t.text):
            break
        if t.lower_ in ("and", "or"):
            nxt = run[k + 1] if k + 1 < len(run) else None
            if nxt is None or (nxt.dep_ == "conj" and nxt.head.i not in ids):
                break
            continue
        if t.pos_ in ("NOUN", "PROPN") and t.i > last.i:
            last = t
    return last


def _shared_noun(sent: Any, last: Any) -> Any | None:
    """The noun a number shares with the next one: "10 living and 18 dead hostages"."""
    toks = [t for t in sent if t.i > last.i][:6]
    if not toks or toks[0].lower_ not in ("and", "or"):
        return None
    for t in toks[1:]:
        if t.pos_ in ("NUM", "ADJ") or V.status(t.lower_):
            continue
        return t if V.group(t.lower_) else None
    return None


def _text_role(role: Role, sentence: str) -> None:
    """Without a parse: the first verb of the vocabulary in the sentence gives the action."""
    for w in re.findall(r"[A-Za-z]+", sentence):
        a = V.action(w)
        if a and a != "found_dead":
            role.action = role.action or a
            break
    if re.search(r"\b(will|would|to be|set to|expected to)\b", sentence):
        role.mode = "planned"


_GROUP_WORD = {"held": "hostages", "prisoner": "prisoners", "remains": "bodies",
               "people": "people", "combatants": "people", "units": "units",
               "population": "population"}


def _qualifier(role: Role, quantity: str) -> str:
    """A short description of the role: "living hostages released (planned)".

    >>> _qualifier(Role(group="held", action="released", mode="planned"), "hostages_released")
    'hostages released (planned)'
    """
    what = role.noun or _GROUP_WORD.get(role.group or "", "")
    bits = [role.status if role.status and role.status not in what else "", what,
            (role.action or "").replace("_", " ") if role.action not in what.split() else ""]
    desc = " ".join(b for b in bits if b)
    return desc + (f" ({role.mode})" if role.mode != "actual" else "")


def _past_day(expr: str, pub: date | None) -> date | None:
    """The day a dated expression names, looking back from ``pub``.

    A day and month without a year that is a public milestone's (the day people were taken)
    is that milestone's day, if not after ``pub``; otherwise the latest such day before ``pub``.
    """
    milestone = resolve_undated(expr)
    if milestone is not None and (pub is None or milestone <= pub):
        return milestone
    return resolve_relative(expr, pub) if pub else None


def _origin(text: str, pub: date | None) -> date | None:
    """The earliest day a document names: when people were taken, for "hostages taken"."""
    days = []
    for m in find_date_mentions(text):
        if not re.search(r"\d", m.text):
            continue
        d = _past_day(m.text, pub)
        if d is not None and (pub is None or d <= pub):
            days.append(d)
    return min(days) if days else None


def _as_of(quantity: str, role: Role, sent: Any, text: str, pub: date | None,
           origin: date | None) -> str | None:
    """The day a figure refers to (ISO), or None when the text does not fix it."""
    if quantity == "hostages_taken":
        for m in find_date_mentions(text):
            d = _past_day(m.text, pub) if re.search(r"\d", m.text) else None
            if d is not None:
                return d.isoformat()
        return origin.isoformat() if origin else None
    if pub is None:
        return None
    if role.mode != "actual":
        return pub.isoformat()  # planned figures as of their announcement
    for m in find_date_mentions(text):
        if m.future or re.match(r"(since|in|until|by)\b", m.text, re.I) or re.search(
                r"\b(since|from|after|before)\s+$", text[max(0, m.start - 8):m.start], re.I):
            continue
        d = resolve_relative(m.text, pub)
        if d is None or d > pub or (origin is not None and d == origin):
            continue  # not a day of this figure: the day people were taken is another's
        return d.isoformat()
    return pub.isoformat()  # totals "so far", states "still held": as of the writing


def _one_body(sents: list[Any], name: str, pub: date | None) -> list[Count]:
    """"The remains of a soldier", "the body of a hostage": one, returned or held."""
    out = []
    for sent in sents:
        text = sent.text
        for m in re.finditer(r"\b(bodies|body|remains) of an? (\w+ ){0,2}?(soldier|hostage|"
                             r"captive|person|man|woman|child)\b", text):
            before = text[:m.start()].lower()[-200:]
            held = any(V.action(w) == "held" for w in re.findall(r"[a-z]+", before))
            role = Role(group="remains", status="dead", action="held" if held else "released",
                        noun=m.group(3))
            quantity, _label = _quantity(role)
            start = sent.start_char + m.start()
            out.append(Count(quantity, 1, False, pub.isoformat() if pub else None,
                             _qualifier(role, quantity),
                             Span(name, start, start + len(m.group(0)), m.group(0)), None,
                             "actual"))
    return out


__all__ = ["COUNTABLE", "Role", "extract_counts"]
_ = _MODES
