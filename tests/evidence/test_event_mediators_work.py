"""The mediators' own work and efforts are their mediation (issue 9, stop 34), on sentences
written for these tests (no article text); work and efforts of others need their topic."""

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
        "The mediators have made a great effort, Hamas said.",
        'The mediators were "working round the clock", a diplomat said.',
    ],
)
def test_the_mediators_work_is_talks(text: str) -> None:
    assert "talks" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rescue workers made a great effort at the site, officials said.",
        "The army said it was working on the plans for the new road.",
    ],
)
def test_others_work_without_its_topic_is_no_talks(text: str) -> None:
    assert "talks" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Israel is sending a working-level delegation to Cairo.",
        "An Israeli delegation was sent to Doha this week with a limited mandate.",
        "An Egyptian delegation was expected to travel to Israel on Friday.",
        "Negotiators returned to Doha on Tuesday.",
        # (stop 38) a delegation due, arriving "to" a capital, negotiators who will travel
        "A Hamas delegation is due in Cairo today.",
        "An Israeli delegation is due later today.",
        "Delegations of both sides arrived to Cairo today for the talks.",
        "The government said its negotiators would fly to Doha.",
    ],
)
def test_delegations_sent_and_negotiators_returning_are_talks(text: str) -> None:
    assert "talks" in types(text)


@pytest.mark.parametrize(
    ("text", "release"),
    [
        # (stop 38) a counted group home, as a headline or a statement says it, is a release;
        # a wish or a vow for it is not
        ("Six hostages home", True),
        ("All 20 living hostages are now home.", True),
        ("The families want all 59 hostages home.", False),
        ("We will not rest until every hostage is home.", False),
    ],
)
def test_a_counted_group_home_is_a_release(text: str, release: bool) -> None:
    assert ("release" in types(text)) is release


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        # (stop 38) a vow to keep up an effort until something happens is no conditional
        # refusal; a thing withheld until then is
        ('"We will not rest until the last of them is home," the forum said.', False),
        ('"We will not stop working until all of them come home," he said.', False),
        ("Israel said it would not allow people to return north until she is freed.", True),
    ],
)
def test_a_vow_to_persist_is_no_threat(text: str, threat: bool) -> None:
    assert ("threat" in types(text)) is threat


def test_a_release_in_the_present_under_a_terms_heading_is_a_term() -> None:
    # (stop 38) "Stage one / Hamas frees 33 hostages": a term of the deal, no happening; a live
    # blog's bullet in the present still reports one
    terms = "What happens in the first stage?\n- Hamas releases 33 hostages in weekly batches.\n"
    assert "release" not in types(terms)
    live = "Live updates\n- Hamas frees three hostages in Khan Younis.\n"
    assert "release" in types(live)
    # (round 3) a lead-in naming the stages, and a participle item under a terms heading
    staged = "The group proposed a truce in three stages:\n\n• First 45 days: Hamas frees women.\n"
    assert "release" not in types(staged)
    listed = "The terms\n• 33 hostages freed during that phase: women and children.\n"
    assert "release" not in types(listed)


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        # (stop 38) talks as a subject matter are none held
        ("Ann Vale is a former diplomat who writes on Middle East negotiations.", False),
        ("Ann Vale studies Gulf mediation at a research centre.", False),
        ("Our Sunday round-up of the negotiations and what comes next.", False),
        ("A new round of talks opened in Doha on Sunday.", True),
    ],
)
def test_talks_as_a_subject_matter_are_none_held(text: str, talks: bool) -> None:
    assert ("talks" in types(text)) is talks


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # (stop 38) a summit of leaders is a meeting; one of mediators is talks
        (
            "At a summit in the resort on Monday, President Ann Vale and the leaders of Egypt "
            "and Qatar signed a document.",
            "meeting",
        ),
        (
            "The talks build on earlier summits held in Paris and Doha involving Egyptian and "
            "Qatari mediators.",
            "talks",
        ),
        (
            "President Ann Vale joined the Egyptian and Qatari mediators at the summit in Doha "
            "on the truce.",
            "talks",
        ),
    ],
)
def test_a_summit_of_leaders_is_a_meeting(text: str, kind: str) -> None:
    got = types(text)
    assert kind in got
    assert ("talks" in got) is (kind == "talks")


def test_a_tally_line_in_a_box_under_a_phase_heading_keeps_its_release() -> None:
    # (stop 38, after the last blind scoring) a box's tally line is what happened, even when a
    # line above names a phase
    box = (
        "Fact box: the ledger\nLiving abductees freed in phase one: 25\n"
        "Bodies returned in phase one: 8\nForeign nationals freed outside the deal: 5\n"
    )
    assert types(box).count("release") == 3
