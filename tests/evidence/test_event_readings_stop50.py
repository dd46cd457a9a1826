"""Background that is no event (issue 9, stop 50): the attacks someone was jailed for ("serving
sentences for deadly attacks"). Sentences written for these tests."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def types(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-20"))
    return [e.type for e in ex.events]


def test_the_attacks_inmates_were_jailed_for_are_no_operation() -> None:
    got = types(
        "The prison service said it had released 1,968 inmates, of whom 250 had been serving "
        "sentences for deadly attacks."
    )
    assert "release" in got and "military_operation" not in got


def test_a_taking_told_with_its_day_is_still_an_operation() -> None:
    got = types("Gunmen abducted 12 farm workers from their homes on Monday, the army said.")
    assert "military_operation" in got
