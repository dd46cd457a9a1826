"""The state of :class:`accord.evidence.agreements.Agreements` while it reads one sentence
(:class:`SentenceDeals`): the sentence's issues, the frame it is read in (which a step may
replace), the claims found so far and the issues an agreement or tabling verb has read; with
the readings of parties every step uses — the parties a phrase names (``parties``), those of
an agreement verb (``agreeing``), names listed before a subject (``listed_before``) and the
owner of the package a tabling verb takes (``package_owner``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex
from accord.evidence.agreement_terms import Frame, extent, token_index
from accord.evidence.companions import companions
from accord.evidence.frame_terms import Claim
from accord.evidence.holders import GROUPS
from accord.evidence.modes import exchange_for
from accord.evidence.parties import agent_of, all_adjectives, parties_of, phrase, pronoun_party
from accord.evidence.speech import Attribution

# the speaker of a claim the sentence's source does not state ("X said it would accept parts
# of Y's plan to end the war": Y's offer is the text's description, not X's report)
UNSTATED = ""
# the verbs of those who bring a deal about ("the truce, brokered by A, was extended"): no parties
_BROKERING = frozenset(f for lemma in ("broker", "mediate") for f in vocab.verb_forms(lemma))

# nouns a list of parties' names or adjectives qualifies ("A, B and C mediators")
_SEVERAL = frozenset(GROUPS) | frozenset(
    {"envoys", "officials", "negotiators", "delegations", "governments", "leaders"}
)

Issue = tuple[str, int, int]  # issue, start, end (offsets in the sentence's text)


@dataclass
class SentenceDeals:
    """One sentence being read for agreements, tabling and packages."""

    index: ActorIndex
    giver: dict[str, str]  # issue -> the party that delivers it
    delivering: list[str]  # the parties that deliver issues
    frame: Frame | None  # the deal or package the sentence is read in; steps open new ones
    k: int  # the sentence's position in the document
    sent: Any
    issues: list[Issue]
    att: Attribution | None
    classes: dict[str, frozenset[str]]  # the verb classes (agree, table, refuse)
    deal_nouns: frozenset[str]
    package_nouns: frozenset[str]
    speaker: str | None = field(init=False)
    base: int = field(init=False)  # the sentence's offset in the document
    names: list[str] = field(init=False)  # the issues named, for a frame the sentence opens
    out: list[Claim] = field(default_factory=list)
    done: set[int] = field(default_factory=set)  # issues read by an agreement or tabling verb
    handled: bool = False  # an agreement or tabling verb set the sentence's frame
    # guarantors signed in, and where their "as guarantors of ..." phrase is (sentence offsets)
    apart: list[tuple[list[str], int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.speaker = self.att.speaker if self.att else None
        self.base = self.sent.start_char
        self.names = [i for i, _s, _e in self.issues]

    def parties(self, tok: Any) -> list[str]:
        """The parties ``tok``'s phrase names."""
        return parties_of(tok, self.index, self.delivering)

    def agreeing(self, verb: Any, subj: Any, passive: bool) -> list[str]:
        """The parties of an agreement verb: its subject, with names set beside it by a comma
        ("Ruritania, Borduria agree"); for a passive deal ("a truce between A and B was extended",
        "a truce had been reached"), its agent, its "between", else the parties of the
        deal named before, else the parties that deliver issues."""
        if subj is not None and not passive:
            parties = self.parties(subj)
            for c in verb.children:
                if (
                    c.i < verb.i
                    and c is not subj
                    and (c.dep_ in ("npadvmod", "dep", "nsubj") or c.tag_ in ("NNP", "NNPS"))
                ):
                    parties += [p for p in self.parties(c) if p not in parties]
            parties += [p for p in self.listed_before(subj) if p not in parties]
            # "A, together with B and C, signed": B and C sign too
            parties += [p for c in companions(subj) for p in self.parties(c) if p not in parties]
            return parties or pronoun_party(subj, self.index, self.att)
        if subj is None:
            return []
        agent = agent_of(verb)
        if agent is not None and self.parties(agent):
            return self.parties(agent)  # (not "extended by another 24 hours": an amount)
        if {t.lower_ for t in subj.subtree} & self.deal_nouns:
            brokered = [
                extent(c) for c in subj.children if c.dep_ == "acl" and c.lower_ in _BROKERING
            ]
            parties = [
                m.actor
                for m in self.index.actors_in(*extent(subj))
                if not any(lo <= m.evidence.start < hi for lo, hi in brokered)
            ]
            parties = list(dict.fromkeys(parties))
            if len(parties) > 1:
                return parties
            if self.frame is not None and self.frame.kind == "deal" and len(self.frame.parties) > 1:
                return self.frame.parties
            return list(self.delivering)
        return []

    def traded(self, issue: str, s: int) -> bool:
        """The issue at ``s`` (a sentence offset) is what a party gets in exchange ("agreed to
        free A in exchange for B"), given by another party."""
        if self.giver.get(issue) not in self.delivering:
            return False
        return exchange_for(self.sent.doc[token_index(self.sent, self.base + s)])

    def listed_before(self, subj: Any) -> list[str]:
        """Names listed right before a subject with commas or "and" ("Ruritania, Borduria
        agree" in a headline, which the parser often leaves unattached): read off the words,
        back to the first word that is neither a name, a comma nor "and"."""
        found: list[str] = []
        start = min(t.i for t in phrase(subj))
        j = start - 1
        first = subj.sent.start  # (``Token.sent`` scans the sentence marks: read once)
        if j < first or subj.doc[j].lower_ not in (",", "and"):
            return found
        while j >= first:
            t = subj.doc[j]
            if t.lower_ in (",", "and", "&"):
                j -= 1
                continue
            got = self.index.actors_in(t.idx, t.idx + len(t.text))
            if not got or t.pos_ != "PROPN":
                break
            found.insert(0, got[0].actor)
            j -= 1
            while j >= first and subj.doc[j].pos_ == "PROPN":
                j -= 1  # the rest of a multi-word name
        return list(dict.fromkeys(found))

    def listed_after(self, tok: Any) -> list[str]:
        """Names listed right after an owner's first name up to the noun they qualify, which
        the parser often takes for a clause of its own ("agreed by A, B and C mediators provide
        ...": "B and C mediators" the subject): read off the words, up to a noun of several
        parties ("mediators", "envoys")."""
        found: list[str] = []
        j = tok.i
        end = tok.sent.end
        adjectives = all_adjectives()
        while j < end:
            t = tok.doc[j]
            if t.lower_ in (",", "and", "&") and j > tok.i:
                j += 1
                continue
            got = [m.actor for m in self.index.actors_in(t.idx, t.idx + len(t.text))]
            got = got or ([adjectives[t.text]] if t.text in adjectives else [])
            if not got:
                break
            found.append(got[0])
            j += 1
        if not found or j >= end or tok.doc[j].lower_ not in _SEVERAL:
            return []
        return list(dict.fromkeys(found))

    def package_owner(self, verb: Any) -> list[str] | None:
        """Who owns the package a tabling verb takes ("outlined the Ruritanian plan"); ``None``
        for a package referred back to ("outlined the plan")."""
        tabled = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.dep_ in ("relcl", "acl"):
            tabled.append(verb.head)  # "Y's proposal, which X handed over": Y's
        for c in tabled:
            if c.lower_ in self.package_nouns:
                owner = [g for g in c.children if g.dep_ in ("poss", "compound", "amod")]
                found = [p for o in owner for p in self.parties(o)]
                if not found and any(g.lower_ in ("the", "this", "that") for g in c.children):
                    return None
                return list(dict.fromkeys(found))
        return []
