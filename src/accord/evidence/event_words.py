"""The words :mod:`accord.evidence.event_filter` reads a trigger's company with.

General English, no case words: verbs of tabling or carrying out, the nouns of a deal, what
a denial answers, subjects that are no party, and the phrases before a truce or talks that
say they did not come or are not held.
"""

from __future__ import annotations

import re

from accord.evidence import vocab
from accord.evidence.mode_words import FUTURE_FRAMES, PLANNING

# words before "talks" that say the talks are not held ("pulled out of talks")
NOT_HELD = re.compile(
    r"\b(resume|restart|return to|pulled out of|walked out of|familiar with|breakdown in|"
    r"negotiate with|close to|involved in|briefed on|knowledge of|under)\W+(\w+\W+){0,2}$",
    re.I,
)
# words before a truce's end or start that say it did not come ("close to collapse")
NEAR = re.compile(r"\b(close to|brink of|verge of|edge of|near)\W+(\w+\W+){0,1}$", re.I)

# verbs whose object a proposal noun is when it was tabled ("submitted a proposal")
TABLING = frozenset(
    {
        "make",
        "made",
        "submit",
        "submitted",
        "present",
        "presented",
        "table",
        "tabled",
        "send",
        "sent",
        "deliver",
        "delivered",
        "issue",
        "issued",
        "put",
        "unveil",
        "unveiled",
        "provide",
        "provides",
        "include",
        "includes",
        "offer",
        "offers",
        "call",
        "calls",
        "envisage",
        "envisages",
        "propose",
        "proposes",
        "outline",
        "announce",
        "announced",
        "announces",
    }
) | {  # the forms of the proposal class's verbs ("floated a plan", "put forward a framework")
    form.split()[0]
    for lemma in vocab.verbs().events["proposal"].verbs
    for form in vocab.verb_forms(lemma)
}
# verbs whose object a release noun is when the release happened ("completed the release of",
# "carried out the release of", "facilitated the release of", "the truce secured the release of")
CARRIED_OUT = frozenset(
    {
        "allow",
        "allowing",
        "allowed",
        "complete",
        "completed",
        "saw",
        "carry",
        "carried",
        "carries",
        "carrying",
        "facilitate",
        "facilitated",
        "facilitates",
        "facilitating",
        "secured",
    }
)
# nouns of a release that name a happening: with an ordinal ("the fourth swap"), a day
# ("Monday's releases") or as the subject of their clause ("the handover occurred")
ORDINALS = frozenset(
    {
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "latest",
        "last",
        "final",
    }
)
BE = frozenset({"is", "was", "are", "were", "be", "been", "remains", "remain", "'s", "’s"})
# compounds that make "release" a text put out ("a press release")
NOT_FREEING = frozenset({"press", "news", "media"})
# verbs whose object a threat noun is when someone made it ("issued a threat")
ISSUING = frozenset(
    {
        "post",
        "posted",
        "issue",
        "issued",
        "make",
        "made",
        "send",
        "sent",
        "deliver",
        "delivered",
        "give",
        "gave",
        "repeat",
        "repeated",
        "renew",
        "renewed",
        "announce",
        "announced",
        "set",
        "sets",
    }
)
# subjects that are no party to the negotiation (commentators, the reader)
NON_PARTIES = frozenset(
    {
        "observers",
        "analysts",
        "experts",
        "critics",
        "commentators",
        "you",
        "groups",
        "organizations",
        "organisations",
        "agencies",
        "economists",
        "scholars",
        "many",
        "most",
        "some",
        "people",
        "everyone",
        "historians",
        "polls",
    }
)
# nouns of a deal ("the truce that was negotiated", "acceptance of the plan")
PACKAGES = frozenset(
    {
        "deal",
        "agreement",
        "proposal",
        "plan",
        "truce",
        "offer",
        "framework",
        "extension",
        "accord",
    }
) | {w.lower() for w in vocab.verbs().truce_nouns if w != "pause"}
# what a denial answers: "rejected the charge" denies an accusation, it rejects no offer
CHARGES = frozenset(
    {
        "charge",
        "charges",
        "accusation",
        "accusations",
        "allegation",
        "allegations",
        "claim",
        "claims",
        "report",
        "reports",
        "criticism",
    }
)
DENYING = frozenset({"deny", "denies", "denied", "denying"})
THREATEN = frozenset(vocab.verb_forms("threaten"))
# what a happening can put at risk ("threatened the truce", "threatens the talks")
ENDANGERED = PACKAGES | {
    "day",
    "talks",
    "negotiations",
    "process",
    "future",
    "lives",
    "life",
    "stability",
}
# words of talks that are not held or a clause that stands still ("the talks stalled")
STALLED = frozenset(
    {
        "remain",
        "remains",
        "remained",
        "stalled",
        "stall",
        "stalls",
        "collapsed",
        "faltered",
        "impasse",
        "standstill",
        "deadlock",
        "happened",
        # talks held up ("the talks bogged down over maps", "talks snagged on the maps")
        "bogged",
        "stuck",
        "snagged",
        "foundered",
        "floundered",
        "deadlocked",
        "stalling",
    }
)

# words an infinitive of a stance hangs on when the stance is taken or scheduled ("agreed to
# sign", "is ready to accept", "voted to approve", "is expected to endorse"); under any other
# word ("gave it a week to accept", "efforts to reach a deal", "hopes to sign") the infinitive
# is a purpose or a wish, and no acceptance or rejection happened
STANCE_TAKEN = frozenset(
    PLANNING
    | FUTURE_FRAMES
    | {"decided", "voted", "chose", "opted", "resolved", "moved", "began", "started", "be"}
)
