"""Clause tests of the event rules: who does an event, what a clause describes rather than
reports (people, a deal, a circumstance), refusals made conditional. Read off the dependency
parse; used by :mod:`accord.evidence.events`.
"""

from __future__ import annotations

from itertools import islice
from typing import Any

from accord.evidence import vocab
from accord.evidence.columns import columns
from accord.evidence.count_vocab import vocabulary
from accord.evidence.date_expressions import MONTHS
from accord.evidence.event_triggers import Trigger
from accord.evidence.gazetteer import ADJECTIVES
from accord.evidence.mode_words import PLANNED_AUX
from accord.evidence.modes import clause_head
from accord.evidence.sentence_source import REPORTING

TRUCE_TYPES = {name for name, cls in vocab.verbs().events.items() if cls.truce}


def truce_subject(tok: Any, trig: Trigger) -> bool:
    """A truce starting or ending has the truce as its subject ("the truce ended", "the
    phase of the truce, which ended"): a needed word in the subject, or in the noun a
    relative clause hangs on; or, with an object, as its object ("X ended the truce")."""
    if tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False  # "a proposal to end the war": a purpose
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    # a relative clause with a subject of its own ("a deal in which the war ends") tells of
    # that subject, not of the noun it hangs on
    hangs = tok.dep_ == "relcl" and all(s.tag_ in ("WDT", "WP") for s in subjects)
    if hangs:
        subjects.append(tok.head)
    if not subjects and tok.dep_ == "xcomp" and tok.head.i != tok.i:
        # "negotiations, which were due to begin": the subject of the verb it completes,
        # through a relative pronoun to the noun the clause hangs on
        verb = tok.head
        for _ in range(2):
            if verb.dep_ == "acomp" and verb.head.i != verb.i:
                verb = verb.head
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                rel = c.tag_ in ("WDT", "WP") and verb.dep_ == "relcl"
                subjects.append(verb.head if rel else c)
    words = {t.lower_ for s in subjects for t in s.subtree}
    if subjects and all(s.lower_ == "it" for s in subjects) and tok.dep_ in ("advcl", "conj"):
        # "the truce has held since it began": "it" is the subject of the clause it hangs on
        words |= {
            t.lower_
            for c in tok.head.children
            if c.dep_ in ("nsubj", "nsubjpass")
            for t in c.subtree
        }
    if hangs:
        top = tok.head  # the noun phrase the clause hangs on, up through "between A and B"
        for _ in range(4):
            if top.dep_ not in ("pobj", "prep", "conj", "appos") or top.head.i == top.i:
                break
            top = top.head
        words |= {t.lower_ for t in top.subtree if t.i < tok.i}
    phrasal = any(c.dep_ == "prt" for c in tok.children)
    if trig.needs and (not subjects or len(trig.words) == 1 or phrasal):
        # a transitive use names what starts or ends as its object, whatever its subject ("X
        # ended (broke off) the truce"; not "ending a standoff", "the truce took effect")
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if objs:
            named = {t.lower_ for o in objs for t in (o, *o.children) if t.dep_ != "relcl"}
            return not trig.needs.isdisjoint(named)
    return not trig.needs or not trig.needs.isdisjoint(words) or not subjects


def doer(tok: Any) -> str | None:
    """The proper-noun subject of a verb trigger ("Ruritania released ..."), or the proper-noun
    owner of a noun trigger ("a Borduran-backed Militia raid", "the Militia's attack"), lower
    case."""
    if tok.pos_ not in ("VERB", "AUX", "NOUN", "PROPN"):
        return None
    for c in tok.children:
        if c.dep_ == "nsubj" and c.tag_ in ("NNP", "NNPS"):
            return str(c.lower_)
    if tok.pos_ == "NOUN":
        for c in tok.children:
            if c.dep_ in ("poss", "compound") and c.tag_ in ("NNP", "NNPS") and c.i < tok.i:
                return str(c.lower_)
    return None


def controller_words(tok: Any) -> set[str]:
    """Words of the subject of the verbs an infinitive trigger hangs on ("envoys from both
    sides are scheduled to meet", "are due to meet": the envoys meet), up a few xcomp and
    acomp links."""
    out: set[str] = set()
    t = tok
    for _ in range(3):
        if t.dep_ not in ("xcomp", "acomp") or t.head.i == t.i:
            break
        t = t.head
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                out |= {w.lower_ for w in c.subtree}
    return out


def superseded_plan(tok: Any) -> bool:
    """A plan told in the past perfect ("the strike had been due to end on Friday", "talks had
    been expected to resume"), or with a perfect infinitive ("was supposed to have been freed
    Saturday"): what was planned before the news changed it, no event."""
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    if {"to", "have"} <= aux:
        return True
    t = tok
    for _ in range(3):
        if t.dep_ not in ("xcomp", "acomp") or t.head.i == t.i:
            return False
        t = t.head
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in t.children):
            return True
    return False


def none_affected(tok: Any) -> bool:
    """A verb whose object or passive subject is "no ..." or "nothing" ("no deal was reached",
    "reached no agreement", "no crew were freed", "will sign nothing"): nothing happened."""
    no = ("nothing", "none")
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and (c.lower_ in no or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        for c in tok.children
    )


def agent_words(tok: Any) -> set[str]:
    """Words of the agent of a passive trigger ("by troops") or the subject of an active one."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ == "agent":
            out |= {t.lower_ for t in c.subtree}
        elif c.dep_ == "nsubj":
            out |= {t.lower_ for t in c.subtree}
    return out


REFUSING = {
    "stall",
    "stalls",
    "stalled",
    "suspend",
    "suspends",
    "suspended",
    "halt",
    "halts",
    "halted",
    "refuse",
    "refuses",
    "refused",
    "freeze",
    "froze",
    "postpone",
    "postponed",
    "postpones",
    "delay",
    "delayed",
    "delays",
    "withhold",
    "withheld",
}


def title_case(sent: Any) -> bool:
    """A headline in title case ("Leader Vows To Finish The Fight"): tags are unreliable."""
    words = [t.text for t in sent if t.is_alpha and len(t.text) > 3]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def owned(tok: Any) -> bool:
    """A noun whose owner is named: a possessive ("the envoy's plan"), a proper-noun modifier
    ("a U.S. proposal") or "by" an agent ("a proposal by the envoy")."""
    return any(
        c.dep_ == "poss"
        or (c.dep_ in ("compound", "amod", "nmod") and c.tag_ in ("NNP", "NNPS"))
        or (c.dep_ == "prep" and c.lower_ == "by")
        for c in tok.children
    )


def noun_word(tok: Any) -> str:
    """A noun with a hyphenated first part the tokenizer split off ("stand-off", "lay-off")."""
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_:
        return f"{doc[i - 2].lower_}-{tok.lower_}"
    return str(tok.lower_)


def describes_people(tok: Any) -> bool:
    """``tok`` is in a relative clause or participle on a noun of people ("the soldiers who
    fired", "civilians taken during the raid"): a description, not a reported happening."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX"):
            return bool(PEOPLE_NOUNS.get(t.head.lower_))
        if t.head.i == t.i or t.dep_ in ("ROOT", "ccomp", "advcl", "conj"):
            return False
        t = t.head
    return False


# nouns of people (count_nouns.yaml): a clause on them describes them
PEOPLE_NOUNS = {**vocabulary().groups, **vocabulary().demonyms}


# nouns of armed force (``data/actors.yaml``, ``instruments``) and the actor of each adjective
_INSTRUMENTS = frozenset(f for w in vocab.actors().instruments for f in vocab.noun_forms(w))
# a party's bodies of one word ("Bordurian and Syldavian negotiators met"; ``institutions``,
# whose "officials?" is the singular and the plural)
_BODIES = frozenset(
    f
    for w in vocab.actors().institutions
    if w.replace("s?", "").isalpha()
    for f in vocab.noun_forms(w.replace("s?", ""))
)
_ADJECTIVE_ACTOR = {adj: actor for actor, adjs in ADJECTIVES.items() for adj in adjs}
_MODIFIERS = ("amod", "compound", "nmod")


def armed_parties(sent: Any, parsed: bool) -> list[tuple[int, str]]:
    """The parties whose adjective modifies a noun of armed force in ``sent`` ("Bordurian
    warplanes struck ...", "Bordurian tanks and drones shelled ...", "Bordurian fighter jets"),
    or, with a parse, one of a party's bodies through joined adjectives ("Bordurian and
    Syldavian negotiators": both): (character offset of the adjective, actor). Without a
    parse: an adjective at most one word before the noun of armed force."""
    out: list[tuple[int, str]] = []
    toks = list(sent)
    cols = columns(sent.doc)  # each token's tag and ``lower_``, read once per document
    tags, lows = cols.tag[sent.start : sent.end], cols.lower[sent.start : sent.end]
    for k, tok in enumerate(toks):
        if not tags[k].startswith("NN"):
            continue
        if lows[k] not in _INSTRUMENTS and not (parsed and lows[k] in _BODIES):
            continue
        if parsed:
            heads = [tok] + ([tok.head] if tok.dep_ == "conj" else [])
            mods = [c for h in heads for c in h.children if c.dep_ in _MODIFIERS]
            mods += [g for c in mods if c.dep_ == "compound" for g in c.children]
            mods += [g for c in mods for g in c.conjuncts if g.dep_ == "conj"]
            if tok.lower_ not in _INSTRUMENTS and not any(
                m.dep_ == "conj" or any(g.dep_ == "conj" for g in m.children) for m in mods
            ):
                continue  # one adjective on a body: the actor index reads it
        else:
            mods = toks[max(0, k - 2) : k]
        for m in mods:
            actor = _ADJECTIVE_ACTOR.get(m.text)
            if actor and (m.idx, actor) not in out:
                out.append((m.idx, actor))
    return out


def said_alongside(tok: Any) -> bool:
    """A participle of accusing that goes with what its subject said or did ("announced that
    the handover would be put off, accusing X of ..."): the accusation is made as it is said,
    whatever the mode of the clause the parser hangs it on."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "advcl"
        and not any(c.dep_ in ("mark", "aux", "nsubj") for c in tok.children)
    )


# prepositions whose object is a happening the clause answers or follows ("retaliate for the
# raid", "send envoys to the talks", "after the attack")
_ANSWERED = {"for", "to", "after", "since", "during", "following"}
_DEFINITE = {"the", "this", "that", "its", "their", "his", "her", "last", "latest"}


def _month_day(tok: Any) -> bool:
    """A month with its day number on it ("July 27", "Oct. 7")."""
    return tok.lower_.rstrip(".") in MONTHS and any(g.tag_ == "CD" for g in tok.children)


def dated_noun(tok: Any) -> bool:
    """A noun named by the day it came ("the July 27 proposal", "the May 2 plan"): a month
    with its day number on it; the happening is known, whatever the clause around it."""
    return any(c.dep_ in ("compound", "nmod", "npadvmod") and _month_day(c) for c in tok.children)


def dated_participle(tok: Any) -> bool:
    """A participle on people with the day it happened ("the 251 people seized on October 7"):
    the happening told, not a description of the people."""
    return tok.tag_ == "VBN" and any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(g.dep_ == "pobj" and _month_day(g) for g in c.children)
        for c in tok.children
    )


def known_happening(tok: Any) -> bool:
    """An event noun, known to the reader (definite or owned), that a verb's clause answers,
    joins or follows through a preposition ("would retaliate for the killing of its leader",
    "threatened not to send envoys to the talks"): the happening is there whatever the mode
    or negation of the verb; "any attack", "a new round" are not."""
    if dated_noun(tok):
        return True
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _ANSWERED or prep.head.pos_ != "VERB":
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE)
        or (c.dep_ == "poss")
        or (c.dep_ == "amod" and c.lower_ in _DEFINITE)
        for c in tok.children
    )


def joined_to(tok: Any) -> Any | None:
    """The verb a bare joined verb shares its clause with ("to resume talks and exchange
    inmates": "resume"), when that verb is an infinitive or has a modal of its own: the
    joined verb takes its mode; ``None`` for a verb with a subject or auxiliary of its own."""
    if tok.dep_ != "conj" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return None
    head = tok.head
    if not any(c.dep_ == "aux" for c in head.children):
        return None  # "released three and freed two": a finite first verb, the same mode
    return head


# adjectives of a party's readiness to act ("ready to free them", "willing to hand over")
_READY = frozenset({"ready", "willing", "prepared"})
# verbs of going on with an act ("would go ahead with the handover", "proceeded with")
_PROCEEDING = frozenset(
    {"proceed", "proceeds", "proceeded", "proceeding", "go", "goes", "went", "going", "gone"}
)


_ON_CONDITION = frozenset({"if", "unless", "provided", "providing"})


def ready_on_condition(tok: Any) -> bool:
    """A readiness framed by a condition ("ready to free them all if Y commits to ..."): a
    conditional offer. The condition hangs on the release, on "ready", on its verb or on the
    verb reporting it."""
    t = tok.head if tok.dep_ == "conj" else tok
    for head in (t, *islice(t.ancestors, 3)):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("provided", "providing"):
                return True
            if c.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in _ON_CONDITION for g in c.children
            ):
                return True
    return False


def readiness(tok: Any) -> bool | None:
    """A release a party says it is ready to make or goes ahead with ("ready to free the
    crew", "would proceed with the handover as planned"): its stance on the deal's terms (an
    acceptance when not done; the caller reads the mode). ``None`` when the release is not
    so framed, else whether the readiness is negated ("not ready to free them")."""
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        t = tok.head if tok.dep_ == "conj" else tok  # "ready to free them and hand over X"
        adj = t.head
        if not (
            t.dep_ == "xcomp"
            and adj.lower_ in _READY
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        ):
            return None
        return any(c.dep_ == "neg" for c in [*adj.children, *adj.head.children])
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "with":
        return None
    verb = prep.head
    if verb.lower_ not in _PROCEEDING or (
        verb.lower_.startswith(("go", "went"))
        and not any(c.dep_ in ("advmod", "prt") and c.lower_ == "ahead" for c in verb.children)
    ):
        return None
    return any(c.dep_ == "neg" for c in verb.children)


def completed_verb(tok: Any) -> Any | None:
    """The verb a bare participle completes ("would have their bodies returned", "will see 30
    sailors freed"): the happening takes that verb's mode; ``None`` when the participle
    has an auxiliary of its own or completes no verb."""
    if tok.tag_ != "VBN" or tok.dep_ not in ("ccomp", "xcomp", "acl"):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return None
    head = tok.head
    if tok.dep_ == "acl" and head.dep_ == "dobj":
        head = head.head  # "see [30 freed]"
    return head if head.pos_ in ("VERB", "AUX") and head.i != tok.i else None


def own_clause(tok: Any, same_type: set[int]) -> bool:
    """A verb trigger heading a clause of its own, with its own subject, joined to a trigger of
    the same type that has one too ("one was freed by troops and two were found dead", "jets
    struck the port and artillery shelled the hills"): two happenings, not one told twice.
    ``same_type``: the offsets of the sentence's triggers of that type."""

    def subject(t: Any) -> bool:
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or misread_subject(t)

    def finite(t: Any) -> bool:  # its own subject or auxiliary ("and two were found dead")
        return subject(t) or any(c.dep_ in ("aux", "auxpass") for c in t.children)

    return (
        tok.dep_ == "conj"
        and tok.pos_ in ("VERB", "AUX")
        and tok.head.idx in same_type
        and finite(tok)
        and subject(tok.head)
    )


def misread_subject(tok: Any) -> bool:
    """A proper noun just before a joined verb that the parser made a conjunct of the first
    verb's object ("X freed two sailors and Y released ten inmates": "Y" read as a second
    sailor): the joined verb's own subject."""
    if tok.i == 0 or tok.dep_ != "conj":
        return False
    prev = tok.doc[tok.i - 1]
    return (
        prev.dep_ == "conj"
        and prev.tag_ in ("NNP", "NNPS")
        and prev.head.dep_ in ("dobj", "nsubjpass")
        and prev.head.head.i == tok.head.i
    )


def own_act(tok: Any) -> bool:
    """A verb in a quotation telling what the speaker's side did ("we proposed a truce", "we
    have released them"): the first person as subject and a past tense or perfect, so the
    source reports its own act, not a view or a wish; or under way, in the present progressive
    ("we are holding talks"). A noun is read at the verb it is the object of ("we held talks")."""
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN":
        tok = tok.head
    if tok.tag_ == "VBG":
        return any(
            c.dep_ == "aux" and c.lower_ in ("am", "are", "'m", "'re") for c in tok.children
        ) and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in tok.children)
    if tok.tag_ not in ("VBD", "VBN"):
        return False
    if tok.tag_ == "VBN" and not any(
        c.dep_ == "aux" and c.lower_ in ("have", "has", "had", "'ve") for c in tok.children
    ):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in tok.children)


def woven(tok: Any, start: int) -> bool:
    """A quotation woven into the text's own clause ("said it had “transferred its proposal to
    the mediators”"): the verb's subject and auxiliary stand before the quotation's opening at
    ``start``, so the text tells the act and quotes the words."""
    verb = tok.head if tok.dep_ == "dobj" and tok.pos_ == "NOUN" else tok
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        verb.pos_ in ("VERB", "AUX")
        and verb.idx >= start  # (the verb quoted: not a quoted object of the text's own verb)
        and subj is not None
        and subj.idx < start
        and any(c.dep_ == "aux" and c.idx < start for c in verb.children)
    )


def term_of_package(tok: Any) -> bool:
    """Talks planned with "would" in the text's own voice ("during the truce the sides would
    negotiate", "the plan would free ten while negotiations continue"): a term of a package
    not yet agreed, not talks scheduled; under a verb of saying "would" is a reported "will"
    ("said talks would resume on Monday") and the talks stay."""
    t = clause_head(tok)
    modal = None
    for _ in range(5):
        aux = {c.lower_ for c in t.children if c.dep_ == "aux"} & PLANNED_AUX
        if modal is None and aux:
            modal = aux
        if t.lower_ in REPORTING and t.i != tok.i:
            return False
        if t.head.i == t.i:
            break
        t = t.head
    return modal == {"would"}


# prepositions of time after which a gerund tells what its clause's subject did ("spoke hours
# after meeting X", "since launching the raid")
DONE_BEFORE = frozenset({"after", "since", "following", "upon"})


def done_before(tok: Any) -> bool:
    """A gerund after a preposition of time, active or passive ("after being handed over"): a
    happening told, done by (or to) the subject of the clause it hangs on."""
    gerund = tok.tag_ == "VBG" or (
        tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in tok.children)
    )
    return gerund and tok.dep_ == "pcomp" and tok.head.lower_ in DONE_BEFORE
