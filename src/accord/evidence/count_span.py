"""The noun phrase a number counts, read off the tagged tokens: the run of words after the
number ("civilian women and children abductees"), its counted noun (the most specific group
word), where the phrase ends, and a noun two numbers share ("10 living and 18 dead
abductees"). Used by :mod:`accord.evidence.count_phrases`."""

from __future__ import annotations

import re
from typing import Any

from accord.evidence.count_vocab import vocabulary

V = vocabulary()


_SEPARATORS = frozenset({"|", "/", "•", "·", "▪", "●", "»", "›"})
_MEASURES = frozenset({"set", "sets"})  # a noun that measures out what follows "of"


def noun_run(sent: Any, num_tok: Any) -> list[Any]:
    """The tokens of the noun phrase after a number ("civilian women and children abductees")."""
    run: list[Any] = []
    for t in sent:
        if t.i <= num_tok.i:
            continue
        low = t.lower_
        if (
            low == ")"
            and t.i == num_tok.i + 1
            and num_tok.i
            and sent.doc[num_tok.i - 1].text == "("
        ):
            continue  # "thirty-three (33) abductees": the figure repeated in digits
        if low in _SEPARATORS:
            break  # a page's separator: "1 of 3 | Freed abductees wave" is a caption counter
        if low == "more" and not run and t.tag_ == "RBR":
            continue  # "two more deceased men": "more" tagged as an adverb
        if low == "of" and len(run) == 1 and run[0].lower_ in _MEASURES:
            run.append(t)  # "ten sets of remains": the remains are counted
            continue
        if (
            t.pos_ in ("NOUN", "PROPN", "ADJ")
            or (t.tag_ in ("VBN", "VBG") and (V.status(low) or t.dep_ in ("amod", "compound")))
            or (low in ("and", "or") and run)
            or (t.tag_ in ("HYPH", "POS") and run)
        ):
            run.append(t)
            if len(run) >= 7:
                break
            continue
        if t.pos_ == "VERB" and V.group(low):
            if V.group(low) == "remains" and any(
                r.head.i == t.i and r.dep_ in ("nsubj", "nsubjpass") for r in run
            ):
                break  # the predicate of the run ("115 abductees remains in X"), no noun
            run.append(t)  # a noun of the held group tagged as a verb
            continue
        break
    while run and (run[-1].lower_ in ("and", "or") or run[-1].tag_ in ("HYPH", "POS")):
        run.pop()
    return run


_GROUP_RANK = {"held": 0, "jailed": 0, "remains": 0, "people": 2, "combatants": 2, "units": 3}


def head_noun(run: list[Any]) -> Any | None:
    """The counted noun of a run: the most specific group word, else its last noun."""
    best = None
    for t in run:
        g = V.group(t.lower_)
        rank = _GROUP_RANK.get(g or "", 9)
        if V.demonyms.get(t.lower_) and t.pos_ in ("NOUN", "PROPN"):
            rank = min(rank, 1)
        if t.lower_ in V.population:
            rank = min(rank, 1)
        if t.lower_ in V.event_nouns:
            rank = min(rank, 2)
        if rank < 9 and (best is None or rank <= best[0]):
            best = (rank, t)
    return best[1] if best else None


_DATE_WORDS = re.compile(
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
    r"february|march|april|may|june|july|august|september|october|"
    r"november|december|today|yesterday)$",
    re.I,
)


def phrase_end(run: list[Any], noun: Any) -> Any:
    """The last word of the counted noun phrase: through coordinated nouns ("women and
    children abductees"), not into a date or the next clause."""
    last = noun
    ids = {t.i for t in run}
    for k, t in enumerate(run):
        if _DATE_WORDS.match(t.text):
            break
        if t.lower_ in ("and", "or"):
            nxt = run[k + 1] if k + 1 < len(run) else None
            if (
                nxt is None
                or (nxt.dep_ == "conj" and nxt.head.i not in ids)
                or nxt.dep_ in ("nsubj", "nsubjpass")  # "10 abductees and Alder freed 30"
                or _subject_of_next(nxt)
            ):
                break
            continue
        if t.pos_ in ("NOUN", "PROPN") and t.i > last.i:
            last = t
    return last


def _subject_of_next(tok: Any) -> bool:
    """A name right before a finite verb of another clause, whatever the parse hung it on
    ("10 abductees and Alder freed 30": Alder frees)."""
    if tok.pos_ != "PROPN" or tok.i + 1 >= len(tok.doc):
        return False
    verb = tok.doc[tok.i + 1]
    return verb.tag_ in ("VBD", "VBZ") and verb.dep_ in ("conj", "ROOT")


def shared_noun(sent: Any, last: Any) -> Any | None:
    """The noun a number shares with the next one: "10 living and 18 dead abductees"."""
    toks = [t for t in sent if t.i > last.i][:6]
    if not toks or toks[0].lower_ not in ("and", "or"):
        return None
    for t in toks[1:]:
        if t.pos_ in ("NUM", "ADJ") or V.status(t.lower_):
            continue
        return t if V.group(t.lower_) else None
    return None
