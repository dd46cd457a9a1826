"""More invented page headers and datelines, by family: wire datelines with and without a
year, numeric dates in both orders, relative stamps ("2 hours ago"), month abbreviations,
ISO timestamps, "last updated", bylines, capitals, non-US orders, dates in the URL, and
dates in prose that are no publication date. None is taken from an article; the families
were written before the rules were run on them (see docs/evidence/figures-counts-dates.md)."""

from __future__ import annotations

import pytest

from accord.evidence.dates import infer_published
from accord.evidence.gazetteer import Gazetteer

GAZ = Gazetteer.default()

BODY = (
    "\n\nMediators met in the capital on Tuesday to discuss a pause in fighting and an "
    "exchange of captives, officials said. They will meet again next week."
)

CASES = [
    # wire datelines
    ("GAZA CITY, March 5, 2025 (Reuters) - Mediators met on Tuesday.", "2025-03-05"),
    ("CAIRO, Sept. 3, 2024 /PRNewswire/ -- Mediators met on Tuesday.", "2024-09-03"),
    ("JERUSALEM, 5 March 2025 (AFP) - Mediators met on Tuesday.", "2025-03-05"),
    ("DOHA, Qatar, Feb. 10, 2025 (AP) — Mediators met on Monday.", "2025-02-10"),
    ("TEL AVIV, Israel — Jan. 20, 2025 —" + BODY, "2025-01-20"),
    ("GAZA CITY, March 5 (Reuters) - Mediators met on Tuesday." + BODY, "2024-03-05"),
    # labels and numeric orders
    ("Published: 05/03/2025" + BODY, None),
    ("Published: 25/03/2025 14:02" + BODY, "2025-03-25"),
    ("Posted on 3/25/2025 at 2:02 PM" + BODY, "2025-03-25"),
    # dots are written day first (a US month-first date is written with slashes)
    ("Published 03.09.2024 - 14:22" + BODY, "2024-09-03"),
    ("Published 13.09.2024 - 14:22" + BODY, "2024-09-13"),
    ("First published: 03-Sep-2024" + BODY, "2024-09-03"),
    ("Date: 2024-09-03" + BODY, "2024-09-03"),
    # relative stamps
    ("Updated 2 hours ago" + BODY, None),
    ("Published 3 hours ago\nDOHA, Jan 15, 2024 (AFP) -" + BODY, "2024-01-15"),
    ("CAIRO, Jan. 20, 2025 — Hamas said yesterday it would respond." + BODY, "2025-01-20"),
    # month abbreviations and non-US orders
    ("Sep 3, 2024" + BODY, "2024-09-03"),
    ("3 Sept 2024" + BODY, "2024-09-03"),
    ("Tue 3 Sep 2024" + BODY, "2024-09-03"),
    ("Tuesday, 03 Sep 2024 14:22 GMT" + BODY, "2024-09-03"),
    ("Dec 1 2023 | 5 min read" + BODY, "2023-12-01"),
    ("03 September, 2024 - 14:22" + BODY, "2024-09-03"),
    ("September 3rd, 2024" + BODY, "2024-09-03"),
    ("3rd September 2024" + BODY, "2024-09-03"),
    # ISO timestamps
    ("2024-09-03T14:22:00+03:00" + BODY, "2024-09-03"),
    ("2024-09-03 14:22" + BODY, "2024-09-03"),
    ("datePublished 2024-09-03T11:22:00.000Z" + BODY, "2024-09-03"),
    # updated only, and updated after published
    ("Last updated: September 4, 2024" + BODY, "2024-09-04"),
    ("Published September 3, 2024 · Last updated September 4, 2024" + BODY, "2024-09-03"),
    ("Updated Sept. 4, 2024, 9:10 a.m. ET | Published Sept. 3, 2024" + BODY, "2024-09-03"),
    # bylines
    ("By Jane Roe and John Doe, Reuters | 3 September 2024" + BODY, "2024-09-03"),
    ("Jane Roe | Sep 3, 2024 | 4 min read" + BODY, "2024-09-03"),
    ("Written by Jane Roe on September 3, 2024" + BODY, "2024-09-03"),
    ("JANE ROE\nSEPTEMBER 3, 2024" + BODY, "2024-09-03"),
    # dates in prose and banners are no publication date
    ("Talks resume" + BODY + " The talks that began on 3 September 2023 are the model.", None),
    ("Copyright 2024. Updated daily." + BODY, None),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_header_families(text: str, expected: str | None) -> None:
    assert infer_published(text, "a", GAZ).date == expected


URLS = [
    ("https://news.example.com/world/2024/09/03/talks-resume/", "2024-09-03"),
    ("https://example.org/2024-09-03/talks-resume", "2024-09-03"),
    ("https://example.org/news/20240903/talks-resume.html", "2024-09-03"),
    ("https://example.org/2024/09/talks-resume", None),
    ("https://example.org/article/1234567", None),
]


@pytest.mark.parametrize("url,expected", URLS)
def test_a_full_date_in_the_url(url: str, expected: str | None) -> None:
    assert infer_published("Talks resume" + BODY, "a", GAZ, url=url).date == expected


# a second batch, also written before the rules were run on it
CASES_TWO = [
    ("By JANE ROE\nPublished 10:32 AM EST, Wed, Jan 15 2025" + BODY, "2025-01-15"),
    (
        "Last Updated: Jan 16, 2025 09:10 IST | First Published: Jan 15, 2025 18:22 IST" + BODY,
        "2025-01-15",
    ),
    ("Jan 15, 2025 06:43 PM IST" + BODY, "2025-01-15"),
    ("15-01-2025 | 18:22" + BODY, "2025-01-15"),
    ("Wednesday 15 January 2025 18:22, UK" + BODY, "2025-01-15"),
    ("RAMALLAH, West Bank, Jan 15, 2025 (WAFA) - Mediators met on Tuesday.", "2025-01-15"),
    ("Gaza, January 15, 2025 (SPA) -- Mediators met on Tuesday.", "2025-01-15"),
    ("AA | 15.01.2025 - Update : 16.01.2025" + BODY, "2025-01-15"),
    ("Posted: Wed 15 Jan 2025 at 6:22pm" + BODY, "2025-01-15"),
    (
        "Thu 16 Jan 2025 02.10 GMT\nFirst published on Wed 15 Jan 2025 18.22 GMT" + BODY,
        "2025-01-15",
    ),
    ("Wednesday, January 15, 2025 - 10:22 pm" + BODY, "2025-01-15"),
    ("Last updated 2 hours ago\nDOHA (Reuters) — January 15, 2025" + BODY, "2025-01-15"),
    ("Published 20 minutes ago" + BODY, None),
    ("Updated on: 16 Jan 2025, 09:10 am" + BODY, "2025-01-16"),
    ("WORLD NEWS | JAN 15, 2025" + BODY, "2025-01-15"),
    ("2025-01-15 18:22:31" + BODY, "2025-01-15"),
    ("January 15, 2025 • 4 min read • 12 comments" + BODY, "2025-01-15"),
    ("Story by Jane Roe • 1d" + BODY, None),
    ("Today, 18:22" + BODY, None),
    ("Sunday 19th of January 2025" + BODY, "2025-01-19"),
    (
        "CAIRO, Jan 16 (Reuters) - The deal announced on Wednesday, January 15, 2025, "
        "held on Thursday.",
        "2025-01-16",
    ),
]


@pytest.mark.parametrize("text,expected", CASES_TWO)
def test_header_families_second_batch(text: str, expected: str | None) -> None:
    assert infer_published(text, "a", GAZ).date == expected


URLS_TWO = [
    ("https://example.com/world/middle-east/2025/1/15/deal-reached", "2025-01-15"),
    ("https://example.com/news/world-2025-01-15-deal-reached", "2025-01-15"),
    ("https://example.com/2025/13/45/x", None),
]


@pytest.mark.parametrize("url,expected", URLS_TWO)
def test_a_full_date_in_the_url_second_batch(url: str, expected: str | None) -> None:
    assert infer_published("Talks resume" + BODY, "a", GAZ, url=url).date == expected


# a third batch, written before the rules were run on it (8 of 9 passed; the abbreviated
# weekday was added then)
CASES_THREE = [
    ("Monday, January 29" + BODY, "2024-01-29"),
    ("Mon 29 Jan" + BODY, "2024-01-29"),
    ("Sunday 1 September" + BODY, "2024-09-01"),
    ("Jan. 29, 2024, 10:32 a.m. ET" + BODY, "2024-01-29"),
    ("Published Jan 29 2024 10:32AM" + BODY, "2024-01-29"),
    ("(Updated 11:45 a.m.) January 29, 2024" + BODY, "2024-01-29"),
    ("29 January, 2024 | 10:32 AM IST" + BODY, "2024-01-29"),
    ("Posted by admin on January 29, 2024" + BODY, "2024-01-29"),
    ("Monday 29 January 2024 / 18 Rajab 1445" + BODY, "2024-01-29"),
]


@pytest.mark.parametrize("text,expected", CASES_THREE)
def test_header_families_third_batch(text: str, expected: str | None) -> None:
    assert infer_published(text, "a", GAZ).date == expected


AGES = [
    # the age of the war bounds the date; the headline's deal then dates it
    (
        "Israel and Hamas agree to a ceasefire\n\nThe deal in the 15-month-old war was "
        "announced by mediators in Doha on Wednesday, officials said.",
        "2025-01-15",
    ),
    (
        "Israel and Hamas agree to a truce\n\nThe first pause in a nearly seven-week-old war "
        "was hailed by mediators, officials said.",
        "2023-11-22",
    ),
    # two deals in the table on a Wednesday and no bound: no guess
    (
        "Israel and Hamas agree to a ceasefire\n\nMediators announced the deal on Wednesday "
        "after weeks of talks in Doha.",
        None,
    ),
    # a span that ended before is no age of the war now
    (
        "Talks resume\n\nThe truce halted 15 months of war, officials said on Monday, "
        "and mediators will meet again.",
        None,
    ),
]


@pytest.mark.parametrize("text,expected", AGES)
def test_the_age_of_the_war_bounds_the_date(text: str, expected: str | None) -> None:
    assert infer_published(text, "a", GAZ).date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day named as ahead is not the text's own day; the weekday it reports before it is
        (
            "CAPITAL (Wire) — The premier said Wednesday that a deal had been reached. The "
            "truce is set to begin on Sunday, January 19.",
            "2025-01-15",
        ),
        (
            "The group said on Monday that the handover scheduled for Saturday, February 15, "
            "would be postponed.",
            "2025-02-10",
        ),
        # no weekday reported: the day ahead only bounds the date
        ("The handover scheduled for Saturday, February 15, would be postponed.", None),
        # dots are written day first
        ("10.02.2025\nThe group said it would delay the handover.", "2025-02-10"),
    ],
)
def test_days_ahead_and_dotted_dates(text: str, expected: str | None) -> None:
    got = infer_published(text, "t.txt", GAZ)
    assert got.date == expected
    if expected is None:
        assert got.latest is not None and got.latest <= "2025-02-15"
