"""The source of an attribution (PARC): who a reporting cue's subject, "according to" object or
statement owner is.

A source phrase resolves, in order, to: the owner of a statement ("a statement by X", "X's
statement"; "the statement" refers back to the last statement's source); an office or a ministry
speaking for a person or a party ("X's office" -> "X's office", "its foreign ministry" ->
"Ruritania's foreign ministry": :mod:`accord.evidence.source_units`); a named person (gazetteer
officials, others by their description); a title of a party ("the Bordurian leader", "the US
president", "Ruritanian PM") -> the official of that party named before with that title, else
the one whose term covers the publication date; a pronoun (the last person, or for "it"/"they"
the last organisation, named before); unnamed officials of a party ("a senior union official",
"sources briefed on the talks") -> the party, with the words as speaker ("the sources" refers
back to the last description with that noun); a party as a whole; an unnamed source of no party
(``unattributed``, with the article's words).

Here: the words of a source phrase (:func:`own_words`, a news medium is no source) and
:func:`resolve`, with the readings of a phrase it asks for (an honorific, "one of them", a
person named beside a description, the owner of a statement).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex
from accord.evidence.attribution import (
    ACTOR_NAME,
    CHANNEL_NAMES,
    CHANNEL_NOUNS,
    DEMONYMS,
    OFFICE,
    PLURAL_PRONOUNS,
    PRONOUNS,
    STATEMENT,
    UNNAMED,
    Attribution,
    Memory,
    contiguous,
    person_name,
)
from accord.evidence.bodies import joint_people, phrase_text
from accord.evidence.companions import COMPANION_WORDS
from accord.evidence.pronouns import (
    antecedent,
    described_subject,
    organisation_before,
    possessor_organisation,
)
from accord.evidence.source_people import (
    AFTER_HEAD,
    described_person,
    in_clause,
    named_apposition,
    names_a_body,
    one_of_them,
    plural_core,
    under_preposition,
)
from accord.evidence.source_texts import TEXTS, text_giver
from accord.evidence.source_units import owned_unit, sentence_title_holder
from accord.evidence.titles import ROLES, title_holder, title_words

__all__ = [
    "ACTOR_NAME",
    "OFFICE",
    "STATEMENT",
    "UNNAMED",
    "Attribution",
    "Memory",
    "person_name",
    "resolve",
]


def own_words(tokens: list[Any]) -> list[Any]:
    """The words of a source phrase itself: after a live blog's time stamp or a dateline
    ("10:42 GMT - ", "CAPITAL CITY – "), before a clause set off by a comma or a dash."""
    toks = sorted(tokens, key=lambda t: t.i)
    # (a dateline may carry a date and an agency: "CITY / CITY, August 18 (Agency) — ")
    dash = [k for k, t in enumerate(toks[:16]) if t.text in ("-", "–", "—", "|") and k > 0]
    if dash and dash[-1] + 1 < len(toks) and toks[dash[-1] - 1].whitespace_:
        toks = toks[dash[-1] + 1 :]
    for k, t in enumerate(toks):
        if k and (t.text in (",", "—", "–", "(") or t.lower_ in ("who", "which", "whose")):
            return toks[:k]
    return toks


def is_channel(tokens: list[Any], index: ActorIndex) -> bool:
    """Whether a source phrase names a news medium ("the Daily Ruritanian", "a local
    broadcaster"): the channel of a report, not who states it (data/verbs.yaml)."""
    own = own_words(tokens)
    if not own:
        return False
    head = own[-1]
    for t in own:  # the head of an English noun phrase: the last noun before "of" (or any
        # phrase after it: "a diplomat familiar with the X channel" is no channel)
        if t.lower_ == "of" or t.lower_ in _KNOWING or (t.pos_ == "ADP" and t is not own[0]):
            break
        if t.pos_ in ("NOUN", "PROPN"):
            head = t
    if head.text in CHANNEL_NOUNS or head.lower_ in CHANNEL_NOUNS:
        return True
    text = index.text[own[0].idx : own[-1].idx + len(own[-1].text)]
    return CHANNEL_NAMES.search(text) is not None


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?", re.I)
_DASHES = frozenset({"-", "–", "—", "|"})


def _without_contact(tokens: list[Any]) -> list[Any]:
    """A source's phrase without the reporter's contact with it ("two officials I spoke to",
    "sources we talked to"): a relative clause whose subject is the writer."""
    drop = {
        g.i
        for t in tokens
        for c in t.children
        if c.dep_ == "relcl"
        and any(s.dep_ == "nsubj" and s.lower_ in ("i", "we") for s in c.children)
        for g in c.subtree
    }
    return [t for t in tokens if t.i not in drop] if drop else tokens


def resolve(
    tokens: list[Any], index: ActorIndex, memory: Memory | None = None
) -> Attribution | None:
    """The source a phrase (a subject, the object of "according to") names."""
    memory = memory or Memory()
    tokens = contiguous(_without_contact(tokens))
    while len(tokens) > 1 and (_CLOCK.fullmatch(tokens[0].text) or tokens[0].text in _DASHES):
        tokens = tokens[1:]  # "14:20 A Ruritanian statement said": a live page's time stamp
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    ids = {t.i for t in tokens}
    if all(t.head.i == t.i for t in tokens):  # no parse: an English noun phrase ends in its head
        head = next((t for t in reversed(tokens) if t.pos_ in ("NOUN", "PROPN")), tokens[-1])
    else:
        head = next((t for t in tokens if t.head.i not in ids or t.head.i == t.i), tokens[0])
        if head.pos_ in ("VERB", "ADP"):
            # "officials briefed on the talks" parsed as a clause: the noun its verb describes
            head = next((t for t in reversed(tokens) if t.i < head.i and t.pos_ == "NOUN"), head)
    low_head = head.lower_
    if is_channel(tokens, index):
        return None  # the medium that carries a report (its "citing X" names the source)
    if head.pos_ == "NOUN" and low_head in TEXTS:
        # a package or a document speaks for no one; whoever gave a document does
        giver = text_giver(head)
        return resolve(giver, index, memory) if giver else None
    if low_head == "one" and memory.many is not None and one_of_them(head):
        # "“...,” one of them said" after "two union officials said": one of those described
        many = memory.many
        members = plural_core(spoken_words(many))
        if members:
            said = f"one of the {members}"
            if many.actor == "unattributed":
                return replace(many, description=said)
            return replace(many, speaker=said)
    own = own_words(tokens)
    if (
        low_head in UNNAMED
        and own
        and own[0].lower_ in ("the", "these", "those")
        and low_head in memory.descriptions
        and len(own) <= 4
    ):
        # "the official, who spoke on condition of anonymity," / "the union official" after "a
        # senior union official": the source described before
        known = memory.descriptions[low_head]
        named = index.actors_in(own[0].idx, own[-1].idx + len(own[-1].text))
        if not named or named[0].actor == known.actor:
            return replace(known)
    if (
        low_head in UNNAMED - STATEMENT
        and not low_head.endswith("s")
        and own
        and own[0].lower_ == "the"
        and len(own) <= 4
        and low_head not in memory.descriptions
    ):
        # "union official X said ... The official added": the person named before with that
        # description ("group official X", "X, a senior group official,")
        party, _words = title_words([t for t in own if t.i <= head.i], index)
        named_before = described_person(index, low_head, party, start)
        if named_before is not None:
            memory.person = named_before
            return Attribution(person_name(named_before.name), named_before.actor)
        referred = _subject_before(own, low_head, memory)
        if referred is not None:
            return referred
    if low_head in STATEMENT:
        got = _statement_owner(head, index, memory)
        if got is not None:
            return got
    titled = [
        p[2]
        for c in head.children
        if c.dep_ == "appos"
        for p in index.people_in(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
    ]
    if low_head in OFFICE:
        got = owned_unit(head, index, memory.sent_start)
        if titled:
            # "its spokesman Jan Vale said": the person the title names, of the party that
            # owns the title unless the gazetteer knows the person's own
            person = titled[0]
            memory.person = person
            party = person.actor if person.official is not None or got is None else got.actor
            return Attribution(person_name(person.name), party)
        if got is None and _proper_body(tokens, head):
            # "the Ruritanian Farmers' Media Office said": a body named by its proper name,
            # of no party the gazetteer knows, speaks under that name
            named = [t for t in tokens if not (t.i == tokens[0].i and t.pos_ == "DET")]
            return Attribution(phrase_text(named, index.text), None)
        if got is not None:
            owners = index.people_in(start, head.idx)
            if owners and owners[0][2].actor == got.actor:
                memory.person = owners[0][2]  # "X's office said ... , he said": X
            memory.units[low_head] = replace(got, verb_index=None, content=None)
            memory.statement = memory.units[low_head]  # "the statement said": the unit's
            return got
        if tokens[0].lower_ in ("the", "this", "that") and len(tokens) <= 3:
            if low_head in memory.units:
                # "the office said" after "X's office said": the same unit
                return replace(memory.units[low_head])
        if got is None and any(
            c.dep_ == "poss" and c.pos_ == "NOUN" and c.lower_ not in OFFICE for c in head.children
        ):
            # "the prime minister's office said" with no one the gazetteer knows to hold the
            # title then: the office speaks under its own words, and "the statement" is its
            unit = Attribution(phrase_text(tokens, index.text), None)
            memory.units[low_head] = unit
            memory.statement = unit
            return unit
    if _honorific(own) and memory.person is not None and not index.people_in(start, end):
        # "His Excellency stressed ...", "HE the Prime Minister affirmed ...": the person the
        # honorific styled before
        return Attribution(person_name(memory.person.name), memory.person.actor)
    if (
        low_head not in OFFICE
        and low_head in memory.units
        and tokens[0].lower_ in ("the", "this")
        and len(tokens) <= 3
        and not index.actors_in(start, end)
    ):
        return replace(memory.units[low_head])  # "the forum" after "the X Forum said"
    if (
        tokens[0].lower_ in ("the", "this")
        and len(tokens) <= 3
        and head.pos_ == "NOUN"
        and not index.actors_in(start, end)
        and (body_before := _body_before(index, low_head, start)) is not None
    ):
        # "the forum" after "the X Forum held a rally": the body named before, though not yet as
        # a source
        memory.units[low_head] = body_before
        return replace(body_before)
    people = [p for p in index.people_in(start, end) if not in_clause(p[0], tokens)] or [
        p
        for p in index.people
        if p[0] <= head.idx < p[1]  # a name the parser split up
    ]
    if (
        people
        and head.pos_ == "NOUN"
        and not any(p[0] <= head.idx < p[1] for p in people)
        and low_head not in UNNAMED | ROLES
    ):
        # "the president's administration said": the institution, not the person; "the head of
        # the team, X, said": X, named beside the description
        apposed = named_apposition(head, people)
        people = [p for p in people if p[2] is apposed] if apposed is not None else []
    if people and head.pos_ == "NOUN" and low_head in UNNAMED:
        # "a senior Vale administration official": the name qualifies a body the unnamed
        # source belongs to; the description speaks
        people = [p for p in people if not names_a_body(p[1], head, tokens)]
    if (
        people
        and head.pos_ == "NOUN"
        and low_head in UNNAMED
        and under_preposition(people[0][0], head)
    ):
        # "a spokesperson for X": an unnamed source of X's, described; "a spokesperson for X,
        # Y," the person named beside the description
        appos = named_apposition(head, people)
        if appos is not None:
            memory.person = appos
            return Attribution(person_name(appos.name), appos.actor or people[0][2].actor)
        people = []
    together = joint_people(tokens, index) if len(people) > 1 else None
    if together is not None:
        return together  # "A, B and C said in a joint statement": the three
    if people:
        # "X's spokesman Y said": Y, the person the phrase's head names
        person = next((p for p in people if p[0] <= head.idx < p[1]), people[0])[2]
        memory.person = person
        return Attribution(person_name(person.name), person.actor)
    actors = index.actors_in(start, end)
    knowing = next((t.idx for t in tokens if t.i > head.i and t.lower_ in _KNOWING), None)
    if knowing is not None:
        # "a diplomat familiar with the Lisbon channel": what the source knows of, not whose it is
        actors = [a for a in actors if a.evidence.start < knowing]
    if (
        low_head in ROLES
        and len([t for t in own if t.i <= head.i]) <= 5
        and not (own and own[0].lower_ in ("a", "an"))
    ):
        # "the Bordurian leader", "the US president", "Ruritanian PM": the official of that party
        # ("a Bordurian ministry spokesman", indefinite, names no one: the description speaks)
        party, words = title_words([t for t in tokens if t.i <= head.i], index)
        if party is not None or tokens[0].lower_ == "the":
            holder = title_holder(index, party, words, start)
            if holder is None and party is None and len(words) > 1:
                # "..., the prime minister said": the official of the party the sentence is about
                holder = sentence_title_holder(head, index, words, memory.sent_start, start)
            if holder is not None:
                memory.person = holder  # "he" after "the Ruritanian prime minister said"
                return Attribution(person_name(holder.name), holder.actor)
    if len(tokens) == 1 and tokens[0].lower_ in ("he", "she"):
        if (same := described_subject(tokens[0], index)) is not None:
            return resolve(same, index, memory)  # "A union official said ..., but he warned"
        subject_before = memory.subject_of(("one",))
        if subject_before is not None and not index.people_in(memory.sent_start, start):
            return subject_before  # "A union official met X on Monday. [...], he said"
    if len(tokens) == 1 and tokens[0].lower_ in PRONOUNS:
        before = antecedent(index, tokens[0], PRONOUNS[tokens[0].lower_], memory.person)
        if before is not None:
            memory.person = before
        return Attribution(person_name(before.name), before.actor) if before else None
    if (
        actors
        and low_head in UNNAMED
        and not any(
            t.dep_ == "appos"
            and t.idx <= actors[0].evidence.start < t.idx + len(t.text) + 40
            and t.pos_ == "PROPN"
            for t in tokens
        )
    ):
        # unnamed officials of a party: the party holds, the description speaks ("Ruritanian
        # officials", "a union representative"; not "the mediator Borduria", the party itself)
        # "the leaders of A, B and C": officials of each party of the coordination
        joint = _coordinated(tokens, actors)
        got = Attribution(phrase_text(tokens, index.text), actors[0].actor, actors=joint)
        memory.remember(got, low_head, False)
        return got
    if actors:
        body = _body_named(actors[0].evidence.text, actors[0].actor)
        if body is not None and len(actors) == 1:
            # "the X Forum said": a body of the party speaks as itself (actors.yaml, bodies)
            memory.remember(Attribution(body, actors[0].actor), "", True)
            memory.units[body.split()[-1].lower()] = Attribution(body, actors[0].actor)
            return Attribution(body, actors[0].actor)
        return Attribution(None, actors[0].actor, actors=_coordinated(tokens, actors))
    if len(tokens) == 1 and tokens[0].lower_ in PLURAL_PRONOUNS | {"it"}:
        kinds = ("unit",) if tokens[0].lower_ == "it" else ("many", "unit")
        before_source = memory.subject_of(kinds)
        if before_source is not None:
            return before_source  # "X's office spoke on Monday. [...], it said": the office
        actor = organisation_before(index, tokens[0])
        if memory.issued and memory.issued[1].actor == actor and start - memory.issued[0] < 400:
            return replace(memory.issued[1])  # "X's ministry issued a statement. It said"
        return Attribution(None, actor) if actor else None
    if low_head in UNNAMED and (actor := possessor_organisation(head, index)) is not None:
        got = Attribution(phrase_text(tokens, index.text), actor)  # "its officials say ..."
        memory.remember(got, low_head, False)
        return got
    if (
        low_head in UNNAMED
        and tokens[0].lower_ in ("the", "these", "those")
        and low_head in memory.descriptions
        and len(tokens) <= 3
    ):
        # "the sources" after "sources briefed on the talks": the same sources
        return replace(memory.descriptions[low_head])
    low = " ".join(t.lower_ for t in tokens)
    if any(t.pos_ in ("NOUN", "PROPN") for t in tokens) and re.search(
        r"\b(source|sources|official|officials|diplomat|diplomats|observers|analysts|"
        rf"{DEMONYMS}|people|critics|experts|mediators?|negotiators?|"
        r"spokes\w+|aide|aides|person|people|families)\b",
        low,
    ):
        text = phrase_text(tokens, index.text)
        got = Attribution(None, "unattributed", description=text)
        memory.remember(got, low_head, False)
        return got
    return None


def _proper_body(tokens: list[Any], head: Any) -> bool:
    """A unit named by a proper name of three words or more, every word capitalised, with an
    owner of its own the gazetteer does not know ("the X Farmers' Media Office"): a named
    body, not a party's unit left without its owner ("the Ministry of Foreign Affairs")."""
    words = [t for t in tokens if t.pos_ in ("PROPN", "NOUN", "ADJ")]
    return (
        head.pos_ == "PROPN"
        and any(c.dep_ == "poss" for c in head.children)
        and len(words) >= 3
        and all(t.text[:1].isupper() for t in words)
    )


_STYLES = frozenset({"excellency", "highness", "majesty"})


def _subject_before(own: list[Any], noun: str, memory: Memory) -> Attribution | None:
    """ "The official said" right after a sentence whose subject was "an official of X" (the
    source described with that noun) or a person ("X flew to Y on Monday. The minister said"):
    that source. Only a bare "the <noun>": a longer title ("the prime minister") names its
    holder."""
    if len(own) != 2:
        return None
    before = memory.subject_of(("one", "person"))
    if before is None:
        return None
    if before.speaker and memory.subject is not None and memory.subject[2] == "person":
        return before
    words = AFTER_HEAD.split(spoken_words(before))[0].split()
    return before if words and words[-1].lower() == noun else None


def _honorific(own: list[Any]) -> bool:
    """A source named by an honorific style alone ("His Excellency", "HE the Minister")."""
    if not own:
        return False
    if own[0].text in ("His", "Her") and len(own) > 1 and own[1].lower_ in _STYLES:
        return True
    return own[0].text in ("HE", "HH", "HRH")


def _body_before(
    index: ActorIndex, noun: str, before: int, reach: int = 1500
) -> Attribution | None:
    """The last body of a party (``bodies`` in actors.yaml) named before ``before`` whose name
    ends with ``noun`` ("the X Forum" for "the forum")."""
    for m in reversed(index.mentions):
        if m.evidence.start >= before:
            continue
        if m.evidence.start < before - reach:
            return None
        body = _body_named(m.evidence.text, m.actor)
        if body is not None and body.split()[-1].lower() == noun:
            return Attribution(body, m.actor)
    return None


def _body_named(words: str, actor: str) -> str | None:
    """The body of ``actor`` that ``words`` name (``bodies`` in actors.yaml), as named there; one
    word is its head noun after the full name ("the Forum": ``actors._head_nouns``)."""
    entry, low = vocab.actors().actors.get(actor), words.strip().lower()
    named = [(b.split()[-1] if " " not in low else b, b) for b in (entry.bodies if entry else [])]
    return next((b for n, b in named if n.lower() == low), None)


def spoken_words(att: Attribution) -> str:
    """The words naming a source: its speaker, else its description."""
    return att.speaker or att.description or ""


# words after a description's head that tell what the source knows of, not its party
_KNOWING = frozenset({"familiar", "briefed", "involved", "knowledgeable", "aware"})


def _coordinated(tokens: list[Any], actors: list[Any]) -> tuple[str, ...]:
    """The parties of a source phrase that coordinates them ("A, B and C", "the envoys of A and
    B"), each once; none when the phrase names one party or does not coordinate."""
    if not any(t.dep_ == "conj" or t.lower_ in COMPANION_WORDS for t in tokens):
        return ()  # ("A, together with B, ...": B acts with A)
    joint = tuple(dict.fromkeys(m.actor for m in actors))
    return joint if len(joint) > 1 else ()


def _statement_owner(head: Any, index: ActorIndex, memory: Memory) -> Attribution | None:
    """ "a statement by X's office", "a statement from the group", "X's statement": X;
    "the statement" with no owner: the source of the statement reported before."""
    # "a statement by X", and "a statement issued by X" (the agent of a participle)
    owners = [c for c in head.children if c.dep_ in ("prep", "poss")] + [
        a for c in head.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
    ]
    for c in sorted(owners, key=lambda t: t.i):
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "of"):
            obj = [g for g in c.children if g.dep_ == "pobj"]
            if obj:
                got = resolve(list(obj[0].subtree), index, memory)
                if got is not None:
                    memory.remember(got, "", True)
                    return got
        if c.dep_ == "poss":
            got = resolve(list(c.subtree), index, memory)
            if got is not None:
                memory.remember(got, "", True)
                return got
    if any(c.lower_ in ("the", "this", "that") for c in head.children) and memory.statement:
        return replace(memory.statement)
    return None
