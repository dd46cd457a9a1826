"""Talks told as contacts or calls (issue 9, stop 37): "contacts for reaching a truce",
"technical contacts in X", "on the phone with both sides" are talks; a person's contacts are
not (sentences written for these tests, no article text)."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def types(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-04-08"))
    return [e.type for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "Qatar and Egypt spent the evening on the phone with both sides.",
        "Egypt continues its intensive contacts for reaching a truce.",
        "Qatar said there are technical contacts in Doha.",
    ],
)
def test_contacts_and_calls_between_the_sides_are_talks(text: str) -> None:
    assert "talks" in types(text)


def test_contacts_in_a_notebook_are_no_talks() -> None:
    assert "talks" not in types("The envoy keeps his contacts in a notebook.")
