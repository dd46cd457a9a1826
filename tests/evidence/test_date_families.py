"""Dates on unseen news, by family (issue 9): page headers and datelines, publication dates
inferred from the content when no dateline is left, and the days of events resolved from the
publication date. Every text is invented (made-up places and parties); the families were
written before the rules were run on them (see docs/evidence/dates.md,
"Order of the evidence")."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from accord.evidence.dates import infer_published
from accord.evidence.extract import extract_document
from accord.evidence.gazetteer import Gazetteer
from accord.evidence.types import Document

from .test_gold import SHARED
from .test_news_gold import HELD_OUT

GAZ = Gazetteer.default()

BODY = (
    "\n\nMediators from the two parties met on Tuesday to discuss a pause in fighting, "
    "officials said."
)

_WIRE = "VALDORIA, Aug 16 (Wire) - Mediators ended two days of talks on Friday."

HEADERS = [
    (
        "VALDORIA, Aug 16 (Wire) - Mediators ended talks that began on August 15, 2024.",
        "2024-08-16",
    ),
    # a dateline without a year: the one year of the milestones' span (and the one after) in
    # which its day is the weekday its first sentence names; none such: the one year in which
    # it is the day after that weekday (copy filed the next morning); neither: no guess
    ("VALDORIA, Aug 16 (Wire) - Mediators ended two days of talks on Friday.", "2024-08-16"),
    ("VALDORIA, Nov 23 (Wire) - Mediators ended two days of talks on Wednesday.", "2023-11-23"),
    ("VALDORIA, Nov 23 (Wire) - Mediators ended two days of talks on Tuesday.", None),
    # a place, a dash and the day before the month; a byline ends the dateline's line
    (
        "Valdoria – 12 June – Our correspondents\n\nMediators got the reply on Tuesday.",
        "2024-06-12",
    ),
    ("VALDORIA, Aug 16 (Wire) - Mediators ended two days of talks." + BODY, None),
    ("Published: 16 Aug 2024 10:32 IST" + BODY, "2024-08-16"),
    ("Updated on 17 Aug 2024 09:00 IST | Published: 16 Aug 2024 10:32 IST" + BODY, "2024-08-16"),
    ("Updated on August 17, 2024" + BODY, "2024-08-17"),
    ("16/08/2024" + BODY, "2024-08-16"),
    ("16.08.2024" + BODY, "2024-08-16"),
    ("August 16th, 2024" + BODY, "2024-08-16"),
    ("Monday, January 29, 2024" + BODY, "2024-01-29"),
    ("2024-08-16T09:00:00Z" + BODY, "2024-08-16"),
    ("Fri, 16 Aug 2024 09:00:00 +0000" + BODY, "2024-08-16"),
    ("Friday 16 August 2024 08.00 BST" + BODY, "2024-08-16"),
    ("Aug. 16, 2024 at 9:00 a.m. EDT" + BODY, "2024-08-16"),
    ("By Jane Roe, Staff Writer\nAugust 16, 2024" + BODY, "2024-08-16"),
    ("WIRE August 16, 2024" + BODY, "2024-08-16"),
    ("Home > World > Region\nAugust 16, 2024 | 10:32 am" + BODY, "2024-08-16"),
    ("Last modified: 2024-08-17 | Posted: 2024-08-16" + BODY, "2024-08-16"),
    # e-paper banners are not the date
    ("E-Paper | October 24, 2025\n\nTalks resume\n\nWIRE October 04, 2025" + BODY, "2025-10-04"),
    ("Today's Paper August 20, 2024\nBy Jane Roe | August 16, 2024" + BODY, "2024-08-16"),
    # a site's banner of the day: marked ("edition", "today"), or a bare date line that a
    # byline's date outranks
    (
        "Friday, October 24, 2025 | Digital Edition\n\nTalks resume\n\nOctober 04, 2025" + BODY,
        "2025-10-04",
    ),
    ("Today: Friday, October 24, 2025\nTalks resume\nOctober 4, 2025" + BODY, "2025-10-04"),
    ("Friday, October 24, 2025\nTalks resume\nBy Jane Roe | October 4, 2025" + BODY, "2025-10-04"),
    ("Friday, October 24, 2025\nTalks resume\nWIRE October 4, 2025" + BODY, "2025-10-04"),
    # a related link below the page's own date is no byline
    (
        "Home > World\nOctober 4, 2025 | 10:32 am\nRelated: talks on October 1, 2025" + BODY,
        "2025-10-04",
    ),
]


@pytest.mark.parametrize("text,expected", HEADERS)
def test_headers_and_datelines(text: str, expected: str | None) -> None:
    assert infer_published(text, "a", GAZ).date == expected


CONTENT = [
    # a weekday after a full date that carries its own weekday: the text reports up to it
    (
        "Talks end without a deal\n\nMediators ended two days of talks in Valdoria on Friday "
        "with a joint statement. The round opened on Thursday, August 15, 2024, with envoys "
        "of both parties.",
        "2024-08-16",
    ),
    # a date written as a happening's day ("received on May 31"): later weekdays move it on
    (
        "Envoy rejects answer\n\nThe envoy said on Sunday evening that the answer received "
        "on May 31, 2025 was unacceptable.",
        "2025-06-01",
    ),
    (
        "Group answers plan\n\nThe group published its answer on Saturday evening. The envoy "
        "criticised it this evening, saying the plan he tabled on Wednesday, May 28, 2025 "
        "was fair.",
        "2025-05-31",
    ),
    (
        "Truce talks\n\nOn Tuesday, March 5, 2024, a delegation left for the talks. On "
        "Thursday the ministers met.",
        "2024-03-07",
    ),
    (
        "Truce talks\n\nA delegation left for the talks late on Tuesday, March 5, 2024. The "
        "ministers met late on Thursday.",
        "2024-03-07",
    ),
    # the date's weekday named on its own is the text's present: other weekdays lie before
    (
        "Strikes go on\n\nSmoke rose over the border town during strikes on May 6, 2024.\n\n"
        "The group on Monday accepted the plan. A rocket attack had killed four soldiers on "
        "Sunday.",
        "2024-05-06",
    ),
    (
        "Truce ends\n\nThe army said on Sunday, September 1, that it had found six bodies.",
        "2024-09-01",
    ),
    # a date the text looks back on only bounds its day
    (
        "Talks end\n\nMediators said on Friday that the round which began on August 15, 2024 "
        "would resume next week in another capital.",
        None,
    ),
    # the text's own day ("today", "last night") is another day than the one it dates: no guess
    (
        "Talks\n\nThe envoy met the minister on January 15, 2025. Today the two sides signed "
        "the text.",
        None,
    ),
    (
        "Talks\n\nThe envoy arrived on Tuesday, January 14, 2025. The talks ended last night.",
        None,
    ),
    # a speaker's "today" in a quotation is the speaker's day, no disagreement
    (
        "Talks\n\nThe envoy arrived on Tuesday, January 14, 2025. “Today is a good day for "
        "peace,” he said.",
        "2025-01-14",
    ),
    # a bare date (a dateline in the lede) is the text's own day; weekdays resolve backwards
    (
        "Negotiators met in the capital, May 8, 2024.\n\nA spokesman said on Monday that the "
        "plan was unacceptable.",
        "2024-05-08",
    ),
]


@pytest.mark.parametrize("text,expected", CONTENT)
def test_publication_inferred_from_the_content(text: str, expected: str | None) -> None:
    got = infer_published(text, "a", GAZ)
    assert got.date == expected
    if expected is None:
        assert got.earliest is not None  # the dates it names still bound it


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        # a wire dateline without a year takes it from the page's address ...
        (_WIRE, "https://example.org/world/2024/08/talks-end", "2024-08-16"),
        (_WIRE, "https://example.org/world/2024/09/talks-end", None),  # another month
        # ... or from the one year the age of the war leaves
        (_WIRE.replace("talks", "talks in the ten-month-old war"), None, "2024-08-16"),
        # ... or from the one year the officials' terms leave, however long they are (a
        # two-city dateline)
        (
            "VALDORIA/MERIDIA, Nov 24 (Wire) - Defense Minister Yoav Gallant spoke on Friday.",
            None,
            "2023-11-24",
        ),
        # ... or from a day the text gives with its weekday
        (
            "VALDORIA, Aug 16 (Wire) - Mediators ended talks that opened on Thursday, "
            "August 15, in the capital.",
            None,
            "2024-08-16",
        ),
        # a one-off milestone's day is named any time after it: it fixes no year
        (
            "VALDORIA, Oct 28 (Wire) - Strikes went on. The war began with an attack on "
            "October 7, 2023.",
            None,
            None,
        ),
    ],
)
def test_the_year_of_a_dateline_without_one(text: str, url: str | None, expected: str) -> None:
    assert infer_published(text, "a", GAZ, url=url).date == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (None, None),  # two deals of the milestone table were announced on a Wednesday
        ("https://example.org/world/2025/01/deal", "2025-01-15"),
        ("https://example.org/world/2023/11/deal", "2023-11-22"),
        ("https://example.org/world/2024/06/deal", None),  # no deal that month
    ],
)
def test_the_month_a_page_is_filed_under_bounds_its_date(url: str | None, expected: str) -> None:
    # the milestone table is the flagship case's data, so the headline names its parties
    text = (
        "Israel and Hamas agree to a ceasefire\n\nMediators announced the deal on Wednesday "
        "after weeks of talks in Doha."
    )
    assert infer_published(text, "a", GAZ, url=url).date == expected


def test_a_header_outranks_the_content() -> None:
    text = (
        "Published: 20 Aug 2024\n\nThe envoy said on Sunday evening that the answer received "
        "on August 10, 2024 was unacceptable."
    )
    assert infer_published(text, "a", GAZ).date == "2024-08-20"


# --- event dates, resolved from a publication on Wednesday 2025-02-12 ---------------------

PUB = "2025-02-12"


def event_dates(text: str, published: str | None = PUB) -> dict[str, str | None]:
    ex = extract_document(Document(name="t.txt", text=text, published=published))
    return {e.type: e.date for e in ex.events}


EVENTS = [
    # weekdays resolved backwards, with the part of the day around them
    (
        "Ruritanian forces struck a camp on Monday night, killing six people.",
        "military_operation",
        "2025-02-10",
    ),
    ("Borduria released four captives late on Saturday.", "release", "2025-02-08"),
    ("Borduria released four captives early Sunday.", "release", "2025-02-09"),
    ("Borduria released four captives on Sunday morning.", "release", "2025-02-09"),
    ("Borduria released four captives last Thursday.", "release", "2025-02-06"),
    (
        "Ruritanian aircraft struck the border town overnight, killing six people.",
        "military_operation",
        "2025-02-12",
    ),
    ("Borduria released four captives yesterday.", "release", "2025-02-11"),
    ("Ruritania rejected the proposal this morning.", "rejection", "2025-02-12"),
    ("The truce between Ruritania and Borduria ended last night.", "ceasefire_end", "2025-02-11"),
    # stretches and spans are dated at their start
    (
        "Ruritanian strikes killed 40 people over the past two weeks.",
        "military_operation",
        "2025-01-29",
    ),
    (
        "Ruritanian strikes killed eight people in the past 48 hours.",
        "military_operation",
        "2025-02-10",
    ),
    ("Ruritania said it had rejected the offer three days ago.", "rejection", "2025-02-09"),
    ("Borduria released four captives between January 19 and January 25.", "release", "2025-01-19"),
    # the date of the event's own clause beats the others of the sentence
    ("The truce, which began on January 19, collapsed on Tuesday.", "ceasefire_end", "2025-02-11"),
    (
        "Borduria said on Wednesday it had released four captives on Tuesday.",
        "release",
        "2025-02-11",
    ),
    (
        "Ruritania told reporters on Tuesday that Borduria freed four captives on Sunday.",
        "release",
        "2025-02-09",
    ),
    (
        "Borduria said it freed four captives on Monday, officials added on Tuesday.",
        "release",
        "2025-02-10",
    ),
    (
        "The minister said on Tuesday that Borduria released four captives on Saturday.",
        "release",
        "2025-02-08",
    ),
    (
        "Ruritanian aircraft struck the town hours after Borduria released four captives on Saturday.",
        "military_operation",
        "2025-02-08",
    ),
    (
        "Ruritanian strikes killed 30 people on Tuesday, officials said on Wednesday.",
        "military_operation",
        "2025-02-11",
    ),
    # a date of a clause describing a noun, or a month naming a thing, is another's
    ("Borduria released the four captives who were seized on January 9.", "release", PUB),
    (
        "Ruritania rejected the revised plan, insisting on the terms of the original January "
        "agreement.",
        "rejection",
        PUB,
    ),
    ("Ruritania rejected the plan, which Borduria tabled on Monday.", "rejection", PUB),
    # ... unless the clause describes the event's own noun
    (
        "The decision was made during a Ruritanian cabinet meeting held on Saturday evening.",
        "meeting",
        "2025-02-08",
    ),
    # scheduled events: the coming day
    (
        "Talks between Ruritania and Borduria will resume on Thursday in Valdoria.",
        "talks",
        "2025-02-13",
    ),
    (
        "Talks between Ruritania and Borduria will resume on Monday in Valdoria.",
        "talks",
        "2025-02-17",
    ),
    (
        "Talks between Ruritania and Borduria are set to resume on Monday in Valdoria, officials "
        "said on Tuesday.",
        "talks",
        "2025-02-17",
    ),
]


@pytest.mark.parametrize("text,etype,expected", EVENTS)
def test_event_dates(text: str, etype: str, expected: str) -> None:
    got = event_dates(text)
    assert got.get(etype) == expected, got


def test_the_start_of_the_war_and_of_the_truce_come_from_the_milestones() -> None:
    got = event_dates("More than 900 people have been killed since the war began.", "2023-11-28")
    assert got["military_operation"] == "2023-10-07"  # the earliest milestone of the table
    got = event_dates("A total of 80 people were freed during the truce.", "2023-12-01")
    assert got["release"] == "2023-11-24"  # the latest truce start on or before the text
    got = event_dates("Captives seized on October 9 were freed during a temporary truce.", PUB)
    assert got["release"] == "2025-01-19"  # the span, not the date of the seizure


def test_without_a_publication_date_a_milestone_day_is_the_fallback() -> None:
    got = event_dates("Borduran fighters staged an attack on October 7.", None)
    assert got["military_operation"] == "2023-10-07"
    assert event_dates("Borduria released four captives on Saturday.", None)["release"] is None


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Ruritanian airstrikes hit a village near the border.", True),  # a noun's finite verb
        ("Ruritanian airstrikes have hit villages since the war began.", False),  # background
    ],
)
def test_an_undated_noun_event_is_the_news_of_the_day(text: str, dated: bool) -> None:
    got = event_dates(text)
    assert (got.get("military_operation") == PUB) is dated, got


# --- the development articles as a robustness check ----------------------------------------
# Their store's date line (" date 2024-03-03 ...") is rewritten in other header styles or
# removed; held-out articles are never read here.

_NEWS = SHARED / "news" / "articles.jsonl"
_STYLES = [
    "Published: %d %b %Y 10:32 IST",
    "%A, %B %d, %Y",
    "%d/%m/%Y",
    "%Y-%m-%dT09:00:00Z",
    "By Staff Writer | %b %d, %Y",
    "Updated on %B %d, %Y 10:00 am",
    "E-Paper | %B 28, %Y\n\nWIRE %B %d, %Y",
    "Friday, October 24, 2025\n\nBy Staff Writer | %b %d, %Y",
]


def _dated_development_articles() -> list[dict]:
    if not _NEWS.is_file():
        return []
    records = [json.loads(line) for line in _NEWS.read_text(encoding="utf-8").splitlines() if line]
    return [
        r
        for r in records
        if not r["id"].startswith(HELD_OUT) and _STORE_LINE.match(r["text"]) and r["published"]
    ]


_STORE_LINE = re.compile(r"\s*date\s+\d{4}-\d\d-\d\d\s*")


@pytest.mark.skipif(not _NEWS.is_file(), reason="no shared news articles")
def test_development_articles_keep_their_date_in_other_header_styles() -> None:
    articles = _dated_development_articles()
    assert articles
    for r in articles:
        day = date.fromisoformat(r["published"])
        body = _STORE_LINE.sub("", r["text"], count=1)
        for style in _STYLES:
            got = infer_published(day.strftime(style) + "\n\n" + body, r["id"], GAZ).date
            assert got == r["published"], (r["id"], style, got)


@pytest.mark.skipif(not _NEWS.is_file(), reason="no shared news articles")
def test_development_articles_without_their_date_line_are_never_dated_wrong() -> None:
    for r in _dated_development_articles():
        body = _STORE_LINE.sub("", r["text"], count=1)
        for text in (
            body,
            date.fromisoformat(r["published"]).strftime("PLACE, %b %d (Wire) -\n") + body,
        ):
            got = infer_published(text, r["id"], GAZ).date
            assert got in (None, r["published"]), (r["id"], got)
