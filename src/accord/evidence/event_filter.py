"""Which trigger tokens report a happening, read off the tag and the dependency parse.

A token of an event class (:mod:`accord.evidence.event_triggers`) is kept as an event only
when it reports one: a verb used as a noun or modifier ("the proposed truce"), the object of
a stance or a request ("accepts the proposal", "calls for talks"), a description of people
or a deal ("the soldiers who fired", "the truce that was negotiated"), background ("with the
offensive ongoing"), or talks that are not held ("pulled out of talks", "the talks remain at
a standstill") are not. A release, proposal, threat or acceptance noun needs what makes it a
happening (the subject of its clause, an ordinal, the act of tabling or issuing it, its
owner). Each reason is one veto, a small function named for what it recognises;
:func:`reports_event` checks the trigger's form and runs the vetoes in order (their words are
in :mod:`accord.evidence.event_words`). This module holds the vetoes on the form and company
of a trigger (mostly verbs: a description, a stance, background); those on event nouns are in
:mod:`accord.evidence.event_nouns`, those reading a trigger's arguments and voice in
:mod:`accord.evidence.event_roles`. Used by :mod:`accord.evidence.events`, which reads the
mode and builds the events.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.columns import columns
from accord.evidence.event_clauses import (
    REFUSING,
    TRUCE_TYPES,
    dated_participle,
    describes_people,
    done_before,
    noun_word,
    owned,
    title_case,
    truce_subject,
)
from accord.evidence.event_naming import named_otherwise
from accord.evidence.event_nouns import (
    acceptance_of_nothing,
    answer_not_delivered,
    asked_for,
    object_of_stance,
    operation_stopped,
    press_release,
    proposal_not_tabled,
    release_not_happening,
    talks_as_frame,
    talks_as_modifier,
    talks_as_topic,
    talks_halted,
    talks_not_held,
    talks_offered,
    threat_not_made,
)
from accord.evidence.event_plans import plan_of_force, release_as_term
from accord.evidence.event_roles import (
    accused_described,
    agreed_describes,
    hosting_for_years,
    met_as_fulfilled,
    narrated_breach,
    needed_word_elsewhere,
    not_its_object,
    stance_as_purpose,
    vote_of_one,
    what_was_agreed,
)
from accord.evidence.event_triggers import Trigger, triggers
from accord.evidence.event_words import (
    CHARGES,
    DENYING,
    ENDANGERED,
    NEAR,
    NON_PARTIES,
    PACKAGES,
    STALLED,
    THREATEN,
)
from accord.evidence.modes import clause_head, headline_sentence, in_nominal_clause
from accord.evidence.threat_warnings import warning_of_no_threat
from accord.evidence.threats import thing_threatens

# a verb used as a noun or a modifier ("rescuing the crew is ...", "by launching rockets")
_NOMINAL = {
    "pcomp",
    "pobj",
    "csubj",
    "csubjpass",
    "dobj",
    "nsubj",
    "nsubjpass",
    "appos",
    "compound",
    "amod",
}


def _has_needed(needs: frozenset[str], tok: Any, sent: Any, parsed: bool) -> bool:
    """One of ``needs`` is in the trigger's clause or the few words around it."""
    lows = columns(tok.doc).lower  # each token's ``lower_``, read once per document
    i = tok.i
    if not needs.isdisjoint(lows[max(sent.start, i - 6) : min(sent.end, i + 7)]):
        return True
    return parsed and not needs.isdisjoint(clause_words(tok, sent, parsed))


def clause_words(tok: Any, sent: Any, parsed: bool) -> set[str]:
    """Words of the trigger's clause, and the few around it (a misattached clause keeps them)."""
    lows = columns(tok.doc).lower  # each token's ``lower_``, read once per document
    lo, hi = max(sent.start, tok.i - 6), min(sent.end, tok.i + 7)
    words = set(lows[lo:hi])
    if parsed:
        head = clause_head(tok)
        words |= {lows[t.i] for t in head.subtree}
        words |= {lows[t.i] for t in tok.subtree}
    return words


@lru_cache(maxsize=1)
def _noun_types() -> dict[str, str]:
    """The event type of each one-word event noun ("talks": talks)."""
    return {
        w: t.type for w, trigs in triggers().items() for t in trigs if t.noun and len(t.words) == 1
    }


def _gerund_noun(tok: Any) -> bool:
    """An -ing noun the tagger read as a verb form ("shelling of the town continued",
    "during heavy shelling"): no object or subject of its own, and a noun's company."""
    if tok.tag_ != "VBG" or any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in tok.children):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "pcomp"):
        return True
    if any(c.dep_ in ("det", "poss", "amod") for c in tok.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.tag_ in ("JJ", "NNP", "DT", "PRP$")


# The vetoes: each takes (tok, trig, sent, parsed) and says whether the trigger is not a
# reported happening for one reason. ``reports_event`` runs them in order, after the form
# checks; a veto may rely on the earlier ones having passed.


def _verb_as_noun(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A participle or gerund used as a noun or a modifier without a subject of its own
    ("the proposed truce", "rescuing them is"): not a reported happening."""
    return (
        parsed
        and not trig.noun
        and tok.dep_ in _NOMINAL
        and tok.tag_ in ("VBG", "VBN")
        and not any(c.dep_ == "nsubj" for c in tok.children)
        and not done_before(tok)
    )


def _verb_as_adjective(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A verb modifying a noun ("the freed crew were flown home", tagged an adjective; "the
    starting hour of a lull", tagged a noun in a sentence with a full stop): a
    description."""
    if not parsed or trig.noun:
        return False
    if tok.dep_ == "amod":
        return True
    return (
        tok.dep_ == "compound"
        and tok.tag_.startswith("NN")
        and sent.text.rstrip().endswith(".")
        and not title_case(sent)
    )


@lru_cache(maxsize=1)
def _other_sense() -> dict[tuple[str, str], frozenset[str]]:
    """(event type, trigger lemma): the objects that give the trigger another sense, nouns
    in both numbers ("released a video", "the videos released")."""
    return {
        (etype, lemma): frozenset(f for w in words for f in vocab.noun_forms(w))
        for etype, cls in vocab.verbs().events.items()
        for lemma, words in cls.other_sense.items()
    }


def _object_of_another_sense(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A trigger whose object is of another sense of the word ("released a statement", "a
    statement was released", "a statement released as ...", "the release of the figures",
    "freed up funds", "declined to comment", "to go into details": the verb under it; a noun's
    modifier: "a general strike"): no event of its class (``other_sense`` in ``verbs.yaml``)."""
    words = _other_sense().get((trig.type, trig.lemma))
    if not words or not parsed:
        return False
    if not trig.noun and tok.dep_ == "acl" and tok.tag_ == "VBN":
        # a participle on the noun it describes ("in a statement released on Sunday")
        head = tok.head
        if head.lower_ in words or head.lemma_.lower() in words:
            return True
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "prt", "xcomp")] + [
        o
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if trig.noun:  # a noun's own modifier: "a general strike", "a hunger strike"
        objects += [c for c in tok.children if c.dep_ in ("amod", "compound")]
    objects += [g for x in objects if x.dep_ == "xcomp" for g in x.subtree if g.dep_ in _OBJECTS]
    return any(o.lower_ in words or o.lemma_.lower() in words for o in objects)


_OBJECTS = ("dobj", "pobj")
# heads of a part counted out of a group ("of the inmates freed, twelve were ...")
_PARTS = frozenset({"most", "some", "many", "all", "none", "half", "each", "several", "few"})


def _freed_of_a_count(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A release participle on a group a part is counted out of ("of the inmates freed by
    X, twelve were serving long terms"): the freed described, the release told before."""
    if not (parsed and not trig.noun and trig.type == "release" and tok.dep_ == "acl"):
        return False
    group = tok.head
    prep = group.head
    if group.dep_ != "pobj" or prep.lower_ != "of":
        return False
    part = prep.head
    if part.pos_ in ("VERB", "AUX") and prep.i < part.i:
        # "Of the inmates freed, twelve were ...": the part is the verb's subject
        part = next((c for c in part.children if c.dep_ in ("nsubj", "nsubjpass")), part)
    return part.tag_ == "CD" or part.lower_ in _PARTS


def _reader_accepts(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """An acceptance by the reader ("you agree to our terms"): no party accepts."""
    return trig.type == "acceptance" and any(c.lower_ == "you" for c in tok.children)


def _charge_rejected(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A rejection verb whose object is a charge ("rejected the charge"): a denial of an
    accusation, no offer rejected."""
    return (
        parsed
        and not trig.noun
        and trig.type == "rejection"
        and any(c.dep_ == "dobj" and c.lower_ in CHARGES for c in tok.children)
    )


def _put_at_risk(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A threatening verb with a deal or talks as its object ("a standoff that threatened the
    truce"), or in a clause on a thing ("a row that threatened to unravel it"): put at risk,
    no threat made."""
    return (
        parsed
        and not trig.noun
        and trig.type == "threat"
        and tok.lower_ in THREATEN
        and (
            any(c.dep_ == "dobj" and c.lower_ in ENDANGERED for c in tok.children)
            or thing_threatens(tok)
        )
    )


def _accusation_denied(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """An accusation verb under a denial ("denied breaching the terms"): a denial, not an
    accusation."""
    return parsed and not trig.noun and trig.type == "accusation" and tok.head.lower_ in DENYING


def _subject_of_other_type(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A verb that needs a word, whose subject is an event noun of another type ("talks aimed
    at ending the fighting resumed"): the talks resumed, the fighting did not."""
    if not (parsed and not trig.noun and trig.needs):
        return False
    # the first subject only: a second is a misparse of the first's modifier ("women held
    # since the October 7 attack were handed ...")
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and _noun_types().get(subject.lower_, trig.type) != trig.type


def _lacks_needed_word(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A trigger too common alone without one of its needed words in its clause or around it
    ("extended the invitation", not "extended the truce"); a topic word may also come earlier
    in the sentence ("the truce, agreed last week, began on Friday")."""
    if not trig.needs or _has_needed(trig.needs, tok, sent, parsed):
        return False
    if parsed and trig.noun and trig.type == "proposal" and _owned_package(tok):
        return False  # "the envoy's peace plan", "Ruritania's plan": a party's package
    before = set(columns(tok.doc).lower[sent.start : tok.i]) if trig.topic else set()
    return not trig.needs & before


def _owned_package(tok: Any) -> bool:
    """A package noun with its owner named and no purpose of its own ("the envoy's plan",
    not "the army's plan to take the town")."""
    return owned(tok) and not any(
        c.dep_ in ("acl", "relcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in tok.children
    )


def _in_nominal_clause(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """Inside a gerund used as a noun ("by launching rockets", "accepting it would ..."); a
    gerund noun itself ("shelling of the town continued") is no clause."""
    return (
        parsed
        and in_nominal_clause(tok)
        and not (trig.noun and tok.tag_ == "VBG")
        and not done_before(tok)
    )


def _no_truce_subject(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A truce verb without the truce as its subject ("a proposal to end the war", "the
    month that ends"): no truce starts or ends."""
    return parsed and not trig.noun and trig.type in TRUCE_TYPES and not truce_subject(tok, trig)


def _truce_nearly(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A truce's start or end after words of nearness ("a truce that had looked close to
    collapse"): it did not come."""
    return trig.type in TRUCE_TYPES and bool(NEAR.search(sent.doc_text[sent.start_char : tok.idx]))


_PUNISHED = frozenset(
    {"sentence", "sentences", "term", "terms", "convicted", "jailed", "imprisoned", "sentenced"}
)


def _punished(word: Any) -> bool:
    """A word of punishment, or a verb whose object is one ("serving life or long sentences
    for ...", the parser hanging "for" on the verb)."""
    objects = [c for c in word.children if c.dep_ == "dobj"]
    return any(
        w.lower_ in _PUNISHED for w in (word, *objects, *(c for o in objects for c in o.conjuncts))
    )


_ANNOUNCING = frozenset(vocab.verbs().events["acceptance"].object_only)


def _background(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """Background, not a reported event: a participle describing people ("crew members killed
    in the incident", "civilians seized in the attack"), or talks that are not being held
    ("the talks remain at a standstill")."""
    if not parsed:
        return False
    if (
        not trig.noun
        and trig.type in ("talks", "acceptance")
        and tok.dep_ in ("relcl", "acl")
        and noun_word(tok.head) in PACKAGES
        and not (
            trig.type == "acceptance"
            and any(
                c.dep_ == "nsubj"
                and (c.tag_ in ("NNP", "NNPS") or tok.doc[tok.left_edge.i - 1].lower_ == ",")
                for c in tok.children
            )
        )
        # "the deal brokered by X": X's mediation, told with its agent
        and not (trig.type == "talks" and any(c.dep_ == "agent" for c in tok.children))
        # "the agreement announced in the capital on Wednesday": the deal made public then
        and not (trig.type == "acceptance" and trig.lemma in _ANNOUNCING)
        # a headline's "Truce extended by two days": the noun and its participle are the
        # whole line, an extension reported with its auxiliary dropped
        and not (tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and headline_sentence(tok))
    ):
        # "the truce that was negotiated in May": the deal, described; "the framework X
        # agreed to last year" and "the deal, which both sides accepted on Friday," tell
        # an acceptance
        return True
    if (
        not trig.noun
        and trig.type == "military_operation"
        and describes_people(tok)
        and not dated_participle(tok)
    ):
        return True  # "the soldiers who fired on them": a description of people
    if (
        trig.noun
        and tok.dep_ == "nsubj"
        and (
            any(c.dep_ == "mark" and c.lower_ == "with" for c in tok.head.children)
            or (tok.head.dep_ == "pcomp" and tok.head.head.lower_ == "with")
        )
    ):
        return True  # "with the offensive ongoing, ...": the circumstance of another report
    if (
        trig.noun
        and tok.dep_ == "pobj"
        and tok.head.lower_ in ("for", "over")
        and _punished(tok.head.head)
    ):
        return True  # "serving sentences for deadly attacks": what someone was jailed for
    if not trig.noun and trig.type == "military_operation":
        return (
            tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and not any(c.dep_ == "agent" for c in tok.children)
            and not dated_participle(tok)
        )
    if (
        not trig.noun
        and tok.dep_ == "xcomp"
        and tok.head.lower_ in REFUSING
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    ):
        return True  # "by refusing to hand over ...": a refusal, not the act
    if trig.noun and trig.type == "talks":
        return tok.dep_ in ("nsubj", "nsubjpass", "pobj") and (
            tok.head.lower_ in STALLED or tok.head.head.lower_ in STALLED
        )
    return False


def _non_party_subject(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """A stance or threat verb whose subject is no party ("observers agree", "aid groups
    warn"): not a party's act."""
    return (
        parsed
        and not trig.noun
        and trig.type in ("acceptance", "rejection", "threat")
        and any(c.dep_ == "nsubj" and c.lower_ in NON_PARTIES for c in tok.children)
    )


_VETOES = (
    named_otherwise,
    _verb_as_noun,
    _verb_as_adjective,
    object_of_stance,
    asked_for,
    press_release,
    _object_of_another_sense,
    plan_of_force,
    release_as_term,
    release_not_happening,
    _freed_of_a_count,
    _reader_accepts,
    _charge_rejected,
    _put_at_risk,
    what_was_agreed,
    agreed_describes,
    stance_as_purpose,
    needed_word_elsewhere,
    vote_of_one,
    accused_described,
    narrated_breach,
    _accusation_denied,
    _subject_of_other_type,
    _lacks_needed_word,
    _in_nominal_clause,
    _no_truce_subject,
    _truce_nearly,
    met_as_fulfilled,
    hosting_for_years,
    not_its_object,
    _background,
    answer_not_delivered,
    acceptance_of_nothing,
    _non_party_subject,
    threat_not_made,
    warning_of_no_threat,
    proposal_not_tabled,
    talks_halted,
    operation_stopped,
    talks_not_held,
    talks_offered,
    talks_as_frame,
    talks_as_modifier,
    talks_as_topic,
)


def reports_event(tok: Any, trig: Trigger, sent: Any, parsed: bool) -> bool:
    """Whether the trigger ``trig`` at ``tok`` reports a happening (not whether it is actual:
    the mode is read by the caller): a noun trigger must be tagged a noun (or be a gerund
    read as one), a verb trigger a verb (or a noun or adjective in a headline's capitals),
    and no veto in ``_VETOES`` may apply."""
    tag = tok.tag_
    if trig.noun:
        if not tag.startswith("NN") and not (parsed and _gerund_noun(tok)):
            return False
    elif not (
        tag.startswith("VB")
        or (
            tag in ("NN", "NNS", "NNP", "NNPS", "JJ")
            and (tok.i == sent.start + 1 or title_case(sent))
            # "Militia frees ..." misread in a headline; "The release of ..." is a noun
            and not (tok.i > 0 and tok.doc[tok.i - 1].tag_ in ("DT", "PRP$", "POS"))
        )
    ):
        return False
    for veto in _VETOES:  # (a loop, not ``any`` over a generator: called for every trigger)
        if veto(tok, trig, sent, parsed):
            return False
    return True
