"""Numbers in words, relative dates, quotes across paragraphs, undated articles."""

from __future__ import annotations

from datetime import date

import pytest

from accord.evidence.dates import infer_published, resolve_relative
from accord.evidence.extract import extract_document
from accord.evidence.gazetteer import Gazetteer
from accord.evidence.numbers import find_numbers
from accord.evidence.speech import quote_spans
from accord.evidence.types import Document


@pytest.mark.parametrize(
    "text,value,approx",
    [
        ("two dozen hostages", 24, False),
        ("nearly 2,000 prisoners", 2000, True),
        ("some 250 people", 250, True),
        ("around 2 million people", 2_000_000, True),
        ("more than 17,000 militants", 17000, True),
        ("forty-two trucks", 42, False),
    ],
)
def test_numbers_written_in_words_and_hedged(text: str, value: int, approx: bool) -> None:
    (n,) = find_numbers(text)
    assert (n.value, n.approx) == (value, approx)


@pytest.mark.parametrize(
    "expr,pub,expected",
    [
        ("on Wednesday", date(2023, 12, 20), date(2023, 12, 20)),  # same day
        ("last Friday", date(2023, 12, 20), date(2023, 12, 15)),
        ("Sunday", date(2023, 12, 4), date(2023, 12, 3)),  # across the weekend
        ("Friday", date(2023, 12, 4), date(2023, 12, 1)),  # across a month end
        ("yesterday", date(2024, 3, 1), date(2024, 2, 29)),  # leap-year month end
        ("Oct. 7", date(2024, 1, 2), date(2023, 10, 7)),  # year wraps back
        ("in January", date(2025, 3, 6), date(2025, 1, 15)),
    ],
)
def test_relative_dates(expr: str, pub: date, expected: date) -> None:
    assert resolve_relative(expr, pub) == expected


def test_future_weekday_points_forward() -> None:
    assert resolve_relative("Wednesday", date(2023, 12, 4), future=True) == date(2023, 12, 6)


def test_weekday_after_explicit_date_moves_publication() -> None:
    text = (
        "Talks resumed in Cairo on Friday, December 1, 2023.\n\n"
        "Hamas said on Sunday it would not return to talks."
    )
    pub = infer_published(text, "x", Gazetteer.default())
    assert pub.date == "2023-12-03"


def test_article_without_a_date_gets_none() -> None:
    ex = extract_document(Document(name="n.txt", text="Hamas demands a permanent ceasefire."))
    assert ex.published.date is None


def test_quote_spanning_paragraphs_is_one_quote() -> None:
    text = "“The matter is stuck.\n\n“The door is not shut,” the diplomat said."
    assert [text[s:e] for s, e in quote_spans(text)] == [text[: text.index("”") + 1]]


def test_quote_across_paragraphs_keeps_its_speaker() -> None:
    text = (
        "“We will not budge on our demands for a permanent ceasefire.\n\n"
        "“And we want a full withdrawal,” Hamas spokesman Osama Hamdan said on Sunday."
    )
    ex = extract_document(Document(name="q.txt", text=text))
    quote = next(q for q in ex.quotes if q.direct)
    assert quote.speaker == "Osama Hamdan" and quote.actor == "hamas"
    assert text[quote.evidence.start : quote.evidence.end] == quote.text


def test_unnamed_source_is_unattributed_with_its_description() -> None:
    text = "An unidentified foreign diplomat said he does not expect a truce soon."
    ex = extract_document(Document(name="u.txt", text=text))
    q = ex.quotes[0]
    assert q.actor == "unattributed" and "foreign diplomat" in q.description


def test_evidence_is_the_source_text_verbatim() -> None:
    text = "Hamas rejects Trump’s ‘last warning’, demands a lasting truce for hostage release."
    ex = extract_document(Document(name="v.txt", text=text))
    assert ex.claims
    for item in [*ex.claims, *ex.events]:
        assert text[item.evidence.start : item.evidence.end] == item.evidence.text


def test_gazetteer_extends_from_scenario_parties() -> None:
    class Party:
        id = "mediator_x"
        name = "Ruritania"
        aliases = ["Ruritanian envoy"]

    gaz = Gazetteer.default().extend([Party()])
    text = "Ruritania said it demands a permanent ceasefire."
    from accord.evidence.extract import extract_document as ed

    ex = ed(Document(name="r.txt", text=text), gaz)
    assert any(c.actor == "mediator_x" and c.issue == "ceasefire" for c in ex.claims)


def test_milestone_reported_with_its_weekday_dates_the_text() -> None:
    # one public ceasefire end fell on a Friday while Gallant was defence minister
    text = (
        "Defense Minister Yoav Gallant spoke on Sunday.\n\n"
        "The truce between the two sides ended Friday, and fighting resumed."
    )
    pub = infer_published(text, "x", Gazetteer.default())
    assert pub.date == "2023-12-03"


def test_milestone_without_a_weekday_only_bounds_the_date() -> None:
    text = "President Donald Trump spoke.\n\nThe first phase of the ceasefire ended recently."
    pub = infer_published(text, "x", Gazetteer.default())
    assert pub.date is None and pub.earliest == "2025-03-01"


def test_soft_offer_follows_who_delivers_the_issue() -> None:
    text = "Hamas said it would welcome a full withdrawal."
    default = extract_document(Document(name="w.txt", text=text))
    assert any(
        (c.actor, c.issue, c.stance) == ("hamas", "withdrawal", "demand") for c in default.claims
    )
    swapped = extract_document(
        Document(name="w.txt", text=text), delivered_by={"withdrawal": "hamas"}
    )
    assert any(
        (c.actor, c.issue, c.stance) == ("hamas", "withdrawal", "offer") for c in swapped.claims
    )
