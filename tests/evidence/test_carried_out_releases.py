"""Releases told through the one who carried them out, phrasal exits and breakdowns of a
figure (stop 45). Invented texts.

- "facilitated the release of", "the truce secured the release of": a release done, an event
  and an actual count, where the nominal had named no happening and the count was planned;
- "walked out of the Strip", "came out of captivity", "have left the jails": a release;
- "a statement released as ...": the participle on a text is no release;
- "freed 39 inmates on Friday, 24 women and 15 minors": a list that adds up to the figure
  before it is its breakdown, so the parts take the figure's side and what befell it;
- "took custody of 17 abductees": received from their captors, a release;
- "10 abductees and Alder freed 30": a count's span stops before the next clause's subject.
"""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def _extract(text: str, published: str = "2025-03-10") -> object:
    return extract_document(Document("a.txt", text, published=published))


@pytest.mark.parametrize(
    "sentence",
    [
        "On Sunday the Red Cross facilitated the release of 20 living abductees.",
        "The truce of last week secured the release of 105 abductees.",
        "Three weeks ago the last 20 living abductees walked out of the Strip.",
        "More than 50 abductees have come out of captivity since Friday.",
        "On Sunday 117 inmates have left the jails of Alder.",
    ],
)
def test_a_release_told_through_its_doer_or_an_exit_is_an_event(sentence: str) -> None:
    ex = _extract("News\n\n" + sentence + "\n")
    assert [e.type for e in ex.events] == ["release"]


def test_a_release_to_be_facilitated_is_no_event_and_a_planned_count() -> None:
    ex = _extract("News\n\nThe mediators will facilitate the release of 10 abductees.\n")
    assert [e.type for e in ex.events] == []
    assert [(c.value, c.mode) for c in ex.counts] == [(10, "planned")]


def test_a_facilitated_release_counts_the_freed_not_those_held() -> None:
    ex = _extract(
        "News\n\nOn Sunday the Red Cross facilitated the release and transfer of 20 living abductees held"
        " by Vale and of 1,968 inmates held by Alder.\n"
    )
    assert sorted((c.quantity, c.value, c.mode) for c in ex.counts) == [
        ("hostages_released", 20, "actual"),
        ("prisoners_released", 1968, "actual"),
    ]


def test_a_statement_released_is_no_release() -> None:
    ex = _extract(
        "News\n\nIn a statement released as its delegation reached Dunmore, the council"
        " said it wanted a full truce.\n"
    )
    assert "release" not in [e.type for e in ex.events]


def test_a_list_that_adds_up_to_the_figure_before_it_breaks_it_down() -> None:
    ex = _extract(
        "News\n\nAlder freed 39 Palestinian prisoners on Friday, 24 women and 15 teenage boys,"
        " the prison service said.\n"
    )
    assert sorted((c.value, c.quantity) for c in ex.counts) == [
        (15, "prisoners_released"),
        (24, "prisoners_released"),
        (39, "prisoners_released"),
    ]


def test_a_list_that_does_not_add_up_is_no_breakdown() -> None:
    ex = _extract("News\n\nAlder freed 40 inmates on Friday, and 24 women marched in Vale.\n")
    assert ("prisoners_released", 24) not in {(c.quantity, c.value) for c in ex.counts}


def test_taking_custody_of_abductees_is_their_release() -> None:
    ex = _extract(
        "News\n\nThe Red Cross has taken custody of 17 abductees in the Strip, 13 Israelis and"
        " four foreign nationals.\n"
    )
    assert sorted((c.value, c.quantity) for c in ex.counts) == [
        (4, "hostages_released"),
        (13, "hostages_released"),
        (17, "hostages_released"),
    ]


def test_a_counts_span_stops_before_the_next_clauses_subject() -> None:
    ex = _extract("News\n\nVale released 10 abductees and Alder freed 30 inmates on Sunday.\n")
    spans = sorted(c.evidence.text for c in ex.counts)
    assert spans == ["10 abductees", "30 inmates"]
