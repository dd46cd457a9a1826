"""A package another party accepts or rejects is still its owner's offer of what it names
("accepts B's proposal for a truce": B offers the truce), with "their" read as the parties the
answer was told to and the terms a colon lists after the package; it opens no frame of its
own. Sentences written for these tests."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document

DAY = "2024-05-06"


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published=DAY))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


def test_their_package_is_theirs_whom_the_answer_was_told() -> None:
    got = claims(
        "Hamas told Egyptian and Qatari mediators on Sunday that it accepts their new "
        "proposal for a truce."
    )
    assert {("egypt", "ceasefire", "offer"), ("qatar", "ceasefire", "offer")} <= got, got
    assert ("hamas", "ceasefire", "accept") in got, got


def test_terms_listed_after_a_colon_are_the_package_owner_offer() -> None:
    got = claims(
        "Hamas said it accepted the Egyptian paper without changes: a 60-day truce and the "
        "release of 10 living hostages."
    )
    assert {("egypt", "ceasefire", "offer"), ("egypt", "hostage_release", "offer")} <= got, got


def test_a_rejected_package_names_what_its_owner_offered() -> None:
    got = claims("Hamas rejected an Israeli proposal for a six-week truce on Sunday.")
    assert ("israel", "ceasefire", "offer") in got, got


def test_a_rejected_package_naming_nothing_offers_nothing() -> None:
    got = claims("Hamas rejected Egypt's plan on Sunday.")
    assert not {c for c in got if c[0] == "egypt"}, got
