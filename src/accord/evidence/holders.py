"""Who holds a position: the owner of a stance cue in the dependency parse.

The holder is the subject of the cue's verb, the possessor, compound or adjective of a cue
noun ("Ruritanian requests", "a demand by X and Y"), or, for a condition, the subject of the
clause it conditions. Pronouns resolve to the organisation or person named before; "X told Y
it will ..." and "X met Y, saying it ..." to X. Several holders come back as ``actors:a,b``; a
group noun the vocabulary lists ("mediators") as ``group:name``. The clause readings the claim
rules share (conditions on a clause, ultimatums) are in :mod:`accord.evidence.conditions`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex
from accord.evidence.columns import columns, index_at
from accord.evidence.companions import companions
from accord.evidence.conditions import conditioned_clause, judged_package
from accord.evidence.pronouns import (
    clause_subject_person,
    last_subject_organisation,
    pronoun_person,
    reporter_of,
)

_FIRST_PERSON = {"we", "our", "us", "i", "my"}
_IT = {"it", "its", "they", "their", "them"}
GROUP = "group:"
ACTORS = "actors:"  # several actors holding one position: "actors:ruritania,borduria"
# how an actor is named as a speaker: the first of its names (actors.yaml)
ACTOR_NAME = {k: e.names[0] for k, e in vocab.actors().actors.items() if e.names}
GROUPS: dict[str, list[str]] = {k.lower(): list(v) for k, v in vocab.actors().groups.items()}


@lru_cache(maxsize=1)
def adjectives() -> dict[str, str]:
    from accord.evidence.gazetteer import ADJECTIVES

    return {
        adj: actor
        for actor, adjs in ADJECTIVES.items()
        for adj in adjs
        if adj[:1].isupper() and not adj.endswith(("s", "’s", "'s"))
    }


def token_at(sent: Any, char: int) -> Any:
    """The token of ``sent`` at ``char`` or just before it (its root when none is).

    Found by bisection on the doc's token offsets when ``sent`` is a slice of a doc: of the
    two tokens that can hold ``char`` (the last starting at or before it, and the one before
    that, ending right at it), the earlier wins, as in a scan from the left, save where a word
    starts at ``char`` right after the other ('"until'): then it is that word."""
    doc = getattr(sent, "doc", None)
    if doc is None:
        for tok in sent:
            if tok.idx <= char < tok.idx + len(tok.text) + 1:
                return tok
        return sent.root
    cols = columns(doc)
    s, e = sent.start, sent.end
    k = index_at(cols, s, e, char)
    if k > s and cols.idx[k] == char and cols.end[k - 1] == char:  # '"until', "(the"
        toks = getattr(sent, "tokens", None)
        return toks[k - s] if toks is not None else sent[k - s]
    for i in (k - 1, k):
        if i >= s and char < cols.end[i] + 1:
            toks = getattr(sent, "tokens", None)
            return toks[i - s] if toks is not None else sent[i - s]
    return sent.root


_CORE = {
    "compound",
    "poss",
    "amod",
    "det",
    "appos",
    "flat",
    "nmod",
    "punct",
    "cc",
    "conj",
    "nummod",
}


def core(tok: Any) -> list[Any]:
    """The noun phrase of ``tok`` without its prepositional and clausal modifiers."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in _CORE:
            out += core(child)
    return out


def actor_in(tokens: list[Any], index: ActorIndex, before: int) -> str | None:
    if not tokens:
        return None
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    # only names inside the phrase's own words: a span from first to last token would also
    # take in a clause the punctuation brackets ("Ruritania, backed by its northern ally,")
    starts = {t.idx for t in tokens}

    def own(s: int) -> bool:
        return any(t.idx <= s < t.idx + len(t.text) for t in tokens) or s in starts

    people = [p for p in index.people_in(start, end) if own(p[0])]
    if people and people[0][2].actor:
        return people[0][2].actor
    found = [m for m in index.actors_in(start, end) if own(m.evidence.start)]
    if found:
        return found[0].actor
    several = the_several(tokens, index, before)
    if several:
        return several
    low = tokens[0].lower_ if len(tokens) == 1 else ""
    if low in _IT:
        spoken_of = _said_of(tokens[0], index) or reporter_of(tokens[0], index, _SAYING)
        if spoken_of is not None:
            return spoken_of  # "“They rejected it,” X said of the Ruritanians": the Ruritanians
        prior = [m for m in index.mentions if m.evidence.end <= before and m.kind != "person"]
        try:
            opening = tokens[0].sent.start_char if low == "it" else before
        except ValueError:  # no sentence boundaries set
            opening = before
        if not any(m.evidence.start >= opening for m in prior):
            # "it" naming no party of its sentence: the organisation last named as a subject
            # ("X's ministry said ... It also called for ..."), else the last named
            subject = last_subject_organisation(index, tokens[0])
            if subject is not None:
                return _joint_of(subject, tokens[0], index) if low != "it" else subject
        if not prior:
            return None
        return (
            _joint_of(prior[-1].actor, tokens[0], index)
            if low not in ("it", "its")
            else prior[-1].actor
        )
    if low in ("his", "her") and (bound := clause_subject_person(tokens[0], index)):
        return bound  # "X said that Y had reaffirmed his commitment": Y's
    if low in ("he", "she", "his", "her"):
        person = pronoun_person(index, tokens[0])  # "A met B. He rejected ...": A
        return person.actor if person else None
    return None


def members(holder: str) -> list[str]:
    """The actors of a holder: each member of a joint one ("actors:a,b"), else itself."""
    return holder[len(ACTORS) :].split(",") if holder.startswith(ACTORS) else [holder]


def _joint_of(actor: str, pronoun: Any, index: ActorIndex) -> str:
    """What "they" names when its antecedent, the last mention of ``actor`` before it, is one
    member of a coordination ("A and B met on Monday. They said ..."): every member's party."""
    last = [m for m in index.mentions if m.actor == actor and m.evidence.end <= pronoun.idx]
    if not last:
        return actor
    span = pronoun.doc.char_span(
        last[-1].evidence.start, last[-1].evidence.end, alignment_mode="expand"
    )
    if span is None:
        return actor
    t = span.root
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    return _coordinated(t, index) or actor


_SEVERAL = {"two": 2, "three": 3, "four": 4}
_SAYING = frozenset(f for lemma in vocab.verbs().reporting.verbs for f in vocab.verb_forms(lemma))


def _said_of(pronoun: Any, index: ActorIndex) -> str | None:
    """The party a report of the pronoun's sentence says it is about ("“They rejected it,” X said
    of Ruritania", "X said of Borduria that it ..."): who "they" or "it" names."""
    try:
        sent = pronoun.sent
    except ValueError:  # no sentence boundaries set
        return None
    for verb in sent:
        if verb.i == pronoun.i or verb.lower_ not in _SAYING or verb.pos_ != "VERB":
            continue
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "about") and prep.i > verb.i:
                obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    words = list(obj.subtree)
                    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
                    named = index.actors_in(start, end)
                    if named:
                        return named[0].actor
    return None


def the_several(tokens: list[Any], index: ActorIndex, before: int) -> str | None:
    """ "The three said ...": the last three parties named before, each of them."""
    heads = [t for t in tokens if t.lower_ in _SEVERAL and t.pos_ == "NUM"]
    if len(heads) != 1 or not any(t.lower_ == "the" for t in tokens) or len(tokens) != 2:
        return None
    want = _SEVERAL[heads[0].lower_]
    found: list[str] = []
    for m in reversed([m for m in index.mentions if m.evidence.end <= before]):
        if m.actor.startswith((GROUP, ACTORS)) or m.actor in found:
            continue
        found.append(m.actor)
        if len(found) == want:
            return ACTORS + ",".join(reversed(found))
    return None


def _coordinated(subject: Any, index: ActorIndex) -> str | None:
    """The actors of a coordinated subject, when its members name more than one."""
    members = [subject] + [c for c in subject.children if c.dep_ == "conj"]
    for c in list(members[1:]):
        members += [g for g in c.children if g.dep_ == "conj"]
    members += companions(subject)  # "A, together with B and C, signed ..."
    if len(members) < 2:
        return None
    found: list[str] = []
    for m in members:
        own = [m] + [c for c in m.children if c.dep_ in _CORE and c.dep_ not in ("conj", "cc")]
        got = actor_in(own, index, m.idx)
        if got and not got.startswith((GROUP, ACTORS)) and got not in found:
            found.append(got)
    return ACTORS + ",".join(found) if len(found) > 1 else None


def _of_several(subject: Any, index: ActorIndex) -> str | None:
    """The actors a subject noun belongs to when it names several ("the leaders of A, B and
    C", "envoys from A and B"): each of them holds the position."""
    if subject.pos_ != "NOUN":
        return None
    adjs = adjectives()
    for a in subject.children:
        if a.dep_ == "amod" and a.text in adjs:
            # "Ruritanian and Bordurian mediators": each party an adjective of the list names
            found = [
                adjs[m.text] for m in a.subtree if m.text in adjs and m.dep_ in ("amod", "conj")
            ]
            if len(set(found)) > 1:
                return ACTORS + ",".join(dict.fromkeys(found))
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
            continue
        for g in prep.children:
            if g.dep_ != "pobj":
                continue
            members = [g] + [c for c in g.subtree if c.dep_ == "conj"]
            found = [a for m in members for a in [actor_in(core(m), index, m.idx)] if a]
            found = [a for a in dict.fromkeys(found) if not a.startswith((GROUP, ACTORS))]
            if len(found) > 1:
                return ACTORS + ",".join(found)
    return None


def is_parsed(sent: Any) -> bool:
    got = getattr(sent, "parsed", None)
    return got if got is not None else any(t.dep_ != "ROOT" for t in sent)


def matrix_subject(verb: Any, index: ActorIndex) -> str | None:
    """For "X told Y it will ...": the actor subject of the clause governing ``verb``."""
    if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
        return None
    for c in verb.head.children:
        if c.dep_ == "nsubj":
            members = [c] + [m for m in c.subtree if m.dep_ == "conj"]
            found = [a for m in members for a in [actor_in(core(m), index, m.idx)] if a]
            found = list(dict.fromkeys(found))
            if len(found) > 1:
                return ACTORS + ",".join(found)  # "A, B and C said they ..."
            return found[0] if found else None
    return None


def group_of(tok: Any) -> str | None:
    """A group noun the vocabulary resolves to several actors ("mediators"; also when the
    tagger takes a capitalised one opening a sentence for a proper noun)."""
    if (
        (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.text[1:].islower()))
        and tok.lower_ in GROUPS
        and not any(c.dep_ in ("amod", "compound", "poss") for c in tok.children)
    ):
        return GROUP + tok.lower_
    return None


def numbered_group(tok: Any, index: ActorIndex) -> str | None:
    """A group noun with a number smaller than the group ("the two mediators"): the last
    members of the group named before it, as many as the number says; ``None`` otherwise."""
    group = group_of(tok)
    if group is None:
        return None
    members = GROUPS.get(group[len(GROUP) :], [])
    want = next(
        (_SEVERAL[c.lower_] for c in tok.children if c.dep_ == "nummod" and c.lower_ in _SEVERAL),
        None,
    )
    if want is None or want >= len(members):
        return None
    found: list[str] = []
    for m in reversed([m for m in index.mentions if m.evidence.end <= tok.idx]):
        if m.actor in members and m.actor not in found:
            found.append(m.actor)
            if len(found) == want:
                return ACTORS + ",".join(reversed(found))
    return None


# a party's armed forces named without the party ("the army would ..."): the reporter's
_FORCES = frozenset({"army", "military", "troops", "forces", "soldiers"})
# a party's governing bodies named bare in a reported clause ("X said the administration would
# present ..."): the reporting party's own ("the group", "the movement", "the delegation" are
# often another party's, named back by a mediator reporting it)
BODIES = frozenset({"government", "administration", "cabinet", "leadership"})
UNATTRIBUTED = "unattributed"
# subjects that hold a position without being a party ("those who oppose the deal argue ...")
PEOPLE_AT_LARGE = frozenset(
    {"those", "critics", "opponents", "others", "protesters", "demonstrators", "many", "some"}
)


def _has_subject_above(tok: Any) -> bool:
    """A verb above ``tok`` (within three steps) has a subject."""
    t = tok
    for _ in range(3):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return True
    return False


_HOLDERS_KEY = "accord_holders"
_UNREAD = object()


def holder_of(tok: Any, index: ActorIndex) -> str | None:
    """The actor owning a cue: possessor or compound of a noun ("Ruritanian requests", "a demand by
    X"), or the subject of its verb; a condition's subordinator starts from the clause it
    conditions (the subject of "until she is freed" is not who sets the condition).

    Read once per token and index, kept in the doc's user data: the claim, threat and event
    rules ask again for two in five of the tokens they ask about."""
    memo = tok.doc.user_data.get(_HOLDERS_KEY)
    if memo is None or memo[0] is not index:  # (the index, {token: holder})
        memo = tok.doc.user_data[_HOLDERS_KEY] = (index, {})
    got = memo[1].get(tok.i, _UNREAD)
    if got is _UNREAD:
        got = memo[1][tok.i] = _holder_of(tok, index)
    return got  # type: ignore[no-any-return]


def _holder_of(tok: Any, index: ActorIndex) -> str | None:
    if judged_package(tok):
        return None  # "X's response was unacceptable": whoever says so judges it
    seen = 0
    t = conditioned_clause(tok)
    adjs = adjectives()
    giver = _giver(tok, index)
    if giver is not None:
        return giver  # "received assurances from X": X's
    while seen < 6:
        for child in t.children:
            if child.dep_ in ("poss", "compound") and t.pos_ in ("NOUN", "PROPN"):
                if child.lower_ in ("its", "their") and _has_subject_above(t):
                    continue  # "it will stall its efforts": the subject says whose
                got = actor_in(core(child), index, child.idx)
                if got:
                    return got
                if child.dep_ == "poss" and (group := group_of(child)) is not None:
                    return group  # "the mediators' push for a truce": each mediator's
            if child.dep_ == "amod" and t.pos_ == "NOUN" and child.text in adjs:
                return adjs[child.text]
            if child.dep_ == "prep" and child.lower_ == "by" and t.pos_ == "NOUN":
                for g in child.children:
                    if g.dep_ == "pobj":
                        # "a demand by Ruritania and Borduria": each of them
                        members = [g] + [c for c in g.subtree if c.dep_ == "conj"]
                        found = [a for m in members for a in [actor_in(core(m), index, m.idx)] if a]
                        if len(set(found)) > 1:
                            return ACTORS + ",".join(dict.fromkeys(found))
                        if found:
                            return found[0]
        # two subjects are a misparse of a lead-in ("CITY, May 2 - The envoys urged ..."):
        # the one nearest the verb is its subject; a passive's agent is the doer before its
        # subject ("X's plan was accepted by Y": Y's acceptance)
        for child in sorted(
            t.children, key=lambda c: (c.dep_ != "agent", -c.i if c.dep_ == "nsubj" else c.i)
        ):
            if child.dep_ in ("nsubj", "nsubjpass", "agent") and child.i != tok.i:
                if child.lower_ in _FIRST_PERSON and not index.actors_in(
                    child.idx, child.idx + len(child.text)
                ):
                    return None  # (a pronoun, not a name spelt like one)
                who = t.head if child.lower_ in ("who", "that") and t.dep_ == "relcl" else child
                if who.lower_ in PEOPLE_AT_LARGE and who.pos_ in ("PRON", "NOUN", "DET"):
                    return UNATTRIBUTED  # "those who oppose the deal", "critics": no party
                if child.lower_ in ("it", "they") and (said := _said_of(child, index)):
                    return said  # "“They rejected it,” X said of Ruritania": Ruritania
                if child.lower_ in ("it", "they", "he", "she"):  # "X told Y he would ..."
                    got = matrix_subject(t, index)
                    if got:
                        return got
                joint = _coordinated(child, index) if child.dep_ != "agent" else None
                joint = joint or (_of_several(child, index) if child.dep_ != "agent" else None)
                if joint:
                    return joint  # "Ruritania and Borduria called for ...": each of them
                got = actor_in(
                    core(child) if child.dep_ != "agent" else list(child.subtree)[1:],
                    index,
                    child.idx,
                )
                if got:
                    return got
                got = numbered_group(child, index) or group_of(child)
                if got:
                    return got
                if child.lower_ in _FORCES | BODIES and child.pos_ == "NOUN":
                    # "K said the army will resume ...": the forces of whoever says so
                    got = matrix_subject(t, index)
                    if got:
                        return got
                if child.pos_ in ("PRON", "NOUN", "PROPN"):
                    return None if child.lower_ not in _IT else None
        if t.head.i == t.i:
            return _time_lead_subject(t, index)
        accused = _controller(t, index)
        if accused is not None:
            return accused
        t = t.head
        seen += 1
    return None


def _controller(t: Any, index: ActorIndex) -> str | None:
    """The object that does a gerund set after it ("X accused Y of rejecting ...", "blamed Y for
    refusing ..."): Y holds the position, X says so."""
    if t.tag_ != "VBG" or t.dep_ != "pcomp" or t.head.lower_ not in ("of", "for"):
        return None
    verb = t.head.head
    if verb.pos_ != "VERB" or t.head.head.i == t.head.i:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < t.i), None)
    if obj is None:
        return None
    return actor_in(core(obj), index, obj.idx)


RECEIVING = vocab.stance_forms("receive")


def _giver(tok: Any, index: ActorIndex) -> str | None:
    """Who gives a noun received ("received assurances from X", "got a pledge from A and B"):
    the "from" of the noun or of the receiving verb (the parser attaches it to either)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or tok.head.lower_ not in RECEIVING:
        return None
    for prep in list(tok.children) + list(tok.head.children):
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for g in prep.children:
            if g.dep_ == "pobj":
                members = [g] + [c for c in g.subtree if c.dep_ == "conj"]
                found = [a for m in members for a in [actor_in(core(m), index, m.idx)] if a]
                found = list(dict.fromkeys(found))
                if len(found) > 1:
                    return ACTORS + ",".join(found)
                return found[0] if found else group_of(g)
    return None


def _time_lead_subject(verb: Any, index: ActorIndex) -> str | None:
    """The subject the parser coordinated with a leading time ("On Monday, A, B and C issued
    ...": A, B and C as conjuncts of "Monday"), when the main verb has no subject of its own."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            members, todo = [], [pobj]
            while todo:
                m = todo.pop()
                more = [c for c in m.children if c.dep_ == "conj"]
                members += more
                todo += more
            found = [a for m in members for a in [actor_in(core(m), index, m.idx)] if a]
            found = list(dict.fromkeys(a for a in found if not a.startswith((GROUP, ACTORS))))
            if len(found) > 1:
                return ACTORS + ",".join(found)
            if found:
                return found[0]
    return None
