"""Word lists the extractor matches: issues, stances, event types.

They are general: cues a reader uses to tell a demand from an offer or a
threat, and the words news uses for each issue of the shared vocabulary. All
patterns are case-insensitive regular expressions matched on one sentence.
"""

from __future__ import annotations

import re

_H = r"(hostages?|captives?|abductees?|loved ones|those (held|abducted|taken))"
# issue -> [(pattern, implied stance or None, value or None)]
ISSUES: dict[str, list[tuple[str, str | None, str | None]]] = {
    "hostage_release": [
        (rf"\b(releas\w*|free|freeing|freed|return\w*|recover\w*|rescu\w*|getting|secur\w+|"
         rf"exchange)\s+(of\s+)?(\w+\s+){{0,4}}?{_H}\b", None, None),
        (r"\bhostages?[’']?\s+(release|return|home|safe return|deal|negotiations|talks|releases)\b",
         None, None),
        (r"\bhostage[- ](release|deal|negotiations|talks|releases)\b", None, None),
        (r"\b(release|return|freeing)\s+of\s+(\w+\s+){0,6}?(held hostage|hostages?|captives|"
         r"abductees)\b", None, None),
        (r"\b(hostages|captives)\s+(\w+\s+){0,2}(released|freed)\b", None, None),
        # the hostages named as someone's priority or goal ("bringing the captives home")
        (r"\b(hostages|captives|abductees)\b[^.;]{0,12}\b(home|priority|back)\b", None, None),
        (rf"\bfor\s+{_H}\b", None, None),
    ],
    "bodies_return": [
        (r"\b(return|returning|hand\w*|recover\w*)\s+(of\s+)?the\s+(bodies|remains)\b", None, None),
    ],
    "prisoner_release": [
        (r"\bprisoners?\s+(exchange|swap|release)\b", None, None),
        (r"\b(releas\w*|free\w*|exchange)\s+(of\s+)?(\w+\s+){0,4}?(prisoners|detainees)\b",
         None, None),
        (r"\b(prisoners|detainees)\b[^.]{0,40}\b(released|freed)\b", None, None),
        (r"\b(released|freed) from (\w+ )?(prison|jail)s?\b", None, None),
        (r"\b(life|long) sentences\b", None, None),
        (r"\bconvicted (terrorists|prisoners|militants)\b", None, None),
    ],
    "ceasefire": [
        (r"\b(permanent|lasting|complete|comprehensive|blanket|temporary|full)?\s*"
         r"(cease-?fire|truce|armistice)\b", None, None),
        (r"\b(\w+[- ])?pause\b", None, "pause"),
        (r"\bcessation of (fighting|hostilities)\b", None, None),
        (r"\b(end(ing)?|stop(ping)?|halt(ing)?) (to )?(the |this )?(war|fighting|aggression)\b",
         None, "permanent"),
        (r"\b(invasion|offensive|fighting|war) (stopped|stops|ends|ended)\b", None, None),
        (r"\bcontinu\w* (this |the )?(war|fighting|offensive)\b", "reject", "permanent"),
        (r"\b(war|fighting|offensive) will (continue|go on)\b", "condition", None),
        (r"\bfinish the (fight|job|war)\b", "reject", "permanent"),
    ],
    "withdrawal": [
        (r"\b(full|complete|comprehensive|partial|total)?\s*(\w+\s+)?withdraw\w*\b", None, None),
    ],
    "displaced_return": [
        (r"\breturn of (all |the )?displaced\b", None, "yes"),
        (r"\b(allowed to |right to )?return to (the )?(northern|north) gaza\b", None, "yes"),
        (r"\bdisplaced (people|persons|palestinians|gazans)\b[^.]{0,30}\breturn", None, "yes"),
    ],
    "humanitarian_aid": [
        (r"\b(all |more |humanitarian )?aid\b(?! (groups|organizations|agencies|workers))", None,
         None),
        (r"\b(blockade|siege)\b", None, None),
        (r"\b(essential |vital )?supplies\b", None, None),
        # humanitarian access to people held (the ICRC's mandate)
        (r"\baccess to (\w+ )?(hostages|captives|detainees|prisoners)\b", None, None),
    ],
    "reconstruction": [
        (r"\b(rebuild\w*|reconstruct\w*)\b", None, "yes"),
    ],
    "hamas_rule": [
        (r"\b(destroy\w*|dismantl\w*|eliminat\w*|defeat\w*|topple\w*|crush\w*|remov\w*|"
         r"eradicat\w*)\s+(of\s+)?(hamas|(\w+\s+){0,2}?(terror\s+)?infrastructure|"
         r"(\w+\s+)?(terror|militant) (networks?|groups?))\b", None, None),
        (r"\bhamas[’']?s?\s+(rule|control|governance)\b", None, None),
        (r"\bhamas\b[^.,;]{0,30}\bin control\b", None, None),
        (r"\bsurrender\b", None, None),
        (r"\bdisarm\w*\b", None, "disarmed"),
        (r"\bstatus quo\b", None, None),
    ],
    "security_guarantees": [
        (r"\bnever again (threaten|be a threat|pose a threat)\b", None, None),
        (r"\b(remov\w*|eliminat\w*|neutrali[sz]\w*) the threat\b", None, None),
        (r"\b(free|safe) from (\w+ )?threats?\b", None, None),
        (r"\b(security )?guarantee(s|es)?\b(?! a permanent)", None, None),
        (r"\b(never|not|cannot) be (rebuilt|reassembled|rearmed|reconstituted)\b", None, None),
        (r"\binternational (force|peacekeepers|peacekeeping)\b", None, None),
    ],
}

# stance -> cue patterns (sentence-level words that carry the position)
STANCES: dict[str, list[str]] = {
    "demand": [
        r"\bdemand\w*", r"\binsist\w*", r"\bcall(ed|s|ing)? on\b", r"\burg\w+", r"\bpush\w*",
        r"\bpress(ed|ing)? for\b", r"\bwants?\b", r"\bseek\w*", r"\bgoals?\b", r"\bobjectives?\b",
        r"\baim(ed|s)? at\b", r"\bcommitted to\b", r"\bask(ing|ed|s)? for\b",
        r"\b(persuade|convince)\b", r"\bpriority\b", r"\bneed to\b", r"\bduty\b", r"\bmust\b",
        r"\b(non-negotiable|uncompromis\w+|paramount|red line)\b", r"\badvocat\w*",
        r"\bpressed\b", r"\bat any (price|cost)\b", r"\bno matter what\b", r"\bwhatever it takes\b",
        r"\bfocus(ed|ing)? on\b", r"\bconditions?\b", r"\bsupport\w*\s+(\S+\s+){0,3}?"
        r"(objectives|goals|aims|demands)\b",
    ],
    "offer": [r"\bin return\b", r"\boffer\w*", r"\bproposal\b", r"\bwilling to\b",
              r"\bready to\b", r"\b(would |will )?welcome\b",
              r"\bunder (this|the|that) (\w+ )?(plan|proposal|deal|framework)\b",
              r"\bin exchange for\b"],
    "accept": [r"\baccept(s|ed|ing)?\b", r"\bagree[sd]? to\b", r"\bsupports?\b(?!\s+(\S+\s+){0,3}?"
               r"(objectives|goals|aims|demands))", r"\bendorse\w*", r"\bfacilitat\w*",
               r"\bsigned off\b"],
    "reject": [r"\breject\w*", r"\brefus\w*", r"\bdismiss\w*", r"\bnon-?starter\b",
               r"\b(delusional|unacceptable|absurd|ludicrous)\b", r"\bout of the question\b",
               r"\bpulled out\b", r"\boppos\w*", r"\bcriticiz\w*", r"\bwill not accept\b",
               r"\b(impos\w*|tighten\w*)\b[^.]{0,25}\b(blockade|siege)\b"],
    "condition": [r"\buntil\b", r"\bunless\b", r"\bonly if\b", r"\bas long as\b",
                  r"\bso long as\b", r"\bon condition\b", r"\bprovided that\b",
                  r"\bonly (\w+ ){0,2}(as part of|as a (result|consequence) of|with|within|through|after)\b",
                  r"\b(best|only|most effective) (way|path|route) to\b",
                  r"\bwhile (under fire|the (war|fighting|bombing) (continues|goes on))\b",
                  r"\bonce\b(?! again| more)"],
    "threat": [r"\bmilitary pressure\b", r"\b(stronger|more|increased|maximum) pressure\b",
               r"\bpressure (on|for)\b", r"\bthrough force\b", r"\bby force\b",
               r"\bconsequences\b", r"\bpunitive\b", r"\b(will|would) pay\b",
               r"\bwarn(s|ed)?\b", r"\bwarning (that|of)\b", r"\bthreaten(s|ed|ing)?\b",
               r"\bpressure\b"],
}

# Who delivers what, when no scenario says (``Issue.delivered_by``): the side that holds or
# controls the thing each issue of the shared vocabulary gives. A soft cue ("would welcome")
# by the delivering side is an offer, by the other side a demand; a side never "demands" what
# only it can give.
DEFAULT_DELIVERED_BY: dict[str, str] = {
    "hostage_release": "hamas", "bodies_return": "hamas", "hamas_rule": "hamas",
    "security_guarantees": "hamas", "prisoner_release": "israel", "withdrawal": "israel",
    "displaced_return": "israel", "humanitarian_aid": "israel", "reconstruction": "israel",
    "ceasefire": "israel",
}

VALUES = [
    (r"\b(permanent|lasting|comprehensive|end(ing)? (to )?the war)\b", "ceasefire", "permanent"),
    (r"\b(pause|temporary|week-long|humanitarian)\b", "ceasefire", "pause"),
    (r"\b(full|complete|comprehensive|total)\b", "withdrawal", "full"),
    (r"\bpartial\b", "withdrawal", "partial"),
    (r"\ball\b", "hostage_release", "all"),
    (r"\ball\b", "bodies_return", "all"),
    (r"\b(destroy\w*|eliminat\w*|remov\w*|defeat\w*|toppl\w*)\b", "hamas_rule", "removed"),
    (r"\bdisarm\w*|dismantl\w*\b", "hamas_rule", "disarmed"),
]


def compile_issues() -> list[tuple[re.Pattern[str], str, str | None, str | None]]:
    return [(re.compile(p, re.I), issue, stance, value)
            for issue, pats in ISSUES.items() for p, stance, value in pats]


def compile_stances() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(p, re.I), stance) for stance, pats in STANCES.items() for p in pats]


ISSUE_PATTERNS = compile_issues()
STANCE_PATTERNS = compile_stances()
SOFT_OFFER = re.compile(r"\b((would |will )?welcome|willing to|ready to|in return|in exchange for|"
                        r"under (this|the|that) (\w+ )?(plan|proposal|deal|framework))\b", re.I)
