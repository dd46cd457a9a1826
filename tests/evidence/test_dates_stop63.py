"""Publication dates read at stop 63 (docs/evidence/dates.md, "Stop 63"): a weekday that is an
earlier milestone's day, the negotiation's first milestone as the floor of a dateline's year,
copy filed the morning after, a dateline with the day before the month, a truce ended as a
verb's object, a milestone singled out by its place, and a relative day dated in ordinal
words. Invented texts; the milestones are
the package's table (``gazetteer.MILESTONES``)."""

from __future__ import annotations

from datetime import date

from accord.evidence.date_expressions import days_on_weekdays
from accord.evidence.date_milestones import names_earlier_milestone
from accord.evidence.dates import infer_published
from accord.evidence.gazetteer import Gazetteer

GAZ = Gazetteer.default()


def _date(text: str) -> str | None:
    return infer_published(text, "t.txt", GAZ).date


def test_a_weekday_that_is_an_earlier_milestones_day_is_not_a_later_day_of_the_text() -> None:
    text = (
        "Families wait at the border crossing\n\n"
        "All twenty living hostages came home on Monday, the army said. Crowds gathered in the "
        "square, where the truce that took effect on Friday was still holding."
    )
    assert _date(text) == "2025-10-13"
    assert names_earlier_milestone("The truce took effect on Friday.", 4, date(2025, 10, 13), GAZ)
    # a Friday after the anchor is not the milestone's
    assert not names_earlier_milestone(
        "The truce took effect on Friday.", 4, date(2025, 10, 9), GAZ
    )


def test_a_datelines_year_is_never_before_the_negotiations_first_milestone() -> None:
    # November 25 fell on a Friday in 2022, before the table's first milestone
    assert days_on_weekdays(11, 25, {4}, lo=date(2021, 1, 26)) == []


def test_copy_filed_the_morning_after_the_weekday_its_first_sentence_names() -> None:
    text = (
        "SOMEWHERE, Nov 25 (Wire) - A first group of people held in the strip were driven "
        "across the border on Friday, mediators said.\n\nMore were due later."
    )
    got = infer_published(text, "t.txt", GAZ)
    assert got.date == "2023-11-25"
    assert "the day after a weekday" in got.basis


def test_a_dateline_with_the_day_before_the_month_and_a_byline_on_its_line() -> None:
    text = (
        "Reply handed to the mediators\n\n"
        "Somewhere – 12 June – Our correspondents\n\n"
        "The movement handed its reply to the mediators on Tuesday evening, officials said."
    )
    assert _date(text) == "2024-06-12"


def test_a_truce_ended_as_the_object_of_the_verb() -> None:
    text = (
        "BREAKING: Jets strike across the strip, ending a two-month ceasefire\n\n"
        "Heavy strikes hit the strip early on Tuesday, and the office of Prime Minister "
        "Benjamin Netanyahu said the army had been ordered to act. White House press secretary "
        "Karoline Leavitt said Washington had been consulted."
    )
    assert _date(text) == "2025-03-18"
    # three words between the verb and the truce: "ending two months of truce"
    assert _date(text.replace("ending a two-month ceasefire", "ending two months of truce")) == (
        "2025-03-18"
    )


def test_a_milestone_singled_out_by_its_place_needs_no_party_named() -> None:
    text = (
        "Live: four captives rescued alive in Nuseirat\n\n"
        "Key points\n"
        "- The four were freed in central Gaza on Saturday and flown to hospital\n"
        "- Crowds gathered on the beach in the evening"
    )
    assert _date(text) == "2024-06-08"


def test_a_relative_day_dated_in_ordinal_words() -> None:
    text = (
        "Crowds greet the freed\n\n"
        "Thousands gathered yesterday, Monday the thirteenth of October, in the square to greet "
        "the freed prisoners, as President Donald Trump spoke in the resort."
    )
    assert _date(text) == "2025-10-14"
