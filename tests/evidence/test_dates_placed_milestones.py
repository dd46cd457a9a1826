"""Publication dates from a milestone the text places on a day of its own: a one-off happening
next to its weekday or "yesterday", the n-th day of a truce, a truce named with its date.
Invented texts; the milestones are the package's table (``gazetteer.MILESTONES``)."""

from __future__ import annotations

from accord.evidence.date_expressions import find_date_mentions
from accord.evidence.dates import infer_published, reports
from accord.evidence.gazetteer import MILESTONES, Gazetteer

GAZ = Gazetteer.default()


def _date(text: str) -> str | None:
    return infer_published(text, "t.txt", GAZ).date


def test_a_one_off_happening_next_to_yesterday_dates_the_text_the_day_after() -> None:
    text = (
        "Mediators weigh their next steps\n\n"
        "Haniyeh was killed in Tehran early yesterday, and mediators in Cairo said the talks "
        "would pause."
    )
    assert _date(text) == "2024-08-01"


def test_a_one_off_happening_on_its_weekday_anchors_the_later_weekdays() -> None:
    text = (
        "Remains handed over\n\n"
        "The army said on Thursday that Hamas had handed over the remains of four more people "
        "since Monday's release of the last 20 living hostages."
    )
    assert _date(text) == "2025-10-16"


def test_a_weekday_in_another_clause_does_not_place_the_happening() -> None:
    text = (
        "Delegation in Cairo\n\n"
        "Mediators in Cairo are preparing a new paper for both sides, officials said. "
        "A delegation from Hamas, whose leader Haniyeh was killed in Tehran, met Egyptian "
        "officials on Saturday."
    )
    assert _date(text) is None


def test_the_nth_day_of_a_truce_is_the_text_s_day() -> None:
    text = (
        "Truce live: third batch expected\n\n"
        "Welcome to our coverage of the third day of the pause that began on Friday, as "
        "President Joe Biden urged both sides to keep it going."
    )
    assert _date(text) == "2023-11-26"


def test_a_truce_holding_into_its_nth_day_counts_from_the_start_it_names() -> None:
    text = (
        "Pause holds into a seventh day\n\n"
        "Today the truce entered its seventh day; releases since January 19 number eighteen, "
        "President Donald Trump's envoy said."
    )
    assert _date(text) == "2025-01-25"


def test_a_day_of_the_truce_only_planned_does_not_date_the_text() -> None:
    text = (
        "Second-stage talks slip\n\n"
        "Talks on the next stage were meant to open on the 16th day of the truce that began "
        "on Sunday, President Donald Trump's envoy said."
    )
    assert _date(text) != "2025-02-03"


def test_a_truce_named_with_its_day_is_no_truce_of_another_day() -> None:
    later = next(ms for ms in MILESTONES if ms.date == "2025-10-10")
    sentence = "The strikes ended the pause that began on January 19."
    assert not reports(sentence, later, set())
    assert reports("The strikes ended the pause that began on October 10.", later, set())


def test_today_away_from_the_truce_s_verb_is_not_its_day() -> None:
    text = (
        "Third exchange under way\n\n"
        "Crowds gathered in the square to watch the handover on large screens. Today is the third exchange since the truce took effect on January 19, and Israel "
        "said Hamas had handed over the list."
    )
    assert _date(text) != "2025-01-19"


def test_a_byline_below_a_standfirst_dates_the_page() -> None:
    text = (
        "OPINION\n\nThe long wait\n\n"
        "Negotiators are close to a deal again. That should worry everyone who wants it to "
        "last.\n\nBy Ana Ruiz | 14.07.2025\n\nThe talks resumed this week."
    )
    assert _date(text) == "2025-07-14"


def test_a_weekday_after_would_lies_ahead() -> None:
    (m,) = find_date_mentions("He said the group would free six more on Saturday.")
    assert m.future


def test_a_release_told_as_handed_over_without_over_is_still_placed() -> None:
    text = (
        "Morning briefing\n\n"
        "Families gathered in the square through the night to watch. Yesterday the group "
        "handed the last 20 living hostages to the Red Cross in two batches."
    )
    assert _date(text) == "2025-10-14"


def test_a_truce_day_written_as_a_cardinal_counts_too() -> None:
    text = (
        "Truce day three: queues at the crossing\n\n"
        "The pause, which took effect on Friday, held through the night, President Joe Biden's "
        "aides said."
    )
    assert _date(text) == "2023-11-26"


def test_a_credit_after_a_bar_does_not_make_a_labelled_date_a_banner() -> None:
    text = (
        "Politics\n\nTalks resume\n\nDate: 25.08.2024 | Translated from the Arabic edition\n\nBody."
    )
    assert _date(text) == "2024-08-25"


def test_a_one_off_day_named_in_a_fact_box_does_not_order_a_numeric_date() -> None:
    # 11/07/2024 is 11 July or 7 November; "Oct 7" is named at any time after, so it says
    # nothing of how recent the page is
    text = "Explainer\n\nLast updated 11/07/2024\n\nPeople taken on Oct 7: 251\n"
    assert _date(text) is None
