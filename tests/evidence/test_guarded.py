"""The first-character look-ahead (prefilter.guarded) finds exactly the pattern's matches."""

import re

from accord.evidence.gazetteer import Gazetteer
from accord.evidence.prefilter import PatternSet, Prefiltered, guarded

TEXTS = [
    "Some 250 people and nearly 2,000 trucks crossed on Monday, officials said.",
    "THE COUNCIL met in Ostravia late on Tuesday; talks resume next week.",
    "A-truce, the truce's terms and ſtrange Kelvin K signs: no match here?",
    "",
]
PATTERNS = [
    r"(?<![\w,.])(?:(?P<h>some|nearly|over)\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\w])",
    r"\b(?:on|late on)\s+(?:Monday|Tuesday)\b",
    r"(?i:the council)|Ostravia|(?:next|last) week",
    r"(?<![\w-])(?:truce|pause)(?:'s)?\b",
    r"[\d,]+ trucks",
]


def _all(p: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.lastgroup) for m in p.finditer(text)]


def test_guarded_patterns_match_the_same() -> None:
    for src in PATTERNS:
        for flags in (0, re.I):
            p = re.compile(src, flags)
            g = guarded(p)
            assert g.pattern.startswith("(?=") and g.pattern.endswith(p.pattern)
            for text in TEXTS:
                assert _all(g, text) == _all(p, text), (src, flags, text)


def test_unknown_first_characters_are_left_alone() -> None:
    for src in (r"(?i)truce", r".+ said", r"x?", r"[^a]b"):
        p = re.compile(src)
        assert guarded(p) is p


def test_gazetteer_and_pattern_sets_still_find_the_same() -> None:
    gaz = Gazetteer.shared()
    for combined in (gaz.combined_actor_pattern(), gaz.official_pattern()):
        src = combined.pattern.pattern
        plain = re.compile(src[src.index(r"(?<![\w-])") :])  # the pattern without its guard
        assert plain.pattern != src
        for text in TEXTS:
            assert _all(combined.pattern, text) == _all(plain, text)
    ps = PatternSet([Prefiltered(re.compile(p, re.I)) for p in (r"\bwarn", "ire", r"\d+ tru")])
    assert ps.candidates("they warned of 2 trucks on fire") == [0, 1, 2]
    assert ps.candidates("the fir") == []
