"""A deal announced is concluded, and the truce's first day names its start (issue 9, stop
34), on sentences written for these tests (no article text); a package announced is tabled,
and a clause announced is its own event."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def types(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-01-16"))
    return [e.type for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "The deal was announced in Doha on Wednesday by Qatar's prime minister.",
        "Qatar's prime minister announced the agreement in Doha on Wednesday evening.",
    ],
)
def test_an_announced_deal_is_an_acceptance(text: str) -> None:
    assert "acceptance" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Biden announced a new ceasefire proposal on Friday.",
        "On Sunday, Sisi announced that Egypt proposed a two-day ceasefire.",
    ],
)
def test_an_announced_package_or_clause_is_no_acceptance(text: str) -> None:
    assert "acceptance" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, the first day of the truce, 24 hostages were freed.",
        "They were freed on the first day of a four-day pause in the fighting.",
    ],
)
def test_the_first_day_of_a_truce_is_its_start(text: str) -> None:
    assert "ceasefire_start" in types(text)


def test_what_can_happen_has_not_happened() -> None:
    got = types(
        "Israel has said the pause can be extended by one day for every ten additional "
        "hostages freed."
    )
    assert "acceptance" not in got
