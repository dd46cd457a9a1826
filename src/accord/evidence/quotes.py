"""The quotes of a document with their speakers: direct quotes (by their quotation marks) and
reported speech (each attributed sentence without them).

A direct quote takes the speaker of a sentence it spans; else of the quote before it in its
paragraph, of a short next sentence ("“...” / He said on Sunday."), of a sentence ending in a
colon before it, of the report before it going on, of the subject of the sentence before ("X
spoke to reporters. “...”"), or of the press release's issuer.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from accord.evidence.quote_marks import sentence_quotes
from accord.evidence.reports import quote_spans
from accord.evidence.sentence_source import REPORTING
from accord.evidence.sources import Attribution
from accord.evidence.types import Quote, Span

__all__ = ["find_quotes", "indirect_quotes"]

_WORDS = re.compile(r"[a-z]+")
# words of a quote that speaks (not a scare-quoted term opening a sentence: "“Bridging” talks")
_QUOTED_WORDS = 4


def find_quotes(
    text: str,
    sents: list[Any],
    attributions: list[Attribution | None],
    name: str,
    subjects: list[tuple[int, Attribution, str] | None] | None = None,
    issuer: Attribution | None = None,
) -> list[Quote]:
    """Direct quotes with the speaker of their sentence (or of the quote before them, or the
    subject of the sentence before: "X spoke to reporters. “...”")."""
    out: list[Quote] = []
    starts = [s.start_char for s in sents]
    last: Attribution | None = None
    last_end = -1
    for qs, qe in quote_spans(text):
        # the attribution may sit in any sentence the quote spans (“...,” he said)
        ks = [k for k, s in enumerate(sents) if s.start_char < qe and qs < s.end_char]
        ks = ks or [max(0, sum(1 for st in starts if st <= qs) - 1)]
        att = next(
            (
                attributions[k]
                for k in reversed(ks)
                if k < len(attributions) and attributions[k] is not None
            ),
            None,
        )
        opens = ks and not text[sents[ks[0]].start_char : qs].strip(" \n\t-–—")
        if att is None and ks and _own_source(text, sents, ks, qs, qe):
            # "“...,” the committee said": its own source, unknown, not someone named before
            out.append(_quote(text, qs, qe, None, name))
            continue
        if (
            att is None
            and last is not None
            and opens
            and qs - last_end < 400
            and "\n" not in text[last_end:qs]
        ):
            att = last  # “...,” said X. “...”: the same paragraph's quote carries on
        if (
            att is None
            and ks
            and ks[-1] + 1 < len(sents)
            and ks[-1] + 1 < len(attributions)
            and attributions[ks[-1] + 1] is not None
            and len(sents[ks[-1] + 1].text) < 120
            # from a paragraph of its own only when the quote's sentence has no cue of its own
            # ("“...,” the statement said." / "X said ..." is another report)
            and (
                "\n\n" not in text[qe : sents[ks[-1] + 1].start_char]
                or REPORTING.isdisjoint(_WORDS.findall(text[qe : sents[ks[-1]].end_char].lower()))
            )
        ):
            att = attributions[ks[-1] + 1]  # “...” / He said on Sunday. — the next sentence
        if att is None and ks and ks[0] > 0 and sents[ks[0] - 1].text.rstrip().endswith(":"):
            att = attributions[ks[0] - 1]  # X said: / “...” — the sentence that opens it
        if att is None and opens and ks[0] > 0:
            before_att = attributions[ks[0] - 1]
            prev = sents[ks[0] - 1]
            if (
                before_att is not None
                and not before_att.carried
                and (before_att.speaker or before_att.description or before_att.actor)
                and text[prev.end_char : qs].count("\n") <= 2
                and not text[prev.end_char : qs].strip(" \n\t-–—")
                and len(text[qs:qe].split()) >= _QUOTED_WORDS
            ):
                # "X said the union had the offer. “We will study it.”": X goes on speaking
                att = replace(before_att, content=None, inner=())
        if att is None and last is not None and qs - last_end < 400 and opens:
            att = last  # a quote that opens its sentence carries on from the one before
        if att is None and opens and subjects and 0 < ks[0] < len(subjects):
            before = subjects[ks[0] - 1]
            prev = sents[ks[0] - 1]
            if (
                before is not None
                and before[2] in ("person", "one", "unit")
                and attributions[ks[0] - 1] is None
                and not quote_spans(prev.text)
                and not text[prev.end_char : qs].strip()
            ):
                # "X spoke to reporters on Monday. / “...”": the quote is the subject's
                att = before[1]
        if att is None and issuer is not None:
            att = issuer  # a press release's unattributed quote: its issuer's words
        out.append(_quote(text, qs, qe, att, name))
        if att is not None:
            last, last_end = att, qe
    return out


_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})


def _own_source(text: str, sents: list[Any], ks: list[int], qs: int, qe: int) -> bool:
    """Whether the quote's sentence names a source of its own outside the quote with a
    reporting verb and no pronoun ("“...,” the committee said"): its speaker is that source,
    whether or not it is known, never one named in another sentence."""
    outside = text[sents[ks[0]].start_char : qs] + " " + text[qe : sents[ks[-1]].end_char]
    words = _WORDS.findall(outside.lower())
    return not REPORTING.isdisjoint(words) and _PRONOUNS.isdisjoint(words) and len(words) <= 12


def _quote(text: str, qs: int, qe: int, att: Attribution | None, name: str) -> Quote:
    return Quote(
        text=text[qs:qe],
        direct=True,
        speaker=att.speaker if att else None,
        actor=att.actor if att else None,
        description=att.description if att else None,
        evidence=Span(name, qs, qe, text[qs:qe]),
    )


def indirect_quotes(
    sents: list[Any], attributions: list[Attribution | None], name: str
) -> list[Quote]:
    """Reported speech: attributed sentences without quotation marks."""
    out = []
    for sent, att in zip(sents, attributions, strict=True):
        if att is None or sentence_quotes(sent, sent.doc_text):
            continue
        out.append(
            Quote(
                text=sent.text,
                direct=False,
                speaker=att.speaker,
                actor=att.actor,
                description=att.description,
                evidence=Span(name, sent.start_char, sent.end_char, sent.text),
            )
        )
    return out
