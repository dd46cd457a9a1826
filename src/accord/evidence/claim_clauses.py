"""Claim rules read from the clause structure around a sentence's first reading
(:func:`accord.evidence.claims.extract_claims`): positions made conditional by a
subordinate clause ("X could be extended if Y", "unless Y is released"), and demands
misplaced on the party that delivers the issue, moved to whoever asks for it; also aims,
refusals of what a party delivers and accusations (refusals barred by a clause are in
:mod:`accord.evidence.claim_bars`). What a single
cue's own phrase says (a reference back, a readiness denied, a free relative) is in
:mod:`accord.evidence.cue_phrases`.

``owner(offset)`` resolves the holder of the word at a sentence offset; ``emit`` records a
claim (see :class:`accord.evidence.claim_sentence.SentenceClaims`); ``out`` holds the
sentence's claims by (actor, issue, stance).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex
from accord.evidence.agreement_terms import aimed_at, mutual_issues
from accord.evidence.conditions import (
    condition_of,
    conditioned,
    opener,
    persisting_until,
    rated,
    ultimatum,
)
from accord.evidence.cues import halting, value_of
from accord.evidence.holders import ACTORS, GROUP, token_at
from accord.evidence.modes import going_to
from accord.evidence.sources import UNNAMED
from accord.evidence.speech import Attribution
from accord.evidence.types import Claim, Span

Owner = Callable[[int], "str | None"]
Emit = Callable[..., None]
Mention = tuple[str, int, int, "str | None", "str | None"]  # issue, start, end, implied, value

# the mode a stance gives a position when the clause says no more (BRIEF: modes)
STANCE_MODE = {
    "demand": "demanded",
    "condition": "conditional",
    "threat": "conditional",
    "offer": "planned",
    "accept": "actual",
    "reject": "actual",
}


def clause_conditions(
    sent: Any,
    issues: Any,
    local: dict[str, str],
    out: dict[tuple[str, str, str], Claim],
    owner: Owner,
    emit: Emit,
) -> None:
    """A position made conditional by the clause structure: "X could be extended if Y",
    "will not allow X until Y" — the condition's holder is the main clause's."""
    base = sent.start_char
    text = sent.text
    for issue, s, _e, implied, ivalue in issues:
        if implied is not None or local.get(issue) in ("reject", "threat"):
            continue
        rate = rated(token_at(sent, base + s))
        if rate is not None and not any(
            token_at(sent, base + s2).i == rate[0].i for _i, s2, _e, _im, _v in issues
        ):  # (not "will free 30 inmates for every abductee": an exchange's ratio)
            # "the pause will be extended by a day for every ten abductees freed": the
            # extension conditioned on the rate's people, asked for
            holder = owner(rate[0].idx - base)
            if holder is not None:
                stance = "demand" if rate[1] else "condition"
                for other in ("offer", "accept", "demand", "condition"):
                    if other != stance:
                        out.pop((holder, issue, other), None)
                local[issue] = stance
                emit(holder, issue, stance, ivalue, at=s)
            continue
        demanded_by = ultimatum(token_at(sent, base + s))
        if demanded_by is not None:
            # "unless X is released", "if X is not released by Saturday, ...": the
            # main clause's holder demands X
            holder = owner(demanded_by.idx - base)
            if holder is not None:
                emit(holder, issue, "demand", ivalue, at=s)
            continue
        tok = token_at(sent, base + s)
        mark = opener(tok)
        if mark is not None and persisting_until(mark):
            holder = owner(mark.idx - base)  # "will not rest until X is home": X is asked for
            if holder is not None:
                out.pop((holder, issue, "condition"), None)
                local[issue] = "demand"
                emit(holder, issue, "demand", ivalue, at=s)
            continue
        if conditioned(tok):
            holder = owner(s)
            if holder is None:
                continue
            for other in ("offer", "accept", "demand"):
                out.pop((holder, issue, other), None)
            local[issue] = "condition"
            emit(
                holder,
                issue,
                "condition",
                value_of(issue, text[max(0, s - 40) : s + 40], ivalue),
                at=s,
            )
            continue
        commit_verb = condition_of(tok)
        if commit_verb is not None and not any(kk[1] == issue and kk[2] != "demand" for kk in out):
            holder = owner(commit_verb.idx - base)
            if holder is None:
                continue
            if _main_clause_issue(sent, issues, commit_verb, tok) or halting(commit_verb):
                # "X will free A if Y ends B": A is conditioned (read above), B what X asks for;
                # "X delays the handover until Y lets B in": B asked for
                local[issue] = "demand"
                emit(holder, issue, "demand", ivalue, at=s)
                continue
            # "X will resume its efforts when the parties show Y": X sets Y as its
            # condition (and may demand it too)
            local[issue] = "condition"
            emit(holder, issue, "condition", ivalue, at=s)


def _main_clause_issue(sent: Any, issues: Any, main: Any, tok: Any) -> bool:
    """The clause of ``main`` names an issue of its own outside its condition clause (the
    child of ``main`` that holds ``tok``)."""
    base = sent.start_char
    clause = next((c for c in main.children if c.left_edge.i <= tok.i <= c.right_edge.i), None)
    for _issue, s, _e, _implied, _v in issues:
        t = token_at(sent, base + s)
        if not main.left_edge.i <= t.i <= main.right_edge.i:
            continue
        if clause is None or not clause.left_edge.i <= t.i <= clause.right_edge.i:
            return True
    return False


def aims(
    sent: Any,
    issues: Any,
    local: dict[str, str],
    out: dict[tuple[str, str, str], Claim],
    owner: Owner,
    emit: Emit,
) -> None:
    """An issue a party works, strives or seeks to attain ("X is working to secure an accord",
    "X tries to secure the release of Y") is its demand, whatever cue stands nearer."""
    base = sent.start_char
    fighting = _fighting_verbs(sent, issues)
    for issue, s, _e, implied, ivalue in issues:
        if implied is not None or local.get(issue) in ("reject", "condition", "threat"):
            continue
        t = token_at(sent, base + s)
        for _ in range(4):
            seeker = aimed_at(t) or _fought_for(t, fighting)
            if seeker is not None:
                holder = owner(seeker.idx - base)
                if holder is not None:
                    for other in ("offer", "accept"):
                        out.pop((holder, issue, other), None)
                    local[issue] = "demand"
                    emit(holder, issue, "demand", ivalue, at=s)
                break
            if t.head.i == t.i or t.pos_ in ("VERB", "AUX") and t.dep_ not in ("xcomp", "advcl"):
                break
            t = t.head


def _fighting_verbs(sent: Any, issues: Any) -> frozenset[int]:
    """The verbs whose clause says the fighting goes on or comes back: a mention that implies
    refusing or threatening an issue ("will continue the war", "will resume fighting")."""
    base = sent.start_char
    out: set[int] = set()
    for _issue, s, e, implied, _v in issues:
        if implied in ("reject", "threat"):
            # (each verb of its words: "will resume fighting to free them" hangs on "fighting")
            out.update(
                t.head.i if t.dep_ == "aux" else t.i
                for t in sent
                if base + s <= t.idx < base + e and t.pos_ in ("VERB", "AUX")
            )
    return frozenset(out)


def _fought_for(tok: Any, fighting: frozenset[int]) -> Any | None:
    """The verb of fighting on that a purpose clause serves ("will continue the war to bring
    the people held home and disband X", "... in order to free them"), else ``None``: what the
    fighting is for is its holder's aim."""
    if not fighting or tok.pos_ not in ("VERB", "AUX"):
        return None
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "to bring them home and destroy X": each aim
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    head = tok.head
    if tok.dep_ == "acl" and head.lower_ == "order" and head.head.lower_ == "in":
        head = head.head.head  # "in order to"
    elif tok.dep_ not in ("advcl", "xcomp"):
        return None
    return head if head.i in fighting else None


def reassign_demands(
    out: dict[tuple[str, str, str], Claim],
    giver: dict[str, str],
    cue_at: dict[tuple[str, str, str], int],
    cues: Any,
    owner: Owner,
    emit: Emit,
    sent: Any,
    att: Attribution | None,
    span: Span,
) -> None:
    """A side does not demand what only it can give: the cue is another's — the condition
    setter's, or the source's when one reports it ("X said the union must release ...")."""
    mutual = mutual_issues()
    for key in list(out):
        if key[2] == "demand" and giver.get(key[1]) == key[0]:
            setter = _condition_setter(key, cue_at, cues, owner, sent)
            reporters = [p for p in (att.actors or (att.actor,)) if p] if att is not None else []
            if (
                setter is None
                and key[1] in mutual
                and all(p in (key[0], "unattributed") for p in reporters)
            ):
                continue  # an issue both sides give, a truce, may be asked for by either
            claim = out.pop(key)
            if (
                setter is None
                and _self_commitment(key, cue_at, cues, sent)
                and not any(p not in (key[0], "unattributed") for p in reporters)
                and (
                    key[0] in reporters  # "X said it was committed to ..."
                    or _committed_subject(key, cue_at, sent, owner) == key[0]
                )
            ):
                # "X said it was committed to handing over Y": X's pledge to give Y
                out.setdefault(
                    (key[0], key[1], "accept"),
                    replace(claim, stance="accept", mode="planned"),
                )
                continue
            if setter is not None:
                # "X is ready for A provided that Y's commitment to B": X asks for B
                emit(
                    setter[0],
                    key[1],
                    "demand",
                    claim.value,
                    at=cue_at.get(key),
                    speaker=setter[1] or (att.speaker if att else None),
                    att=None,
                )
                continue
            # a joint source ("A, B and C said the union must ..."): each of its parties
            if att is None:
                continue
            for party in att.actors or (att.actor,):
                if not party or party in (key[0], "unattributed"):
                    continue
                out.setdefault(
                    (party, key[1], "demand"),
                    Claim(
                        party,
                        att.speaker,
                        key[1],
                        "demand",
                        claim.value,
                        span,
                        None,
                        "demanded",
                    ),
                )


_COMMITTING = re.compile(r"(committed|commitment|determined|resolved|vow\w*|pledg\w*)\b", re.I)


def _self_commitment(
    key: tuple[str, str, str], cue_at: dict[tuple[str, str, str], int], cues: Any, sent: Any
) -> bool:
    """The cue of a demand is a commitment ("committed to", "vowed to"): said of what the
    holder itself gives, a pledge to give it."""
    at = cue_at.get(key)
    cue = next((c for c in cues if c[1] == at), None)
    return cue is not None and bool(_COMMITTING.match(sent.text[cue[1] : cue[2]]))


def _committed_subject(
    key: tuple[str, str, str], cue_at: dict[tuple[str, str, str], int], sent: Any, owner: Owner
) -> str | None:
    """The holder the named subject of a commitment cue's clause is ("Vale vowed to
    ...": his party)."""
    at = cue_at.get(key)
    if at is None:
        return None
    t = token_at(sent, sent.start_char + at)
    for _ in range(3):
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            # a name only ("Vale vowed to ..."): a common noun's owner is a guess
            named = subject.tag_ in ("NNP", "NNPS")
            return owner(subject.idx - sent.start_char) if named else None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _condition_setter(
    key: tuple[str, str, str],
    cue_at: dict[tuple[str, str, str], int],
    cues: Any,
    owner: Any,
    sent: Any,
) -> tuple[str, str | None] | None:
    """Who sets the condition a misplaced demand stands in: the holder of a condition cue
    before the demand's cue, when it is another party, with the description that names it
    when it is an unnamed official ("a union representative"); else ``None``."""
    at = cue_at.get(key)
    if at is None:
        return None
    for stance, cs, _ce in cues:
        if stance == "condition" and cs < at:
            got = owner(cs)
            if got and got != key[0] and not got.startswith((GROUP, ACTORS)):
                return str(got), _unnamed_subject(token_at(sent, sent.start_char + cs))
    return None


def _unnamed_subject(tok: Any) -> str | None:
    """The subject of ``tok``'s clause when it names a source without naming a person."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.lower_ in UNNAMED:
            words = sorted(
                [c] + [g for g in c.children if g.dep_ in ("det", "compound", "amod")],
                key=lambda t: t.i,
            )
            return " ".join(t.text for t in words)
    return None


_FUTURE = frozenset({"will", "wo", "would", "shall", "can", "ca"})


def refused_deliveries(
    sent: Any,
    issues: tuple[Mention, ...],
    local: dict[str, str],
    owner: Owner,
    emit: Emit,
    giver: dict[str, str],
) -> None:
    """ "X will not release Y", "X would not withdraw": the party that delivers an issue saying it
    will not deliver it rejects it (a condition after it, "until ...", is read by the cues)."""
    base = sent.start_char
    for issue, s, e, implied, _v in issues:
        if implied or issue in local:
            continue
        # the mention's verb (a mention may open on a conjunction: "or withdraw")
        verb = next(
            (t for t in sent if base + s <= t.idx < base + e and t.pos_ == "VERB"),
            token_at(sent, base + s),
        )
        if verb.pos_ != "VERB" and verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
            verb = verb.head  # the issue is the verb's object ("allow aid in")
        none = _none_subject(sent, base + s, base + e)
        if none is not None:
            verb = none  # "no aid will enter": the issue denied as the verb's subject
        elif verb.pos_ != "VERB":
            continue
        else:
            verb = _refusing_verb(verb)  # "will not A or B", "would neither A nor B": B too
        if verb is None:
            continue
        if not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children) and not (
            going_to(verb)  # "is not going to withdraw"
        ):
            continue
        if conditioned(verb) or verb.dep_ in ("advcl", "relcl", "acl", "csubj", "pcomp"):
            continue  # "if X would not release ...": no position taken
        holder = owner(s)
        if holder is not None and giver.get(issue) == holder:
            # "will not stop the war before X": a refusal until something happens is a
            # condition (the README of the news gold: conditional refusals)
            stance = "condition" if _temporal_bar(verb) else "reject"
            local[issue] = stance
            emit(holder, issue, stance, None, at=s)


def _none_subject(sent: Any, start: int, end: int) -> Any | None:
    """The verb whose subject, inside the span, is denied by "no" ("no aid is going to enter",
    "no inmates will be freed")."""
    for t in sent:
        if (
            start <= t.idx < end
            and t.dep_ in ("nsubj", "nsubjpass")
            and t.head.pos_ == "VERB"
            and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
        ):
            return t.head
    return None


def _negates(verb: Any) -> bool:
    return any(
        c.dep_ == "neg" or (c.dep_ == "preconj" and c.lower_ == "neither") for c in verb.children
    )


def _refusing_verb(verb: Any) -> Any | None:
    """The verb whose negation covers ``verb``: itself when negated ("will not release"), or the
    first of a disjunction it is coordinated in ("will not release A or return B", "would
    neither end A nor withdraw"); ``None`` when no negation covers it."""
    if _negates(verb) or (going_to(verb) and _negates(verb.head)):
        return verb  # (or "is not going to release")
    head, steps = verb, 0
    while head.dep_ == "conj" and head.head.pos_ == "VERB" and steps < 4:
        head, steps = head.head, steps + 1
    if head is verb or not _negates(head):
        return None
    # the list's conjunction ("A, B or C"), wherever the parser hung it
    chain = [head] + [t for t in head.subtree if t.dep_ == "conj" and t.pos_ == "VERB"]
    if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for v in chain for c in v.children):
        return head
    return None


def _temporal_bar(verb: Any) -> bool:
    """A clause "before ..." / "without ..." hangs on the verb."""
    return any(
        c.dep_ in ("advcl", "prep")
        and any(m.lower_ in ("before", "without") for m in (c, *c.children) if m.i <= c.i)
        for c in verb.children
    )


_ACCUSING = vocab.stance_forms("accuse")
_OBSTRUCTING = vocab.stance_forms("obstruct")


def accused_positions(
    sent: Any,
    issues: tuple[Mention, ...],
    local: dict[str, str],
    out: dict[tuple[str, str, str], Claim],
    owner: Owner,
    emit: Emit,
    index: ActorIndex,
) -> None:
    """ "A accused B of blocking X", "blamed B for stalling X", "..., accusing B of holding up
    X": A asks for X (the accuser's own position; B's is only A's word for it). A stance the
    sentence gave the accused on X is dropped."""
    base = sent.start_char
    for verb in sent:
        if verb.lower_ not in _ACCUSING or verb.pos_ != "VERB":
            continue
        accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if accused is None:
            continue
        named = index.actors_in(accused.idx, accused.idx + len(accused.text))
        party = named[0].actor if len(named) == 1 else None
        accuser = owner(verb.idx - base)
        if accuser is None or accuser == party:
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
                continue
            act = next((c for c in prep.children if c.dep_ == "pcomp" and _obstructs(c)), None)
            if act is None:
                continue
            for issue, s, e, implied, ivalue in issues:
                if implied is not None:
                    continue
                tok = token_at(sent, base + e - 1)  # the mention's last word, past the act's verb
                if not act.left_edge.i <= tok.i <= act.right_edge.i or tok.i == act.i:
                    continue
                for key in [k for k in out if k[:2] == (party, issue)]:
                    out.pop(key)  # what the sentence gave the accused on it
                local[issue] = "demand"
                emit(accuser, issue, "demand", ivalue, at=s)


def _obstructs(verb: Any) -> bool:
    """A verb (with its particle: "holding up") of the ``obstruct`` class."""
    words = {verb.lower_} | {f"{verb.lower_} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    return not words.isdisjoint(_OBSTRUCTING)
