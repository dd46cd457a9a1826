"""An exchange told as carried out ("105 were freed in exchange for 240 inmates", "In return,
X freed 183") is no one's offer or demand; one to come, offered or under a deal's terms still
is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-03-20"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


@pytest.mark.parametrize(
    "text",
    [
        "During the week-long truce, 105 hostages were freed in exchange for 240 prisoners.",
        "During the first phase, Hamas freed 33 hostages in return for close to 2,000 prisoners.",
        "In return, Israel freed 183 Palestinian prisoners on Saturday.",
    ],
)
def test_an_exchange_carried_out_is_no_offer_nor_demand(text: str) -> None:
    got = claims(text)
    assert not {c for c in got if c[2] in ("offer", "demand")}, got


def test_an_exchange_to_come_is_still_read() -> None:
    got = claims("Hamas offered to free 33 hostages in exchange for 1,900 prisoners.")
    assert ("hamas", "hostage_release", "offer") in got, got


def test_what_a_bound_party_gets_in_exchange_is_the_other_side_term() -> None:
    got = claims(
        "Under the first phase, Hamas is to free 33 hostages in exchange for close to 1,900 "
        "Palestinian prisoners."
    )
    assert ("hamas", "hostage_release", "accept") in got, got
    assert ("israel", "prisoner_release", "accept") in got, got
    assert ("hamas", "prisoner_release", "demand") not in got, got
