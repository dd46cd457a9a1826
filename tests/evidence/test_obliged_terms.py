"""A party bound to deliver an issue has accepted it as a term (issue 9: "deal terms in the
future, with modals or in the passive give an accept by the party that delivers them"),
read from the clause that binds it (``obliged`` in the package's ``verbs.yaml``). Invented
sentences, with no deal named before them."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-02-10"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Hamas is obliged to return the bodies by Friday.", ("hamas", "bodies_return", "accept")),
        ("Israel is due to free 90 prisoners on Sunday.", ("israel", "prisoner_release", "accept")),
        (
            "During that week Hamas is to release 12 hostages.",
            ("hamas", "hostage_release", "accept"),
        ),
        ("Israel shall release 200 prisoners.", ("israel", "prisoner_release", "accept")),
    ],
)
def test_a_party_bound_to_deliver_accepts_the_term(text: str, want: tuple[str, str, str]) -> None:
    assert want in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Israel is not due to free any prisoners this week.",
        "Israel is keen to free the prisoners.",
        "Israel was ready to free 30 prisoners.",
    ],
)
def test_a_party_not_bound_accepts_no_term(text: str) -> None:
    assert ("israel", "prisoner_release", "accept") not in claims(text)


def test_a_party_bound_to_deliver_in_return_accepts_rather_than_offers() -> None:
    got = claims(
        "The first phase of the deal is due to start today. Israel is to free 90 prisoners in return."
    )
    assert ("israel", "prisoner_release", "accept") in got
    assert ("israel", "prisoner_release", "offer") not in got
