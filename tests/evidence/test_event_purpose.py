"""An acceptance or rejection verb in an infinitive of purpose or wish is no stance taken
(issue 9, unseen news: acceptances and rejections logged from "gave them until noon to accept
or reject", "efforts to reach a deal"); under a word of a stance taken or scheduled it is one.
Invented sentences only."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def events(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-10"))
    return [(e.type, e.mode) for e in ex.events]


def stances(text: str) -> list[tuple[str, str]]:
    return [e for e in events(text) if e[0] in ("acceptance", "rejection")]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy gave the militia until Friday to accept or reject the offer.",
        "The council hoped that pressure on the militia would lead it to accept the offer.",
        "An aide said the team had the latitude to reach a deal.",
        'A Vellan aide said the team had "the right latitude" to reach a deal.',
        "Mediators made new efforts to reach an agreement on Tuesday.",
    ],
)
def test_a_stance_as_a_purpose_is_no_event(text: str) -> None:
    assert stances(text) == []


def test_the_deadline_stays_a_threat() -> None:
    assert ("threat", "actual") in events(
        "The envoy gave the militia until Friday to accept or reject the offer."
    )


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The militia is ready to accept the plan.", ("acceptance", "planned")),
        ("The militia agreed to extend the truce.", ("acceptance", "actual")),
        ("The two sides are expected to sign the deal on Monday.", ("acceptance", "planned")),
        ("The militia refused to accept the plan.", ("rejection", "actual")),
    ],
)
def test_a_stance_taken_or_scheduled_stays(text: str, stance: tuple[str, str]) -> None:
    assert stance in events(text)


# two operations in one sentence, one by the subject of the verb and one by the owner of a noun
# ("X launched an offensive in response to a Y raid"): two happenings; a noun whose owner is the
# same doer, or no doer, repeats the verb's


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania launched a broad offensive against Vell on Monday in response to a Militia raid.",
        "Ruritania launched a broad offensive against Vell on Monday after the Militia's attack.",
    ],
)
def test_an_operation_owned_by_another_party_is_its_own(text: str) -> None:
    assert events(text).count(("military_operation", "actual")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania launched a broad offensive against Vell on Monday.",
        "The army of Ruritania launched a broad offensive on Monday, its largest operation.",
    ],
)
def test_one_operation_told_twice_is_one(text: str) -> None:
    assert events(text).count(("military_operation", "actual")) == 1


# a participle of accusing goes with what its subject said: made as it is said, even when the
# parser hangs it on a clause of what will come ("would be put off")


@pytest.mark.parametrize(
    "text",
    [
        "The exchange had been in doubt since Monday, when a Militia spokesman announced that "
        "the handover would be put off, accusing Ruritania of blocking shelters.",
        "The Militia postponed the handover on Monday, accusing Ruritania of blocking shelters.",
    ],
)
def test_an_accusing_participle_is_an_accusation_made(text: str) -> None:
    assert ("accusation", "actual") in events(text)


def test_an_accusation_to_come_is_no_event() -> None:
    assert not [
        e for e in events("The Militia will accuse Ruritania of theft.") if e[1] == "actual"
    ]


# an event noun the reader knows (definite or owned) that a clause answers, joins or follows
# through a preposition is there whatever the clause's mode or negation


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The premier was threatening not to send envoys to the talks in Vell unless the "
            "Militia handed over the list.",
            ("talks", "actual"),
        ),
        (
            "The Militia said it would take revenge for the killing of its commander in Vell "
            "last month.",
            ("military_operation", "actual"),
        ),
    ],
)
def test_a_known_happening_under_a_modal_is_there(text: str, event: tuple[str, str]) -> None:
    assert event in events(text)


def test_an_unknown_happening_is_not() -> None:
    assert ("military_operation", "actual") not in events(
        "The Militia vowed to respond to any attack."
    )


# a proposal a party accepts is a proposal event too when its owner is named ("their
# proposal", "the envoy's plan"): the owner tabled it; "accepted the proposal" names no tabling


@pytest.mark.parametrize(
    "text",
    [
        "The Militia told Vellan envoys that it accepted their truce proposal.",
        "The Militia accepted the envoy's proposal on Monday.",
    ],
)
def test_an_owned_proposal_accepted_was_tabled(text: str) -> None:
    assert ("proposal", "actual") in events(text)
    assert ("acceptance", "actual") in events(text)


def test_a_proposal_accepted_without_owner_is_no_tabling() -> None:
    assert [e[0] for e in events("The Militia accepted the proposal on Monday.")] == ["acceptance"]


# a bare participle takes the mode of the verb it completes ("would have X returned", "will
# see N released"): a term of a deal, no happening; "had them released" told in the past is one


@pytest.mark.parametrize(
    "text",
    [
        "Captives who died would have their bodies returned as well.",
        "Under the plan the Militia will see 30 captives released over six weeks.",
    ],
)
def test_a_participle_under_a_modal_is_no_release(text: str) -> None:
    assert ("release", "actual") not in events(text)


def test_a_participle_told_in_the_past_is_a_release() -> None:
    assert ("release", "actual") in events("The Militia had the captives released on Monday.")


# a verb of halting or extending needs its word in what it halts or extends: the truce halting
# fighting halts no exchange named later; a truce that "would extend over" a holiday runs, no
# extension was agreed


def test_halting_fighting_is_no_threat_to_an_exchange() -> None:
    text = "The truce halted six months of fighting from May, allowing the exchange of 30 captives."
    assert "threat" not in [e[0] for e in events(text)]


def test_a_truce_running_over_a_holiday_is_no_acceptance() -> None:
    text = "The envoy’s proposed truce would extend over the long fasting period."
    assert "acceptance" not in [e[0] for e in events(text)]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Militia halted the handover on Monday.", ("threat", "actual")),
        ("The Militia suspended its part in the mediation.", ("threat", "actual")),
        ("The two sides extended the truce by two days.", ("acceptance", "actual")),
        ("The truce was extended for two more days.", ("acceptance", "actual")),
    ],
)
def test_halting_or_extending_the_needed_thing_stays(text: str, event: tuple[str, str]) -> None:
    assert event in events(text)


# an accusation participle describing people with no accuser is what they are charged with


def test_people_accused_of_something_is_no_accusation() -> None:
    text = "The 40 men freed so far were mostly youths accused of throwing stones."
    assert "accusation" not in [e[0] for e in events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Militia, accused by Vell of breaching the truce, denied it.",
        "Vell accused the Militia of breaching the truce.",
    ],
)
def test_an_accuser_named_is_an_accusation(text: str) -> None:
    assert ("accusation", "actual") in events(text)


# a breach told in the text's own voice is no party's accusation (the annotation convention:
# an outlet's own charge is not an accusation event); a source saying so makes it one


def test_a_breach_in_the_outlets_voice_is_no_accusation() -> None:
    text = "Despite its pledge, Ruritania has continuously violated the truce, striking villages."
    assert "accusation" not in [e[0] for e in events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Militia said Ruritania had violated the truce.",
        "Ruritania violated the truce, the Militia said.",
    ],
)
def test_a_breach_a_source_reports_is_an_accusation(text: str) -> None:
    assert ("accusation", "actual") in events(text)


# a war's dead counted ("the death toll passed N") is the operation that killed them; a toll
# of another kind is not


@pytest.mark.parametrize(
    "text",
    [
        "The health office in Vell said the death toll had passed 3,000 since the war started.",
        "The health office puts the toll at more than 1,200.",
    ],
)
def test_a_death_toll_is_an_operation(text: str) -> None:
    assert ("military_operation", "actual") in events(text)


@pytest.mark.parametrize(
    "text", ["The toll road reopened on Monday.", "The strain took a heavy toll on the talks."]
)
def test_another_toll_is_not(text: str) -> None:
    assert "military_operation" not in [e[0] for e in events(text)]


# a clause of its own (its own subject or auxiliary) joined to one of the same type tells a
# second happening; a verb sharing the first one's subject and auxiliary repeats it


@pytest.mark.parametrize(
    "text",
    [
        "One was freed by troops and two were found dead inside Vell.",
        "The Militia freed two captives and Ruritania released 30 detainees.",
    ],
)
def test_joined_clauses_of_one_type_are_two_happenings(text: str) -> None:
    assert len([e for e in events(text) if e[1] == "actual"]) == 2


def test_a_verb_sharing_subject_and_auxiliary_is_one() -> None:
    assert events("Two captives were freed and handed to aid workers.") == [("release", "actual")]


# in a quotation, the speaker's side telling its own act in the past ("we proposed ...") reports
# a happening; a view, a wish or someone else's act quoted stays what a source says


def test_a_quoted_own_act_is_an_event() -> None:
    text = (
        "“We proposed a truce in Vell for two days to free four captives,” the president of "
        "Borduria told reporters on Sunday."
    )
    assert ("proposal", "actual") in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "“We will never accept a deal that leaves the captives behind,” the premier told reporters.",
        "“They released nine captives in the night without telling anyone,” the mayor told reporters.",
    ],
)
def test_other_quoted_words_are_no_event(text: str) -> None:
    assert events(text) == []


# a verb trigger the tagger took for a noun modifier in a running sentence ("the starting hour of
# a lull") describes; it reports no happening


def test_a_verb_as_a_noun_modifier_is_no_event() -> None:
    assert events("The starting time of the truce will be set within the next day.") == []


# talks planned with "would" in the text's own voice are a term of a package, not talks
# scheduled; under a verb of saying "would" is a reported "will"


def test_talks_a_package_would_bring_are_no_event() -> None:
    assert events("During the truce the two sides would negotiate a lasting end to the war.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania said on Monday that talks would resume in Vell next week.",
        "On day 16, the two sides will start negotiations on the second phase.",
    ],
)
def test_talks_scheduled_stay(text: str) -> None:
    assert ("talks", "planned") in events(text)


# talks and meetings: an infinitive of purpose or wish is none held, unless the verb above it
# carries it out (verbs.yaml ``carried_by``)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania would use the lull to negotiate disarmament.",
        "Ruritania hopes to negotiate a deal soon.",
        "She invited the soldiers to visit her at home.",
    ],
)
def test_talks_or_a_meeting_as_a_purpose_is_no_event(text: str) -> None:
    assert [e for e in events(text) if e[0] in ("talks", "meeting")] == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The delegation travelled to Pelmo to negotiate the terms.", "talks"),
        ("The envoy is trying to broker a deal.", "talks"),
        ("The minister flew to Pelmo to meet the emir.", "meeting"),
        ("The ministers are expected to meet on Sunday.", "meeting"),
    ],
)
def test_talks_or_a_meeting_under_way_or_scheduled(text: str, etype: str) -> None:
    assert etype in [e[0] for e in events(text)]
