"""Numbers as news writes them: digits, words, scales and hedges.

>>> [(n.value, n.approx) for n in find_numbers("nearly 2,000 inmates and two dozen abductees")]
[(2000, True), (24, False)]
>>> [n.value for n in find_numbers("around 2 million people")]
[2000000]
>>> [(n.text, n.approx) for n in find_numbers("they handed over 18 bodies")]
[('18', False)]
>>> text = "between 30 and 40 workers, 5-8 guards"
>>> [(n.text, n.value, n.approx) for n in ranges(find_numbers(text), text)]
[('between 30 and 40', 30, True), ('5-8', 5, True)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from accord.evidence.prefilter import guarded

UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
HEDGES = (
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "more than",
    "over",
    "at least",
    "at most",
    "up to",
    "upwards of",
    "fewer than",
    "no fewer than",
    "no less than",
    "not less than",
    "less than",
    "an estimated",
    "close to",
    "as many as",
    "just over",
    "just under",
    "under",
    "estimated",
    "some estimated",
)

_WORD = "|".join(sorted(list(UNITS) + list(_TENS), key=len, reverse=True))
_NUM_WORDS = rf"(?:(?:{_WORD})(?:[- ](?:{_WORD}))?)"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s+(?:hundred|thousand|million|billion))"
_HEDGE = "|".join(sorted((h.replace(" ", r"\s+") for h in HEDGES), key=len, reverse=True))
_PATTERN = re.compile(
    rf"(?<![\w,.])(?<!\d:)(?:(?P<hedge>{_HEDGE})\s+)?"  # (not a clock's "10:00")
    rf"(?P<num>(?:a|{_NUM_WORDS})\s+dozen|a\s+(?:hundred|thousand|million)(?:\s+and\s+{_NUM_WORDS})?|(?:{_DIGITS})(?P<ord>st|nd|rd|th)?{_SCALE}?"
    rf"|(?:{_NUM_WORDS})(?:\s+(?:hundred|thousand|million|billion)(?:\s+and\s+{_NUM_WORDS}(?!\s+(?:hundred|thousand|million|billion)))?)*)"
    rf"(?![\w])(?!:\d)",
    re.IGNORECASE,
)
_PATTERN = guarded(_PATTERN)  # a look-ahead for the first character: same matches


# verbs whose particle "over"/"under" is no hedge ("handed over 18 bodies")
_PARTICLE_VERB = re.compile(
    r"\b(hand|hands|handed|handing|turn|turns|turned|turning|"
    r"take|takes|took|taken|taking|give|gives|gave|given|giving|"
    r"pass|passed|passing|bring|brought|go|went|gone|put|fight|fought)"
    r"\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Number:
    value: int
    approx: bool
    ordinal: bool
    start: int  # of the whole phrase, hedge included
    end: int
    num_start: int  # of the number itself
    text: str


def words_to_int(words: str) -> int | None:
    """Value of a number written in words ("two dozen", "forty-two", "3 million").

    >>> words_to_int("two dozen"), words_to_int("forty-two"), words_to_int("3 million")
    (24, 42, 3000000)
    >>> words_to_int("one hundred and fifty")
    150
    """
    total: float = 0
    current: float = 0
    tokens = re.split(r"[\s-]+", words.lower().replace(",", ""))
    if not tokens or tokens == [""]:
        return None
    for tok in tokens:
        if tok == "and":
            continue  # "one hundred and fifty"
        if tok in ("a", "an"):
            current = max(current, 1)
        elif tok in UNITS:
            current += UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "dozen":
            current = max(current, 1) * 12
        elif tok in _SCALES:
            scale = _SCALES[tok]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            try:
                current += float(tok) if "." in tok else int(tok)
            except ValueError:
                return None
    return int(round(total + current))


def find_numbers(text: str) -> list[Number]:
    """Every number in ``text`` with its hedge (``approx``) and offsets."""
    return list(_numbers_of(text))


@lru_cache(maxsize=2048)
def _numbers_of(text: str) -> tuple[Number, ...]:
    """:func:`find_numbers`, remembered: the extractor reads the numbers of a sentence when it
    chooses what to parse and again in the count rules (a batch holds a few hundred)."""
    out: list[Number] = []
    for m in _PATTERN.finditer(text):
        raw = m.group("num")
        ordinal = bool(m.group("ord"))
        cleaned = re.sub(r"(st|nd|rd|th)\b", "", raw) if ordinal else raw
        value = words_to_int(cleaned)
        if value is None:
            continue
        hedge, start = m.group("hedge"), m.start()
        if (
            hedge
            and hedge.lower() in ("over", "under")
            and _PARTICLE_VERB.search(text[: m.start()])
        ):
            hedge, start = None, m.start("num")  # "handed over 18": a particle, no hedge
        out.append(
            Number(
                value=value,
                approx=bool(hedge),
                ordinal=ordinal,
                start=start,
                end=m.end(),
                num_start=m.start("num"),
                text=text[start : m.end()],
            )
        )
    return tuple(_with_digits_repeated(out, text))


def _with_digits_repeated(numbers: list[Number], text: str) -> list[Number]:
    """``numbers`` with a figure written in words and again in digits in brackets, as legal
    texts do ("thirty-three (33) abductees"), read once: the phrase from the words, the number
    itself at the digits, whose token the parse ties to the noun.

    >>> [(n.text, n.value) for n in find_numbers("thirty-three (33) workers and 4 (four)")]
    [('thirty-three (33', 33), ('4', 4), ('four', 4)]
    """
    out: list[Number] = []
    for num in numbers:
        words = out[-1] if out else None
        if (
            words is not None
            and words.value == num.value
            and not words.text[-1].isdigit()
            and text[words.end : num.num_start] == " ("
            and text.startswith(")", num.end)
        ):
            out[-1] = replace(
                words, num_start=num.num_start, end=num.end, text=text[words.start : num.end]
            )
            continue
        out.append(num)
    return out


# between two numbers of a range: "30 to 40", "30-40", "thirty or forty", "between 30 and 40"
# (a dash with spaces around it is a separator: "Week 1 – four workers")
_RANGE_JOIN = re.compile(r"[-–]|\s+(?:to|or)\s+")
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_CHANGE = re.compile(r"\bfrom\s+$", re.IGNORECASE)  # "rose from 30 to 40": a change
_YEAR = re.compile(r"(?:19|20)\d\d")


_MONTH_BEFORE = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")


def ranges(numbers: list[Number], text: str) -> list[Number]:
    """``numbers`` (of :func:`find_numbers` on ``text``) with each range read as one figure:
    its lower bound, approximate (the conservative figure), spanning the range.

    "between 30 and 40", "30-40", "30 to 40", "thirty or forty"; not a change ("from 30 to
    40"), years ("2014-2015"), ordinals, a pair written in digits and words or apart ("Week 1 –
    four"), nor a pair whose second number is not the larger.
    The figure's ``num_start`` is the last number's, the one its noun follows.
    """
    out: list[Number] = []
    k = 0
    while k < len(numbers):
        low = numbers[k]
        high = numbers[k + 1] if k + 1 < len(numbers) else None
        if high is not None and not (
            low.ordinal or high.ordinal or high.value <= low.value or high.start != high.num_start
        ):
            gap = text[low.end : high.start]
            before = text[: low.start]
            between = _BETWEEN.search(before) if not low.approx else None
            joined = (
                gap.strip().lower() == "and"
                if between
                else bool(_RANGE_JOIN.fullmatch(gap)) and not _CHANGE.search(before)
            )
            years = all(_YEAR.fullmatch(text[n.num_start : n.end]) for n in (low, high))
            # a range is written one way: digits to digits, words to words
            alike = text[low.num_start].isdigit() == text[high.num_start].isdigit()
            # "May 19 to 24": days of a month, no range of figures (the second may be a
            # running total: "the number freed since May 19 to 24")
            day = bool(_MONTH_BEFORE.search(before))
            if joined and alike and not years and not day:
                start = between.start() if between else low.start
                out.append(
                    Number(
                        value=low.value,
                        approx=True,
                        ordinal=False,
                        start=start,
                        end=high.end,
                        num_start=high.num_start,
                        text=text[start : high.end],
                    )
                )
                k += 2
                continue
        out.append(low)
        k += 1
    return out


# a fact box's tally line: a label and its figure standing alone ("Inmates freed on May 3,
# 2021: 150", "Bodies returned in phase one: 8", "Still held: about 59 (of whom 35 dead)")
TALLY_LINE = re.compile(
    r"^[^\n:]{1,80}:\s*(?:about |some |around )?\d[\d,.]*\+?(?:\s+\w+)?\s*(?:\(.*\))?\s*$"
)


# what may part a list's figures: a comma, "and", a few words of the noun ("24 women and 15")
_LIST_GAP = re.compile(r"^[^.;:()\d]{1,40}$")
# ... and between the whole and its first part, a longer one that ends opening the parts
# ("39 inmates were let out of two jails, of whom 24 are women and 15 are minors")
_OPENED_GAP = re.compile(
    r"^[^.;:()\d]{1,120}\b(of (whom|them|those)|among (them|whom)|including)\s+$"
)


def list_of_parts(num: Number, text: str) -> bool:
    """Whether ``num`` is one of a list of two or more figures, right after the figure before
    it, that add up to that figure: the list breaks the figure down, whatever word joins them.

    >>> text = "freed 39 inmates on Friday, 24 women and 15 minors"
    >>> [list_of_parts(n, text) for n in find_numbers(text)]
    [False, True, True]
    >>> text = "freed 10 abductees and 30 inmates"
    >>> [list_of_parts(n, text) for n in find_numbers(text)]
    [False, False]
    """
    numbers = [n for n in find_numbers(text) if not n.ordinal]
    at = next((k for k, n in enumerate(numbers) if n.start == num.start), None)
    if not at:
        return False
    # the whole is the figure right before the list, or before an earlier part of it
    for w in range(at - 1, -1, -1):
        whole, total, last = numbers[w], 0, numbers[w]
        for k in range(w + 1, len(numbers)):
            part = numbers[k]
            gap = text[last.end : part.start]
            if not (_LIST_GAP.match(gap) or (k == w + 1 and _OPENED_GAP.match(gap))):
                break
            total, last = total + part.value, part
            if total >= whole.value:
                return total == whole.value and k > w + 1 and w < at <= k
    return False
