"""Vetoes of :mod:`accord.evidence.event_filter` that read a trigger's arguments and voice: a
stance in an infinitive of purpose, a needed word that is not what is halted or extended, people
described as accused, a breach told in the text's own voice, a meeting verb that is a residence
("has hosted them since") or a goal met, an acceptance verb that describes a deal ("what it
agreed to", "as agreed", "nobody has agreed"), a verb made an event by its object that has
another object ("told reporters the families would ..."). Each takes the veto signature
``(tok, trig, sent, parsed)`` and says whether the trigger reports no happening.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex
from accord.evidence.count_vocab import vocabulary
from accord.evidence.event_triggers import Trigger
from accord.evidence.event_words import STANCE_TAKEN
from accord.evidence.gazetteer import ADJECTIVES
from accord.evidence.holders import holder_of
from accord.evidence.mode_words import ASKING
from accord.evidence.modes import clause_head, headline_sentence, no_one_does
from accord.evidence.quote_marks import quotes_over
from accord.evidence.sentence_source import REPORTING

_PURPOSE_TYPES = ("acceptance", "rejection", "talks", "meeting")
# verbs whose infinitive of purpose is the event under way (verbs.yaml, ``carried_by``)
_CARRIED_BY = {
    name: frozenset(f for lemma in cls.carried_by for f in vocab.verb_forms(lemma))
    for name, cls in vocab.verbs().events.items()
}


# verbs whose bare infinitive complement is what they let happen ("to let X visit")
_ENABLING = frozenset(
    f for lemma in ("let", "allow", "permit", "enable", "help") for f in vocab.verb_forms(lemma)
) | {"let", "made", "make", "makes", "making"}
_MEETING_FORMS = frozenset(
    f for lemma in vocab.verbs().events["meeting"].verbs for f in vocab.verb_forms(lemma)
)
_TALKS_FORMS = frozenset(
    f for lemma in vocab.verbs().events["talks"].verbs for f in vocab.verb_forms(lemma)
)
_TALKS_NOUNS = frozenset(
    f
    for lemma in vocab.verbs().events["talks"].nouns
    if " " not in lemma
    for f in vocab.noun_forms(lemma)
)


_MET_KIN = frozenset(
    w for words in vocab.verbs().events["meeting"].objects_make.values() for w in words
)


def kin_met(tok: Any) -> bool:
    """A meeting verb whose object is the families of the held ("an envoy met X's family"): a
    meeting, whoever mediates elsewhere."""
    return tok.lower_ in _MEETING_FORMS and any(
        c.dep_ == "dobj" and c.lower_ in _MET_KIN for c in tok.children
    )


def talks_met(tok: Any) -> bool:
    """A meeting verb whose purpose is to negotiate ("met in X to discuss the truce") or whose
    object is a round of talks ("hosted a round of talks", "hosted the negotiations"): the
    meeting is the talks, one happening of type ``talks``."""
    for c in tok.children:
        if (
            c.dep_ in ("advcl", "xcomp")
            and c.lower_ in _TALKS_FORMS
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ):
            return True
        if c.dep_ == "dobj" and (
            c.lower_ in _TALKS_NOUNS
            and c.lower_ not in ("effort", "efforts", "attempt", "attempts")
            or any(
                p.dep_ == "prep" and p.lower_ == "of" and o.lower_ in _TALKS_NOUNS
                for p in c.children
                for o in p.children
            )
        ):
            return True
    return False


def stance_as_purpose(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """An acceptance, rejection, talks or meeting verb in an infinitive that hangs on a word
    of no stance taken or scheduled ("gave them until noon to accept or reject the offer",
    "efforts to reach a deal", "hoped pressure would lead them to sign", "would use the lull to
    negotiate", "invited them to visit"): a purpose or a wish, not a stance or a meeting; under
    "agreed", "ready", "expected", "voted" (``STANCE_TAKEN``) it is one, and under a verb that
    carries it out ("travelled there to negotiate": the class's ``carried_by``) it is under way."""
    if not (parsed and not trig.noun and trig.type in _PURPOSE_TYPES):
        return False
    verb = tok
    if verb.dep_ == "conj" and not any(c.dep_ == "aux" for c in verb.children):
        verb = verb.head  # "to accept or reject": the infinitive of the first verb
    if (
        verb.dep_ in ("ccomp", "xcomp")
        and verb.head.lower_ in _ENABLING
        and not any(c.dep_ == "aux" for c in verb.children)
    ):
        verb = verb.head  # "requests to let X visit them": the infinitive of "let"
    if verb.dep_ not in ("xcomp", "advcl", "acl", "relcl") or verb.head.i == verb.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if trig.type == "talks" and verb.head.lower_ in _MEETING_FORMS:
        return True  # "met in X to discuss the truce": the meeting is the talks (``talks_met``)
    if verb.head.lower_ in _CARRIED_BY.get(trig.type, frozenset()):
        return False  # "travelled to X to negotiate", "trying to broker a deal": under way
    return verb.head.lower_ not in STANCE_TAKEN


def needed_word_elsewhere(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A verb of halting or extending whose needed word is not what it halts or extends:
    "the truce halted months of fighting, allowing an exchange" halts no exchange; "the truce
    would extend over the holiday" (the truce as the active subject) is how long it runs, no
    extension agreed. The needed word must be in the object or the passive subject."""
    if not (parsed and not trig.noun and trig.needs and trig.type in ("threat", "acceptance")):
        return False
    if tok.tag_ == "VBN" and tok.dep_ == "amod":
        return False
    args = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if trig.type == "acceptance":
        if (
            tok.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
            and headline_sentence(tok)
        ):
            return False  # a headline drops the auxiliary: "Truce extended by two days"
        active = [c for c in tok.children if c.dep_ == "nsubj"]
        return any(
            not trig.needs.isdisjoint({t.lower_ for t in c.subtree}) for c in active
        ) and all(trig.needs.isdisjoint({t.lower_ for t in c.subtree}) for c in args)
    # what is halted, and where ("suspended its role in the mediation")
    said = args + [c for c in tok.children if c.dep_ == "prep"]
    return bool(args) and all(trig.needs.isdisjoint({t.lower_ for t in c.subtree}) for c in said)


def vote_of_one(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A vote cast by one named person ("Minister X voted against"): a member's vote, told
    of someone; the body's vote ("the cabinet voted") is its meeting. The voter is the
    verb's subject, a name the body's word is not part of."""
    if not (parsed and not trig.noun and trig.type == "meeting" and trig.lemma == "vote"):
        return False
    voters = [c for c in tok.children if c.dep_ == "nsubj"]
    return any(
        v.tag_ == "NNP" and trig.needs.isdisjoint({t.lower_ for t in v.subtree}) for v in voters
    )


def accused_described(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """An accusation participle that describes people with no accuser ("teenagers accused of
    throwing stones"): what they are charged with, no party accusing."""
    return (
        parsed
        and not trig.noun
        and trig.type == "accusation"
        and tok.tag_ == "VBN"
        and tok.dep_ == "acl"
        and not any(c.dep_ == "agent" for c in tok.children)
    )


# accusation verbs whose subject is the accused ("X violated the truce"): the accuser is
# whoever says so
_CHARGED = frozenset(lemma for cls in vocab.verbs().events.values() for lemma in cls.reported_only)


def reported_charge(tok: Any, trig: Trigger) -> bool:
    """A charge a source states ("X said Y was trying to sabotage the deal"): the accusation
    is made whatever the mode of the act charged."""
    if trig.noun or trig.type != "accusation" or trig.lemma not in _CHARGED:
        return False
    t = tok
    for _ in range(5):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lower_ in REPORTING:
            return True
    return False


_HOLDING = frozenset({"hold", "holds", "held", "holding"})


def asserted_charge(tok: Any) -> bool:
    """A charge in an indicative clause under a verb that can also ask ("X insists that Y
    bears the blame", not "insists that Y release them"): stated, not demanded."""
    if tok.lower_ == "could" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "have":
        return True  # "X could have freed them but chose war": the blame, told as such
    if tok.lower_ in _HOLDING and any(c.lower_ == "responsible" for c in tok.children):
        return True  # "urged the mediators to hold X responsible": the charge is made in asking
    verb = clause_head(tok)
    return (
        verb.dep_ == "ccomp"
        and verb.tag_ in ("VBZ", "VBD")
        and verb.head.lower_ in ASKING
        and verb.head.lower_ in REPORTING
    )


def narrated_breach(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A breach told by the text in its own voice ("X has violated the truce, striking ..."):
    the accuser of a breach is the source that says so (a verb of saying above the clause, or
    a quotation); with none, the outlet's narrative is no party's accusation."""
    if not (parsed and not trig.noun and trig.type == "accusation" and trig.lemma in _CHARGED):
        return False
    t = tok
    for _ in range(5):
        if t.lower_ in REPORTING and t.i != tok.i:
            return False
        if t.head.i == t.i:
            break
        t = t.head
    # the quotations read on the whole text (a sentence may open inside one)
    return not any(a <= tok.idx < b for a, b in quotes_over(sent, sent.doc_text))


_HELD_WORDS = frozenset(f for f, g in vocabulary().groups.items() if g == "held")
_ADJECTIVE_ACTOR = {adj: actor for actor, adjs in ADJECTIVES.items() for adj in adjs}


# verbs of harming the held: with no doer named, a charge only when the told clause has one
_HARMED = frozenset(
    f
    for lemma in ("kill", "shoot", "execute", "murder", "die", "harm")
    for f in vocab.verb_forms(lemma)
)


def _held_harmed(verb: Any) -> bool:
    """A verb of harming whose subject or object names the held ("ten of the abductees were
    killed", "the strike killed three abductees")."""
    return verb.lower_ in _HARMED and any(
        not _HELD_WORDS.isdisjoint(w.lower_ for w in c.subtree)
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass", "dobj")
    )


def charged_killing(tok: Any, index: ActorIndex) -> int | None:
    """A party's source telling that another party's armed act killed or harmed the people
    held ("a Ruritanian spokesman said ten of those held were killed in Bordurian strikes"): an
    accusation by the teller, at the verb of saying's offset; ``None`` otherwise. The doer is
    a party's adjective on the act or its instrument, or none named (the teller does not
    charge itself); the teller the subject of the verb of saying; the held are named in the
    clause told."""
    t, said = tok, None
    for _ in range(4):
        if t.head.i == t.i:
            break
        if t.dep_ == "ccomp" and t.head.lower_ in REPORTING:
            said = t.head
            break
        t = t.head
    if said is None or _HELD_WORDS.isdisjoint(w.lower_ for w in t.subtree):
        return None
    teller = holder_of(said, index) or _named_in(said, ("nsubj",), index)
    # the party whose adjective is on the act, or on the act or force its phrases name
    # ("killed in Ruritanian strikes", "killed by Ruritanian fire")
    nouns = [tok] + [o for p in tok.children if p.dep_ in ("prep", "agent") for o in p.children]
    doers = {
        _ADJECTIVE_ACTOR[c.text]
        for n in nouns
        for c in n.children
        if c.dep_ in ("amod", "compound", "poss") and c.text in _ADJECTIVE_ACTOR
    }
    doer = _named_in(tok, ("nsubj", "agent"), index)  # "X had killed them", "killed by X"
    if doer is not None:
        doers.add(doer)
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if teller is not None and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for n in nouns + subjects for c in n.children
    ):
        doers.add(teller)  # "X said its strike killed two of them": its own act
    if not doers and not any(_held_harmed(w) for w in t.subtree):
        # no doer and none of the held harmed ("said the forces freed the held", "said 240
        # people were taken in the attack, in which 1,200 people were killed"): no charge
        return None
    if (
        teller is None
        or teller not in _ADJECTIVE_ACTOR.values()
        or (doers and not doers - {teller})
    ):
        # (with no doer named the teller charges another: "X's armed wing said three of the
        # held were killed in the raid")
        return None
    return int(said.idx)


def _named_in(verb: Any, deps: tuple[str, ...], index: ActorIndex) -> str | None:
    """The first party named in the phrases ``deps`` of ``verb`` ("a spokesman for X")."""
    for c in verb.children:
        if c.dep_ in deps:
            left, right = c.left_edge, c.right_edge
            found = index.actors_in(left.idx, right.idx + len(right.text))
            if found:
                return str(found[0].actor)
    return None


def hosting_for_years(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A meeting verb of a state held since a past point ("has hosted the group's leaders
    since its founding"): a residence, no meeting."""
    return (
        parsed
        and not trig.noun
        and trig.type == "meeting"
        and any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children)
    )


def met_as_fulfilled(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A meeting verb in the passive with no agent ("until the goals are met"): fulfilled, no
    one met."""
    return (
        parsed
        and not trig.noun
        and trig.type == "meeting"
        and any(c.dep_ == "nsubjpass" for c in tok.children)
        and not any(c.dep_ == "agent" for c in tok.children)
    )


def what_was_agreed(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """An acceptance verb of a free relative ("what it agreed to", "what had been agreed in
    May"): its subject, object or the object of its preposition is "what"; the deal
    described, not an acceptance."""
    if not (parsed and not trig.noun and trig.type == "acceptance"):
        return False
    for c in tok.children:
        if c.lower_ == "what" and c.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return True
        if c.dep_ == "prep" and any(g.lower_ == "what" for g in c.children):
            return True
    return False


def agreed_describes(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """An acceptance verb that describes a manner or a thing, not a party's acceptance: "as
    agreed", a participle on a plural noun misparsed as a clause ("resumed at the levels
    agreed in January"), or no one as its subject ("nobody has agreed the terms"). (A
    restrictive relative clause, "the terms it signed", was tried: it loses as many
    acceptances the invented gold tells as it drops wrong ones.)"""
    if not (parsed and not trig.noun and trig.type == "acceptance"):
        return False
    if no_one_does(tok):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
    ):
        return True  # "exactly as agreed"
    if tok.dep_ == "advcl" and tok.tag_ in ("VBD", "VBN") and tok.i > 0:
        # "at the levels agreed in January", misparsed as a clause of the sentence's verb
        if tok.doc[tok.i - 1].tag_ == "NNS" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
        ):
            return True
    return False


@lru_cache(maxsize=1)
def _object_classes() -> dict[tuple[str, str], frozenset[str]]:
    """(event type, verb lemma): the objects that make the verb an event of a class whose
    object must be one of them (the meeting class: "told the families"; a class's
    ``object_only`` verbs: "announced the agreement")."""
    return {
        (etype, lemma): frozenset(w.lower() for w in words)
        for etype, cls in vocab.verbs().events.items()
        for lemma, words in cls.objects_make.items()
        if etype == "meeting" or lemma in cls.object_only
    }


def not_its_object(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A verb made a meeting by its object ("told the families ...", "briefed relatives of
    the held") whose needed word is not its object ("told reporters the families would
    ...") or that has no parse to show it."""
    words = _object_classes().get((trig.type, trig.lemma))
    if words is None or trig.noun:
        return False
    if not parsed:
        return True
    if trig.type != "meeting" and tok.dep_ == "acl" and tok.head.lower_ in words:
        return False  # a participle on the noun: "the agreement announced in the capital"
    # "told the families", "told the family members"
    objects = [c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass")] + [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "into"  # "entered into an agreement"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return not any(
        c.lower_ in words or any(g.dep_ == "compound" and g.lower_ in words for g in c.children)
        for c in objects
    )
