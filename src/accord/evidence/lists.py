"""Positions stated as a list: "The proposal, tabled by X, includes:" and bullet lines.

Explainers and fact boxes give a package's terms as a lead-in ending in a colon and one bullet
per term ("- a 60-day truce", "• the release of ten detained people"). Each line alone has no
verb and no holder, so the claim rules, which read one sentence at a time, see none. Here the
lead-in and its items are read as the one sentence they stand for ("The proposal, tabled by X,
includes a 60-day truce; the release of ...") — parsed on its own — and the claims found there
are given to the document, with the lines of the list as their evidence.
"""

from __future__ import annotations

import re
from typing import Any

from accord.evidence import vocab
from accord.evidence.attribution import person_name, trimmed
from accord.evidence.count_boxes import ledger_record
from accord.evidence.holders import adjectives, token_at
from accord.evidence.speakers import claim_speaker, reported_after, spoken
from accord.evidence.types import Claim, Document, Span

# a list item's mark: a bullet or dash, a number or letter with a point or bracket (shared with
# the count rules, :mod:`accord.evidence.count_context`)
MARK = r"(?:[-–—•*·▪◦●][ \t]*|\(?\d{1,2}[.)][ \t]+|\(?[a-z][.)][ \t]+)"
_BULLET = re.compile(rf"^\s*{MARK}(?=\S)")
MAX_ITEMS = 12  # lines read after a lead-in


_MARKER_ONLY = re.compile(r"^\s*(?:[-–—•*·▪◦●]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s*$")


# a line labelled with a party's own position ("- X's demands: ...", "Y's conditions: ...")
OWN_POSITION_LINE = re.compile(
    r"^\W*[A-Z][\w .'’-]{0,40}?['’]s?\s+(demands|conditions|position|red lines|requests|"
    r"objections|reservations)\s*:",
)


def list_blocks(sents: list[Any]) -> list[tuple[int, list[str], int]]:
    """(lead-in, item texts, index of the last sentence) for each lead-in ending in a colon
    and followed by bullet lines (a marker the sentence splitter cut off, "1.", joins the
    line it starts)."""
    out = []
    for k, sent in enumerate(sents):
        if not sent.text.rstrip().endswith(":"):
            continue
        items: list[str] = []
        j, last = k + 1, k
        while j < len(sents) and len(items) < MAX_ITEMS:
            text = sents[j].text
            if _MARKER_ONLY.match(text) and j + 1 < len(sents):
                text, j = text.strip() + " " + sents[j + 1].text, j + 1
            if not _BULLET.match(text):
                break
            items.append(text)
            last, j = j, j + 1
        if items:
            out.append((k, items, last))
    return out


def joined(lead: str, items: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence a lead-in and its items stand for, and each item's place in it.

    >>> joined("The plan includes:", ["- a truce.", "- talks"])
    ('The plan includes a truce; talks.', [(18, 25), (27, 32)])
    """
    text = lead.rstrip()[:-1].rstrip()
    # a lead-in ending on a phrase set apart ("X asked for three changes, according to Y:")
    # keeps its colon, or the items would be read as that phrase's
    first = ": " if _SET_APART_END.search(lead) else " "
    places = []
    for n, item in enumerate(items):
        body = _BULLET.sub("", item).strip().rstrip(".;,")
        text += first if n == 0 else "; "
        places.append((len(text), len(text) + len(body)))
        text += body
    return text + ".", places


_ASKING = frozenset({"demand", "condition", "reject"})
_SET_APART_END = re.compile(r",[^,:]*:\s*$")
_PRONOUN = re.compile(r"\s*(it|they|he|she|the group|the movement)\b", re.I)


def list_claims(
    document: Document,
    sents: list[Any],
    extract: Any,
    existing: list[Claim],
) -> list[Claim]:
    """Claims of the lists of a document that its sentences alone did not give.

    ``extract(text) -> list[Claim]`` runs the claim rules on one text (parsed on its own).
    """
    out: list[Claim] = []
    for lead, items, last in list_blocks(sents):
        text, _places = joined(sents[lead].text, items)
        # a lead-in opening on a pronoun ("It requested three changes:") is read after the
        # sentence before it, which names whom the pronoun stands for
        context = sents[lead - 1].text.strip() + " " if lead and _PRONOUN.match(text) else ""
        start, end = sents[lead].start_char, sents[last].end_char
        got = [c for c in extract(context + text) if c.evidence.start >= len(context)]
        have = {(c.actor, c.issue) for c in existing + out if start <= c.evidence.start < end}
        span = Span(document.name, start, end, document.text[start:end])
        for c in got:
            key = (c.actor, c.issue)
            if key in have:
                continue
            have.add(key)
            out.append(
                Claim(c.actor, c.speaker, c.issue, c.stance, c.value, span, c.description, c.mode)
            )
    return out


# a heading between the bullets of a list ("Stage one (four weeks)"): a short line without a
# sentence's closing mark
_HEADING = re.compile(r"^\s*[A-Z][^.:;!?•\n]{0,48}$")
# a fact box's labelled line ("Crew: all released within 72 hours"): a term under its label
_LABELLED = re.compile(r"^\s*[A-Z][\w’'-]*(?: [\w’'-]+){0,3}:[ \t]+\S")
_OWNED = 2  # words that may stand between a package's owner and its noun ("an Xian new plan")


_TABLED_GAP = 6  # words between a party and the package it tables ("has put forward a new")
# tabling a package, or passing it on ("has sent a new", "has put a new ... to Y")
_PUTTING_FORWARD = (
    vocab.stance_forms("table") | vocab.stance_forms("convey") | vocab.stance_forms("convey_to")
)


def _tabling_in(gap: str) -> bool:
    """Whether the words between a party and a package noun hold a tabling verb ("has put
    forward a new", "unveiled its"): the party tables the package."""
    low = " " + " ".join(re.findall(r"[\w’]+", gap.lower())) + " "
    return any(f" {form} " in low for form in _PUTTING_FORWARD)


def _presenter(sent: Any, index: Any, at: int) -> str | None:
    """The person a sentence says tabled the package named at ``at``, as the subject of the
    tabling verb over it ("President X on Friday presented what he described as a new Yian
    proposal"): who states its terms. Not one named in a clause of its own ("the plan that X
    made public is presented by Z as ...")."""
    if not getattr(sent, "parsed", False):
        return None
    people = index.people_in(sent.start_char, at)
    t = token_at(sent, at)
    for _ in range(6):
        if t.head.i == t.i:
            break
        t = t.head
        if t.lower_ in _PUTTING_FORWARD:
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return None
            for s, e, person in people:
                if subj.left_edge.idx <= s and e <= subj.right_edge.idx + len(subj.right_edge):
                    return person_name(person.name)
            return None
    return None


def _item(line: str) -> bool:
    """A line of a list of terms: a bullet or numbered line, or a fact box's labelled line."""
    return bool(_BULLET.match(line) or _LABELLED.match(line))


def term_blocks(sents: list[Any]) -> list[tuple[int, list[int]]]:
    """(lead-in, bullet sentences) for each run of two or more bullet lines, possibly under
    headings, after a sentence (one ending in a colon is also a :func:`list_blocks` lead-in)."""
    out = []
    k = 0
    while k < len(sents):
        heading_only = _HEADING.match(sents[k].text) and not (
            k + 1 < len(sents) and _item(sents[k + 1].text)
        )  # a heading right above the lines is their lead-in ("The Xian plan at a glance")
        if _item(sents[k].text) or heading_only:
            k += 1
            continue
        items, j = [], k + 1
        while j < len(sents) and (_item(sents[j].text) or _HEADING.match(sents[j].text)):
            if _item(sents[j].text):
                items.append(j)
            j += 1
        if len(items) >= 2:
            # (a lead-in ending in a colon is also read as one sentence by list_blocks; here
            # its package's owner offers each line: "Key terms of the Xian plan:")
            out.append((k, items))
        k = j if items else k + 1
    return out


def _verb_at(sent: Any, at: int) -> bool:
    """Whether the word at character ``at`` is tagged a verb."""
    return any(t.idx == at and t.tag_.startswith("VB") for t in sent)


_DEFINITE = frozenset({"the", "this", "that"})


def _heading(sentence: str) -> bool:
    """A line that heads what follows ("Phase one:", "The terms:")."""
    line = sentence.strip()
    return line.endswith(":") and len(line.split()) <= 4


def _refers_to_package(sentence: str, packages: frozenset[str]) -> bool:
    """Whether a sentence opens with a package named as one known already ("The plan, sent
    to Y, would ...", "This proposal")."""
    words = re.findall(r"[\w’']+", sentence.lower())[:2]
    return len(words) == 2 and words[0] in _DEFINITE and words[1] in packages


def _package_owner(
    sents: list[Any], lead: int, index: Any, packages: frozenset[str], text: str
) -> tuple[str, int, int] | None:
    """The party whose package the lead-in's paragraph names ("an Xian proposal", "X's plan"),
    the sentence that names it and the noun's offset: the nearest to the list first."""
    adjs = adjectives()
    para = text.rfind("\n\n", 0, sents[lead].start_char)
    back = 0  # paragraphs looked into before the lead-in's
    k = lead
    while k >= max(0, lead - 2 - back):
        sent = sents[k]
        if sent.start_char < para:
            # past a heading ("Phase one:") or a package named as known ("The plan ... would
            # unfold in three stages:"): the paragraph before, which may name it
            opening = sents[k + 1].text
            if back < 2 and (_heading(opening) or _refers_to_package(opening, packages)):
                para = text.rfind("\n\n", 0, para)
                back += 1
                continue
            break
        here, k = k, k - 1
        for m in re.finditer(r"[\w’']+", sent.text):
            if m.group().lower() not in packages:
                continue
            at = sent.start_char + m.start()
            if _verb_at(sent, at):
                continue  # "went on air to outline what he called ...": no package noun
            words = re.findall(r"[\w’']+", sent.text[: m.start()])[-1 - _OWNED :]
            adj = next((adjs[w] for w in reversed(words) if w in adjs), None)
            if adj is not None:
                return adj, here, at  # "an Xian proposal"
            before = [a for a in index.actors_in(sent.start_char, at) if a.evidence.end <= at]
            if not before:
                continue
            gap = text[before[-1].evidence.end : at]
            words = re.findall(r"[\w’']+", gap)
            if len([w for w in words if w.lower() not in ("s",)]) <= _OWNED and "," not in gap:
                return before[-1].actor, here, at
            if len(words) <= _TABLED_GAP and "," not in gap and _tabling_in(gap):
                return before[-1].actor, here, at  # "X has put forward a three-stage plan"
    return None


def term_list_claims(
    document: Document,
    sents: list[Any],
    atts: list[Any],
    index: Any,
    existing: list[Claim],
    packages: frozenset[str],
    mentions: Any,
) -> list[Claim]:
    """A package's terms as bullet lines ("Here is what the Xian plan contains" / "Stage
    one" / "• a six-week truce" / "• troops pull back ..."): each issue a line names is offered
    by the package's owner, stated by the source of the lead-in ("..., according to X"), else
    of the sentence that names the package; a claim the line's own words gave with no speaker
    takes that source too (set on ``existing``) where the line names no source of its own, as
    does the owner's anyway: the terms as their presenter set them out, whoever holds them ("X
    laid out what he called a Yian proposal" / "- a truce would take effect": X states it).
    What the lead-in read with the lines as one sentence gave other parties, and a line's
    offer by a party the line names, are dropped from ``existing``; a line that is a party's
    own report is no term.
    ``mentions(text)`` gives the issues a line names (:func:`accord.evidence.cues.issue_mentions`)."""
    out: list[Claim] = []
    text = document.text
    for lead, items in term_blocks(sents):
        found = _package_owner(sents, lead, index, packages, text)
        if found is None:
            continue
        owner, named, at = found
        att = atts[lead] or _carried(sents, atts, lead) or atts[named]
        speaker = trimmed(spoken(att))
        if speaker is None:
            speaker = _presenter(sents[named], index, at)
        if att is atts[named] and att is not None and reported_after(sents[named], att, at):
            # a report that does not hold the package ("X put a plan to Y, and Z said ..."):
            # who states it where it is named
            speaker = claim_speaker(sents[named], index, att, owner, at)
        # the lead-in read with the lines as one sentence (:func:`list_claims`) gives the
        # package's terms to the parties they name, as a line read alone offers what a party
        # it names "would" do: they are the owner's offers
        joint = (sents[lead].start_char, sents[items[-1]].end_char)
        if any(
            c.actor == owner and c.stance in _ASKING and (c.evidence.start, c.evidence.end) == joint
            for c in existing
        ):
            continue  # "It asked for three changes:": the lines are what the owner asks, no terms
        lines = {
            (sents[j].start_char, sents[j].end_char): {
                m.actor for m in index.actors_in(sents[j].start_char, sents[j].end_char)
            }
            for j in items
        }
        existing[:] = [
            c
            for c in existing
            if c.actor in (owner, att.actor if att is not None else None)
            or not (
                (c.evidence.start, c.evidence.end) == joint
                or (
                    c.stance == "offer"
                    and c.actor in lines.get((c.evidence.start, c.evidence.end), ())
                )
            )
        ]
        for j in items:
            sent = sents[j]
            if ledger_record(sent.text) or OWN_POSITION_LINE.match(sent.text):
                continue  # a ledger or a timeline below the terms: what happened; a party's
                # own position ("- Y's demands: ...")
            own = atts[j]
            if own is not None and own.actor and own.content and own.verb_index is not None:
                continue  # a party's own report ("- Y: Y's office said ..."), no term
            for c in existing:
                if (
                    sent.start_char <= c.evidence.start < sent.end_char
                    and c.speaker is None
                    and (atts[j] is None or c.actor == owner)
                ):
                    c.speaker = speaker  # the package's terms, as its presenter set them out
            have = {
                (c.actor, c.issue, c.stance)
                for c in existing
                if sent.start_char <= c.evidence.start < sent.end_char
            }
            span = Span(document.name, sent.start_char, sent.end_char, sent.text)
            for issue in dict.fromkeys(m[0] for m in mentions(sent.text)):
                if (owner, issue, "offer") not in have:
                    out.append(Claim(owner, speaker, issue, "offer", None, span, None, "planned"))
    return out


def lead_in_speakers(sents: list[Any], atts: list[Any], claims: list[Claim]) -> None:
    """A list's lines say what their lead-in's source set out ("The mediators said the deal
    provides:" / "- a six-week truce"): a claim on a line with no speaker of its own takes the
    speaker of the lead-in (set on ``claims``). The lines' holders stay their own."""
    for lead, _items, last in list_blocks(sents):
        items = range(lead + 1, last + 1)
        att = atts[lead] or _carried(sents, atts, lead)
        # (unnamed sources of no party as described: "officials involved", without the colon)
        speaker = trimmed(spoken(att))
        if not speaker:
            continue
        for j in items:
            if atts[j] is not None:
                continue  # the line says who states it
            sent = sents[j]
            for c in claims:
                if c.speaker is None and sent.start_char <= c.evidence.start < sent.end_char:
                    c.speaker = speaker


# a lead-in that goes on about what the sentence before described: "It envisages:", "The
# plan provides for:"
_GOES_ON = re.compile(
    r"\s*(it|they|(the|this|that) (\w+ )?(proposal|plan|framework|deal|agreement|draft|text|"
    r"offer|outline|document))\b",
    re.I,
)


def _carried(sents: list[Any], atts: list[Any], lead: int) -> Any:
    """The source of the sentence before a lead-in that goes on about what it described
    ("According to X, the proposal is close to Y's. It envisages:"): the lead-in, with no source
    of its own, sets out what that source described; ``None`` otherwise."""
    if lead == 0 or not _GOES_ON.match(sents[lead].text):
        return None
    before = atts[lead - 1]
    return before if before is not None and before.speaker else None
