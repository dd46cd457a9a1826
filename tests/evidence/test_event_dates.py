"""Event dates (issue 9, point 6): the clause's own date, deadlines, one-off milestones named
without a year, and the news of the day dated by the publication (invented sentences)."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def dates(text: str, published: str | None = "2025-02-10") -> dict[str, str | None]:
    ex = extract_document(Document(name="t.txt", text=text, published=published))
    return {e.type: e.date for e in ex.events}


def test_the_date_of_the_events_own_clause() -> None:
    got = dates("The mediator said on Friday that the truce will take effect on February 16.")
    assert got["ceasefire_start"] == "2025-02-16"


def test_a_deadline_is_not_the_day_of_the_threat() -> None:
    got = dates("The president warned of consequences if the captives were not freed by Saturday.")
    assert "threat" in got and got["threat"] != "2025-02-08"


def test_a_truce_running_until_a_day_ends_that_day() -> None:
    assert dates("The truce ended on Saturday.")["ceasefire_end"] == "2025-02-08"


@pytest.mark.parametrize(
    "text",
    ["Hamas launched the October 7 attack on Israel.", "On October 7, Hamas attacked Israel."],
)
def test_a_yearless_day_of_a_one_off_milestone_is_that_milestone(text: str) -> None:
    # read backwards from 2025-02-10 the latest October 7 is in 2024; the milestone is 2023's
    assert dates(text)["military_operation"] == "2023-10-07"


def test_a_month_counted_from_names_its_milestone() -> None:
    got = dates("Israeli strikes have killed thousands of people since October.", "2024-03-03")
    assert got["military_operation"] == "2023-10-07"


def test_a_full_date_stands_without_a_publication_date() -> None:
    assert dates("Israel released 90 prisoners on January 19, 2025.", None)["release"] == (
        "2025-01-19"
    )


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Hamas rejected the proposal.", True),  # the news of the day: a finite verb
        ("Israel releases 90 Palestinian prisoners as the truce holds", True),
        ("Hamas has so far released 18 hostages.", False),  # background
        ("Talks on the second phase have been held in Cairo.", False),  # a process
        ("The army said 30 hostages were released in previous exchanges.", False),
    ],
)
def test_the_news_of_the_day_is_dated_by_the_publication(text: str, dated: bool) -> None:
    got = dates(text)
    assert got, text
    assert any(d == "2025-02-10" for d in got.values()) is dated, got
