"""Companions of a subject act with it (issue 9, stop 34), on sentences written for these
tests (no article text): "A, together with B and C, ...", "A, along with B, ...", "A,
alongside B, ..."; a companion outside the parenthesis is not one."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> dict[tuple[str, str, str], str | None]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return {(c.actor, c.issue, c.stance): c.speaker for c in ex.claims}


@pytest.mark.parametrize(
    "text",
    [
        "Qatar, together with Egypt, called for a ceasefire.",
        "Qatar, alongside Egypt, called for a ceasefire.",
        "Qatar, along with Egypt, called for a ceasefire.",
    ],
)
def test_a_companion_holds_the_subjects_position_and_is_not_its_speaker(text: str) -> None:
    got = claims(text)
    assert got[("qatar", "ceasefire", "demand")] is None
    assert got[("egypt", "ceasefire", "demand")] is None


def test_companions_of_a_signing_party_sign_too() -> None:
    got = claims("Turkey, together with Egypt and Qatar, signed the ceasefire agreement.")
    assert {"turkey", "egypt", "qatar"} <= {a for a, i, s in got if s == "accept"}


def test_a_prepositional_object_after_the_verb_is_no_companion() -> None:
    got = claims("Egypt rejected the plan along with the proposal of Qatar.")
    assert ("qatar", "ceasefire", "reject") not in got
