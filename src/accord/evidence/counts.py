"""Counts: numbers about people and exchanges, with their quantity, hedge and date.

A number counts when it quantifies people or units (hostages, prisoners,
civilians, battalions, airstrikes ...). Its quantity comes from the words that
govern it in the parse — the verb it is subject or object of, or the participle
modifying its noun ("hostages taken", "prisoners were freed"), and from the
phrase around it ("the bodies of 34 others", "rescue operations"). Dates,
ages, durations, identifiers ("the 7828 battalion") and vague amounts
("dozens") are not counts.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from accord.evidence.dates import find_date_mentions, resolve_relative
from accord.evidence.numbers import find_numbers
from accord.evidence.types import Count, PublicationDate, Span

HOSTAGE = {"hostage", "hostages", "captive", "captives", "abductee", "abductees"}
PRISONER = {"prisoner", "prisoners", "detainee", "detainees"}
DEAD = {"bodies", "body", "remains"}
COUNTABLE = HOSTAGE | PRISONER | DEAD | {
    "people", "persons", "civilians", "palestinians", "israelis", "men", "women", "children",
    "soldiers", "troops", "fighters", "militants", "terrorists", "gunmen", "members", "battalions",
    "brigades", "airstrikes", "airstrike", "strikes", "rockets", "missiles", "trucks", "deaths",
    "dead", "casualties", "wounded", "injured", "others", "officials", "families", "residents",
    "gazans", "commanders", "soldier", "person", "hostage", "prisoner", "body", "who",
}
_VERBS = [
    ("rescued", r"\brescu\w*"),
    ("killed", r"\b(kill\w*|died|dead|murder\w*|slain)\b"),
    ("released", r"\b(releas\w*|freed|free|return\w*|handed|hand over|swap\w*|exchang\w*)\b"),
    ("held", r"\b(hold|holds|holding|held|remain\w*|still|captivity)\b"),
    ("taken", r"\b(taken|take|took|abduct(ed|ing|ion)|kidnap\w*|seiz\w*|captured)\b"),
]


_HOSTAGE_Q = {"rescued": "hostages_rescued", "killed": "hostages_killed_in_captivity",
              "released": "hostages_released", "held": "hostages_held_living",
              "taken": "hostages_taken"}


def _classify(noun: str, contexts: list[str], sentence: str, np: str, tail: str = "") -> str | None:
    context = " ".join(contexts)
    low_np = np.lower()
    hostage_like = noun in HOSTAGE or re.search(r"\b(held|taken) hostage\b", low_np + tail.lower())
    dead = noun in DEAD or re.search(r"\b(bodies|remains|body) of\b", context + " " + low_np)
    if "former" in low_np:
        return None
    if re.search(r"\bheld hostage\b", low_np + tail.lower()):
        return "hostages_held_living"
    if dead:
        if re.search(r"\b(hold|holds|holding|held|believed)\b", context):
            return "hostages_held_dead"
        return "bodies_returned"
    if hostage_like or (noun in {"who", "others"} and re.search(r"\bhostages?\b", sentence)):
        if re.search(r"\brescu\w*", contexts[-1] + " " + sentence.lower()):
            return "hostages_rescued"
        for ctx in [contexts[0], "TOTAL", *contexts[1:], sentence.lower()]:
            if ctx == "TOTAL":
                if re.search(r"\bof the\s*$", contexts[-1]):
                    return "hostages_taken"  # "some of the 240 hostages": the total taken
                continue
            hits = [(m.start(), q) for q, pat in _VERBS for m in [re.search(pat, ctx)] if m]
            if hits:
                return _HOSTAGE_Q[min(hits)[1]]
        return "hostages_taken"
    if noun in PRISONER and re.search(_VERBS[2][1], context):
        return "prisoners_released"
    if noun in {"men", "women", "children", "people", "civilians", "israelis"} and re.search(
            r"\b(abduct\w*|kidnap\w*|taken hostage|took hostage)\b", context):
        return "hostages_taken"
    return None


def _context(tok: Any) -> list[str]:
    """Words that govern a noun: its verb (as subject/object) or else its modifiers and heads."""
    words: list[str] = []
    mods = [c for c in tok.children if c.dep_ in ("acl", "relcl", "amod")]
    head_path = []
    t = tok
    for _ in range(5):
        if t.head.i == t.i:
            break
        head_path.append(t.head)
        if t.head.pos_ in ("VERB", "AUX") and t.dep_ not in ("pobj",):
            break
        t = t.head
    def phrase(x: Any) -> str:
        return " ".join(w.lower_ for w in x.subtree if w.i < x.i + 4 and w.i >= x.i - 1)
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") and head_path:
        words += [head_path[0].lower_, " ".join(phrase(m) for m in mods)]
    else:
        words += [" ".join(phrase(m) for m in mods), " ".join(h.lower_ for h in head_path)]
    return words


def extract_counts(doc: Any, sents: list[Any], name: str, published: PublicationDate
                   ) -> list[Count]:
    """Counts in a parsed document, one per number that quantifies people or units."""
    out: list[Count] = []
    pub = date.fromisoformat(published.date) if published.date else None
    for sent in sents:
        text = sent.text
        base = sent.start_char
        dates = [(m.start, m.end) for m in find_date_mentions(text)]
        for num in find_numbers(text):
            if any(s <= num.num_start < e for s, e in dates):
                continue
            after = text[num.end:]
            if re.match(r"\s*(days?|weeks?|months?|years?|hours?|minutes?|times|percent|%|"
                        r"of (its|the|us|our|them|those)\b|st\b|nd\b)", after, re.I):
                continue
            if num.ordinal and num.value < 100:
                continue
            if re.search(r"\b(dozens|hundreds|thousands|several|a (large|great|huge) number)\s*(of\s*)?$",
                         text[:num.start]) and num.value < 100:
                continue
            # the noun the number quantifies
            m = None
            for cand in re.finditer(r"[A-Za-z’'-]+|[,.;:—()“”]", after[:60]):
                if not cand.group(0)[0].isalpha():
                    break
                if cand.group(0).lower() in COUNTABLE:
                    m = cand
                    break
            if m is None:
                continue
            noun = m.group(0).lower()
            singular = noun in {"soldier", "person", "hostage", "prisoner", "body", "airstrike"}
            if singular and num.value > 1 and not num.ordinal:
                continue  # an identifier, not a count ("the 7828 battalion")
            np_end = num.end + m.end()
            tail = text[np_end:np_end + 30]
            np = text[num.start:np_end]
            tok = next((t for t in sent if t.idx >= base + num.end + m.start()), None)
            if tok is None:
                continue
            contexts = _context(tok)
            before = text[max(0, num.start - 40):num.start].lower()
            quantity = _classify(noun, [*contexts, before], text, np, tail) or "other"
            if noun == "who":
                np = text[max(0, num.start - 4):np_end]
            out.append(_count(quantity, num.value, num.approx, np, text, base, name, pub,
                              sent))
        # "the remains of a soldier", "the body of a hostage": one
        for m in re.finditer(r"\b(bodies|body|remains) of an? (\w+ ){0,2}?(soldier|hostage|"
                             r"captive|person|man|woman|child)\b", text):
            body = _classify("body", [text[:m.start()].lower()[-200:]], text, m.group(0))
            out.append(_count(body or "bodies_returned", 1, False, m.group(0), text, base,
                              name, pub, sent))
    return out


@lru_cache(maxsize=64)
def _origin(text: str, pub: date | None) -> date | None:
    """The earliest day a document names: when people were taken, for "hostages taken"."""
    ref = pub or date.today()
    days = [resolve_relative(m.text, ref) for m in find_date_mentions(text)
            if re.search(r"\d", m.text)]
    earlier = [d for d in days if d is not None and d <= ref]
    return min(earlier) if earlier else None


def _count(quantity: str, value: int, approx: bool, np: str, text: str, base: int, name: str,
           pub: date | None, sent: Any) -> Count:
    as_of = None
    if pub is not None:
        as_of = pub
        for dm in find_date_mentions(text):
            d = resolve_relative(dm.text, pub, dm.future)
            if d is not None and quantity in ("hostages_taken",) or (d is not None and re.search(
                    r"\b(on|since|during|last|this|earlier)\b", dm.text, re.I)):
                as_of = d
                break
        if as_of and as_of > pub + timedelta(days=1):
            as_of = pub
    if quantity == "hostages_taken":
        as_of = _origin(getattr(sent, "doc_text", None) or sent.doc.text, pub) or as_of
    label = None
    if quantity == "other":
        label = re.sub(r"^\W+|\W+$", "", np)
    idx = text.find(np)
    ev = Span(name, base + idx, base + idx + len(np), np) if idx >= 0 else Span(
        name, sent.start_char, sent.end_char, text)
    qualifier = text.strip()
    return Count(quantity, value, approx, as_of.isoformat() if as_of else None,
                 qualifier[:200], Span(name, sent.start_char, sent.end_char, text) if not np else ev,
                 label)
