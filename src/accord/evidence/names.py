"""Proper names from the tagger: people and places, without a statistical NER.

A run of proper-noun tokens (``NNP``/``NNPS``, joined by name particles such as
"al-" or "bin") is a *place* when a locative preposition precedes it ("in
Paris", "across the West Bank") or its last word is a place noun ("Kansas City",
"Shifa hospital"); an *organisation or work* when its last word says so ("New
York Times", "Health Ministry"); a *person* when a personal title precedes or
opens it ("Mrs. Haim", "Secretary Blinken") or it has two or more words and is
none of the above. One-word names are kept as ``name``: the caller decides
(a surname already known is that person). Running without NER keeps the parse
to the tagger and parser, the part of the pipeline the rules need.

>>> from types import SimpleNamespace as T
>>> toks = [T(text=w, tag_=t, idx=i, whitespace_=" ") for w, t, i in
...         [("talks", "NNS", 0), ("in", "IN", 6), ("Paris", "NNP", 9), (",", ",", 14),
...          ("Anna", "NNP", 16), ("Varga", "NNP", 21), ("said", "VBD", 27)]]
>>> [(n.text, n.kind) for n in proper_names(toks)]
[('Paris', 'place'), ('Anna Varga', 'person')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from accord.evidence.date_expressions import _MONTH_RE, CALENDAR_WORDS

_PROPER = {"NNP", "NNPS"}
_PARTICLES = {"al", "al-", "el", "el-", "bin", "ibn", "abu", "abdel", "de", "van", "von", "ben"}
TITLES = {
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "prof.",
    "sheikh",
    "president",
    "secretary",
    "minister",
    "prime",
    "gen.",
    "lt.",
    "maj.",
    "col.",
    "admiral",
    "rear",
    "general",
    "sen.",
    "rep.",
    "senator",
    "ambassador",
    "king",
    "emir",
    "prince",
    "chief",
    "spokesman",
    "envoy",
    "rabbi",
    "imam",
    "judge",
    "justice",
    "sgt.",
    "capt.",
    "commander",
    "defense",
    "defence",
    "foreign",
    "vice",
    "deputy",
    "fm",
    "pm",
    "staff",
    "of",
    "lt",
    "gen",
    "maj",
    "col",
    "sgt",
    "capt",
    "brig",
    "adm",
}
_LOCATIVE = {
    "in",
    "at",
    "from",
    "near",
    "to",
    "into",
    "across",
    "throughout",
    "outside",
    "inside",
    "around",
    "toward",
    "towards",
    "via",
    "northern",
    "southern",
    "central",
    "eastern",
    "western",
}
PLACE_HEADS = {
    "city",
    "strip",
    "bank",
    "square",
    "hospital",
    "kibbutz",
    "camp",
    "crossing",
    "corridor",
    "street",
    "valley",
    "heights",
    "border",
    "province",
    "district",
    "governorate",
    "region",
    "island",
    "sea",
    "river",
    "mountain",
    "airport",
    "port",
}
_ORG_HEADS = {
    "times",
    "post",
    "press",
    "news",
    "journal",
    "ministry",
    "council",
    "committee",
    "forum",
    "day",
    "brigades",
    "party",
    "company",
    "department",
    "office",
    "agency",
    "forces",
    "force",
    "army",
    "operation",
    "organization",
    "organisation",
    "union",
    "nations",
    "court",
    "house",
    "bank",
    "media",
    "network",
    "tv",
    "radio",
    "group",
    "authority",
    "command",
    "administration",
    "association",
    "institute",
    "university",
    "crescent",
    "cross",
    "llc",
    "inc",
    "policy",
    "terms",
    "use",
    "congress",
    "affairs",
    "relations",
    "intelligence",
    "service",
    "services",
    "presidency",
    "secretariat",
    "commission",
    "directorate",
    "bureau",
    "embassy",
}


@dataclass(frozen=True)
class Name:
    start: int  # character offsets in the document
    end: int
    text: str
    kind: str  # person, place, organisation, name


def _tags(tokens: list[Any]) -> list[str]:
    """The tokens' tags: read from the doc's arrays when ``tokens`` are a whole spaCy doc's."""
    doc = getattr(tokens[0], "doc", None) if tokens else None
    if doc is not None and len(doc) == len(tokens) and tokens[0].i == 0:
        from accord.evidence.columns import columns

        return columns(doc).tag
    return [t.tag_ for t in tokens]


def _runs(tokens: list[Any]) -> Iterable[tuple[int, int]]:
    i, n = 0, len(tokens)
    tags = _tags(tokens)
    while i < n:
        if (tags[i] in _PROPER and tokens[i].text[:1].isupper()) or _opening_first_name(
            tokens, tags, i
        ):
            j = i + 1
            while j < n:
                t = tokens[j]
                if tags[j] in _PROPER and (t.text[:1].isupper() or t.text.lower() in _PARTICLES):
                    j += 1
                elif (
                    t.text == "-"
                    and j + 1 < n
                    and tags[j + 1] in _PROPER
                    and not tokens[j - 1].whitespace_
                ):
                    j += 2
                elif (  # a plural's possessive inside a name: "the X Veterans' Club"
                    t.text in ("'", "’")
                    and tokens[j - 1].text.endswith("s")
                    and not tokens[j - 1].whitespace_
                    and j + 1 < n
                    and tags[j + 1] in _PROPER
                    and tokens[j + 1].text[:1].isupper()
                ):
                    j += 2
                else:
                    break
            yield i, j
            i = j
        else:
            i += 1


# what ends a sentence before a word that opens the next one
_SENTENCE_END = frozenset({".", "!", "?", "”", '"', ":"})


def _opening_first_name(tokens: list[Any], tags: list[str], i: int) -> bool:
    """A capitalised word the tagger read as a common noun (``NN``) opening a sentence right
    before a proper noun ("Avner Tal, a union leader, said"): the first name of a person the
    tagger does not know, not a title ("Minister Tal": :data:`TITLES`) nor a place or an
    organisation's word."""
    t = tokens[i]
    if tags[i] != "NN" or not t.text.istitle() or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if tags[i + 1] not in _PROPER or not nxt.text[:1].isupper() or not t.whitespace_:
        return False
    low = t.text.lower()
    if low in TITLES or low in PLACE_HEADS or low in _ORG_HEADS:
        return False
    if i == 0:
        return True
    prev = tokens[i - 1]
    return prev.text in _SENTENCE_END or not prev.text.strip()


# what follows a dateline's place: a region, a date or an agency, then a dash
# ("CITY, Region (Agency) — ", "CITY, May 3 – ")
_DATELINE_TAIL = re.compile(r"\s*(?:,[^\n,—–]{1,40}){0,2}\s*(?:\([^()\n]{1,40}\))?\s*[—–-]\s")


# a dateline's date or agency, which a place in ordinary capitals needs ("City, 2 March 2025 -")
_DATELINE_STAMP = re.compile(rf"\d{{1,2}}\s+{_MONTH_RE}|{_MONTH_RE}\s+\d{{1,2}}|\(")


def _dateline_place(toks: list[Any], i: int, words: list[Any]) -> bool:
    """Whether a name opening a line is a dateline's place ("CITY, Region (Agency) — ",
    "City, 2 March 2025 - "): a dateline is no person, however many words the place has. A
    name in ordinary capitals needs the dateline's date or agency ("Anna Varga, the envoy, -"
    is a person)."""
    if i > 0 and "\n" not in toks[i - 1].text and toks[i - 1].text.strip():
        return False
    doc = getattr(words[-1], "doc", None)
    if doc is None:
        return False
    end = words[-1].idx + len(words[-1].text)
    tail = _DATELINE_TAIL.match(doc.text, end)
    if tail is None:
        return False
    if all(w.text.isupper() or not w.text.isalpha() for w in words):
        return True
    return _DATELINE_STAMP.search(tail.group(0)) is not None


def proper_names(tokens: Any) -> list[Name]:
    """People, places and other proper names in a tagged sequence of tokens (a spaCy Doc)."""
    toks = list(tokens)
    out: list[Name] = []
    for i, j in _runs(toks):
        words = toks[i:j]
        titled = False
        while words and words[0].text.lower() in TITLES:
            words = words[1:]
            titled = True
        while words and words[-1].text in ("’s", "'s"):
            words = words[:-1]
        if not words or all(w.text.lower().rstrip(".") in CALENDAR_WORDS for w in words):
            continue  # a month or a weekday ("in the July 2 text"): a date, not a name
        while len(words) > 1 and words[-1].text.lower().rstrip(".") in CALENDAR_WORDS:
            words = words[:-1]  # "arrived in Paris Wednesday": the day is no part of the name
        if i > 0 and toks[i - 1].text.lower() in ("mr.", "mrs.", "ms.", "dr."):
            titled = True
        start = words[0].idx
        end = words[-1].idx + len(words[-1].text)
        text = "".join(w.text + w.whitespace_ for w in words).strip()
        text = re.sub(r"[’']s$", "", text).strip()
        end = start + len(text)
        last = words[-1].text.lower()
        first = words[0].text.lower()
        prev = toks[i - 1].text.lower() if i > 0 else ""
        prev2 = toks[i - 2].text.lower() if i > 1 else ""
        if last in _ORG_HEADS:
            kind = "organisation"
        elif _dateline_place(toks, i, words):
            kind = "place"
        elif (
            last in PLACE_HEADS
            or first in PLACE_HEADS
            or (
                not titled
                and (prev in _LOCATIVE or (prev == "the" and prev2 in _LOCATIVE))
                and (prev, prev2) != ("to", "according")  # "according to X": a source
            )
        ):
            kind = "place"
        elif titled or len(words) >= 2:
            kind = "person"
        else:
            kind = "name"
        out.append(Name(start, end, text, kind))
    return out
