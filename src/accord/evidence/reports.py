"""Reports beyond one sentence (PARC: a content over several sentences): a headline's source
before or after a colon, who issued a statement, "it"/"they" after a report, and a report
carried on into the sentences that continue it. Quotation spans joined across paragraphs are
read in :mod:`accord.evidence.quote_marks`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex
from accord.evidence.attribution import UNITS
from accord.evidence.bodies import phrase_text
from accord.evidence.holders import actor_in, core
from accord.evidence.quote_marks import quote_spans
from accord.evidence.sources import (
    ACTOR_NAME,
    OFFICE,
    STATEMENT,
    UNNAMED,
    Attribution,
    Memory,
    person_name,
    resolve,
)
from accord.evidence.speakers import spoken
from accord.evidence.titles import ADJECTIVE_OF, ROLES


def statement_issuer(sent: Any, index: ActorIndex, memory: Memory) -> None:
    """Who issues a statement in this sentence: the subject of the verb whose object it is ("X
    issued a statement") or that speaks in it ("X said in a statement"); in a sentence left
    unparsed, the noun phrase opening it before its first finite verb."""
    if not sent.parsed:
        verb = next((t for t in sent if t.tag_ in ("VBD", "VBZ", "VBP")), None)
        opening = [t for t in sent if verb is not None and t.i < verb.i]
        if opening and all(
            t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PART") or t.tag_ == "POS" for t in opening
        ):
            after = [t for t in sent if verb is not None and t.i > verb.i][:4]
            if any(t.lower_ in STATEMENT for t in after):  # "X issued a statement"
                head = opening[-1]
                got = owned_opening(opening, head, index) if head.lower_ in OFFICE else None
                got = got or resolve(opening, index, Memory(person=memory.person))
                if got is not None and (got.speaker or got.actor not in (None, "unattributed")):
                    memory.issue(got, opening[0].idx)
                    if head.lower_ in OFFICE and got.speaker:
                        # "the office" of the sentences after it
                        memory.units[head.lower_] = replace(got, verb_index=None, content=None)
        return
    for tok in sent:
        if tok.lower_ not in STATEMENT or tok.pos_ != "NOUN":
            continue
        verb = tok.head
        if tok.dep_ == "pobj" and verb.lower_ == "in" and verb.head.i != verb.i:
            verb = verb.head
        elif tok.dep_ not in ("dobj", "nsubjpass"):
            continue
        if tok.dep_ == "nsubjpass":  # "the following statement was issued by X"
            subj = next(
                (g for c in verb.children if c.dep_ == "agent" for g in c.children),
                None,
            )
        else:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in ("it", "they", "he", "she"):
            continue
        got = resolve(list(subj.subtree), index, Memory(person=memory.person))
        named = index.actors_in(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
        vague = got is None or not (got.speaker or got.actor not in (None, "unattributed"))
        if vague and len(named) == 1 and named[0].kind == "name":
            got = Attribution(None, named[0].actor)  # a body named whole ("X Forum issued")
        if got is not None and (got.speaker or got.actor not in (None, "unattributed")):
            memory.issue(got, tok.idx)
            if subj.lower_ in OFFICE and got.speaker:
                memory.units[subj.lower_] = replace(got, verb_index=None, content=None)
            return


_CONTINUES = {"he": ("one",), "she": ("one",), "it": ("unit",), "they": ("many", "unit")}


def sentence_subject(
    sent: Any, index: ActorIndex, memory: Memory
) -> tuple[int, Attribution, str] | None:
    """The subject of a sentence's main clause when it is a source a pronoun or a quote of the
    next sentence may name: an office or a party ("unit"), a person ("person"), an unnamed
    person described ("one") or several ("many"); a pronoun subject carries on the one before it ("A union official met X.
    He said ... He added ...")."""
    if not sent.parsed:
        return _opening_subject(sent, index, memory)
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    return _subject_source(subj, list(subj.subtree), index, memory)


def _opening_subject(
    sent: Any, index: ActorIndex, memory: Memory
) -> tuple[int, Attribution, str] | None:
    """A sentence left unparsed: the noun phrase before its first finite verb (after an
    opening adverbial set off by a comma, "On Monday, ...") is its subject."""
    words = list(sent)
    verb = next((k for k, t in enumerate(words) if t.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)
    if not verb:
        return None
    named = index.people_in(words[0].idx, words[verb].idx)
    after = next((t for t in words if t.idx >= named[0][1]), None) if named else None
    if named and named[0][0] == words[0].idx and (after is None or after.tag_ != "POS"):
        # "X, a union official, spoke to reporters": the person opening the sentence
        person = named[0][2]
        return (memory.sentence, Attribution(person_name(person.name), person.actor), "person")
    comma = next((k for k, t in enumerate(words[:6]) if t.text == ","), None)
    opening = words[comma + 1 if comma is not None else 0 : verb]
    if not opening or not all(
        t.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PART", "NUM") or t.tag_ == "POS" for t in opening
    ):
        return None
    head = next((t for t in reversed(opening) if t.pos_ in ("NOUN", "PROPN")), opening[-1])
    if head.lower_ in OFFICE:
        unit = owned_opening(opening, head, index)
        if unit is not None:
            return (memory.sentence, unit, "unit")
    return _subject_source(head, opening, index, memory)


def owned_opening(opening: list[Any], head: Any, index: ActorIndex) -> Attribution | None:
    """An unparsed phrase "X's office", "X's foreign ministry": the unit (the words after the
    possessive, a lone noun in lower case) of the person or party named before it."""
    mark = next((t for t in reversed(opening) if t.tag_ == "POS" and t.i < head.i), None)
    if mark is None:
        # "the Ruritanian foreign ministry": Ruritania's; "the Ruritanian presidency" as written
        adj = next((t for t in opening if t.text in ADJECTIVE_OF and t.i < head.i), None)
        if adj is None or head.lower_ not in UNITS | {"ministry", "office"}:
            return None  # "the Ruritanian spokesman": a party's unnamed source
        party = ADJECTIVE_OF[adj.text]
        if head.lower_ in UNITS:
            return Attribution(phrase_text(opening, index.text), party)
        unit = index.text[adj.idx + len(adj.text) : head.idx + len(head.text)].strip()
        if unit[:1].isupper() and " of " not in unit:
            unit = unit.lower()  # "Foreign Ministry": a capital of style
        return Attribution(f"{ACTOR_NAME.get(party, party)}'s {unit}", party)
    if mark.i <= opening[0].i:
        return None
    owner = opening[: mark.i - opening[0].i]
    start, end = owner[0].idx, owner[-1].idx + len(owner[-1].text)
    people = index.people_in(start, end)
    parties = index.actors_in(start, end)
    if people:
        name, actor = person_name(people[0][2].name), people[0][2].actor
    elif parties:
        name, actor = ACTOR_NAME.get(parties[0].actor, parties[0].actor), parties[0].actor
    else:
        return None
    unit = index.text[mark.idx + len(mark.text) : head.idx + len(head.text)].strip()
    return Attribution(f"{name}'s {unit if ' ' in unit else unit.lower()}", actor)


def _subject_source(
    subj: Any, tokens: list[Any], index: ActorIndex, memory: Memory
) -> tuple[int, Attribution, str] | None:
    low = subj.lower_
    if low in _CONTINUES:
        prev = memory.subject
        if prev is not None and prev[0] == memory.sentence - 1 and prev[2] in _CONTINUES[low]:
            return (memory.sentence, prev[1], prev[2])
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    scratch = Memory(
        person=memory.person,
        descriptions=dict(memory.descriptions),
        units=dict(memory.units),
        sent_start=memory.sent_start,
    )
    got = resolve(tokens, index, scratch)
    if got is None or got.actor is None:
        return None
    if (
        low in OFFICE
        and got.speaker
        and not index.people_in(start, end)
        or (got.speaker and got.speaker.endswith(f" {low}") and "'s " in got.speaker)
    ):
        kind = "unit"  # "X's office", "the ministry"
    elif low in UNNAMED and spoken(got) and not index.people_in(start, end):
        kind = "many" if low.endswith("s") or low == "people" else "one"
    elif got.speaker is None and got.actor != "unattributed" and not got.actors:
        kind = "unit"  # a party as a whole
    elif (
        got.speaker
        and scratch.person is not None
        and got.speaker == person_name(scratch.person.name)
    ):
        kind = "person"
    else:
        return None
    return (memory.sentence, replace(got, verb_index=None, content=None, inner=()), kind)


def carry_pronoun_sources(
    sents: list[Any], atts: list[Attribution | None], index: ActorIndex | None = None
) -> None:
    """ "It said ..." right after a reported sentence: the source reported just before (an
    office, a ministry; not a person), not the last organisation the text happened to name;
    "they said" right after unnamed officials of a party ("Ruritanian officials said ... They
    added"): those officials."""
    people = {person_name(p.name) for _s, _e, p in index.people} if index else set()
    for k in range(1, len(sents)):
        att, prev = atts[k], atts[k - 1]
        if att is None or prev is None or att.verb_index is None or not prev.actor:
            continue
        verb = sents[k].doc[att.verb_index]
        subj = next((c.lower_ for c in verb.children if c.dep_ == "nsubj"), None)
        if (subj == "it" and prev.speaker not in people) or (
            subj == "they" and _plural_description(prev.speaker)
        ):
            atts[k] = replace(att, speaker=prev.speaker, actor=prev.actor, actors=prev.actors)


def _plural_description(speaker: str | None) -> bool:
    """Whether a speaker is a description of several unnamed people ("senior officials")."""
    if not speaker or speaker[:1].isupper() and " " not in speaker:
        return False
    head = re.split(r"\s+(?:who|with|from|of|in|on|familiar|close|briefed|involved)\b", speaker)[0]
    last = head.split()[-1].lower() if head.split() else ""
    return last in UNNAMED and last.endswith("s") and last not in ("people", "sources")


def headline_source(sent: Any, index: ActorIndex, memory: Memory) -> Attribution | None:
    """A headline or lede naming its source after a colon ("Talks to resume: Ruritanian PM")."""
    colon = next((t for t in reversed(list(sent)) if t.text == ":"), None)
    if colon is None:
        return _dash_source(sent, index, memory)
    if colon.i == sent.start:
        return None
    head = [t for t in sent if t.i < colon.i]
    if len(head) <= 3 and all(t.text[:1].isupper() for t in head):
        # "Varga: the union will not sign" — a name, then what it says
        people = index.people_in(head[0].idx, head[-1].idx + len(head[-1].text))
        if people:
            person = people[0][2]
            memory.person = person
            return Attribution(
                person_name(person.name), person.actor, content=(colon.idx, sent.end_char)
            )
        party = index.actors_in(head[0].idx, head[-1].idx + len(head[-1].text))
        if (
            len(party) == 1
            and party[0].kind in ("name", "metonym")
            and party[0].evidence.start == head[0].idx
            and party[0].evidence.end == head[-1].idx + len(head[-1].text)
        ):
            # "Ruritania: Borduria has accepted the plan": the party named alone says it
            return Attribution(None, party[0].actor, content=(colon.idx, sent.end_char))
    if 2 <= len(head) <= 4 and head[-1].lower_ in UNNAMED | ROLES | OFFICE and not _has_verb(head):
        # "Ruritanian official: talks will resume", "Ruritania PM: ..." — a source by its
        # description or title, then what it says
        got = resolve(head, index, memory)
        if got is not None and got.speaker and got.actor not in (None, "unattributed"):
            got.content = (colon.idx, sent.end_char)
            return got
    return _tail_source(sent, colon, index, memory)


def _tail_source(sent: Any, mark: Any, index: ActorIndex, memory: Memory) -> Attribution | None:
    """A short source named after ``mark`` (a colon or a spaced dash), no verb in it: what
    comes before the mark is what it says."""
    tail = [t for t in sent if t.i > mark.i and not t.is_punct]
    if not tail or len(tail) > 6 or any(t.pos_ in ("VERB", "AUX") for t in tail):
        return None
    got = resolve(tail, index, memory)
    if got is None or got.speaker is None:
        return None
    got.content = (sent.start_char, mark.idx)
    return got


_DASHES = ("-", "–", "—")


def headline_dash(sent: Any) -> bool:
    """A headline line (no closing stop) with a short tail after a spaced dash ("Talks to
    resume - Ruritanian PM")."""
    text = sent.text.rstrip()
    if not text or text[-1] in '.!?"”' or "\n" in text:
        return False
    return any(f" {d} " in text for d in _DASHES)


def _dash_source(sent: Any, index: ActorIndex, memory: Memory) -> Attribution | None:
    """A headline naming its source after a spaced dash ("Talks to resume – Ruritanian PM"):
    the words before it are what the source says."""
    if not headline_dash(sent):
        return None
    dash = next(
        (t for t in reversed(list(sent)) if t.text in _DASHES and t.i > sent.start + 2), None
    )
    if dash is None or not dash.whitespace_ or not dash.doc[dash.i - 1].whitespace_:
        return None
    return _tail_source(sent, dash, index, memory)


def _has_verb(tokens: list[Any]) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in tokens)


def _reported_mood(sent: Any) -> bool:
    """A main clause in the mood of reported plans ("X would withdraw", "Y could be extended")."""
    if not sent.parsed:
        # no parse: the first finite verb is the modal
        first = next((t for t in sent if t.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)
        return first is not None and first.lower_ in ("would", "could")
    root = sent.root
    if root.pos_ == "NOUN":  # a verbless stage of a plan ("First, a truce during which X would")
        return any(t.dep_ == "aux" and t.lower_ in ("would", "could") for t in root.subtree)
    if root.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("would", "could") for c in root.children) or (
        root.lower_ in ("would", "could")
    )


_PACKAGES = frozenset(n.lower() for n in vocab.verbs().package_nouns)


# verbs that tell what a plan holds ("X outlined the plan"): its terms may follow in
# paragraphs of their own; after other reports ("X said Y would ...", "X announced the deal")
# the terms told in a new paragraph are the article's account
_TELLING = frozenset(
    f
    for lemma in ("outline", "detail", "describe", "explain", "spell", "lay", "set")
    for f in vocab.verb_forms(lemma)
)


def _tells_plan(sent: Any, att: Attribution) -> bool:
    """ "X outlined the plan", "X spelled out the proposal": a report of what a plan holds."""
    if att.verb_index is None or not sent.parsed:
        return False
    verb = sent.doc[att.verb_index]
    return verb.lower_ in _TELLING and any(
        c.dep_ == "dobj" and c.lower_ in _PACKAGES for c in verb.children
    )


def _reports_plan(sent: Any, att: Attribution) -> bool:
    """Whether a reported sentence reports a plan: in its mood ("X said Y would ..."), as the
    object of its cue ("X outlined the plan") or as what its report is about ("the proposal is
    close to Z's, the official said")."""
    if any(t.dep_ == "aux" and t.lower_ in ("would", "could") for t in sent):
        return True
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _PACKAGES for t in sent):
        return True
    if att.verb_index is None or not sent.parsed:
        return False
    verb = sent.doc[att.verb_index]
    return any(c.dep_ == "dobj" and c.lower_ in _PACKAGES for c in verb.children)


def _embedded(sent: Any, att: Attribution) -> bool:
    """A report inside a relative clause ("the names of those X says were missing"): the sentence
    itself is no report."""
    if att.verb_index is None or att.carried or not sent.parsed:
        return False
    verb = sent.doc[att.verb_index]
    return any(t.dep_ in ("relcl", "acl") for t in (verb, *verb.ancestors))


def _another_party_acts(sent: Any, source: Attribution, index: ActorIndex) -> bool:
    """Whether the main clause's subject is a party other than the source's ("A's envoy said
    ... B rejected the plan. The envoy said ...": the writer tells what B did)."""
    if not sent.parsed or source.actor in (None, "unattributed"):
        return False
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    party = actor_in(core(subj), index, subj.idx)
    return party is not None and party != source.actor


def carry_reports(sents: list[Any], atts: list[Attribution | None], index: ActorIndex) -> None:
    """A report carries on beyond its sentence (PARC: content over several sentences): into
    the sentences in the mood of reported plans that follow it ("X outlined the plan. The first
    phase would ..."), into a sentence between two of the same source's, and over the items of
    a list a report ending in a colon introduces."""
    for k in range(1, len(sents)):
        own = atts[k]
        prev = atts[k - 1]
        said = spoken(prev)
        if said is None or prev is None:
            continue
        # a report introducing a list ("X said on Sunday:" / "- ..." / "- ...") goes on over it,
        # whatever cue of the source's own party an item has ("- Ruritania insists on ...")
        listed = _bullet(sents[k].text) and (
            sents[k - 1].text.rstrip().endswith(":")  # its own report, or one carried into it
            or (prev.carried and _bullet(sents[k - 1].text))
        )
        if listed and own is not None and (spoken(own) is not None or own.actor != prev.actor):
            listed = False
        # "X also wants ..." after a report about X goes on with it, beside any report of its
        # own that does not hold its main clause ("... the members Y says were held") or names no
        # source ("X also demands ...": the party's own verb)
        also = (
            not prev.carried
            and _goes_on_about(sents[k], prev, index)
            and (own is None or not _holds_root(own, sents[k]) or spoken(own) is None)
        )
        if (
            own is not None and not listed and not also and not _embedded(sents[k], own)
        ) or quote_spans(sents[k].text):
            continue
        # a report of a plan goes on in its mood while no other party's plan is the subject
        # (into a new paragraph only from a report telling what the plan holds); a report of
        # what is ends with its sentence
        same_paragraph = "\n" not in index.text[sents[k - 1].end_char : sents[k].start_char]
        plan = (
            _reported_mood(sents[k])
            and (prev.carried or _reports_plan(sents[k - 1], prev))
            and (same_paragraph or prev.carried or _tells_plan(sents[k - 1], prev))
            and not _another_party_acts(sents[k], prev, index)
        )
        between = (
            not prev.carried
            and k + 1 < len(sents)
            and spoken(atts[k + 1]) == said
            and not _another_party_acts(sents[k], prev, index)
        )
        if plan or between or listed or also:
            party = prev.actor if listed else None  # a list's items keep its source's party
            atts[k] = Attribution(said, party, carried=True, inner=(own,) if own else ())


def _holds_root(att: Attribution, sent: Any) -> bool:
    """Whether a report's content (or cue) holds its sentence's main verb."""
    if att.content is None:
        return True
    root = sent.root
    return att.verb_index == root.i or att.content[0] <= root.idx < att.content[1]


def _goes_on_about(sent: Any, source: Attribution, index: ActorIndex) -> bool:
    """ "X's position, the sources said. / X also wants ...": a sentence with no cue whose main
    clause says "also" of the party the report before was about goes on with that report."""
    if not sent.parsed or source.content is None or source.verb_index is None:
        return False
    root = sent.root
    if not any(c.dep_ == "advmod" and c.lower_ == "also" for c in root.children):
        return False
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    party = actor_in(core(subj), index, subj.idx)
    start, end = source.content
    return party is not None and any(m.actor == party for m in index.actors_in(start, end))


_BULLET = re.compile(r"^\s*(?:[-–•*▪●]|\d{1,2}[.)])\s+")


def _bullet(text: str) -> bool:
    """Whether a sentence is an item of a list ("- ...", "• ...", "2) ...")."""
    return _BULLET.match(text) is not None
