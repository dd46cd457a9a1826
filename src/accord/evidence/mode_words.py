"""The words the mode rules read (:mod:`accord.evidence.modes`): modal and future auxiliaries,
subordinators of a condition, verbs of asking and of planning, negations.
"""

from __future__ import annotations

MODES = ("actual", "planned", "demanded", "conditional", "hypothetical")

CONDITION_MARKS = {
    "if",
    "unless",
    "once",
    "until",
    "provided",
    "providing",
    "when",
    "after",
    "whenever",
    "lest",
}
FIRM_CONDITION = {"if", "unless", "provided", "providing", "lest"}
OBLIGATION_AUX = {"must", "should"}  # (what ought to be done is asked for)
OBLIGING = {"have", "has", "had", "need", "needs", "needed"}  # "has to", "needs to"
PLANNED_AUX = {"will", "would", "shall", "'ll", "’ll", "wo"}
# (a possibility, not a happening: "the pause can be extended by a day")
HYPOTHETICAL_AUX = {"could", "might", "may", "can"}
# verbs that, in the imperative, set out a scenario ("Suppose X agrees", "Imagine that ...")
SUPPOSING = {"suppose", "imagine", "assume", "picture"}
ASKING = {
    "demand",
    "demands",
    "demanded",
    "demanding",
    "urge",
    "urges",
    "urged",
    "urging",
    "call",
    "calls",
    "called",
    "calling",
    "seek",
    "seeks",
    "sought",
    "seeking",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "want",
    "wants",
    "wanted",
    "ask",
    "asks",
    "asked",
    "asking",
    "press",
    "pressed",
    "pressing",
    "push",
    "pushed",
    "pushing",
    "request",
    "requests",
    "requested",
    "requesting",
    "require",
    "requires",
    "required",
    "need",
    "needs",
    "needed",
    "exhort",
    "exhorted",
    "pressure",
    "pressured",
}
# words that make a future of "to" + verb: "is set to resume", "is expected to free", "is to
# release", "plans to free" (the agreed or scheduled, BRIEF: planned)
FUTURE_FRAMES = frozenset(
    {"set", "expected", "due", "poised", "slated", "scheduled", "going", "is", "are", "was"}
    | {"were", "plans", "plan", "planned", "planning", "intends", "intend", "intended"}
)
PLANNING = {
    "expected",
    "scheduled",
    "set",
    "due",
    "slated",
    "plan",
    "plans",
    "planned",
    "planning",
    "agree",
    "agrees",
    "agreed",
    "agreeing",
    "intend",
    "intends",
    "intended",
    "prepare",
    "prepared",
    "preparing",
    "ready",
    "willing",
    "poised",
    "going",
    "pledge",
    "pledged",
    "promise",
    "promised",
    "promises",
    "commit",
    "committed",
    "vow",
    "vowed",
    "decide",
    "decided",
    "supposed",
    "include",
    "includes",
    "allow",
    "allows",
    "expect",
    "expects",
}
NEGATIONS = {"not", "n't", "never", "no", "nor", "without"}
# words of a sentence without which no clause of it is a condition
MARK_WORDS = frozenset(CONDITION_MARKS | {"long", "exchange", "return"})
