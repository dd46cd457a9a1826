"""The publication date of texts given without metadata (issue 9), on invented texts of many
styles (:mod:`tests.evidence.undated_texts`), and the rules over date forms it rests on: a
numeric date the text's weekday or named days order, a closing line that dates a statement, a
relative day written with its date, a date in the past perfect as background, a weekday with
an ordinal or a bracketed date, a short dated line after the body as a caption.
"""

from __future__ import annotations

import pytest

from accord.evidence.date_expressions import weekday_dates
from accord.evidence.date_header import header_date, year_of
from accord.evidence.dates import infer_published
from accord.evidence.gazetteer import Gazetteer
from accord.evidence.reading import reading_copy

from .undated_texts import TEXTS, Undated


def published(text: str) -> str | None:
    gaz = Gazetteer.shared()
    return infer_published(reading_copy(text, gaz.acronyms()), "t", gaz).date


@pytest.mark.parametrize("u", TEXTS, ids=[u.key for u in TEXTS])
def test_an_undated_text_gets_the_day_it_tells(u: Undated) -> None:
    assert published(u.text) == u.day, u.form


def test_the_set_is_varied() -> None:
    assert len(TEXTS) >= 15 and len({u.key for u in TEXTS}) == len(TEXTS)


# a numeric date whose day and month order is unclear: the weekday on its line, else the days
# the text names in words shortly before it, decide; else it is not read


def test_a_weekday_orders_a_numeric_date() -> None:
    found = header_date("Posted Friday 7/3/2025\nTalks resumed in Vell.", "a")
    assert found is not None and found[0].isoformat() == "2025-03-07"


def test_a_weekday_both_readings_share_decides_nothing() -> None:
    # 3 December and 12 March 2024 were both Tuesdays
    assert header_date("Posted Tuesday 12/3/2024\nTalks resumed in Vell.", "a") is None


def test_days_named_shortly_before_order_a_numeric_date() -> None:
    text = "Updated 4/8/2025\nThe round that opened on March 30 ended without a deal."
    found = header_date(text, "a")
    assert found is not None and found[0].isoformat() == "2025-04-08"


def test_a_numeric_date_with_nothing_to_order_it_is_not_read() -> None:
    assert header_date("Updated 4/8/2025\nThe round ended without a deal.", "a") is None


# a statement's or a letter's closing line dates it, as a dateline at the top dates a page


@pytest.mark.parametrize(
    "closing",
    [
        "Issued in Vell on 5 November 2024.",
        "Vell, 5 November 2024",
        "Done at Vell, 5 November 2024",
    ],
)
def test_a_closing_line_dates_a_statement(closing: str) -> None:
    body = " ".join(["The office calls on both sides to keep to the terms of the truce."] * 12)
    assert published(f"Statement\n{body}\n{closing}") == "2024-11-05"


def test_a_closing_sentence_naming_a_date_is_no_sign_off() -> None:
    body = " ".join(["The office calls on both sides to keep to the terms of the truce."] * 12)
    text = f"Statement\n{body}\nTalks resume on 12 November 2024."
    found = header_date(text, "a")
    assert found is None or found[0].isoformat() != "2024-11-12"


# a relative day written with its date dates the text, in the text's own voice only


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The council said today, October 1, 2024, that it would vote.", "2024-10-01"),
        ("The talks that ended yesterday (August 27, 2025) produced a draft.", "2025-08-28"),
        ("The cabinet met yesterday, Sunday, March 9, and approved the swap.", "2025-03-10"),
        ("The envoys arrive tomorrow, May 9, 2025, for a last round.", "2025-05-08"),
    ],
)
def test_a_relative_day_with_its_date_dates_the_text(text: str, day: str) -> None:
    assert published(text) == day


def test_a_speakers_today_is_the_speakers() -> None:
    told = "The envoy said they meet today, October 1. The offer came on September 24, 2024."
    quoted = "“We meet today, October 1,” the envoy said. The offer came on September 24, 2024."
    assert published(told) == "2024-10-01"
    assert published(quoted) != "2024-10-01"  # the speaker's day, told on another


def test_the_year_of_a_day_comes_from_a_date_named_shortly_before() -> None:
    found = year_of(10, 1, "The proposal was delivered on September 24, 2024.")
    assert found is not None and found[0].isoformat() == "2024-10-01"
    assert year_of(10, 1, "The proposal was delivered on March 3, 2024.") is None


# a full date in the past perfect is a time before the text's: it bounds the date from below


def test_a_date_in_the_past_perfect_is_background() -> None:
    text = (
        "The premier had warned on April 2, 2024, that any truce would be short. On Thursday, "
        "his cabinet approved a pause."
    )
    gaz = Gazetteer.shared()
    found = infer_published(text, "t", gaz)
    assert found.date is None and found.earliest == "2024-04-02"


def test_a_date_in_the_simple_past_dates_the_text() -> None:
    assert published("The premier warned on April 2, 2024, that any truce would be short.") == (
        "2024-04-02"
    )


# a weekday pins the year of a date written with an ordinal or in brackets


@pytest.mark.parametrize(
    "text", ["Monday, June 2nd", "met on Monday (June 2)", "Mon 2nd June", "Monday 2nd of June"]
)
def test_a_weekday_with_an_ordinal_or_bracketed_date(text: str) -> None:
    assert [d.isoformat() for d, _m in weekday_dates(text)] == ["2025-06-02"]


# a short dated line after the body has begun is a caption, not the page's header


def test_a_dated_line_after_the_body_is_no_header() -> None:
    text = (
        "Envoys met again in Vell, and the mediators said the gap had narrowed on the terms.\n"
        "File picture, August 14, 2025\n"
    )
    found = header_date(text, "a")
    assert found is None
    assert header_date("File picture, August 14, 2025\nEnvoys met again.", "a") is not None


# a later day named as a plan, an arrangement or a bound is not the text's day; a cue before an
# earlier date in the sentence is that date's, not the later one's


@pytest.mark.parametrize(
    "later",
    [
        "The vote is planned for June 10, 2024.",
        "The vote is slated for June 10, 2024.",
        "The truce expires on June 10, 2024.",
        "The council meets again on June 10, 2024.",
        "The militia must answer by June 10, 2024.",
        "The truce runs until Monday, June 10, 2024.",
        "They were given a deadline of June 10, 2024.",
    ],
)
def test_a_later_day_ahead_or_a_bound_is_not_the_texts(later: str) -> None:
    assert published(f"The envoys met in Vell on June 3, 2024. {later}") == "2024-06-03"


def test_a_later_day_told_as_done_is_the_texts() -> None:
    assert published(
        "The envoys met in Vell on June 3, 2024. They met again on June 10, 2024."
    ) == ("2024-06-10")


def test_a_look_back_cue_belongs_to_the_date_after_it_only() -> None:
    text = "The truce that began on May 2, 2024, ended on May 9, 2024, the mediators said."
    assert published(text) == "2024-05-09"


# a page's label before a month and day without a year: its year as a dateline's


@pytest.mark.parametrize(
    "label", ["Published Dec. 3", "Updated: December 3 | 14:05 GMT", "By A. Writer | Posted 3 Dec"]
)
def test_a_labelled_day_without_a_year(label: str) -> None:
    text = f"Talks go on\n{label}\nThe talks opened on November 28, 2024, officials said."
    assert published(text) == "2024-12-03"


def test_a_labelled_day_without_a_year_nor_a_date_to_give_one_is_not_read() -> None:
    assert published("Talks go on\nPublished Dec. 3\nThe talks opened last week.") is None


def test_an_originally_published_date_wins_over_the_update() -> None:
    text = "Talks\nUpdated: June 21, 2024 | Originally published: June 20, 2024\nThey met."
    assert published(text) == "2024-06-20"


# a happening dated by its distance from a date: the date plus the distance


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Two days after talks opened in Vell on December 1, 2024, the envoys agreed.",
            "2024-12-03",
        ),
        ("A week after the truce took effect on November 26, 2024, both sides met.", "2024-12-03"),
        (
            "On the tenth day of the truce that began on November 24, 2024, envoys met.",
            "2024-12-03",
        ),
        ("Envoys met on the 3rd day of the talks that opened on December 1, 2024.", "2024-12-03"),
    ],
)
def test_a_day_counted_from_a_date(text: str, day: str) -> None:
    assert published(text) == day


def test_a_date_set_off_after_a_count_is_the_happenings_own() -> None:
    text = "Two days after the vote, on December 1, 2024, the envoys met."
    assert published(text) == "2024-12-01"  # the meeting's own day, set off by commas


def test_is_to_and_are_to_mark_a_day_ahead() -> None:
    from accord.evidence.date_expressions import find_date_mentions

    assert [m.future for m in find_date_mentions("The lists are to be exchanged on Friday.")] == [
        True
    ]
    assert [m.future for m in find_date_mentions("The lists were exchanged on Friday.")] == [False]


# a weekday beside a relative day names the text's own weekday (or the one before it)


@pytest.mark.parametrize(
    ("relative", "day"),
    [("yesterday (Monday)", "2024-12-03"), ("today (Tuesday)", "2024-12-03")],
)
def test_a_weekday_beside_a_relative_day(relative: str, day: str) -> None:
    text = f"The envoys met on Thursday, November 28, 2024. The council said {relative} it agreed."
    assert published(text) == day


def test_a_prose_line_saying_today_is_no_banner() -> None:
    text = "The council today said the envoys met on November 28, 2024, and agreed on the lists."
    assert published(text) is not None
    assert header_date("Today's paper: November 28, 2024", "a") is None
