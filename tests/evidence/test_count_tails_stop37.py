"""Counts (issue 9, stop 37): people set to come out ("due out") are a planned release; a
figure of people "still held" in a deal's exchange counts those held; people described by a
participle of holding beside a released figure ("and 1,700 people detained since ...") are
released with it (sentences written for these tests, no article text)."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def counts(text: str) -> dict[int, tuple[str, str | None]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-10-06"))
    return {c.value: (c.quantity, c.qualifier) for c in ex.counts}


@pytest.mark.parametrize(
    "text",
    [
        "The first 13 hostages are due out in the afternoon.",
        "Israel named the 13 prisoners due out on Friday.",
        "The 13 prisoners set to go free on Saturday were named.",
    ],
)
def test_people_due_out_are_a_planned_release(text: str) -> None:
    quantity, qualifier = counts(text)[13]
    assert quantity in ("hostages_released", "prisoners_released")
    assert "planned" in (qualifier or "")


def test_a_figure_still_held_in_an_exchange_counts_those_held() -> None:
    got = counts(
        "The plan provides for the release of 250 prisoners in exchange for the 48 hostages "
        "still held, around 20 of whom are believed to be alive."
    )
    assert got[48][0] == "other"
    assert got[20][0] == "hostages_held_living"


def test_still_held_figures_to_be_released_stay_a_planned_release() -> None:
    assert counts("The 48 hostages still held will be released on Monday.")[48][0] == (
        "hostages_released"
    )


def test_people_detained_beside_a_released_figure_are_released() -> None:
    got = counts(
        "The plan provides for the release of 250 prisoners serving life sentences and 1,700 "
        "Gazans detained since the start of the war."
    )
    assert got[1700][0] == "prisoners_released"
    assert counts("Israel freed 100 prisoners and still holds 9,000 detainees.")[9000][0] == "other"


def test_people_taken_to_hospital_are_not_seized() -> None:
    got = counts("Seven of the freed women were taken to hospital on arrival.")
    assert all(q != "hostages_taken" for q, _ in got.values())
    got = counts("Gunmen took 240 hostages to Gaza on the first day.")
    assert got[240][0] == "hostages_taken"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed about 1,200 people and took 251 people hostage on the first day.",
        "Gunmen took 251 people captive on the first day.",
    ],
)
def test_people_taken_as_captives_are_taken(text: str) -> None:
    assert counts(text)[251][0] == "hostages_taken"


def test_a_singular_noun_after_a_number_stays_an_identifier() -> None:
    assert counts("The 7828 battalion moved into the town.") == {}
