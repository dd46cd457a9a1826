"""The ledger compares sources, not the figures of one account, and says which it is."""

from __future__ import annotations

from accord.evidence.tables import ledger
from accord.evidence.types import Count, Span


def _count(value: int, doc: str) -> Count:
    return Count("hostages_held_dead", value, False, "2025-03-06", "", Span(doc, 0, 1, "x"))


def test_one_documents_figures_are_one_source_not_an_agreement() -> None:
    [row] = ledger([_count(34, "a"), _count(1, "a")])
    assert row["documents"] == 1 and row["disagreement"] is False and row["values"] == [1, 34]


def test_two_documents_that_differ_disagree() -> None:
    [row] = ledger([_count(34, "a"), _count(30, "b")])
    assert row["documents"] == 2 and row["disagreement"] is True
