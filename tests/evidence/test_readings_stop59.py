"""Readings added in stop 59 (issue 9).

- People counted as the object of a verb of freeing stay freed when the parser takes a
  participle after them ("would free 200 people serving long sentences and 1,000 detainees")
  for a reported clause.
- A place "home to N people" is not what the verb does to them.
- A participle of belief with a life status ("the 20 abductees believed still alive") gives it.
- A fact box's rate of exchange ("Inmates per civilian abductee: 30") counts the inmates to be
  freed, whatever words name the other side.
- A refusal in the future of what refers back ("would accept no new conditions", "would not
  accept any amendment") rejects it.
- A report that only times the sentence's report ("hours after X said ...") is its own
  source's.
- Continuing to keep a deal ("will continue to implement the agreement") accepts it.
- What "should" be done is asked for, as what "must" be done is; an acceptance a party says
  another must or should make is the first party's demand.
- A threat a party is told to take note of ("X must know: if ..., Y will ...") is the
  source's, not X's.
- A clause with a condition of its own inside another condition ("only if the mediators
  guarantee that the truce goes on as long as ...") is that condition's content.
- A possessive after a name quoted in a phrase of its own sentence ('"responds to X's
  conditions," including his refusal') is X's.
- A strike by workers ("a general strike") is no military operation.
- Seizing or capturing is a cue of a military milestone ("tanks seized the Rafah crossing on
  Tuesday" dates a text with no date of its own).
- Talks a proposal would start ("accepted a proposal to start talks") or a condition asks for
  ("conditional on X opening talks") are not held.
- A unit of an owner named by a proper name is written as the text names the owner ("Cairo's
  foreign ministry", not the party's name).
- An exchange in a series or carried out ("the next exchange", "carried out an exchange") is a
  release, with no people named.
- A consent to come bound by "only if" or "only once" ("would agree to X only if Y") is a
  conditional refusal: a threat event, as the shared scheme reads conditional refusals.
- A deal announced is an acceptance also as a participle on it ("the agreement announced in
  Doha on Wednesday"), not only as its verb.

Sentences written for these tests, some adapted from the invented read sets (no real article's
text)."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document

from .readings import claims, counts, events, read


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


def test_a_refusal_in_the_future_of_what_refers_back_rejects_it() -> None:
    assert ("hamas", "ceasefire", "reject") in claims(
        "Hamas official Izzat al-Rishq said the group would accept no new conditions."
    )
    assert ("hamas", "ceasefire", "reject") in claims(
        "A Hamas official said the group would not accept any amendment."
    )
    # inside a condition it is no stance yet
    assert not claims("If Hamas would accept no new conditions, the talks could go on.")


def test_a_report_that_times_another_report_does_not_state_it() -> None:
    got = read(
        "U.S. President Donald Trump on Friday called on Israel to stop bombing Gaza "
        "immediately, hours after Hamas said it had agreed to release all hostages."
    ).claims
    speakers = {(c.actor, c.issue, c.stance): c.speaker for c in got}
    assert speakers[("hamas", "hostage_release", "accept")] is None
    assert speakers[("united_states", "ceasefire", "demand")] == "Donald Trump"


def test_continuing_to_keep_a_deal_accepts_it() -> None:
    got = claims("Both parties will continue to implement the agreement, sources said.")
    assert {("hamas", "ceasefire", "accept"), ("israel", "ceasefire", "accept")} <= got
    assert ("hamas", "ceasefire", "accept") in claims(
        "Hamas will continue to implement the agreement."
    )
    # an infinitive that decides nothing yet stays no stance
    assert not claims("Hamas has not decided to accept the deal.")


def test_what_should_be_done_is_asked_for() -> None:
    got = claims("Biden said the hostages should be released.")
    assert ("united_states", "hostage_release", "demand") in got


def test_an_acceptance_another_party_says_one_must_make_is_its_demand() -> None:
    for text in (
        "Hamas must accept the proposal, Witkoff said.",
        "Witkoff said Hamas should accept the framework proposal.",
    ):
        got = claims(text)
        assert ("united_states", "ceasefire", "demand") in got
        assert ("hamas", "ceasefire", "accept") not in got


def test_a_threat_a_party_is_told_to_know_is_the_sources() -> None:
    text = (
        '"The world must know, and Hamas leaders must know: if by Ramadan our hostages are not '
        'home, the fighting will continue everywhere," Gantz told a gathering.'
    )
    got = claims(text)
    assert ("israel", "hostage_release", "threat") in got
    assert ("hamas", "hostage_release", "threat") not in got
    assert "threat" in events(text)


def test_a_condition_inside_a_condition_is_not_its_subjects_condition() -> None:
    got = claims(
        "The official said Hamas would sign only if the mediators guarantee that the truce "
        'continues "as long as negotiations go on."'
    )
    assert ("hamas", "ceasefire", "condition") in got
    assert not {("qatar", "ceasefire", "condition"), ("egypt", "ceasefire", "condition")} & got


def test_a_possessive_after_a_quoted_phrase_refers_to_the_name_in_it() -> None:
    text = (
        "Blinken met the prime minister on Monday.\n\n"
        "In a statement Sunday, Hamas said the new proposal \"responds to Netanyahu's "
        'conditions," including his refusal of a permanent ceasefire.'
    )
    got = claims(text)
    assert ("israel", "ceasefire", "reject") in got
    assert ("united_states", "ceasefire", "reject") not in got


def test_a_strike_by_workers_is_no_military_operation() -> None:
    assert "military_operation" not in events(
        "In Israel, the Histadrut labour federation staged a general strike on Monday."
    )
    assert "military_operation" in events("An Israeli strike killed 20 people in Gaza.")


def test_a_lede_on_a_crossing_seized_dates_the_text_by_that_milestone() -> None:
    text = (
        "KARACHI / CAIRO: Israeli tanks seized the Gaza side of the Rafah border crossing on "
        "Tuesday, hours after Hamas said it had accepted a ceasefire proposal put forward by "
        "Egypt and Qatar.\n\nThe army said troops had taken control of the crossing."
    )
    got = extract_document(Document(name="t.txt", text=text)).published
    assert got is not None and got.date == "2024-05-07"


def test_talks_proposed_or_set_as_a_condition_are_not_held() -> None:
    for text in (
        "A Hamas source said the group had accepted a US proposal to start talks on the release.",
        "Hayya said the offer was conditional on Israel starting phase-two talks on Sunday.",
        "Hayya said the offer depended on Israel opening talks on the deal's second phase.",
    ):
        assert "talks" not in events(text)
    assert "talks" in events("Talks will start in Cairo on Sunday.")
    # a meeting where a proposal was drawn up was held
    assert "meeting" in events(
        "Hamas said it had received a proposal drawn up at a meeting in Paris of US, Israeli, "
        "Egyptian and Qatari officials."
    )


def test_a_unit_of_a_named_owner_is_written_as_the_text_names_the_owner() -> None:
    got = read(
        "Cairo's foreign ministry called them a flagrant violation of the truce and urged all "
        "sides to return to the talks."
    ).claims
    assert [c.speaker for c in got if c.actor == "egypt"] == ["Cairo's foreign ministry"]


def test_an_exchange_in_a_series_is_a_release() -> None:
    assert "release" in events("The two sides carried out an exchange on Tuesday.")
    assert "release" in events("The next exchange is set for Saturday.")
    assert "release" not in events("They held an exchange of views on Tuesday.")


def test_a_consent_bound_by_only_if_is_a_conditional_refusal() -> None:
    for text in (
        "Netanyahu said Israel would agree to a permanent end to the war only if Hamas disarms.",
        "Hamas said it would only agree to a serious exchange deal once those demands were met.",
        "Hamas said it would take part only if the talks focused on implementation.",
    ):
        assert "threat" in events(text)
    # the terms of a deal, or a consent given, are none
    assert "threat" not in events(
        "Israel will release the prisoners only after the hostages are in Israeli hands."
    )
    assert "threat" not in events("Hamas agreed to the deal only after long talks.")


def test_a_deal_announced_is_an_acceptance_also_as_a_participle() -> None:
    assert "acceptance" in events(
        "The agreement announced in Doha on Wednesday by Qatar's Prime Minister provides for a "
        "truce."
    )
    # a package announced is tabled, not agreed
    got = events("Qatar announced a new ceasefire proposal.")
    assert "proposal" in got and "acceptance" not in got
