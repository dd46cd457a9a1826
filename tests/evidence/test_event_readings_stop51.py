"""Events read in more of the ways news sets them out (issue 9, stop 51): a noun of talks
modifying a role ("a former negotiations adviser") holds no talks. Sentences written for
these tests (no article text)."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def types(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-03-05"))
    return [e.type for e in ex.events]


@pytest.mark.parametrize("role", ["negotiations adviser", "negotiations analyst"])
def test_a_noun_of_talks_modifying_a_role_holds_no_talks(role: str) -> None:
    assert "talks" not in types(f"The writer is a former {role}.")


def test_talks_named_as_held_stay_talks() -> None:
    assert "talks" in types("Negotiations resumed in Doha on Monday, officials said.")


def test_a_war_ending_in_a_clause_on_a_deal_ends_no_truce() -> None:
    got = types("Hamas said it was ready to negotiate a deal in which the war ends.")
    assert "ceasefire_end" not in got


def test_a_truce_that_ended_in_a_relative_clause_still_ends() -> None:
    assert "ceasefire_end" in types("The truce, which ended on Saturday, was not renewed.")
