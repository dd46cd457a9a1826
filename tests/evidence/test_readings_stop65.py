"""Readings added in stop 65 (issue 9).

- People held taken into someone's custody are released (an event, as "received" is).
- A package passed round the parties ("circulated a framework") is tabled; a map handed over
  frees no one.
- The terms of a deal an acceptance is narrowed to ("will only accept a deal that ends X") are
  asked for, not agreed.

Sentences written for these tests (no real article's text)."""

from __future__ import annotations

from .readings import claims, counts, read


def test_people_taken_into_custody_are_released() -> None:
    for text in (
        "The Red Cross has taken custody of four abductees in the northern city.",
        "Its team took custody of the two captives on Sunday, the committee said.",
    ):
        assert "release" in {e.type for e in read(text).events}, text
    # custody of a place or of evidence frees no one
    got = read("The police took custody of the vehicle on Sunday.").events
    assert "release" not in {e.type for e in got}


def test_a_framework_circulated_is_tabled_and_a_map_handed_over_frees_no_one() -> None:
    got = read("Egypt has circulated a new framework to both delegations.").events
    assert "proposal" in {e.type for e in got}
    got = read("Egypt circulated photos of the crossing on Monday.").events
    assert "proposal" not in {e.type for e in got}
    got = read("A revised map of the corridor was handed over late last week.").events
    assert "release" not in {e.type for e in got}


def test_terms_of_a_deal_an_acceptance_is_narrowed_to_are_asked_for() -> None:
    got = claims(
        "Hamas has said it will only accept a deal that ends the war and pulls the occupying forces "
        "out of the territory."
    )
    assert ("hamas", "ceasefire", "demand") in got
    assert ("hamas", "withdrawal", "demand") in got
    assert ("hamas", "ceasefire", "accept") not in got
    # an acceptance given, not narrowed, keeps its terms
    got = claims("Hamas said on Monday it had accepted the deal that ends the war.")
    assert ("hamas", "ceasefire", "accept") in got


def test_an_undertaking_given_accepts_what_it_binds_its_giver_to() -> None:
    got = claims("Hamas undertook to release all the abductees within 72 hours.")
    assert ("hamas", "hostage_release", "accept") in got


def test_a_delivery_bound_by_only_if_is_a_conditional_refusal() -> None:
    for text in (
        "Hamas said it will release the last of the abductees only if the war ends.",
        "Egypt would reopen the crossing only if the other side were run by a civilian body, "
        "the sources said.",
    ):
        assert "threat" in {e.type for e in read(text).events}, text
    # a delivery told with no condition, or a condition with no "only", threatens nothing; nor
    # a generic verb that opens a release verb of several words ("go" of "go free")
    for text in (
        "The envoy said he will go to the capital only if both sides are ready.",
        "Hamas said it will release three abductees on Saturday.",
        "Hamas said it would release more abductees if the truce were extended.",
    ):
        assert "threat" not in {e.type for e in read(text).events}, text


def test_a_part_declared_dead_and_people_still_held_by_their_holder() -> None:
    got = counts(
        "Around 120 abductees remain in the territory, of whom the army has declared at least 42 "
        "dead."
    )
    assert ("hostages_held_dead", 42) in got
    got = counts("Hamas must release all 48 abductees it still holds.")
    assert ("hostages_released", 48) not in got
    assert ("other", 48) in got


def test_bodies_of_a_number_votes_a_million_and_rates() -> None:
    assert ("bodies_returned", 19) in counts("The bodies of 19 have been recovered.")
    assert ("bodies_returned", 4) in counts("The bodies of four more were handed over overnight.")
    assert ("hostages_held_dead", 28) in counts("Hamas still holds the bodies of 28.")
    assert ("other", 4) in counts("The deal lets four fuel tankers enter each day.")
    assert ("other", 1000000) in counts(
        "More than a million displaced people are sheltering there."
    )
    got = counts(
        "In exchange, the state will release inmates: 30 for every civilian abductee and 50 for "
        "every soldier, according to a summary."
    )
    assert {("prisoners_released", 30), ("prisoners_released", 50)} <= got
    # a rate of something else is no release of inmates
    assert ("prisoners_released", 30) not in counts(
        "The militia fired 30 rockets for every strike."
    )


def test_a_demand_let_go_of_accepts_what_it_asked_for() -> None:
    for text in (
        "A Hamas source says the group dropped its demand for an upfront commitment by the "
        "other side to a permanent ceasefire.",
        "In its reply, Hamas no longer insisted that the other side commit to a permanent "
        "ceasefire before signing, an official said.",
    ):
        got = claims(text)
        assert ("hamas", "ceasefire", "accept") in got, text
        assert ("hamas", "ceasefire", "demand") not in got, text
    got = claims("Hamas has not dropped its demand for a commitment to a permanent ceasefire.")
    assert ("hamas", "ceasefire", "demand") in got


def test_an_outsiders_endorsement_is_no_partys_acceptance() -> None:
    got = claims(
        "An Arab League summit endorsed Egypt's plan for the reconstruction of the territory; "
        "Israel and the United States both dismissed it."
    )
    assert ("israel", "reconstruction", "accept") not in got


def test_a_transcripts_initials_labels_are_the_speakers_named_before() -> None:
    text = (
        "We spoke to Anna Varga, who teaches mediation, about the draft.\n\n"
        "Harbour Post: What has Hamas agreed to?\n\n"
        "Anna Varga: To a framework, not a finished agreement.\n\n"
        "HP: And the other side?\n\n"
        "AV: As I read the draft, the army would halt operations for 60 days. In return, Hamas "
        "would release ten living hostages in the first week.\n\n"
        "HP: Will it hold?\n\n"
        "AV: Nobody knows.\n"
    )
    got = {(c.actor, c.issue, c.stance): c.speaker for c in read(text).claims}
    assert got.get(("hamas", "hostage_release", "offer")) == "Anna Varga"


def test_negotiators_due_in_a_city_and_releases_later_today() -> None:
    for text in (
        "Negotiators are due in Cairo at the end of the week.",
        "Working-level teams are due back in Doha on Thursday.",
    ):
        assert "talks" in {e.type for e in read(text).events}, text
    assert "talks" not in {e.type for e in read("The teams are expected to finish later.").events}
    got = read("Three abductees are expected to be released this afternoon.").events
    assert [(e.type, e.mode) for e in got] == [("release", "planned")]
    # a release with no day of its own is a term of a deal, no event
    assert not read("The deal would see abductees released in stages.").events


def test_a_package_agreed_as_the_object_or_backed_is_accepted() -> None:
    got = claims("Israel and Hamas agree first phase of the plan.")
    assert {("israel", "ceasefire", "accept"), ("hamas", "ceasefire", "accept")} <= got
    assert ("israel", "ceasefire", "accept") in claims("Israel's cabinet backs four-day truce.")
    got = claims("Hamas rejected a US-backed plan for a truce.")
    assert ("hamas", "ceasefire", "accept") not in got
    assert ("hamas", "ceasefire", "reject") in got
