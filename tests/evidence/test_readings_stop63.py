"""Readings added in stop 63 (issue 9).

- The agent of a participle that makes known the terms a sentence is set under ("Under the terms
  announced by X, Y is to free ...") is the source of the sentence; not a list's heading ("Under
  the agreement announced by X:").
- The group governing after a modal of obligation ("X must never again rule Gaza") is its rule
  asked to end.

Sentences written for these tests (no real article's text)."""

from __future__ import annotations

from .readings import claims, counts, events, read


def _speakers(text: str) -> dict[tuple[str, str, str], str | None]:
    return {(c.actor, c.issue, c.stance): c.speaker for c in read(text).claims}


def test_the_agent_of_terms_made_known_is_the_source_of_what_is_set_under_them() -> None:
    got = _speakers(
        "Under the terms outlined by the mediators, Israel is to release 300 Palestinian prisoners."
    )
    assert got.get(("israel", "prisoner_release", "accept")) == "the mediators"
    got = _speakers(
        "Under the arrangement announced by the White House, Hamas will hand over four bodies "
        "on Thursday."
    )
    assert got.get(("hamas", "bodies_return", "accept")) == "White House"
    # a description of the terms with no clause set under them names no source
    heading = _speakers(
        "Under the agreement announced by Qatar on Tuesday:\n"
        "- Israel will free 90 Palestinian detainees by Sunday."
    )
    assert heading.get(("israel", "prisoner_release", "accept")) is None


def test_the_group_ruling_after_a_modal_of_obligation_is_its_rule_asked_to_end() -> None:
    assert ("israel", "hamas_rule", "demand") in claims(
        "Israel says Hamas must never again rule Gaza."
    )
    assert ("israel", "hamas_rule", "demand") in claims(
        "Netanyahu said Hamas should not govern the strip after the war."
    )


def test_a_phrase_before_b_on_a_refused_object_bars_it() -> None:
    got = claims("Israel rejects any full withdrawal before the disarmament of Hamas.")
    assert ("israel", "withdrawal", "condition") in got
    assert ("israel", "hamas_rule", "demand") in got
    got = claims("Israel will not agree to a withdrawal before the release of all hostages.")
    assert ("israel", "hostage_release", "demand") in got
    assert ("israel", "hostage_release", "reject") not in got
    got = claims(
        "Hamas rejects any deal that ends the war before the withdrawal of Israeli troops."
    )
    assert ("hamas", "withdrawal", "demand") in got
    # a refusal told in the past: the phrase dates it
    got = claims("Hamas rejected the proposal before the talks in Cairo.")
    assert ("hamas", "ceasefire", "reject") in got


def test_a_condition_hung_on_a_reporting_aside_is_set_on_the_clause_after_it() -> None:
    text = (
        "If no captives were handed over by Sunday, the official said, the Israeli military "
        "would resume its operations in the north."
    )
    assert ("israel", "hostage_release", "threat") in claims(text)
    assert "threat" in events(text)


def test_a_thing_judged_necessary_is_asked_for() -> None:
    assert ("united_states", "ceasefire", "demand") in claims(
        'The secretary of state, Antony Blinken, said a truce was "imperative".'
    )
    assert not claims("The diplomat said Egypt's role was crucial.")


def test_an_adviser_on_negotiations_holds_no_talks() -> None:
    assert "talks" not in events("Anna Varga is a former adviser on Middle East negotiations.")


def test_letting_them_go_and_freeing_people_held_in_the_strip_are_releases() -> None:
    assert ("qatar", "hostage_release", "demand") in claims(
        "Qatar's prime minister called on Hamas to let the captives go."
    )
    assert ("hamas", "hostage_release", "offer") in claims(
        "Hamas said it was prepared to free 40 women and children held in Gaza in exchange for "
        "a week-long pause."
    )


def test_people_given_in_exchange_for_others_are_released() -> None:
    got = counts(
        "The first stage - 12 Israeli hostages in exchange for 400 Palestinian prisoners - went "
        "ahead on time."
    )
    assert ("hostages_released", 12) in got
    assert ("prisoners_released", 400) in got


def test_what_a_party_agrees_to_get_in_return_is_accepted_by_its_giver() -> None:
    got = claims(
        "Hamas agreed to release 20 hostages in return for the release of 600 Palestinian "
        "prisoners."
    )
    assert ("hamas", "hostage_release", "accept") in got
    assert ("israel", "prisoner_release", "accept") in got


def test_a_live_pages_name_names_no_issue() -> None:
    got = claims(
        "Hostage talks live: Netanyahu rejects the Hamas truce proposal\n\nMore follows tonight."
    )
    assert ("israel", "ceasefire", "reject") in got
    assert ("israel", "hostage_release", "reject") not in got
