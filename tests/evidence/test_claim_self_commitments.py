"""A party committed to giving what it gives pledges it, and "the ball is in X's court" is
the speaker's call for the deal (issue 9, stop 34), on sentences written for these tests (no
article text)."""

from __future__ import annotations

import pytest

from accord.evidence.extract import extract_document
from accord.evidence.types import Document


def keys(text: str) -> set[tuple[str, str, str]]:
    ex = extract_document(Document(name="t.txt", text=text, published="2025-10-20"))
    return {(c.actor, c.issue, c.stance) for c in ex.claims}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Hamas said it was committed to releasing the hostages.", ("hamas", "hostage_release")),
        (
            'A Hamas official said the group was "committed to handing over all the bodies".',
            ("hamas", "bodies_return"),
        ),
        ("Netanyahu vowed to release the prisoners.", ("israel", "prisoner_release")),
    ],
)
def test_a_commitment_to_give_what_one_gives_accepts_it(text: str, want: tuple[str, str]) -> None:
    assert (*want, "accept") in keys(text)


def test_a_commitment_of_an_unnamed_body_is_no_ones_pledge() -> None:
    got = keys(
        "The government remains committed to securing the hostages' safe return, while "
        "stressing that no settlement will leave Hamas in power."
    )
    assert ("hamas", "hostage_release", "accept") not in got


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ('"The ball is now in Israel\'s court," the Egyptian official said.', "egypt"),
        ("Qatar's prime minister said the ball was in Hamas's court.", "qatar"),
    ],
)
def test_the_ball_in_the_others_court_is_the_speakers_call(text: str, holder: str) -> None:
    assert (holder, "ceasefire", "demand") in keys(text)


def test_the_calm_holding_is_the_truce() -> None:
    assert ("hamas", "ceasefire", "condition") in keys(
        "Hamas said the calm would hold for four days as long as Israel respected its terms."
    )


def test_we_will_bring_them_home_beside_a_deal_is_the_speakers_aim() -> None:
    got = keys(
        "Israel and Hamas agreed to the first phase of the plan on Wednesday. \"With God's "
        'help, we will bring them all home," Netanyahu said.'
    )
    assert ("israel", "hostage_release", "demand") in got


def test_accepting_no_deal_that_lacks_x_accepts_nothing() -> None:
    got = keys("Hamas said the movement would accept no deal that did not end the war.")
    assert ("hamas", "ceasefire", "accept") not in got
    assert ("hamas", "ceasefire", "condition") in got
