"""Counts: numbers about people and exchanges, typed by the role of the people counted.

A number counts when it quantifies people or units. Its role is read from the parse and the
count vocabulary (``data/count_nouns.yaml``, :mod:`count_vocab`):

- **who**: the group its noun names — people held by the other side, people jailed by a side,
  remains, people in general, units — and the side an adjective or demonym puts them on (people
  one side calls its own held by its adversary are jailed);
- **what happened**: the verb the noun is an argument of ("were freed", "holds"), else a noun of
  action over it ("the release of N"), else its own participle ("people taken");
- **living or dead**: status words ("surviving", "the bodies of");
- **mode**: planned when the verb is modal or future ("would be released"), under a verb of
  arrangement ("agreed to return") or a deal's terms ("the deal includes the release of");
  demanded under a verb of asking (then the figure counts those held, not released).

Numbers whose noun is left out take it from the phrase around them ("of whom two", "including
seven", "another 40 as abductees", "one was freed"), from a breakdown's head ("24 abductees — 23
of one nationality and one of another"), from a fact-box label ("Abductees released: 33"), or
from the figure before when a source "put the figure at" its own, or from an explainer's question
("How many inmates were freed?"). Years, dates, ordinals under 100 or in a name ("the 401st
Brigade"), durations, ages, percentages, compounds ("a four-day truce") and vague amounts
("dozens") are not counts; a definite repeat of a figure already counted is not counted again.

``as_of`` is the day the figure refers to: a date in its clause, else the origin date for people
taken, else the publication date (totals "so far", planned figures as of their announcement);
unknown stays ``None``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from accord.evidence import count_context
from accord.evidence.count_boxes import fact_box
from accord.evidence.count_breakdowns import subject_whole
from accord.evidence.count_context import Frame, goes_on, is_item, lead_frame, sentence_frame
from accord.evidence.count_parts import antecedent_group
from accord.evidence.count_phrases import is_parsed, role_of
from accord.evidence.count_questions import Asked, answer, asking
from accord.evidence.count_roles import Role, V
from accord.evidence.count_tails import COUNTABLE
from accord.evidence.dates import find_date_mentions, resolve_relative, resolve_undated
from accord.evidence.gazetteer import MILESTONES
from accord.evidence.numbers import Number, find_numbers, ranges
from accord.evidence.types import Count, PublicationDate, Span

Q = V.quantities  # role key -> quantity id (count_nouns.yaml)

_UNIT_AFTER = re.compile(
    r"\s*(-|–|(days?|weeks?|months?|years?|hours?|minutes?|times|percent|per\s?cent|%|"
    r"km|kilometers?|kilometres?|miles?|meters?|metres?|dollars?|shekels?|euros?|"
    r"points?|phases?|stages?|am|pm|a\.m\.|p\.m\.|st|nd|rd|th)\b)",
    re.I,
)
_VAGUE_BEFORE = re.compile(
    r"\b(dozens|hundreds|thousands|several|a (large|great|huge) "
    r"number)\s*(of\s*)?$",
    re.I,
)
# a single person a report is attributed to ("one senior official told reporters")
_ONE_SOURCE = re.compile(
    r"\s+([\w-]+\s+){0,2}(official|source|diplomat|spokes(man|woman|person)|negotiator|"
    r"mediator|envoy|aide)\b(?!\s+(was|were|is|has been|had been)\s+(killed|wounded|freed|"
    r"released|held|abducted|taken))",
    re.I,
)
MODES = ("actual", "planned", "demanded", "conditional", "hypothetical")


def _is_year_or_date(num: Number, text: str) -> bool:
    raw = text[num.num_start : num.end]
    if re.fullmatch(r"(19|20)\d\d", raw):
        return True  # a year: counts of that size are written with a comma
    return False


# a running total before a day ("brings the number of X freed since May 19 to 24"): the
# figure after "to" is the total, not the end of a span of days
_TOTAL_FRAME = re.compile(
    r"\b(number|total|tally|toll|count)\b[^.;]*$",
    re.I,
)
_DAY_TO_FIGURE = re.compile(r"^(.*\d)\s+to\s+\d[\d,]*$")


def _total_after_day(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a date mention, without a running total's figure read as the end of a
    span of days ("the number of abductees freed since May 19 to 24": 24 is the total)."""
    m = _DAY_TO_FIGURE.match(text[start:end])
    if m and _TOTAL_FRAME.search(text[max(0, start - 160) : start]):
        return start, start + m.end(1)
    return start, end


# a capitalised name right before an opening bracket: "Anna Varga (24)"
_AGE_AFTER_NAME = re.compile(r"\b[A-Z][\w’'-]+\s*\(\s*$")


def _skip(num: Number, text: str, dates: list[tuple[int, int]]) -> bool:
    """Numbers that are no counts: dates, years, ordinals, units, compounds, vague amounts."""
    if any(s <= num.num_start < e for s, e in dates) or _is_year_or_date(num, text):
        return True
    if num.ordinal and (num.value < 100 or re.match(r"\s+[A-Z][a-z]", text[num.end :])):
        return True  # (and a name: "the 401st Brigade"; "its 10,000th airstrike" counts them)
    if _UNIT_AFTER.match(text[num.end :]):
        return True
    if re.match(r"\s*/\s*\d", text[num.end :]) or re.search(r"\d\s*/\s*$", text[: num.start]):
        return True  # a fraction or a counter ("2/5", "photo 3 / 7")
    if re.search(
        r"\b(aged|ages|age)\s+(between\s+|from\s+|of\s+)?(\d+\s*(,|and|&|to)?\s*)*$",
        text[: num.start],
        re.I,
    ):
        return True  # ages: "aged 24, 28 and 31"
    if num.value < 120 and re.search(
        r"\b(oldest|youngest|eldest)(\s+(of\s+)?(them|whom|the\s+\w+))?\s*,?\s*(is\s+|was\s+)?$",
        text[: num.start],
        re.I,
    ):
        return True  # an age: "the oldest of them 85", "the youngest was 4"
    if (
        num.value < 120
        and _AGE_AFTER_NAME.search(text[: num.start])
        and re.match(r"\s*\)", text[num.end :])
    ):
        return True  # a person's age after the name: "Anna Varga (24)"
    ratio = re.search(r"\b([\w-]+)\s+in\s+$", text[: num.start])
    if ratio and find_numbers(ratio.group(1)) and not re.search(r"\d{4}$", ratio.group(1)):
        return True  # a ratio: "three in 10 residents", "one in five"
    if num.value == 1 and re.match(r"\s+(family|household)\b", text[num.end :], re.I):
        return True  # "three members of one family": a group, not one person
    if num.value == 1 and re.match(r"\s+(of|among)\b", text[num.end :]):
        return True  # "one of the abductees": a person among them, not a count
    if num.value == 1 and _ONE_SOURCE.match(text[num.end :]):
        return True  # "one senior official said": the source of a report, not a count
    before = text[: num.start]
    if re.search(
        r"[$€£#№]\s*$|\b(No|no)\.\s*$|\b(number|Resolution|Article|Point|Section)\.?\s*$", before
    ):
        return True
    return bool(_VAGUE_BEFORE.search(before)) and num.value < 100


def _quantity(role: Role) -> tuple[str, str | None]:
    """The count quantity (and label for ``other``) of a role."""
    group, action, status = role.group, role.action, role.status
    labels = V.other_labels
    if action == "arrived":  # abductees or inmates reaching a place have been freed
        action = "released" if group in ("held", "jailed", "remains") or role.side else None
    if group == "population":
        return "other", labels["population"]
    if group == "units":
        return "other", role.label or role.noun
    if action in ("killed", "wounded", "displaced") and not (
        group == "held" and role.side != "jailed_side" and action == "killed"
    ):
        return "other", labels[action]
    if group == "remains" and role.side == "jailed_side":
        return "other", labels["remains_jailed"]  # bodies of the jailed side, handed back
    if role.side == "jailed_side" or group == "jailed":
        if action in ("released", None) and (action or role.mode != "actual"):
            return Q["jailed_released"], None
        if action == "released":
            return Q["jailed_released"], None
        return "other", labels["held_jailed"]
    if action == "killed" and group == "held" and role.side != "jailed_side":
        return Q["held_killed"], None
    if group == "remains" or (status == "dead" and group == "held"):
        if action == "held" or role.mode == "demanded" or (group == "held" and action is None):
            return Q["held_dead"], None
        return Q["remains_returned"], None
    held = group == "held" or role.side == "held_side"
    if not held and group == "combatants":
        return "other", labels["people"]
    if (
        not held
        and group == "people"
        and action not in ("taken", "held", "released", "rescued", "found_dead")
    ):
        return "other", labels["people"]
    if role.whole and action in (None, "taken"):
        return Q["held_taken"], None
    if action == "found_dead":
        return Q["remains_returned"], None
    if action == "rescued" or (action == "released" and role.rescued):
        return Q["held_rescued"], None
    if action == "released" and role.mode == "demanded" and status != "dead":
        return Q["held_living"], None  # asking for the release of those still held
    if action == "released":
        return Q["held_released"], None
    if action == "killed":
        return Q["held_killed"], None
    if action == "held":
        if status == "living" or role.mode == "demanded":
            return Q["held_living"], None
        return "other", labels["held_by_other"]
    if action is None and status == "living":
        return Q["held_living"], None
    if action == "taken":
        return Q["held_taken"], None
    if group == "held":
        # people held named with no verb ("the families of the 97 abductees"): those held now
        return "other", labels["held_by_other"]
    return "other", labels["people"]


def extract_counts(
    doc: Any, sents: list[Any], name: str, published: PublicationDate
) -> list[Count]:
    """Counts in a parsed document, one per number that quantifies people or units."""
    out: list[Count] = []
    pub = date.fromisoformat(published.date) if published.date else None
    doc_text = getattr(sents[0], "doc_text", None) if sents else None
    doc_text = doc_text if doc_text is not None else doc.text
    origin = _origin(doc_text, pub)
    counted: dict[int, tuple[str, str | None]] = {}
    box = {start: (role, start, end) for role, start, end in fact_box(doc_text)}
    prev_group: str | None = None
    # the last sentence that is no list item: the frame it gives a list after it, read on need
    lead_src: tuple[Any, list[Role], bool] | None = None
    lead: Frame | None = None
    lead_read = False
    carried: Role | None = None  # the last figure of the sentence before
    asked: Asked | None = None  # the last "How many ...?" question, for its answer's figures
    for sent in sents:
        text, base = sent.text, sent.start_char
        asked = asking(text, base, doc_text) or asked
        numbers = ranges(find_numbers(text), text)  # "30 to 40 workers": one figure
        dates = (
            [_total_after_day(text, m.start, m.end) for m in find_date_mentions(text)]
            if numbers
            else []
        )
        parsed = bool(numbers) and is_parsed(sent)
        item = is_item(sent, doc_text)
        frame = sentence_frame(sent, parsed) if numbers else None
        if frame is None and numbers and item and lead_src is not None:
            if not lead_read:
                lead, lead_read = lead_frame(*lead_src), True
            frame = lead
        roles: list[Role] = []  # of the figures counted in this sentence so far
        # a package tabled, in this sentence or the lead-in of the list this item is in
        proposed = bool(numbers) and (
            _proposed(text) or bool(item and lead_src is not None and _proposed(lead_src[0].text))
        )
        going_on = carried is not None and goes_on(text, carried)
        if carried is not None and going_on:
            roles = [carried]  # "They include 250 ...": parts of the figure before
        elif parsed and (named := subject_whole(sent)) is not None:
            # "The inmates freed included 250 ...": parts of a whole named with no figure
            carried, going_on, roles = named, True, [named]
        for num in numbers:
            # a box line's figure is keyed where its phrase starts ("at least 35": at "at")
            boxed = box.get(base + num.num_start) or box.get(base + num.start)
            if boxed is not None:
                role = boxed[0]
                span = (base + num.start, base + num.end)
            else:
                if _skip(num, text, dates):
                    continue
                found = role_of(num, sent, parsed, prev_group, roles, frame)
                before = roles[-1] if roles else carried  # ("put the figure at N": this one)
                again = count_context.restated(text, num.start, before)
                if found is None and (again := again or answer(asked, base + num.start)):
                    found = again, (base + num.start, base + num.end)
                if found is None:
                    continue
                role, span = found
                if going_on and carried is not None and role.action is None and carried.action:
                    if role.group in (carried.group, "people"):
                        # "Among them are 18 inmates serving life terms": what befell the
                        # figure before befell its parts
                        role.action, role.mode = carried.action, carried.mode
            quantity, label = _quantity(role)
            if (
                role.action is None
                and num.value in counted
                and re.search(r"\b(the|these|those|all)\s+$", text[: num.start], re.I)
            ):
                # "the three abductees": a repeat of a figure counted before, in its role
                quantity, label = counted[num.value]
            as_of = _as_of(quantity, role, sent, text, pub, origin, num)
            start, end = span
            out.append(
                Count(
                    quantity,
                    num.value,
                    num.approx,
                    as_of,
                    _qualifier(role, quantity, proposed),
                    Span(name, start, end, doc_text[start:end]),
                    label if quantity == "other" else None,
                    role.mode,
                )
            )
            counted.setdefault(num.value, (quantity, label))
            roles.append(role)
        if item is False:
            lead_src, lead_read = (sent, roles, parsed), False
        carried = roles[-1] if roles else None
        words = getattr(sent, "words", None)
        if words is None or not words.isdisjoint(COUNTABLE):  # else no people named
            prev_group = antecedent_group(sent, base + len(text) + 1, prev_group)
            last = roles[-1] if roles and prev_group == "people" else None
            if last is not None and last.group in ("held", "jailed"):
                prev_group = last.group  # "251 people were abducted": those held
            elif last and last.action in ("taken", "held") and last.side != "jailed_side":
                prev_group = "held"  # "240 people were seized", "that leaves 120 people there"
    out += _one_body(sents, name, pub, origin)
    return out


def _proposed(sentence: str) -> bool:
    """A sentence about a package tabled, not agreed: "the proposal would see 10 freed"
    (not "accepted the proposal, under which 10 will be freed")."""
    words = set(re.findall(r"[a-z-]+", sentence.lower()))
    return not V.proposals.isdisjoint(words) and words.isdisjoint(_AGREED)


_AGREED = frozenset(
    {"accept", "accepted", "accepts", "agreed", "approved", "approves", "signed", "ratified"}
)


def _qualifier(role: Role, quantity: str, proposed: bool = False) -> str:
    """A short description of the role: "living abductees released (planned)".

    >>> _qualifier(Role(group="people", action="released", mode="planned"), "x")
    'people released (planned)'
    """
    what = role.noun or V.group_words.get(role.group or "", "")
    bits = [
        role.status
        if role.status
        and role.status not in what
        and not any(V.status(w.strip("()")) == role.status for w in what.split())
        and not (role.status == "dead" and role.action == "killed")  # not "dead people killed"
        else "",
        what,
        (role.action or "").replace("_", " ")
        if role.action not in what.split()
        and not any(V.action(w) == role.action for w in what.split())
        else "",  # "bodies returned", not "bodies returned released"
    ]
    desc = " ".join(b for b in bits if b)
    mode = "proposed" if proposed and role.mode == "planned" else role.mode
    return desc + (f" ({mode})" if mode != "actual" else "")


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
    """The earliest day a document names: when the people counted as taken were taken."""
    days = []
    for m in find_date_mentions(text):
        if not re.search(r"\d", m.text):
            continue
        d = _past_day(m.text, pub)
        if d is not None and (pub is None or d <= pub):
            days.append(d)
    return min(days) if days else None


def _as_of(
    quantity: str,
    role: Role,
    sent: Any,
    text: str,
    pub: date | None,
    origin: date | None,
    num: Number | None = None,
) -> str | None:
    """The day a figure refers to (ISO), or None when the text does not fix it."""
    if quantity == Q["held_taken"]:
        for m in find_date_mentions(text):
            d = _past_day(m.text, pub) if re.search(r"\d", m.text) else None
            if d is not None:
                return d.isoformat()
        return origin.isoformat() if origin else None
    if pub is None and role.action != "killed":
        return None
    if role.mode != "actual":
        return pub.isoformat() if pub else None  # planned figures as of their announcement
    for m in find_date_mentions(text):
        if (
            m.future
            or re.match(r"(since|in|until|by)\b", m.text, re.I)
            or re.search(
                r"\b(since|from|after|before)\s+$", text[max(0, m.start - 8) : m.start], re.I
            )
        ):
            continue
        if num is not None and _other_clause(sent, m.start, num.num_start):
            continue  # "under a deal that began on May 3, 16 have been freed": the deal's day
        if _taking_day(m.text, text, pub, origin):
            if (
                role.action == "killed"
                and origin is not None
                and not re.search(r"\b(has|have)\s+(now\s+)?been\b", text, re.I)
            ):
                # "the October 7 attack killed 1,200": a figure of the day people were taken
                return origin.isoformat()
            # not this figure's day: the day people were taken ("of those taken on October 7, ...")
            continue
        d = resolve_relative(m.text, pub) if pub else None
        if d is None or pub is None or d > pub:
            continue
        return d.isoformat()
    return (
        pub.isoformat() if pub else None
    )  # totals "so far", states "still held": as of the writing


def _other_clause(sent: Any, date_at: int, num_at: int) -> bool:
    """The date is in a relative clause that does not hold the number ("a deal that began
    on May 3, of which 16 have been freed"): it dates the clause's noun, not the figure."""
    base = getattr(sent, "start_char", 0)
    toks = {t.idx - base: t for t in sent} if is_parsed(sent) else {}
    date_tok, num_tok = toks.get(date_at), toks.get(num_at)
    if date_tok is None or num_tok is None:
        return False
    for a in date_tok.ancestors:
        if a.dep_ == "relcl":
            return not any(t.i == num_tok.i for t in a.subtree)
    return False


_ONE_OFF_DAYS = frozenset((int(m.date[5:7]), int(m.date[8:10])) for m in MILESTONES if m.one_off)


def _taking_day(expr: str, sentence: str, pub: date | None, origin: date | None) -> bool:
    """A date that is the day people were taken: the document's earliest day when it is a
    one-off public milestone's or the sentence names the taking ("those abducted on ...")."""
    if origin is None or not re.search(r"\d", expr):
        return False
    d = _past_day(expr, pub)
    if d is None or (d.month, d.day) != (origin.month, origin.day):
        return False
    if (d.month, d.day) in _ONE_OFF_DAYS:
        return True
    words = re.findall(r"[a-z]+", sentence.lower())
    return any(V.action(w) == "taken" or V.action_nouns.get(w) == "taken" for w in words)


_ONE_PERSON = re.compile(
    r"\b(bodies|body|remains) of an? (\w+ ){0,2}?("
    + "|".join(
        sorted(
            {s for f, s in V.singular.items() if V.groups[f] in ("held", "people", "combatants")},
            key=lambda w: (-len(w), w),
        )
    )
    + r")\b"
)


def _one_body(
    sents: list[Any], name: str, pub: date | None, origin: date | None = None
) -> list[Count]:
    """ "The remains of a soldier", "the body of a farmer": one, returned or held."""
    out = []
    for sent in sents:
        text = sent.text
        for m in _ONE_PERSON.finditer(text):
            before = text[: m.start()].lower()[-200:]
            held = any(V.action(w) == "held" for w in re.findall(r"[a-z]+", before))
            role = Role(
                group="remains",
                status="dead",
                action="held" if held else "released",
                noun=m.group(3),
            )
            quantity, _label = _quantity(role)
            start = sent.start_char + m.start()
            out.append(
                Count(
                    quantity,
                    1,
                    False,
                    _as_of(quantity, role, sent, text, pub, origin),
                    _qualifier(role, quantity),
                    Span(name, start, start + len(m.group(0)), m.group(0)),
                    None,
                    "actual",
                )
            )
    return out
