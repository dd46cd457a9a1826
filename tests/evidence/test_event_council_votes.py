"""A cabinet or parliament voting or convened is a meeting held (issue 9, stop 35), on
sentences written for these tests (no article text); a vote of anyone else is no event."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def events(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-01-27"))
    return [(e.type, e.mode) for e in ex.events]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (
            "The security cabinet voted on Thursday, nine to two, to keep the troops there.",
            "actual",
        ),
        ("The cabinet is due to vote on the draft today.", "planned"),
        ("The premier will convene his government on Friday to approve the text.", "planned"),
    ],
)
def test_a_council_sitting(text: str, mode: str) -> None:
    assert ("meeting", mode) in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Residents of the port town voted on Tuesday.",
        "Shareholders voted against the merger.",
    ],
)
def test_no_meeting(text: str) -> None:
    assert [t for t, _m in events(text)] == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The security council endorsed that plan on Monday by 14 votes to none.", "acceptance"),
        ("The cabinet approved the agreement early on Saturday.", "acceptance"),
        ("The state's cabinet approved plans on Tuesday to take the port.", "meeting"),
    ],
)
def test_a_council_approving_a_deal_accepts_it(text: str, etype: str) -> None:
    """Stop 35: a council approving a deal or package accepts it; approving plans with a
    purpose of their own is a session held."""
    assert etype in [t for t, _m in events(text)]
