"""Events: talks, proposals, releases, operations, threats ..., dated against publication.

Each sentence is checked against cue patterns per event type. An event takes
the places named in its sentence (one talks event per city when summits were
held in several), the actors mentioned, and the day its date expression
("on Wednesday", "last Friday", "December 20, 2023") resolves to.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from accord.evidence.actors import ActorIndex
from accord.evidence.dates import find_date_mentions, resolve_relative
from accord.evidence.prefilter import Prefiltered
from accord.evidence.types import Event, PublicationDate, Span

_NOT_TALKS = r"(resume|restart|return to|pulled out of|familiar with|breakdown in|negotiate with)"
EVENT_CUES: dict[str, list[str]] = {
    "talks": [r"\b(round|rounds) of (\w+ )?(talks|negotiations)\b",
              r"\b(summits?|talks|negotiations) (were |was )?held\b",
              r"\b(talks|negotiations) (intensif\w+|resum\w+|stall\w*)\b",
              r"\b(arrived|was|were) (at|in) \w+ (\w+ )?for talks\b",
              r"\b(talks|negotiations)\b[^.]{0,60}\b(brokered|mediated|hosted)\b",
              r"\bdirect (\S+ )?talks\b", r"\b(talks|negotiations) on\b[^.]{0,40}\b(begin|began|start)"],
    "proposal": [r"\b(proposal|proposed)\b", r"\bcould entail\b", r"\bput forward\b",
                 r"\btabled\b"],
    "acceptance": [r"\b(agreed|accepted)\b", r"\bsupports? (a|the) [^.]{0,30}(proposal|plan)\b"],
    "rejection": [r"\breject\w*", r"\bdismiss\w*", r"\bpulled out\b", r"\bnon-?starter\b",
                  r"\b(would|will) not (resume|return|negotiate)\b", r"\brefused\b"],
    "release": [r"\b(were|was|been|being) (released|freed)\b", r"\breleased from\b",
                r"\b(for|secur\w*|allow\w*) (the )?release of\b", r"\breleases of\b"],
    "ceasefire_end": [r"\b(cease-?fire|truce|first phase)\b[^.]{0,200}\b(ended|collapsed|expired)\b"],
    "ceasefire_start": [r"\b(cease-?fire|truce)\b[^.]{0,60}\b(began|took effect|started)\b"],
    "military_operation": [r"\bmilitary (operation|campaign|response)\b", r"\boffensive\b",
                           r"\bairstrikes?\b", r"\bground invasion\b",
                           r"\b(reignit|resum|renew)\w* (its |the )?(war|offensive|fighting|"
                           r"strikes|bombing)\b",
                           r"\b(attack|assault) (led by|on)\b",
                           r"\b(troops|forces|unit|soldiers|army|idf)\b[^.,]{0,40}\bkilled\b",
                           r"\boverrun\b", r"\bevacuat\w*\b", r"\brescue (operations?|missions?)\b",
                           r"\bimpos\w* (a |an )?[\w-]* ?(blockade|siege)\b",
                           r"\b(destroys|destroyed|bombed|shelled|raided)\b",
                           r"\b(preparing|prepare|poised) to (enter|invade|attack)\b",
                           r"\blaunched\b", r"\bkilled during\b"],
    "threat": [r"\bwarn(ed|s|ing)?\b", r"\bthreat\b(?! (from|to))", r"\bvows?\b",
               r"\bmilitary pressure\b", r"\bcontinu\w* (this |the )?(war|fighting)\b"],
    "meeting": [r"\b(meet|meeting|met) with\b",
                r"\b(told|addressed|briefed) (the )?(families|family members|relatives)\b"],
    "accusation": [r"\baccus\w*", r"\bto blame\b", r"\bblamed?\b", r"\b(sole )?responsibility\b",
                   r"\bfault\b", r"\bcareless\w*", r"\bnegligen\w*"],
}
# within one sentence: any character but a sentence-ending full stop (one followed by a
# capitalised word), so abbreviations such as "Oct. 7" and "U.S. proposal" do not cut it
_S = r"(?:[^.]|\.(?!\s+[A-Z]))"
EVENT_CUES = {t: [p.replace("[^.]", _S) for p in pats] for t, pats in EVENT_CUES.items()}
_COMPILED = [(t, Prefiltered(re.compile(p, re.I))) for t, pats in EVENT_CUES.items() for p in pats]
_NOT_PLACES = {"israel", "hamas", "us", "u.s.", "america", "united states", "iran", "qatar", "egypt",
               "turkey", "lebanon", "syria", "yemen", "iraq", "the jewish state"}


def _places(sent: Any, index: ActorIndex) -> list[str]:
    out = []
    for start, _end, text in index.places:
        if sent.start_char <= start < sent.end_char:
            place = re.sub(r"^the\s+", "", text, flags=re.I)
            if place.lower() not in _NOT_PLACES and place not in out:
                out.append(place)
    return out


def extract_events(sents: list[Any], index: ActorIndex, name: str, published: PublicationDate
                   ) -> list[Event]:
    """Events of a parsed document, at most one per type per sentence (talks: per place)."""
    pub = date.fromisoformat(published.date) if published.date else None
    out: list[Event] = []
    for sent in sents:
        text = sent.text
        low = text.casefold()
        types: list[str] = []
        for etype, pat in _COMPILED:
            if etype in types:
                continue
            m = pat.search(text, low)
            if not m or etype in types:
                continue
            if etype == "talks" and re.search(_NOT_TALKS + r"\W+(\w+\W+){0,2}$", text[:m.start()],
                                              re.I):
                continue
            types.append(etype)
        if not types:
            continue
        actors = list(dict.fromkeys(m.actor for m in index.actors_in(sent.start_char,
                                                                      sent.end_char)))
        places = _places(sent, index)
        when, when_text = None, None
        for dm in find_date_mentions(text):
            if pub is not None:
                d = resolve_relative(dm.text, pub, dm.future)
                if d is not None:
                    when, when_text = d.isoformat(), dm.text
                    break
            else:
                when_text = dm.text
                break
        span = Span(name, sent.start_char, sent.end_char, text)
        for etype in types:
            locs = places if etype == "talks" and places else [places[0] if places else None]
            for loc in locs:
                out.append(Event(etype, when, when_text, loc, actors, span))
    return out
