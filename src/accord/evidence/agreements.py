"""Agreements, deal terms and tabled packages: ``accept`` and ``offer`` claims from the parse.

News on a deal day is mostly acceptances: "A and B agreed to ...", "the deal includes ...",
"X will release ...". Three readings, each from the clause structure:

- **Agreement**: a verb of the ``agree`` class (agree, accept, reach, sign, approve, extend
  ...) whose subject names parties — each party of a coordinated or joint subject ("A and B",
  "A, B", "both sides", "a truce between A and B") accepts each issue of the sentence that it
  delivers, and every party accepts a mutual issue (a truce). Negated, it is a rejection.
- **Deal terms** (:mod:`accord.evidence.frame_terms`): an issue reported as planned (future,
  modal or passive: "will release", "would be freed", "to be freed") in a sentence about a
  deal, or after one, is accepted by the party that delivers it; inside a tabled package it
  is offered by whoever tabled it.
- **Tabling**: a verb of the ``table`` class (propose, submit, present, outline ...) with a
  party as subject, or a package named as a party's ("X's proposal"), opens a package: the
  issues of that sentence and of the planned terms that follow are offers by the party.

The frame (the last deal or package named) carries over to the next sentences, with the
speaker who reported it, until another frame opens or the article moves on (``_SPAN``
sentences). Who delivers an issue comes from ``delivered_by`` (a scenario's, else the issue
vocabulary's); mutual issues are marked in ``data/lexicon.yaml``.
"""

from __future__ import annotations

from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex
from accord.evidence.agreement_terms import (
    Frame,
    aimed_at,
    cue_words,
    deal_package_nouns,
    deal_taken,
    extent,
    is_parsed,
    mutual_issues,
    nominal,
    package_issue,
    refused,
    talk_nouns,
    term_holders,
    token_index,
    verb_classes,
    verbal,
)
from accord.evidence.frame_terms import Claim, frame_terms
from accord.evidence.holders import GROUPS
from accord.evidence.modes import has_marks, read
from accord.evidence.parties import (
    absolute_subject,
    agent_of,
    package_of_relative,
    parties_of,
    phrase,
    pronoun_party,
    subject_of,
)
from accord.evidence.speech import Attribution

_SPAN = 12  # sentences a frame lasts without being named again
GUARANTEE_ISSUE = vocab.lexicon().guarantee_issue
_PACKAGE_ISSUE = vocab.lexicon().package_issue  # what a package whose terms are not given offers
MEDIATORS = frozenset(GROUPS.get("mediators", ()))
FUTURE = frozenset({"will", "would", "shall", "’ll", "'ll"})
# the speaker of a claim the sentence's source does not state ("X said it would accept parts
# of Y's plan to end the war": Y's offer is the text's description, not X's report)
UNSTATED = ""


class Agreements:
    """Reads agreements, deal terms and packages sentence by sentence, keeping the frame."""

    def __init__(self, index: ActorIndex, giver: dict[str, str]):
        self.index = index
        self.giver = giver
        self.delivering = list(dict.fromkeys(v for v in giver.values()))
        self.frame: Frame | None = None

    def _agreeing(
        self,
        verb: Any,
        subj: Any,
        passive: bool,
        att: Attribution | None,
        deal_nouns: frozenset[str],
    ) -> list[str]:
        """The parties of an agreement verb: its subject, with names set beside it by a comma
        ("Ruritania, Borduria agree"); for a passive deal ("a truce between A and B was extended",
        "a truce had been reached"), its agent, its "between", else the parties of the
        deal named before, else the parties that deliver issues."""
        if subj is not None and not passive:
            parties = parties_of(subj, self.index, self.delivering)
            for c in verb.children:
                if (
                    c.i < verb.i
                    and c is not subj
                    and (c.dep_ in ("npadvmod", "dep", "nsubj") or c.tag_ in ("NNP", "NNPS"))
                ):
                    parties += [
                        p for p in parties_of(c, self.index, self.delivering) if p not in parties
                    ]
            parties += [p for p in self._listed_before(subj) if p not in parties]
            return parties or pronoun_party(subj, self.index, att)
        if subj is None:
            return []
        agent = agent_of(verb)
        if agent is not None:
            return parties_of(agent, self.index, self.delivering)
        if {t.lower_ for t in subj.subtree} & deal_nouns:
            parties = [m.actor for m in self.index.actors_in(*extent(subj))]
            parties = list(dict.fromkeys(parties))
            if len(parties) > 1:
                return parties
            if self.frame is not None and self.frame.kind == "deal" and len(self.frame.parties) > 1:
                return self.frame.parties
            return list(self.delivering)
        return []

    def _listed_before(self, subj: Any) -> list[str]:
        """Names listed right before a subject with commas or "and" ("Ruritania, Borduria
        agree" in a headline, which the parser often leaves unattached): read off the words,
        back to the first word that is neither a name, a comma nor "and"."""
        found: list[str] = []
        start = min(t.i for t in phrase(subj))
        j = start - 1
        if j < subj.sent.start or subj.doc[j].lower_ not in (",", "and"):
            return found
        while j >= subj.sent.start:
            t = subj.doc[j]
            if t.lower_ in (",", "and", "&"):
                j -= 1
                continue
            got = self.index.actors_in(t.idx, t.idx + len(t.text))
            if not got or t.pos_ != "PROPN":
                break
            found.insert(0, got[0].actor)
            j -= 1
            while j >= subj.sent.start and subj.doc[j].pos_ == "PROPN":
                j -= 1  # the rest of a multi-word name
        return list(dict.fromkeys(found))

    def _guarantors(self, sent: Any, speaker: str | None) -> list[Claim]:
        """Mediators committing, inside a deal or a package, to see it through ("A, B and C
        will work to see the accord carried out", "would help move the talks along"): a
        future or modal clause whose subject names two or more mediators and whose words name
        the deal, a package or talks; accepted in a deal, offered in a package."""
        assert self.frame is not None and GUARANTEE_ISSUE
        base = sent.start_char
        inside = {m.actor for m in self.index.actors_in(base, base + len(sent.text))}
        if len(inside & MEDIATORS) < 2:
            return []
        deal_nouns, package_nouns = deal_package_nouns()
        about = deal_nouns | package_nouns | talk_nouns()
        for verb in sent:
            if verb.pos_ != "VERB" or not any(
                c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children
            ):
                continue
            subj, passive = subject_of(verb)
            if subj is None or passive:
                continue
            parties = parties_of(subj, self.index, self.delivering)
            parties += [p for p in self._listed_before(subj) if p not in parties]
            if len(parties) < 2 or not set(parties) <= MEDIATORS:
                continue
            if read(verb, sent.start, has_marks(sent)).negated or not any(
                t.lower_ in about for t in verb.subtree
            ):
                continue
            stance = "offer" if self.frame.kind == "package" else "accept"
            at = verb.idx - base
            return [(p, GUARANTEE_ISSUE, stance, speaker, "planned", at) for p in parties]
        return []

    def _package_owner(self, verb: Any, package_nouns: frozenset[str]) -> list[str] | None:
        """Who owns the package a tabling verb takes ("outlined the Ruritanian plan"); ``None``
        for a package referred back to ("outlined the plan")."""
        for c in verb.children:
            if c.dep_ == "dobj" and c.lower_ in package_nouns:
                owner = [g for g in c.children if g.dep_ in ("poss", "compound", "amod")]
                found = [p for o in owner for p in parties_of(o, self.index, self.delivering)]
                if not found and any(g.lower_ in ("the", "this", "that") for g in c.children):
                    return None
                return list(dict.fromkeys(found))
        return []

    def sentence(
        self, k: int, sent: Any, issues: list[tuple[str, int, int]], att: Attribution | None
    ) -> list[tuple[str, str, str, str | None, str, int]]:
        """Claims of one sentence: (actor, issue, stance, speaker, mode, issue offset)."""
        out: list[tuple[str, str, str, str | None, str, int]] = []
        if self.frame is not None and k - self.frame.since > _SPAN:
            self.frame = None
        if self.frame is None and not issues and sent.words.isdisjoint(cue_words()):
            return out  # no agreement, tabling or package word, and nothing to carry on
        if not is_parsed(sent):
            return out  # no parse: nothing to read
        classes = verb_classes()
        deal_nouns, package_nouns = deal_package_nouns()
        speaker = att.speaker if att else None
        base = sent.start_char
        names = [i for i, _s, _e in issues]
        handled = False
        done: set[int] = set()  # issues read by an agreement or tabling verb
        words = cue_words()
        for tok in sent:
            low = tok.lower_
            if low not in words:
                continue
            prt = next(
                (
                    c.lower_
                    for c in tok.children
                    if c.dep_ in ("prt", "advmod") and c.i == tok.i + 1
                ),
                None,
            )
            if prt is not None and any(f"{low} {prt}" in forms for forms in classes.values()):
                low = f"{low} {prt}"  # a phrasal verb ("put forward", "turned down", "laid out")
            if (
                tok.pos_ not in ("VERB", "AUX")
                and low not in package_nouns | deal_nouns
                and not verbal(tok)
            ):
                continue
            if low in classes.get("agree", ()) and verbal(tok):
                if tok.dep_ in ("amod", "acl") or nominal(tok) or aimed_at(tok) is not None:
                    continue  # "the deal agreed in January", "accepting X would", "working to
                    # reach a truce": no act
                subj, passive = subject_of(tok)
                obj_words = {t.lower_ for t in tok.subtree}
                if low.startswith(("reach", "clinch", "seal", "sign")) and not (
                    obj_words & deal_nouns or obj_words & package_nouns
                ):
                    continue
                if (
                    low.startswith("extend")
                    and not passive
                    and not any(c.dep_ == "dobj" for c in tok.children)
                ):
                    continue  # "the truce would extend over ...": a duration, not an act
                if subj is not None and any(
                    c.dep_ == "amod" and c.lower_ in classes.get("table", ()) for c in subj.children
                ):
                    continue  # "X's proposed truce would extend ...": a proposal, not a deal
                parties = self._agreeing(tok, subj, passive, att, deal_nouns)
                if not parties:
                    continue
                reading = read(tok, sent.start, has_marks(sent))
                if reading.mode in ("conditional", "hypothetical", "demanded"):
                    continue
                # "did not agree to X", "refused to accept X": a rejection of X
                stance = "reject" if reading.negated or refused(tok) else "accept"
                joint = len(parties) > 1
                lo, hi = extent(tok)
                for issue, s, _e in issues:
                    if not lo <= base + s < hi:
                        continue
                    done.add(s)
                    holders = (
                        term_holders(issue, parties, self.giver)
                        if joint
                        else (
                            parties
                            if issue in mutual_issues() or self.giver.get(issue) in parties
                            else []
                        )
                    )
                    for holder in holders:
                        out.append((holder, issue, stance, speaker, "actual", s))
                if joint or obj_words & deal_nouns:
                    self.frame = Frame(
                        "deal",
                        parties
                        if joint
                        else (
                            self.frame.parties
                            if self.frame and self.frame.kind == "deal"
                            else list(self.delivering)
                        ),
                        speaker,
                        k,
                        names,
                    )
                handled = True
            elif (
                low in classes.get("refuse", ())
                and verbal(tok)
                and not any(c.dep_ in ("dobj", "prep", "xcomp", "nsubjpass") for c in tok.children)
            ):
                # "A accepts the proposal, B rejects": B rejects what A accepted
                subj, _passive = subject_of(tok)
                parties = parties_of(subj, self.index, self.delivering) if subj is not None else []
                if parties and read(tok, sent.start, has_marks(sent)).mode == "actual":
                    own = {
                        t.idx
                        for c in tok.children
                        if c.dep_ not in ("ccomp", "conj", "advcl", "parataxis")
                        for t in c.subtree
                    }
                    for issue, s, _e in issues:
                        if sent.doc[token_index(sent, base + s)].idx in own:
                            continue
                        for p in parties:
                            out.append((p, issue, "reject", speaker, "actual", s))
            elif low in classes.get("table", ()) and tok.dep_ == "amod":
                # "X's proposed truce": the issue it modifies is offered by X
                owner = [c for c in tok.head.children if c.dep_ in ("poss", "compound")]
                parties = [p for o in owner for p in parties_of(o, self.index, self.delivering)]
                for issue, s, e in issues:
                    if parties and base + s <= tok.head.idx < base + e:
                        done.add(s)
                        for p in dict.fromkeys(parties):
                            out.append((p, issue, "offer", speaker, "planned", s))
            elif low in classes.get("table", ()) and tok.pos_ == "VERB" and tok.dep_ != "amod":
                if nominal(tok):
                    continue
                subj, passive = subject_of(tok)
                subj = subj if subj is not None else absolute_subject(tok)  # "with X tabling"
                if subj is None and tok.dep_ == "xcomp" and tok.head.dep_ in ("acomp", "amod"):
                    # "X was ready to present a plan": the subject of the adjective's verb
                    subj, passive = subject_of(tok.head.head)
                    if any(c.dep_ == "neg" for t in (tok.head, tok.head.head) for c in t.children):
                        continue  # "was not ready to present one"
                who = agent_of(tok) if passive else subj
                parties = parties_of(who, self.index, self.delivering) if who is not None else []
                if not parties and who is not None:
                    parties = pronoun_party(who, self.index, att)
                owned = self._package_owner(tok, package_nouns)
                if owned is None and self.frame is not None and self.frame.kind == "package":
                    owned = self.frame.parties  # "outlined the plan": the package named before
                spk = speaker
                if owned and parties != owned:
                    # "the envoy outlined the Ruritanian plan": the plan's owner tables it
                    person = self.index.people_in(who.idx, who.idx + 60) if who is not None else []
                    spk = spk or (person[0][2].name if person else None)
                    parties = owned
                if not parties:
                    continue
                reading = read(tok, sent.start, has_marks(sent))
                if (
                    reading.negated
                    or refused(tok)
                    or reading.mode in ("conditional", "hypothetical")
                ):
                    continue
                for issue, s, _e in issues:
                    done.add(s)
                    for p in parties:
                        out.append((p, issue, "offer", spk, "planned", s))
                tabled = next(
                    (c for c in tok.children if c.dep_ == "dobj" and c.lower_ in package_nouns),
                    package_of_relative(tok, package_nouns),  # "tabled what it called a plan"
                )
                if not issues and tabled is not None and _PACKAGE_ISSUE:
                    # "X presented a new proposal": a package whose terms are not given offers
                    # the issue a package stands for
                    for p in parties:
                        out.append((p, _PACKAGE_ISSUE, "offer", spk, "planned", tabled.idx - base))
                if self.frame is not None and self.frame.parties == parties and spk is None:
                    spk = self.frame.speaker
                self.frame = Frame("package", parties, spk, k, names)
                handled = True
            elif low in package_nouns and tok.pos_ in ("NOUN", "PROPN"):
                owner = (
                    [c for c in tok.children if c.dep_ in ("poss", "compound", "amod")]
                    + [
                        g
                        for c in tok.children
                        if c.dep_ == "prep" and c.lower_ in ("by", "from")
                        for g in c.children
                        if g.dep_ == "pobj"
                    ]
                    + [
                        # "the proposals agreed by Bordurian and Syldavian mediators"
                        g
                        for c in tok.children
                        if c.dep_ == "acl"
                        for a in c.children
                        if a.dep_ == "agent"
                        for g in a.children
                        if g.dep_ == "pobj"
                    ]
                )
                firm_verbs = classes.get("agree", frozenset()) | classes.get("refuse", frozenset())
                first = tok  # the first of a series the package is in ("accepts A, B's plan")
                for _ in range(3):
                    if first.dep_ not in ("conj", "appos") or first.head.i == first.i:
                        break
                    first = first.head
                head = first.head
                if head.lower_ in firm_verbs:
                    owner = []  # accepting or rejecting another's package: no new frame
                parties = [p for o in owner for p in parties_of(o, self.index, self.delivering)]
                if parties:
                    parties = list(dict.fromkeys(parties))
                    # the package's own issue: "X's plan to end the war", "a proposal by X
                    # for a truce", "X's proposed truce" — offered by its owner
                    for issue, s, _e in issues:
                        if package_issue(tok, base + s):
                            done.add(s)
                            reporter = att.actor if att else None
                            stance_on = any(
                                a.lower_ in firm_verbs and a.pos_ == "VERB" for a in tok.ancestors
                            )
                            for p in parties:
                                spk = (
                                    UNSTATED if stance_on and reporter not in (None, p) else speaker
                                )
                                out.append((p, issue, "offer", spk, "planned", s))
                    if handled:
                        continue  # the sentence's frame is its agreement or tabling verb's
                    spk = speaker
                    if spk is None and self.frame is not None and self.frame.parties == parties:
                        spk = self.frame.speaker
                    self.frame = Frame("package", parties, spk, k, names)
        if not handled and deal_taken(sent):
            # "the deal will see ...", "this agreement is structured so that ...": a deal the
            # text takes as made, among the delivering parties
            if self.frame is None:
                self.frame = Frame("deal", list(self.delivering), speaker, k, names)
            elif self.frame.kind == "deal":
                self.frame.since = k
        if self.frame is not None and GUARANTEE_ISSUE:
            out += self._guarantors(sent, speaker)
        # deal terms: planned issues in a sentence about a deal or a package
        return out + frame_terms(
            sent, k, issues, done, self.frame, speaker, att, self.index, self.giver, self.delivering
        )
