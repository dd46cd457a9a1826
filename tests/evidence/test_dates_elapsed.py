"""Days counted from the conflict's start fix a text's date (stop 45), on invented texts:
"after N days in captivity" with the release's weekday, and a day that "marks N months since"
the start. The start is the vocabulary's earliest milestone (2023-10-07)."""

from __future__ import annotations

from datetime import date

import pytest

from accord.evidence.date_elapsed import elapsed_day
from accord.evidence.dates import infer_published
from accord.evidence.gazetteer import Gazetteer

GAZ = Gazetteer.default()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2023-10-07 + 583 days is Monday 2025-05-12 (the other count, 582, a Sunday)
        (
            "Freed\n\nThe soldier was handed to the Red Cross on Monday after 583 days in "
            "captivity, his family said.\n\nThe town cheered.",
            "2025-05-12",
        ),
        # "Wednesday marks": the text's own day, four months after the start
        (
            "Live\n\nWednesday marks four months since the October 7 attack, and the families"
            " rallied again.\n\nNo talks were held.",
            "2024-02-07",
        ),
        # "Yesterday marked nine months": the day after it
        (
            "Column\n\nYesterday marked nine months since October 7, and the families marched"
            " again.\n\nThe council is silent.",
            "2024-07-08",
        ),
    ],
)
def test_time_counted_from_the_start_dates_the_text(text: str, expected: str) -> None:
    assert infer_published(text, "a.txt", GAZ).date == expected


def test_a_weekday_that_fits_neither_count_fixes_no_day() -> None:
    # 582 and 583 days after the start are a Sunday and a Monday: no Friday
    text = "The soldier was freed on Friday after 583 days in captivity."
    assert elapsed_day(text, "a.txt") is None


def test_a_planned_stay_fixes_no_day() -> None:
    text = "By Monday he will have spent 583 days in captivity."
    assert elapsed_day(text, "a.txt") is None


def test_a_day_that_is_not_the_anniversarys_weekday_fixes_none() -> None:
    # four months after the start is a Wednesday: a Sunday cannot mark it
    assert elapsed_day("Sunday marked four months since the war began.", "a.txt") is None


def test_the_marked_day_is_the_start_plus_calendar_months() -> None:
    got = elapsed_day("Sunday marked six months since the October 7 attack.", "a.txt")
    assert got is not None and got[0] == date(2024, 4, 7) and got[3] is False
