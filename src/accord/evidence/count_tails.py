"""Reading the words after a counted noun: what the clause after a figure says of the people
("25 are believed to be dead", "who are still held", "held in X jails", "two were found
dead"), as text for figures whose role the parse does not give, and the life status the
predicate of a parsed subject states (:func:`predicate_status`), and the words that make a
sentence with a number worth parsing for counts (:data:`COUNTABLE`, :data:`STILL_THERE`).
Used by the count modules beside :mod:`accord.evidence.count_roles`."""

from __future__ import annotations

import re
from typing import Any

from accord.evidence.count_vocab import vocabulary

V = vocabulary()


DUE = re.compile(
    r"\s*(who are |that are )?(due|set|scheduled|expected|slated)\s+((for|to)\s+"
    r"(be\s+)?(?P<what>[a-z]+)|(?P<out>out|home)\b)",  # ("the 33 due out in the first phase")
    re.I,
)
# people set to come out ("13 abductees due out this afternoon", "who are set to go free"):
# a release planned
OUT_TAIL = re.compile(
    r"\s*(who\s+are\s+|that\s+are\s+|are\s+|were\s+|is\s+|was\s+)?"
    r"(due|set|scheduled|expected|slated)\s+(out|home|to\s+go\s+(free|home)|to\s+walk\s+free)\b",
    re.I,
)
# a relative clause of the holder's holding ("48 abductees it still holds"; "still" optional)
_HOLDER_HOLDS = (
    r"\s*(that\s+|which\s+)?(it|they|(?-i:[A-Z])[\w-]+)\s+{still}(holds|hold|keeps|keep)\b"
)
# people said to be still held after a figure ("the 48 abductees still held"): those held now
STILL_HELD = re.compile(
    r"\s*(who\s+are\s+|that\s+are\s+|are\s+)?still\s+(held|detained|kept)\b"
    r"|" + _HOLDER_HOLDS.format(still=r"still\s+"),  # ... or still in the holder's hands
    re.I,
)
AMONG = re.compile(r"\s*(were|are|was|is)\s+among\s+(those|the \w+)\s+(?P<what>[a-z]+)", re.I)
# people said to be back ("20 abductees back in X", "who are now home"): released
HOME_TAIL = re.compile(
    r"\s*(who\s+are\s+|are\s+|were\s+|is\s+|was\s+)?(now\s+|safely\s+|finally\s+){0,2}"
    r"(back\s+(in|home|with|on)\b|home\s*($|[,;.]|\b(with|in|after|on|safe)\b))",
    re.I,
)
HELD_TAIL = re.compile(
    r"\s*(who|that)?\s*(are|were|is)?\s*(still|remaining|left|"
    r"remain\w*|unaccounted)\b"
    r"|" + _HOLDER_HOLDS.format(still=r"(still\s+)?"),
    re.I,
)


# remains said to be somewhere, the noun's complement between ("13 bodies of abductees are
# still in X", "28 bodies are in X", "with 24 bodies still in X"): held there, not handed back
REMAINS_THERE = re.compile(
    r"\s*(of\s+(the\s+)?[a-z]+\s+)?((are|were|remain)\s+(still\s+)?|still\s+)(in|inside)\s+[A-Z]"
)


# a participle or passive of being held that says who the people are ("were detained in the
# war", "held from the strip without charge", "111 Ruritanians who had been detained"), not a
# state that lasts ("are still held"): a part of a release described, used by count_parts
WHO_THEY_ARE = re.compile(
    r"\W*((?!(still|now|remain\w*|are|is)\b)[a-z]+\s+)??((who|that)\s+)?"
    r"((were|was|had\s+been|have\s+been)\s+)?(detained|arrested|held|jailed|imprisoned)\b"
    r"(?!\s+(still|now|to\s+this\s+day))",
    re.I,
)


_HELD_NOUNS = "|".join(sorted((f for f, g in V.groups.items() if g == "held"), key=len)[::-1])
_HELD_AFTER = re.compile(
    r"\W*((who|that|are|were|is|was|being|been|have|had|still|currently|"
    r"now|also)\s+){0,3}(held|taken|kept|seized|abducted)\s+(as\s+)?"
    rf"({_HELD_NOUNS})\b",
    re.I,
)
_AS_HELD = re.compile(rf"\s*(as|were|are)\s+({_HELD_NOUNS})\b", re.I)


def jailed_phrase(text: str) -> bool:
    """Whether the words after a noun say a state holds the people in its jails ("held in
    X jails", "detained in its prisons": ``jails`` in count_nouns.yaml), or by a verb of
    detention ("detained in X during the war": ``detaining``)."""
    m = re.match(
        r"\W*((who|that|are|were|is|was|being|been|still|currently|now)\s+){0,3}"
        r"([a-z]+)\s+(in|at|inside)\s+([^,;.()]*)",
        text,
        re.I,
    )
    if m is None or V.action(m.group(3)) != "held":
        return False
    if m.group(3).lower() in V.detaining:
        return True  # "detained in X during the war": a state's detention, wherever
    return any(w.lower() in V.jails for w in re.findall(r"[A-Za-z]+", m.group(5))[:4])


def held_phrase(text: str) -> bool:
    """Whether the words after a noun say the people are or were held by the other side
    ("... taken as abductees", a noun of the ``held`` group in count_nouns.yaml)."""
    return bool(_HELD_AFTER.match(text) or _AS_HELD.match(text))


def status_after(text: str) -> str | None:
    """Living or dead, as the clause after a number says ("25 are believed to be dead")."""
    clause = re.split(r"[,;.)]|\band\b", text, maxsplit=1)[0]
    whose = re.match(r"\W*(of\s+)?whose\s+([a-z]+)", clause.lower())
    if whose and V.group(whose.group(2)) == "remains":
        return "dead"  # "12 whose bodies are held"
    words = re.findall(r"[a-z]+", clause.lower())[:16]
    for k, w in enumerate(words):
        if V.status(w):
            before = words[max(0, k - 3) : k]
            if V.status(w) == "living" and (
                "not" in before or "never" in before or before[-2:] == ["no", "longer"]
            ):
                return "dead"  # "36 of them are no longer alive", "would not be alive"
            return V.status(w)
        if V.event_nouns.get(w) == "killed":
            return "dead"  # "33 whose deaths have been confirmed"
        if (
            w == "died"
            and k > 0
            and words[k - 1] in ("have", "has", "had")
            and words[k + 1 : k + 2] in ([], ["since"])
        ):
            # "31 of whom are believed to have died": a state, as "are dead" ("have died in
            # detention" tells how and where: killed there)
            return "dead"
        if V.group(w) == "remains" and k > 0 and words[k - 1] in ("in", "as"):
            return "dead"  # "eight of them in coffins", "four of them as remains"
    return None


_PREDICATE = re.compile(
    r"\W*(((were|was|are|is|have|has|had|been|being|be|will|would|could|"
    r"should|also|later|still|reportedly|all|then|now)\s+){1,3}"
    r"(?P<verb>[a-z]+)|(?P<stay>remain|remains|remained)\b"  # ("26 remain")
    r"|(?P<home>came|went|returned)(?=\s+(back\s+)?home\b))(?P<rest>[^,;.]*)",  # ("105 came home")
    re.I,
)


def predicate_after(after: str) -> str | None:
    """The action of the passive or perfect verb right after a number ("two were found dead")."""
    m = _PREDICATE.match(after)
    if not m:
        return None
    if m.group("home"):
        return "released"
    action = V.action(m.group("verb") or m.group("stay"))
    if action is None and (m.group("verb") or "").lower() in ("come", "came", "gone", "went"):
        if re.match(r"\s+(back\s+)?home\b|\s+back\b", m.group("rest"), re.I):
            return "released"  # "148 have come home alive": freed (as their return is)
    if action == "found_dead" and not re.search(
        r"\b(dead|bodies|remains)\b", m.group("rest"), re.I
    ):
        return None
    return action


def predicate_status(noun: Any) -> str | None:
    """Living or dead as the predicate of the noun says: "N abductees are (believed to be)
    alive", "remain dead" — the adjective complement of the verb the noun is subject of."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i and _part_of_them(c)
        for c in noun.head.children
    ):
        return None  # "136 abductees still there, 31 of them are dead": the part's status
    level = [noun.head]
    for _ in range(3):
        nxt = []
        for v in level:
            for c in v.children:
                if c.dep_ in ("acomp", "oprd") and V.status(c.lower_) and c.lower_ != "late":
                    return V.status(c.lower_)
                if c.dep_ in ("xcomp", "ccomp") and c.i > noun.i:
                    nxt.append(c)
        level = nxt
    return None


def _part_of_them(tok: Any) -> bool:
    """A figure of a part ("31 of them", "20 of whom")."""
    return tok.pos_ == "NUM" and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.lower_ in ("them", "whom", "those") for g in c.children)
        for c in tok.children
    )


# the clause after a number that says its people serve prison terms
_SENTENCED = re.compile(
    r"^\W*(of them\s+|of whom\s+)?((were|are|was|is|had been|have been)\s+)?"
    r"(serving|sentenced|jailed for|with)\b[^.;:]{0,40}?\b(sentences?|terms?|imprisonment)\b",
    re.I,
)


def serving_terms(after: str) -> bool:
    """Whether the words after a number say its people serve prison terms ("18 were serving
    life sentences", "125 serving long terms"): the noun of the people is left out, the
    terms are no noun of the figure."""
    return bool(_SENTENCED.match(after))


# words that make a sentence worth parsing for counts (with a number in it)
# (a counted noun, or a word that refers back to one: "of them", "another 30 were freed", "the
# remaining 111"; verbs alone would send most sentences with a number to the parser, at a
# fifth of the speed)
COUNTABLE = V.nouns | {"who", "whom", "which", "another", "toll", "those", "them", "remaining"}
# a figure with its noun left out that is still somewhere ("Some 184 are still in X", "59
# remain", "170 are believed to remain"): worth parsing too, read from the text (the words
# alone are too common)
STILL_THERE = re.compile(
    r"(?<![\w,.])\d[\d,]*\s+(?:[a-z]+\s+){0,4}?(?:still|remain(?:s|ed)?)\b"
    r"|\b(?:still|remain(?:s|ed|ing)?)\b[^.\n\d]{0,30}\d",  # ("Still in X: 98")
    re.I,
)
