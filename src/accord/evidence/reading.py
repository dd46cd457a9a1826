"""The reading copy of a text: what the tagger and the rules read, the same length as the text.

News text arrives in many typographic styles that mean the same thing but tokenize differently:
a no-break space between a number and its noun ("70\u00a0workers" is one token to the tagger,
so no count is found), thin or ideographic spaces, or a headline set in capitals (the tagger
reads "UNION REJECTS OFFER" as a string of proper nouns, and no name in the gazetteer matches
capitals). The reading copy replaces each such character by a plain one of the same length, so
every offset the extractor finds is an offset of the original text, and :func:`restore` puts
the original words back into the evidence spans.

An article whose line breaks were lost (a scraper's JSON field, a paste) reads as one line:
its headline runs into the first sentence ("Union rejects offer Talks resumed on Monday ...").
Where a new line plainly began, the reading copy has a line break instead of the space.

HTML character references ("&#8217;" left in a scraped text) change the length when decoded,
so they are decoded once, when the document is read (:func:`decode_references`), not here.

>>> reading_copy("It freed 70\u00a0workers.") == "It freed 70 workers."
True
>>> reading_copy("It freed 30–40 workers.")
'It freed 30-40 workers.'
>>> reading_copy("UNION AND US REJECT RURITANIAN OFFER\\nThe Ruritanian offer fell.", frozenset({"US"}))
'Union and US reject Ruritanian offer\\nThe Ruritanian offer fell.'
>>> decode_references("the union&#8217;s offer &amp; reply &bogus;")
'the union’s offer & reply &bogus;'
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from accord.evidence.prefilter import guarded

# Unicode space separators other than the plain space (no-break, figure, thin, hair, narrow
# no-break, medium mathematical, ideographic): one character each, read as " "
_ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# a line set in capitals: at least three words of two or more letters and no lower-case letter
_CAPS_LINE = re.compile(r"^(?=(?:[^\na-z]*?\b[A-Z][A-Z'’]+\b){3})[^\na-z]+$", re.M)
_ANY_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_OPENS = re.compile(r"[.!?:\"“]\s*$|\n")
_REFERENCE = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_references(text: str) -> str:
    """``text`` with its HTML character references decoded (unknown names are left as they are).

    Only complete references (ending in ";") are read, so "R&D" or "Q&A" stay as written.
    """
    if "&" not in text:
        return text
    return _REFERENCE.sub(lambda m: html.unescape(m.group(0)), text)


# a line of page furniture: a link to another article or a video ("READ MORE: ...")
_FURNITURE = re.compile(
    r"^[ \t]*(?:read more|also read|read also|related(?: articles?| stories| coverage)?"
    r"|recommended|see also|more on this(?: story)?|watch|listen|most read|don[’']t miss)"
    r"[ \t]*[:|»>–—-][^\n]*",
    re.I | re.M,
)


# a heading of links on a line of its own and the list of links under it ("Related:" /
# "- Who are the mediators?" / "- Timeline of the talks")
_FURNITURE_LIST = re.compile(
    r"^[ \t]*(?:read more|also read|read also|related(?: articles?| stories| coverage| links)?"
    r"|recommended|see also|more on this(?: story)?|more stories|most read)[ \t]*:?[ \t]*\n"
    r"(?:[ \t]*[-•*–—][ \t]+[^\n]*(?:\n|$))+",
    re.I | re.M,
)


# a byline or a post's stamp on a line of its own ("By Jane Roe", "Posted on May 2, 2024 by
# Staff Writer"): who wrote the page, no one's statement
_BYLINE = re.compile(
    r"^[ \t]*(?:(?i:posted|published|updated|written)\b[^\n.!?]{0,60}?[ \t])?(?i:by)[ \t]+"
    r"(?:the[ \t]+)?[A-Z][^\n.!?]{0,60}$",
    re.M,
)


def furniture(text: str) -> list[tuple[int, int]]:
    """The lines of page furniture in ``text``, links to other articles or videos a scraper
    kept ("Related: ..."), and bylines, as character spans: what they say is not the
    article's, and they stand between a report and the sentences that carry it on.

    >>> text = "Talks went on.\\nREAD MORE: Rail strike ends\\nHe said: watch: it is over."
    >>> [text[s:e] for s, e in furniture(text)]
    ['READ MORE: Rail strike ends']
    >>> text = "It ended.\\nRelated\\n- Who are the envoys?\\n- Timeline\\n\\nTalks resume."
    >>> [text[s:e].strip() for s, e in furniture(text)]
    ['Related\\n- Who are the envoys?\\n- Timeline']
    >>> text = "Talks resume\\nPosted on May 2, 2024 by Staff Writer\\nBy Monday, both had agreed."
    >>> [text[s:e] for s, e in furniture(text)]
    ['Posted on May 2, 2024 by Staff Writer']
    """
    spans = [m.span() for p in (_FURNITURE, _FURNITURE_LIST, _BYLINE) for m in p.finditer(text)]
    return sorted(spans)


def _casing(text: str, keep: frozenset[str]) -> dict[str, str]:
    """How the text writes each word outside its capitalised lines: ``{"UNION": "union", ...}``.

    A word written capitalised inside sentences more often than in lower case is a name
    ("Ruritania"); one written in capitals is an acronym; any other word is lower case.
    """
    seen: dict[str, dict[str, int]] = {}
    body = _CAPS_LINE.sub("", text)
    for m in _ANY_WORD.finditer(body):
        word = m.group(0)
        before = body[max(0, m.start() - 3) : m.start()]
        if word[0].isupper() and (not before.strip() or _OPENS.search(before)):
            continue  # a sentence's first word says nothing of its case
        forms = seen.setdefault(word.upper(), {})
        forms[word] = forms.get(word, 0) + 1
    out = {}
    for upper, forms in seen.items():
        best = max(forms, key=lambda f: (forms[f], f.islower()))
        out[upper] = best if best.isupper() or best.islower() else best[0] + best[1:].lower()
    for word in keep:
        out.setdefault(word, word)
    return out


def _recase(line: str, casing: dict[str, str]) -> str:
    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        new = casing.get(w, w.lower()) if len(w) > 1 else w
        if m.start() == first:
            new = new[0].upper() + new[1:]
        return new if len(new) == len(w) else w

    first = _ANY_WORD.search(line).start()  # type: ignore[union-attr]
    return _ANY_WORD.sub(word, line)


# (and a plural's possessive before a name: "the X Veterans’ Society", as with "'")
_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)|(?<=\ws)’(?= [A-Z][a-z])")
# an en dash between digits ("30–40 workers"): the tokenizer splits only a hyphen there
_NUMBER_DASH = re.compile(r"(?<=\d)–(?=\d)")
# a live blog's time stamp opening a line ("10:42 GMT - ", "9.15am | ")
_STAMP = re.compile(
    r"^[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*(?:[A-Z]{2,4}[ \t]*)?[-–—|:][ \t]+",
    re.M | re.I,
)


# a line this long is paragraphs run together (a scraper's JSON field, a paste): news
# paragraphs are a few hundred characters
_RUN_LINE = 800


def _long_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each line of at least ``_RUN_LINE`` characters: what a pattern of
    that many characters other than a line break would match, without trying the pattern at
    every character of every line (quadratic in the line lengths)."""
    out = []
    start = 0
    for line in text.split("\n"):
        if len(line) >= _RUN_LINE:
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


# a word without closing punctuation, a space, and a capitalised word or an opening quote
_SEAM = re.compile(r"(?<=[A-Za-z0-9]) (?=([‘“\"']?)([A-Z][A-Za-z’']*))")
# words that carry a phrase on past a capitalised word: a name follows them in running text
_CARRY = frozenset(
    "a an the of to in on at by for from with as and or but nor than that this these those its "
    "his her their our your my whose which who said says told called named dubbed mr ms mrs dr "
    "president minister leader chief envoy spokesman spokeswoman via".split()
)

# words that open a sentence and, capitalised, never stand inside a name
_OPENERS = frozenset(
    "the a an in on at after as with while when where but if despite since under during "
    "meanwhile however earlier later".split()
)

# a byline's or a page's date (and time), then a capitalised word: "Staff Reporter January 15,
# 2025 Talks resumed ...", "Updated: Mar 4, 2022, 09:40 AM CET Port City: ..."
_STAMPED = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}"
    r"(?:,? \d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4}\b)?)?(?= [A-Z][a-z])"
)
# words a date in running text follows ("since January 15, 2025 Talks ..." is one sentence)
_DATE_PREPOSITIONS = frozenset(
    "on since until till from by before after in of to through and or than".split()
)


@lru_cache(maxsize=1)
def _credits() -> re.Pattern[str]:
    """A picture credit or a wire's name set in capitals, then a capitalised word: "... 2024.
    REUTERS Talks ...", "Photo: Reuters Talks ..." (the media names of ``data/verbs.yaml``)."""
    from accord.evidence.vocab import verbs

    names = sorted(verbs().reporting.channel_names, key=len, reverse=True)
    caps = "|".join(re.escape(n.upper()) for n in names if " " not in n and len(n) > 2)
    any_name = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"\b(?:({caps})|(?:Photo|Photograph|Image|Picture|Credit)s?: ?(?:{any_name}))"
        r"(?= [A-Z][a-z])"
    )


@lru_cache(maxsize=1)
def _spaced() -> re.Pattern[str]:
    """The spellings of the vocabulary written with spaces (``spellings`` in
    ``data/verbs.yaml``), as whole words in any case."""
    from accord.evidence.vocab import spaced

    forms = sorted(spaced(), key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", " ") for f in forms) or "(?!)"
    # the look-ahead for a first letter (``prefilter.guarded``): the same matches, fewer tries
    return guarded(re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I))


def _run_together(text: str, casing: dict[str, str]) -> list[int]:
    """Where a long line (paragraphs whose breaks were lost) passes from one line to the next:
    the spaces before a word that opens a sentence ("... in the deal The talks ...", "...
    via Agency With that ..."), or before a capitalised word the text otherwise writes in
    lower case or an opening quotation mark after a lower-case word ("... the offer Talks
    resumed ..."), or after a byline's date ("... Reporter May 2, 2025 Talks ..."); never
    after a word a name follows in running text ("the", "of", "said")."""
    out = []
    for line_start, line_end in _long_lines(text):
        for m in _SEAM.finditer(text, line_start, line_end):
            prev = text[max(line_start, m.start() - 30) : m.start()].rsplit(" ", 1)[-1]
            if not prev.replace("-", "").isalpha() or prev.lower() in _CARRY:
                continue
            quote, word = m.group(1), m.group(2)
            if quote:
                out.append(m.start())
            elif word.lower() in _OPENERS and not word[1:].isupper():
                out.append(m.start())
            elif (prev.islower() or "-" in prev) and casing.get(word.upper(), word).islower():
                out.append(m.start())
        for m in _credits().finditer(text, line_start, line_end):
            left = text[max(line_start, m.start() - 30) : m.start()]
            last = left[:-1].rsplit(" ", 1)[-1]
            if m.group(1) and left[-1:] == " " and last.isalpha() and last.islower():
                if last not in _CARRY:
                    out.append(m.start() - 1)  # "... the offer REUTERS Talks ..."
            out.append(m.end())
        for m in _STAMPED.finditer(text, line_start, line_end):
            earlier = text[max(line_start, m.start() - 12) : m.start()].split()
            if not earlier or earlier[-1].lower() not in _DATE_PREPOSITIONS:
                out.append(m.end())
    return sorted(set(out))


def reading_copy(text: str, keep: frozenset[str] = frozenset()) -> str:
    """``text`` as the tagger should read it, character for character the same length.

    A live blog's time stamp opening a line is blanked. In a line too long to be one
    paragraph (paragraphs run together), a space where a new line plainly began is read as a
    line break (:func:`_run_together`), so a headline or a picture credit is not read as
    part of the next sentence. A line in capitals is put in sentence case, each word written as the rest of the text
    writes it (names capitalised, acronyms in capitals, others in lower case); ``keep``: words
    to leave in capitals even so (the acronyms of the gazetteer).
    """
    out = _ODD_SPACE.sub(" ", text) if _ODD_SPACE.search(text) else text
    if "’" in out:
        out = _APOSTROPHE.sub("'", out)  # "the union’s" read as "the union's"
    if "–" in out:
        out = _NUMBER_DASH.sub("-", out)  # "30–40" read as "30-40"
    if _STAMP.search(out):
        out = _STAMP.sub(lambda m: " " * len(m.group(0)), out)  # read the entry, not its time
    if _CAPS_LINE.search(out):
        casing = _casing(out, keep)
        out = _CAPS_LINE.sub(lambda m: _recase(m.group(0), casing), out)
    spaced = _spaced()
    if spaced.search(out):
        # a word written with spaces, read hyphenated as the vocabulary spells it: same length
        out = spaced.sub(lambda m: m.group(0).replace(" ", "-"), out)
    if len(out) >= _RUN_LINE and _long_lines(out):
        seams = _run_together(out, _casing(out, keep))
        if seams:
            chars = list(out)
            for i in seams:
                chars[i] = "\n"  # a line break of the same length: the line ends here
            out = "".join(chars)
    return out


def restore(extraction: Any, text: str) -> Any:
    """``extraction`` (read from a reading copy of ``text``) with every evidence span's words
    taken from ``text`` itself."""
    from accord.evidence.types import Span

    def span(s: Any) -> Any:
        if s is None or text[s.start : s.end] == s.quote:
            return s
        return Span(s.doc, s.start, s.end, text[s.start : s.end])

    def each(items: list[Any]) -> list[Any]:
        return [replace(x, evidence=span(x.evidence)) for x in items]

    published = extraction.published
    if published is not None and published.evidence is not None:
        published = replace(published, evidence=span(published.evidence))
    return replace(
        extraction,
        published=published,
        mentions=each(extraction.mentions),
        quotes=each(extraction.quotes),
        claims=each(extraction.claims),
        counts=each(extraction.counts),
        events=each(extraction.events),
    )
