"""Threats and conditional refusals read from the clause structure.

A negative condition on a stated consequence is a threat by the party that states the
consequence. The condition is an adverbial clause (``advcl``) marked "unless", or marked "if"
and negated ("if X does not ...", "if no deal is reached", "if X fails / refuses to ..."), or
the subject of the consequence is a noun of not doing ("failure to X would ..."). The
consequence is the clause the condition hangs on: a modal (will, would, could ...), an
imperative, or a verb of threatening ("warned of measures if ..."); a counterfactual ("would
have ...") is none. An alternative to a demanded act ("X must free Y or face ...") is a
threat too, the act its condition.

- A consequence that withholds something (negated, or a verb of refusing or halting: "would
  suspend its mediation if ...") is a conditional refusal: a condition claim on what it
  withholds (the claim rules read that) and a threat event.
- Otherwise it is a threat: a ``threat`` claim (mode conditional) on each issue of the condition
  clause, i.e. what the threatening party wants done, and a ``threat`` event whose actors are
  the threatening party, then the addressed party. The demand the ultimatum also makes is kept
  (:func:`accord.evidence.claim_clauses.clause_conditions`); a ``condition`` claim the cue words
  gave the same party on that issue is not one.
- A consequence that gives what its holder delivers ("X will release Y unless ...") is a
  conditional offer, left to the condition rules.

The holder is the subject of the consequence when it names a party, else the subject of the
reporting verb above it ("K said the army would strike if ..."), else the sentence's source;
never the party the condition addresses. A consequence no party states ("the talks will
collapse if ...") is a forecast, no threat.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex
from accord.evidence.columns import remembered
from accord.evidence.conditions import negative_condition
from accord.evidence.cues import HALTING, REFUSING, issue_mentions
from accord.evidence.event_clauses import REFUSING as REFUSING_EVENTS
from accord.evidence.gazetteer import DESCRIPTIONS, INSTITUTIONS
from accord.evidence.holders import ACTORS, UNATTRIBUTED, core, holder_of, token_at
from accord.evidence.lexicon import DEFAULT_DELIVERED_BY
from accord.evidence.speech import Attribution
from accord.evidence.threat_forms import alternative, past_aside
from accord.evidence.titles import ROLES, title_holder, title_words
from accord.evidence.types import Claim

Owner = Callable[[int], "str | None"]
Emit = Callable[..., None]

_V = vocab.verbs()
FAILING = vocab.stance_forms("fail")
SUFFERING = vocab.stance_forms("suffer")
OMISSIONS = frozenset(f for n in _V.omission_nouns for f in vocab.noun_forms(n))
THREATENING = frozenset(
    f
    for lemma in (_V.events["threat"].verbs if "threat" in _V.events else [])
    for f in vocab.verb_forms(lemma)
)
_WITHHOLDING = REFUSING | HALTING | frozenset(REFUSING_EVENTS)
_MODALS = frozenset({"will", "would", "shall", "'ll", "’ll", "wo", "could", "might", "may"})
_SENTENCE_NEGATIONS = frozenset({"not", "t", "never", "no", "cannot"})
_DEAL_NOUNS = frozenset(f for n in _V.deal_nouns + _V.package_nouns for f in vocab.noun_forms(n))
PACKAGE_ISSUE = vocab.lexicon().package_issue


# words a relative clause's subject stands for, naming a thing ("a row that threatened ...")
_RELATIVES = frozenset({"that", "which"})
_PARTY_NOUNS = re.compile(
    "|".join(f"(?:{p})" for p in (*INSTITUTIONS, *(d for v in DESCRIPTIONS.values() for d in v))),
    re.I,
)


def thing_threatens(verb: Any) -> bool:
    """A verb of threatening in a relative clause on a common noun that names no party ("a
    dispute that had threatened to unravel the truce", "delays which threaten the deal"):
    something puts the deal at risk; no party threatens."""
    if verb.lower_ not in THREATENING or verb.dep_ != "relcl":
        return False
    head = verb.head
    return (
        any(c.dep_ == "nsubj" and c.lower_ in _RELATIVES for c in verb.children)
        and head.pos_ == "NOUN"
        and not head.ent_type_
        and not any(c.pos_ == "PROPN" or c.ent_type_ for c in head.children)
        and _PARTY_NOUNS.fullmatch(head.lower_) is None
        and _PARTY_NOUNS.fullmatch("the " + head.lower_) is None
    )


def may_threaten(words: frozenset[str], alternatives: bool = True) -> bool:
    """Whether a sentence's words (lower case) allow a threat construction: a cheap test
    before the parse is read. ``alternatives``: count "or" ("do X or face Y")."""
    if "unless" in words or not words.isdisjoint(OMISSIONS) or (alternatives and "or" in words):
        return True
    return "if" in words and not words.isdisjoint(_SENTENCE_NEGATIONS | FAILING | REFUSING)


@dataclass(frozen=True)
class Threat:
    """One construction: the consequence's verb, the condition's head (its verb, or the
    omission noun), and whether the consequence withholds something."""

    main: Any
    condition: Any
    refusal: bool
    span: tuple[int, int] | None = None  # the condition's offsets, when not its whole subtree
    alternative: bool = False  # "do X or face Y": Y is the alternative to a demanded X

    def condition_span(self) -> tuple[int, int]:
        """Character offsets (in the document) of the condition clause."""
        if self.span is not None:
            return self.span
        left, right = self.condition.left_edge, self.condition.right_edge
        return int(left.idx), int(right.idx + len(right.text))

    def source(self) -> Any | None:
        """The verb whose holder states the threat: the consequence's; for an alternative
        the verb that asks for the act ("told X to free Y or face ..."), or none (the source
        of the sentence: "X must free Y or face ..., K said" is K's)."""
        if not self.alternative:
            return self.main
        c = self.condition
        return c.head if c.dep_ in ("ccomp", "xcomp", "advcl") and c.head.i != c.i else None


def _gives(threat: Threat, party: str, issues: Any, giver: dict[str, str], base: int) -> bool:
    """The consequence gives what its holder delivers ("X will release Y unless ...", "X will
    extend the truce unless ..."): an issue the party delivers in the consequence's clause,
    outside its subject and the condition — a conditional offer, no threat."""
    lo, hi = threat.condition_span()
    main = threat.main
    spans = [(main.idx, main.idx + len(main.text))] + [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
        for c in main.children
        if c.dep_ not in ("nsubj", "nsubjpass", "advcl", "ccomp", "mark", "punct")
        and not lo <= c.idx < hi
    ]
    return any(
        m[3] is None
        and giver.get(m[0]) == party
        and any(a <= base + m[1] < b for a, b in spans)
        and not lo <= base + m[1] < hi
        for m in issues
    )


def _names_deal(condition: Any) -> bool:
    """The condition clause names a deal or a package ("if no agreement is reached", "if X
    rejects the proposal")."""
    return any(t.lower_ in _DEAL_NOUNS for t in condition.subtree)


def _withholds(verb: Any) -> bool:
    """The consequence refuses or halts: negated, a refusing verb, "no" on its object, or a
    verb under a refusing or negated one ("threatening not to send")."""
    for v in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        if v.lower_ in _WITHHOLDING or any(c.dep_ == "neg" for c in v.children):
            return True
    return any(
        c.dep_ in ("dobj", "attr", "nsubj")
        and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        for c in verb.children
    )


def _consequence(verb: Any) -> bool:
    """The clause states what will happen: a modal (not a counterfactual "would have done"),
    an imperative, or a verb of threatening."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    heads = (verb, verb.head) if verb.dep_ == "xcomp" else (verb,)
    for v in heads:
        aux = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
        if aux & _MODALS:
            return not ("have" in aux and v.tag_ == "VBN")
        if v.lower_ in THREATENING:
            return True
    return (
        verb.tag_ == "VB"
        and verb.dep_ in ("ROOT", "ccomp")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


_THREATS_KEY = "accord_threats"


def threats_in(sent: Any) -> list[Threat]:
    """The threat constructions of a parsed sentence, in order.

    Read once per sentence and kept in its doc's user data by token range: the claim and
    event rules ask for the same sentence's constructions up to five times (a walk of every
    token and its children each time).
    """
    key = (sent.start, sent.end)
    return list(remembered(sent.doc, _THREATS_KEY, key, lambda: tuple(_threats_in(sent))))


def _threats_in(sent: Any) -> list[Threat]:
    out: list[Threat] = []
    for tok in sent:
        alt = alternative(tok)
        if alt is not None:
            span = (int(tok.left_edge.idx), int(alt[0].idx))
            refusal = alt[1].pos_ in ("VERB", "AUX") and _withholds(alt[1])
            out.append(Threat(alt[1], tok, refusal, span, alternative=True))
            continue
        if tok.dep_ == "advcl" and tok.pos_ in ("VERB", "AUX") and tok.head.i != tok.i:
            marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
            if not ("unless" in marks or ("if" in marks and negative_condition(tok))):
                continue
            main, cond = past_aside(tok.head), tok
        elif (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.lower_ in OMISSIONS
            and tok.pos_ == "NOUN"
            and any(c.dep_ in ("acl", "relcl") for c in tok.children)
        ):
            main, cond = tok.head, tok
        else:
            continue
        if _consequence(main):
            out.append(Threat(main, cond, _withholds(main)))
    return out


def _addressees(threat: Any, index: ActorIndex) -> list[str]:
    """The parties the threat addresses: those named in the condition clause, and the object
    of the verb that states it ("warned X that ...")."""
    lo, hi = threat.condition_span()
    told = _told(threat.source() or threat.main, index)
    return list(dict.fromkeys([m.actor for m in index.actors_in(lo, hi)] + told))


def _told(verb: Any, index: ActorIndex) -> list[str]:
    """The parties named as the object of ``verb`` or of the verbs that report it ("warned X
    that ...", "told X it would ...")."""
    found: list[str] = []
    t = verb
    for _ in range(3):
        for c in t.children:
            if c.dep_ in ("dobj", "dative"):
                found += [
                    m.actor for w in core(c) for m in index.actors_in(w.idx, w.idx + len(w.text))
                ]
        if t.dep_ not in ("ccomp", "xcomp") or t.head.i == t.i:
            break
        t = t.head
    return found


def holder(threat: Threat, index: ActorIndex) -> str | None:
    """The party that states the consequence: its subject when that names a party, else the
    subject of a reporting verb above it."""
    verbs = _clauses_up(threat)
    if any(t.lower_ in _KNOWING for t in verbs):
        return None  # "X must know: if ..., Y will ...": X is told, the source warns
    for t in verbs:
        # (the subject of a consequence it undergoes is its target: "X will pay if ...")
        got = None if _undergone(t) else holder_of(t, index) or _titled_subject(t, index)
        if got:
            return got
    return None


# verbs whose subject is told what the threat is ("X must know that ...", "should understand")
_KNOWING = frozenset(f for w in ("know", "understand", "realize") for f in vocab.verb_forms(w))


def _clauses_up(threat: Threat) -> list[Any]:
    """The consequence's verb and up to two verbs whose clause it is ("made it clear that")."""
    t: Any = threat.source()
    out: list[Any] = []
    for _ in range(3 if t is not None else 0):
        out.append(t)
        if t.dep_ not in ("ccomp", "xcomp", "conj", "csubj", "oprd") or t.head.i == t.i:
            break
        t = t.head
    return out


def _stating(threat: Threat, index: ActorIndex) -> str | None:
    """The party stating a threat for the events; one told to a party ("X must know") has one."""
    got = _party(threat, index)
    if got is None and any(t.lower_ in _KNOWING for t in _clauses_up(threat)):
        return UNATTRIBUTED
    return got


def _undergone(verb: Any) -> bool:
    """A consequence its subject undergoes: "X will pay", "X will face ...", "X will have
    hell (a heavy price) to pay"."""
    return verb.lower_ in SUFFERING or (
        verb.lower_ in ("have", "has", "had")
        and any(
            c.dep_ == "dobj" and any(g.lower_ in SUFFERING for g in c.children)
            for c in verb.children
        )
    )


def _titled_subject(verb: Any, index: ActorIndex) -> str | None:
    """The party of a subject that is a title ("the president warned ..."): the person it
    names (:func:`accord.evidence.titles.title_holder`)."""
    for c in verb.children:
        if c.dep_ == "nsubj" and c.lower_ in ROLES:
            party, words = title_words(core(c), index)
            person = title_holder(index, party, words, c.idx)
            return person.actor if person is not None else None
    return None


def _party(threat: Threat, index: ActorIndex, att: Attribution | None = None) -> str | None:
    """The holder, else the party of the sentence's source ("..., the minister said"), unless
    that is a party the threat addresses; ``None`` when no party states the consequence ("the
    talks will collapse if ...": a forecast)."""
    got = holder(threat, index)
    if got is None and att is not None:
        got = ACTORS + ",".join(att.actors) if att.actors else att.actor
    if got is None or got in _addressees(threat, index):
        return None
    return got


def clause_threats(
    sent: Any,
    issues: Any,
    local: dict[str, str],
    out: dict[tuple[str, str, str], Claim],
    emit: Emit,
    index: ActorIndex,
    giver: dict[str, str],
    att: Attribution | None,
) -> None:
    """Threat claims of a sentence's threat constructions (see the module's text)."""
    base = sent.start_char
    for threat in threats_in(sent):
        party = _party(threat, index, att)
        if party is None:
            continue
        lo, hi = threat.condition_span()
        if threat.refusal:
            # a conditional refusal: the condition rules read what it withholds; one that names
            # no issue, on a deal ("would stall its efforts if no agreement is reached"), sets
            # the deal as its condition
            if (
                not issues
                and PACKAGE_ISSUE
                and not any(k[0] == party for k in out)
                and _names_deal(threat.condition)
            ):
                emit(party, PACKAGE_ISSUE, "condition", None, at=threat.condition.idx - base)
            continue
        inside = [m for m in issues if m[3] is None and lo <= base + m[1] < hi]
        if not inside and PACKAGE_ISSUE and _names_deal(threat.condition):
            # "X will resume fighting if no agreement is reached": X wants the deal
            s = threat.condition.idx - base
            inside = [(PACKAGE_ISSUE, s, s, None, None)]
        if _gives(threat, party, issues, giver, base):
            continue  # "X will release Y unless ...": a conditional offer
        asked = [m.actor for m in index.actors_in(lo, hi)]
        for issue, s, _e, _implied, ivalue in inside:
            for other in ("condition", "offer", "accept", "reject"):
                out.pop((party, issue, other), None)
            for other in ("offer", "accept"):  # what the addressee is asked to do, not done
                for who in asked:
                    out.pop((who, issue, other), None)
            local[issue] = "threat"
            emit(party, issue, "threat", ivalue, mode="conditional", at=s)


def warner(sent: Any, at: int, owner: Owner, index: ActorIndex) -> str | None:
    """The holder of a threat cue at sentence offset ``at``, not the party it addresses: in
    "the president warned X that ..." X is warned, not warning."""
    got = owner(at)
    tok = token_at(sent, sent.start_char + at)
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    warned = _told(verb, index)
    for threat in threats_in(sent):
        if any(t.i == tok.i for t in threat.main.subtree):
            warned += _addressees(threat, index)  # "X must free Y or face the consequences"
    return None if got is not None and got in warned else got


def _stated(sent: Any, index: ActorIndex) -> Iterator[Threat]:
    """A sentence's threats and conditional refusals that a party states (not a forecast, "the
    talks will collapse if ...", nor a conditional offer, "X will free Y unless ...")."""
    for threat in threats_in(sent):
        party = _stating(threat, index)
        if party is not None and (
            threat.refusal
            or not _gives(
                threat, party, issue_mentions(sent.text), DEFAULT_DELIVERED_BY, sent.start_char
            )
        ):
            yield threat


def threat_at(sent: Any, index: ActorIndex) -> int | None:
    """The document offset of a sentence's first stated threat; ``None`` without one, or when a
    verb of threatening reports it ("warning that ..."): the event rules read that verb."""
    for threat in _stated(sent, index):
        return None if _under_threatening(threat.main) else int(threat.main.idx)
    return None


def threats_at(sent: Any, index: ActorIndex) -> list[int]:
    """The offsets of a sentence's stated threats that no verb of threatening reports ("X said
    that if ..., Y will ..., and K warned that ..." has one of each kind)."""
    return [int(t.main.idx) for t in _stated(sent, index) if not _under_threatening(t.main)]


def _under_threatening(main: Any) -> bool:
    """Whether a verb of threatening governs the consequence ("warned that X would ...")."""
    t = main
    while t.dep_ in ("ccomp", "xcomp") and t.head.i != t.i:
        t = t.head
        if t.lower_ in THREATENING:
            return True
    return False


def threat_parties(sent: Any, index: ActorIndex, actors: list[str]) -> list[str]:
    """The actors of a threat event: the threatening party, then the addressed ones, when the
    sentence's construction or its verb of threatening says who they are; else ``actors``."""
    found = threats_in(sent)
    if found:
        party = holder(found[0], index)
        named = _addressees(found[0], index)
    else:
        verb = next((t for t in sent if t.lower_ in THREATENING and t.pos_ == "VERB"), None)
        if verb is None:
            return actors
        party = holder_of(verb, index) or _titled_subject(verb, index)
        named = _told(verb, index)
    if party is None or party.startswith(("group:", "actors:")) or party == "unattributed":
        return actors
    # no addressee named as such: the other parties the sentence names
    return list(dict.fromkeys([party, *(named or actors)]))


def warned_to(sent: Any, base: int, threats: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """The acts a warning tells its addressee to do ("warned B to free X or face ..."): an
    ultimatum, so what it names is asked for as well as threatened over (offsets in ``text``)."""
    out = []
    for _stance, cs, _ce in threats:
        verb = token_at(sent, base + cs)
        if verb is None or verb.pos_ != "VERB":
            continue
        if not any(c.dep_ in ("dobj", "dative") for c in verb.children):
            continue  # "threatened to bring the government down if ...": its own act, no ask
        for act in verb.children:
            if act.dep_ == "xcomp" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in act.children
            ):
                out.append(
                    (
                        act.left_edge.idx - base,
                        act.right_edge.idx + len(act.right_edge) - base,
                    )
                )
    return out
