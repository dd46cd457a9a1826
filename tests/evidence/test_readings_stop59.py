"""Readings added in stop 59 (issue 9): people counted as the object of a verb of freeing are
freed even when the parser takes a participle after them ("would free 200 people serving
long sentences and 1,000 detainees") for a reported clause; a place described as "home to N
people" is not what the verb does to them; a participle of belief with a life status ("the 20
abductees believed still alive") gives the status; a fact box's rate of exchange ("Inmates per
civilian abductee: 30") counts the inmates to be freed, whatever words name the other side.
Sentences written for these tests, some adapted from the invented read sets (no real article's
text)."""

from __future__ import annotations

from .readings import counts


def test_people_before_a_participle_are_the_object_of_freeing() -> None:
    got = counts(
        "In exchange, Israel would free about 200 Palestinians serving long or life sentences "
        "and roughly 1,000 detainees taken from Gaza since the war began, and allow more aid."
    )
    assert ("prisoners_released", 200) in got
    assert ("prisoners_released", 1000) in got


def test_a_place_home_to_people_does_not_count_what_is_done_to_it() -> None:
    got = counts(
        "The cabinet approved a plan to take over Gaza City, home to about 1 million people."
    )
    assert ("hostages_taken", 1000000) not in got
    assert ("other", 1000000) in got


def test_a_participle_of_belief_gives_the_life_status() -> None:
    assert ("hostages_held_living", 20) in counts(
        "For the families of the 20 hostages believed still alive, the message is grim."
    )
    assert ("hostages_held_living", 20) in counts(
        "For the families of the 20 hostages believed to be alive, the message is grim."
    )


def test_a_rate_of_exchange_in_a_fact_box_counts_the_inmates_freed() -> None:
    got = counts(
        "Key terms\nPalestinian prisoners per civilian captive: 30\n"
        "Palestinian prisoners per female soldier: 50\n"
    )
    assert ("prisoners_released", 30) in got
    assert ("prisoners_released", 50) in got
