"""Advice to another and a state denied are no conditional refusal (issue 9, stop 43), on
sentences written for these tests (no article text); an act held back until something
happens still is a threat."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def types(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-06-03"))
    return [e.type for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "The families' forum said Vale should not move to the next stage until every crew "
        "member is home.",
        "The accord is not complete until every one of them is home, the forum said.",
        'The forum said the day would not be complete "until every one of them is home."',
    ],
)
def test_advice_and_a_state_denied_are_no_threat(text: str) -> None:
    assert "threat" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vale says it will not complete its pullback until the Alder fighters are disarmed.",
        'Alder officials said handing over arms "is not on the table" unless a state is created.',
        "Vale's office said the detainees would not be freed until the next handover is "
        "guaranteed.",
    ],
)
def test_an_act_held_back_until_a_condition_is_a_threat(text: str) -> None:
    assert "threat" in types(text)
