"""Numbers whose noun is left out, parts of a figure, and fact-box lines.

A number without a noun takes its role from the figure it breaks down ("of whom 25",
"including 30", "39 inmates — 24 women and 15 minors"), from its clause ("another 253 as
abductees", "97 are still in the north", "and 50 for each soldier"), from a running
total's noun ("bringing the number of abductees freed to 25", "taking the total to 24"),
or from the people last named when a breakdown follows it ("officials say 59, of whom 24
are alive"). Fact-box lines ("Label: N") are typed by their label's words. Used by
:mod:`accord.evidence.count_phrases`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from accord.evidence.count_roles import (
    HELD_TAIL,
    RESCUERS,
    Role,
    V,
    governor,
    held_phrase,
    mode_of,
    modifiers,
    predicate_after,
    releaser_side,
    status_after,
)
from accord.evidence.numbers import Number, find_numbers


def antecedent_group(sent: Any, before: int, previous: str | None) -> str | None:
    """The group of the last counted noun before a number in its sentence, else earlier."""
    found = None
    for t in sent:
        if t.idx >= before:
            break
        g = V.group(t.lower_) or (
            "people" if V.demonyms.get(t.lower_) and t.pos_ in ("NOUN", "PROPN") else None
        )
        if g and g != "units":
            found = g
    return found or previous


# a number that breaks down the figure before it: "of whom 25", "(35 of them", "including 30"
_PART_BEFORE = re.compile(
    r"(\b(of (whom|which|them)|including|includes?|included|among them|"
    r"among whom|rate of)|[(—–:])"
    r"\s*(at least |at most |about |around |some |nearly |more than |up to |over )?$",
    re.I,
)
# a sentence that opens with the whole: "Of the 105 abductees freed, 81 were ..."
_OF_THE = re.compile(
    r"^\W*of\s+(the|those|these)\b[^,;:]{0,80},\s*"
    r"(at least |at most |about |around |some |nearly |more than |up to |over )?$",
    re.I,
)
_PART_AFTER = re.compile(r"^\s*(of (them|whom|which|those)|more)\b", re.I)


def _part_of(num: Number, text: str, earlier: list[Role]) -> Role | None:
    """The role of a part of the figure before it in the sentence ("of whom 25 are dead"):
    its group and what happened to it, its own status."""
    if not earlier:
        return None
    opener = _OF_THE.search(text[: num.start])
    if not (opener or _PART_BEFORE.search(text[: num.start]) or _PART_AFTER.match(text[num.end :])):
        return None
    head = earlier[-1]
    group = (
        "held"
        if head.group in ("people", "combatants")
        and head.action in ("taken", "held")
        and head.side != "jailed_side"
        else head.group
    )
    after = re.sub(r"^\s*of\s+(whom|them|which)\b", "", text[num.end :])  # "47 of whom are still"
    action = "held" if head.action == "taken" and HELD_TAIL.match(after) else head.action
    mode = head.mode
    verb = re.match(r"\W*((were|was|are|is|have|has|had|been)\s+){0,2}([a-z]+)", after)
    if verb and action == "released" and V.action(verb.group(3)) == "rescued":
        action = "rescued"  # "147 have returned, 8 of them rescued by troops"
    if opener:
        # "Of the 251 taken, 120 have been freed": the part's own verb says what befell it;
        # "Of the 33 to be freed, 8 are dead": a life status counts those held now
        own = predicate_after(after)
        if own:
            action = own
        elif status_after(after) and group in ("held", "remains"):
            action, mode = "held", "actual"
    if (
        mode == "planned"
        and predicate_after(after) == action
        and not re.match(r"\W*(will|would|could|should|shall|may|might|are to|is to)\b", after)
    ):
        mode = "actual"  # "agreed to free 40, of whom 12 are already home": done
    elif mode == "actual" and _FUTURE_AFTER.match(text[num.end :]):
        mode = "planned"  # "returned four bodies and said four more would follow"
    return Role(
        group=group,
        side=head.side,
        action=action,
        status=None,
        mode=mode,
        noun=head.noun,
        rescued=head.rescued,
        nominal=head.nominal,
    )


_FUTURE_AFTER = re.compile(
    r"\W*(more\s+)?(will|would|shall|are\s+(due|set|expected|scheduled)\s+to|are\s+to)\b", re.I
)


def _breakdown_of(noun: Any, num: Number, text: str, earlier: list[Role]) -> Role | None:
    """The figure a people noun breaks down: the one before it when the number follows
    "among them", "including", a colon or dash, or when the noun is in apposition to (or
    coordinated with such a part of) a counted group noun."""
    if not earlier:
        return None
    if _PART_BEFORE.search(text[: num.start]):
        return earlier[-1]
    t = noun
    for _ in range(4):
        if t.dep_ not in ("appos", "conj") or t.head.i == t.i:
            return None
        t = t.head
        if V.group(t.lower_) in ("held", "jailed", "remains") or V.demonyms.get(t.lower_):
            return earlier[-1]  # the group's figure, or a part before this one
    return None


_WHOLE_BEFORE_PART = re.compile(
    r"^\s*,?\s*(of (whom|which|them)\b|\d[\d,]*\s+of (whom|which|them)\b)"
)


def _whole_before_part(num: Number, text: str, prev: str | None) -> Role | None:
    """A bare number broken down right after it ("Officials say 59, of whom 24 are alive"):
    a figure of the people last named; those held when the part has a life status."""
    after = text[num.end :]
    m = _WHOLE_BEFORE_PART.match(after)
    if prev not in ("held", "remains") or m is None:
        return None
    rest = after[m.end() :]
    if not status_after(rest) and not HELD_TAIL.match(rest):
        return None
    return Role(group=prev, action="held")


def _omitted_noun_role(
    num_tok: Any, sent: Any, prev: str | None, earlier: list[Role]
) -> Role | None:
    """A number whose noun is left out: "one was freed", "another 253 as abductees", "97 are
    still in the north". Counted only when its clause says what happened to the people."""
    role = Role()
    explicit = False  # the group named in the number's own phrase ("as", "of the ...")
    after = (
        sent.doc_text[num_tok.idx + len(num_tok.text) : num_tok.idx + 80]
        if hasattr(sent, "doc_text")
        else ""
    )
    for c in num_tok.children:
        if c.dep_ == "prep" and c.lower_ == "as":
            for g in c.children:
                if V.group(g.lower_):
                    role.group = V.group(g.lower_)
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if V.group(g.lower_):  # "30 of the abductees": their group, the number's verb
                    role.group = V.group(g.lower_)
                    whole = Role()
                    modifiers(g, whole)
                    role.status = whole.status
        if c.dep_ in ("relcl", "acl") and V.action(c.lower_):
            role.action = V.action(c.lower_)
            role.mode = mode_of(c)
    if role.group is None and num_tok.dep_ in ("dobj", "nsubjpass"):
        for c in num_tok.head.children:  # "seizing another 253 as abductees"
            if c.dep_ == "prep" and c.lower_ == "as":
                role.group = next(
                    (V.group(g.lower_) for g in c.children if V.group(g.lower_)), None
                )
    if num_tok.dep_ in ("dobj", "attr") and total_noun(num_tok.head, role):
        return role  # "the death toll passes 40,000"
    if num_tok.dep_ == "pobj" and num_tok.head.lower_ in ("to", "at"):
        chain = list(num_tok.head.ancestors)[:4]
        verb = next((V.action(a.lower_) for a in chain if V.action(a.lower_)), None)
        for a in chain:
            if total_noun(a, role) or (verb and role.group):
                role.action = role.action or verb  # "the number of sailors freed to 12"
                return role  # "bringing the number of abductees freed to 25"
        if earlier and any(
            c.dep_ in ("dobj", "nsubj")
            and c.lower_ in ("total", "tally", "count", "number")
            and not any(p.lower_ == "of" for p in c.children)
            for a in chain[:2]
            for c in a.children
        ):
            # "freed 4 abductees, taking the total to 24", "bringing to 24 the number freed":
            # its running total
            last = earlier[-1]
            return Role(
                group=last.group,
                side=last.side,
                action=last.action,
                mode=last.mode,
                status=last.status,
                rescued=last.rescued,
            )
    total = num_tok.head.head if num_tok.dep_ == "pobj" and num_tok.head.lower_ == "of" else None
    if role.group is None and total is not None and total.lower_ in ("total", "tally"):
        # "A total of 33 will be released": the total's verb, the people named before
        whole = Role(group=earlier[-1].group if earlier else antecedent_group(sent, 0, prev))
        if whole.group in (None, "units", "population"):
            return None
        whole.side = earlier[-1].side if earlier else None
        governor(total, whole)
        if whole.group in ("people", "combatants") and whole.action in ("taken", "held"):
            whole.group = "held"
        return whole if whole.action is not None else None
    role.group = role.group or _of_those(num_tok.head)
    explicit = role.group is not None
    if role.group is None and held_phrase(after):
        role.group = "held"  # "and 251 taken as abductees"
        role.action = (
            "taken" if re.match(r"\W*(were\s+)?(taken|seized|abducted)", after) else "held"
        )
    predicate = predicate_after(after) or _bare_participle(num_tok, after)
    dep = num_tok.dep_
    head_word = num_tok.head
    if (
        dep == "nummod"
        and head_word.i == num_tok.i + 1
        and head_word.pos_ == "NOUN"
        and V.action(head_word.lower_) == "held"
        and not V.group(head_word.lower_)
    ):
        dep = "nsubj"  # "59 remain." read as a noun: the number is its subject
    if role.group is None and dep in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
        if (
            num_tok.dep_ == "pobj"
            and num_tok.head.lower_ not in ("including",)
            and role.action is None
        ):
            return None
        # the people of the figure before it in the sentence, else the last people named
        head = earlier[-1] if earlier else None
        if (
            head is not None
            and head.group in ("people", "combatants")
            and head.action in ("taken", "held", "released")
        ):
            role.group = "held"
        elif head is not None:
            role.group = head.group
        else:
            role.group = antecedent_group(sent, num_tok.idx, prev)
    if role.group is None:
        return None
    if role.action is None and (num_tok.dep_ == "conj" or predicate):
        role.action = predicate  # "... and two were found dead": the number's own verb
        if re.match(r"\W*(will|would|could|should)\b", after, re.I):
            role.mode = "planned"  # "another 30 will be freed"
        role.rescued = predicate == "released" and bool(
            RESCUERS.match(re.sub(r"^\W*(\w+\s+){1,3}?(freed|released|liberated)\s+", "", after))
        )
    if role.action is None:
        governor(num_tok, role)
    if role.action is None and num_tok.dep_ == "conj" and earlier and earlier[-1].action:
        # "free 30 inmates for each civilian and 50 for each soldier": one verb for both
        role.action, role.mode = earlier[-1].action, earlier[-1].mode
    if role.action is None and num_tok.head.lower_ == "including":
        governor(num_tok.head, role)
    if role.action is None and (
        HELD_TAIL.match(after) or (role.group == "held" and status_after(after))
    ):
        role.action = "held"  # "97 are still in the north", "35 are presumed dead"
    if role.group in ("people", "combatants") and role.action in ("taken", "held"):
        role.group = "held"  # "killed 1,200 people and kidnapped 251"
    if (
        role.action == "released"
        and role.group in ("held", "jailed")
        and not explicit
        and not role.rescued
    ):
        # "Abductees were freed. The state freed 369 in return": the party's other side
        side = releaser_side(num_tok)
        if side is not None:
            role.group = "jailed" if side == "held_side" else "held"
    if role.group in ("people", "combatants") and role.action not in ("killed", "wounded"):
        return None  # only casualty figures leave out a noun of people ("and 150 wounded")
    if role.action is None:
        return None
    return role


def _bare_participle(num_tok: Any, after: str) -> str | None:
    """The action of a participle right after a coordinated number whose verb is left out:
    "40 were killed and 100 wounded", "1,200 killed and 250 taken"."""
    doc = num_tok.doc
    prev = doc[num_tok.i - 1].lower_ if num_tok.i > 0 else ""
    m = re.match(r"\s+([a-z]+)\b(?!\s+(of|by)\b)", after)
    if prev not in ("and", "or", ",") or m is None:
        return None
    word = m.group(1)
    if not (word.endswith("ed") or word in ("taken", "slain", "shot")):
        return None
    action = V.action(word)
    # "held", "detained" describe the people ("and 1,000 detained since May"), not what befell them
    return action if action != "held" else None


def _of_those(verb: Any) -> str | None:
    """The people an "of those taken ..." phrase on the number's verb names: "Of those
    abducted, 59 remain" (those taken or held by the other side)."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for p in c.children:
            if p.lower_ in ("those", "them", "these") and any(
                a.dep_ == "acl" and V.action(a.lower_) in ("taken", "held") for a in p.children
            ):
                return "held"
    return None


def total_noun(word: Any, role: Role) -> bool:
    """The role of a running total brought "to N": "the number of abductees freed", "the
    death toll" (``word``: the total's noun, or the verb it is the object of)."""
    # also the object of a gerund the parser hung under the verb ("bringing the number of X
    # returned to 8" read with "returned" as the main verb)
    words = [word, *word.children]
    words += [g for c in word.children if c.dep_ in ("csubj", "advcl") for g in c.children]
    words = [c for c in words if c is word or c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    # "the number of abductees" names the people before a death noun elsewhere does ("their
    # deaths bring to 35 the number of abductees dead in detention")
    for c in words:
        if c.lower_ in ("number", "total", "tally", "count"):
            for prep in c.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for g in prep.children:
                        group = V.group(g.lower_) or (
                            "people" if V.demonyms.get(g.lower_) else None
                        )
                        if group:
                            role.group, role.noun = group, V.singular.get(g.lower_, g.lower_)
                            role.side = V.demonyms.get(g.lower_)
                            modifiers(g, role)
                            role.status = role.status or next(
                                (V.status(t.lower_) for t in c.subtree if V.status(t.lower_)),
                                None,
                            )
                            if (
                                role.action in (None, "held")
                                and role.status == "dead"
                                and group == "held"
                                and any(V.action_nouns.get(t.lower_) == "held" for t in c.subtree)
                            ):
                                role.action = "killed"  # "dead in detention": died held
                            return role.action is not None or group != "people"
    for c in words:
        low = c.lower_
        if low in V.event_nouns or V.action_nouns.get(low) == "killed":
            role.group, role.action = "people", "killed"
            return True
    return False


_LABEL_LINE = re.compile(
    r"^[ \t]*[-•*▪●]?[ \t]*(?P<label>[A-Za-z][A-Za-z0-9 .,’'()/-]{2,60}?)[ \t]*"
    r"(?:[:–—|]|\t)[ \t]*(?P<rest>[^\n]{1,40})$"
)
# a list line that starts with its figure and leaves the noun out: "• 251 abducted", "59 still
# in the enclave", "1,200 killed on the first day"
_LIST_LINE = re.compile(
    r"^[ \t]*(?:[-•*▪●][ \t]*)?(?P<num>\d(?:[\d,.]*\d)?)\+?[ \t]+(?P<rest>[A-Za-z][^\n.!?]{0,60})$"
)
_PLACE_WORDS = frozenset({"in", "on", "at", "by", "since", "from", "into", "to", "during"})


def _line_role(words: list[str], last_group: Callable[[], str | None], tail: str) -> Role | None:
    """The role a label's or list line's words give (words after "by", "in" ... name a
    place or agent, not the people: "Rescued by troops")."""
    role = Role()
    for w in words:
        if w in _PLACE_WORDS:
            break
        role.group = (
            role.group
            or V.group(w)
            or ("people" if V.demonyms.get(w) else None)
            or ("population" if w in V.population else None)
        )
        role.side = role.side or V.side(w)
    for w in words:
        role.action = role.action or V.action(w) or V.action_nouns.get(w)
        role.status = role.status or V.status(w)
    if role.action is None and HELD_TAIL.match(tail):
        role.action = "held"  # "Still in the enclave: 59"
    if role.group is None and role.action is None and role.status is None:
        return None
    if role.group is None:
        # the noun left out is the one the lines above count ("Released abductees: 147 /
        # Rescued by troops: 8"); casualties and people taken need none
        above = None if role.action in ("killed", "wounded", "displaced") else last_group()
        if above == "remains" and role.action == "rescued":
            above = "held"  # "Bodies returned: 8 / Rescued: 8": the rescued are alive
        if above is None and role.action == "held" and role.status:
            above = "held"  # "Still held (dead): 28": people held with a life status
        role.group = above or "people"
    if role.action is None and role.status and role.group in ("held", "remains"):
        role.action = "held"  # "35 believed dead": of those held
    return role


_BOX_TAIL = re.compile(r"\s*(\(|of\s+\d|out\s+of\s+\d)")
_COLON_CELL = re.compile(r"^\s*[A-Za-z][^:|•·]{1,40}:\s*[\d,.]+\+?\s*$")


def _cells(line: str) -> list[tuple[int, str]]:
    """A line, or its cells when it is a row of "Label: N" pairs ("Abductees: 59 | Alive: 24")."""
    cells = [(m.start(), m.group()) for m in re.finditer(r"[^|•·]+", line)]
    if len(cells) > 1 and sum(bool(_COLON_CELL.match(c)) for _s, c in cells) >= 2:
        return cells
    return [(0, line)]


def fact_box(text: str) -> list[tuple[Role, int, int]]:
    """Roles of fact-box and list lines ("Label: N", "Label | N", "A: N | B: N", "• N
    abducted"): the line's words name the role; a line without a noun takes the group of
    the lines (or cells) before it."""
    out = []
    pos = 0
    before: list[str] = []  # the lines and cells before, for the group a line leaves out

    def last_group() -> str | None:
        return next((g for b in reversed(before) if (g := _last_group(b))), None)

    for whole in text.split("\n"):
        line_start, pos = pos, pos + len(whole) + 1
        if len(whole) > BOX_LINE_CHARS or not _DIGIT.search(whole):  # prose, or no figure
            before.append(whole)
            continue
        cells = _cells(whole) if _CELL_MARK.search(whole) else [(0, whole)]
        for offset, line in cells:
            found = _box_line(line, line_start + offset, last_group)
            if found is not None:
                out.append(found)
            before.append(line)
    return out


BOX_LINE_CHARS = 160  # a fact-box line or row is short
_DIGIT = re.compile(r"\d")
_CELL_MARK = re.compile(r"[|•·]")
_GROUP_WORDS = re.compile(
    r"\b("
    + "|".join(
        sorted(
            (re.escape(f) for f, g in V.groups.items() if g in ("held", "jailed", "remains")),
            key=len,
            reverse=True,
        )
    )
    + r")\b",
    re.I,
)


def _last_group(line: str) -> str | None:
    """The group of the last noun of people held, jailed or dead a line names."""
    found = _GROUP_WORDS.findall(line)
    return V.group(found[-1].lower()) if found else None


def _box_line(
    line: str, start: int, last_group: Callable[[], str | None]
) -> tuple[Role, int, int] | None:
    m = _LABEL_LINE.match(line)
    if m:
        nums = find_numbers(m.group("rest"))
        after = m.group("rest")[nums[0].end :] if nums else ""
        if nums and (
            (len(nums) == 1 and re.fullmatch(r"\W*", after))
            # "Still held: 59 (of whom 35 dead)", "Returned: 16 of 28": the first is the line's
            or _BOX_TAIL.match(after)
        ):
            label = m.group("label")
            words = re.findall(r"[a-z’'-]+", label.lower())
            role = _line_role(words, last_group, label)
            if role is not None:
                role.noun = label.strip().lower()
                at = start + m.start("rest")
                return role, at + nums[0].start, at + nums[0].end
        return None
    m = _LIST_LINE.match(line)
    words = re.findall(r"[a-z’'-]+", m.group("rest").lower()) if m else []
    if (
        m
        and len(words) <= 8
        and not _noun_first(words)
        and words[:1] != ["of"]  # "1 of 3": a gallery's counter
        and "|" not in line
    ):
        nums = find_numbers(m.group("num"))
        role = _line_role(words, last_group, " " + m.group("rest"))
        if role is not None and len(nums) == 1 and role.action is not None:
            role.noun = ""
            at = start + m.start("num")
            return role, at + nums[0].start, at + nums[0].end
    return None


def _noun_first(words: list[str]) -> bool:
    """The line names its noun right after the figure ("251 abductees taken"): the parse
    reads it."""
    w = words[0] if words else ""
    return bool(V.group(w) or V.demonyms.get(w) or w in V.population or w in V.event_nouns)
