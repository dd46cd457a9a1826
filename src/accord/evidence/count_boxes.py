"""Fact-box and list lines: "Label: N", "Label | N", rows of "A: N | B: N" pairs, and list
lines that start with their figure and leave the noun out ("• 251 abducted"). The label's
words name the role; a line without a people noun takes the group of the lines above it.
Used by :mod:`accord.evidence.counts`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from accord.evidence.count_roles import RESCUER_NOUNS, Role, V
from accord.evidence.count_tails import HELD_TAIL, OUT_TAIL
from accord.evidence.numbers import find_numbers

_LABEL_LINE = re.compile(
    r"^[ \t]*[-•*▪●]?[ \t]*(?P<label>[A-Za-z][A-Za-z0-9 .,’'()/-]{2,60}?)[ \t]*"
    r"(?:[:–—|]|\t)[ \t]*(?P<rest>[^\n]{1,40}|(?:(?:about|around|some|nearly|almost|roughly|over|"
    r"more than|at least)[ \t]+)?(?:[\d,.]+\+?[ \t]*\([^\n()]{1,80}\)[^\n]{0,160}"
    # "Still held: 101, of whom at least 35 are believed dead, according to ...", "Returned so
    # far: 117, including 8 rescued", "Still held: 125, a third of them believed dead"
    r"|[\d,.]+\+?(?:,?[ \t]+(?:of[ \t]+(?:whom|which|them|the[ \t]+\d[\d,]*)|including)\b"
    r"|,[ \t]+(?=[A-Za-z]))"
    r"[^\n]{1,160}))$",
    re.I,
)
# a list line that starts with its figure and leaves the noun out: "• 251 abducted", "59 still
# in the enclave", "1,200 killed on the first day"
# (not a day of a month that opens a timeline's line: "• 19 January: three freed, for 90")
_LIST_LINE = re.compile(
    r"^[ \t]*(?:[-•*▪●][ \t]*)?(?P<num>\d(?:[\d,.]*\d)?)\+?[ \t]+"
    r"(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b)"
    r"(?P<rest>[A-Za-z][^\n.!?]{0,60})$"
)
# a list line of a figure first and its label after a colon: "- 251: people abducted ...",
# "- More than 67,000: killed in the enclave"
_FIGURE_LABEL = re.compile(
    r"^[ \t]*[-•*▪●]?[ \t]*(?:(?:more than|over|about|around|some|at least|nearly|almost|"
    r"roughly|at most)[ \t]+)?(?P<num>\d(?:[\d,.]*\d)?)\+?[ \t]*:[ \t]*"
    r"(?P<label>[A-Za-z][^\n]{0,160})$",
    re.I,
)
_PLACE_WORDS = frozenset({"in", "on", "at", "by", "since", "from", "into", "to", "during"})


def line_role(words: list[str], last_group: Callable[[], str | None], tail: str) -> Role | None:
    """The role a label's or list line's words give (words after "by", "in" ... name a
    place or agent, not the people: "Rescued by troops")."""
    role = Role()
    own = words[: words.index("per")] if "per" in words else words  # (not the rate's other)
    for w in own:
        if w in _PLACE_WORDS:
            break
        role.group = role.group or V.group(w)
        role.side = role.side or V.side(w)
    for w in own:  # a people's name is the noun only when no noun of a group is there
        if w in _PLACE_WORDS:
            break
        role.group = (
            role.group
            or ("people" if V.demonyms.get(w) else None)
            or ("population" if w in V.population else None)
        )
    for w in own:
        if not V.group(w):  # (a people noun is no verb: "abductees" held, not "to abductee")
            role.action = role.action or V.action(w) or V.action_nouns.get(w)
        role.status = role.status or V.status(w)
    if OUT_TAIL.search(tail) or _TO_BE_FREED.search(tail):
        role.action, role.mode = "released", "planned"
    if role.action is None and HELD_TAIL.match(tail):
        role.action = "held"  # "Still in the enclave: 59"
    if (
        role.action is None
        and role.group in ("held", "jailed")
        and _EXPECTED & set(words)
        and "still" not in words
    ):
        role.action, role.mode = "released", "planned"  # "Inmates expected in phase one: 1,904"
    if (
        role.action is None
        and role.group in ("held", "remains")
        and "in" in words
        and not any(w in V.frames for w in words)
    ):
        role.action = "held"  # "Bodies of abductees in Vale: 28": there, still held
    if (
        role.action == "released"
        and "by" in words
        and RESCUER_NOUNS & set(words[words.index("by") :])
    ):
        role.action = "rescued"  # "Freed by the army: 1": armed forces rescue, not receive
    if role.action is None and "per" in words and role.group in ("held", "jailed"):
        role.action, role.mode = "released", "planned"  # a rate of exchange: "Inmates per soldier"
    if role.group is None and role.action is None and role.status is None:
        return None
    if role.group is None and role.action in ("rescued", "taken"):
        role.group = "held"  # "Rescued alive: 8", "Taken: 251": the held, whatever is above
    if role.group is None:
        # the noun left out is the one the lines above count ("Released abductees: 147 /
        # Rescued by troops: 8"); casualties need none
        above = None if role.action in ("killed", "wounded", "displaced") else last_group()
        if above == "remains" and role.action == "rescued":
            above = "held"  # "Bodies returned: 8 / Rescued: 8": the rescued are alive
        if above == "remains" and role.action == "held" and role.status != "dead":
            above = "held"  # "Bodies returned: 4 / Still held: 70": all those still held
        if above is None and role.action == "held" and role.status:
            above = "held"  # "Still held (dead): 28": people held with a life status
        role.group = above or "people"
    if role.action is None and role.status and role.group in ("held", "remains"):
        role.action = "held"  # "35 believed dead": of those held
    return role


_BOX_TAIL = re.compile(
    r"\s*(\(|of\s+(the\s+)?\d|out\s+of\s+\d)|,?\s+(of\s+(whom|which|them)|including)\b"
    r"|,\s+(?=[A-Za-z])"
)
# the figure's people noun after it ("Taken to the enclave: 251 people"): one word
_NOUN_AFTER = re.compile(r"\s+([A-Za-z’'-]+)\W*$")
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
    out: list[tuple[Role, int, int]] = []
    pos = 0
    before: list[str] = []  # the lines and cells before, for the group a line leaves out

    resolved: dict[int, str] = {}  # a line's group as read ("Rescued alive: 8" counts the held)

    def last_group() -> str | None:
        return next(
            (
                g
                for i in range(len(before) - 1, -1, -1)
                if (g := resolved.get(i) or _last_group(before[i]))
            ),
            None,
        )

    parent: Role | None = None  # the last unbulleted line's role, over the bullets below it
    for whole in text.split("\n"):
        line_start, pos = pos, pos + len(whole) + 1
        if len(whole) > BOX_LINE_CHARS or not _DIGIT.search(whole):  # prose, or no figure
            before.append(whole)
            parent = None
            continue
        cells = _cells(whole) if _CELL_MARK.search(whole) else [(0, whole)]
        bullet = _BULLET.match(whole) is not None
        for offset, line in cells:
            found = _box_line(line, line_start + offset, last_group)
            if found is not None and out and _PART_LABEL.match(line):
                found = (_part_of(out[-1][0], found[0]), found[1], found[2])
                parent = parent or out[-1][0]  # the lines of kinds after it break it down too
            elif found is not None and parent is not None and _kind_only(found[0]):
                # "Abductees freed: 105 / - Ruritanians: 81" (a bullet of people under it, or
                # a line after "Of whom Ruritanians: 81"): a part of the figure above
                found = (_part_of(parent, found[0]), found[1], found[2])
            elif found is not None and not bullet:
                parent = found[0] if found[0].action else None
            if found is None:
                out += _kinds_listed(line, line_start + offset, last_group)
            if found is not None:
                if found[0].group in ("held", "jailed", "remains"):
                    resolved[len(before)] = found[0].group
                out.append(found)
                out += _bracket_parts(line, line_start + offset, found)
                out += _whom_part(line, line_start + offset, found)
            before.append(line)
    return out


_EXPECTED = frozenset({"expected", "due", "scheduled"})
_BULLET = re.compile(r"^[ \t]*[-•*▪●]")


def _kind_only(role: Role) -> bool:
    """A line that names only a kind of people ("Ruritanians: 81", "Women: 19"): nothing
    befell them in its words, no life status, no group of the exchange."""
    return role.action is None and role.status is None and role.group == "people"


_BRACKET = re.compile(r"\(([^)]{1,80})\)")


def _bracket_parts(
    line: str, start: int, found: tuple[Role, int, int]
) -> list[tuple[Role, int, int]]:
    """The parts of a line's figure broken down in brackets after it ("Still held: 59 (24
    believed alive)", "Returned: 33 (25 living, 8 bodies)"): the line's people and what
    happened to them, with each part's own life status or group."""
    whole, _s, end = found
    m = _BRACKET.search(line, end - start)
    if m is None or line[end - start : m.start()].strip():
        return []
    out: list[tuple[Role, int, int]] = []
    inner = m.group(1)
    for item in re.finditer(r"[^,;]+", inner):
        nums = find_numbers(item.group())
        if len(nums) != 1 or re.match(r"\s*of\b", item.group(), re.I):
            continue  # ("of whom 35 are dead": a clause the sentence rules read)
        words = re.findall(r"[a-z’'-]+", item.group()[nums[0].end :].lower())
        if len(words) > 3:
            continue  # a short label only ("24 believed alive", "8 bodies")
        part = line_role(words, lambda: whole.group, "")
        if part is None or not (part.status or part.group == "remains"):
            continue
        at = start + m.start(1) + item.start()
        role = Role(
            group=part.group or whole.group,
            side=whole.side,
            action=whole.action,
            status=part.status or ("dead" if part.group == "remains" else None),
            mode=whole.mode,
            noun=" ".join(words),
        )
        out.append((role, at + nums[0].start, at + nums[0].end))
    return out


_WHOM = re.compile(
    r",?\s+of\s+(?:whom|which|them)\s+(?P<part>(?:(?:at\s+least|about|around|some|nearly|"
    r"more\s+than|over)\s+)?\d[\d,.]*\b[^,;]{0,60})",
    re.I,
)


def _whom_part(line: str, start: int, found: tuple[Role, int, int]) -> list[tuple[Role, int, int]]:
    """The part a line's clause "of whom N ..." names with its life status ("Still held: 101,
    of whom at least 35 are believed dead"): the line's people with that status."""
    whole, _s, end = found
    m = _WHOM.match(line, end - start)
    if m is None:
        return []
    nums = find_numbers(m.group("part"))
    words = re.findall(r"[a-z’'-]+", m.group("part")[nums[0].end :].lower()) if nums else []
    part = line_role(words, lambda: whole.group, "") if words else None
    if part is None or not part.status:
        return []
    role = _part_of(whole, Role(status=part.status, noun=" ".join(words)))
    at = start + m.start("part")
    return [(role, at + nums[0].start, at + nums[0].end)]


# a line breaking down the line above: "Of whom serving life terms: 18", "Including women: 4"
_PART_LABEL = re.compile(
    r"^[ \t]*[-•*▪●]?[ \t]*((of (whom|which|them|those)|including|among (them|whom))\b|"
    r"[^:|]{1,40}\b(among|of) them\s*:)",  # "Women among them: 19"
    re.I,
)
# a label's own words of a planned release ("People detained during the war to be released",
# and the tail readings' "due out"): they win over a participle of holding before them
_TO_BE_FREED = re.compile(
    r"\bto\s+be\s+(released|freed|set\s+free|returned|handed\s+(over|back)|exchanged)\b", re.I
)


def _part_of(whole: Role, part: Role) -> Role:
    """A breakdown line's role: the people of the line above (their group, side and what
    happened to them), with the life status the line names; its other words describe them."""
    return Role(
        group=whole.group,
        side=whole.side,
        action=whole.action,
        status=part.status or whole.status,
        mode=whole.mode,
        noun=part.noun,
    )


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
    """The group of the last noun of people held, jailed or dead a line names, outside its
    brackets (a breakdown: "Returned: 33 (25 living, 8 bodies)" counts people returned)."""
    found = _GROUP_WORDS.findall(re.sub(r"\([^)]*\)", "", line))
    return V.group(found[-1].lower()) if found else None


# the words of a label that tie its figure to a happening ("Freed by X: 105", "Taken on
# May 2: 251", "Freed in the spring truce: 105")
_TIED = re.compile(r"\b(by|on|in|during|under|outside|after|before|earlier|so far)\b", re.I)


def untied_box_line(line: str) -> bool:
    """Whether a line is a fact box's "Label: N" whose label ties the figure to no happening
    ("Civilians killed (health ministry): 27,585", "People jailed per soldier freed: 50"):
    a tally, which reports no event."""
    m = _LABEL_LINE.match(line.strip())
    if m is None or not find_numbers(m.group("rest")) or not re.match(r"\W*\d", m.group("rest")):
        return False
    return _TIED.search(re.sub(r"\([^)]*\)", "", m.group("label"))) is None


def _box_line(
    line: str, start: int, last_group: Callable[[], str | None]
) -> tuple[Role, int, int] | None:
    m = _LABEL_LINE.match(line)
    if m:
        nums = find_numbers(m.group("rest"))
        after = m.group("rest")[nums[0].end :] if nums else ""
        noun = _NOUN_AFTER.fullmatch(after) if len(nums) == 1 else None
        if noun is not None and not _people(noun.group(1).lower()):
            noun = None
        if nums and (
            (len(nums) == 1 and (re.fullmatch(r"\W*", after) or noun is not None))
            # "Still held: 59 (of whom 35 dead)", "Returned: 16 of 28": the first is the line's
            or _BOX_TAIL.match(after)
        ):
            label = m.group("label")
            words = re.findall(r"[a-z’'-]+", label.lower())
            if noun is not None:
                words = [noun.group(1).lower(), *words]  # the noun names the people first
            role = line_role(words, last_group, label)
            if noun is not None and role is not None and not (role.action or role.status):
                role = None  # "Phase one: 33 abductees": the sentence rules read the frame
            if role is not None:
                role.noun = label.strip().lower()
                at = start + m.start("rest")
                return role, at + nums[0].start, at + nums[0].end
        if nums or not _DIGIT.search(m.group("label")):
            return None  # (a figure before the colon: "More than 1,900: inmates freed")
    m = _FIGURE_LABEL.match(line)
    if m:
        # "251: people abducted in the attack", "More than 67,000: killed": the label after
        nums = find_numbers(m.group("num"))
        label = re.split(r"[(,;]", m.group("label"))[0]
        words = re.findall(r"[a-z’'-]+", label.lower())
        role = line_role(words, last_group, " " + label)
        if role is not None and len(nums) == 1 and len(words) <= 12:
            role.noun = label.strip().lower()
            at = start + m.start("num")
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
        role = line_role(words, last_group, " " + m.group("rest"))
        if role is not None and len(nums) == 1 and role.action is not None:
            role.noun = ""
            at = start + m.start("num")
            return role, at + nums[0].start, at + nums[0].end
    return None


# the kinds of people one figure of a label's line is made of: "150 women and minors"
_KINDS = re.compile(r"\s+([A-Za-z’'-]+(\s*,\s*[A-Za-z’'-]+)*(,?\s+and\s+[A-Za-z’'-]+))\s*$")
# the figures of a label's line listed by kind of people: "25 Ruritanians and five Borderers"
_KIND_GAP = re.compile(r"\s+(?P<noun>[A-Za-z’'-]+)\s*(,|\band\b|,\s*and\b)?\s*$")


def _kinds_listed(
    line: str, start: int, last_group: Callable[[], str | None]
) -> list[tuple[Role, int, int]]:
    """A label's line whose figures are listed by kind of people ("Freed alive: 25 Ruritanians
    and five Borderers"): each figure is the label's people of that kind; so is one figure of
    several kinds ("Inmates to be freed: 150 women and minors")."""
    m = _LABEL_LINE.match(line)
    if m is None:
        return []
    rest, at = m.group("rest"), start + m.start("rest")
    nums = find_numbers(rest)
    if not nums or rest[: nums[0].start].strip():
        return []
    nouns: list[re.Match[str] | None]
    if len(nums) == 1:  # one figure of several kinds: "Inmates to be freed: 150 women and minors"
        kinds = _KINDS.fullmatch(rest[nums[0].end :])
        words = re.findall(r"[a-z’'-]+", kinds[1].lower()) if kinds else []
        nouns = [None] if words and all(_people(w) for w in words if w != "and") else []
    else:
        ends = [n.start for n in nums[1:]] + [len(rest)]
        nouns = [_KIND_GAP.fullmatch(rest[n.end : e]) for n, e in zip(nums, ends, strict=True)]
        if None in nouns:
            return []
    if not nouns or not all(g is None or _people(g["noun"].lower()) for g in nouns):
        return []
    role = line_role(re.findall(r"[a-z’'-]+", m.group("label").lower()), last_group, "")
    if role is None or not (role.action or role.status) or role.group == "people":
        return []
    out = []
    for n, g in zip(nums, nouns, strict=True):
        side = (V.demonyms.get(g["noun"].lower()) if g else None) or role.side
        part = Role(
            group=role.group,
            side=side,
            action=role.action,
            status=role.status,
            mode=role.mode,
            noun=m.group("label").strip().lower(),
        )
        out.append((part, at + n.start, at + n.end))
    return out


def _people(word: str) -> bool:
    return bool(V.group(word) or V.demonyms.get(word) or word in V.population)


def _noun_first(words: list[str]) -> bool:
    """The line names its noun right after the figure ("251 abductees taken"): the parse
    reads it."""
    w = words[0] if words else ""
    return _people(w) or w in V.event_nouns


# a dated line of a timeline ("- 24 November 2023: a pause begins", "May 6 - X accepts")
_DATED_ITEM = re.compile(
    r"^\W*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*[:–—-]\s"
)
_DONE = frozenset({"released", "taken", "rescued", "killed", "held", "found_dead"})
_RATE = re.compile(r"\b(per|for\s+(each|every))\b", re.I)


def ledger_record(line: str) -> bool:
    """A line that records what happened, not a term of a deal: a timeline's dated line, or a
    ledger's figure of people freed, taken or held ("Abductees freed in the truce: 105")."""
    if _DATED_ITEM.match(line):
        return True
    if _RATE.search(line):
        return False  # "Inmates freed for each soldier: 50": a rate of exchange, a term
    return any(r.mode == "actual" and r.action in _DONE for r, _s, _e in fact_box(line))
