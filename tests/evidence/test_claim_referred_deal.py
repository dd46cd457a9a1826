"""A firm stance on a deal named without terms ("X welcomed the agreement") takes the deal,
not the demands another party stated in the sentence before; a stance on "these demands"
still takes them. Sentences written for these tests."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document

BEFORE = (
    "Israel and Hamas have agreed to a four-day pause in fighting, Qatar said.\n\n"
    "Israel's government said it remained committed to returning all of the hostages and to "
    "destroying Hamas.\n\n"
)


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2023-11-22"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


def test_welcoming_the_agreement_is_not_accepting_the_demands_before_it() -> None:
    got = claims(BEFORE + "U.S. President Joe Biden welcomed the agreement on Wednesday.")
    assert ("united_states", "hamas_rule", "accept") not in got, got
    assert ("united_states", "hostage_release", "accept") not in got, got


def test_rejecting_these_demands_still_takes_them() -> None:
    got = claims(BEFORE + "Hamas rejected these demands on Wednesday.")
    assert ("hamas", "hamas_rule", "reject") in got, got
