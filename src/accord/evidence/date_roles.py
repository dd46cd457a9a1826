"""The role of a full date in its sentence, for the day of a text given without metadata
(:func:`accord.evidence.dates.infer_published`): a day the text looks back on (a cue such as
"since", the past perfect), one still ahead (a plan, an arrangement in the present: "planned
for", "expires on"), a bound ("until", "by"), a day a happening is counted from ("two days
after talks opened on X"); and the weekday set beside a relative day ("yesterday (Monday)").
A cue belongs to the date right after it in its sentence, not to a later one.
"""

from __future__ import annotations

import re

from accord.evidence.date_expressions import _FUTURE, _HISTORIC, _MONTH_RE, _WD_RE

# the days from a relative day to the text's own
DAYS_FROM_OWN = {"yesterday": 1, "last night": 1, "tomorrow": -1}

# the past perfect ("had warned", "had not been freed"): a time before the one the text tells
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:(?:not|never|already|also|\w+ly)\s+)?(?:been\s+)?"
    r"(?:[a-z]+(?:ed|en|wn)|made|held|met|said|told|left|sent|set|put|won|lost|brought|"
    r"thought|sought|fought|begun|done|gone|struck|hit|paid|kept|read)\b"
)


# a date written in words ("May 2", "2 May", a year): a cue before an earlier date is its own
_DATE_WORDS = re.compile(
    rf"\b(?:19|20)\d\d\b|\b{_MONTH_RE}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH_RE}"
)
# a day named as scheduled, in the present of an arrangement or a plan: "is planned for",
# "slated for", "expires on", "meets again on"
_SCHEDULED = re.compile(
    r"\b(?:(?:planned|slated|scheduled|set|due|pencil+ed in|earmarked|timed)\s+(?:for|on)"
    r"|(?:expires?|lapses?|meets?|begins?|starts?|opens?|resumes?|ends?|convenes?|"
    r"takes? effect|runs?)\s+(?:again\s+)?(?:on|until|through))\s+"
    rf"(?:{_WD_RE},?\s+)?(?:the\s+)?$",
    re.I,
)
# a day named as a bound ("until", "by", "a deadline of"): not the day of what the text tells
_BOUND = re.compile(
    rf"\b(?:until|till|by|through|no later than|deadline(?:\s+of)?)\s+(?:{_WD_RE},?\s+)?"
    r"(?:the\s+)?$",
    re.I,
)


def _clause_before(text: str, m: re.Match[str], width: int, stops: str = r"[.!?]\s") -> str:
    """The words before a date in its sentence (``width`` characters at most), after any other
    date written there: a cue before an earlier date is that date's ("the truce that began on
    May 2 expires on May 9": "began" is May 2's)."""
    before = re.split(stops, text[max(0, m.start() - width) : m.start()])[-1]
    dates = list(_DATE_WORDS.finditer(before))
    return before[dates[-1].end() :] if dates else before


def looked_back_on(text: str, m: re.Match[str]) -> bool:
    """Whether the words around a date in its sentence look back on it ("since", "attack"),
    or its clause is in the past perfect ("had warned on April 2"): a time before the text's."""
    before = _clause_before(text, m, 80)
    around = before + (re.split(r"[.!?](\s|$)", text[m.end() : m.end() + 30])[0])
    after = re.split(r"[.!?;](?:\s|$)|,\s", text[m.end() : m.end() + 60].lstrip(", "))[0]
    return bool(
        _HISTORIC.search(around) or _PAST_PERFECT.search(before.split(", ")[-1] + " " + after)
    )


def ahead_of_text(text: str, m: re.Match[str]) -> bool:
    """Whether a date is named as still to come ("talks set for ...", "due to begin on ...",
    "the truce expires on ...")."""
    before = _clause_before(text, m, 60, r"[.!?;]\s")
    return bool(_FUTURE.search(before) or _SCHEDULED.search(before))


_COUNTS = {
    w: n
    for n, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(), start=1
    )
} | {"a": 1, "an": 1}
_ORDINALS = {
    w: n
    for n, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split(),
        start=1,
    )
}
# a happening dated by its distance from the date: "two days after talks opened on X", "a
# week after the truce took effect on X", "on the tenth day of the truce that began on X"; not
# a date set off by a comma ("two days after the vote, on X,": X is the happening's own day)
_AFTER_DATE = re.compile(
    r"\b(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
    r"\s+(?P<unit>days?|weeks?)\s+after"
    r"|the\s+(?P<ord>\w+?|\d{1,2}(?:st|nd|rd|th))\s+day\s+of)\b[^.;:!?,]{0,80}$",
    re.I,
)


def days_after(text: str, m: re.Match[str]) -> int | None:
    """The days from a date to the happening its sentence dates by it ("two days after talks
    opened on X": 2; "on the tenth day of the truce that began on X": 9); None when the
    sentence does not count from it."""
    a = _AFTER_DATE.search(_clause_before(text, m, 140))
    if a is None:
        return None
    if a.group("ord"):
        word = a.group("ord").lower()
        n = int(word[:-2]) if word[:1].isdigit() else _ORDINALS.get(word)
        return n - 1 if n else None
    word = a.group("n").lower()
    n = int(word) if word.isdigit() else _COUNTS[word]
    return n * (7 if a.group("unit").lower().startswith("week") else 1)


def bound(text: str, m: re.Match[str]) -> bool:
    """Whether a date is named as a bound ("until May 9", "by May 9"): a deadline or an end,
    not the day of what the text reports, whether past or still to come."""
    return bool(_BOUND.search(text[max(0, m.start() - 40) : m.start()]))


# a weekday set beside a day named relative to the text's own: "yesterday (Monday)"
_NAMED_RELATIVE = re.compile(
    r"\b(?P<rel>(?i:yesterday|last night|tomorrow|today|tonight))\s*[,(]\s*(?:on\s+)?$"
)


def own_day_shift(text: str, start: int) -> int | None:
    """The days from a weekday mention to the text's own day when it is set beside a relative
    day ("yesterday (Monday)": the text's day is the weekday after, 1; "today (Tuesday)": 0);
    0 for a weekday standing alone; None for one beside "tomorrow" (a day ahead: it dates no
    past happening, and the text's day is the one before)."""
    m = _NAMED_RELATIVE.search(text[max(0, start - 20) : start])
    if m is None:
        return 0
    rel = m.group("rel").lower()
    return None if rel == "tomorrow" else DAYS_FROM_OWN.get(rel, 0)
