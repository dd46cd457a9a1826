"""A deal taken as made has its terms told in the present or as duties as well as in the
future (issue 9: "deal terms ... reported as agreed are accept by the party that must act"):
"under the accord, X frees ...", "Y must hand back ...", "Z is pulling out ...". Invented
sentences."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str, within: str = "") -> set[tuple[str, str, str]]:
    """The claims of ``text`` whose evidence holds ``within``."""
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-10"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims if within in c.evidence.quote}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Under the accord Hamas must hand back the remains of nine people by Tuesday.",
            ("hamas", "bodies_return", "accept"),
        ),
        (
            "The two sides signed the accord in Cairo. Israel frees 400 prisoners in the first "
            "week.",
            ("israel", "prisoner_release", "accept"),
        ),
        (
            "The two sides signed the accord in Cairo. In the opening days, Israel is freeing "
            "300 prisoners.",
            ("israel", "prisoner_release", "accept"),
        ),
        (
            "The two sides signed the accord in Cairo. Israel has to pull its forces back to "
            "the eastern line.",
            ("israel", "withdrawal", "accept"),
        ),
        (
            "The truce took effect at dawn. Under its terms, Israel pulls its troops out of the "
            "towns and frees 250 prisoners.",
            ("israel", "prisoner_release", "accept"),
        ),
        (
            "Displaced families may go back to the north from day five under the agreement.",
            ("israel", "displaced_return", "accept"),
        ),
    ],
)
def test_a_term_in_the_present_or_as_a_duty_is_accepted(
    text: str, want: tuple[str, str, str]
) -> None:
    assert want in claims(text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a mutual issue in the present tells how the deal stands
        (
            "The two sides signed the accord in Cairo. The truce holds for a second day.",
            ("hamas", "ceasefire", "accept"),
        ),
        # the verb reports on the term, it sets none
        (
            "The two sides signed the accord in Cairo. The council welcomes the release of "
            "the 30 hostages.",
            ("hamas", "hostage_release", "accept"),
        ),
        # the subject is not the party that delivers the issue
        (
            "Under the accord, Israel hands over the remains of 15 people for each body it "
            "receives.",
            ("hamas", "bodies_return", "accept"),
        ),
        # negated
        (
            "The two sides signed the accord in Cairo. Israel does not free any prisoners in "
            "the first week.",
            ("israel", "prisoner_release", "accept"),
        ),
    ],
)
def test_what_is_no_term_in_the_present(text: str, unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in claims(text, within=text.split(". ")[-1])
