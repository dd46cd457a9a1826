"""A party's positions listed under a heading that names it and its stance ("What X says it
wants" / "- a full pull-back" / ...): each line's issues are the party's, with the heading's
stance (issue 9: explainers set positions out as lists). Invented texts."""

from __future__ import annotations

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2024-05-03"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


EXPLAINER = """Where the talks stand

The sides met again in Cairo on Thursday.

What Hamas says it wants
- A permanent end to the war. Its officials repeated this on Thursday.
- A full withdrawal of Israeli troops from the Strip.
- The return of the displaced to the north.

Israel's demands
- The release of all the hostages.
- No commitment to end the war in the first stage.
"""


def test_each_line_under_a_partys_heading_is_its_position() -> None:
    got = claims(EXPLAINER)
    assert {
        ("hamas", "ceasefire", "demand"),
        ("hamas", "withdrawal", "demand"),
        ("hamas", "displaced_return", "demand"),
        ("israel", "hostage_release", "demand"),
        ("israel", "ceasefire", "reject"),
    } <= got


def test_a_heading_that_asks_a_party_gives_it_no_position() -> None:
    text = (
        "The families' group calls on the government of Israel:\n"
        "- to keep the truce in place;\n"
        "- to bring back every one of the hostages.\n"
    )
    got = claims(text)
    assert ("israel", "ceasefire", "demand") not in got
    assert ("israel", "hostage_release", "demand") not in got


def test_a_heading_naming_two_parties_is_not_read() -> None:
    text = "What Israel and Hamas want\n- A full withdrawal of troops.\n- A truce of six weeks.\n"
    got = claims(text)
    assert not {c for c in got if c[1] == "withdrawal"}
