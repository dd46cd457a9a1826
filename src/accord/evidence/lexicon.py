"""Word lists the extractor matches: issues, stances, event types.

They are general: cues a reader uses to tell a demand from an offer or a
threat, and the words news uses for each issue of the shared vocabulary. All
patterns are case-insensitive regular expressions matched on one sentence.
"""

from __future__ import annotations

import re

_H = r"(hostages?|captives?|abductees?|loved ones|those (held|abducted|taken)|the rest)"
# issue -> [(pattern, implied stance or None, value or None)]
ISSUES: dict[str, list[tuple[str, str | None, str | None]]] = {
    "hostage_release": [
        (rf"\b(releas\w*|free|freeing|freed|return\w*|recover\w*|rescu\w*|getting|secur\w+|"
         rf"exchange)\s+(of\s+)?(all\s+|more\s+|the\s+|remaining\s+|our\s+|their\s+|half of\s+"
         rf"the\s+|several dozen\s+|additional\s+)*(\w+\s+){{0,2}}{_H}\b", None, None),
        (r"\bhostages?[’']?\s+(release|return|home|safe return|deal|negotiations|talks|releases)\b",
         None, None),
        (r"\bhostage[- ](release|deal|negotiations|talks|releases)\b", None, None),
        (r"\b(release|return|freeing)\s+of\s+(the\s+|all\s+)?(\d[\d,]*\s+)?(\w+\s+){0,3}"
         r"(held hostage|hostages?|captives|abductees)\b", None, None),
        (r"\b(released|freed) through\b", None, None),
        (r"\bhostages\s+(who could be |to be |would be |will be )?(released|freed)\b", None, None),
        (r"\bhostages are a priority\b", None, None),
        (rf"\bfor\s+{_H}\b", None, None),
    ],
    "bodies_return": [
        (r"\b(return|returning|hand\w*|recover\w*)\s+(of\s+)?the\s+(bodies|remains)\b", None, None),
    ],
    "prisoner_release": [
        (r"\bprisoners?\s+(exchange|swap|release)\b", None, None),
        (r"\b(releas\w*|free\w*|exchange)\s+(of\s+)?(more\s+|a large number of\s+|all\s+)?"
         r"(\w+\s+){0,2}(prisoners|detainees)\b", None, None),
        (r"\b(prisoners|detainees)\b[^.]{0,40}\b(released|freed)\b", None, None),
        (r"\b(released|freed) from (israeli )?(prison|jail)s?\b", None, None),
        (r"\blife sentences\b", None, None),
        (r"\bconvicted (terrorists|prisoners)\b", None, None),
    ],
    "ceasefire": [
        (r"\b(permanent|lasting|complete|comprehensive|blanket|temporary|full)?\s*"
         r"(cease-?fire|truce)\b", None, None),
        (r"\b(a |the )?(peace |humanitarian |week-long |temporary )?pause\b", None, "pause"),
        (r"\bpause fighting\b", None, "pause"),
        (r"\bcessation of (fighting|hostilities)\b", None, None),
        (r"\b(end(ing)?|stop(ping)?|halt(ing)?) (to )?(the |this )?(war|fighting|aggression)\b",
         None, "permanent"),
        (r"\b(invasion|offensive|fighting|war) (stopped|stops|ends|ended)\b", None, None),
        (r"\bunder fire\b", "condition", None),
        (r"\bcontinue (this|the) war\b", "reject", "permanent"),
        (r"\bwar will continue\b", "condition", None),
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
        (r"\bblockade\b", None, None),
        (r"\b(essential |vital )?supplies\b", None, None),
        (r"\baccess to the hostages\b", None, None),
    ],
    "reconstruction": [
        (r"\b(rebuild\w*|reconstruct\w*)\b", None, "yes"),
    ],
    "hamas_rule": [
        (r"\b(destroy\w*|dismantl\w*|eliminat\w*|defeat\w*|topple\w*|crush\w*|remov\w*|"
         r"eradicat\w*)\s+(of\s+)?(hamas|(that |the |its |hamas[’']s )?(terror )?infrastructure|"
         r"terror networks)\b", None, None),
        (r"\bhamas\s+(as a|rule|control)\b", None, None),
        (r"\bhamas\b[^.,;]{0,30}\bin control\b", None, None),
        (r"\bsurrender\b", None, None),
        (r"\bdisarm\w*\b", None, "disarmed"),
        (r"\bstatus quo\b", None, None),
        (r"\bthreat of hamas\b", None, None),
    ],
    "security_guarantees": [
        (r"\bnever again (threaten|be a threat|pose a threat)\b", None, None),
        (r"\b(remov\w*|eliminat\w*) the threat\b", None, None),
        (r"\bfree from threats?\b", None, None),
        (r"\b(security )?guarantee(s|es)?\b(?! a permanent)", None, None),
        (r"\bwon[’']t be reassembled|never be rebuilt|not be reassembled\b", None, None),
        (r"\binternational force\b", None, None),
    ],
}

# stance -> cue patterns (sentence-level words that carry the position)
STANCES: dict[str, list[str]] = {
    "demand": [
        r"\bdemand\w*", r"\binsist\w*", r"\bcall(ed|s|ing)? on\b", r"\burg\w+", r"\bpush\w*",
        r"\bpress(ed|ing)? for\b", r"\bwants?\b", r"\bseek\w*", r"\bgoals?\b", r"\bobjectives?\b",
        r"\baim(ed|s)? at\b", r"\bcommitted to\b", r"\bstick with\b", r"\basking for\b",
        r"\bpersuade\b", r"\bpriority\b", r"\bneed to\b", r"\bduty\b", r"\bmust\b",
        r"\bto bring about\b", r"\bcentral and uncompromisable\b", r"\badvocated\b",
        r"\btop tenets?\b", r"\bpressed\b", r"\bat any price\b", r"\bno matter what\b",
        r"\bfocused on\b", r"\bexhausting every avenue\b", r"\breturn to the negotiating table\b",
        r"\bconditions?\b", r"\bobjective\b", r"\bsupport\w* [\w’']+ (two |core )*objectives\b",
    ],
    "offer": [r"\bin return\b", r"\boffer\w*", r"\bproposal\b", r"\bwilling to\b",
              r"\bready to\b", r"\bwould welcome\b", r"\bunder (this|the) (new |revised )?plan\b",
              r"\bin exchange for\b"],
    "accept": [r"\baccept(s|ed|ing)?\b", r"\bagree[sd]? to\b", r"\bsupports?\b(?! [\w’']+ "
               r"(two |core )*objectives)", r"\bendorse\w*", r"\bfacilitat\w*",
               r"\bsigned off\b"],
    "reject": [r"\breject\w*", r"\brefus\w*", r"\bdismiss\w*", r"\bnonstarter\b",
               r"\bdelusional\b", r"\bpulled out\b", r"\boppos\w*", r"\bcriticiz\w*",
               r"\bwill not accept\b", r"\bno settlement\b",
               r"\bimposed (a |an )?(near-total |total |full )?blockade\b"],
    "condition": [r"\buntil\b", r"\bunless\b", r"\bonly if\b", r"\bas long as\b",
                  r"\bso long as\b", r"\bonly (happen|come|be possible) as part of\b",
                  r"\bon condition\b", r"\bprovided that\b", r"\bonly (with|within)\b",
                  r"\bmost effective path\b", r"\bonce\b(?! again| more)"],
    "threat": [r"\bmilitary pressure\b", r"\bstronger pressure\b", r"\bpressure (on|for)\b",
               r"\bpress harder\b", r"\bthrough force\b", r"\bby force\b", r"\bwith fire\b",
               r"\bconsequences\b", r"\bpunitive\b", r"\bor die\b", r"\btargeted for death\b",
               r"\bwarn(s|ed)?\b", r"\bwarning (that|of)\b", r"\bthreaten(s|ed|ing)?\b", r"\bpressure\b", r"\bmilitary operations "
               r"advance\b"],
}

# who gives what: a soft cue ("would welcome") by the giving side is an offer, by the other a demand
CONCEDED_BY = {"hostage_release": "hamas", "bodies_return": "hamas", "hamas_rule": "hamas",
               "prisoner_release": "israel", "withdrawal": "israel", "displaced_return": "israel",
               "humanitarian_aid": "israel", "reconstruction": "israel", "ceasefire": "israel",
               "security_guarantees": "hamas"}

VALUES = [
    (r"\b(permanent|lasting|comprehensive|end(ing)? (to )?the war)\b", "ceasefire", "permanent"),
    (r"\b(pause|temporary|week-long)\b", "ceasefire", "pause"),
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
SOFT_OFFER = re.compile(r"\b(would welcome|willing to|ready to|in return|in exchange for|"
                        r"under (this|the) (new |revised )?plan)\b", re.I)
