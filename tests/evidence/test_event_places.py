"""The place of an event is the place its own clause names, read from the parse (issue 9,
unseen news: talks found on other sentences than the gold's match only by place, and the
place taken was the nearest name in the sentence: the topic of the talks, a dateline, a person
after "to"). Invented sentences only."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def places(text: str, etype: str) -> list[str | None]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-10"))
    return [e.location for e in ex.events if e.type == etype]


@pytest.mark.parametrize(
    ("text", "etype", "place"),
    [
        # the venue, not the subject of the talks
        ("Envoys seeking a truce in Borduria are meeting in Egypt on Sunday.", "talks", "Egypt"),
        # a state's capital named by description is its seat
        ("Two days of talks in the Qatari capital ended on Friday.", "talks", "Doha"),
        ("The talks were held in Egypt's capital last week.", "talks", "Cairo"),
        # the place on the verb the trigger is the purpose of
        ("The envoy arrived in Pelmo on Tuesday for talks on a new deal.", "talks", "Pelmo"),
        # a phrase the parser hangs on a party of the talks is the talks'
        (
            "Indirect talks between Egypt and the militia in Pelmo resumed on Monday.",
            "talks",
            "Pelmo",
        ),
        # the place where the freed crossed, not where they were held
        (
            "Ten women held in Borduria since June were released into Egypt on Friday.",
            "release",
            "Egypt",
        ),
        # the target of an attack, and a place noun with a named place on it
        ("Warplanes bombed Varnetta on Monday.", "military_operation", "Varnetta"),
        ("The army entered the city of Varnetta on Monday.", "military_operation", "Varnetta"),
        ("Troops resumed fighting in Varnetta on Friday.", "military_operation", "Varnetta"),
    ],
)
def test_the_place_the_clause_names(text: str, etype: str, place: str) -> None:
    assert place in places(text, etype)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # a person after "to" is no place
        ("The militia responded to Varga's 20-point plan on Friday.", "proposal"),
        # the place where the hostages are held is not where a proposal is made
        ("Egypt proposed a truce in Borduria on Sunday.", "proposal"),
        # a state that receives is no place ("handed over to X")
        ("The militia handed over four captives to Egypt on Saturday.", "release"),
    ],
)
def test_no_place_when_the_clause_names_none(text: str, etype: str) -> None:
    got = places(text, etype)
    assert got and all(p is None for p in got)


def test_talks_in_several_cities_are_one_event_per_city() -> None:
    got = places("The summits were held in Egypt's capital and also in Pelmo and Doha.", "talks")
    assert sorted(p for p in got if p) == ["Cairo", "Doha", "Pelmo"]


def test_a_weekday_is_no_part_of_the_place() -> None:
    assert places("The envoy arrived at Pelmo Wednesday for talks.", "talks") == ["Pelmo"]


def test_a_trigger_placed_nowhere_takes_the_place_of_its_kind_in_the_sentence() -> None:
    # "raid on X" is placed; "killed" is the same happening, not a second one without place
    got = places("Ten people were killed in the raid on Varnetta on Monday.", "military_operation")
    assert got == ["Varnetta"]


def test_a_toll_counted_by_a_place_authority_is_that_place() -> None:
    got = places(
        "Varnetta's health ministry said 40 people were killed on Monday.", "military_operation"
    )
    assert got == ["Varnetta"]


def test_a_release_placed_at_a_named_place_happened() -> None:
    # "driven away from the handover in X": the handover took place there
    text = "The captives were driven away from the handover in Pelmo by the Red Cross."
    assert places(text, "release") == ["Pelmo"]


def test_a_release_asked_for_stays_no_event() -> None:
    assert (
        places("The militia demanded the release of prisoners in Ruritanian jails.", "release")
        == []
    )


def test_the_talks_named_again_are_where_they_were_placed() -> None:
    text = "Talks resumed in Pelmo on Monday. An Israeli team took part in the talks."
    assert places(text, "talks") == ["Pelmo", "Pelmo"]


def test_other_talks_named_again_keep_no_place() -> None:
    # "the next talks" are not the talks placed before
    text = "Talks resumed in Pelmo on Monday. The next talks will be held next week."
    assert places(text, "talks") == ["Pelmo", None]


def test_a_name_before_talks_is_their_place_only_when_read_as_one() -> None:
    # "the Doha talks": a seat; "the Borduria truce talks": their topic
    assert places("The Doha talks resumed on Monday.", "talks") == ["Doha"]
    assert places("The Borduria truce talks resumed on Monday.", "talks") == [None]


def test_talks_a_trip_is_for_are_where_it_goes() -> None:
    assert places("The delegation travelled to Pelmo to negotiate the terms.", "talks") == ["Pelmo"]


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        # a noun of several words is read at its head: "call" is no verb of asking here
        ("Varga held a phone call with the Qatari premier on Monday.", True),
        ("Varga conducted a telephone call with the Egyptian minister.", True),
        # a call with no party is no talks
        ("Her phone call to the radio station was aired.", False),
    ],
)
def test_a_call_between_officials_is_talks(text: str, talks: bool) -> None:
    assert bool(places(text, "talks")) is talks
