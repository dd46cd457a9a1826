"""A challenge set for event reading (issue 9: event rules written from readable articles did
not carry over to unseen ones). Invented sentences in fictional wording, varied by form: the
verb class and its synonyms, voice, nominalisation, coordination, negation, modality,
conditionals, relative clauses, participles, a happening named twice in one sentence,
headlines and live-blog lines, and sentences that hold no event. The parties are the
vocabulary's actors (``data/actors.yaml``) so that agents can be checked; places are made up
unless the location itself is checked.

Each case lists the events a reader following ``shared/gold/README.md`` would annotate (type,
mode, the actors that must be among the event's, and where given its date and place; events are
annotated per mention, proposal terms and demands are no events). A case passes when the
extraction holds exactly those events. A case the extractor still misses is listed with the
reason (``miss=``) and runs as a strict xfail, so that it is reported, and a fix that makes it
pass is noticed. ``python3 tests/evidence/test_events_challenge.py`` prints the score per form.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field

import pytest

from accord.evidence import vocab
from accord.evidence.extract import extract_document
from accord.evidence.types import Document

PUBLISHED = "2025-03-12"  # a Wednesday: "on Sunday" is 2025-03-09


@dataclass(frozen=True)
class Ev:
    type: str
    mode: str = "actual"
    actors: frozenset[str] = field(default_factory=frozenset)
    date: str | None = None
    location: str | None = None


@dataclass(frozen=True)
class Case:
    form: str
    text: str
    events: tuple[Ev, ...]
    miss: str | None = None


def ev(
    etype: str,
    *actors: str,
    mode: str = "actual",
    date: str | None = None,
    location: str | None = None,
) -> Ev:
    return Ev(etype, mode, frozenset(actors), date, location)


NONE: tuple[Ev, ...] = ()
SUN, MON, TUE, THU, FRI, SAT = (
    "2025-03-09",
    "2025-03-10",
    "2025-03-11",
    "2025-03-06",
    "2025-03-07",
    "2025-03-08",
)

CASES: list[Case] = [
    # -- verb class: a release told with each verb of the class, active voice
    Case(
        "verb",
        "Hamas released three captives near Pelmo on Sunday.",
        (ev("release", "hamas", date=SUN),),
    ),
    Case("verb", "Hamas freed two elderly women on Monday.", (ev("release", "hamas", date=MON),)),
    Case(
        "verb",
        "Hamas handed over four captives to the Red Cross on Tuesday.",
        (ev("release", "hamas", date=TUE),),
    ),
    Case(
        "verb",
        "Hamas transferred the remains of two captives to the Red Cross on Saturday.",
        (ev("release", "hamas", date=SAT),),
    ),
    Case("verb", "Hamas set free a soldier it had held for months.", (ev("release", "hamas"),)),
    Case(
        "verb",
        "Hamas returned the bodies of three captives on Thursday.",
        (ev("release", "hamas", date=THU),),
    ),
    Case(
        "verb",
        "Israel freed ninety prisoners from a jail near Pelmo overnight.",
        (ev("release", "israel"),),
    ),
    Case(
        "verb",
        "Israeli troops rescued two captives in Pelmo on Saturday.",
        (ev("military_operation", "israel", date=SAT),),
    ),
    Case(
        "verb",
        "Israeli forces retrieved the bodies of two captives from a tunnel near Pelmo.",
        (ev("military_operation", "israel"),),
    ),
    # -- verb class: strikes
    Case(
        "verb",
        "Israeli aircraft struck a school in Pelmo on Monday.",
        (ev("military_operation", "israel", date=MON),),
    ),
    Case(
        "verb",
        "Israeli artillery shelled the outskirts of Pelmo overnight.",
        (ev("military_operation", "israel"),),
    ),
    Case(
        "verb",
        "An Israeli strike killed five people in Pelmo on Sunday.",
        (ev("military_operation", "israel", date=SUN),),
    ),
    Case(
        "verb",
        "Israeli troops launched a ground offensive in Pelmo on Tuesday.",
        (ev("military_operation", "israel", date=TUE),),
    ),
    Case(
        "verb",
        "Hamas fired rockets at towns in southern Israel on Monday.",
        (ev("military_operation", "hamas", date=MON),),
    ),
    Case(
        "verb",
        "Israel resumed fighting in Pelmo on Tuesday.",
        (ev("military_operation", "israel", date=TUE),),
    ),
    Case(
        "verb",
        "Israeli jets bombed a camp near Pelmo on Friday.",
        (ev("military_operation", "israel", date=FRI),),
    ),
    # -- verb class: talks and meetings
    Case(
        "verb",
        "Negotiators from Israel and Hamas held talks in Cairo on Monday.",
        (ev("talks", "israel", "hamas", date=MON, location="Cairo"),),
    ),
    Case(
        "verb",
        "Israeli and Egyptian officials met in Cairo on Sunday to discuss the truce.",
        (ev("talks", "israel", "egypt", date=SUN, location="Cairo"),),
    ),
    Case(
        "verb",
        "Qatar convened the two delegations in Doha on Tuesday.",
        (ev("talks", "qatar", date=TUE, location="Doha"),),
    ),
    Case(
        "verb",
        "Egypt hosted delegations from Israel and Hamas in Cairo on Sunday.",
        (ev("talks", "egypt", date=SUN, location="Cairo"),),
    ),
    Case(
        "verb",
        "Israeli and Hamas negotiators resumed talks in Doha on Monday.",
        (ev("talks", "israel", "hamas", date=MON, location="Doha"),),
    ),
    Case(
        "verb",
        "The Israeli prime minister met the families of the captives on Monday.",
        (ev("meeting", "israel", date=MON),),
    ),
    # -- verb class: proposals
    Case(
        "verb", "Egypt put forward a new proposal on Sunday.", (ev("proposal", "egypt", date=SUN),)
    ),
    Case(
        "verb",
        "Qatar submitted a revised plan to both sides on Monday.",
        (ev("proposal", "qatar", date=MON),),
    ),
    Case(
        "verb",
        "Washington unveiled a three-stage plan for a truce on Friday.",
        (ev("proposal", "united_states", date=FRI),),
    ),
    Case("verb", "Egypt tabled a fresh offer on Tuesday.", (ev("proposal", "egypt", date=TUE),)),
    # -- verb class: acceptance
    Case(
        "verb",
        "Hamas accepted the Egyptian proposal on Monday.",
        (ev("acceptance", "hamas", date=MON),),
    ),
    Case(
        "verb", "Israel approved the truce deal on Friday.", (ev("acceptance", "israel", date=FRI),)
    ),
    Case(
        "verb",
        "Israel and Hamas signed the agreement in Cairo on Thursday.",
        (ev("acceptance", "israel", "hamas", date=THU),),
    ),
    Case(
        "verb", "Israel ratified the agreement after a long night.", (ev("acceptance", "israel"),)
    ),
    Case("verb", "Hamas agreed to the truce on Tuesday.", (ev("acceptance", "hamas", date=TUE),)),
    Case(
        "verb",
        "Israeli officials struck a deal with Hamas on Friday.",
        (ev("acceptance", "israel", "hamas", date=FRI),),
    ),
    # -- verb class: rejection
    Case(
        "verb", "Hamas rejected the Israeli offer on Monday.", (ev("rejection", "hamas", date=MON),)
    ),
    Case(
        "verb", "Israel turned down the proposal on Sunday.", (ev("rejection", "israel", date=SUN),)
    ),
    Case(
        "verb",
        "Hamas dismissed the revised plan on Tuesday.",
        (ev("rejection", "hamas", date=TUE),),
    ),
    # -- verb class: ceasefire start and end
    Case("verb", "The truce took effect at dawn on Sunday.", (ev("ceasefire_start", date=SUN),)),
    Case(
        "verb",
        "A ceasefire between Israel and Hamas came into force on Friday morning.",
        (ev("ceasefire_start", date=FRI),),
    ),
    Case("verb", "The truce collapsed on Tuesday.", (ev("ceasefire_end", date=TUE),)),
    Case("verb", "The ceasefire broke down after three weeks.", (ev("ceasefire_end"),)),
    Case(
        "verb",
        "The truce expired at dawn on Saturday without an extension.",
        (ev("ceasefire_end", date=SAT),),
    ),
    # -- verb class: threats and accusations
    Case(
        "verb",
        "Israel threatened to resume the war if the captives are not freed by Saturday.",
        (ev("threat", "israel"),),
    ),
    Case(
        "verb",
        "Hamas warned that it would halt the releases if the strikes continued.",
        (ev("threat", "hamas"),),
    ),
    Case("verb", "Hamas accused Israel of violating the truce.", (ev("accusation", "hamas"),)),
    Case(
        "verb", "Israel blamed Hamas for the delay in the releases.", (ev("accusation", "israel"),)
    ),
    Case(
        "verb",
        "Egypt charged that Israel had broken the terms of the agreement.",
        (ev("accusation", "egypt"),),
    ),
    Case(
        "verb",
        "Israel and Hamas exchanged captives for prisoners on Sunday.",
        (ev("release", "israel", "hamas", date=SUN),),
    ),
    Case("verb", "Three captives walked free on Sunday.", (ev("release", date=SUN),)),
    Case("negative", "The families exchanged messages with the captives.", NONE),
    Case("negative", "The two sides exchanged lists of captives and prisoners.", NONE),
    Case(
        "coordination",
        "Qatar is trying to persuade both sides to resume talks and exchange more prisoners "
        "for captives.",
        NONE,
    ),
    # -- a party ready to release, or going ahead with a release it has not made, takes a
    # stance on the deal's terms (dev gold: an acceptance)
    Case("modality", "Hamas is ready to release the captives.", (ev("acceptance", "hamas"),)),
    Case(
        "modality",
        "Hamas said it would go ahead with the release as planned.",
        (ev("acceptance", "hamas"),),
    ),
    Case(
        "modality",
        "Hamas said it was not ready to release the captives.",
        (ev("rejection", "hamas"),),
    ),
    Case(
        "verb",
        "Israel went ahead with the release of 90 inmates on Sunday.",
        (ev("release", "israel", date=SUN),),
    ),
    # -- passive voice, agent in a by-phrase
    Case(
        "passive",
        "Three captives were released by Hamas on Sunday.",
        (ev("release", "hamas", date=SUN),),
    ),
    Case("passive", "Two women were freed by Hamas in Pelmo.", (ev("release", "hamas"),)),
    Case(
        "passive",
        "Ninety prisoners were freed by Israel early on Monday.",
        (ev("release", "israel", date=MON),),
    ),
    Case(
        "passive",
        "Two captives were rescued by Israeli special forces on Saturday.",
        (ev("military_operation", "israel", date=SAT),),
    ),
    Case(
        "passive",
        "A new proposal was presented by Egypt on Sunday.",
        (ev("proposal", "egypt", date=SUN),),
    ),
    Case(
        "passive",
        "The proposal was accepted by Hamas late on Monday.",
        (ev("acceptance", "hamas", date=MON),),
    ),
    Case(
        "passive",
        "The plan was rejected by Hamas on Tuesday.",
        (ev("rejection", "hamas", date=TUE),),
    ),
    Case(
        "passive",
        "Five people were killed in an Israeli air strike on Pelmo.",
        (ev("military_operation", "israel"),),
    ),
    Case(
        "passive",
        "The agreement was signed by Israel and Hamas on Thursday.",
        (ev("acceptance", "israel", "hamas", date=THU),),
    ),
    # -- nominalisations
    Case(
        "nominal",
        "The handover of four captives to the Red Cross took place on Tuesday.",
        (ev("release", date=TUE),),
    ),
    Case(
        "nominal",
        "The release of three captives by Hamas went ahead on Sunday.",
        (ev("release", "hamas", date=SUN),),
    ),
    Case(
        "nominal",
        "Qatar hosted a new round of talks between Israel and Hamas on Monday.",
        (ev("talks", "qatar", date=MON),),
    ),
    Case(
        "nominal",
        "The signing of the truce agreement by Israel and Hamas took place in Cairo on Thursday.",
        (ev("acceptance", "israel", "hamas", date=THU),),
    ),
    Case(
        "nominal",
        "Egypt's rejection of the plan came on Sunday.",
        (ev("rejection", "egypt", date=SUN),),
    ),
    Case(
        "nominal",
        "Hamas's acceptance of the offer was announced on Monday.",
        (ev("acceptance", "hamas", date=MON),),
    ),
    # -- coordination: two events, or one event with two patients
    Case(
        "coordination",
        "Hamas released three captives and Israel freed ninety prisoners on Sunday.",
        (ev("release", "hamas"), ev("release", "israel")),
    ),
    Case(
        "coordination",
        "Hamas freed two women and an elderly man on Monday.",
        (ev("release", "hamas", date=MON),),
    ),
    Case(
        "coordination",
        "Egypt put forward a plan on Sunday and Hamas accepted it on Monday.",
        (ev("proposal", "egypt", date=SUN), ev("acceptance", "hamas", date=MON)),
    ),
    Case(
        "coordination",
        "Israeli jets struck Pelmo and Marsek overnight.",
        (ev("military_operation", "israel"),),
    ),
    Case(
        "coordination",
        "Hamas rejected the plan and accused Israel of stalling.",
        (ev("rejection", "hamas"), ev("accusation", "hamas")),
    ),
    # -- negation: nothing happened
    Case("negation", "Hamas did not release any captives on Saturday.", NONE),
    Case("negation", "The talks did not take place on Monday.", NONE),
    # a stance negated is the opposite stance (dev gold: "did not agree to" is a rejection)
    Case("negation", "Israel never signed the agreement.", (ev("rejection", "israel"),)),
    Case("negation", "No captives were freed on Sunday.", NONE),
    Case("negation", "Israeli aircraft did not strike Pelmo overnight.", NONE),
    # -- modality, plans and demands
    Case(
        "modality",
        "Negotiators will meet in Cairo next week.",
        (ev("talks", mode="planned", location="Cairo"),),
    ),
    Case(
        "modality",
        "Talks are scheduled to resume in Doha on Monday.",
        (ev("talks", mode="planned", date="2025-03-17", location="Doha"),),
    ),
    Case(
        "modality",
        "The truce is expected to begin on Thursday.",
        (ev("ceasefire_start", mode="planned"),),
    ),
    Case("modality", "Hamas called for the release of all its prisoners.", NONE),
    Case("modality", "Qatar urged both sides to resume talks.", NONE),
    Case("modality", "Israel demanded the handover of the remaining captives.", NONE),
    # -- conditionals: proposal terms are no events, a condition with a threat is a threat
    Case("conditional", "If Hamas frees the captives, Israel will release 300 prisoners.", NONE),
    Case(
        "conditional",
        "If the talks fail, Israel will resume its offensive in Pelmo.",
        (ev("threat", "israel"),),
    ),
    Case(
        "conditional",
        "Israel would resume strikes on Pelmo if the captives were not freed, the minister said.",
        (ev("threat", "israel"),),
    ),
    # -- relative clauses
    Case(
        "relative",
        "The captives, who were freed by Hamas on Sunday, are in good health.",
        (ev("release", "hamas", date=SUN),),
    ),
    # the freed arriving is a stage of the release, a mention of its own (dev gold)
    Case(
        "relative",
        "The captives, who were freed by Hamas on Sunday, crossed into Israel.",
        (ev("release", "hamas", date=SUN), ev("release")),
    ),
    Case(
        "relative",
        "The plan, which Egypt put forward last week, was rejected by Hamas on Monday.",
        (ev("proposal", "egypt"), ev("rejection", "hamas", date=MON)),
    ),
    Case(
        "relative",
        "Hamas, which released two captives on Sunday, said more would follow.",
        (ev("release", "hamas", date=SUN),),
    ),
    # -- participles
    Case(
        "participle",
        "The captives, freed on Sunday, were taken to a hospital in Pelmo.",
        (ev("release", date=SUN),),
    ),
    Case(
        "participle",
        "Released by Hamas on Monday, the two women were flown to a hospital.",
        (ev("release", "hamas", date=MON),),
    ),
    Case(
        "participle",
        "Israeli jets pounded Pelmo on Friday, killing six people.",
        (ev("military_operation", "israel", date=FRI),),
    ),
    # -- one happening named twice in one sentence is one event
    Case(
        "repeat",
        "Hamas released three captives on Sunday, a release that was the first in weeks.",
        (ev("release", "hamas", date=SUN),),
    ),
    Case(
        "repeat",
        "Israel and Hamas held talks in Cairo on Monday, the first such talks in a month.",
        (ev("talks", "israel", "hamas", date=MON),),
    ),
    Case(
        "repeat",
        "Israeli jets struck Pelmo on Monday in strikes that lasted all night.",
        (ev("military_operation", "israel", date=MON),),
    ),
    # -- headlines (no final stop, present tense) and live-blog lines with a time stamp
    Case("headline", "Hamas frees three captives in Pelmo", (ev("release", "hamas"),)),
    Case("headline", "Israel, Hamas agree to truce", (ev("acceptance", "israel", "hamas"),)),
    Case(
        "headline",
        "Talks resume in Cairo",
        (ev("talks", location="Cairo"),),
        miss="the parser reads the headline's first noun as a compound of the verb, so the place is on no word of the talks",
    ),
    Case("headline", "Israeli strikes kill 12 in Pelmo", (ev("military_operation", "israel"),)),
    Case("headline", "Hamas rejects Egyptian plan", (ev("rejection", "hamas"),)),
    Case(
        "liveblog",
        "10:42 GMT - Hamas has handed over two captives to the Red Cross, the army says.",
        (ev("release", "hamas"),),
    ),
    Case(
        "liveblog",
        "14:05 - Israeli aircraft struck targets in Pelmo overnight, witnesses said.",
        (ev("military_operation", "israel"),),
    ),
    Case(
        "liveblog",
        "08:30 GMT: Egypt has presented a new plan to both sides.",
        (ev("proposal", "egypt"),),
    ),
    # -- a party's answer to a package handed over is its acceptance when it or the sentences
    # beside it say so ("positive", "accepts"), else a package of its own tabled in return (stop
    # 36); an answer studied or a statement "in response" is neither
    Case(
        "answer",
        "Hamas handed its positive response to the mediators on Monday.",
        (ev("acceptance", "hamas", date=MON),),
    ),
    Case(
        "answer",
        "Hamas issued its reply to the Egyptian plan on Friday, a reply it called positive.",
        (ev("acceptance", "hamas", date=FRI),),
    ),
    Case(
        "answer",
        "Hamas handed its response to the mediators on Monday.",
        (ev("proposal", "hamas", date=MON),),
    ),
    Case("answer", "Israel is studying the reply Hamas sent.", NONE),
    Case("answer", "Hamas issued a statement in response to the strikes.", NONE),
    Case(
        "relative",
        "Hamas wants a return to the framework that Israel agreed to last year.",
        (ev("acceptance", "israel"),),
    ),
    Case(
        "relative",
        "The truce that was negotiated last year was fragile.",
        NONE,
    ),
    Case(
        "participle",
        "Of the prisoners freed by Israel, twelve were serving long sentences.",
        NONE,
    ),
    Case(
        "participle",
        "Of the captives, Hamas freed three on Sunday.",
        (ev("release", "hamas", date=SUN),),
    ),
    Case(
        "negative",
        "Truce talks in Marsek bogged down over the maps, officials say.",
        NONE,
    ),
    Case(
        "verb",
        "Israel warned that its troops would resume heavy fighting unless Hamas freed the "
        "captives by Saturday.",
        (ev("threat", "israel"),),
    ),
    # -- attributed and reported happenings keep their type and day
    Case(
        "attributed",
        "Hamas released three captives on Sunday, the Red Cross said.",
        (ev("release", "hamas", date=SUN),),
    ),
    Case(
        "attributed",
        "Three captives were handed to the Red Cross on Sunday, according to the army.",
        (ev("release", date=SUN),),
    ),
    Case(
        "attributed",
        "The army said troops had rescued two captives in Pelmo.",
        (ev("military_operation", location="Pelmo"),),
    ),
    Case(
        "attributed",
        "Israel has agreed to a two-month pause in fighting, officials said.",
        (ev("acceptance", "israel"),),
    ),
    Case("attributed", "Hamas said it had accepted the plan.", (ev("acceptance", "hamas"),)),
    Case(
        "attributed",
        "Rockets were fired at Pelmo from the north, the army said.",
        (ev("military_operation", location="Pelmo"),),
    ),
    # -- a package noun that acts is tabled; talks halted are no talks held
    Case("nominal", "Egypt's proposal calls for a six-week truce.", (ev("proposal", "egypt"),)),
    Case("verb", "Qatar said it was suspending its mediation.", (ev("threat", "qatar"),)),
    Case(
        "nominal",
        "An Israeli strike on a school in Pelmo killed ten people on Sunday.",
        (ev("military_operation", "israel", date=SUN, location="Pelmo"),),
    ),
    Case(
        "verb",
        "Negotiations resumed in Cairo on Monday.",
        (ev("talks", date=MON, location="Cairo"),),
    ),
    Case(
        "verb",
        "The Israeli delegation walked out of the talks on Monday.",
        (ev("rejection", "israel", date=MON),),
    ),
    Case(
        "verb",
        "Israel recalled its negotiators from Doha on Thursday.",
        (ev("rejection", "israel", date=THU),),
    ),
    Case(
        "coordination",
        "Fighting resumed in Pelmo after the truce expired on Friday.",
        (ev("military_operation", location="Pelmo"), ev("ceasefire_end", date=FRI)),
    ),
    Case(
        "coordination",
        "Hamas postponed the next release, accusing Israel of breaching the deal.",
        (ev("threat", "hamas"), ev("accusation", "hamas")),
    ),
    Case(
        "relative",
        "The truce, which began on Friday, has largely held.",
        (ev("ceasefire_start", date=FRI),),
    ),
    Case(
        "modality",
        "The envoy is due to travel to Cairo next week for talks.",
        (ev("talks", mode="planned", location="Cairo"),),
    ),
    Case(
        "verb",
        "The US envoy met the Qatari prime minister in Doha on Sunday.",
        (ev("talks", "united_states", "qatar", date=SUN, location="Doha"),),
    ),
    Case("negative", "The release of the captives remains a priority, the minister said.", NONE),
    Case("negative", "A ceasefire is the only way forward, the minister said.", NONE),
    Case(
        "verb",
        "Israeli forces pushed deeper into Pelmo on Monday.",
        (ev("military_operation", "israel", date=MON, location="Pelmo"),),
    ),
    Case(
        "verb",
        "Qatar's prime minister spoke by phone with the Hamas leadership on Sunday.",
        (ev("talks", "qatar", "hamas", date=SUN),),
    ),
    Case("negative", "The minister spoke to reporters in Marsek on Sunday.", NONE),
    Case("negative", "Officials said the talks were stuck over the maps.", NONE),
    # -- threats and charges in other words
    Case(
        "verb",
        "The premier said the war would go on until Hamas was destroyed.",
        (ev("threat"),),
    ),
    Case(
        "verb",
        "Israel issued an ultimatum to Hamas on Friday.",
        (ev("threat", "israel", date=FRI),),
    ),
    Case(
        "attributed",
        "Israel said Hamas had broken the agreement by holding back two captives.",
        (ev("accusation", "israel"),),
    ),
    Case("negative", "Hamas broke the news of the deal on Monday.", NONE),
    Case("negative", "If the talks succeed, the war will not continue.", NONE),
    Case(
        "attributed",
        "Hamas said Israel was responsible for the deaths of the captives.",
        (ev("accusation", "hamas"),),
    ),
    Case("negative", "Hamas said it was responsible for the rocket fire.", NONE),
    # -- a package named by the day it was tabled is a tabling, whatever asks for it
    Case(
        "nominal",
        "Israel hoped pressure would lead Hamas to accept the principles of the May 2 proposal.",
        (ev("proposal", date="2024-05-02"),),
    ),
    Case("nominal", "Hamas insists on the July proposal.", NONE),
    # -- what a request would let happen has not happened
    Case(
        "modality",
        "Israel rejected requests to let the Red Cross visit the captives.",
        (ev("rejection", "israel"),),
    ),
    Case("modality", "Qatar made an appeal to let the envoys meet in Marsek.", NONE),
    Case("negative", "Qatar has hosted the group's leaders since its founding.", NONE),
    Case(
        "negative",
        "Qatar said that with its mediation efforts paused, the office had no purpose.",
        NONE,
    ),
    # -- an official telling or briefing the families in person meets them (dev gold)
    Case(
        "verb",
        "The defence minister on Sunday told the families of the captives that troops would "
        "bring them home.",
        (ev("meeting", "hostage_families", date=SUN),),
    ),
    Case(
        "verb",
        "The premier briefed relatives of the captives in Marsek on Monday.",
        (ev("meeting", "hostage_families", date=MON),),
    ),
    Case(
        "verb",
        "The army chief told family members of the captives on Friday that the search goes on.",
        (ev("meeting", date=FRI),),
    ),
    Case("negative", "Hamas told reporters the families would be informed.", NONE),
    # -- no event: metaphors, words of the classes in another sense, background
    Case(
        "negative",
        "The proposal struck a chord with voters, the minister said.",
        NONE,
        miss="a package noun as the subject of any verb but 'be' is read as tabled; the metaphor's verb is not told apart",
    ),
    Case("negative", "Qatar released a statement on Sunday.", NONE),
    Case("negative", "The ministry released new figures on Monday.", NONE),
    Case("negative", "The families launched a campaign for the captives' return.", NONE),
    Case("negative", "Hamas fired its spokesman on Tuesday.", NONE),
    Case("negative", "Prices shot up after the announcement.", NONE),
    Case("negative", "The campaign to free the captives gathered pace.", NONE),
    Case(
        "negative",
        "Talks are a test of patience, the diplomat wrote.",
        NONE,
        miss="talks as the subject of a copula are read as held; a generic statement about talks is not told apart",
    ),
    # -- stop 31: the freed taken over by an agency (active "received"), carriers leaving, a
    # headline's extension with no auxiliary
    Case(
        "stage",
        "The Red Cross said it had received five captives near Pelmo on Sunday.",
        (ev("release", date=SUN),),
    ),
    Case(
        "stage",
        "Buses carrying freed prisoners leave a jail near Pelmo on Monday.",
        (ev("release", date=MON),),
    ),
    Case("verb", "The minister received the visiting delegation warmly.", (ev("talks"),)),
    Case("headline", "Truce extended by another two days", (ev("acceptance"),)),
    Case("negative", "A government spokesman declined to comment on the report.", NONE),
    Case(
        "verb", "Israel shot down the proposal on Sunday.", (ev("rejection", "israel", date=SUN),)
    ),
    Case("verb", "Hamas scoffed at the offer on Monday.", (ev("rejection", "hamas", date=MON),)),
    Case("verb", "Israel charged Hamas with breaching the deal.", (ev("accusation", "israel"),)),
    Case("negative", "The envoy's driver was charged with fraud on Monday.", NONE),
    Case("negative", "Hamas refused to comment on the new plan.", NONE),
]


def extracted(text: str) -> list[Ev]:
    ex = extract_document(Document(name="t.txt", text=text, published=PUBLISHED))
    return [Ev(e.type, e.mode, frozenset(e.actors), e.date, e.location) for e in ex.events]


def fits(want: Ev, got: Ev) -> bool:
    return (
        want.type == got.type
        and want.mode == got.mode
        and want.actors <= got.actors
        and (want.date is None or want.date == got.date)
        and (want.location is None or want.location == got.location)
    )


def verdict(case: Case) -> str:
    """Empty when the extraction holds exactly the expected events, else what differs."""
    got = extracted(case.text)
    left = list(got)
    missing = []
    for want in case.events:
        hit = next((g for g in left if fits(want, g)), None)
        if hit is None:
            missing.append(want)
        else:
            left.remove(hit)
    if not missing and not left:
        return ""
    return f"missing {missing}; extra {left}"


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason=c.miss, strict=True)) if c.miss else c
        for c in CASES
    ],
    ids=[f"{c.form}-{i}" for i, c in enumerate(CASES)],
)
def test_challenge_case(case: Case) -> None:
    assert verdict(case) == ""


def test_the_set_covers_every_event_type_and_form() -> None:
    types = {e.type for c in CASES for e in c.events}
    assert types == set(vocab.verbs().events)  # every event type the vocabulary declares
    assert len(CASES) >= 80
    assert all(c.miss is None or c.miss.strip() for c in CASES)


def report() -> dict[str, tuple[int, int]]:
    """Cases passed and cases per form."""
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for c in CASES:
        total[c.form] += 1
        why = verdict(c)
        if not why:
            passed[c.form] += 1
        elif "-v" in sys.argv:
            print(f"  MISS [{c.form}] {c.text}\n       {why}")
    return {f: (passed[f], total[f]) for f in total}


if __name__ == "__main__":
    scores = report()
    for form, (ok, n) in scores.items():
        print(f"{form:14s} {ok:3d}/{n}")
    print(
        f"{'all':14s} {sum(s[0] for s in scores.values()):3d}/{sum(s[1] for s in scores.values())}"
    )
