"""A numeric page date whose day and month order is unclear ("06/05/25") is settled by a US
time zone beside it (month first) or by the one reading that falls on a weekday the text
names; with neither, it stays unknown (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

from accord.evidence.dates import header_date

BODY = "\n\nAn official said {day} that talks would go on."


def test_a_us_time_zone_puts_the_month_first() -> None:
    got = header_date("Posted 06/05/25 2:32 PM ET" + BODY.format(day="on Monday"), "a")
    assert got is not None and got[0] == dt.date(2025, 6, 5)


def test_the_weekday_the_text_names_picks_the_reading() -> None:
    # 6 May 2025 was a Tuesday, 5 June 2025 a Thursday
    got = header_date("Posted 06/05/25" + BODY.format(day="Thursday"), "a")
    assert got is not None and got[0] == dt.date(2025, 6, 5)
    got = header_date("Posted 06/05/25" + BODY.format(day="Tuesday"), "a")
    assert got is not None and got[0] == dt.date(2025, 5, 6)


def test_with_no_clue_the_order_stays_unknown() -> None:
    assert header_date("Posted 06/05/25" + BODY.format(day="on Monday"), "a") is None
    # both readings named: no choice
    text = "Posted 06/05/25" + BODY.format(day="Thursday") + " It began on Tuesday."
    assert header_date(text, "a") is None
