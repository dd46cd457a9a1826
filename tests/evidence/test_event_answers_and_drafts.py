"""Stop 36 (issue 9), on sentences written for these tests (no article text): a party's
answer handed over is its acceptance only when called positive or accepting, otherwise a
package of its own tabled in return; a package drawn up at a named place by officials of
several parties also tells the talks that drew it up."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def types(text: str) -> list[str]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-01-27"))
    return [e.type for e in ex.events]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The militia delivered its reply to the mediators on Tuesday.", "proposal"),
        (
            "The militia delivered its reply to the mediators on Tuesday. "
            "It asks for a timetable for the withdrawal.",
            "proposal",
        ),
        ("The militia handed its positive response to the mediators on Monday.", "acceptance"),
        (
            "The militia said it would agree to parts of the plan. "
            "It delivered its reply to the mediators on Friday.",
            "acceptance",
        ),
    ],
)
def test_an_answer_handed_over(text: str, etype: str) -> None:
    got = types(text)
    assert etype in got
    if etype == "proposal":
        assert "acceptance" not in got


@pytest.mark.parametrize(
    "text",
    [
        "The group is studying a framework drafted in Vienna last month by Alder, Borduran "
        "and Corvan officials.",
        "The plan follows a framework drawn up by Alder, Borduran and Corvan officials in "
        "Vienna in January.",
    ],
)
def test_a_package_drafted_together_tells_the_talks(text: str) -> None:
    got = types(text)
    assert "proposal" in got and "talks" in got


@pytest.mark.parametrize(
    "text",
    [
        "The framework was drafted in Vienna by Alder officials.",  # one party: no talks
        "The framework was drafted by Alder and Borduran officials.",  # no place named
        "Officials drew a line in Vienna between the two offers.",  # no package drawn up
    ],
)
def test_no_talks_from_a_draft(text: str) -> None:
    assert "talks" not in types(text)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Expert Q&A | Vale Negotiations Program", False),
        ("The negotiations team flew home on Monday.", False),
        ("The talks in the capital resumed on Monday.", True),
    ],
)
def test_talks_naming_a_body_are_no_talks_held(text: str, held: bool) -> None:
    """A noun of talks modifying a body or a role ("the negotiations team") holds no talks."""
    assert ("talks" in types(text)) is held


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The premier spoke hours after meeting the Alder president in the capital.", "meeting"),
        ("The president left the capital after meeting the premier on Monday.", "meeting"),
    ],
)
def test_a_gerund_after_a_preposition_of_time_tells_a_happening(text: str, etype: str) -> None:
    assert etype in types(text)


def test_a_gerund_of_means_stays_no_happening() -> None:
    assert "meeting" not in types("The president hopes to end the dispute by meeting the premier.")
