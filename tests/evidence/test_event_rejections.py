"""Rejections the event rules under-read (issue 9, unseen news: 8 of 25 found): verbs of
ruling out, spurning, balking, objecting and walking out of talks (verbs.yaml), and a package
called unacceptable, and a past rejection told in a relative clause with its own subject ("a
demand the group has rejected": a fact about the demand, whatever the demand's own mode).
Invented sentences only."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def types(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-10"))
    return [e.type for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas said the proposal was unacceptable.",
        "Netanyahu ruled out a permanent ceasefire.",
        "Hamas's delegation walked out of the talks.",
        "Hamas balked at the terms.",
        "Israel objected to the new terms.",
        "Hamas spurned the offer.",
        # a past stance told of a noun in a relative clause with its own subject
        "The demand, which the group has previously rejected, remains.",
    ],
)
def test_a_rejection(text: str) -> None:
    assert "rejection" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army walked out of the town.",
        "The situation is unacceptable, the envoy said.",
        "Israel would object if asked.",
    ],
)
def test_no_rejection(text: str) -> None:
    assert "rejection" not in types(text)


def test_walking_out_of_talks_holds_none() -> None:
    assert "talks" not in types("Hamas's delegation walked out of the talks.")


def test_a_stance_to_come_in_a_relative_clause_is_no_past_one() -> None:
    # "a plan that the group would reject": no rejection told as done
    got = extract_document(
        Document(
            name="t.txt",
            text="Israel tabled a plan that Hamas would reject.",
            published="2025-02-10",
        )
    ).events
    assert all(e.mode != "actual" for e in got if e.type == "rejection")


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ("The envoy said the reply contained some clear non-starters but left room.", False),
        ("Vale described the demand as “delusional” and a nonstarter.", True),
        ("The militia said the proposal was a non-starter.", True),
    ],
)
def test_non_starters_in_a_reply_are_parts_judged(text: str, rejected: bool) -> None:
    """Stop 35: "a non-starter" predicated of a package rejects it; non-starters found in a
    reply are parts judged, and the reply is not rejected."""
    ex = extract_document(Document(name="t.txt", text=text, published="2024-02-08"))
    assert ("rejection" in [e.type for e in ex.events]) is rejected


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ('The minister said some of the changes were "not workable".', True),
        ("Vale's office said the changes were “unacceptable”.", True),
        ("The envoy said the changes were small.", False),
    ],
)
def test_changes_called_unworkable_are_rejected(text: str, rejected: bool) -> None:
    """Stop 36: the changes a party asks for, called unacceptable or unworkable, are
    rejected."""
    ex = extract_document(Document(name="t.txt", text=text, published="2024-02-08"))
    assert ("rejection" in [e.type for e in ex.events]) is rejected
