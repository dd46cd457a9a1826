"""Publication dates from the text: datelines, bylines, labelled and ISO dates, weekdays
resolved backwards, background dates, and no clock. Texts written for the test."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from accord.evidence.dates import header_date, infer_published, resolve_undated, weekday_dates
from accord.evidence.gazetteer import Gazetteer

GAZ = Gazetteer.default()


def test_iso_date_line_at_the_top_is_the_publication_date() -> None:
    text = " date 2024-03-03 Mediators met on Sunday in the capital."
    assert infer_published(text, "a", GAZ).date == "2024-03-03"


def test_labelled_date_anywhere_wins_over_a_page_banner() -> None:
    text = (
        "TODAY'S PAPER | March 9, 2025 | EPAPER\n\nTalks stall\n\n"
        "WIRE SERVICE March 02, 2025 3 min read\n\nMediators said on Sunday that talks "
        "would resume.\nPublished : Mar 2, 2025, 10:00 AM"
    )
    pub = infer_published(text, "a", GAZ)
    assert pub.date == "2025-03-02" and pub.evidence is not None


def test_dateline_with_its_weekday() -> None:
    assert (
        header_date("Tuesday, April 9, 2024\nEnvoys met again.", "a")[0].isoformat() == "2024-04-09"
    )


def test_a_caption_inside_prose_is_no_dateline() -> None:
    assert (
        header_date("Crowds gathered in the square on May 6, 2024, to call for a deal.", "a")
        is None
    )


def test_weekdays_are_resolved_backwards_from_a_bare_date() -> None:
    text = (
        "Negotiators met in the capital, May 8, 2024.\n\n"
        "A spokesman said on Monday that the plan was unacceptable."
    )
    assert infer_published(text, "a", GAZ).date == "2024-05-08"


def test_a_date_ahead_is_no_anchor() -> None:
    text = "Talks are scheduled for March 20, 2030, officials said."
    assert infer_published(text, "a", GAZ).date is None


def test_weekday_pins_the_year_of_a_date_without_one() -> None:
    ((d, _m),) = weekday_dates("The army announced on Sunday, September 1, that it had ended.")
    assert d.isoformat() == "2024-09-01"
    # a weekday that fits no year in range leaves the date alone
    assert weekday_dates("It happened on Sunday, September 2.") == []


def test_a_day_without_a_year_is_a_milestone_only_as_a_fallback() -> None:
    assert resolve_undated("October 7").isoformat() == "2023-10-07"
    assert resolve_undated("on Friday") is None
    assert resolve_undated("August 30") is None  # no public milestone on that day


def test_no_clock_in_extraction() -> None:
    src = Path(__file__).parents[2] / "src" / "accord" / "evidence"
    for path in src.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("today", "now", "utcnow"):
                raise AssertionError(f"{path.name}:{node.lineno} reads the clock")


def test_numeric_dates_only_when_their_order_is_clear() -> None:
    assert header_date("Posted: 29/01/2024 10:30", "a")[0].isoformat() == "2024-01-29"
    assert header_date("03/04/2024", "a") is None  # March 4 or 3 April: left alone


def test_published_label_with_a_weekday() -> None:
    found = header_date("Published on Monday, 29 January 2024 in World", "a")
    assert found is not None and found[0].isoformat() == "2024-01-29"


def test_year_first_dates_with_slashes_or_dots() -> None:
    assert header_date("Posted 2025/02/10", "a")[0].isoformat() == "2025-02-10"
    assert header_date("2025.02.10 | World", "a")[0].isoformat() == "2025-02-10"


def test_a_truce_that_ended_last_night_dates_the_text_the_day_after() -> None:
    # the title's term bounds the date, so one truce ending fits
    text = "Defense Minister Yoav Gallant said the truce, which ended last night, would lapse."
    assert infer_published(text, "a", GAZ).date == "2023-12-02"


_BODY = (
    "\n\nMediators met in the capital on Monday to discuss a truce and the release of "
    "captives, officials said. The talks will continue next week."
)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("GAZA CITY, Jan 15, 2024 (Reuters) - Mediators met on Monday.", "2024-01-15"),
        ("Published: 15 January 2024" + _BODY, "2024-01-15"),
        ("Updated 3:45 PM EST, Mon January 15, 2024" + _BODY, "2024-01-15"),
        ("By Jane Roe, Associated Press\nJan. 15, 2024" + _BODY, "2024-01-15"),
        ("Talks resume\n15/01/2024" + _BODY, "2024-01-15"),
        ("Talks resume\n01/02/2024" + _BODY, None),
        ("Talks resume\nMonday 15-01-2024" + _BODY, "2024-01-15"),
        ("Talks resume\n1/15/2024 10:32 AM" + _BODY, "2024-01-15"),
        ("Talks resume\nLast modified on Tue 16 Jan 2024 08.00 GMT" + _BODY, "2024-01-16"),
        ("Talks resume\nPublished 2 hours ago | Updated January 16, 2024" + _BODY, "2024-01-16"),
        ("2024-01-15T10:00:00Z" + _BODY, "2024-01-15"),
        ("Monday 15 January 2024 10.32 GMT" + _BODY, "2024-01-15"),
        ("By Jane Roe | January 15, 2024" + _BODY, "2024-01-15"),
        (
            "Last updated on January 16, 2024 at 9:00 am\nPublished on January 15, 2024" + _BODY,
            "2024-01-15",
        ),
        ("Last updated on January 16, 2024" + _BODY, "2024-01-16"),
        ("Posted Jan 15th, 2024" + _BODY, "2024-01-15"),
        ("Mon, 15 Jan 2024 10:32:00 +0000" + _BODY, "2024-01-15"),
        ("15.01.2024 | 10:32" + _BODY, "2024-01-15"),
        ("Talks resume in Doha\nBy Jane Roe\nPUBLISHED ON: 15 JAN 2024" + _BODY, "2024-01-15"),
        ("Talks resume in Doha\nJanuary 15, 2024 10:32 am ET" + _BODY, "2024-01-15"),
        ("Talks resume" + _BODY + " The report, published on May 3, 2023, found gaps.", None),
        ("Talks resume\nJanuary 15, 2024 | Updated: January 17, 2024" + _BODY, "2024-01-15"),
        ("Talks resume\nSunday 14th January 2024" + _BODY, "2024-01-14"),
        ("Talks resume\nDOHA, Qatar (AP) — January 15, 2024" + _BODY, "2024-01-15"),
        ("Talks resume\n15 Jan, 2024" + _BODY, "2024-01-15"),
        ("Talks resume\nJanuary 15 2024" + _BODY, "2024-01-15"),
        ("Talks resume\n2024/01/15 10:32" + _BODY, "2024-01-15"),
        (
            "Talks resume\nTODAY'S PAPER | June 2, 2024\nBy Jane Roe · Published January 15, 2024"
            + _BODY,
            "2024-01-15",
        ),
        ("Talks resume\nUpdated: 15 Jan 2024, 10:32 am" + _BODY, "2024-01-15"),
        (
            "GAZA CITY, Jan 15 (Reuters) - The talks, which began on January 9, 2024, resumed on Monday.",
            "2024-01-15",
        ),
        (
            "GAZA CITY, Jan 15 (Reuters) - Talks resumed on Monday, months after the attack of October 7, 2023.",
            "2024-01-15",
        ),
        ("© 2024 Some News Ltd. All rights reserved. January 2, 2024" + _BODY, None),
    ],
)
def test_the_many_ways_outlets_print_their_date(text: str, expected: str | None) -> None:
    """Datelines, labels, bylines, ISO stamps, ordinals, capitals and numeric dates (written
    for the test); a published label wins over the top date, which wins over an updated one;
    an unclear order, a banner or a date in prose is no publication date."""
    assert infer_published(text, "a", GAZ).date == expected


def test_a_former_office_holder_bounds_nothing() -> None:
    """'former President X' in a caption does not put the text in X's later term."""
    text = (
        "Talks resume\n\nPresident Joe Biden speaks about former President Donald Trump's "
        "trial in the capital, Friday, May 31, 2024. He then outlined a plan for a truce."
    )
    assert infer_published(text, "a", GAZ).date == "2024-05-31"


def test_the_day_a_war_erupted_is_looked_back_on() -> None:
    text = (
        "Mediation stalls\n\nThe war erupted when gunmen attacked border towns on Oct. 7 2023, "
        "killing hundreds. Mediators said on Saturday they would pause their work."
    )
    pub = infer_published(text, "a", GAZ)
    assert pub.date is None and pub.earliest == "2023-10-07"


def test_an_editors_note_labels_the_original_date() -> None:
    text = (
        "[Translated from the French by the regional press desk of this site. Original "
        "published 4 June 2024.]\n\n"
        "Envoys met again on Tuesday, a spokesman said."
    )
    assert infer_published(text, "a", GAZ).date == "2024-06-04"


def test_prose_about_another_text_is_no_label() -> None:
    text = "The memo, which was originally published on 4 June 2024, was leaked on Tuesday."
    assert infer_published(text, "a", GAZ).date != "2024-06-04"


def test_a_labelled_date_with_a_two_digit_year() -> None:
    from accord.evidence.date_header import header_date

    got = header_date("Cabinet backs the deal\n\nPublished: 01.17.25, 16:05\n\nText.", "a")
    assert got is not None and got[0].isoformat() == "2025-01-17"
    # unlabelled, a two-digit year is no date ("a 3-1-25 score")
    assert header_date("The score was 3-1-25 at the end of the night.", "a") is None


def test_a_date_in_one_cell_of_a_long_byline_line() -> None:
    """Stop 35: a byline line of cells ("From our correspondent ... | 03.09.2024, 06:12 |
    Translated from ...") is measured by the date's own cell, not the whole line."""
    text = (
        "A square fills and a corridor stays closed in the old port city\n\n"
        "From our correspondent in the capital, Anna Weber | 03.09.2024, 06:12 | Translated "
        "from the German\n\nIt was the largest protest since the beginning of the war."
    )
    assert infer_published(text, "a", GAZ).date == "2024-09-03"


def test_a_dateline_with_a_time_then_a_dash_opens_the_text() -> None:
    """Stop 36: a date and time, a dash, then the text ("17 January 2025, 14:20 - From our
    correspondent ... the Italian edition."): the dateline's own part decides, not the
    words after the dash."""
    text = (
        "Cabinet says yes to the agreement\n\n17 January 2025, 14:20 - From our correspondent "
        "in the capital. Translation from the Italian edition.\n\nThe truce starts on Sunday "
        "19 January, officials said."
    )
    assert infer_published(text, "a", GAZ).date == "2025-01-17"


def test_a_magazine_issue_date_is_a_cover_date() -> None:
    """Stop 36: "From the August 4, 2025 issue" is a print cover date, like an edition's."""
    assert (
        header_date("By A. Writer | From the August 4, 2025 issue | Excerpt\n\nText.", "a") is None
    )
