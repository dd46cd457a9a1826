"""Claims: who stated which position (stance) on which issue, with the sentence as evidence.

For each sentence the extractor finds the issues it names (issue lexicon), the
cue words that carry a stance (demand, offer, accept, reject, condition,
threat) and, for each issue, the nearest cue. The holder of the position is
the grammatical owner of that cue — the subject of its verb, or the possessor
of a noun such as "demands" — resolved to an actor; failing that, the actor
the sentence's speaker speaks for. A rejection of "these demands" or "the plan"
that names no issue inherits the issues of the demands or plan it refers to.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.actors import ActorIndex
from accord.evidence.agreements import Agreements
from accord.evidence.lexicon import (
    DEFAULT_DELIVERED_BY,
    ISSUE_PATTERNS,
    SOFT_OFFER,
    STANCE_PATTERNS,
    VALUES,
)
from accord.evidence.modes import exchange_for, has_marks, read
from accord.evidence.patients import patient_issues
from accord.evidence.prefilter import Prefiltered
from accord.evidence.speech import Attribution, claim_speaker
from accord.evidence.types import Claim, Span

# the mode a stance gives a position when the clause says no more (BRIEF: modes)
_STANCE_MODE = {
    "demand": "demanded",
    "condition": "conditional",
    "threat": "conditional",
    "offer": "planned",
    "accept": "actual",
    "reject": "actual",
}
_FIRST_PERSON = {"we", "our", "us", "i", "my"}
_IT = {"it", "its", "they", "their", "them"}
GROUP = "group:"
ACTORS = "actors:"  # several actors holding one position: "actors:ruritania,borduria"
# how an actor is named as a speaker: the first of its names (actors.yaml)
_ACTOR_NAME = {k: e.names[0] for k, e in vocab.actors().actors.items() if e.names}
GROUPS: dict[str, list[str]] = {k.lower(): list(v) for k, v in vocab.actors().groups.items()}


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    from accord.evidence.gazetteer import ADJECTIVES

    return {
        adj: actor
        for actor, adjs in ADJECTIVES.items()
        for adj in adjs
        if adj[:1].isupper() and not adj.endswith(("s", "’s", "'s"))
    }


_REFERS = re.compile(
    r"\b(conditions|demands|terms|plan|proposals?|framework|offer|deal|"
    r"extension|agreement|attempts|initiative|response|counterproposal)\b",
    re.I,
)
PACKAGE_ISSUE = vocab.lexicon().package_issue
_PLAN_INTRO = re.compile(
    r"^\s*(under (this|the|that) (\w+ )?(plan|proposal|deal|framework)|"
    r"(the|this|that) (\w+ )?(plan|proposal) (would|calls))",
    re.I,
)
_SUPPORTS = re.compile(r"\bsupport\w*\s+(\S+\s+){0,3}?(objectives|goals|aims|demands)\b", re.I)


def _token_at(sent: Any, char: int) -> Any:
    for tok in sent:
        if tok.idx <= char < tok.idx + len(tok.text) + 1:
            return tok
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


def _core(tok: Any) -> list[Any]:
    """The noun phrase of ``tok`` without its prepositional and clausal modifiers."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in _CORE:
            out += _core(child)
    return out


def _actor_in(tokens: list[Any], index: ActorIndex, before: int) -> str | None:
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
    low = tokens[0].lower_ if len(tokens) == 1 else ""
    if low in _IT:
        prior = [m for m in index.mentions if m.evidence.end <= before and m.kind != "person"]
        return prior[-1].actor if prior else None
    if low in ("he", "she", "his", "her"):
        person = index.last_person_before(before)
        return person.actor if person else None
    return None


_REFUSING = frozenset(
    f for lemma in vocab.verbs().stance_verbs.get("refuse", []) for f in vocab.verb_forms(lemma)
)


_CONDITIONS = {"if", "unless", "until", "provided", "providing"}
_MARK_WORDS = frozenset(_CONDITIONS | {"long"})


def _ultimatum(tok: Any) -> Any | None:
    """The main verb of a sentence whose condition clause holding ``tok`` says what must
    happen: "unless X ...", "if X is not ..." (an ultimatum); else ``None``."""
    t = tok
    for _ in range(6):
        if t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX"):
            marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
            negated = any(c.dep_ == "neg" for c in t.children)
            if "unless" in marks or ("if" in marks and negated):
                return t.head
            return None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _conditioned(tok: Any) -> bool:
    """The clause of ``tok`` has a condition attached ("... if Y", "... until Y", "as long as
    Y"), and ``tok`` is not itself inside the condition."""
    t = tok
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "mark" for c in t.children) and t.dep_ == "advcl":
                return False  # inside the condition
            for c in t.children:
                if c.dep_ == "advcl" and any(
                    g.dep_ == "mark"
                    and (
                        g.lower_ in _CONDITIONS
                        or (g.lower_ == "as" and g.i > 0 and g.doc[g.i - 1].lower_ == "long")
                    )
                    for g in c.children
                ):
                    return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _parsed(sent: Any) -> bool:
    got = getattr(sent, "parsed", None)
    return got if got is not None else any(t.dep_ != "ROOT" for t in sent)


def _matrix_subject(verb: Any, index: ActorIndex) -> str | None:
    """For "X told Y it will ...": the actor subject of the clause governing ``verb``."""
    if verb.dep_ not in ("ccomp", "xcomp") or verb.head.i == verb.i:
        return None
    for c in verb.head.children:
        if c.dep_ == "nsubj":
            members = [c] + [m for m in c.subtree if m.dep_ == "conj"]
            found = [a for m in members for a in [_actor_in(_core(m), index, m.idx)] if a]
            found = list(dict.fromkeys(found))
            if len(found) > 1:
                return ACTORS + ",".join(found)  # "A, B and C said they ..."
            return found[0] if found else None
    return None


def _group(tok: Any) -> str | None:
    """A group noun the vocabulary resolves to several actors ("mediators"; also when the
    tagger takes a capitalised one opening a sentence for a proper noun)."""
    if (
        (tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.text[1:].islower()))
        and tok.lower_ in GROUPS
        and not any(c.dep_ in ("amod", "compound", "poss") for c in tok.children)
    ):
        return GROUP + tok.lower_
    return None


def holder_of(tok: Any, index: ActorIndex) -> str | None:
    """The actor owning a cue: possessor or compound of a noun ("Ruritanian requests", "a demand by
    X"), or the subject of its verb; a condition's subordinator starts from the clause it
    conditions (the subject of "until she is freed" is not who sets the condition)."""
    seen = 0
    t = tok
    if tok.dep_ == "mark" and tok.head.dep_ == "advcl" and tok.head.head.i != tok.head.i:
        t = tok.head.head
    adjectives = _adjectives()
    while seen < 6:
        for child in t.children:
            if child.dep_ in ("poss", "compound") and t.pos_ in ("NOUN", "PROPN"):
                got = _actor_in(_core(child), index, child.idx)
                if got:
                    return got
            if child.dep_ == "amod" and t.pos_ == "NOUN" and child.text in adjectives:
                return adjectives[child.text]
            if child.dep_ == "prep" and child.lower_ == "by" and t.pos_ == "NOUN":
                for g in child.children:
                    if g.dep_ == "pobj":
                        # "a demand by Ruritania and Borduria": each of them
                        members = [g] + [c for c in g.subtree if c.dep_ == "conj"]
                        found = [
                            a for m in members for a in [_actor_in(_core(m), index, m.idx)] if a
                        ]
                        if len(set(found)) > 1:
                            return ACTORS + ",".join(dict.fromkeys(found))
                        if found:
                            return found[0]
        for child in t.children:
            if child.dep_ in ("nsubj", "nsubjpass", "agent") and child.i != tok.i:
                if child.lower_ in _FIRST_PERSON:
                    return None
                if child.lower_ in ("it", "they"):
                    got = _matrix_subject(t, index)
                    if got:
                        return got
                got = _actor_in(
                    _core(child) if child.dep_ != "agent" else list(child.subtree)[1:],
                    index,
                    child.idx,
                )
                if got:
                    return got
                got = _group(child)
                if got:
                    return got
                if child.pos_ in ("PRON", "NOUN", "PROPN"):
                    return None if child.lower_ not in _IT else None
        if t.head.i == t.i:
            break
        t = t.head
        seen += 1
    return None


def _value(issue: str, window: str, implied: str | None) -> str | None:
    if implied:
        return implied
    for pat, iss, val in VALUES:
        if iss == issue and re.search(pat, window, re.I):
            return val
    return None


_ISSUES = [(Prefiltered(p), issue, stance, value) for p, issue, stance, value in ISSUE_PATTERNS]
_STANCES = [(Prefiltered(p), stance) for p, stance in STANCE_PATTERNS]


@lru_cache(maxsize=4096)
def _issue_mentions(text: str) -> tuple[tuple[str, int, int, str | None, str | None], ...]:
    """Issues named in a sentence (cached: the parse selection asks first, the rules again)."""
    low = text.casefold()
    found: list[tuple[str, int, int, str | None, str | None]] = []
    for pat, issue, stance, value in _ISSUES:
        for m in pat.finditer(text, low):
            if any(not (m.end() <= s or e <= m.start()) for _i, s, e, _st, _v in found):
                continue
            found.append((issue, m.start(), m.end(), stance, value))
    return tuple(sorted(found, key=lambda f: f[1]))


@lru_cache(maxsize=4096)
def _cues(text: str) -> tuple[tuple[str, int, int], ...]:
    """Stance cues of a sentence outside its issue mentions (cached like the issues)."""
    issues = _issue_mentions(text)
    low = text.casefold()
    out: list[tuple[str, int, int]] = []
    for pat, stance in _STANCES:
        for m in pat.finditer(text, low):
            if any(s <= m.start() < e for _i, s, e, _st, _v in issues):
                continue
            if any(cs <= m.start() < ce for _s, cs, ce in out):
                continue
            out.append((stance, m.start(), m.end()))
    return tuple(sorted(out, key=lambda c: c[1]))


def needs_parse(text: str) -> bool:
    """Whether the claim rules will read the parse of this sentence (to find cue holders)."""
    return bool(_issue_mentions(text)) or any(c[0] in ("reject", "accept") for c in _cues(text))


def delivered_by_of(scenario: Any) -> dict[str, str]:
    """Who delivers each issue, from a scenario's ``Issue.delivered_by`` over the default table.

    >>> class I: id = "truce"; delivered_by = "union"
    >>> class S: issues = [I()]
    >>> delivered_by_of(S())["truce"]
    'union'
    """
    out = dict(DEFAULT_DELIVERED_BY)
    for issue in getattr(scenario, "issues", None) or []:
        if getattr(issue, "delivered_by", None):
            out[str(issue.id)] = str(issue.delivered_by)
    return out


def extract_claims(
    sents: list[Any],
    index: ActorIndex,
    atts: list[Attribution | None],
    name: str,
    delivered_by: dict[str, str] | None = None,
) -> list[Claim]:
    """Claims of one document, one per (actor, issue, stance) per sentence.

    ``delivered_by`` maps an issue to the party that gives it (see :func:`delivered_by_of`);
    it tells a soft offer from a demand. Default: the table of the shared issue vocabulary.
    """
    giver = delivered_by if delivered_by is not None else DEFAULT_DELIVERED_BY
    claims: list[Claim] = []
    deals = Agreements(index, giver)
    demands: dict[str, list[str]] = {}  # latest issues each actor demanded
    last_plan: list[str] = []  # main issues of the last plan described
    for k, sent in enumerate(sents):
        text = sent.text
        base = sent.start_char
        att = atts[k]
        issues = _issue_mentions(text)
        named = {i[0] for i in issues}
        extra = [m for m in patient_issues(sent, index, giver) if m[0] not in named]
        if extra:
            issues = tuple(sorted(issues + tuple(extra), key=lambda f: f[1]))
        cues = _cues(text)
        span = Span(name, base, base + len(text), text)
        out: dict[tuple[str, str, str], Claim] = {}

        def emit(
            actor: str | None,
            issue: str,
            stance: str,
            value: str | None,
            att: Attribution | None = att,
            span: Span = span,
            out: dict[tuple[str, str, str], Claim] = out,
            mode: str | None = None,
            speaker: str | None = None,
            at: int | None = None,
            base: int = base,
            sent: Any = sent,
        ) -> None:
            if not actor:
                return
            if actor.startswith(GROUP) or actor.startswith(ACTORS):
                members = (
                    GROUPS.get(actor[len(GROUP) :], [])
                    if actor.startswith(GROUP)
                    else actor[len(ACTORS) :].split(",")
                )
                for member in members:
                    emit(member, issue, stance, value, att, span, out, mode, speaker, at)
                return
            if (
                att is not None
                and att.content
                and at is not None
                and not (att.content[0] <= base + at < att.content[1])
            ):
                att = None  # outside what the source reports ("While X agreed, Y said ...")
            speaker = speaker or claim_speaker(
                sent, index, att, actor, None if at is None else base + at
            )
            desc = att.description if att and actor == "unattributed" else None
            out.setdefault(
                (actor, issue, stance),
                Claim(
                    actor,
                    speaker,
                    issue,
                    stance,
                    value,
                    span,
                    desc,
                    mode or _STANCE_MODE.get(stance, "actual"),
                ),
            )

        def owner(
            pos: int, sent: Any = sent, att: Attribution | None = att, base: int = base
        ) -> str | None:
            got = holder_of(_token_at(sent, base + pos), index)
            if got is None and att is not None:
                got = ACTORS + ",".join(att.actors) if att.actors else att.actor
            if got is None:
                inside = index.actors_in(base, base + pos) or index.actors_in(
                    base, base + len(sent.text)
                )
                got = inside[0].actor if inside else None
            return got

        firm = [c for c in cues if c[0] in ("reject", "accept")]
        if not issues and firm and _REFERS.search(text):
            stance, cs, _ce = firm[0]
            cue_tok = _token_at(sent, base + cs)
            cue_reading = (
                read(cue_tok, sent.start, has_marks(sent))
                if _parsed(sent) and cue_tok.pos_ == "VERB"
                else None
            )
            if cue_reading is not None and cue_reading.negated:
                stance = "reject" if stance == "accept" else stance  # "did not agree to"
            if cue_reading is not None and cue_reading.mode != "actual":
                pass  # "if the union agreed to it", "to accept or reject the proposal": no stance yet
            else:
                holder = owner(cs)
                inherited: list[str] = []
                nxt = sents[k + 1].text if k + 1 < len(sents) else ""
                if re.search(r"\b(plan|proposal|framework)\b", text, re.I) and _PLAN_INTRO.search(
                    nxt
                ):
                    inherited = [i for i, _s, _e, st, _v in _issue_mentions(nxt) if st is None][:1]
                elif re.search(r"\b(plan|proposal)\b", text, re.I):
                    inherited = last_plan
                else:
                    others = [a for a in demands if a != holder]
                    inherited = demands[others[-1]] if others else []
                if not inherited and PACKAGE_ISSUE:
                    inherited = [PACKAGE_ISSUE]  # a deal or proposal whose terms are not given
                for issue in inherited:
                    emit(holder, issue, stance, None, at=cs)
        if _PLAN_INTRO.search(text) and issues and k > 0:
            prev = sents[k - 1]
            m = re.search(r"([\w.’']+)\s+(proposal|plan)\b", prev.text)
            plan_owner = None
            if m:
                found = index.actors_in(prev.start_char + m.start(), prev.start_char + m.end())
                plan_owner = found[0].actor if found else None
            main = [i for i, _s, _e, st, _v in issues if st is None][:1]
            last_plan = main
            for issue in main:
                emit(plan_owner, issue, "offer", None)
            claims.extend(out.values())
            continue
        local: dict[str, str] = {}
        for issue, s, e, implied, ivalue in issues:
            window = text[max(0, s - 40) : e]
            value = _value(issue, window, ivalue)
            if implied:
                emit(owner(s), issue, implied, value, at=s)
                continue
            before = [c for c in cues if c[2] <= s and c[0] != "threat"]
            after = [c for c in cues if c[1] >= e and c[0] != "threat"]
            cue = before[-1] if before else (after[0] if after and after[0][1] - e < 60 else None)
            if (
                cue is not None
                and cue[0] == "condition"
                and cue in before
                and any(i2 != issue and s2 < cue[1] for i2, s2, _e2, _st, _v in issues)
            ):
                cue = ("demand", cue[1], cue[2])  # what the condition asks for
            ctok = _token_at(sent, base + cue[1]) if cue is not None else None
            if (
                cue is not None
                and cue[0] in ("accept", "reject")
                and _parsed(sent)
                and ctok is not None
                and ctok.pos_ == "VERB"
            ):
                reading = read(ctok, sent.start, has_marks(sent))
                if reading.mode in ("conditional", "hypothetical", "demanded") or (
                    ctok.tag_ == "VBG" and ctok.dep_ in ("csubj", "nsubj")
                ):
                    cue = None  # "if X agreed", "accepting X would": no position taken yet
                elif reading.negated:
                    cue = ("reject", cue[1], cue[2]) if cue[0] == "accept" else None
            if cue is not None:
                stance = cue[0]
                local[issue] = stance
                holder = owner(cue[1])
                if stance == "demand" and _parsed(sent):
                    # "rejected Ruritanian requests to ...": the rejection is the verb's holder's
                    ctok = _token_at(sent, base + cue[1])
                    if ctok.pos_ == "NOUN" and ctok.head.lower_ in _REFUSING:
                        emit(owner(ctok.head.idx - base), issue, "reject", value, at=cue[1])
                if (
                    stance == "offer"
                    and SOFT_OFFER.search(text[cue[1] : cue[2]])
                    and giver.get(issue) not in (None, holder)
                ):
                    stance = "demand"
                emit(holder, issue, stance, value, at=cue[1])
                if stance == "demand" and holder:
                    demands.setdefault(holder, [])
                    if issue not in demands[holder]:
                        demands[holder].append(issue)
                    # supporting another side's objectives makes them one's own
                    sup = _SUPPORTS.search(text[: cue[2] + 5])
                    if sup:
                        emit(owner(sup.start()), issue, "demand", value)
        if _parsed(sent) and not sent.words.isdisjoint(_MARK_WORDS):
            # a position made conditional by the clause structure: "X could be extended if Y",
            # "will not allow X until Y" — the condition's holder is the main clause's
            for issue, s, _e, implied, ivalue in issues:
                if implied is not None or local.get(issue) in ("reject", "threat"):
                    continue
                demanded_by = _ultimatum(_token_at(sent, base + s))
                if demanded_by is not None:
                    # "unless X is released", "if X is not released by Saturday, ...": the
                    # main clause's holder demands X
                    holder = owner(demanded_by.idx - base)
                    if holder is not None:
                        emit(holder, issue, "demand", ivalue, at=s)
                    continue
                if _conditioned(_token_at(sent, base + s)):
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
                        _value(issue, text[max(0, s - 40) : s + 40], ivalue),
                        at=s,
                    )
        threats = [c for c in cues if c[0] == "threat"]
        if threats:
            holder = owner(threats[0][1])
            for issue, _s, _e, implied, _v in issues:
                if implied is None and local.get(issue, "demand") == "demand":
                    emit(holder, issue, "threat", None)
        for key in list(out):
            if key[2] == "demand" and giver.get(key[1]) == key[0]:
                # a side does not demand what only it can give: the cue is another's — the
                # source's, when one reports it ("X said the union must release ...")
                claim = out.pop(key)
                if (
                    att is not None
                    and att.actor
                    and att.actor != key[0]
                    and att.actor != "unattributed"
                ):
                    out.setdefault(
                        (att.actor, key[1], "demand"),
                        Claim(
                            att.actor,
                            att.speaker,
                            key[1],
                            "demand",
                            claim.value,
                            span,
                            None,
                            "demanded",
                        ),
                    )
        plain = [(i, s, e) for i, s, e, implied, _v in issues if implied is None]
        firm_issues = {
            key[1] for key in out if key[2] in ("demand", "condition", "reject", "threat")
        }
        terms = deals.sentence(k, sent, plain, att)
        if _parsed(sent) and any(
            st == "accept" and md == "planned" for _a, _i, st, _sp, md, _s in terms
        ):
            # deal terms "X will release A in exchange for B": B is a term too, accepted by the
            # party that delivers it, not a demand of X
            for issue, s, _e, _implied, _v in issues:
                asked = next((kk for kk in out if kk[1] == issue and kk[2] == "demand"), None)
                deliverer = giver.get(issue)
                if (
                    asked is not None
                    and deliverer is not None
                    and deliverer != asked[0]
                    and exchange_for(_token_at(sent, base + s))
                ):
                    old_claim = out.pop(asked)
                    firm_issues.discard(issue)
                    terms.append((deliverer, issue, "accept", old_claim.speaker, "planned", s))
        for actor, issue, stance, speaker, mode, s in terms:
            if stance == "accept" and mode == "planned" and issue in firm_issues:
                continue  # terms someone demands or rejects are not agreed terms
            opposite = {
                "accept": ("offer", "demand", "reject"),
                "reject": ("accept", "offer"),
                "offer": ("demand", "accept"),
            }.get(stance, ())
            for other in opposite:
                out.pop((actor, issue, other), None)
            value = _value(issue, text[max(0, s - 40) : s + 40], None)
            emit(actor, issue, stance, value, mode=mode, speaker=speaker, at=s)
        claims.extend(out.values())
    return claims
