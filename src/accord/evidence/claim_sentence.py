"""The state of :func:`accord.evidence.claims.extract_claims` while it reads a document:
what carries from sentence to sentence (:class:`DocumentClaims`) and one sentence's
issues, cues and claims so far (:class:`SentenceClaims`), with the two operations every
claim rule uses — ``owner(offset)``, the holder of the word at a sentence offset, and
``emit``, which records a claim once per (actor, issue, stance).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex
from accord.evidence.agreement_terms import talk_nouns
from accord.evidence.agreements import UNSTATED, Agreements
from accord.evidence.claim_clauses import STANCE_MODE, Mention
from accord.evidence.columns import columns
from accord.evidence.conditions import MARK_WORDS, conditioned
from accord.evidence.cues import asserting, issue_mentions, stance_cues
from accord.evidence.holders import (
    ACTORS,
    GROUP,
    GROUPS,
    UNATTRIBUTED,
    holder_of,
    is_parsed,
    token_at,
)
from accord.evidence.mode_words import ASKING as ASKING_FORMS
from accord.evidence.outsiders import outsider_subject
from accord.evidence.parties import joint_subject, subject_of
from accord.evidence.patients import patient_issues
from accord.evidence.speakers import reported_after
from accord.evidence.speech import Attribution, claim_speaker
from accord.evidence.types import Claim, Span

PACKAGE_ISSUE = vocab.lexicon().package_issue

Key = tuple[str, str, str]  # actor, issue, stance
Cue = tuple[str, int, int]  # stance, start, end (offsets in the sentence's text)


class _Source(Enum):
    SENTENCE = 0  # a claim's source is the sentence's attribution unless a rule says otherwise


# "asked not to be named", "requested anonymity": how a source stays unnamed, asking nothing
# (word forms: the pipeline has no lemmatizer)
_ASKING = vocab.verb_forms("ask") | vocab.verb_forms("request")
_NAMED = frozenset({"named", "identified", "quoted", "cited"})


def anonymity_request(tok: Any) -> bool:
    """A verb of asking whose request is the speaker's own anonymity ("an official who asked
    not to be named", "who requested anonymity"): a description of the source, no demand."""
    if tok is None or tok.lower_ not in _ASKING:
        return False
    return any(
        (c.dep_ == "xcomp" and c.lower_ in _NAMED and any(g.dep_ == "auxpass" for g in c.children))
        or (c.dep_ == "dobj" and c.lower_ == "anonymity")
        for c in tok.children
    )


@dataclass
class DocumentClaims:
    """What the reading of one document carries from sentence to sentence."""

    sents: list[Any]
    index: ActorIndex
    giver: dict[str, str]  # issue -> the party that delivers it
    deals: Agreements
    claims: list[Claim] = field(default_factory=list)
    demands: dict[str, list[str]] = field(default_factory=dict)  # latest issues each actor demanded
    last_plan: list[str] = field(default_factory=list)  # main issues of the last plan described


@dataclass
class SentenceClaims:
    """One sentence being read: its issue mentions and stance cues (offsets in ``text``),
    and the claims found so far by (actor, issue, stance)."""

    doc: DocumentClaims
    k: int  # the sentence's position in the document
    sent: Any
    att: Attribution | None
    text: str
    base: int  # the sentence's offset in the document
    span: Span
    parsed: bool
    issues: tuple[Mention, ...]
    cues: tuple[Cue, ...]
    talks: list[Mention]  # talks that stand for the package issue
    out: dict[Key, Claim] = field(default_factory=dict)
    cue_at: dict[Key, int] = field(default_factory=dict)  # where each claim's cue stands
    local: dict[str, str] = field(default_factory=dict)  # issue -> the stance its cue gave
    used: set[int] = field(default_factory=set)  # offsets of the cues an issue took

    @classmethod
    def read(
        cls, doc: DocumentClaims, k: int, att: Attribution | None, name: str
    ) -> SentenceClaims:
        """The issues (named, or the patients of release verbs, or talks standing for the
        package) and the stance cues of sentence ``k``."""
        sent = doc.sents[k]
        text = sent.text
        base = sent.start_char
        parsed = is_parsed(sent)
        issues = issue_mentions(text)
        named = {i[0] for i in issues}
        extra = [m for m in patient_issues(sent, doc.index, doc.giver) if m[0] not in named]
        cues = stance_cues(text)
        if parsed:
            cues = tuple(
                c
                for c in cues
                if not anonymity_request(tok := token_at(sent, base + c[1]))
                and not (c[0] == "demand" and asserting(tok))
            )
        talks: list[Mention] = []
        if parsed and (not sent.words.isdisjoint(MARK_WORDS) or any(c[0] == "offer" for c in cues)):
            talks = talks_as_package(sent, issues, PACKAGE_ISSUE, cues)  # not a deal's term
            extra += talks
        if extra:
            issues = tuple(sorted(issues + tuple(extra), key=lambda f: f[1]))
        span = Span(name, base, base + len(text), text)
        return cls(doc, k, sent, att, text, base, span, parsed, issues, cues, talks)

    def emit(
        self,
        actor: str | None,
        issue: str,
        stance: str,
        value: str | None,
        *,
        att: Attribution | None | _Source = _Source.SENTENCE,
        mode: str | None = None,
        speaker: str | None = None,
        at: int | None = None,
    ) -> None:
        """Record ``actor``'s stance on ``issue`` unless the sentence has that claim already;
        ``at`` is the cue's offset, ``speaker`` ``UNSTATED`` when the source does not state
        it; a group or a joint holder (``ACTORS`` + ids) records one claim per member."""
        if not actor:
            return
        source = self.att if att is _Source.SENTENCE else att
        if actor.startswith(GROUP) or actor.startswith(ACTORS):
            members = (
                GROUPS.get(actor[len(GROUP) :], [])
                if actor.startswith(GROUP)
                else actor[len(ACTORS) :].split(",")
            )
            for member in members:
                self.emit(
                    member, issue, stance, value, att=source, mode=mode, speaker=speaker, at=at
                )
            return
        base = self.base
        if (
            source is not None
            and source.content
            and at is not None
            and not (source.content[0] <= base + at < source.content[1])
        ):
            if (
                speaker
                and speaker == source.speaker
                and reported_after(self.sent, source, base + at)
            ):
                speaker = None  # "X put a plan to Y, and Z said ...": Z does not state X's act
            # outside what the source reports ("While X agreed, Y said ..."): a report inside
            # the sentence that covers it, else none
            source = next(
                (a for a in source.inner if a.content and a.content[0] <= base + at < a.content[1]),
                None,
            )
        if speaker == UNSTATED:
            source, speaker = None, None  # the sentence's source does not state it
        else:
            speaker = speaker or claim_speaker(
                self.sent, self.doc.index, source, actor, None if at is None else base + at
            )
        desc = source.description if source and actor == "unattributed" else None
        if at is not None:
            self.cue_at.setdefault((actor, issue, stance), at)
        self.out.setdefault(
            (actor, issue, stance),
            Claim(
                actor,
                speaker,
                issue,
                stance,
                value,
                self.span,
                desc,
                mode or STANCE_MODE.get(stance, "actual"),
            ),
        )

    def owner(self, pos: int) -> str | None:
        """The holder of the word at offset ``pos``: its grammatical owner, a joint subject's
        parties, the sentence's source, else the first actor named before it (or in the
        sentence)."""
        sent, att, base, index = self.sent, self.att, self.base, self.doc.index
        cue = token_at(sent, base + pos) if is_parsed(sent) else None
        joint_they = cue is not None and _they_of_joint(cue)  # not the last party named
        got = None if joint_they else holder_of(token_at(sent, base + pos), index)
        if got is not None and cue is not None and att is not None and _obliged(cue, got, att):
            got = att.actor  # "A said B must disarm": A asks it of B
        if got is None and cue is not None and (joint_they or joint_subject(cue)):
            got = ACTORS + ",".join(
                self.doc.deals.delivering
            )  # "both sides agreed": not the reporter
        if got is None and cue is not None and outsider_subject(cue):
            got = UNATTRIBUTED  # "Jordan called for ...": a holder of no party
        if got is None and cue is not None:
            got = self._package_owner(cue)  # "The document also demands ...": its tabler's
        if got is None and cue is not None:
            got = self._clause_owner(cue)  # "X insisted that any deal must ..., sources said"
        if got is None and att is not None:
            got = ACTORS + ",".join(att.actors) if att.actors else att.actor
            if got == UNATTRIBUTED and _INFORMANT.search(att.description or att.speaker or ""):
                got = None  # "officials briefed on the text said": they tell, they hold nothing
        if got is None:
            inside = [
                m
                for m in index.actors_in(base, base + pos)
                or index.actors_in(base, base + len(sent.text))
                if not _describes_noun(sent, m.evidence.start)
                and not _addressed(cue, m.evidence.start)
            ]
            got = inside[0].actor if inside else None
        return got

    def _clause_owner(self, cue: Any) -> str | None:
        """The party named as the subject of the verb whose clause the cue is in ("X insisted
        that any agreement must end Y"): the cue's own subject named no one. One party only:
        ``holders.matrix_subject``'s reading (a person first, joint subjects) cost three claims
        on the read sets here."""
        verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
        if verb.dep_ == "aux":
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.i == verb.i:
            return None
        subj, _passive = subject_of(verb.head)
        if subj is None:
            return None
        end = subj.right_edge.idx + len(subj.right_edge.text)
        named = {m.actor for m in self.doc.index.actors_in(subj.left_edge.idx, end)}
        return next(iter(named)) if len(named) == 1 else None

    def _package_owner(self, cue: Any) -> str | None:
        """The party that tabled the package in the frame, when the cue's subject is that
        package or its text named bare ("the document demands ...", "the reply calls for
        ..."): a definite noun of a package, with no party of its own."""
        frame = self.doc.deals.frame or self.doc.deals.package
        if frame is None or frame.kind != "package" or len(frame.parties) != 1:
            return None
        verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
        subj, passive = subject_of(verb)
        if subj is None or passive or subj.lower_ not in _package_words():
            return None
        if any(c.dep_ in ("poss", "compound") or c.lower_ in ("a", "an") for c in subj.children):
            return None  # "X's paper", "a draft": named, or not the one before
        return frame.parties[0]


@lru_cache(maxsize=1)
def _package_words() -> frozenset[str]:
    v = vocab.verbs()
    words = [*v.package_nouns, *v.answer_nouns, *v.reporting.documents]
    return frozenset(f for n in words for f in vocab.noun_forms(n))


# modals of obligation: their subject is the one obliged, the source the one who asks
_OBLIGING = frozenset({"must", "should"})


def _obliged(cue: Any, holder: str, att: Attribution) -> bool:
    """Whether the cue is an obligation laid on another party inside a single party's report
    ("Y officials said X must give up its weapons"): the source asks it of X."""
    if cue.lower_ not in _OBLIGING or cue.dep_ != "aux":
        return False
    source = att.actor
    if source is None or source in (holder, UNATTRIBUTED) or att.actors or att.verb_index is None:
        return False
    return att.content is None or att.content[0] <= cue.idx < att.content[1]


def _they_of_joint(cue: Any) -> bool:
    """ "Both sides said they would keep to the truce": "they" of a clause whose reporting
    verb has a joint subject."""
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    subj, _passive = subject_of(verb)
    return (
        subj is not None
        and subj.lower_ == "they"
        and verb.dep_ == "ccomp"
        and verb.head.i != verb.i
        and joint_subject(verb.head)
    )


# the words describing sources by what they know of the talks, not by a party they speak for
_INFORMANT = re.compile(
    r"\b(briefed|familiar|close to|knowledgeable|involved in|aware of|with knowledge)\b", re.I
)


def _addressed(cue: Any, start: int) -> bool:
    """Whether the name at ``start`` is whom the cue's verb of asking addresses ("the ministry
    called on X to ...", "urged X to ..."): asked, so not the one asking."""
    if cue is None or cue.lower_ not in ASKING_FORMS:
        return False
    return any(
        (
            c.dep_ in ("dobj", "prep")
            or (c.dep_ == "ccomp" and c.i > cue.i and _subjunctive(c, start))
        )
        and c.left_edge.idx <= start <= c.right_edge.idx
        for c in cue.children
    )


def _subjunctive(clause: Any, start: int) -> bool:
    """Whether the name at ``start`` is the subject of a clause of what is asked ("demands
    that X withdraw", "insisted that X leave"): the one asked to act."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.left_edge.idx <= start <= subj.right_edge.idx


def _describes_noun(sent: Any, start: int) -> bool:
    """Whether the name at ``start`` lies in a clause describing a noun ("the deal, brokered by
    X, ...", "the plan, which X drew up, ..."): it says who made the thing, not who holds the
    sentence's position."""
    if not is_parsed(sent):
        return False
    t = token_at(sent, start)
    for _ in range(6):
        if t is None or t.head.i == t.i:
            return False
        if t.dep_ in ("acl", "relcl") and t.head.pos_ in ("NOUN", "PROPN"):
            return True
        t = t.head
    return False


def talks_as_package(
    sent: Any, issues: tuple[Mention, ...], package: str | None, cues: Any
) -> list[Mention]:
    """Talks a party makes conditional, or offers, stand for the package issue when the
    sentence names none: "X would open negotiations on the plan if Y agreed", "X refused to
    send envoys to the talks unless Y ...", "X is ready to enter negotiations" — the talks are
    the object of the clause the condition hangs on, or after the offer in its clause."""
    if not package or any(i[0] == package for i in issues):
        return []
    base = sent.start_char
    nouns = talk_nouns()
    ready = [
        token_at(sent, base + cs) for stance, cs, _ce in cues if stance == "offer"
    ]  # "is ready to", "its readiness to"
    lows = columns(sent.doc).lower  # each token's ``lower_``, read once per document
    for tok in sent:
        if lows[tok.i] not in nouns or tok.dep_ not in ("dobj", "pobj", "attr", "nsubj"):
            continue
        if tok.dep_ in ("attr", "nsubj") and not _refused(tok):
            continue  # "talks will resume once ...": no one's position; "no talks until ...": one
        if conditioned(tok) or any(r.i < tok.i and tok in list(r.head.subtree) for r in ready):
            s = tok.idx - base
            return [(package, s, s + len(tok.text), None, None)]
    return []


def _refused(tok: Any) -> bool:
    """A noun denied: "no (further) talks", or the subject of a negated verb ("talks would
    not resume")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True
    return tok.dep_ == "nsubj" and any(c.dep_ == "neg" for c in tok.head.children)
