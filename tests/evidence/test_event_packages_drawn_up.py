"""A package drawn up, laid out or set out is a proposal tabled (issue 9, stop 35), on
sentences written for these tests (no article text); the same verbs on anything but a
package ("set out his views", "drew up a list") are no proposal."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def types(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-01-27"))
    return [e.type for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "The militia is studying the framework drawn up in Vienna last month by Alder officials.",
        "The envoy laid out the terms of a phased deal on Monday.",
        "Mediators drew up a new proposal over the weekend.",
        "The minister set out a three-stage plan for a truce on Friday.",
    ],
)
def test_a_package_tabled(text: str) -> None:
    assert "proposal" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister set out his views on Tuesday.",
        "Officials drew up a list of names.",
        "The report laid out the damage to the port.",
    ],
)
def test_no_proposal(text: str) -> None:
    assert "proposal" not in types(text)
