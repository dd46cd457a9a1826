"""An acceptance verb that tells no acceptance (stop 45), on invented texts: "as agreed",
"the levels agreed in January", "nobody has agreed the terms"; where a party's acceptance and
a refusal are still read."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def _types(sentence: str) -> list[str]:
    ex = extract_document(Document("a.txt", "News\n\n" + sentence + "\n", published="2025-02-10"))
    return [e.type for e in ex.events]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody has agreed the terms yet.",
        "No one has agreed to deploy troops while the militia keeps its rifles.",
        "An official said aid was flowing exactly as agreed.",
        "Deliveries resumed at the levels agreed in January.",
    ],
)
def test_no_acceptance_is_told(sentence: str) -> None:
    assert "acceptance" not in _types(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Alder agreed on Sunday to open the crossing.", "acceptance"),
        ("The deal, which both sides accepted on Friday, begins today.", "acceptance"),
        ("Vale said it did not agree to the proposals.", "rejection"),
    ],
)
def test_an_acceptance_or_refusal_is_still_told(sentence: str, expected: str) -> None:
    assert expected in _types(sentence)
