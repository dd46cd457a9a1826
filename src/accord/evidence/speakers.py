"""The speaker of a claim: who states the position one party holds
(docs/evidence/attribution.md). Claims ask :func:`claim_speaker` with the sentence's attribution
(:func:`accord.evidence.speech.attribute_sentences`) and where the claim's cue or issue is."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex
from accord.evidence.agreement_terms import deal_package_nouns, owner_words
from accord.evidence.attribution import trimmed
from accord.evidence.bodies import JOINED
from accord.evidence.conditions import conditioned_clause
from accord.evidence.holders import GROUPS, PEOPLE_AT_LARGE, UNATTRIBUTED
from accord.evidence.outsiders import outsider_subject
from accord.evidence.pronouns import pronoun_person
from accord.evidence.sources import (
    ACTOR_NAME,
    OFFICE,
    STATEMENT,
    UNNAMED,
    Attribution,
    person_name,
    resolve,
)

# those through whom a party acts, not sources: "Ruritanian mediators worked to save the deal"
# tells what the party does (a report by them is read as one: "mediators say ...")
_ACTING = frozenset({"mediator", "mediators", "negotiator", "negotiators", "delegation", "team"})


# verbs whose doing is a statement when a unit does them ("X's office rejected the plan")
_STATED = vocab.stance_forms("refuse") | vocab.verb_forms("welcome") | vocab.verb_forms("accept")


def spoken(att: Attribution | None) -> str | None:
    if att is None:
        return None
    if att.speaker:
        return att.speaker
    words = (att.description or "").split()
    if att.actor == "unattributed" and (len(words) > 1 or _bare_plural(words)):
        return att.description
    return None


def _bare_plural(words: list[str]) -> bool:
    """A lone plural noun of unnamed sources ("diplomats said", "officials say"): they are the
    source, described in a word (not a group acting for several parties: "mediators")."""
    return (
        len(words) == 1
        and words[0].lower() in UNNAMED - (_ACTING - {"mediators", "negotiators"})
        and words[0].lower().endswith("s")
        and words[0].lower() not in ("people", "members")
    )


def _claim_speaker(
    sent: Any, index: ActorIndex, att: Attribution | None, actor: str, at: int | None = None
) -> str | None:
    """Who states a claim of ``actor`` whose cue (or issue) is at character ``at`` of the
    document: a person who holds the position as the subject of its clause ("the Ruritanian
    leader rejected ...", "a senior union official demanded ..."), else the source of the
    sentence's report when the claim is inside what is reported, named by its first name when
    a party reports another's position; none when the actor speaks as a whole."""
    tok = _token_at(sent, at) if at is not None and getattr(sent, "parsed", True) else None
    if tok is not None:
        if _aside(tok):
            return None  # ", which X has described as ...": the outlet's aside
        if actor == UNATTRIBUTED and (at_large := _at_large(tok) or outsider_subject(tok)):
            return at_large  # "those who oppose the deal argue ...", "Jordan urged ...": them
        holder = _holder_source(tok, index, actor)
        if holder is not None:
            # inside what a named source reports ("X's office said he rejected ..."), the source
            # states it (../shared/gold/README.md, "Reported positions")
            reporter = _reporter(sent, att, at) if at is not None else None
            if (
                reporter is None
                and at is not None
                and att is not None
                and _party_reports(att, actor, at)
            ):
                reporter = ACTOR_NAME.get(att.actor or "")  # "X said Y's leader rejected it": X
            if reporter and described(reporter) and not described(holder) and not _intended(tok):
                # "X was threatening to ..., the sources said": unnamed sources tell what a
                # named person states (not what he "would" do: their account of his intent)
                return holder
            return reporter or holder
    if att is None:
        return None
    if at is not None and att.inner:
        # of the sentence's reports holding the claim and naming a source, the one the
        # article cites (:func:`_cited`)
        covering = [
            a
            for a in (att, *att.inner)
            if a.content and a.content[0] <= at < a.content[1] and spoken(a)
        ]
        if covering:
            att = _cited(sent, covering)
    if att.content and at is not None and not att.carried:
        if not (att.content[0] <= at < att.content[1]):
            return None
    if att.speaker:
        return att.speaker
    if len(att.actors) > 1 and actor not in att.actors and att.content:
        # "A, B and C announce that X and Y agreed ...": the parties together report another's
        # position (their own they state as themselves, as one party does)
        return joined(ACTOR_NAME.get(a, a) for a in att.actors)
    if att.actor not in (None, actor, "unattributed") and not att.actors and att.content:
        return ACTOR_NAME.get(att.actor or "")  # a party reporting another's position
    if att.actor == "unattributed":
        if actor == "unattributed":
            return att.description  # a holder of no party speaks for itself ("aid groups say")
        return spoken(att)  # "according to people familiar with the talks"
    return None


_INTENT = frozenset({"would", "will", "could", "might", "may"})


def _intended(tok: Any) -> bool:
    """The cue's clause tells what someone would do ("officials said X would not agree to
    ..."): a modal on the cue or on the verb it depends on."""
    for t in (tok, tok.head):
        if any(c.dep_ == "aux" and c.lower_ in _INTENT for c in t.children):
            return True
    return False


def _party_reports(att: Attribution, actor: str, at: int) -> bool:
    """Another party, speaking as a whole, reports the claim at ``at`` in its own report."""
    return (
        not att.carried
        and not att.actors
        and att.actor not in (None, actor, "unattributed")
        and att.content is not None
        and att.content[0] <= at < att.content[1]
    )


def joined(names: Iterable[str]) -> str:
    """Names written as a list ("A", "A and B", "A, B and C")."""
    *rest, last = names
    return f"{', '.join(rest)} and {last}" if rest else last


def described(speaker: str) -> bool:
    """Whether a speaker is the description of an unnamed source ("sources briefed on the
    talks", "a senior union official"), not a person's name or a body's."""
    head = re.split(
        r"\s+(?:who|with|from|of|in|on|at|for|familiar|close|briefed|involved)\b", speaker
    )[0]
    words = head.split()
    return bool(words) and words[-1].lower() in UNNAMED


def _reporter(sent: Any, att: Attribution | None, at: int) -> str | None:
    """The speaker of the report of a sentence whose content holds ``at`` that the article
    cites (:func:`_cited`)."""
    if att is None or att.carried:
        return None
    covering = [
        a
        for a in (att, *att.inner)
        if a.content and a.content[0] <= at < a.content[1] and spoken(a) and not a.carried
    ]
    if not covering:
        return None
    return spoken(_cited(sent, covering))


_QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "'"})


def _cited(sent: Any, covering: list[Attribution]) -> Attribution:
    """Of the reports holding a claim (the sentence's own first), the one the article cites:
    the sentence's own where the innermost is a speech it reports ("an official said X had
    told Y that ...": the official), else the innermost ("A said ..., while B said ...": B,
    whose report the parse only hangs inside A's; "X said: 'The mediators told us ...'":
    the mediators, named in X's own words)."""
    inner = min(covering, key=lambda a: a.content[1] - a.content[0] if a.content else 0)
    outer = covering[0]
    if outer is inner or outer.verb_index is None or inner.verb_index is None:
        return inner
    if not getattr(sent, "parsed", True):
        return inner
    doc = sent.doc
    t, top = doc[inner.verb_index], doc[outer.verb_index]
    if any(doc[i].text in _QUOTE_MARKS for i in range(top.i + 1, t.i)):
        return inner  # named inside the quoted words: "X said: 'The mediators told us ...'"
    while t.i != top.i:
        if t.dep_ in ("advcl", "conj", "parataxis", "relcl") or t.head.i == t.i:
            return inner  # a report of its own, joined to the sentence's
        t = t.head
    return outer


def _token_at(sent: Any, at: int) -> Any | None:
    for t in sent:
        if t.idx <= at < t.idx + len(t.text) + 1:
            return t
    return None


def _aside(tok: Any) -> bool:
    """Inside a relative clause set off by a comma (", which ..."): the writer's aside."""
    t = tok
    for _ in range(8):
        if t.dep_ == "relcl":
            first = t.left_edge
            return first.i > 0 and first.doc[first.i - 1].text == "," and first.lower_ == "which"
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _at_large(tok: Any) -> str | None:
    """The words of people of no party who hold a position as the subject of a clause above
    ``tok`` ("those who oppose the plan argue that ...", "critics say ..."), through the
    pronouns that stand for them ("... when they argue that ...")."""
    t = tok
    for _ in range(8):
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if t.pos_ in ("VERB", "AUX") and subj is not None and subj.i != tok.i:
            who = t.head if subj.lower_ in ("who", "that") and t.dep_ == "relcl" else subj
            some = any(
                c.dep_ in ("det", "amod") and c.lower_ in ("some", "many") for c in who.children
            )
            if (who.lower_ in PEOPLE_AT_LARGE or some) and who.pos_ in (
                "PRON",
                "NOUN",
                "DET",
                "PROPN",
            ):
                words = list(who.subtree)
                text = who.doc.text[words[0].idx : words[-1].idx + len(words[-1].text)]
                first = words[0]
                opening = first.i == first.sent.start and first.pos_ in ("DET", "PRON", "NOUN")
                return text[:1].lower() + text[1:] if opening else text
            if subj.lower_ not in ("they", "who", "that"):
                return None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _subject(verb: Any, index: ActorIndex) -> Any:
    """The subject of ``verb``; of several (the parser splits a hyphenated name, "Jan Vale -
    Marek", into subjects of their own), the one inside a person's name."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) > 1:
        for c in subjects:
            if any(s <= c.idx < e for s, e, _p in index.people):
                return c
    return subjects[0] if subjects else None


def _holder_source(tok: Any, index: ActorIndex, actor: str) -> str | None:
    """The person (or unnamed officials) of ``actor`` who is the subject of the clause holding
    ``tok``; for a condition's subordinator ("... unless Y does"), of the clause it conditions."""
    t = conditioned_clause(tok)
    owned = _possessed_by(tok, index, actor)
    for _ in range(6):
        accuser = _accuser(t, index, actor) or _package_person(t, index, actor)
        if accuser is not None:
            return accuser
        if owned and t.lower_ in _STATED and (other := _other_source(t, index, actor)):
            # "X dismissed Y's demand for ...": X tells of Y's position (not "X supports Y's
            # aims": no statement)
            return other
        subj = _subject(t, index)
        described = (
            subj is not None
            and subj.lower_ in ("who", "whom")
            and t.dep_ == "relcl"
            and t.head.pos_ == "PROPN"
        )
        if described:
            subj = t.head  # "X, who has pressed for ...": the person the clause describes
        if t.pos_ in ("VERB", "AUX") and subj is not None:
            tokens = list(subj.subtree)
            if described:
                tokens = [w for w in tokens if w.i <= subj.i]  # (the name, not its clause)
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            for s, e, _p in index.people:
                if s <= subj.idx < e:  # (the whole name of a split one: "Jan Vale - Marek")
                    start, end = min(start, s), max(end, e)
            people = index.people_in(start, end)
            named = (
                subj.pos_ == "PROPN"
                or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subj.children)
                # a name the tagger took for a common noun (a headline's capitals)
                or any(s <= subj.idx < e for s, e, _p in people)
            )  # "X's chief negotiator Anna Varga rejected ...": the title's name in apposition
            together = _joint_holders(t, index, actor)
            if together is not None:
                return together  # "A and B threatened to quit ...": the two
            # the person the subject's head names (not a dateline's city before it)
            people = [p for p in people if p[0] <= subj.idx < p[1]] or people
            if people and people[0][2].actor == actor and named:
                return person_name(people[0][2].name)
            if subj.lower_ in ("he", "she") and not people:
                # "A met B. He rejected ...": A (not in a condition: "until she is freed")
                person = pronoun_person(index, subj)
                if (
                    person is not None
                    and person.actor == actor
                    and subj.dep_ == "nsubj"
                    and t.dep_ != "advcl"
                    and person.female == (subj.lower_ == "she")
                ):
                    return person_name(person.name)
                return None
            if subj.lower_ in STATEMENT and subj.pos_ == "NOUN":
                # "A statement from X's office rejected ...", "X's statement rejected ...": X
                got = resolve(tokens, index)
                if got is not None and got.actor == actor and got.speaker:
                    return got.speaker
            if subj.lower_ in OFFICE and (_in_statement(t) or t.lower_ in _STATED):
                # "X's office, in a statement, said yes to ...", "X's office rejected ...": the
                # unit states it (not "X's ministry published a list": an act)
                got = resolve(tokens, index)
                if got is not None and got.actor == actor and got.speaker:
                    return got.speaker
            if (subj.lower_ in UNNAMED - _ACTING or subj.pos_ == "PROPN") and not people:
                # "a senior official demanded ...", "the X Families Forum wants ...": the
                # source the subject names, as "said" would make it (not a party named as
                # itself: no speaker of its own)
                got = resolve(tokens, index)
                if got is not None and got.actor == actor and got.speaker:
                    return got.speaker
            framed = [subj] + [
                g
                for c in t.children
                if c.dep_ == "prep" and c.lower_ in ("under", "in")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            for f in framed:
                # "X's plan would free ...", "under the plan of X, Y would free ...": the terms
                # of X's package, which X states
                if (by := _package_person(f, index, actor)) is not None:
                    return by
            if t.dep_ != "advcl" or people:
                return None
            # "A threatened to cut X if the remains are not returned": the condition's subject
            # is no source, the clause it conditions tells who states it
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _package_person(t: Any, index: ActorIndex, actor: str) -> str | None:
    """The person of ``actor`` whose package ``t`` is ("X's proposal", "the plan of envoy X",
    "the framework drafted by X"): the one who put it forward states its terms."""
    if t.pos_ != "NOUN" or t.lower_ not in deal_package_nouns()[1]:
        return None
    for o in owner_words(t):
        people = index.people_in(o.left_edge.idx, o.idx + len(o.text))
        if people and people[-1][2].actor == actor:
            return person_name(people[-1][2].name)
    return None


def _joint_holders(verb: Any, index: ActorIndex, actor: str) -> str | None:
    """The names of several people of ``actor`` named together as the subject of ``verb``
    ("ministers A and B", "Minister A and Minister B", "A, B and C"), as a list; the parser may
    split such a subject in several, so the names are read from the text between them."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    start = min(c.left_edge.idx for c in subjects)
    last = max((c.right_edge for c in subjects), key=lambda t: t.i)
    people = index.people_in(start, last.idx + len(last.text))
    if len(people) < 2 or any(p[2].actor != actor for p in people):
        return None
    if not any(s <= c.idx < e for c in subjects for s, e, _p in people):
        return None  # the people only describe the subject ("officials, led by A and B, ...")
    for (_s, e, _p), (s2, _e2, _p2) in zip(people, people[1:], strict=False):
        if not JOINED.fullmatch(index.text[e:s2]):
            return None
    return joined(dict.fromkeys(person_name(p[2].name) for p in people))


def _possessed_by(tok: Any, index: ActorIndex, actor: str) -> bool:
    """Whether ``tok`` is a noun of ``actor``'s by its possessive ("Y's demand")."""
    if tok.pos_ != "NOUN":
        return False
    for c in tok.children:
        if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her", "our", "my"):
            words = list(c.subtree)
            named = index.actors_in(words[0].idx, words[-1].idx + len(words[-1].text))
            return bool(named) and named[0].actor == actor
    return False


def _other_source(verb: Any, index: ActorIndex, actor: str) -> str | None:
    """The subject of ``verb`` when it is a source of a party other than ``actor`` (a person, a
    party's unit or unnamed officials, a party named as itself)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return None
    got = resolve(list(subj.subtree), index)
    if got is None or got.actor in (None, actor, UNATTRIBUTED) or got.actors:
        return None
    return spoken(got) or ACTOR_NAME.get(got.actor or "")


def _accuser(t: Any, index: ActorIndex, actor: str) -> str | None:
    """Who says that ``actor``, the object of a verb, does the gerund ``t`` ("X accused Y of
    rejecting ...", "X blamed Y for refusing ..."): the verb's subject, a party named as itself
    (../shared/gold/README.md, "Reported positions")."""
    if t.tag_ != "VBG" or t.dep_ != "pcomp" or t.head.lower_ not in ("of", "for"):
        return None
    verb = t.head.head
    if verb.pos_ != "VERB" or verb.i == t.head.i:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < t.i), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if obj is None or subj is None:
        return None
    held = index.actors_in(obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text))
    if not held or held[0].actor != actor:
        return None
    got = resolve(list(subj.subtree), index)
    if got is None or got.actor == actor:
        return None
    return spoken(got) or ACTOR_NAME.get(got.actor or "")


def _in_statement(verb: Any) -> bool:
    """Whether a verb is done "in a statement" (or a post, remarks): a statement's act (the
    phrase may hang on its object: "welcomed the deal in a statement")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "through", "via")
        and any(g.dep_ == "pobj" and g.lower_ in STATEMENT for g in c.children)
        for h in heads
        for c in h.children
    )


def claim_speaker(
    sent: Any, index: ActorIndex, att: Attribution | None, actor: str, at: int | None = None
) -> str | None:
    """The speaker of a claim (see ``_claim_speaker``), without the punctuation a headline's
    or live blog's layout leaves around a source ("Ruritanian official:"); none when the source
    is the bare name of a group the holder belongs to ("the mediators urged ...": each speaks as
    itself)."""
    got = _claim_speaker(sent, index, att, actor, at)
    if got is None:
        return None
    if actor in GROUPS.get(re.sub(r"^the\s+", "", got.strip().lower()), ()):
        return None
    # "... confirmed by two officials: a truce of ...": the source, not the list after it
    got = re.split(r"\s*:\s+", got)[0]
    got = trimmed(got) or ""
    # the words as written, with the spacing of print ("the envoys of A,B and C": "A, B")
    got = re.sub(r"\s+", " ", re.sub(r",(?=[^\W\d])", ", ", got))
    source = att.actor if att is not None and att.actor else actor
    return _owner_named(got, index, source, sent.start_char) or None


def _owner_named(got: str, index: ActorIndex, actor: str, before: int) -> str:
    """ "its officials", "their negotiators": the party the pronoun stands for (the source's),
    as the text last named it ("X's officials")."""
    m = re.match(r"(?i)(its|their)\s+(?=\w)", got)
    if m is None:
        return got
    named = [x for x in index.mentions if x.actor == actor and x.evidence.start < before]
    names = [x for x in named if x.kind not in ("person", "metonym", "title")]
    if not names:
        return got
    return f"{names[-1].evidence.text}'s {got[m.end() :]}"


def reported_after(sent: Any, att: Attribution, at: int) -> bool:
    """The report is a later conjunct with a subject of its own after the clause holding the
    word at ``at`` ("X put a plan to Y, and Z said that ..."): its source does not state
    that clause (unlike "X laid out a plan and urged Y to ...": one subject)."""
    if att.verb_index is None or not getattr(sent, "parsed", True):
        return False
    verb, tok = sent.doc[att.verb_index], _token_at(sent, at)
    return (
        tok is not None
        and verb.dep_ == "conj"
        and tok.i < verb.i
        and verb not in tok.ancestors
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )
