"""Publication dates from public milestones: synthetic texts, none taken from the corpus."""

from __future__ import annotations

import re
from datetime import date

from accord.evidence.dates import infer_published, reports
from accord.evidence.gazetteer import MILESTONES, Gazetteer, Milestone

GAZ = Gazetteer.default()


def test_the_table_is_dated_typed_and_in_order() -> None:
    kinds = {
        "talks",
        "proposal",
        "acceptance",
        "rejection",
        "release",
        "ceasefire_start",
        "ceasefire_end",
        "military_operation",
        "threat",
        "meeting",
        "accusation",
    }
    assert 30 <= len(MILESTONES) <= 60
    days = [date.fromisoformat(m.date) for m in MILESTONES]
    assert days == sorted(days)
    for ms in MILESTONES:
        assert ms.kind in kinds and ms.what
        assert all(a in {"israel", "hamas", "qatar", "egypt", "united_states"} for a in ms.actors)
        if ms.cue:
            re.compile(ms.cue)


def test_a_milestone_needs_its_kind_its_cue_and_an_actor() -> None:
    ms = Milestone("2024-10-16", "military_operation", "leader killed", ("hamas",), r"sinwar")
    assert reports("The army said Sinwar was killed in a firefight.", ms, {"hamas"})
    assert not reports("Sinwar was seen in a tunnel.", ms, {"hamas"})  # no kind cue
    assert not reports("A commander was killed.", ms, {"hamas"})  # not this one
    assert not reports("Sinwar was killed.", ms, {"qatar"})  # not its actors


def test_lede_reporting_a_reaction_is_dated_the_day_after() -> None:
    text = (
        "Hamas rebuffs new ultimatum from Washington\n\n"
        "Hamas on Thursday brushed off a fresh warning by President Donald Trump over "
        "the captives it holds.\n\n"
        "The first phase of the truce ended recently, and talks on the next one stalled."
    )
    pub = infer_published(text, "r.txt", GAZ)
    assert (pub.date, pub.earliest, pub.latest) == ("2025-03-06", "2025-03-05", "2025-03-08")
    assert "reaction" in pub.basis


def test_lede_reporting_the_event_itself_is_dated_that_day() -> None:
    text = (
        "Army says Sinwar killed in southern Gaza\n\n"
        "The Israeli military said its soldiers killed Hamas leader Yahya Sinwar during an "
        "encounter in the south of the territory."
    )
    pub = infer_published(text, "e.txt", GAZ)
    assert (pub.date, pub.earliest, pub.latest) == ("2024-10-16", "2024-10-16", "2024-10-19")


def test_two_milestones_fitting_the_lede_leave_a_range() -> None:
    text = (
        "US leader issues a warning to Hamas\n\n"
        "President Donald Trump warned Hamas again over the captives in a late-night post."
    )
    pub = infer_published(text, "w.txt", GAZ)
    assert pub.date is None and pub.earliest == "2025-01-20"


def test_a_milestone_reported_as_past_bounds_the_date_from_below() -> None:
    text = (
        "Stalemate deepens\n\n"
        "Mediators see little movement this month, officials said.\n\n"
        "Contacts have been frozen since Hamas leader Yahya Sinwar was killed by troops."
    )
    pub = infer_published(text, "p.txt", GAZ)
    assert pub.date is None and pub.earliest == "2024-10-16"


def test_an_event_asked_for_is_not_an_event_reported() -> None:
    text = (
        "Envoys meet again\n\n"
        "Hamas was urged again to release the last living hostages held in the enclave."
    )
    pub = infer_published(text, "f.txt", GAZ)
    assert pub.date is None and pub.earliest is None


def test_an_explicit_date_still_wins_over_the_lede() -> None:
    text = "Army says Sinwar killed in southern Gaza\n\nPhoto taken near Rafah, October 18, 2024."
    assert infer_published(text, "x.txt", GAZ).date == "2024-10-18"


def test_a_phase_that_ended_last_night_dates_the_text_and_weekdays_look_back() -> None:
    """The milestone whose own cue the sentence names (the first phase, not the later collapse
    of the truce) dates the text; a weekday it names lies before that day, not after it."""
    text = (
        "Envoy offers a longer pause\n\n"
        "President Donald Trump's envoy proposed to extend the truce, ministers said after "
        "meeting on Saturday. The first phase of the ceasefire expired last night, and no talks "
        "on the next one are planned."
    )
    assert infer_published(text, "p.txt", GAZ).date == "2025-03-02"


def test_a_city_and_a_military_word_are_no_strike_on_it() -> None:
    # the strike in the Qatari capital (2025-09-09) is reported by a strike there, not by talks
    # there that stall over the troops' withdrawal
    text = (
        "Talks stall over withdrawal maps\n\nIndirect negotiations in Doha on a truce have "
        "stalled over the extent of Israel's troop withdrawal, two sources said."
    )
    assert infer_published(text, "t.txt", GAZ).date != "2025-09-09"


def test_a_lede_placing_its_event_last_month_is_not_dated_by_it() -> None:
    from accord.evidence.extract import extract_document
    from accord.evidence.types import Document

    text = (
        "Hamas reply asks for guarantees\n\n"
        "Hamas handed the mediators its response to the three-phase proposal outlined by US "
        "President Joe Biden late last month, asking for guarantees.\n"
    )
    ex = extract_document(Document(name="t.txt", text=text))
    assert ex.published.date != "2024-05-31"
