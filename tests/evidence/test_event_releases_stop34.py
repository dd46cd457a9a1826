"""Releases read in stop 34 (issue 9), on sentences written for these tests (no article
text): "let out", walking out of jail, coming home, handed to the Red Cross, coffins
transferred, and a misparsed second subject that must not veto the release."""

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
        "Hours later the prison service let out 39 Palestinians from Ofer prison.",
        "Roughly 1,800 Palestinians had walked out of Israeli jails by Sunday.",
        "By then 33 Israeli hostages had come home.",
        "The coffins were transferred to the International Committee of the Red Cross on Tuesday.",
        "Thirteen Israeli women and children held in Gaza since the October 7 attack were handed "
        "to the International Committee of the Red Cross on Friday.",
    ],
)
def test_a_release(text: str) -> None:
    assert "release" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers came home on leave.",
        "Families hope the hostages will come home soon.",
        "Talks aimed at ending the fighting resumed on Monday.",
    ],
)
def test_no_release(text: str) -> None:
    assert "release" not in types(text)
