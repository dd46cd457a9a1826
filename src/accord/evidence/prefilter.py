"""Keyword pre-checks for regular expressions: skip a pattern that cannot match a sentence.

Most rule patterns can only match text that contains one of a few literal words
(``\\breject\\w*`` needs "reject"). :func:`required_literals` reads that set
off the pattern's syntax tree: any match must contain one of the returned
strings (lowercased), so a substring test on the lowercased sentence — far
cheaper than running the regex — rules the pattern out without changing what
it finds. A pattern with no such literal (``\\w+``) returns ``None``: always run.

>>> sorted(required_literals(re.compile(r"\\bcall(ed|s|ing)? on\\b", re.I)))
['call']
>>> sorted(required_literals(re.compile(r"\\b(truce|cease-?fire)\\b", re.I)))
['cease', 'truce']
>>> Prefiltered(re.compile(r"\\bwarn(s|ed)?\\b", re.I)).search("Union rejects it", "union rejects it")
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

Literals = frozenset[str] | None


def _best(cands: list[frozenset[str]]) -> Literals:
    """The most selective candidate: the one whose shortest string is longest."""
    cands = [c for c in cands if c and all(c)]
    if not cands:
        return None
    return max(cands, key=lambda c: (min(len(s) for s in c), -len(c)))


def _seq(items: Any) -> Literals:
    cands: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            cands.append(frozenset({"".join(run).casefold()}))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op is _c.AT:  # zero-width anchors do not break a literal run
            continue
        flush()
        got: Literals = None
        if op is _c.SUBPATTERN:
            got = _seq(av[-1])
        elif op is _c.BRANCH:
            branches = [_seq(b) for b in av[1]]
            if all(b is not None for b in branches):
                got = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            got = _seq(av[2])
        elif op is _c.IN and all(o is _c.LITERAL for o, _a in av) and len(av) <= 4:
            got = frozenset(chr(a).casefold() for _o, a in av)
        if got is not None:
            cands.append(got)
    flush()
    return _best(cands)


def required_literals(pattern: re.Pattern[str]) -> Literals:
    """Lowercase strings one of which every match of ``pattern`` contains, or None."""
    try:
        return _seq(_p.parse(pattern.pattern, pattern.flags))
    except Exception:  # pragma: no cover - unusual syntax: never skip the pattern
        return None


class Prefiltered:
    """A compiled pattern with its keyword pre-check; search and finditer take the lowercased text.

    Matches are exactly the pattern's own: the pre-check only skips texts it cannot match.
    """

    __slots__ = ("pattern", "needs")

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = guarded(pattern)
        self.needs = required_literals(pattern)

    def possible(self, low: str) -> bool:
        needs = self.needs
        if needs is None:
            return True
        for s in needs:
            if s in low:
                return True
        return False

    def search(self, text: str, low: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.possible(low) else None

    def finditer(self, text: str, low: str) -> Any:
        return self.pattern.finditer(text) if self.possible(low) else iter(())


_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_SPACE: r"\s",
}


def _starts(items: Any, icase: bool) -> tuple[set[tuple[str, bool]] | None, bool]:
    """The characters a match of ``items`` (a parsed sequence) can start with, as class
    members (a character or a category like ``\\d``) each with whether it is compared
    ignoring case, and whether the sequence can match empty. ``None``: not known."""
    out: set[tuple[str, bool]] = set()
    for op, av in items:
        if op is _c.AT or op is _c.ASSERT or op is _c.ASSERT_NOT:
            continue  # zero-width: the next item starts the match
        got: set[tuple[str, bool]] | None
        nullable = False
        if op is _c.LITERAL:
            got = {(chr(av), icase)}
        elif op is _c.IN:
            got = set()
            for o, a in av:
                if o is _c.LITERAL:
                    got.add((chr(a), icase))
                elif o is _c.RANGE and a[1] - a[0] < 128:
                    got |= {(chr(x), icase) for x in range(a[0], a[1] + 1)}
                elif o is _c.CATEGORY and a in _CATEGORIES:
                    got.add((_CATEGORIES[a], icase))
                else:
                    return None, False
        elif op is _c.SUBPATTERN:
            _group, add, remove, sub = av
            got, nullable = _starts(sub, (icase or bool(add & re.I)) and not remove & re.I)
        elif op is _c.BRANCH:
            got = set()
            for branch in av[1]:
                g, n = _starts(branch, icase)
                if g is None:
                    return None, False
                got |= g
                nullable = nullable or n
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            got, nullable = _starts(av[2], icase)
            nullable = nullable or av[0] == 0
        else:
            return None, False
        if got is None:
            return None, False
        out |= got
        if not nullable:
            return out, False
    return out, True


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look-ahead for the characters its matches can start with.

    Python's regex engine tries an alternation branch by branch at every position; the
    look-ahead rejects most positions with one character-class test. The matches, their
    groups and offsets are the pattern's own (the look-ahead admits every character a match
    can start with, compared as the pattern compares it). A pattern whose first characters
    are not known, or that can match the empty string, is returned as it is.

    >>> guarded(re.compile("(?:truce|pause) talks|(?i:halt)")).pattern
    '(?=[pt]|(?i:[h]))(?:truce|pause) talks|(?i:halt)'
    """
    if re.match(r"\(\?[aiLmsux]+\)", pattern.pattern):
        return pattern  # global flags must stay first
    try:
        found, nullable = _starts(
            _p.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.I)
        )
    except Exception:  # pragma: no cover - unusual syntax: leave the pattern as it is
        return pattern
    if found is None or nullable or not found:
        return pattern

    def members(icase: bool) -> str:
        return "".join(c if len(c) > 1 else re.escape(c) for c, i in sorted(found) if i == icase)

    exact, folded = members(False), members(True)
    alts = ([f"[{exact}]"] if exact else []) + ([f"(?i:[{folded}])"] if folded else [])
    if pattern.flags & re.I:  # the whole pattern ignores case: so does its look-ahead
        alts = [f"[{exact}{folded}]"]
    return re.compile(f"(?={'|'.join(alts)})" + pattern.pattern, pattern.flags)


def _trie(words: list[str]) -> str:
    """A regular expression matching the longest of ``words`` that starts where it is tried."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first

    return emit(tree)


class PatternSet:
    """Prefiltered patterns checked together: one scan of the lowercased text finds which of
    their literals it holds, so only the patterns that can match are tried.

    :meth:`candidates` gives those patterns' positions, in order: the others are exactly the
    ones :meth:`Prefiltered.possible` rules out.

    >>> ps = PatternSet([Prefiltered(re.compile(p, re.I)) for p in (r"\\bwarn", r"trust-?fund", "ire")])
    >>> ps.candidates("they warned of a trust-fund fire")
    [0, 1, 2]
    >>> ps.candidates("the fire")
    [2]
    """

    __slots__ = ("always", "scan", "users")

    def __init__(self, patterns: list[Prefiltered]):
        self.always = frozenset(i for i, p in enumerate(patterns) if p.needs is None)
        lits = sorted({s for p in patterns if p.needs for s in p.needs})
        # the look-ahead for a literal's first letter rejects most places with one test
        firsts = "".join(re.escape(c) for c in sorted({s[0] for s in lits}))
        self.scan = re.compile(f"(?=[{firsts}])(?=({_trie(lits)}))") if lits else None
        users = {s: [i for i, p in enumerate(patterns) if p.needs and s in p.needs] for s in lits}
        # a literal found at a place: it and every literal inside it occur in the text
        self.users = {w: frozenset(i for s in lits if s in w for i in users[s]) for w in lits}

    def candidates(self, low: str) -> list[int]:
        """Positions of the patterns whose literals occur in ``low`` (or that need none)."""
        if self.scan is None:
            return sorted(self.always)
        got = set(self.always)
        users = self.users
        for m in self.scan.finditer(low):
            got |= users[m.group(1)]
        return sorted(got)
