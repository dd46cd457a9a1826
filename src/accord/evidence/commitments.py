"""Commitments: a party that says it will deliver an issue accepts it ("X said it will free
three of the people it holds on Saturday"), with no deal named before.

A deal's terms are read by :mod:`accord.evidence.agreements` once a deal or a package is named;
a party's own statement of its future delivery needs no frame: the sentence reports the
party's words, the verb of the issue has a future auxiliary of its own ("will", "would",
"shall"), its doer (the subject, the agent of a passive, the party a pronoun stands for, or,
for a passive with no agent, the party whose words the sentence reports) is the party that
delivers the issue, and the clause is neither
negated nor conditional, hypothetical or asked for (those are other stances: "would release
them if ..." is a condition, "is ready to release" an offer, "must release" a demand). "Would"
counts only inside a report ("X said it would free ..."); elsewhere, or with "in return", it
describes a proposal's terms (an offer). A headline's "X to free N" is X's future too.

>>> sorted(FUTURE)
["'ll", 'shall', 'will', 'would', '’ll']
"""

from __future__ import annotations

from typing import Any

from accord.evidence.actors import ActorIndex
from accord.evidence.agreement_terms import FUTURE, token_index
from accord.evidence.lexicon import SOFT_OFFER
from accord.evidence.mode_words import FUTURE_FRAMES
from accord.evidence.modes import has_marks, headline_sentence, read
from accord.evidence.parties import agent_of, parties_of, pronoun_party, subject_of
from accord.evidence.speech import Attribution

# clauses that describe a noun or a circumstance, not a party's statement
_DESCRIBING = frozenset({"acl", "relcl", "csubj", "advcl", "pcomp", "amod"})
Claim = tuple[str, str, str, str | None, str, int]  # actor, issue, stance, speaker, mode, offset


def _own_report(att: Attribution | None, party: str) -> bool:
    """The sentence reports the party's own words ("X said it would ..."): a narrator's "X
    will withdraw" after "a deal is still far off" is no commitment of X's."""
    return att is not None and (att.actor == party or party in (att.actors or ()))


def _lead(verb: Any) -> Any:
    """The first verb of a coordination sharing its subject and auxiliary ("will free A, return
    B and hand over C": "free"), else the verb itself."""
    for _ in range(4):
        if (
            verb.dep_ != "conj"
            or verb.head.pos_ not in ("VERB", "AUX")
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        ):
            break
        verb = verb.head
    return verb


def commitments(
    sent: Any,
    issues: list[tuple[str, int, int]],
    done: set[int],
    index: ActorIndex,
    att: Attribution | None,
    giver: dict[str, str],
    delivering: list[str],
) -> list[Claim]:
    """``accept`` claims (planned) of the parties that say they will deliver an issue."""
    out: list[Claim] = []
    base = sent.start_char
    speaker = att.speaker if att else None
    for issue, s, e in issues:
        deliverer = giver.get(issue)
        if s in done or deliverer is None:
            continue
        verb = next(
            (t for t in sent if base + s <= t.idx < base + e and t.pos_ == "VERB"),
            None,
        )
        if verb is None:  # the issue is the verb's object ("free 90 of its workers")
            verb = sent.doc[token_index(sent, base + s)]
            for _ in range(3):
                if verb.pos_ == "VERB" or verb.head.i == verb.i:
                    break
                verb = verb.head
            verb = verb if verb.pos_ == "VERB" else None
        if verb is None:
            continue
        verb = _lead(verb)  # "would release A and return B": "return" under "would release"
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        # "X is set to free", "X plans to free": a future in other words ("X set to free N"
        # in a headline)
        framed = aux == {"to"} and verb.dep_ == "xcomp" and verb.head.lower_ in FUTURE_FRAMES
        headline = (
            aux == {"to"}
            and (verb.dep_ == "ROOT" or framed and verb.head.dep_ == "ROOT")
            and headline_sentence(verb)
        )
        aux &= FUTURE
        if framed:
            aux.add("will")
        if not (aux or headline) or verb.dep_ in _DESCRIBING:
            continue  # no future of its own; "the chance that X will be freed"
        if aux == {"would"} and (att is None or SOFT_OFFER.search(sent.text)):
            continue  # "would" outside a report, or "in return, X would ...": a proposal's terms
        reading = read(verb, sent.start, has_marks(sent))
        if framed and any(c.dep_ == "neg" for c in verb.head.children):
            continue  # "X is not set to free ...": no commitment
        if reading.negated or reading.mode not in ("planned", "actual" if headline else "planned"):
            continue
        subj, passive = subject_of(verb)
        who = agent_of(verb) if passive else subj
        if who is None and framed:  # "X is set to free": the frame's subject
            who = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if who is None and passive and _own_report(att, deliverer):
            # "X said the last 20 would be freed": no agent, and the party that delivers
            # the issue says so itself
            out.append((deliverer, issue, "accept", speaker, "planned", s))
            continue
        if who is None:
            continue
        parties = parties_of(who, index, delivering) or pronoun_party(who, index, att)
        if deliverer in parties and (headline or _own_report(att, deliverer)):
            out.append((deliverer, issue, "accept", speaker, "planned", s))
    return out
