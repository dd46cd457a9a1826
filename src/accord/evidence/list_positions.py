"""A party's positions stated as a list under a heading or lead-in that names the party and
its stance ("What X says it wants" / "- a full pull-back" / "- the return of the displaced").

Explainers set out each side's positions this way: the heading holds the party and the verb
or noun of the stance ("wants", "demands", "rejects", "is offering"), each line an issue with
no verb and no holder, so the rules that read one sentence at a time see none. Here each issue
a line names is given the heading's party and stance; a line that opens with "no" or "not"
under a demand refuses what it names ("- No commitment to end the war in the first stage"). A
heading that names a package is left to :func:`accord.evidence.lists.term_list_claims`, one
that names several parties or none (whose list is it?) is not read, nor a lead-in that is a
sentence of the story rather than a heading (it must be short). A lead-in ending in a colon
("X demands:") is read with its items as one sentence by :func:`accord.evidence.lists.list_claims`.
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence.lists import MARK
from accord.evidence.types import Claim, Document, Span

_LEAD_WORDS = 12  # a lead-in longer than this is a sentence of the story, not a heading
_REFUSING = re.compile(r"^\W*(?:no|not|never)\b", re.I)
_STANCES = ("demand", "reject", "offer", "condition")
_BULLET = re.compile(rf"^\s*{MARK}(?=\S)")


def _line_start(text: str, at: int) -> bool:
    """Whether only spaces or tabs stand between the start of a line and ``at``."""
    i = at - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def heading_lists(sents: list[Any], text: str) -> list[tuple[int, list[int]]]:
    """(heading, items) for each heading line followed by two or more bullet lines: the
    first sentence of each bullet line is an item; the sentences that follow it on its line
    are the story's, and a line of neither kind ends the list."""
    out = []
    for k, sent in enumerate(sents):
        if not _line_start(text, sent.start_char) or _BULLET.match(sent.text):
            continue
        if k + 1 >= len(sents) or not _BULLET.match(sents[k + 1].text):
            continue
        items = []
        for j in range(k + 1, len(sents)):
            starts = _line_start(text, sents[j].start_char)
            if _BULLET.match(sents[j].text) and starts:
                items.append(j)
            elif starts:
                break
        if len(items) >= 2:
            out.append((k, items))
    return out


def _heading(text: str) -> bool:
    words = re.findall(r"[\w’']+", text)
    return 0 < len(words) <= _LEAD_WORDS


def position_list_claims(
    document: Document,
    sents: list[Any],
    atts: list[Any],
    index: Any,
    existing: list[Claim],
    packages: frozenset[str],
    mentions: Any,
    stance_cues: Any,
) -> list[Claim]:
    """The positions listed under headings like "What X wants": each issue a line names, held
    by the heading's one party with the heading's stance. ``mentions(text)`` gives a text's
    issues and ``stance_cues(text)`` its stance cues (:mod:`accord.evidence.cues`)."""
    out: list[Claim] = []
    for lead, items in heading_lists(sents, document.text):
        head = sents[lead]
        text = head.text
        if not _heading(text) or mentions(text) or text.rstrip().endswith(":"):
            continue  # (a lead-in ending in a colon is read with its items as one sentence)
        if any(w.lower() in packages for w in re.findall(r"[\w’']+", text)):
            continue  # a package's terms: its owner offers them
        found = index.actors_in(head.start_char, head.end_char)
        parties = list(dict.fromkeys(m.actor for m in found))
        cues = [(s, a, b) for s, a, b in stance_cues(text) if s in _STANCES]
        if len(parties) != 1 or len({c[0] for c in cues}) != 1:
            continue
        party, stance = parties[0], cues[0][0]
        at = found[0].evidence.start - head.start_char
        if not (at < cues[0][1] or re.fullmatch(r"\s+of\s+(the\s+)?", text[cues[0][2] : at])):
            # the party after its cue, save "demands of X", is whom it is asked of ("calls on
            # the government of X:")
            continue
        att = atts[lead]
        speaker = att.speaker if att is not None else None
        for j in items:
            sent = sents[j]
            have = {
                (c.actor, c.issue)
                for c in existing + out
                if sent.start_char <= c.evidence.start < sent.end_char
            }
            said = (
                "reject"
                if stance == "demand" and _REFUSING.match(sent.text.lstrip("-–—•*· \t"))
                else stance
            )
            span = Span(document.name, sent.start_char, sent.end_char, sent.text)
            mode = "demanded" if said == "demand" else ("planned" if said == "offer" else "actual")
            for issue in dict.fromkeys(m[0] for m in mentions(sent.text)):
                if (party, issue) not in have:
                    out.append(Claim(party, speaker, issue, said, None, span, None, mode))
    return out
