"""When an extracted speaker names the gold one (the speaker accuracy of :mod:`accord.evidence.scoring`).

Annotators write a speaker as the article does, more or less fully ("Vale", "Ann
Vale"; "an Alder official", "a senior Alder official"; "Ahmad al-Vale", "Ahmad El-Vale");
the extractor writes the name it resolved. Both name the same person or body, so the
comparison is on words, not characters, and a name transliterated two ways ("Basem",
"Bassem") is one name.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

# articles, and the article of transliterated names written either way ("Abdel Fattah
# al-Sisi", "Abdel-Fattah El-Sisi")
_ARTICLES = frozenset({"a", "an", "the", "al", "el"})


def _words(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return [w for w in re.split(r"(?:'s\b|[^\w])+", plain) if w and w not in _ARTICLES]


# a note in brackets after a name, as annotators add how or where a source spoke
_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def same_speaker(got: str | None, gold: str | None) -> bool:
    """Whether an extracted speaker names the gold one: the same words up to case, accents,
    punctuation and articles, or one's words all in the other's with the same last word (a
    surname, the head noun): the person or body is the same, only more or less described.

    >>> same_speaker("Ann Vale", "Vale"), same_speaker("the Alder official", "Alder official")
    (True, True)
    >>> same_speaker("Vale's office", "Vale"), same_speaker(None, "Vale"), same_speaker(None, None)
    (False, False, True)
    >>> same_speaker("Alder and Borduria", "Alder and Borduria (joint statement)")
    True
    >>> same_speaker("Alder", "Alder statement"), same_speaker("Alder", "Borduria statement")
    (True, False)
    >>> same_speaker("Ann Vale's office", "the office of Prime Minister Ann Vale")
    True
    """
    if not got or not gold:
        return not got and not gold
    if _NOTE.search(gold) and same_speaker(got, _NOTE.sub("", gold)):
        return True  # "A and B (joint statement)": the note in brackets tells how they spoke
    a, b = _possessed(_words(got)), _possessed(_words(gold))
    if b[-1:] == ["statement"] and len(b) > 1 and a == b[:-1]:
        return True  # "Alder statement": Alder, in a statement (the same note, unbracketed)
    short, long_ = sorted((a, b), key=len)
    return (
        a == b
        or (bool(short) and short[-1] == long_[-1] and set(short) <= set(long_))
        or _spelled_alike(a, b)
        or _post_modified(short, long_)
    )


# words that open what follows a noun to describe it: a relative clause, a participle or
# adjective phrase, a prepositional phrase ("an official who asked not to be named", "a
# diplomat familiar with the talks", "an official in the prime minister's office"), the
# outlet that carried the words ("a group leader (cited by X)", "quoted by X")
_POST_MODIFIER = frozenset(
    "who whom whose which that familiar briefed close speaking involved knowledgeable aware "
    "cited quoted with in at from on for of to".split()
)


def _post_modified(short: list[str], long_: list[str]) -> bool:
    """The longer name is the shorter one with a description after it: the same source,
    more or less described, as with words before a noun.

    >>> _post_modified(["alder", "official"], ["alder", "official", "who", "asked"])
    True
    >>> _post_modified(["alder", "leader"], ["alder", "leader", "cited", "by", "the", "post"])
    True
    >>> _post_modified(["vale"], ["vale", "office"]), _post_modified(["vale"], ["vale"])
    (False, False)
    """
    n = len(short)
    return 0 < n < len(long_) and long_[:n] == short and long_[n] in _POST_MODIFIER


def _possessed(words: list[str]) -> list[str]:
    """ "the office of A B" written as "A B's office" (the owner first, as the possessive puts
    it), so both forms compare alike: one noun, "of", then the owner.

    >>> _possessed(["office", "of", "ann", "vale"]), _possessed(["ann", "vale", "office"])
    (['ann', 'vale', 'office'], ['ann', 'vale', 'office'])
    """
    if len(words) > 2 and words[1] == "of" and "of" not in words[2:]:
        return [*words[2:], words[0]]
    return words


def _spelled_alike(a: list[str], b: list[str]) -> bool:
    """Two spellings of one name word by word, as transliterations differ ("Basem" and
    "Bassem"): as many words, each pair at least 80 % alike and of five letters or more, so
    short words must be equal.

    >>> _spelled_alike(["basem", "naim"], ["bassem", "naim"])
    True
    >>> _spelled_alike(["ann", "vale"], ["anne", "vale"]), _spelled_alike(["vale"], ["vole"])
    (False, False)
    """
    return len(a) == len(b) and all(
        x == y or (min(len(x), len(y)) >= 5 and SequenceMatcher(None, x, y).ratio() >= 0.8)
        for x, y in zip(a, b, strict=True)
    )
