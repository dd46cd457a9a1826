"""The clause readings the claim rules share: a condition attached to a clause ("... if Y",
"... until Y", "as long as Y"), an ultimatum ("unless X ...", "if X is not ..."), the
commitment whose open condition holds a word ("X will resume its efforts when Y": the
verb "resume" for Y), and a package judged ("their terms are absurd": the judge's, not the
package owner's). Read in the dependency parse; used by
:mod:`accord.evidence.claim_clauses`, :mod:`accord.evidence.claim_sentence` and
:mod:`accord.evidence.claim_steps` (the package judged by
:mod:`accord.evidence.holders`). Who holds a position is in
:mod:`accord.evidence.holders`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from accord.evidence import vocab
from accord.evidence.mode_words import FUTURE_FRAMES

CONDITIONS = {"if", "unless", "until", "provided", "providing"}
PERSISTING = vocab.stance_forms("persist")
CEASING = vocab.stance_forms("cease")
MARK_WORDS = frozenset(CONDITIONS | {"long", "once", "when", "whenever"})
PROVISOS = frozenset({"provided", "providing"})  # a condition the parser reads as a verb


_LASTING = frozenset(
    f
    # (a rule that lasts: "while the militia still governs X", "as it holds power")
    for lemma in ("remain", "continue", "stay", "last", "persist", "govern", "rule", "control")
    for f in vocab.verb_forms(lemma)
)


def lasting_while(clause: Any) -> bool:
    """A clause "while X remains / continues" (a state lasting), or a present state in the
    passive or with "be" ("while the corridor is occupied", "while it is under fire"): a bar
    like "until" its end."""
    if not any(g.dep_ == "mark" and g.lower_ == "while" for g in clause.children):
        return False
    if clause.lower_ in _LASTING:
        return True
    if clause.lower_ in ("is", "are"):
        return clause.tag_ in ("VBZ", "VBP")
    return clause.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in clause.children
    )


_NOT_DOING = vocab.stance_forms("fail") | vocab.stance_forms("refuse")


def negative_condition(clause: Any) -> bool:
    """An "if" clause that is negated: "does not", "fails to", "refuses to", "if no deal is
    reached"; through a verb of persisting, "if X keeps refusing to ..."."""
    kept = next((c for c in clause.children if c.dep_ == "xcomp"), None)
    if clause.lower_ in PERSISTING and kept is not None:
        clause = kept
    if any(c.dep_ == "neg" for c in clause.children) or clause.lower_ in _NOT_DOING:
        return True
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        for c in clause.children
    )


def ultimatum(tok: Any) -> Any | None:
    """The main verb of a sentence whose condition clause holding ``tok`` says what must
    happen: "unless X ...", "if X is not ..." (an ultimatum); else ``None``."""
    t = tok
    for _ in range(6):
        if t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX"):
            marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
            if "unless" in marks or ("if" in marks and negative_condition(t)):
                return t.head
            return None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


_WANTING = vocab.stance_forms("seek")  # (data/verbs.yaml: want, hope, aim, urge, ...)
_AIMS = frozenset({"goal", "aim", "objective", "hope", "wish", "priority"})


def _wished(verb: Any) -> bool:
    """A verb whose clause says what its holder wants ("wanted the pause to run", "his goal was
    to keep the pause going"): an aim, which a clause of how long does not make a condition."""
    t = verb
    for _ in range(3):
        if t.dep_ not in ("xcomp", "ccomp") or t.head.i == t.i:
            return False
        t = t.head
        if t.lower_ in _WANTING or any(c.dep_ == "nsubj" and c.lower_ in _AIMS for c in t.children):
            return True
    return False


def conditioned(tok: Any) -> bool:
    """The clause of ``tok`` has a condition attached ("... if Y", "... until Y", "as long as
    Y"), and ``tok`` is not itself inside the condition."""
    t = tok
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX"):
            if t.dep_ == "advcl" and (
                any(c.dep_ == "mark" for c in t.children) or t.lower_ in PROVISOS
            ):
                return False  # inside the condition ("if Y ...", "provided that Y ...")
            # the condition hangs on the verb, or on its adverb ("as long as": on "long")
            clauses = [c for c in t.children if c.dep_ == "advcl"] + [
                g for c in t.children if c.dep_ == "advmod" for g in c.children if g.dep_ == "advcl"
            ]
            for c in clauses:
                long_as = any(
                    g.dep_ == "mark"
                    and g.lower_ == "as"
                    and g.i > 0
                    and g.doc[g.i - 1].lower_ == "long"
                    for g in c.children
                )
                if long_as and _wished(t):
                    return False  # "his aim is to keep the pause going as long as ...": how long
                if (
                    lasting_while(c)
                    or long_as
                    or c.lower_ in PROVISOS  # "provided that Y", parsed as a verb
                    or any(g.dep_ == "mark" and g.lower_ in CONDITIONS for g in c.children)
                ):
                    # (not a clause that is itself what another condition asks: "will sign
                    # only if the mediators guarantee that the truce goes on as long as Y")
                    return not _in_condition(t)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _in_condition(verb: Any) -> bool:
    """Whether a verb is inside the clause of a condition ("if Y guarantees that ...")."""
    t = verb
    for _ in range(6):
        if t.head.i == t.i:
            return False
        if t.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONDITIONS for c in t.children
        ):
            return True
        t = t.head
    return False


_OPEN_MARKS = frozenset(CONDITIONS | {"once", "when", "whenever"})
_COMMITTING = frozenset({"will", "would", "shall", "’ll", "'ll", "wo", "could", "can"})


def condition_of(tok: Any) -> Any | None:
    """The verb of a commitment whose condition holds ``tok``: "X will resume its efforts when
    the parties show Y" gives "resume" for Y. The condition is a subordinate clause opened by
    if, unless, until, once, when or "as long as" that has not happened (present tense); the
    main clause is future or modal. Else ``None``."""
    t = tok
    for _ in range(6):
        if t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX"):
            opener = [
                c
                for c in t.children
                if (c.dep_ == "mark" or (c.dep_ == "advmod" and c.i == t.left_edge.i))
                and (
                    c.lower_ in _OPEN_MARKS
                    or (c.lower_ == "as" and c.i > 0 and c.doc[c.i - 1].lower_ == "long")
                    or (c.lower_ == "while" and lasting_while(t))
                )
            ]
            if not opener:
                return None
            main = t.head
            if main.dep_ == "advmod" and main.head.i != main.i:
                main = main.head  # "as long as": the clause hangs on "long"
            aux = {c.lower_ for c in main.children if c.dep_ == "aux"}
            if t.tag_ not in ("VBP", "VBZ") and not _reported_open(t, opener[0], aux):
                return None
            if main.dep_ == "xcomp" and "to" in aux and main.head.lower_ in FUTURE_FRAMES:
                return main  # "X is set to resume ... when", "is expected to", "is due to"
            return main if aux & _COMMITTING else None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _reported_open(verb: Any, opener: Any, aux: set[str]) -> bool:
    """An open condition in reported speech, its tense shifted back: "X said it would free A
    if B were included" (a past "when" clause stays a past circumstance)."""
    if "would" not in aux or opener.lower_ not in CONDITIONS:
        return False
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


@lru_cache(maxsize=1)
def _position_nouns() -> frozenset[str]:
    v = vocab.verbs()
    words = list(v.deal_nouns) + list(v.package_nouns) + ["demand", "condition", "position"]
    return frozenset(f for n in words for f in vocab.noun_forms(n))


def judged_package(tok: Any) -> bool:
    """A predicate adjective judging a package or a position ("the response was unacceptable",
    "their terms are absurd"): its holder is the judge, not the package's owner."""
    if tok.pos_ != "ADJ" or tok.dep_ not in ("acomp", "attr", "oprd"):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _position_nouns()
        for c in tok.head.children
    )


def persisting_until(until: Any) -> bool:
    """``until`` (the word) opens what an effort is kept up for: "will continue its mediation
    until the war ends", "will not rest until every one is home", "keep up the pressure until
    X" -- what the clause names is the aim of the effort (asked for), not a condition on it
    ("would not resume talks until X" withholds talks: a condition)."""
    if until.lower_ not in ("until", "till") or until.dep_ not in ("mark", "prep"):
        return False
    main = until.head.head if until.dep_ == "mark" else until.head
    verbs = [main, main.head] if main.dep_ in ("xcomp", "pcomp") else [main]
    # "go back to fighting until X", "resume fighting until X": the effort is a verb form
    # between the clause's verb and "until"
    verbs += [t for t in until.doc[main.i + 1 : until.i] if t.tag_ in ("VBG", "VB")]
    for verb in verbs:
        if verb.lower_ in PERSISTING or verb.lemma_ in PERSISTING:
            return True
        prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        phrase = f"{verb.lower_} {prt}" if prt else verb.lower_  # "give up", "let up"
        if phrase in CEASING and any(
            c.dep_ == "neg"
            # "no one will rest until X", "nobody will stop until X"
            or (
                c.dep_ == "nsubj"
                and (c.lower_ == "nobody" or any(d.lower_ == "no" for d in c.children))
            )
            for c in verb.children
        ):
            return True
    return False


def opener(tok: Any) -> Any | None:
    """The word opening the subordinate clause that holds ``tok`` ("until", "if" ...)."""
    t = tok
    for _ in range(6):
        if t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX"):
            return next((c for c in t.children if c.dep_ == "mark"), None)
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def conditioned_clause(tok: Any) -> Any:
    """The clause a condition's subordinator conditions ("... unless Y does", "X ends only
    when Y is disarmed": the clause of "ends"), else ``tok`` itself."""
    if tok.dep_ == "mark" and tok.head.dep_ == "advcl" and tok.head.head.i != tok.head.i:
        return tok.head.head
    when = tok.head
    if (
        tok.lower_ == "only"
        and when.lower_ == "when"
        and when.dep_ == "advmod"
        and when.head.dep_ == "advcl"
        and when.head.head.i != when.head.i
    ):
        return when.head.head
    if (
        tok.lower_ == "only"
        and tok.dep_ == "advmod"
        and when.dep_ == "advcl"
        and when.head.i < tok.i  # (the conditioned clause first; not a misparse inside it)
        and any(c.dep_ == "mark" and c.i == tok.i + 1 for c in when.children)
    ):
        return when.head  # "X will free them only if Y ends the war": the clause of "free"
    return tok


RATE_WORDS = frozenset({"every", "each"})


def _rates(sent: Any) -> list[tuple[Any, range]]:
    """The rates of a sentence, each as the verb it conditions and the tokens it spans: "for
    every ten abductees freed" as a phrase on the verb, or as a clause ("for every 10 more
    abductees freed", the parse's "for" marking the clause) on the verb above it."""
    found = []
    for f in sent:
        if f.lower_ != "for":
            continue
        if (
            f.dep_ == "prep"
            and any(g.dep_ == "pobj" and _every(g) for g in f.children)
            and f.head.pos_ in ("VERB", "AUX")
        ):
            found.append((f.head, range(f.i, f.right_edge.i + 1)))
        elif f.dep_ == "mark" and any(
            g.dep_ in ("nsubj", "nsubjpass") and _every(g) for g in f.head.children
        ):
            verb = next((a for a in f.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None:
                found.append((verb, range(f.i, f.head.right_edge.i + 1)))
    return found


def _every(noun: Any) -> bool:
    return any(d.dep_ == "det" and d.lower_ in RATE_WORDS for d in noun.children)


def rated(tok: Any) -> tuple[Any, bool] | None:
    """The verb a rate conditions when ``tok`` is in its clause: with ``True`` when ``tok`` is
    inside the rate ("extended by a day for every ten abductees freed": the abductees, asked
    for), with ``False`` when it is in the clause the rate conditions (the extension)."""
    for verb, span in _rates(tok.sent):
        if tok.i in span:
            return verb, True
        if verb.left_edge.i <= tok.i <= verb.right_edge.i:
            return verb, False
    return None
